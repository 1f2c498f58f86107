"""Who did it: a party that says it had no part in an act ("its forces were not behind the
mortar attack", "the coast guard denied any involvement in the disappearance of the skipper")
against another party's claim giving it that act ("troops loyal to Ivo Marek shelled the depot",
"the skipper was abducted by the coast guard"). Names, places and events are invented."""
from __future__ import annotations

from kg.analysis import find_contradictions

from .analysis_helpers import corpus
from .analysis_helpers import statement as st


def _pairs(statements):
    return {(c.a.content, c.b.content) for c in find_contradictions(corpus(statements))}


def test_a_doer_named_before_the_act_against_its_disclaimer():
    charge = st("t1", "Mayor Ines Calder", "asserts",
                "troops loyal to governor Ivo Marek shelled the Velsk fuel depot on Sunday", pos=10)
    disclaimer = st("t1", "Ivo Marek's office", "asserts",
                    "its troops were not behind the shelling of the Velsk fuel depot", pos=300,
                    source_text="Ivo Marek's office")
    assert (charge.content, disclaimer.content) in _pairs([charge, disclaimer])


def test_a_responsible_party_against_its_denial_of_any_involvement():
    # the army is not named by a proper name in the charge: what kind of body it is names it
    denial = st("t3", "Orlan National Army", "denies",
                "any involvement in the disappearance of reporter-turned-campaigner Tomas Brenner",
                pos=300, source_text="The Orlan National Army")
    charge = st("t3", "Ada Brenner", "asserts", "military intelligence was responsible for the missing campaigner",
                pos=10)
    assert (charge.content, denial.content) in _pairs([charge, denial])


def test_a_doer_after_by_in_a_passive():
    charge = st("t4", "Ada Brenner", "asserts", "my brother was abducted by army agents outside his home", pos=10)
    denial = st("t4", "Orlan National Army", "denies", "any involvement in the abduction of the activist",
                pos=300, source_text="The Orlan National Army")
    assert (charge.content, denial.content) in _pairs([charge, denial])


def test_an_act_given_to_someone_else_is_no_conflict():
    charge = st("t5", "Mayor Ines Calder", "asserts",
                "rebels of the Dunmere Front shelled the Velsk fuel depot on Sunday", pos=10)
    disclaimer = st("t5", "Ivo Marek's office", "asserts",
                    "its troops were not behind the shelling of the Velsk fuel depot", pos=300,
                    source_text="Ivo Marek's office")
    assert (charge.content, disclaimer.content) not in _pairs([charge, disclaimer])


def test_a_party_named_in_another_clause_is_not_the_doer():
    # "Marek" opens the claim, but the killing is told in a passive with no doer
    charge = st("t6", "Mayor Ines Calder", "asserts",
                "troops of Ivo Marek entered Velsk, where nine villagers were killed", pos=10)
    disclaimer = st("t6", "Ivo Marek's office", "asserts", "its troops were not responsible for the killings in Velsk",
                    pos=300, source_text="Ivo Marek's office")
    assert (charge.content, disclaimer.content) not in _pairs([charge, disclaimer])


def test_an_act_told_as_a_noun_gives_it_to_no_one():
    charge = st("t7", "Mayor Ines Calder", "asserts",
                "officials of Ivo Marek met those who carried out the attack on the Velsk depot", pos=10)
    disclaimer = st("t7", "Ivo Marek's office", "asserts", "its troops were not behind the attack on the Velsk depot",
                    pos=300, source_text="Ivo Marek's office")
    assert (charge.content, disclaimer.content) not in _pairs([charge, disclaimer])


def _blame(doc, source, content, pos):
    return st(doc, source, "asserts", content, cue="blamed", pos=pos)


def test_two_parties_blamed_for_one_killing_conflict():
    # "blamed X for Y" against "blamed Y on Z": the same killing, two doers sharing no word
    one = _blame("b1", "Osk council", "government troops and police units for killing nine farmers in Velsk", 10)
    other = _blame("b1", "state radio", "the killings on bandits who raided Velsk at night", 200)
    assert (one.content, other.content) in _pairs([one, other])


def test_a_name_and_a_description_may_be_one_party():
    # "Ivo Marek" may well lead "the government troops": no conflict between the two blames
    one = _blame("b2", "Osk council", "government troops for killing nine farmers in Velsk", 10)
    other = _blame("b2", "Velsk Farmers' Union", "Ivo Marek for the killings in Velsk", 200)
    marek = st("b2", "Ivo Marek", "asserts", "the harvest will be good", pos=400)  # (so his name is known)
    assert not _pairs([one, other, marek])


def test_the_same_party_blamed_twice_is_agreement():
    one = _blame("b3", "Osk council", "government troops for killing nine farmers in Velsk", 10)
    other = _blame("b3", "Velsk Farmers' Union", "the killings on government troops", 200)
    assert not _pairs([one, other])



def test_a_party_said_responsible_at_the_end_of_the_claim_for_the_act_named_before():
    # "... into the Velsk killings found that bandits, not the troops, were responsible": nothing
    # follows the predicate, the act it is said of is the one named earlier in the claim
    one = _blame("b4", "Osk council", "the government for the massacre", 10)
    inquiry = st("b4", "interior ministry", "asserts", "its inquiry into the Velsk killings found that "
                 "bandits, not government troops, were responsible", cue="said", pos=200)
    assert (one.content, inquiry.content) in _pairs([one, inquiry])


def test_a_party_said_responsible_for_no_act_of_the_kind_blamed_is_no_conflict():
    # the inquiry is into a fire: no killing is given to the bandits
    one = _blame("b5", "Osk council", "the Velsk militia for the massacre", 10)
    inquiry = st("b5", "interior ministry", "asserts", "its inquiry into the harbour fire found that "
                 "bandits, not the dockers, were responsible", cue="said", pos=200)
    assert not _pairs([one, inquiry])


def test_a_denial_that_its_own_side_did_the_act_against_the_charge():
    # "denied its soldiers had ...": the act is told with the denier's placeholder as its doer
    charge = st("t20", "Villagers", "asserts", "army troops killed eleven herders near Osk on Friday", pos=10)
    denial = st("t20", "Orlan National Army", "denies", "its soldiers had massacred civilians", pos=300,
                source_text="The Orlan National Army")
    assert (charge.content, denial.content) in _pairs([charge, denial])
