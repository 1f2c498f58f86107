"""A colon that opens a quote: the clause or name before it says who speaks.

`Ann Cole leaned in and boomed: "Let us win."`, `Kasich resisted: "..."`, `- Ida Brandt: "..."`,
`From the report: "..."`: a colon set right before a quote (on its line, or ending the paragraph
before a paragraph that opens with the quote) introduces the quote as the words of the name just
before the colon, or else of the subject of the clause the colon ends, whatever its verb (a verb
of saying with its own rule, `X said: "Q"`, keeps its match).

A mixin of `CueFinder`: the helpers come from `CueGrammar` and the rule classes.
"""
from __future__ import annotations

import re

from ..model import Certainty, Stance
from . import lexicon
from .cue_grammar import CueMatch, entity_root, word_in

# what may stand between the colon and the quote's opening mark: spaces, one paragraph break
_GAP = re.compile(r"[ \t\u00a0]*(?:\n\s*)?")


class ColonRules:
    """The quote a colon introduces, and who speaks it."""

    def introduced_quote(self, sent, matches: list[CueMatch]) -> CueMatch | None:
        """The quote right after the sentence's last colon, as its speaker's words (see the module
        docstring); None when no quote follows, a match already holds it, or no speaker is named."""
        colon = next((t for t in reversed(sent) if t.text == ":" and not self.in_quote(t)), None)
        if colon is None:
            return None
        gap = _GAP.match(self.text, colon.idx + 1)
        quote = self._quote_at.get(gap.end())
        if quote is None or quote.outer_start != gap.end() or quote.outer_start < colon.idx:
            return None
        if self.text[quote.start:quote.end].rstrip().endswith("?"):
            return None  # a quoted question claims nothing
        if any(m.content_start < quote.end and quote.start < m.content_end for m in matches):
            return None
        cue, sources = self._colon_speaker(colon, matches)
        if not sources:
            return None
        span = self.trim(quote.start, quote.end)
        if span is None:
            return None
        return CueMatch(cue, Stance.ASSERTS, Certainty.CERTAIN, sources, *span, quote=quote)

    def _colon_speaker(self, colon, matches):
        """(cue tokens, source heads) for a colon before a quote: a name, or a document after
        "from", right before the colon ('- Ida Brandt:', 'More from Brandt:', 'From the report:');
        else the subject of the verb whose clause the colon ends, when it can speak or is a text
        ('Kasich resisted:', 'The ministry issued the following statement:')."""
        before = self._word_before(colon)
        if before is not None and not self.in_quote(before) and (
                before.ent_type_ in ("PERSON", "ORG") or self._name_after_dash(before)):
            return [colon], self.coordinated(entity_root(before))
        if before is not None and before.head.lower_ == "from" and before.dep_ == "pobj" \
                and word_in(before, lexicon.INFORMATION_NOUNS | lexicon.REPORT_NOUNS):
            return [colon], [self.owner(before) or before]
        verb = colon.head if colon.head.pos_ in ("VERB", "AUX") else colon.sent.root
        if verb.pos_ not in ("VERB", "AUX") or verb.i > colon.i or verb.lemma_.lower() == "be" \
                or self.negated(verb) or self.in_quote(verb):
            # ("The reason is simple:", "Ports are slow - X:": a copula's subject speaks no quote)
            return [colon], []
        if any(verb in m.cue_tokens for m in matches) or verb.lemma_.lower() == "put":
            # the verb's own rule gave its content ('X told reporters S:'), or decides ("put it
            # bluntly:" quotes, "put it on the table:" does not: cue_put_it.py)
            return [colon], []
        sources = self.source_heads(verb)
        if not sources or not (self._agentive(sources[0], strict=True)
                               or word_in(sources[0], lexicon.INFORMATION_NOUNS | lexicon.CHANNEL_NOUNS)):
            return [colon], []
        return [verb], sources

    @staticmethod
    def _word_before(colon):
        """The word before a colon, past a bracketed aside ('Rep. Ida Brandt (D-Ore.):')."""
        k, start = colon.i - 1, colon.sent.start
        if k >= start and colon.doc[k].text == ")":
            while k >= start and colon.doc[k].text != "(":
                k -= 1
            k -= 1
        return colon.doc[k] if k >= start else None

    @staticmethod
    def _name_after_dash(word) -> bool:
        """A capitalised proper noun run the tagger left unlabelled, set after a dash or "from"
        ('Ports are slow - Ida Brandt:', 'More from Brandt:'): a name, as a label."""
        if word.pos_ != "PROPN" or not word.text[:1].isupper():
            return False
        k = word.i
        while k > word.sent.start and word.doc[k - 1].pos_ == "PROPN" and word.i - k < 3:
            k -= 1
        return k > word.sent.start and word.doc[k - 1].text in ("-", "\u2013", "\u2014", "from")
