"""A count of none ("no villagers were killed", "no one was hurt") is a figure: it conflicts with
another party's count of the same people (names invented)."""
from __future__ import annotations

from kg.analysis import find_contradictions
from kg.analysis.text import features

from .analysis_helpers import corpus
from .analysis_helpers import statement as st


def test_no_persons_counts_none():
    (count,) = features("no villagers have been killed in the shelling of Osk").counts
    assert (count.key, count.low, count.high) == ("@death", 0.0, 0.0)
    (count,) = features("no one was hurt in the blast").counts
    assert (count.key, count.low, count.high) == ("@injury", 0.0, 0.0)
    assert features("there were no soldiers near the bridge").counts == []


def test_a_count_of_none_conflicts_with_a_count_of_many():
    army = st("d1", "army spokesman", "asserts", "no villagers have been killed in the shelling of Osk", pos=10)
    monitors = st("d1", "monitoring group", "asserts", "40 villagers have died in the shelling of Osk", pos=300)
    found = find_contradictions(corpus([army, monitors]), kinds=["number_conflict"])
    assert [(c.a.source, c.b.source) for c in found] == [("army spokesman", "monitoring group")]
