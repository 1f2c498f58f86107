"""A denial that names the author of what it answers ("Varonia rejected the Harbor Gazette report")
answers that author's claims, in its own article and across the articles of its story (names
invented)."""
from __future__ import annotations

from kg.analysis import find_contradictions

from .analysis_helpers import corpus
from .analysis_helpers import statement as st


def test_a_denial_naming_the_report_s_author_answers_its_claims_in_another_article():
    claim = st("d1", "Harbor Gazette", "asserts", "Varonian engineers rigged the Osk dam tender for Brask Holdings")
    other = st("d1", "Mira Lind", "asserts", "the Osk dam will be finished by spring")
    denial = st("d2", "Varonia", "denies", "the Harbor Gazette report")
    context = st("d2", "Ines Varro", "asserts", "the Osk dam tender went to Brask Holdings in March")
    found = find_contradictions(corpus([claim, other, denial, context]))
    assert [(c.a.source, c.b.source) for c in found if c.b.source == "Varonia"] == [("Harbor Gazette", "Varonia")]


def test_a_denial_naming_nobody_else_keeps_to_its_own_article():
    claim = st("d1", "Harbor Gazette", "asserts", "Varonian engineers rigged the Osk dam tender for Brask Holdings")
    denial = st("d2", "Varonia", "denies", "the report")
    context = st("d2", "Ines Varro", "asserts", "the Osk dam tender went to Brask Holdings in March")
    found = find_contradictions(corpus([claim, denial, context]))
    assert not [c for c in found if c.a.source == "Harbor Gazette" and c.b.source == "Varonia"]


def test_saying_the_allegations_are_baseless_denies_them():
    # "Tarsk said the accusations were baseless and politically motivated", after the union said S
    claim = st("d1", "Dock Workers' Union", "asserts", "Tarsk port managers had locked two fire exits", pos=10)
    dismissal = st("d1", "Tarsk port authority", "asserts", "the accusations were baseless and politically motivated",
                   pos=60)
    found = find_contradictions(corpus([claim, dismissal]))
    assert [(c.kind, c.a.source, c.b.source) for c in found] == [
        ("opposite_stances", "Dock Workers' Union", "Tarsk port authority")]


def test_what_a_dismissal_is_and_is_not():
    from kg.analysis.text import dismisses_claim, features

    assert dismisses_claim(features("that is not true"))
    assert dismisses_claim(features("the reports are lies"))
    assert not dismisses_claim(features("the ferry is not safe"))
    assert not dismisses_claim(features("the claims are false and the exits were open"))  # it says more
    assert not dismisses_claim(features("the toll is false"))  # a figure's dismissal: dismisses_figure
