"""Claims compared by what they say: whom a figure counts, open bounds, the concept classes of
kg/analysis/lexicon.py (each entry in a sentence of our own), outcomes by construction, answers to
"denied this", and stories across articles. All names and events are invented."""
from __future__ import annotations

import pytest

from kg.analysis import find_contradictions
from kg.analysis.stories import find_stories
from kg.analysis.text import features

from .analysis_helpers import corpus
from .analysis_helpers import statement as st


def kinds(statements):
    return [c.kind for c in find_contradictions(corpus(statements))]


# -- figures: what they count ----------------------------------------------------------------

def test_figures_of_different_people_are_two_counts():
    a = st("d1", "Port Authority", "asserts", "five guards were killed at the Vell checkpoint")
    b = st("d1", "Ferren Liberation Front", "asserts", "twelve rebels were killed at the Vell checkpoint")
    assert "number_conflict" not in kinds([a, b])


def test_figures_of_the_same_people_conflict():
    a = st("d1", "Port Authority", "asserts", "five guards were killed at the Vell checkpoint")
    b = st("d1", "Ferren Liberation Front", "asserts", "twelve guards died at the Vell checkpoint")
    assert kinds([a, b]) == ["number_conflict"]


def test_an_open_bound_dwarfed_by_another_figure_conflicts():
    a = st("d1", "Ilse Marrow", "asserts", "at least four miners died in the Oskar shaft collapse")
    b = st("d1", "Oskar Mining Union", "asserts", "thirty miners died in the Oskar shaft collapse")
    assert kinds([a, b]) == ["number_conflict"]


def test_an_open_bound_and_a_close_figure_agree():
    a = st("d1", "Ilse Marrow", "asserts", "at least four miners died in the Oskar shaft collapse")
    b = st("d1", "Oskar Mining Union", "asserts", "six miners died in the Oskar shaft collapse")
    assert "number_conflict" not in kinds([a, b])


@pytest.mark.parametrize("text, who", [("the blast killed three militants", "@fighters"),
                                       ("two peacekeepers were wounded", "@forces"),
                                       ("eleven villagers were killed", "@civilians"),
                                       ("nine people were killed", None)])
def test_whom_a_figure_counts(text, who):
    assert [c.who for c in features(text).counts] == [who]


@pytest.mark.parametrize("text", ["more than 40 insurgents were eliminated", "the gunmen slew four pilgrims"])
def test_death_words(text):
    assert [c.key for c in features(text).counts] == ["@death"]


# -- concept classes: each entry, in our own words ---------------------------------------------

CONCEPT_ENTRIES = {
    "@capture": ["capture", "seize", "overran", "occupied", "stormed", "breached", "control", "takeover",
                 "retook", "fell", "entered"],
    "@talk": ["talks", "discussions", "discussed", "negotiations", "negotiated", "meeting", "met", "dialogue"],
    "@involvement": ["involved", "involvement", "role", "participated", "participation", "led",
                     "responsible", "responsibility", "behind", "blamed", "orchestrated", "masterminded",
                     "instigated", "planned"],
    "@support": ["supported", "backed", "backing", "aided", "assisted", "funded", "financed", "sponsored",
                 "armed", "helped"],
}


@pytest.mark.parametrize("concept, word", [(c, w) for c, words in CONCEPT_ENTRIES.items() for w in words])
def test_concept_entry(concept, word):
    assert concept in features(f"the Varn committee {word} the harbour dispute").terms


def test_capture_words_make_a_denial_answer_the_claim():
    claim = st("d1", "Ferren Liberation Front", "asserts", "its fighters overran the Dalby garrison")
    denial = st("d1", "Dalby Defence Ministry", "denies", "that the Dalby garrison was captured")
    assert kinds([claim, denial]) == ["opposite_stances"]


# -- outcomes by construction ----------------------------------------------------------------

@pytest.mark.parametrize("text, outcome", [("the harbour's air defences responded within minutes", {"stopped"}),
                                           ("missile defence did its job over Vell", {"stopped"}),
                                           ("the air defence did not work", set()),
                                           ("the guards fought off the raiders", {"stopped"}),
                                           ("the raiders stormed the depot", {"hit"}),
                                           ("the rebels overran the outpost", {"hit"})])
def test_outcomes(text, outcome):
    assert features(text).outcomes == outcome


# -- answers to "denied this" ------------------------------------------------------------------

