"""Who speaks for which state or organisation, which names describe one unnamed person, and which
sources are hearsay (kg.analysis.independence). The names are invented or generic."""
from __future__ import annotations

import pytest

from kg.analysis.independence import anonymous_description, hearsay, same_voice, speaks_for


@pytest.mark.parametrize("name, kind, expected", [
    ("the White House", "organization", {"united states"}),        # a seat stands for its state
    ("White House spokesman", "person", {"united states"}),
    ("U.S. diplomat", "person", {"united states"}),               # an abbreviation its root does not give
    ("Velania", "place", {"vel"}),                              # a country speaking
    ("Velanian officials", "group", {"vel"}),                   # its officials, by the demonym
    ("Velania's Interior Ministry", "organization", {"vel"}),   # its ministry
    ("Ostran security official Ana Vell", "person", {"ostr"}),    # the qualifier before the role
    ("Officials in Velania", "group", set()),                     # where they work, not whose they are
    ("Witnesses", "group", set()),                                # a common noun opening a sentence
    ("Harbour Rights Watch", "organization", set()),              # no government noun: nobody's organ
])
def test_speaks_for(name, kind, expected):
    assert speaks_for(name, kind) == expected


def test_anonymous_descriptions_are_singular_roles_without_a_personal_name():
    assert anonymous_description("a ministry official") and anonymous_description("army spokesman")
    assert not anonymous_description("officials")                # a group, not one person
    assert not anonymous_description("spokesman Tomas Brenn")    # a named person


def test_hearsay_is_a_plural_said_noun_without_an_author():
    assert hearsay("reports") and hearsay("unconfirmed allegations")
    assert not hearsay("Vell Gazette reports") and not hearsay("police reports") and not hearsay("the report")


def test_a_description_is_one_voice_with_a_named_person_only_in_its_own_article():
    assert same_voice("a ministry official", "person", "Tomas Brenn", "person", same_doc=True)
    assert not same_voice("a ministry official", "person", "Tomas Brenn", "person", same_doc=False)
