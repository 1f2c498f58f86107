"""The store layout (kg/layout.py): shared nodes once, per-article graphs replaced atomically,
shared nodes removed exactly when no article mentions them, and the obvious queries a user writes
over the default graph (the union of all graphs) giving each answer once."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.layout import SHARED_GRAPH, article_graph_iri, split_article
from kg.store import open_store
from kg.triples import proposition_iri

PREFIXES = """PREFIX kg: <https://w3id.org/kg-claims/ns#>
PREFIX schema: <http://schema.org/>
PREFIX prov: <http://www.w3.org/ns/prov#>
"""
HARBOUR = ("Harbour works stall\n\nHarbour master Maria Lindqvist said that the new quay would open in June. "
           "The Dredging Board denied that the new quay would open in June.\n")
CANAL = ("Canal budget questioned\n\nMaria Lindqvist said that the canal budget had doubled. "
         "Councillor Arvid Solberg said that the lock gates were replaced last winter.\n")


def _ingest(folder: Path, store_path: Path, nlp) -> None:
    from kg.ingest import ingest

    with open_store(store_path) as store:
        report = ingest([folder], store, nlp=nlp)
    assert not report.failed


@pytest.fixture
def two_articles(tmp_path, nlp):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "harbour.txt").write_text(HARBOUR, encoding="utf-8")
    (folder / "canal.txt").write_text(CANAL, encoding="utf-8")
    _ingest(folder, tmp_path / "store", nlp)
    return folder, tmp_path / "store"


def _count(store, where: str) -> int:
    return int(store.query(PREFIXES + f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}").rows[0][0])


def _names(store) -> set[str]:
    return {str(r[0]) for r in store.query(PREFIXES + "SELECT ?n WHERE { ?a a prov:Agent ; schema:name ?n }").rows}


def test_a_shared_agent_is_stored_once_and_the_union_has_no_duplicates(two_articles):
    _, path = two_articles
    with open_store(path, read_only=True) as store:
        quads = _count(store, 'GRAPH ?g { ?a schema:name "Maria Lindqvist" }')
        in_shared = _count(store, f'GRAPH <{SHARED_GRAPH}> {{ ?a schema:name "Maria Lindqvist" }}')
        assert quads == 1 and in_shared == 1
        # the union (the default graph of a query) holds each triple once: no DISTINCT needed
        assert _count(store, "?s ?p ?o") == int(store.query(
            "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }").rows[0][0])
        # both articles record that they use the shared agent
        mentions = store.query(PREFIXES + """SELECT ?id WHERE { ?doc schema:identifier ?id ;
            schema:mentions ?a . ?a schema:name "Maria Lindqvist" }""").rows
        assert sorted(str(r[0]) for r in mentions) == ["canal", "harbour"]


def test_the_obvious_user_query_over_the_default_graph_gives_each_answer_once(two_articles):
    _, path = two_articles
    with open_store(path, read_only=True) as store:
        rows = store.query(PREFIXES + """SELECT ?who ?text WHERE {
            ?s kg:stance kg:Denies ; kg:proposition ?p ; prov:wasAttributedTo ?a .
            ?a schema:name ?who . ?p schema:text ?text }""").rows
        assert [(str(w), str(t)) for w, t in rows] == [("Dredging Board", "the new quay would open in June")]
        # a join through a shared agent across articles: one row per statement, not per copy
        said = store.query(PREFIXES + """SELECT ?s WHERE {
            ?s prov:wasAttributedTo ?a . ?a schema:name "Maria Lindqvist" }""").rows
        assert len(said) == len({r[0] for r in said}) == 2


def test_removing_an_article_deletes_only_the_shared_nodes_no_other_article_mentions(two_articles):
    _, path = two_articles
    with open_store(path) as store:
        assert {"Maria Lindqvist", "Dredging Board", "Arvid Solberg"} <= _names(store)
        store.remove_article("canal")
        names = _names(store)
        assert "Maria Lindqvist" in names and "Dredging Board" in names  # harbour still mentions them
        assert "Arvid Solberg" not in names
        assert _count(store, '?p schema:text "the canal budget had doubled"') == 0
        assert _count(store, '?p schema:text "the new quay would open in June"') == 1
        assert article_graph_iri("canal") not in store.graph_names()
        store.remove_article("harbour")
        assert _count(store, f"GRAPH <{SHARED_GRAPH}> {{ ?s ?p ?o }}") == 0
        assert _count(store, "?s ?p ?o") == 0


def test_reingesting_a_changed_article_replaces_its_shared_nodes_too(two_articles, nlp):
    folder, path = two_articles
    (folder / "canal.txt").write_text(CANAL.replace("Arvid Solberg", "Mette Lunde"), encoding="utf-8")
    _ingest(folder, path, nlp)
    with open_store(path, read_only=True) as store:
        names = _names(store)
        assert "Mette Lunde" in names and "Arvid Solberg" not in names and "Maria Lindqvist" in names
        # the unchanged article's statements are all still there
        assert _count(store, f"GRAPH <{article_graph_iri('harbour')}> {{ ?s a kg:AttributedStatement }}") == 2


def test_split_keeps_per_article_observations_in_the_article_graph():
    agent = "<https://w3id.org/kg-claims/id/agent/maria-lindqvist>"
    nt = (f'{agent} <http://schema.org/name> "Maria Lindqvist" .\n'
          f'{agent} <http://schema.org/alternateName> "the harbour master" .\n'
          f'<https://w3id.org/kg-claims/id/article/x> <http://schema.org/identifier> "x" .\n')
    article, shared = split_article("x", nt)
    assert shared == f'{agent} <http://schema.org/name> "Maria Lindqvist" .\n'
    assert "alternateName" in article and "identifier" in article
    assert f"<https://w3id.org/kg-claims/id/article/x> <http://schema.org/mentions> {agent} ." in article


def test_a_proposition_iri_counts_every_word_and_has_one_text():
    assert proposition_iri("the quay will open") != proposition_iri("the quay may open")
    assert proposition_iri("the quay will open") != proposition_iri("the quay will not open")
    assert proposition_iri("the quay will open") == proposition_iri("the quay will open")


def test_a_content_that_only_points_back_is_a_proposition_of_its_own_article():
    # "X denied the statement": which statement depends on the article, so two articles' "the
    # statement" are two propositions; a claim in its own words is one proposition everywhere
    assert proposition_iri("the statement", "a") != proposition_iri("the statement", "b")
    assert proposition_iri("the quay will open", "a") == proposition_iri("the quay will open", "b")
    assert proposition_iri("the quay will open", "a") == proposition_iri("the quay will open")


def test_denials_of_the_statement_in_two_articles_share_no_proposition(tmp_path, nlp):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("Quay dispute\n\nThe port authority has said that the quay will open in June. "
                                  "Councillor Arvid Solberg dismissed the statement as premature.\n", encoding="utf-8")
    (folder / "b.txt").write_text("Ferry dispute\n\nThe ferry company has said that fares will rise in May. "
                                  "Councillor Edda Berg dismissed the statement as misleading.\n", encoding="utf-8")
    _ingest(folder, tmp_path / "store", nlp)
    with open_store(tmp_path / "store", read_only=True) as store:
        rows = store.query(PREFIXES + """SELECT ?p ?text WHERE { ?s kg:stance kg:Denies ; kg:proposition ?p .
            ?p schema:text ?text }""").rows
        assert len(rows) == 2 and {str(r[1]) for r in rows} == {"the statement"}
        assert len({str(r[0]) for r in rows}) == 2


def test_one_text_per_proposition_in_an_ingested_store(tmp_path, nlp):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("Ferry talks\n\nThe ferry operator said the crossing may close in May. "
                                  "The port union said the crossing will close in May.\n", encoding="utf-8")
    _ingest(folder, tmp_path / "store", nlp)
    with open_store(tmp_path / "store", read_only=True) as store:
        texts = store.query(PREFIXES + "SELECT ?p (COUNT(?t) AS ?n) WHERE { ?p a kg:Proposition ; schema:text ?t } "
                                       "GROUP BY ?p").rows
        assert len(texts) == 2 and all(int(n) == 1 for _, n in texts)


def test_a_query_does_not_build_an_rdflib_dataset(two_articles, monkeypatch):
    import rdflib

    _, path = two_articles

    def refuse(*args, **kwargs):
        raise AssertionError("an rdflib Dataset was built for a plain query")

    monkeypatch.setattr(rdflib, "Dataset", refuse)
    with open_store(path, read_only=True) as store:
        assert store.query("ASK { ?s ?p ?o }").boolean is True
        assert len(store.query(PREFIXES + "SELECT ?n WHERE { ?a schema:name ?n }").rows) >= 3


def test_counts_over_the_default_graph_count_statements_not_copies(two_articles):
    """An aggregate written the obvious way counts each statement once, however many articles share the agent."""
    _, path = two_articles
    with open_store(path, read_only=True) as store:
        rows = store.query(PREFIXES + """SELECT ?name (COUNT(?s) AS ?n) WHERE {
            ?s prov:wasAttributedTo ?a . ?a schema:name ?name } GROUP BY ?name""").rows
        counts = {str(name): int(n) for name, n in rows}
        assert counts["Maria Lindqvist"] == 2 and counts["Dredging Board"] == 1
        assert sum(counts.values()) == _count(store, "?s a kg:AttributedStatement")