def test_a_denial_of_this_answers_the_claim_just_before_and_says_what_it_denies():
    claim = st("d1", "Harbour workers", "asserts", "the ferry company had cut the night shift", pos=10)
    denial = st("d1", "Tomas Brenner", "denies", "this", pos=80)
    found = find_contradictions(corpus([claim, denial]))
    assert [c.kind for c in found] == ["opposite_stances"]
    record = found[0].to_record()
    assert record["b"]["content"] == claim.content and record["b"]["content_as_written"] == "this"


def test_a_denial_of_this_far_from_any_claim_answers_nothing():
    claim = st("d1", "Harbour workers", "asserts", "the ferry company had cut the night shift", pos=10)
    others = [st("d1", "Tomas Brenner", "asserts", f"the timetable {w} be printed", pos=20 + k)
              for k, w in enumerate(["will", "would", "must"])]
    denial = st("d1", "Tomas Brenner", "denies", "the claims", pos=80)
    assert kinds([claim, *others, denial]) == []


def test_a_negated_claim_agrees_with_a_denial():
    a = st("d1", "Vell Council", "asserts", "no such talks with the strikers took place")
    b = st("d1", "Vell Mayor", "denies", "talks with the strikers")
    assert "opposite_stances" not in kinds([a, b])


# -- stories ---------------------------------------------------------------------------------

def _story_pair(day_a: str, day_b: str):
    a = st("d1", "Port Authority", "asserts", "five guards were killed at the Vell checkpoint",
           published=day_a, doc_title="Attack on Vell checkpoint")
    b = st("d2", "Ferren Liberation Front", "asserts", "twelve guards died at the Vell checkpoint",
           published=day_b, doc_title="Vell checkpoint attack toll disputed")
    return [a, b]


def test_articles_days_apart_on_one_event_are_one_story_and_their_figures_conflict():
    statements = _story_pair("2031-05-01", "2031-05-03")
    assert find_stories(corpus(statements)).same_story("d1", "d2")
    assert kinds(statements) == ["number_conflict"]


def test_articles_a_year_apart_are_two_stories_and_their_figures_do_not_conflict():
    statements = _story_pair("2031-05-01", "2032-06-01")
    assert not find_stories(corpus(statements)).same_story("d1", "d2")
    assert kinds(statements) == []


# -- dismissed figures, reports named in a denial, -stan names ---------------------------------

def _figures(*extra):
    return [st("d1", "Vell Police", "asserts", "the flood killed 40 villagers in the valley", pos=10),
            st("d1", "Vell Police", "asserts", "the flood killed two herders near the dam", pos=20), *extra]


@pytest.mark.parametrize("word", ["exaggerated", "inflated", "overstated"])
def test_a_toll_called_too_high_answers_the_highest_figure(word):
    dismissal = st("d1", "Valley Farmers Union", "asserts", f"the death toll was {word}", pos=90)
    found = find_contradictions(corpus(_figures(dismissal)))
    assert [(c.kind, c.a.content, c.b.content) for c in found] == [
        ("opposite_stances", "the flood killed 40 villagers in the valley", dismissal.content)]


@pytest.mark.parametrize("word", ["false", "untrue", "baseless", "fabricated", "wrong", "inaccurate", "incorrect",
                                  "groundless", "lies", "propaganda", "misleading", "bogus", "invented",
                                  "made-up", "unfounded"])
def test_a_figure_called_wrong_answers_the_figures(word):
    dismissal = st("d1", "Valley Farmers Union", "asserts", f"those casualty figures are {word}", pos=90)
    found = find_contradictions(corpus(_figures(dismissal)))
    assert len(found) == 1 and found[0].b.content == dismissal.content  # one per pair of parties


def test_a_negated_dismissal_answers_nothing():
    dismissal = st("d1", "Valley Farmers Union", "asserts", "the death toll was not exaggerated", pos=90)
    assert kinds(_figures(dismissal)) == []


def test_a_denial_of_media_reports_is_a_denial_of_what_they_report():
    claim = st("d1", "Harbour Gazette", "asserts", "Vell officials held secret talks with the Ferren rebels")
    denial = st("d1", "Vell", "denies", "media reports that it held talks with the Ferren rebels")
    assert kinds([claim, denial]) == ["opposite_stances"]


@pytest.mark.parametrize("a, b", [("Afghanistan", "Afghan"), ("Pakistan", "Pakistani"), ("Kazakhstan", "Kazakh")])
def test_stan_country_and_demonym_share_a_root(a, b):
    from kg.analysis.text import entity_root

    assert entity_root(a) == entity_root(b)
