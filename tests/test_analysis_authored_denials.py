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
