"""The plugin registry (kg/plugins.py): kg's own stores, resolver and exporters are registered by
name like any other, and a third-party package installed with entry points in ``kg.stores``,
``kg.resolvers`` and ``kg.exporters`` is reached by `open_store("NAME:...")`, ``kg ingest
--resolver NAME`` and ``kg export --format NAME``.

The third-party package is written here into a folder put on sys.path: a module and a
``.dist-info`` with ``entry_points.txt``, which is what pip installs, so importlib.metadata
finds it the way it finds any installed distribution."""
from __future__ import annotations

import json
import textwrap

import pytest

from kg import plugins
from kg.cli import cli
from kg.errors import UnknownPlugin
from kg.store import OxigraphStore, open_store

PLUGIN = '''
"""A made-up third-party kg plugin: a store, a speaker resolver and an exporter."""
import os

from kg.extraction.speakers import RuleResolver
from kg.store import OxigraphStore


class ShelfStore(OxigraphStore):
    """Embedded stores kept side by side on one shelf folder ($KG_SHELF), opened by name."""

    def __init__(self, location, read_only=False):
        super().__init__(os.path.join(os.environ["KG_SHELF"], location or "default"), read_only=read_only)


class NoPronouns(RuleResolver):
    """The rules, except that a pronoun ('she said') is never resolved to anyone."""

    def resolve(self, mention, context):
        return None if mention.form == "pronoun" else super().resolve(mention, context)


def statement_count(store):
    """How many attributed statements the store holds, as one line of text."""
    rows = store.query("SELECT (COUNT(?s) AS ?n) WHERE { ?s a <https://w3id.org/kg-claims/ns#AttributedStatement> }")
    return f"{rows.dicts()[0]['n']} statements\\n".encode()
'''
ENTRY_POINTS = """
[kg.stores]
shelf = kg_shelf_plugin:ShelfStore

[kg.resolvers]
no-pronouns = kg_shelf_plugin:NoPronouns

[kg.exporters]
statement-count = kg_shelf_plugin:statement_count
"""
ARTICLE = """Pier vote in Tarrow

The Tarrow council voted on Tuesday to close the old ferry pier. Councillor Ines Marrow said the pier was unsafe.

She said repairs would cost more than a new pier.
"""


@pytest.fixture
def installed(tmp_path, monkeypatch):
    """The plugin package 'installed' on sys.path for one test, with its entry points read afresh."""
    site = tmp_path / "site"
    (site / "kg_shelf_plugin").mkdir(parents=True)
    (site / "kg_shelf_plugin" / "__init__.py").write_text(textwrap.dedent(PLUGIN), encoding="utf-8")
    info = site / "kg_shelf_plugin-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: kg-shelf-plugin\nVersion: 0.1\n", encoding="utf-8")
    (info / "entry_points.txt").write_text(ENTRY_POINTS, encoding="utf-8")
    monkeypatch.syspath_prepend(str(site))
    monkeypatch.setenv("KG_SHELF", str(tmp_path / "shelf"))
    plugins.refresh()
    yield site
    plugins.refresh()


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "articles" / "pier-vote.txt"
    path.parent.mkdir()
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_the_builtins_are_registered_by_name():
    assert plugins.names("store")[:2] == ["oxigraph", "sparql"]
    assert plugins.load("store", "oxigraph") is OxigraphStore
    assert plugins.names("resolver")[0] == "rules"
    assert set(plugins.names("exporter")) >= {"trig", "nquads", "turtle", "ntriples", "jsonld", "graphml", "gexf",
                                              "csv"}
    assert all(isinstance(target, str) and ":" in target for kind in plugins.BUILTIN.values()
               for target in kind.values())  # lazy dotted paths, nothing imported to register


def test_an_unknown_plugin_is_one_clear_error_naming_the_known_ones():
    with pytest.raises(UnknownPlugin) as exc:
        plugins.load("exporter", "pdf")
    assert str(exc.value).startswith("[E040]") and "'pdf'" in str(exc.value) and "graphml" in str(exc.value)


def test_open_store_reaches_a_store_registered_at_run_time(tmp_path):
    class Kept(OxigraphStore):
        """An embedded store under tmp_path, named by the part after 'kept:'."""

        def __init__(self, location, read_only=False):
            super().__init__(tmp_path / (location or "x"), read_only=read_only)

    plugins.register("store", "kept", Kept)
    try:
        with open_store("kept:one") as store:
            assert isinstance(store, Kept) and store.location.endswith("one")
        with open_store("oxigraph:" + str(tmp_path / "plain")) as store:  # the built-in by name too
            assert type(store) is OxigraphStore
    finally:
        plugins.unregister("store", "kept")
    assert "kept" not in plugins.names("store")


def test_an_installed_plugin_is_found_through_its_entry_points(installed):
    assert "shelf" in plugins.names("store") and "no-pronouns" in plugins.names("resolver")
    assert "statement-count" in plugins.names("exporter")
    with open_store("shelf:first") as store:
        assert type(store).__name__ == "ShelfStore"
        assert store.location.endswith("first")


@pytest.mark.slow
def test_an_installed_plugin_stores_resolves_and_exports_through_the_cli(installed, article, runner, nlp, tmp_path):
    result = runner.invoke(cli, ["ingest", str(article), "--store", "shelf:news"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "shelf" / "news").is_dir()  # the plugin's store, on its shelf

    exported = runner.invoke(cli, ["export", "--format", "statement-count", "--store", "shelf:news"])
    assert exported.exit_code == 0, exported.output
    with open_store("shelf:news", read_only=True) as store:
        stored = len(store.query("SELECT ?s WHERE { ?s a <https://w3id.org/kg-claims/ns#AttributedStatement> }").rows)
    assert stored == 2 and exported.output == f"{stored} statements\n"

    def contents(*options):
        out = runner.invoke(cli, ["extract", str(article), "--format", "json", *options])
        assert out.exit_code == 0, out.output
        return [record["content"] for record in json.loads(out.output)]

    assert "repairs would cost more than a new pier" in contents()  # 'She said': the rules resolve 'she'
    assert contents("--resolver", "no-pronouns") == ["the pier was unsafe"]


def test_an_unknown_resolver_or_exporter_name_is_refused_with_the_names_there_are(runner, tmp_path):
    result = runner.invoke(cli, ["export", "--format", "pdf", "--store", str(tmp_path / "s")])
    assert result.exit_code == 2 and "'pdf' is not one of" in result.output and "'graphml'" in result.output
    result = runner.invoke(cli, ["extract", str(tmp_path), "--resolver", "coref"])
    assert result.exit_code == 2 and "'rules'" in result.output
