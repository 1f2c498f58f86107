"""Firing guns named in other words: a denial of shootings at a place answers a report of a gun
battle there, whatever noun each uses (names invented; the article test runs extraction and
analysis for real on a file in tmp_path)."""
from __future__ import annotations

import pytest

from kg.analysis import find_contradictions
from kg.analysis.report import path_contradictions
from kg.analysis.text import CONCEPT_OF, stem

from .analysis_helpers import corpus, pairs
from .analysis_helpers import statement as st

DENIAL = "there were overnight shootings near the royal harbour in the capital, Verin"
REPORT = "two people were killed following a gun battle near the royal harbour late Friday"


def test_a_denial_of_shootings_answers_a_gun_battle_at_the_same_place():
    spokesman = st("d1", "Piet Varga", "denies", DENIAL, pos=300, cue="denied")
    residents = st("d1", "residents", "asserts", REPORT, pos=0, cue="said")
    assert {frozenset((c.a.content, c.b.content)) for c in find_contradictions(corpus([residents, spokesman]))} == {
        frozenset((DENIAL, REPORT))}


def test_a_denial_of_shootings_elsewhere_is_no_answer():
    spokesman = st("d1", "Piet Varga", "denies", "there were shootings at the border post", pos=300, cue="denied")
    residents = st("d1", "residents", "asserts", "the bakery near the old harbour reopened on Monday", pos=0, cue="said")
    assert pairs(find_contradictions(corpus([residents, spokesman]))) == set()


def test_the_words_of_gunfire_share_one_concept():
    for word in ("shootings", "gunfire", "gun", "firefight", "shootout", "gunshots"):
        assert "@gunfire" in CONCEPT_OF.get(stem(word), set()), word


ARTICLE = (
    "Calm Returns to Verin After Night of Unrest\n\n"
    "Government spokesman Piet Varga denied there were overnight shootings near the royal harbour in the "
    "capital, Verin.\n\n"
    "Residents told local radio that two people were killed following a gun battle near the royal harbour "
    "late Friday.\n\n"
    "Varga said rebels aiming to spread fear had been firing into the air at night and then spreading "
    "rumours on social media.\n\n"
    "Many Norlanders have expressed concern about rising violence since the president decided to seek "
    "another term.\n")


@pytest.mark.slow
def test_an_article_denying_shootings_disputes_its_report_of_a_gun_battle(tmp_path):
    # the two claims share only the place: the shootings and the gun battle are one concept
    (tmp_path / "verin.txt").write_text(ARTICLE, encoding="utf-8")
    found, failed = path_contradictions([tmp_path])
    assert failed == []
    assert {(c.a.source, c.b.source) for c in found} == {("Residents", "Piet Varga")}
