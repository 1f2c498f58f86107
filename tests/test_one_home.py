"""One home for each concept: the stances (kg.model.Stance), the namespace prefixes
(kg.namespaces.NAMESPACES) and the titles before a name (kg.agent_names.NAME_TITLES). Every
other module derives from those, and no module of the package spells the list out again: the
source of every module is parsed and searched for literal copies."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

import kg
from kg.agent_names import NAME_TITLES
from kg.model import Certainty, Stance
from kg.namespaces import NAMESPACES, concept_name, sparql_prefixes

PACKAGE = Path(kg.__file__).resolve().parent
STANCE_CODES = {stance.value for stance in Stance}
STANCE_NAMES = {concept_name(code) for code in STANCE_CODES}
# the courtesy titles no other list has a reason to repeat ("Mr", "Dr"): a literal holding most
# of them is a second copy of NAME_TITLES
COURTESY = {"mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame"}


def _modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def _docstrings(tree: ast.AST) -> set[int]:
    """ids of the string nodes that are docstrings (module, class, function)."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def _literal_collections(tree: ast.AST):
    """(line, the strings) of every set, list, tuple and dict literal (a dict by its keys)."""
    for node in ast.walk(tree):
        if isinstance(node, (ast.Set, ast.List, ast.Tuple)):
            items = node.elts
        elif isinstance(node, ast.Dict):
            items = [k for k in node.keys if k is not None]
        else:
            continue
        strings = {e.value for e in items if isinstance(e, ast.Constant) and isinstance(e.value, str)}
        if strings:
            yield node.lineno, strings


def _split_word_lists(tree: ast.AST):
    """(line, the words) of every `\"\"\"a b c\"\"\".split()` word list."""
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "split"
                and not node.args and isinstance(node.func.value, ast.Constant)
                and isinstance(node.func.value.value, str)):
            yield node.lineno, set(node.func.value.value.split())


def _parsed():
    for path in _modules():
        yield path, ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _where(path: Path, line: int) -> str:
    return f"{path.relative_to(PACKAGE.parent)}:{line}"


def test_no_module_but_the_model_lists_the_stances():
    stray = []
    for path, tree in _parsed():
        if path == PACKAGE / "model.py":
            continue
        for line, strings in _literal_collections(tree):
            if STANCE_CODES <= strings or STANCE_NAMES <= strings:
                stray.append(_where(path, line))
    assert not stray, f"stance lists outside kg.model.Stance: {stray}"


def test_the_stance_lists_are_derived_from_the_model():
    from kg import cli, queries, vocab

    assert set(vocab.STANCE_IRIS) == STANCE_CODES and set(vocab.STANCE_CODES.values()) == STANCE_CODES
    assert set(vocab.CERTAINTY_IRIS) == {level.value for level in Certainty}
    assert cli.STANCES == [stance.value for stance in Stance]
    assert queries._STANCE_CODES == {concept_name(code): code for code in STANCE_CODES}
    assert all(str(vocab.STANCE_IRIS[code]) == NAMESPACES["kg"] + concept_name(code) for code in STANCE_CODES)


def test_no_module_but_kg_namespaces_spells_a_namespace_out():
    """Docstrings may show an example query; code builds its IRIs and PREFIX lines from kg.namespaces."""
    iris = set(NAMESPACES.values())
    stray = []
    for path, tree in _parsed():
        if path == PACKAGE / "namespaces.py":
            continue
        docstrings = _docstrings(tree)
        for node in ast.walk(tree):
            if (isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
                    and (any(iri in node.value for iri in iris) or "PREFIX " in node.value)):
                stray.append(_where(path, node.lineno))
    for path in PACKAGE.rglob("*"):
        if path.suffix in (".js", ".j2", ".html", ".css") and "static" not in path.parts:  # static/: vendored
            text = path.read_text(encoding="utf-8")
            stray += [str(path.relative_to(PACKAGE.parent)) for iri in iris if iri in text][:1]
    assert not stray, f"namespace IRIs or PREFIX blocks outside kg.namespaces: {stray}"


def test_the_prefixes_are_derived_from_kg_namespaces():
    from kg import vocab
    from kg.analysis import statements

    assert {prefix: str(ns) for prefix, ns in vocab.PREFIXES.items()} == NAMESPACES
    assert str(vocab.KG._NS) == NAMESPACES["kg"] and str(vocab.SCHEMA) == NAMESPACES["schema"]
    assert statements.PREFIXES == sparql_prefixes("kg", "schema", "prov", "oa")
    assert sparql_prefixes("kg").strip() == f"PREFIX kg: <{NAMESPACES['kg']}>"
    assert len(sparql_prefixes().splitlines()) == len(NAMESPACES)


def test_no_module_but_kg_agent_names_lists_the_titles_before_a_name():
    stray = []
    for path, tree in _parsed():
        if path == PACKAGE / "agent_names.py":
            continue
        for line, strings in list(_literal_collections(tree)) + list(_split_word_lists(tree)):
            if len(strings & COURTESY) >= 4:
                stray.append(_where(path, line))
    assert not stray, f"title lists outside kg.agent_names.NAME_TITLES: {stray}"


def test_the_title_lists_are_derived_from_kg_agent_names():
    from kg.analysis import agents
    from kg.analysis.text import stem
    from kg.explore import view
    from kg.extraction import lexicon

    assert COURTESY <= NAME_TITLES
    assert NAME_TITLES <= lexicon.PERSON_TITLES
    assert view.HONORIFICS is NAME_TITLES
    assert {stem(w) for w in NAME_TITLES - {"miss", "dame", "rev"}} <= agents.TITLES


@pytest.mark.parametrize("nouns", ["CLAIM_NOUNS", "BACK_REFERENCE_NOUNS", "REPORT_NOUNS"])
def test_the_noun_lists_share_one_core_of_said_things(nouns):
    from kg.analysis import lexicon as analysis_lexicon
    from kg.extraction import lexicon
    from kg.words import SAID_NOUNS

    assert lexicon.SAID_NOUNS is SAID_NOUNS and SAID_NOUNS <= analysis_lexicon.GENERIC_CONTENT
    assert lexicon.SAID_NOUNS <= getattr(lexicon, nouns)
    assert lexicon.RECORD_NOUNS <= lexicon.INFORMATION_NOUNS and lexicon.RECORD_NOUNS <= lexicon.REPORT_NOUNS


def test_the_scan_finds_a_stray_copy(tmp_path):
    """The searches above can fail: a module with its own stance, prefix and title lists is caught."""
    source = ('STANCES = ["asserts", "denies", "confirms", "does_not_confirm", "cannot_verify"]\n'
              'Q = "PREFIX kg: <https://w3id.org/kg-claims/ns#>"\n'
              'TITLES = set("""mr mrs ms dr sir""".split())\n')
    tree = ast.parse(source)
    assert any(STANCE_CODES <= s for _, s in _literal_collections(tree))
    assert any(isinstance(n, ast.Constant) and "PREFIX " in str(n.value) for n in ast.walk(tree))
    assert any(len(s & COURTESY) >= 4 for _, s in _split_word_lists(tree))
