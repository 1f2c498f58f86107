"""The shape of kg's imports, read from the source (the AST of every module, so an import inside
a function counts as much as one at the top): no cycles, even through lazy imports; the library
never imports the tests; the store never imports the server; and the error catalogue is the one
place messages come from."""
from __future__ import annotations

import ast
import re
from pathlib import Path

import networkx as nx

import kg

PACKAGE = Path(kg.__file__).resolve().parent


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py")) if "__pycache__" not in p.parts}


def _imports(name: str, path: Path, known: set[str]) -> set[str]:
    """Every module `name` imports, wherever the import statement is (top level or in a function)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                origin = ".".join(base + ([node.module] if node.module else []))
            else:
                origin = node.module or ""
            found.add(origin)
            # `from kg.serve import sparql_text` imports the module kg.serve.sparql_text
            found.update(f"{origin}.{alias.name}" for alias in node.names if f"{origin}.{alias.name}" in known)
    return found


def import_graph() -> nx.DiGraph:
    """kg's modules and the imports between them (an edge a -> b: a imports b)."""
    modules = _modules()
    graph = nx.DiGraph()
    graph.add_nodes_from(modules)
    for name, path in modules.items():
        for target in _imports(name, path, set(modules)):
            if target in modules and target != name:
                graph.add_edge(name, target)
            elif target == "tests" or target.startswith("tests."):
                graph.add_edge(name, target)
    return graph


def _without_packages(graph: nx.DiGraph) -> nx.DiGraph:
    """The graph with the edges that only say "a module imports its own package's __init__"
    (every submodule runs its package's __init__; that is no cycle of ours)."""
    out = graph.copy()
    for a, b in graph.edges:
        if a.startswith(b + "."):
            out.remove_edge(a, b)
    return out


def test_the_import_graph_sees_lazy_imports():
    graph = import_graph()
    assert graph.has_edge("kg.cli", "kg.ingest")  # imported inside the ingest command only
    assert graph.has_edge("kg.ingest", "kg.ingest_parallel")  # imported only when jobs > 1
    assert graph.number_of_edges() > 100


def test_kg_has_no_import_cycles_even_through_lazy_imports():
    cycles = list(nx.simple_cycles(_without_packages(import_graph())))
    assert not cycles, "import cycles: " + "; ".join(" -> ".join(c + [c[0]]) for c in cycles[:10])


def test_the_cycle_check_can_fail():
    graph = nx.DiGraph([("kg.a", "kg.b"), ("kg.b", "kg.c"), ("kg.c", "kg.a"), ("kg.x.y", "kg.x")])
    assert list(nx.simple_cycles(_without_packages(graph))) != []
    assert list(nx.simple_cycles(_without_packages(nx.DiGraph([("kg.x.y", "kg.x")])))) == []


def test_the_library_never_imports_the_tests():
    graph = import_graph()
    stray = [(a, b) for a, b in graph.edges if b == "tests" or b.startswith("tests.")]
    assert not stray, f"kg imports the tests: {stray}"


def test_the_store_and_the_layers_below_it_never_import_the_server_or_the_cli():
    graph = import_graph()
    for low in ("kg.store", "kg.sparql_store", "kg.sparql_text", "kg.namespaces", "kg.errors", "kg.model"):
        reached = nx.descendants(graph, low)
        assert not {m for m in reached if m.startswith(("kg.serve", "kg.cli"))}, low


def test_every_catalogue_message_is_used_and_serve_sends_only_catalogue_messages():
    from kg.errors import Errors

    source = "\n".join(p.read_text(encoding="utf-8") for name, p in _modules().items() if name != "kg.errors")
    unused = [code for code in vars(Errors) if re.fullmatch(r"E\d{3}", code) and f"E{code[1:]}" not in source]
    assert not unused, f"catalogue entries no module uses: {unused}"
    literal = []
    for path in (PACKAGE / "serve").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", None))
                    in ("HTTPError", "_error") and len(node.args) >= 2
                    and isinstance(node.args[1], (ast.Constant, ast.JoinedStr))):
                literal.append(f"{path.name}:{node.lineno}")
    assert not literal, f"HTTP messages written in place instead of kg/errors.py: {literal}"
