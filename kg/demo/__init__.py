"""The built-in demo corpus: four made-up stories told by three made-up outlets.

Seven short articles - contaminated tap water and a disputed case count (three outlets), a
mill fire with a union's claims and the company's denial, a bribery trial with records as
sources, a disputed council election - as .txt files with ``.meta.json`` sidecars, a .jsonl
feed and an HTML page wrapped in site chrome. ``ANNOTATION.md`` lists the attributions and contradictions a
careful annotator expects; it is documentation, not corpus, and is not copied.
"""
from __future__ import annotations

import shutil
from pathlib import Path

__all__ = ["demo_dir", "corpus_files", "write_demo_corpus"]

_CORPUS_SUFFIXES = (".txt", ".meta.json", ".jsonl", ".html")


def demo_dir() -> Path:
    """The folder holding the demo corpus inside the installed package."""
    return Path(__file__).resolve().parent


def corpus_files() -> list[Path]:
    """The corpus files (articles and their sidecars), sorted by name."""
    return sorted(p for p in demo_dir().iterdir()
                  if p.is_file() and p.name.endswith(_CORPUS_SUFFIXES))


def write_demo_corpus(target: Path) -> list[Path]:
    """Copy the demo corpus files into ``target`` (created if needed); return the written paths.

    Existing files of the same names are overwritten; nothing else in ``target`` is touched.
    """
    target = Path(target)
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for source in corpus_files():
        destination = target / source.name
        shutil.copyfile(source, destination)
        written.append(destination)
    return written
