"""Contents that point back to a claim already reported: "could not verify their claims", "X
denied it", "the report", "such claims". The pointing answer is linked to the statements it means
(their targets) and, where it names no claim of its own, takes that claim's words as its content.

A mixin of the pipeline's extractor: its methods use the extractor's paragraph and sentence helpers.
"""
from __future__ import annotations

import re

from ..model import Attribution, Stance
from . import lexicon


class BackReferences:
    """The pipeline stage that resolves back-references (a mixin of `pipeline._Extractor`)."""

    @staticmethod
    def made_as(attribution: Attribution, noun: str) -> bool:
        """Whether a claim was made as a report / accusation / allegation / charge: with that verb
        ("reported", "accused"), or in words that say so ("Media say he is accused of S")."""
        prefixes = _CUE_OF_CLAIM_NOUN[noun]
        return attribution.cue.lower().startswith(prefixes) or any(
            word.lower().startswith(prefixes) for word in attribution.claim_text.split())

    def link_back_references(self, attributions: list[Attribution]) -> None:
        """Point 'could not verify their claims' at the statements of the sources it means."""
        for i, attribution in enumerate(attributions):
            words = attribution.content.text.lower().split()
            if not _names_a_back_reference(words):
                continue
            here = self.paragraph_of(attribution.content.start)
            earlier = [j for j, other in enumerate(attributions[:i])
                       if other.source != attribution.source and here - self.paragraph_of(other.content.start) <= 3
                       and self.paragraph_of(other.content.start) < here]
            if words[0] in ("his", "her", "its", "this", "that") and earlier:
                last_source = attributions[earlier[-1]].source
                earlier = [j for j in earlier if attributions[j].source == last_source]
            elif words[0] == "their" and earlier:
                # the run of speakers just before, not everyone in the window
                sources = []
                for j in reversed(earlier):
                    if attributions[j].source not in sources:
                        sources.append(attributions[j].source)
                keep = set(sources[:max(2, len(sources) - 1)]) if len(sources) > 2 else set(sources)
                earlier = [j for j in earlier if attributions[j].source in keep]
            possessor = _possessor(words)
            if possessor:
                named = [j for j in earlier if possessor in attributions[j].source.lower()]
                earlier = named or earlier
            attribution.targets = earlier

    def resolve_pronoun_contents(self, attributions: list[Attribution]) -> None:
        """'Police said the driver was drunk. His lawyer denied it.' / '..., but X denies this' /
        'Y accused X of S. X denies the assertion.': a denial, confirmation or refusal whose object
        only points back ('this', 'it', 'the assertion') is about the claim just reported by someone
        else (in its sentence or the one before), so that claim's words are its content and the
        attribution it answers is its target."""
        for i, attribution in enumerate(attributions):
            # "Media reported S. X denied the report." / "Y accused X of S. X rejected the accusations.":
            # the report (accusation, allegation, charge) is the one just made with that very verb
            named = _REPORT_REFERENCE.fullmatch(attribution.claim_text.strip())
            names_report = named.group(1).lower() if named else None
            if attribution.stance == Stance.ASSERTS or not (names_report or _stands_for_a_claim(attribution.claim_text)):
                continue
            here = self.sentence_of_offset(attribution.content.start)
            # (an earlier answer that itself only points back, "could not verify the figure", is
            # skipped, and so is a report whose content holds this answer: in "X reports an official
            # denied the claim", the claim denied is not X's report of the denial)
            cue = attribution.cue_span
            # (nor a refusal or an unverified report: "Police have not confirmed S. The regime dismissed
            # such claims" answers a claim someone made, not the open question)
            earlier = next((j for j in range(i - 1, -1, -1) if attributions[j].source != attribution.source
                            and not points_back(attributions[j].claim_text)
                            and attributions[j].stance not in (Stance.DOES_NOT_CONFIRM, Stance.CANNOT_VERIFY)
                            and not (cue is not None and any(piece.start <= cue.start < piece.end
                                                             for piece in attributions[j].content_spans))
                            and (not names_report or self.made_as(attributions[j], names_report))), None)
            if earlier is None or here - self.sentence_of_offset(attributions[earlier].content.start) > 1:
                continue
            claim = attributions[earlier]
            attribution.content, attribution.continuation = claim.content, list(claim.continuation)
            for evidence in attribution.evidence:
                # the evidence runs from the claim to the answer, so that it holds both
                evidence.content = claim.content
                evidence.sentence = self.sentence_span(min(claim.content.start, evidence.sentence.start),
                                                       evidence.sentence.end)
            if attribution.sentence is not None:
                attribution.sentence = attribution.evidence[0].sentence
            attribution.targets = [earlier]

    def answer_unstated_topics(self, attributions: list[Attribution]) -> None:
        """'X declined to comment', 'X could not be reached for comment', 'There was no comment from X':
        a refusal whose sentence names no topic answers the question a reporter asks, which is about
        the story: it responds to the claim another source makes in the lead (the first sentence of
        the body). Its content stays the comment asked for: the text does not say more (measured:
        the story's claim as the content suits the VOA gold and not PolNeAR's)."""
        refusals = [a for a in attributions if id(a) in self.unstated_topics and not a.targets]
        if not refusals:
            return
        lead = next((s for s in self.sentences if not self.is_heading(s) and not self.is_question(s)), None)
        if lead is None:
            return
        for refusal in refusals:
            if refusal.cue_span.start < lead.end_char:
                continue  # the lead itself is the refusal: nothing before it to answer
            refusal.targets = [j for j, other in enumerate(attributions) if other.source != refusal.source
                               and id(other) not in self.unstated_topics and other.stance == Stance.ASSERTS
                               and lead.start_char <= other.content.start < lead.end_char][:1]

