"""A dismissal of a toll ("the real toll is several times higher") answers each figure a party gave
for it, not only the first: two figures of two days are two claims (names and events invented)."""
from __future__ import annotations

from kg.analysis import find_contradictions

from .analysis_helpers import corpus
from .analysis_helpers import statement as st


def test_a_toll_dismissal_answers_each_figure_of_one_party():
    thursday = st("r1", "Velan junta", "asserts", "nine protesters were killed on Thursday", pos=10)
    wednesday = st("r1", "Velan junta", "asserts", "one monk died in Wednesday's clashes at the Osk gate", pos=60)
    dismissal = st("r1", "Marta Lind", "asserts", "the real death toll is several times higher", pos=200)
    found = {c.a.content for c in find_contradictions(corpus([thursday, wednesday, dismissal]))
             if c.b.content == dismissal.content}
    assert found == {thursday.content, wednesday.content}
