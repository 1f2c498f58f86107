"""Cue rules for phrases that frame a whole clause as someone's or something's claim: `according to
X, S` (in any position) and a fronted record, `In the latest poll, S`.

A mixin of `ConstructionRules`: the helpers come from `CueGrammar` and the other rule classes.
"""
from __future__ import annotations

from ..model import Certainty, Stance
from . import lexicon
from .cue_grammar import CueMatch, word_in


class FrameRules:
    """According to X, S; In the poll, S."""

    def according_to(self, token) -> CueMatch | None:
        """'According to X, S' / 'S, according to X' / 'according to data from X': the source is the
        document's author where the phrase names one, else the document itself ('according to
        preliminary data', 'according to the poll'), as for 'records show'."""
        to = self.doc[token.i + 1]
        objs = self.children(to, "pobj") or [t for t in to.rights][:1]
        if not objs:
            return None
        source = objs[0]
        if source.pos_ == "VERB" and source.i == to.i + 1:
            # "according to show insiders", "according to campaign aides": a noun compound the parser
            # read as a verb and its object; the object is the source
            source = next((o for o in self.children(source, "dobj") if o.i == source.i + 1 and o.pos_ == "NOUN"), source)
        document = word_in(source, lexicon.INFORMATION_NOUNS | lexicon.REPORT_NOUNS)
        if document:
            source = self.owner(source) or source
        # any noun phrase can be the source ("according to local villagers", "according to people
        # familiar with the talks") except a norm or an ordering ("according to plan", "sorted
        # according to size")
        if not document and (source.pos_ not in ("NOUN", "PROPN") or source.lemma_.lower() in lexicon.NORM_NOUNS):
            return None
        phrase = set(t.i for t in token.subtree) | {t.i for t in to.subtree} | {token.i}
        sent = token.sent
        outside = [t for t in sent if t.i not in phrase]
        before = [t for t in outside if t.i < token.i]
        after = [t for t in outside if t.i > token.i]
        words_before = sum(not t.is_punct for t in before)
        words_after = sum(not t.is_punct for t in after)
        phrase_end = max(phrase)
        set_off = (token.i > sent.start and self.doc[token.i - 1].text == ","
                   and phrase_end + 1 < sent.end and self.doc[phrase_end + 1].text == ",")
        if set_off and words_before >= 1 and words_after >= 2 and not sent[-1].i == phrase_end + 1:
            # "The vaccine, according to X, is 90 percent effective": the claim on both sides
            first, second = self.span_of(before), self.span_of(after)
            if first is not None and second is not None:
                return CueMatch([token, to], Stance.ASSERTS, Certainty.CERTAIN, self.coordinated(source), *first,
                                more=[second])
        side = before if words_before >= 3 else after
        span = self.span_of(side)
        if span is None:
            return None
        return CueMatch([token, to], Stance.ASSERTS, Certainty.CERTAIN, self.coordinated(source), *span)

    def in_document(self, token) -> CueMatch | None:
        """'In the latest poll, the mayor leads by five points', 'In the audit, two accounts were found
        empty': a fronted "in" + a record (poll, study, report, audit, footage) frames the sentence as
        what the record says, when the sentence has no cue of its own ('In a statement, X said S' is X's)."""
        root, sent = token.head, token.sent
        if token.i != sent.start or root.dep_ != "ROOT" or root.pos_ not in ("VERB", "AUX"):
            return None
        if root.lemma_.lower() in lexicon.CUE_LEMMAS or self.in_quote(root) is not None:
            return None
        record = next(iter(self.children(token, "pobj")), None)
        if record is None or not word_in(record, lexicon.RECORD_NOUNS):
            return None
        phrase_end = max(t.i for t in token.subtree)
        if phrase_end + 1 >= sent.end or self.doc[phrase_end + 1].text != ",":
            return None
        span = self.span_of([t for t in sent if t.i > phrase_end + 1 and not t.is_space])
        if span is None:
            return None
        source = self.owner(record) or record
        return CueMatch([token], Stance.ASSERTS, Certainty.CERTAIN, self.coordinated(source), *span)