def _possessor(words: list[str]) -> str | None:
    """'the activists' claims' -> 'activist': whose statements a back reference names."""
    for word in words[:-1]:
        word = word.replace("\u2019", "'")
        if word.endswith("'s") or word.endswith("'"):
            stem = word.rstrip("'s").rstrip("'")
            return stem[:-1] if stem.endswith("s") and len(stem) > 4 else stem
    return None


# Determiners of a back-reference ("their claims", "the report").
_BACK_DETERMINERS = ("their", "his", "her", "its", "the", "these", "those", "such", "this", "that")
# Objects that stand for a claim just reported ("denied it", "disputes this", "did not confirm them",
# "rejected the assertion").
_PRONOUN_CONTENTS = {"this", "that", "it", "these", "those", "them"}
# (only nouns that name a statement: "the charges", "the allegations", "the report" may name what a
# court, an indictment or a newspaper holds, not the claim just reported)
_CLAIM_REFERENCE = re.compile(r"(?:the|this|that|these|those|such) (?:claims?|assertions?)", re.IGNORECASE)
_REPORT_REFERENCE = re.compile(r"(?:the|this|that|these|those|such) (report|accusation|allegation|charge)s?",
                               re.IGNORECASE)
# the cue that makes each of those nouns' claim ("reported", "accused", "alleged", "charged")
# (an allegation, an accusation and a charge are made with any of the three verbs)
_CHARGING = ("accus", "alleg", "charg")
_CUE_OF_CLAIM_NOUN = {"report": ("report",), "accusation": _CHARGING, "allegation": _CHARGING, "charge": _CHARGING}


def points_back(content: str) -> bool:
    """'it', 'the assertion', 'their claims', 'the figure': a content that names no claim of its own
    (what it means depends on the article it stands in: kg.triples scopes its proposition there)."""
    words = content.lower().split()
    return _stands_for_a_claim(content) or _names_a_back_reference(words) or (
        1 <= len(words) <= 2 and words[0] in _BACK_DETERMINERS)


def _names_a_back_reference(words: list[str]) -> bool:
    """'their claims', 'the report', 'these accounts': a determiner and a back-reference noun."""
    return 1 <= len(words) <= 4 and words[-1] in lexicon.BACK_REFERENCE_NOUNS and words[0] in _BACK_DETERMINERS


def _stands_for_a_claim(content: str) -> bool:
    """'it', 'this', 'the assertion', 'these allegations': words that only point back to a claim."""
    content = content.strip()
    return content.lower() in _PRONOUN_CONTENTS or bool(_CLAIM_REFERENCE.fullmatch(content))
