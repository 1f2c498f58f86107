"""Negated facts and answers to accusations, in sentences of our own (names invented): a negation
widened by "anywhere" or "anything", a place and its demonym ("Sudan", "Sudanese"), a noun and its "-en" verb, a
dismissal of an accusation as "without merit", and which claim "denied the accusations" answers."""
from __future__ import annotations

import pytest

from kg.analysis import find_contradictions
from kg.analysis.text import dismisses_claim, entity_root, features

from .analysis_helpers import corpus
from .analysis_helpers import statement as st


def found(statements):
    return [(c.kind, c.a.content, c.b.content) for c in find_contradictions(corpus(statements))]


def test_a_negation_widened_by_anywhere_negates_the_act():
    # "is not patrolling anywhere in X": "anywhere" widens the negation, it is not what is negated
    claim = st("d1", "Harbour pilots", "asserts", "the Korvan navy is patrolling the fishing grounds off Tesk")
    other = st("d1", "Mira Lind", "asserts", "the fishing season opens in May")
    denial = st("d1", "Admiral Jon Vesk", "asserts", "the navy is not patrolling anywhere off Tesk")
    assert [k for k, *_ in found([claim, other, denial])] == ["polarity_conflict"]


@pytest.mark.parametrize("place, demonym", [("Velan", "Velanese"), ("Oskan", "Oskanese"), ("Sudan", "Sudanese"),
                                            ("Lebanon", "Lebanese"), ("Jordan", "Jordanian"), ("Germany", "German")])
def test_a_name_ending_in_an_and_its_demonym_share_a_root(place, demonym):
    assert entity_root(place) == entity_root(demonym)


def test_a_negated_fact_about_a_place_meets_a_claim_naming_its_people():
    # "the Velanese army is shelling X" against "the army is not shelling Velan"
    claim = st("d1", "Relief workers", "asserts", "the Velanese army is shelling Marsh villages")
    denial = st("d1", "Colonel Ander Holm", "asserts", "the army is not shelling Velan")
    assert [k for k, *_ in found([claim, denial])] == ["polarity_conflict"]


def test_a_noun_and_its_en_verb_are_one_term():
    # "the council threatened the paper" against "no threat was ever made"
    claim = st("d1", "Editors of the Tesk Courier", "asserts", "the Tesk council threatened the newspaper")
    denial = st("d1", "Council spokeswoman Ida Varn", "asserts", "no threat was made")
    assert [k for k, *_ in found([claim, denial])] == ["polarity_conflict"]


@pytest.mark.parametrize("text", ["it believes the accusations to be wholly without merit",
                                  "the allegations have no basis", "there is no truth in the reports"])
def test_a_claim_said_to_lack_merit_is_dismissed(text):
    assert dismisses_claim(features(text))


def test_a_dismissal_without_merit_denies_the_accusation_before_it():
    claim = st("d1", "Tesk prosecutors", "asserts", "the clerk had copied the tender files", pos=10)
    dismissal = st("d1", "Varn Shipping", "asserts", "it considers the allegations without merit", pos=60)
    assert [(k, a) for k, a, _ in found([claim, dismissal])] == [("opposite_stances", claim.content)]


def _accusation(doc, accuser, accused, content, pos, cue="accused"):
    """'<accuser> <cue> <accused> of <content>.' as extraction gives it: the accused is in the
    sentence, not in the content."""
    sentence = f"{accuser} {cue} {accused} of {content}."
    start = pos - sentence.index(content)
    return st(doc, accuser, "asserts", content, pos=pos, cue=cue, sentence=sentence, sentence_start=start)


def test_a_denial_answers_the_claim_that_accuses_the_denier():
    # "Ostra accused Delmar of S" names Delmar though S does not: "Delmar denied this" answers it,
    # not the claims about other things said just before the denial
    accusation = _accusation("d1", "Ostra prosecutors", "Delmar Shipping", "smuggling fuel through Tesk port", 10)
    weather = st("d1", "Harbour pilots", "asserts", "a storm closed the Tesk port on Monday", pos=50)
    ferry = st("d1", "Ferry operators", "asserts", "the night ferry was cancelled", pos=60)
    denial = st("d1", "Delmar Shipping", "denies", "this", pos=90)
    answered = [a for k, a, _ in found([accusation, weather, ferry, denial]) if k == "opposite_stances"]
    assert answered == [accusation.content]


def test_a_denial_of_the_accusations_answers_an_accusation_not_the_nearest_claim():
    accusation = _accusation("d1", "Ostra prosecutors", "Delmar Shipping", "smuggling fuel through Tesk port", 10)
    weather = st("d1", "Harbour pilots", "asserts", "a storm kept Delmar Shipping's tankers in port", pos=50)
    denial = st("d1", "Delmar Shipping", "denies", "the accusations", pos=90)
    answered = [a for k, a, _ in found([accusation, weather, denial]) if k == "opposite_stances"]
    assert answered == [accusation.content]


def test_a_denial_naming_an_author_who_says_nothing_answers_a_claim_of_its_article():
    # "denied the accusations from President Lind's government": Lind is no source here
    accusation = _accusation("d1", "Ostra", "Delmar Shipping", "smuggling fuel through Tesk port", 10, cue="accuses")
    denial = st("d1", "Delmar Shipping", "denies", "the accusations from President Arvo Lind's government", pos=90)
    assert [(k, a) for k, a, _ in found([accusation, denial])] == [("opposite_stances", accusation.content)]


