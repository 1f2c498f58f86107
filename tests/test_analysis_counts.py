"""What a figure counts: outbreaks, people trapped or displaced, and the event told further on in
the clause (every sentence is invented)."""
from __future__ import annotations

from kg.analysis import find_contradictions
from kg.analysis.text import features

from .analysis_helpers import corpus


def _keys(text):
    return [(c.key, c.low) for c in features(text).counts]


def test_an_outbreak_is_counted_in_cases_and_in_people_fallen_ill():
    assert _keys("the clinic stands by its count of 31 cases") == [("@illness", 31.0)]
    assert _keys("nine children were sickened by the water") == [("@illness", 9.0)]


def test_trapped_and_displaced_people_are_counts():
    assert _keys("14 miners were trapped below ground") == [("@trapped", 14.0)]
    assert _keys("600 families were displaced by the flood") == [("@displaced", 600.0)]


def test_the_event_may_come_after_where_the_people_were():
    # "the people, where they were, what happened to them": the event is past the five words
    assert _keys("At least 90 people in the Brennock valley have fallen ill") == [("@illness", 90.0)]
    assert _keys("four guards at the Osk customs post were later found dead") == [("@death", 4.0)]
    # a clause break ends the search: the event is not the counted people's
    assert _keys("about 200 people who live near the Brennock dam said the rain had killed livestock") == []


def test_a_ratio_is_no_count():
    # "four times" compares two counts; it counts nothing itself
    assert _keys("the illness count in Brennock is four times the official figure of cases") == []
    assert _keys("four cases of fever were confirmed in Brennock") == [("@illness", 4.0)]


def test_two_rival_outbreak_counts_contradict():
    from .analysis_helpers import statement as st

    low = st("d1", "Brennock Health Office", "asserts", "31 cases of fever were confirmed in Brennock")
    high = st("d1", "Brennock Nurses' Guild", "asserts", "at least 140 people in Brennock have fallen ill with fever")
    assert {c.kind for c in find_contradictions(corpus([low, high]))} == {"number_conflict"}


def test_a_bare_toll_counts_the_events_its_own_article_tells_of():
    from .analysis_helpers import statement as st

    # article d1 tells of an airstrike only; d2 of a raid days later. d1's "more than 90 fighters
    # were killed" is no rival toll of d2's "two fighters were killed in the raid"
    strike = st("d1", "Kestrian air command", "asserts", "more than 90 fighters were killed near Osk",
                sentence="The air command said more than 90 fighters were killed near Osk in the airstrike.")
    raid = st("d2", "Osk Front", "asserts", "two of its fighters were killed in the raid near Osk",
              sentence="The Osk Front said two of its fighters were killed in the raid near Osk.")
    same_story = st("d2", "Tarsk police", "asserts", "the airstrike near Osk hit a training camp")
    assert not [c for c in find_contradictions(corpus([strike, raid, same_story])) if c.kind == "number_conflict"]
    # when the bare toll's article also tells of the raid, the two figures may be rivals
    told = st("d1", "Tarsk police", "asserts", "commandos carried out a raid near Osk on the camp",
              sentence="Tarsk police said commandos carried out a raid near Osk on the camp.")
    found = find_contradictions(corpus([strike, raid, same_story, told]))
    assert [c for c in found if c.kind == "number_conflict"]
