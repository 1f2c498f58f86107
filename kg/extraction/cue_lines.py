"""Cue rules for constructions that a line's layout carries rather than a verb's parse: the
colon attribution (`Anna Berg, a nurse: "..."`, `MINISTER: ...`, the headline `Army: No Civilians
Hurt`), the headline `Claim, Source Say`, a quote signed with a dash (`"..." \u2015 Name`), and the
inverted or subjectless tails the parser gets wrong (`S, said X.`, `S, the harbour master, X, said.`).
"""
from __future__ import annotations

import bisect

from ..model import Certainty, Stance
from . import lexicon
from .cue_grammar import CueGrammar, CueMatch, entity_root
from .nlp import is_label_colon, is_transcript_label

# Dashes that sign a quote: horizontal bar, em dash, en dash.
_SIGNATURE_DASHES = {"\u2015", "\u2014", "\u2013"}


class LineRules(CueGrammar):
    """Constructions a line's shape marks: colons, dash signatures, headline and inverted tails."""

    def inverted_tail(self, sent) -> CueMatch | None:
        """'S, said X.' / 'S, detailed regional governor X.' when the parser missed the inversion."""
        tokens = [t for t in sent if not t.is_space]
        while tokens and tokens[-1].is_punct:
            tokens = tokens[:-1]
        for k in range(len(tokens) - 2, 2, -1):
            token = tokens[k]
            if tokens[k - 1].text != "," or token.lower_ not in lexicon.PAST_FORMS:
                continue
            source = tokens[k + 1:]
            if not source or len(source) > 8 or self.in_quote(token) or self.children(token, "nsubj", "dobj"):
                return None
            if any(t.pos_ not in ("DET", "ADJ", "PROPN", "NOUN", "PART", "PUNCT") for t in source):
                return None
            named = [t for t in source if t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")]
            head = named[-1] if named else source[-1]
            if not named and head.lemma_.lower() not in lexicon.ROLE_NOUNS | lexicon.GROUP_SOURCE_NOUNS:
                return None
            span = self.span_of(tokens[:k - 1])
            if span is None:
                return None
            stance = Stance.ASSERTS
            certainty = lexicon.ASSERTION_VERBS.get(lexicon.PAST_FORMS[token.lower_], Certainty.CERTAIN)
            quote = next((q for q in self.quotes if q.start <= span[0] and span[1] <= q.end), None)
            return CueMatch([token], stance, certainty, [entity_root(head)], *span, quote=quote)
        return self.subjectless_tail(tokens)

    def subjectless_tail(self, tokens) -> CueMatch | None:
        """'S, the harbour master, X, said.' when the parser hung X somewhere inside S: the
        sentence ends in a reporting verb with no subject, after a comma-delimited noun phrase."""
        if len(tokens) < 5:
            return None
        verb = tokens[-1]
        if verb.lower_ not in lexicon.PAST_FORMS or self.in_quote(verb) or self.children(verb, "nsubj"):
            return None
        rest = tokens[:-1]
        while rest and rest[-1].text == ",":  # "..., Ilya Sorokin, said"
            rest = rest[:-1]
        segments, current = [], []
        for token in reversed(rest):
            if token.text == ",":
                segments.append(current[::-1])
                current = []
                if len(segments) == 2:
                    break
                continue
            current.append(token)
        else:
            return None
        if not segments or not self._source_phrase(segments[0]):
            return None
        phrase = segments[0]
        person = any(t.ent_type_ == "PERSON" for t in phrase)
        if len(segments) == 2 and segments[1] and segments[1][0].lower_ in ("the", "a", "an") and (
                self._source_phrase(segments[1]) or person and len(segments[1]) <= 6
                and all(t.pos_ in ("DET", "ADJ", "NOUN", "PROPN", "PART") for t in segments[1])):
            phrase = segments[1] + phrase  # "the harbour master, Ilya Sorokin,"
        content = [t for t in tokens if t.i < phrase[0].i]
        span = self.span_of(content)
        if span is None or len(content) < 3:
            return None
        named = [t for t in phrase if t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")]
        head = entity_root(named[-1]) if named else phrase[-1]
        certainty = lexicon.ASSERTION_VERBS.get(lexicon.PAST_FORMS[verb.lower_], Certainty.CERTAIN)
        quote = next((q for q in self.quotes if q.start <= span[0] and span[1] <= q.end), None)
        return CueMatch([verb], Stance.ASSERTS, certainty, [head], *span, quote=quote)

    @staticmethod
    def _source_phrase(tokens) -> bool:
        """A short noun phrase that can name a source: a name, or a role or group noun."""
        if not tokens or len(tokens) > 8 or any(t.pos_ not in ("DET", "ADJ", "PROPN", "NOUN", "PART", "NUM")
                                                 for t in tokens):
            return False
        return any(t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for t in tokens) or (
            tokens[-1].lemma_.lower() in lexicon.ROLE_NOUNS | lexicon.GROUP_SOURCE_NOUNS)

    @staticmethod
    def place_label(match: CueMatch, sent) -> bool:
        """'Somalia: Militants Attack Base', 'Mexico: No New Cases': a headline that opens with a bare
        place name and a colon tags the story's place; it names no source (a body or a person
        before the colon does: 'Army: No Civilians Hurt')."""
        colon = next((t for t in sent if t.text == ":"), None)
        if colon is None or len(match.sources) != 1:
            return False
        left = [t for t in sent if t.i < colon.i and not t.is_space and not t.is_punct]
        return bool(left) and all(t.ent_type_ in ("GPE", "LOC") for t in left)

    def colon_attribution(self, sent) -> CueMatch | None:
        """'Anna Berg, a nurse in Linz: "We saw nothing."', 'MINISTER: We will appeal.' and the
        headline 'Army: No Civilians Were Hurt': a source phrase, a colon, then what it says."""
        tokens = [t for t in sent if not t.is_space]
        # a transcript turn may open with a quote mark that runs to the paragraph's end
        # ('"PENCE: Well, look, ...'): its colon is inside that quote, and the turn is the claim
        colon = next((k for k, t in enumerate(tokens) if t.text == ":" and (
            not self.in_quote(t) or (k and is_transcript_label(tokens[k - 1])))), None)
        if colon is None or not 1 <= colon <= 12 or len(tokens) - colon < 3:
            return None
        turn = self.in_quote(tokens[colon])
        if turn is not None:
            span = self.trim(tokens[colon].idx + 1, turn.end)
            head = tokens[colon - 1]
            return None if span is None else CueMatch([tokens[colon]], Stance.ASSERTS, Certainty.CERTAIN,
                                                      [head], *span)
        left = tokens[:colon]
        cue = tokens[colon]
        if len(left) > 1 and left[0].lower_ in lexicon.INVERTED_SAID_FORMS:
            # the inverted 'Said one analyst: "Q."' and 'Says Berg: ...': the verb comes first, its
            # source follows, the colon opens what was said
            cue, left = left[0], left[1:]
        if any(t.pos_ in ("VERB", "AUX") and not t.text.isupper() for t in left):
            return None  # "The ministry said:" is the verb rule's; "Here is what we know:" no source
        # (past an opening bracket: "(Warning: the video is graphic.)")
        first = next((t for t in left if not t.is_punct), left[0])
        if first.lower_ in lexicon.COLON_LABELS or any(t.like_num and t.i == left[-1].i for t in left):
            return None
        named = [t for t in left if t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")]
        shouted = [t for t in left if t.is_alpha and t.text.isupper() and len(t.text) > 1]
        roles = [t for t in left if t.lemma_.lower() in lexicon.ROLE_NOUNS | lexicon.GROUP_SOURCE_NOUNS
                 | lexicon.ORGANIZATION_ROLE_NOUNS]  # "Coast Guard: Crew Accounted For"
        head = (named or shouted or roles or [None])[0]
        if head is None and is_label_colon(tokens[colon]) and self._named_elsewhere(left[-1]):
            # "Sanders: Clinton Needs a New Message": a name the tagger left unlabelled here but
            # labelled where the article names it in full ("Bernie Sanders"); not "Timeline:"
            head = left[-1]
        if head is None:
            return None
        span = self.span_of(tokens[colon + 1:])
        if span is None:
            return None
        if is_label_colon(tokens[colon]) or is_transcript_label(tokens[colon - 1]):
            # 'TAPPER: Thank you. Let us start with the debate.': a speaker's turn is the rest of
            # its paragraph, however many sentences it has
            line_end = self.text.find("\n", span[1])
            span = self.trim(span[0], line_end if line_end >= 0 else len(self.text)) or span
        # (only quotes whose words start between the colon and the span can qualify: bisect to them)
        first = bisect.bisect_left(self._quote_starts, tokens[colon].idx)
        last = bisect.bisect_right(self._quote_starts, span[0] + 1)
        quote = next((q for q in self.quotes[first:last] if q.outer_start >= tokens[colon].idx
                      and q.start <= span[0] + 1 and span[1] <= q.end + 1), None)
        if quote is not None:
            span = self.trim(quote.start, quote.end) or span
        return CueMatch([cue], Stance.ASSERTS, Certainty.CERTAIN, [entity_root(head)], *span, quote=quote)

    def headline_tail(self, sent) -> CueMatch | None:
        """The headline 'Floods Threaten Harvest, Farmers Say': a claim, a comma, then its source and a
        verb of saying that end the line."""
        tokens = [t for t in sent if not t.is_space and not t.is_punct or t.text == ","]
        if len(tokens) < 5 or tokens[-1].lemma_.lower() not in lexicon.HEADLINE_TAIL_VERBS:
            return None
        if tokens[-1].ent_type_:
            return None  # the tagger read the verb as part of a name ("Farmers Say"): no clean source
        comma = next((k for k in range(len(tokens) - 2, max(0, len(tokens) - 8), -1) if tokens[k].text == ","), None)
        if comma is None or comma < 2:
            return None
        source = [t for t in tokens[comma + 1:-1] if t.pos_ in ("NOUN", "PROPN")]
        span = self.span_of(tokens[:comma])
        if not source or span is None:
            return None
        return CueMatch([tokens[-1]], Stance.ASSERTS, Certainty.CERTAIN, [source[-1]], *span)

    def headline_lead(self, sent) -> CueMatch | None:
        """The headline 'Ministry Denies Bribery Claim', 'Rebels Say Town Has Fallen': up to five
        capitalised words naming the source, a present-tense verb of saying, denying or confirming,
        then the claim to the end of the line. Title case misleads the tagger, so the verb is found
        by its form ("Says", "Deny"), not its tag."""
        tokens = [t for t in sent if not t.is_space]
        while tokens and tokens[-1].is_punct:
            tokens = tokens[:-1]
        for k in range(1, min(6, len(tokens) - 2)):
            lemma = lexicon.HEADLINE_LEAD_FORMS.get(tokens[k].lower_)
            if lemma is None:
                continue
            source, claim = tokens[:k], tokens[k + 1:]
            if lemma in lexicon.WARNING_VERBS and claim[0].lower_ in ("of", "about"):
                claim = claim[1:]  # "Bakers Warn of Flour Shortage": the danger named
            if not all(t.text[:1].isupper() or t.is_punct and t.text in ("'", "\u2019", ".") for t in source):
                return None
            if tokens[k].ent_type_ and tokens[k - 1].ent_type_ == tokens[k].ent_type_ and lemma not in lexicon.DENIAL_VERBS:
                # the tagger read the verb as part of a name: no clean source (not so for a verb of
                # denial, which no name holds: "Harbour Guards Deny Attacking Crew", tagged one name)
                return None
            if sum(not t.is_punct for t in claim) < 2 or self.in_quote(tokens[k]):
                return None
            span = self.span_of(claim)
            if span is None:
                return None
            stance = (Stance.DENIES if lemma in lexicon.DENIAL_VERBS | {"dismiss"}
                      else Stance.CONFIRMS if lemma in lexicon.CONFIRMATION_VERBS else Stance.ASSERTS)
            return CueMatch([tokens[k]], stance, Certainty.CERTAIN, [source[-1]], *span)
        return None

    def dash_signature(self, dash) -> CueMatch | None:
        """'"The river rose overnight." \u2015 Ana Lind': a quote signed with a dash and the speaker's
        name after it, as in epigraphs and collected readers' comments. The dash is the cue."""
        if not is_signature_dash(dash):
            return None
        at = dash.idx + len(dash.text) - 1  # ('"...”― Name': the tokenizer may glue the dash to the closing mark)
        k = bisect.bisect_right(self._quote_starts, at) - 1
        quote = next((q for q in reversed(self.quotes[max(0, k - 2):k + 1]) if q.outer_end <= at), None)
        if quote is None or self.text[quote.outer_end:at].strip(" \u00a0.,"):
            return None
        name = []
        start = dash.i + 1
        while start < len(self.doc) and self.doc[start].is_space and "\n" not in self.doc[start].text:
            start += 1  # '―\u00a0Name': a no-break space after the dash is a token of its own
        for token in self.doc[start:start + 4]:
            if token.is_space or (token.pos_ != "PROPN" and token.ent_type_ != "PERSON"):
                break
            name.append(token)
        if not name or not (any(t.ent_type_ in ("PERSON", "ORG") for t in name) or len(name) >= 2):
            return None
        span = self.trim(quote.start, quote.end)
        if span is None:
            return None
        return CueMatch([dash], Stance.ASSERTS, Certainty.CERTAIN, [name[-1]], *span, quote=quote)

    def _named_elsewhere(self, token) -> bool:
        """Whether the article tags this word as part of a name somewhere else."""
        if self._entity_words is None:
            self._entity_words = {t.lower_ for ent in self.doc.ents if ent.label_ in ("PERSON", "ORG", "NORP", "GPE")
                                  for t in ent}
        return token.lower_ in self._entity_words



def is_signature_dash(token) -> bool:
    """A dash token that can sign a quote, also one glued to the quote's closing mark ('”―')."""
    text = token.text
    return text in _SIGNATURE_DASHES or (len(text) > 1 and text[-1] in _SIGNATURE_DASHES
                                         and all(c in "\u201d\"'\u2019" for c in text[:-1]))