def test_a_denial_naming_an_author_whose_claims_charge_no_one_answers_its_article_s_accusation():
    # "Ostra accuses Delmar of S ... Delmar denied the accusations from President Lind's government",
    # and Lind speaks of something else: the accusation denied is the one that charges Delmar,
    # made in the country's name
    accusation = _accusation("d1", "Ostra", "Delmar Shipping", "smuggling fuel through Tesk port", 10, cue="accuses")
    denial = st("d1", "Delmar Shipping", "denies", "the accusations from President Arvo Lind's government", pos=90)
    elsewhere = st("d1", "Arvo Lind", "asserts", "the arrest of a Tesk port clerk was lawful", pos=50)
    answered = [a for k, a, b in found([accusation, denial, elsewhere]) if k == "opposite_stances"]
    assert accusation.content in answered


def test_an_accusation_of_someone_else_is_not_what_a_named_party_denies():
    # "Ostra accused him of spying" (him: a clerk), then "Delmar Shipping denied the accusations"
    other = _accusation("d1", "Ostra", "him", "spying for a rival firm", 10)
    denial = st("d1", "Delmar Shipping", "denies", "the accusations", pos=90)
    assert found([other, denial]) == []


# -- figures: a tally noun before them ("the toll rose to 45"), "two dozen", "fled" ---------------

@pytest.mark.parametrize("text, key, value", [("the death toll in Osk rose to 45", "@death", 45),
                                              ("a toll of 69", "@death", 69),
                                              ("the toll from the Tesk ambush at 30", "@death", 30),
                                              ("the number of injured reached 40", "@injury", 40),
                                              ("two dozen guards were killed", "@death", 24),
                                              ("about 1,500 villagers fled", "@displaced", 1500)])
def test_a_figure_counts_its_event(text, key, value):
    assert [(c.key, c.low) for c in features(text).counts][:1] == [(key, pytest.approx(value, rel=0.25))]


def test_a_tally_of_something_else_is_no_count():
    assert features("the tally of votes reached 200").counts == []


def test_tolls_put_at_different_figures_conflict():
    # "the rebels put the toll from the ambush at 30", "an army officer said 12 guards were killed"
    a = st("d1", "Ferren rebels", "asserts", "the toll from the Tesk ambush at 30")
    b = st("d1", "Colonel Ivo Sand", "asserts", "12 guards were killed in the Tesk ambush")
    assert [k for k, *_ in found([a, b])] == ["number_conflict"]


def test_a_dismissed_figure_is_not_the_dismisser_s_own():
    # "the toll of 40 is inflated": the speaker says 40 is too high, not that 40 died
    a = st("d1", "Ferren rebels", "asserts", "40 guards were killed in the Tesk ambush")
    b = st("d1", "Colonel Ivo Sand", "asserts", "the toll of 12 given by the Tesk clinic is inflated")
    assert "number_conflict" not in [k for k, *_ in found([a, b])]


def test_a_denial_by_the_accused_answers_the_accusation_though_the_words_differ():
    # "Ostra accused Delmar of smuggling fuel through Tesk port during the winter storms" and
    # "Delmar denied it was smuggling fuel": the accused is named in the claim's sentence
    accusation = _accusation("d1", "Ostra prosecutors", "Delmar Shipping",
                             "smuggling diesel fuel through the Tesk port during the winter storms", 10)
    denial = st("d1", "Delmar Shipping", "denies", "it was smuggling fuel", pos=90)
    assert [k for k, *_ in found([accusation, denial])] == ["opposite_stances"]


def test_a_speaker_who_does_not_believe_the_claim_it_reports_denies_it():
    # "Ida Varn says the mayor claims the bridge is safe, but she does not believe that": the
    # carrier is dropped as a carrier, and its tail says Varn denies what the mayor claims
    sentence = "Ida Varn says the mayor claims the bridge is safe, but she does not believe that."
    carried = st("d1", "mayor", "asserts", "the bridge is safe", cue="claims", pos=37, sentence=sentence,
                 sentence_start=0)
    carrier = st("d1", "Ida Varn", "asserts", "the mayor claims the bridge is safe, but she does not believe that",
                 cue="says", pos=14, sentence=sentence, sentence_start=0)
    assert [(c.kind, c.a.source, c.b.source) for c in find_contradictions(corpus([carried, carrier]))] == [
        ("opposite_stances", "mayor", "Ida Varn")]


def test_a_carrier_that_believes_what_it_reports_contradicts_nothing():
    sentence = "Ida Varn says the mayor claims the bridge is safe, and she believes that."
    carried = st("d1", "mayor", "asserts", "the bridge is safe", cue="claims", pos=37, sentence=sentence,
                 sentence_start=0)
    carrier = st("d1", "Ida Varn", "asserts", "the mayor claims the bridge is safe, and she believes that",
                 cue="says", pos=14, sentence=sentence, sentence_start=0)
    assert find_contradictions(corpus([carried, carrier])) == []
