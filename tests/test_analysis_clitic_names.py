"""Words the light stemmer and the name test got wrong: a capitalised function word with a clitic ("It's", "That's", "We're") inside a claim is no
name: two claims of one event must not look like claims about different named things because a
quote ran on into a new sentence (invented wording)."""
from __future__ import annotations

import pytest

from kg.analysis.rules import different_entities
from kg.analysis.text import features


@pytest.mark.parametrize("word", ["It's", "That's", "We're", "They'll", "It\u2019s"])
def test_a_clitic_function_word_is_no_name(word):
    feats = features(f"the drones hit our depot near Omsa {word} plain who sent them")
    assert feats.entities == {"oms"}  # the root of "Omsa"


def test_a_claim_running_on_into_a_quote_names_nothing_the_other_lacks():
    one = features("the drones struck the fuel depot It's obvious who flew them")
    other = features("the strike near Omsa killed four guards")
    assert not different_entities(one, other)


def test_a_possessive_name_stays_a_name():
    assert "lind" in features("the attack on Lind's convoy").entities


def test_planes_are_aircraft_not_a_plan():
    # the light stemmer took "planes" to "plan", a word of taking part ("planned the raid")
    terms = features("two planes circled over the Omsa depot").terms
    assert "@involvement" not in terms and "aircraft" in terms
