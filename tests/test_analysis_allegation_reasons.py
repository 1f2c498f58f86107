"""A dismissal of a named author's allegation that goes on with the denier's reason ("officials
dismissed the league's allegation over the abduction, saying the league seeks attention"): the
words after "over" tell what the allegation is about, those after "saying" why the denier rejects
it; neither is what it denies, and a name among them is no author. The allegation answers the
author's accusation first. A hyphened name ("Osk-Varo") is the same party written "Osk Varo".
Names and events invented."""
from __future__ import annotations

from kg.analysis import find_contradictions

from .analysis_helpers import corpus
from .analysis_helpers import statement as st

ACCUSING = "The Harbor League has accused the ruling Osk government of using its police agents to abduct Tomas Brenner."
ACCUSED = "the ruling Osk government of using its police agents to abduct Tomas Brenner"
DISMISSAL = "the Harbor League's allegation over Brenner and the riots that followed saying the league seeks attention"


def _accusation(doc, sentence=ACCUSING, content=ACCUSED, start=1000):
    return st(doc, "Harbor League", "asserts", content, cue="has accused", sentence=sentence,
              sentence_start=start, pos=start + sentence.index(content))


def _pairs(statements):
    return {(c.a.content, c.b.content) for c in find_contradictions(corpus(statements))}


def test_a_dismissed_allegation_with_its_reason_answers_the_author_s_accusation():
    accusation = _accusation("r1")
    other = st("r1", "Harbor League", "asserts", "Osk youths broke up two of its rallies in the port", pos=1400)
    lawyer = st("r1", "Brenner's lawyers", "asserts", "the court ordered the police to search for Brenner", pos=1600)
    dismissal = st("r1", "senior Osk officials", "denies", DISMISSAL, cue="dismissed", pos=1800)
    found = _pairs([accusation, other, lawyer, dismissal])
    assert (ACCUSED, DISMISSAL) in found
    # Brenner is what the allegation is about, not its author
    assert (lawyer.content, DISMISSAL) not in found


def test_a_hyphened_party_is_the_one_accused_under_its_spaced_name():
    sentence = "The Harbor League has accused the ruling Osk Varo party of using its police agents to abduct Tomas Brenner."
    content = "the ruling Osk Varo party of using its police agents to abduct Tomas Brenner"
    accusation = _accusation("r2", sentence, content)
    dismissal = st("r2", "senior Osk-Varo officials", "denies",
                   "the Harbor League's allegation saying the league seeks attention", cue="dismissed", pos=1800)
    assert (content, dismissal.content) in _pairs([accusation, dismissal])
