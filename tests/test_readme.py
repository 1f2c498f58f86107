"""Every `$ kg ...` example in README.md is run on the demo corpus and its shown output compared,
and the README's Python example is run too, so the README cannot drift from what kg does.

Rules for the README's examples (so a reader can trust them):
- a fenced block's lines starting with `$ kg ` are commands, run in order in one folder that
  holds a copy of the demo corpus at `kg/demo` (and at `articles/`) and the store `./kg-data`;
- the lines after a command, up to the next `$ `, are its output, compared line by line
  (trailing spaces ignored); a line that is only `…` stands for any number of lines;
- commands whose first argument is outside the project (`../shared`) need the acceptance corpus
  and are checked only where it is; `python` lines (the scorer) likewise;
- the terminal is 120 columns wide (COLUMNS=120), as it is when kg's output is not a terminal.
If a change alters what the demo gives (counts, rows), this test is what says so: update the README.
"""
from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
ELLIPSIS = "\u2026"

pytestmark = pytest.mark.slow


def readme_examples() -> list[tuple[str, list[str]]]:
    """(command, expected output lines) for every `$ ` line of the README's fenced blocks, in order."""
    examples: list[tuple[str, list[str]]] = []
    for block in re.findall(r"^```[^\n]*\n(.*?)^```", README.read_text(encoding="utf-8"), re.S | re.M):
        current = None
        for line in block.splitlines():
            if line.startswith("$ "):
                current = (line[2:].strip(), [])
                examples.append(current)
            elif current is not None:
                current[1].append(line.rstrip())
    for _, output in examples:
        while output and not output[-1]:
            output.pop()
    return examples


def python_examples() -> list[str]:
    """The README's ```python blocks."""
    return re.findall(r"^```python\n(.*?)^```", README.read_text(encoding="utf-8"), re.S | re.M)


def matches(expected: list[str], actual: list[str]) -> bool:
    """Line-by-line equality, where an expected line `…` alone matches any run of actual lines."""
    if not expected:
        return not actual
    if expected[0] == ELLIPSIS:
        return any(matches(expected[1:], actual[i:]) for i in range(len(actual) + 1))
    return bool(actual) and actual[0] == expected[0] and matches(expected[1:], actual[1:])


@pytest.fixture(scope="module")
def workdir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("readme")
    shutil.copytree(ROOT / "kg" / "demo", folder / "kg" / "demo")
    shutil.copytree(ROOT / "kg" / "demo", folder / "articles")
    return folder


def test_the_readme_has_examples_with_output():
    examples = readme_examples()
    assert examples[0][0] == "kg ingest kg/demo"
    assert sum(1 for _, output in examples if output) >= 6


def test_every_readme_command_gives_the_output_shown(workdir, monkeypatch):
    monkeypatch.chdir(workdir)
    monkeypatch.setenv("COLUMNS", "120")
    monkeypatch.delenv("KG_STORE", raising=False)
    runner = CliRunner()
    checked = 0
    for command, expected in readme_examples():
        argv = shlex.split(command, comments=True)
        if argv[0] == "python" or any(a.startswith("../") for a in argv):
            continue  # the acceptance-corpus example: tests/test_seeds.py checks those figures
        if "|" in argv or ">" in argv:
            pytest.fail(f"README example {command!r}: shell pipes and redirections are not checked; drop them")
        assert argv[0] == "kg", command
        result = runner.invoke(cli, argv[1:], env={"COLUMNS": "120"})
        assert result.exit_code == 0, f"$ {command}\n{result.output}"
        actual = [line.rstrip() for line in result.stdout.rstrip("\n").splitlines()]
        if expected:
            assert matches(expected, actual), (
                f"README.md shows different output for `{command}`.\n--- README\n" + "\n".join(expected)
                + "\n--- kg\n" + "\n".join(actual))
            checked += 1
    assert checked >= 6


@pytest.mark.parametrize("code", python_examples(), ids=lambda c: c.splitlines()[0][:40])
def test_the_readme_python_examples_run(workdir, code, tmp_path):
    """Each Python block runs as is in a fresh folder holding the demo corpus (nothing ingested yet)."""
    fresh = tmp_path / "fresh"
    shutil.copytree(workdir / "kg" / "demo", fresh / "kg" / "demo")
    shutil.copytree(workdir / "kg" / "demo", fresh / "articles")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("KG_STORE", None)
    run = subprocess.run([sys.executable, "-c", code], cwd=fresh, capture_output=True, text=True, env=env,
                         timeout=600)
    assert run.returncode == 0, run.stderr[-3000:]
    assert "Traceback" not in run.stderr


def test_the_comparison_tells_a_changed_count():
    shown = ["Stored 7 article(s): 83 attributions, 4673 triples; 0 unchanged; 0 failed."]
    assert matches(shown, list(shown))
    assert not matches(shown, ["Stored 7 article(s): 84 attributions, 4690 triples; 0 unchanged; 0 failed."])
    assert matches(["a", ELLIPSIS, "z"], ["a", "b", "c", "z"]) and not matches(["a", ELLIPSIS, "z"], ["a", "b"])
