"""The optional sentence-embedding similarity: paraphrases score closer than unrelated claims, and
without the extra the analysis says which package is missing."""
from __future__ import annotations

import importlib.util

import pytest

from kg.analysis import find_contradictions
from kg.errors import MissingDependency

from .analysis_helpers import corpus
from .analysis_helpers import statement as st

HAVE_MODEL = all(importlib.util.find_spec(m) for m in ("sentence_transformers", "all_minilm_l6_v2"))


@pytest.mark.slow
@pytest.mark.skipif(not HAVE_MODEL, reason="the semantic extra is not installed")
def test_paraphrases_are_closer_than_unrelated_claims():
    from kg.analysis.semantic import Embeddings

    e = Embeddings(["the rebels took the hill fort at dawn", "insurgents captured the fortress on the hill",
                    "bread prices rose again in the capital"])
    assert e.cosine(0, 1) > e.cosine(0, 2) + 0.2


@pytest.mark.skipif(HAVE_MODEL, reason="the semantic extra is installed")
def test_without_the_extra_the_missing_package_is_named():
    with pytest.raises(MissingDependency, match="E022.*sentence-transformers|E022.*all-minilm"):
        find_contradictions(corpus([st("d1", "Ilse Marrow", "asserts", "the ferry sank")]), semantic=True)


class _FixedCosine:
    """Stands in for the sentence embeddings: every pair at one cosine; counts what is asked."""

    def __init__(self, value: float):
        self.value, self.calls = value, 0

    def cosine(self, i: int, j: int) -> float:
        self.calls += 1
        return self.value


def _barracks(claim: str, denial: str, embeddings):
    from kg.analysis.context import prepare

    prepared = prepare(corpus([st("d1", "Ilse Marrow", "asserts", claim), st("d2", "Odo Quist", "denies", denial)]))
    prepared.embeddings = embeddings
    return find_contradictions(prepared, kinds=["opposite_stances"]), embeddings


def test_a_close_embedding_lets_an_unnamed_denial_reach_a_claim_worded_otherwise():
    claim = "rebel fighters overran the Vrenna barracks and seized its armoury after a long gun battle"
    denial = "the rebels took the Vrenna barracks"
    assert not _barracks(claim, denial, None)[0]  # too few shared words for the lexical rule
    assert not _barracks(claim, denial, _FixedCosine(0.1))[0]
    found, _ = _barracks(claim, denial, _FixedCosine(0.9))
    assert [c.kind for c in found] == ["opposite_stances"]


def test_the_embedding_is_not_asked_when_the_words_already_decide():
    found, stub = _barracks("militants breached the northern gate of the Vrenna barracks before dawn on Friday",
                            "militants breached the Vrenna barracks", _FixedCosine(0.1))
    assert found and stub.calls == 0  # a low cosine does not undo a lexical match, and costs no encoding
