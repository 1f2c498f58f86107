"""A toll against the figure that counts alike (session 8): where a party gives two figures, the one
that says whom it counts in the other party's terms is the contradiction kept (one toll per pair of
parties). Our own wording; extraction and analysis run for real on files in tmp_path."""
from __future__ import annotations

import pytest

from kg.analysis.report import path_contradictions

pytestmark = pytest.mark.slow

ARTICLE = (
    "Protest Deaths Disputed\n\n"
    "Opposition leaders in southern Veltria said security forces have killed more than 40 people in "
    "recent weeks, amid protests against a land plan.\n\n"
    "The government put the death toll from the protests at five, not including four police officers "
    "it said were killed Tuesday.\n")


def test_toll_against_toll_not_against_police_deaths(tmp_path):
    (tmp_path / "protests.txt").write_text(ARTICLE, encoding="utf-8")
    found, failed = path_contradictions([tmp_path])
    assert failed == []
    numbers = [c for c in found if c.kind == "number_conflict"]
    assert [(c.a.content.split()[0], c.b.content) for c in numbers] == [
        ("security", "the death toll from the protests at five")]
