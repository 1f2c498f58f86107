"""What a contradiction record says a denial denies (names and events invented): a denial that
only points back ("denied this") shows the claim it answers as its content; a denial of a noun
phrase ("rejected the charges from the harbour board") keeps its own words, the claim it
answers beside them, as an annotator reading the sentence would write it."""
from __future__ import annotations

from kg.analysis import find_contradictions

from .analysis_helpers import corpus
from .analysis_helpers import statement as st


def _accusation(content, pos=10):
    sentence = f"The harbour board accused the Quayside Union of {content}."
    return st("d7", "harbour board", "asserts", content, pos=pos, cue="accused", sentence=sentence,
              sentence_start=pos - sentence.index(content))


def test_a_denial_of_a_noun_phrase_keeps_its_words_and_names_the_claim_it_answers():
    claim = _accusation("sabotaging the loading cranes")
    denial = st("d7", "Quayside Union", "denies", "the charges from the harbour board", pos=120)
    found = find_contradictions(corpus([claim, denial]))
    assert [c.kind for c in found] == ["opposite_stances"]
    record = found[0].to_record()
    assert record["b"]["content"] == denial.content
    assert record["b"]["answers"] == claim.content and "content_as_written" not in record["b"]


def test_a_denial_that_only_points_back_shows_the_claim_it_answers():
    claim = _accusation("sabotaging the loading cranes")
    denial = st("d7", "Quayside Union", "denies", "all of that", pos=120)
    found = find_contradictions(corpus([claim, denial]))
    record = found[0].to_record()
    assert record["b"]["content"] == claim.content and record["b"]["content_as_written"] == "all of that"
