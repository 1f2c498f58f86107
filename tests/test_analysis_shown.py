"""What a record shows: one party says footage or an image shows nothing of a kind, another that it
shows something, each naming what is seen in its own words (names invented)."""
from __future__ import annotations

from kg.analysis import find_contradictions

from .analysis_helpers import corpus, pairs
from .analysis_helpers import statement as st

NOTHING = "the drone footage does not show any wreckage of the ferry"
SOMETHING = "they showed two large floating pieces near the ferry's last position"


def test_a_record_showing_nothing_contradicts_it_showing_something_in_other_words():
    # "wreckage" and "pieces" share no word: the verb of showing and the ferry tie the two claims
    port = st("d1", "Tarsel port authority", "asserts", NOTHING, pos=0, cue="said")
    coast = st("d1", "Coastal Watch", "asserts", SOMETHING, pos=300, cue="said")
    assert pairs(find_contradictions(corpus([port, coast]))) == {
        ("polarity_conflict", frozenset((NOTHING, SOMETHING)))}


def test_showing_no_thing_after_the_verb_is_showing_nothing():
    none_seen = "the scan showed no trace of the missing ferry"
    port = st("d1", "Tarsel port authority", "asserts", none_seen, pos=0, cue="said")
    coast = st("d1", "Coastal Watch", "asserts", "the scan showed a hull shape near the ferry route", pos=300,
               cue="said")
    assert {c.kind for c in find_contradictions(corpus([port, coast]))} == {"polarity_conflict"}


def test_a_record_showing_something_about_another_thing_is_no_conflict():
    # nothing ties the two: another record (a survey) and another matter (rents)
    port = st("d1", "Tarsel port authority", "asserts", NOTHING, pos=0, cue="said")
    survey = st("d1", "Housing Office", "asserts", "the survey showed a steep rise in rents", pos=300, cue="said")
    assert find_contradictions(corpus([port, survey])) == []


def test_both_saying_the_record_shows_something_is_no_conflict():
    coast = st("d1", "Coastal Watch", "asserts", SOMETHING, pos=0, cue="said")
    navy = st("d1", "Tarsel navy", "asserts", "the drone footage showed wreckage of the ferry", pos=300, cue="said")
    assert find_contradictions(corpus([coast, navy])) == []


def test_across_two_articles_of_one_story_the_event_both_name_ties_the_record():
    # each claim names another place (Velsk, Orsk), but each article names both: one event
    def one(doc, source, content, pos, day):
        return st(doc, source, "asserts", content, pos=pos, cue="said", sentence=f"{source} said {content}.",
                  sentence_start=pos, doc_title="Ferry Lost off Velsk", published=day)
    nothing = "the Velsk satellite images do not depict any debris of the ferry"
    something = "they showed three large objects near the ferry's route to Orsk"
    statements = [one("a", "Tarsel port authority", nothing, 0, "2031-05-02"),
                  one("a", "Lena Brask", "the ferry left Orsk on Monday night", 300, "2031-05-02"),
                  one("b", "Coastal Watch", something, 0, "2031-05-03"),
                  one("b", "Lena Brask", "the search off Velsk goes on for the ferry", 300, "2031-05-03")]
    found = {frozenset((c.a.content, c.b.content)) for c in find_contradictions(corpus(statements))}
    assert frozenset((nothing, something)) in found
