"""Which extractor wrote an article's graph: a version string derived from the rules themselves.

An article's graph depends on its text (the content hash covers that) and on the extractor:
the attribution rules (every module of ``kg/extraction``), the way results become triples
(``kg/triples.py``, ``kg/model.py``, ``kg/vocab.py`` with ``kg/namespaces.py``, and the name rules of
``kg/agent_names.py``) and the spaCy model that parses the text.
:func:`extractor_version` hashes the first three's source and names the model and spaCy
versions, so any change to a rule, a word list or the triple layout, or a model upgrade, gives
a new version, and ``kg ingest`` re-extracts the articles an older extractor wrote. A hash,
rather than a constant bumped by hand, cannot be forgotten; the price is that an edit to a
comment re-extracts too, which costs one ingest and loses nothing.
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib import metadata
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1]
#: The sources whose code decides an article's triples, relative to the kg package.
SOURCES = ("extraction/*.py", "triples.py", "model.py", "vocab.py", "namespaces.py", "agent_names.py", "words.py")


def rules_digest() -> str:
    """SHA-256 over the extractor's source files (names and contents, newlines normalised)."""
    digest = hashlib.sha256()
    for pattern in SOURCES:
        for path in sorted(PACKAGE.glob(pattern)):
            digest.update(path.relative_to(PACKAGE).as_posix().encode("utf-8") + b"\0")
            digest.update(path.read_bytes().replace(b"\r\n", b"\n") + b"\0")
    return digest.hexdigest()


def _installed(name: str) -> str | None:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def model_version() -> str:
    """The spaCy model extraction loads (the first installed, in load_pipeline's order) and spaCy's version."""
    from .nlp import FALLBACK_MODELS, MODEL_NAME

    model = next((f"{name} {version}" for name in (MODEL_NAME, *FALLBACK_MODELS)
                  if (version := _installed(name))), "no spaCy model")
    return f"{model}; spacy {_installed('spacy') or 'missing'}"


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """This extractor's version, as recorded in every article graph (``kg:extractorVersion``)."""
    return f"kg-rules {rules_digest()[:16]}; {model_version()}"
