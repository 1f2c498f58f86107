"""Cue rules for phrases that frame a whole clause as someone's or something's claim: `according to
X, S` (in any position) and a fronted record, `In the latest poll, S`.

A mixin of `ConstructionRules`: the helpers come from `CueGrammar` and the other rule classes.
"""
from __future__ import annotations

from ..model import Certainty, Stance
from . import lexicon
from .cue_grammar import CueMatch, word_in

# words that open a subordinate clause: set right before a mid-clause "according to X", they leave
# the claim to the clause after the phrase
_SUBORDINATORS = {"after", "before", "because", "since", "while", "whereas", "although", "though", "when", "that",
                  "if", "unless", "until", "as"}


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
        # ("according to him/her/them": a person the text has named, resolved as a pronoun subject is)
        person = source.pos_ == "PRON" and source.lower_ in ("him", "her", "them")
        if not document and not person and (source.pos_ not in ("NOUN", "PROPN")
                                            or source.lemma_.lower() in lexicon.NORM_NOUNS
                                            and not self._framing_norm(token, source)):
            return None
        if source.lemma_.lower() in lexicon.NORM_NOUNS:
            source = self.owner(source) or source  # "according to her plan": hers
        phrase = set(t.i for t in token.subtree) | {t.i for t in to.subtree} | {token.i}
        sent = token.sent
        if token.dep_ == "ROOT" and token.i == sent.start:
            phrase = self._fronted_phrase_as_root(token, source, phrase)
        outside = [t for t in sent if t.i not in phrase]
        before = [t for t in outside if t.i < token.i]
        after = [t for t in outside if t.i > token.i]
        words_before = sum(not t.is_punct for t in before)
        words_after = sum(not t.is_punct for t in after)
        phrase_end = max(phrase)
        if self.doc[phrase_end].text == "," and phrase_end > token.i + 1:
            # "according to X, a former envoy, was ...": the parser gave the closing comma to the phrase
            phrase_end -= 1
            after = [t for t in after if t.i > phrase_end + 1] if self.doc[phrase_end + 1].text == "," else after
        set_off = (token.i > sent.start and self.doc[token.i - 1].text == ","
                   and phrase_end + 1 < sent.end and self.doc[phrase_end + 1].text == ",")
        if set_off and words_before >= 1 and words_after >= 2 and not sent[-1].i == phrase_end + 1:
            words = [t for t in before if not t.is_punct]
            if words[-1].lower_ in _SUBORDINATORS or (words[0].lower_ in _SUBORDINATORS and words[0].dep_ == "mark"
                                                      and words[0].head.dep_ == "advcl" and words[0].head.i < token.i):
                # "He left after, according to him, the mayor closed his paper", "While S1, according
                # to X, S2": the phrase frames the clause after it; what comes before sets the scene
                span = self.span_of([t for t in after if t.i > phrase_end])
                if span is not None:
                    return CueMatch([token, to], Stance.ASSERTS, Certainty.CERTAIN, self.coordinated(source), *span)
            # "The vaccine, according to X, is 90 percent effective": the claim on both sides
            first, second = self.span_of(before), self.span_of(after)
            if first is not None and second is not None:
                return CueMatch([token, to], Stance.ASSERTS, Certainty.CERTAIN, self.coordinated(source), *first,
                                more=[second])
        side = before if words_before >= 3 else after
        if not any(t.pos_ in ("NOUN", "PROPN", "PRON", "VERB", "AUX", "NUM", "ADJ") for t in side):
            return None  # "According to the paper, basically.": an adverb says nothing of its own
        span = self.span_of(side)
        if span is None:
            return None
        return CueMatch([token, to], Stance.ASSERTS, Certainty.CERTAIN, self.coordinated(source), *span)

    def _fronted_phrase_as_root(self, token, source, phrase: set) -> set:
        """'According to the radio host Mark Dunn, the move reeks of fear': where the parser found no
        verb it knew ("reeks" read as a plural noun), it made "According" the sentence's root and hung
        the clause inside the phrase. The phrase then ends at the first comma after its source (past
        an apposition set off by commas, 'According to Dunn, a radio host, ...'); the rest is the claim."""
        sent = token.sent
        commas = [t for t in sent if t.text == "," and t.i > source.i]
        if not commas:
            return phrase
        end = commas[0]
        if len(commas) > 1 and self.doc[end.i + 1].lower_ in ("a", "an", "the") and not any(
                t.pos_ in ("VERB", "AUX") for t in self.doc[end.i + 1:commas[1].i]):
            end = commas[1]
        return {t.i for t in sent if t.i <= end.i}

    def _framing_norm(self, token, noun) -> bool:
        """'According to state law, no one may campaign there', 'According to her plan, firms must
        repay S': a norm or plan that is someone's or something's in particular (a determiner,
        possessor or modifier), set off from the clause by a comma, frames the clause as what it says;
        the bare manner phrase ('went according to plan', 'sorted according to size') does not."""
        if not any(c.dep_ in ("det", "poss", "compound", "amod", "nmod") for c in noun.lefts):
            return False
        end = max(t.i for t in token.subtree)
        fronted = token.i == token.sent.start and end + 1 < len(self.doc) and self.doc[end + 1].text == ","
        trailing = token.i > token.sent.start and self.doc[token.i - 1].text == ","
        return fronted or trailing

    def in_document(self, token) -> CueMatch | None:
        """'In the latest poll, the mayor leads by five points', 'In the audit, two accounts were found
        empty': a fronted "in" + a record (poll, study, report, audit, footage) frames the sentence as
        what the record says, when the sentence has no cue of its own ('In a statement, X said S' is X's)."""
        root, sent = token.head, token.sent
        if token.i != sent.start:
            return self.standing_in_poll(token)
        if root.dep_ != "ROOT" or root.pos_ not in ("VERB", "AUX") or self.in_quote(root) is not None:
            return None
        record = next(iter(self.children(token, "pobj")), None)
        if record is None or not word_in(record, lexicon.RECORD_NOUNS):
            return None
        if root.lemma_.lower() in lexicon.CUE_LEMMAS and not (
                root.lemma_.lower() == "say" and word_in(record, lexicon.POLL_NOUNS) and self._respondents(root)):
            # ("In a poll, 60 percent of voters said S": what the respondents said is the poll's finding)
            return None
        phrase_end = max(t.i for t in token.subtree)
        while phrase_end + 1 < sent.end and self.doc[phrase_end + 1].ent_type_ in ("DATE", "TIME"):
            phrase_end += 1  # "In a Harlow poll last month, S": the poll's date, hung on the verb
        if phrase_end + 1 >= sent.end or self.doc[phrase_end + 1].text != ",":
            return None
        span = self.span_of([t for t in sent if t.i > phrase_end + 1 and not t.is_space])
        if span is None:
            return None
        source = self.owner(record) or record
        return CueMatch([token], Stance.ASSERTS, Certainty.CERTAIN, self.coordinated(source), *span)

    def _respondents(self, verb) -> bool:
        """'60 percent of voters', 'most respondents', 'a majority': a share of those polled as subject."""
        subject = self.subject(verb)
        return subject is not None and any(
            t.like_num or t.ent_type_ == "PERCENT" or t.lemma_.lower() in lexicon.SHARE_WORDS for t in subject.subtree)

    def standing_in_poll(self, token) -> CueMatch | None:
        """'The mayor leads by five points in the latest poll', 'she trails him in an average of
        state polls': a standing in an opinion poll is the poll's finding; the clause without the
        in-phrase is the content (in two pieces when the phrase stands inside it). Not when the
        verb is a cue of its own ('said in a survey') or takes the poll as its argument ('took part
        in the poll', 'was included in the survey')."""
        sent = token.sent
        # the phrase may hang on a word inside the main clause ("has a lead in the polls", "is ahead
        # in the polls", "continues to lead in polls", "came in second in the polls"), not on
        # another clause's
        verb, path = token.head, [token.head]
        while verb.dep_ != "ROOT":
            if verb.dep_ not in ("dobj", "attr", "advmod", "acomp", "xcomp", "npadvmod", "pobj", "prep", "amod"):
                return None
            verb = verb.head
            path.append(verb)
        if verb.pos_ not in ("VERB", "AUX") or self.in_quote(verb) is not None:
            return None
        if any(w.lemma_.lower() in lexicon.CUE_LEMMAS | lexicon.POLL_ARGUMENT_VERBS for w in path if w.pos_ == "VERB"):
            return None
        if not self.children(verb, "nsubj", "nsubjpass", "expl"):
            return None
        record = next(iter(self.children(token, "pobj")), None)
        if record is not None and not word_in(record, lexicon.POLL_NOUNS):
            # "in the RealClearPolitics average of state polls"
            record = next((o for p in self.children(record, "prep") if p.lower_ == "of"
                           for o in self.children(p, "pobj") if word_in(o, lexicon.POLL_NOUNS)), None)
        if record is None or any(c.lower_ in ("no", "neither") for c in record.children):
            return None
        phrase = {t.i for t in token.subtree}
        before = [t for t in sent if t.i < token.i and not t.is_space]
        after = [t for t in sent if t.i > max(phrase) and not t.is_space]
        first = self.span_of(before)
        if first is None or sum(not t.is_punct for t in before) < 2:
            return None
        second = self.span_of(after) if sum(not t.is_punct for t in after) >= 2 else None
        source = self.owner(record)
        if source is None or source.ent_type_ in ("DATE", "TIME"):
            source = record  # ("the January polls": a date is no pollster)
        return CueMatch([token], Stance.ASSERTS, Certainty.CERTAIN, self.coordinated(source), *first,
                        more=[second] if second else [])

    def record_aside(self, token) -> CueMatch | None:
        """'S, records show.', 'S1, court records show, S2': a record and its verb set off by
        commas after (or inside) the claim; the parser often reads "records show" as one noun
        phrase. The record is the source, the rest of the sentence the content (two pieces when the
        aside stands inside it)."""
        sent = token.sent
        if token.i - 1 < sent.start or self.in_quote(token) is not None:
            return None
        noun = self.doc[token.i - 1]
        if not word_in(noun, lexicon.RECORD_NOUNS) or noun.tag_ not in ("NN", "NNS", "NNP", "NNPS"):
            return None
        first = noun.i
        while first - 1 >= sent.start and self.doc[first - 1].tag_ in _NOUN_PHRASE_TAGS:
            first -= 1
        if first - 1 < sent.start or self.doc[first - 1].text != ",":
            return None
        after = self.doc[token.i + 1] if token.i + 1 < sent.end else None
        if after is not None and after.text not in (",", ".", "!", ";"):
            return None
        left = [t for t in sent if t.i < first - 1 and not t.is_space]
        right = [t for t in sent if after is not None and after.text == "," and t.i > after.i and not t.is_space]
        if right and right[0].dep_ == "cc":
            right = []  # "S1, records show, and experts say S2": a second statement of its own
        if sum(not t.is_punct for t in left) < 3:
            return None
        pieces = [self.span_of(left)] + ([self.span_of(right)] if sum(not t.is_punct for t in right) >= 2 else [])
        if any(p is None for p in pieces):
            return None
        source = self.owner(noun) or noun
        return CueMatch([token], Stance.ASSERTS, Certainty.CERTAIN, [source], *pieces[0], more=pieces[1:])


# Tags of the words of a short noun phrase before its head: "the F.A.A.'s flight records".
_NOUN_PHRASE_TAGS = {"DT", "JJ", "NN", "NNS", "NNP", "NNPS", "POS", "PRP$", "CD", "HYPH"}
