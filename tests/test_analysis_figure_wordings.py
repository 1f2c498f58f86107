"""How a death toll is worded: verbs of killing, figures coordinated under one verb, the high end
of a toll, and totals summed over several events or a period (every sentence is invented)."""
from __future__ import annotations

from kg.analysis import find_contradictions
from kg.analysis.text import features

from .analysis_helpers import corpus
from .analysis_helpers import statement as st


def _counts(text):
    return [(c.key, c.low, c.who) for c in features(text).counts]


def _number_pairs(statements):
    return [c for c in find_contradictions(corpus(statements)) if c.kind == "number_conflict"]


def test_a_verb_of_killing_before_a_bounded_figure_counts_deaths():
    # the bound ("as many as", "no fewer than") stands between the verb and the figure
    assert _counts("the militia is blamed for slaughtering as many as 80 villagers near Osk") == \
        [("@death", 40.0, "@civilians")]
    assert _counts("gunmen murdered no fewer than 12 pilgrims on the road") == [("@death", 12.0, "@civilians")]
    assert _counts("nine guards were murdered at the depot") == [("@death", 9.0, "@forces")]


def test_coordinated_figures_share_the_event_told_after_the_last():
    assert _counts("two guards and 14 gunmen were killed at the Osk depot") == \
        [("@death", 2.0, "@forces"), ("@death", 14.0, "@fighters")]
    assert _counts("three soldiers, two villagers and 11 rebels died in the clash") == \
        [("@death", 3.0, "@forces"), ("@death", 2.0, "@civilians"), ("@death", 11.0, "@fighters")]
    # the first figure must count people: "two trucks" counts no one
    assert _counts("two trucks and 14 gunmen were hit") == []


def test_plurals_in_men_are_person_nouns():
    assert _counts("six policemen died in the ambush") == [("@death", 6.0, "@forces")]


def test_the_high_end_of_a_toll_conflicts_with_a_far_lower_count():
    high = st("d1", "Osk Relief Council", "asserts", "as many as 90 villagers were killed in the raid on Osk")
    low = st("d1", "Tarsk army", "asserts", "only eight villagers were killed in the raid on Osk")
    near = st("d1", "Tarsk army", "asserts", "70 villagers were killed in the raid on Osk")
    assert len(_number_pairs([high, low])) == 1
    assert not _number_pairs([high, near])


def test_one_party_coordinated_count_conflicts_with_a_rival_toll():
    rival = st("d1", "Osk Relief Council", "asserts", "at least 120 villagers were killed in the raid on Osk")
    mixed = st("d1", "Tarsk army", "asserts", "only three villagers and 25 rebels were killed in the raid on Osk")
    assert len(_number_pairs([rival, mixed])) == 1


def test_a_total_over_several_events_is_no_rival_of_one_event_toll():
    total = st("d1", "Tarsk officials", "asserts", "seven soldiers were killed when rebels attacked two bases near Osk")
    one = st("d1", "Osk villagers", "asserts", "five soldiers were killed at the base near Osk")
    assert _counts(total.content) and features(total.content).counts[0].summed
    assert not _number_pairs([total, one])
    # two totals over the same events may still be rivals
    other_total = st("d1", "Osk villagers", "asserts", "30 soldiers were killed when rebels attacked two bases near Osk")
    assert len(_number_pairs([total, other_total])) == 1


def test_a_running_total_since_a_time_is_no_rival_of_one_day_toll():
    running = st("d1", "Osk Monitor", "asserts", "more than 900 people have been killed in Osk since the uprising began")
    day = st("d1", "Tarsk army", "asserts", "only 12 people were killed in Osk on Friday")
    assert not _number_pairs([running, day])
    # a claim over a period ("have been killed", present perfect) is one
    none = st("d1", "Tarsk army", "asserts", "no civilians have been killed in Osk in the offensive")
    civilians = st("d1", "Osk Monitor", "asserts", "300 civilians have died in Osk since the offensive began")
    assert len(_number_pairs([none, civilians])) == 1


def test_a_toll_put_as_a_multiple_of_the_given_figure_answers_it():
    given = st("d1", "Osk clinic staff", "asserts", "at least 40 marchers died in the clashes at the Osk gate", pos=10)
    twice = st("d1", "Velan opposition", "asserts", "the true death toll may be nearly twice that number", pos=90)
    found = find_contradictions(corpus([given, twice]))
    assert {(c.a.content, c.b.content) for c in found} == {(given.content, twice.content)}
    # a multiple that is no figure said of the toll ("half the number of patrols was cut") answers nothing
    patrols = st("d1", "Velan opposition", "asserts", "half the number of patrols at the Osk gate was cut", pos=90)
    assert not find_contradictions(corpus([given, patrols]))


def test_deaths_told_without_a_figure_conflict_with_a_count_of_none():
    assert [(c.who, c.low, c.some) for c in features("civilian deaths in Osk rose sharply").counts] == \
        [("@civilians", 1.0, True)]
    assert [(c.who, c.some) for c in features("villagers were killed by the shelling of Osk").counts] == \
        [("@civilians", True)]
    # active voice: the soldiers did the killing, they are not its dead
    assert features("soldiers killed the gunmen near Osk").counts == []
    none = st("d1", "Tarsk army", "asserts", "no villagers have been killed in the shelling of Osk", pos=10)
    some = st("d1", "Osk Relief Council", "asserts", "villagers have been killed in the shelling of Osk", pos=90)
    figure = st("d1", "Osk Relief Council", "asserts", "many villager deaths in the shelling of Osk were avoidable", pos=90)
    assert len(_number_pairs([none, figure])) == 1
    # "some died" holds with any figure but none
    forty = st("d1", "Osk clinic", "asserts", "40 villagers have died in the shelling of Osk", pos=200)
    assert not _number_pairs([some, forty])


def _headline_and_body(headline, body):
    title = st("h1", "Farmers League", "asserts", headline, pos=0, cue="says", sentence=headline,
               sentence_start=0, doc_title=headline)
    text = st("h1", "interior ministry", "asserts", body, pos=200, cue="said", doc_title=headline)
    return [c for c in find_contradictions(corpus([title, text])) if c.kind == "number_conflict"]


def test_a_figure_in_a_title_written_in_capitals_is_read_as_a_figure():
    # "More Than Thirty Killed": every word capitalised, yet a count of the dead, not a name
    found = _headline_and_body("More Than Thirty Killed in Velsk Clashes", "the death toll from the clashes at four")
    assert len(found) == 1


def test_the_same_figure_in_a_title_in_capitals_is_no_conflict():
    assert _headline_and_body("Four Killed in Velsk Clashes", "four people were killed in the clashes") == []
