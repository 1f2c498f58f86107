"""Shared fixtures. Keep this small: each test file adds only what several files need."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def nlp():
    """The spaCy pipeline, loaded once per test session (skips when spaCy or the model is missing)."""
    pytest.importorskip("spacy")
    from kg.errors import MissingDependency
    from kg.extraction.nlp import load_pipeline

    try:
        return load_pipeline()
    except MissingDependency as exc:  # pragma: no cover - depends on the machine
        pytest.skip(str(exc))


@pytest.fixture
def runner():
    """click's CliRunner for invoking `kg` commands in-process (used by test_cli.py)."""
    from click.testing import CliRunner

    return CliRunner()


SHARED = Path(__file__).resolve().parents[2] / "shared"
SEEDS = SHARED / "corpus" / "seeds"
GOLD = SHARED / "gold" / "seeds.json"
EVAL = SHARED / "eval"


def shared_scorer(name: str = "score_attributions"):
    """One of the acceptance scorers in ../shared/eval as a module (skips when it is not there).

    The tests score with these, never with a copy of their matching rules."""
    path = EVAL / f"{name}.py"
    if not path.is_file():
        pytest.skip(f"the shared scorer is not at {path}")
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The acceptance corpus at ../shared/corpus/seeds (skips when it is not beside the project)."""
    if not SEEDS.is_dir():
        pytest.skip(f"the acceptance corpus is not at {SEEDS}")
    return SEEDS
