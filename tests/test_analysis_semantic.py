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
