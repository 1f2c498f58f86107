"""Agent identity in the RDF stage: a generic agent ("police", "officials") is one agent per
article, a proper name one agent everywhere, and every agent IRI has exactly one schema:name and
one kg:agentKind, so that `kg validate` conforms on kg's own output whatever the articles say."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Dataset, Literal

from kg.agent_names import is_generic_name
from kg.extraction import extract_article
from kg.model import AgentKind, Article
from kg.triples import agent_iri, article_graph, graph_iri
from kg.vocab import KG, SCHEMA

pyshacl = pytest.importorskip("pyshacl")


@pytest.mark.parametrize("name", ["police", "Police", "the Foreign Ministry", "senior officials", "Witnesses",
                                  "the local police", "the army's spokesman", "two residents"])
def test_generic_names(name):
    assert is_generic_name(name)


@pytest.mark.parametrize("name", ["Reuters", "Maria Lind", "the Tarnow police", "Vantor Energy",
                                  "the Red Cross", "Kofi", ""])
def test_proper_names(name):
    assert not is_generic_name(name)


def test_generic_agent_is_scoped_by_article_and_proper_name_is_shared():
    assert agent_iri("police", "group", "leeds-1") != agent_iri("police", "group", "lyon-1")
    assert agent_iri("Maria Lind", "person", "a") == agent_iri("Maria Lind", "person", "b")


def test_iri_tells_names_and_kinds_apart():
    # one IRI, one name: names that differ only in case, spacing or punctuation are different IRIs
    iris = {agent_iri(n, "organization") for n in ["Al-Noor", "al-Noor", "Al Noor", "Al_Noor", "Al%5FNoor"]}
    assert len(iris) == 5
    assert agent_iri("Jordan", "person") != agent_iri("Jordan", "place")
    assert agent_iri("Maria  Lind", "person") == agent_iri("Maria Lind", "person")


def _dataset(articles, nlp) -> Dataset:
    ds = Dataset(default_union=True)
    for article in articles:
        graph = ds.graph(graph_iri(article.doc_id))
        for triple in article_graph(extract_article(article, nlp=nlp)):
            graph.add(triple)
    return ds


def _names_and_kinds(ds: Dataset) -> dict:
    out: dict = {}
    for s, p, o, _ in ds.quads((None, None, None, None)):
        if p in (SCHEMA.name, KG.agentKind) and "/agent/" in str(s):
            out.setdefault((s, p), set()).add(str(o))
    return out


def test_police_of_two_articles_are_two_agents(nlp):
    articles = [Article("leeds", "Police said the road was closed. police said nobody was hurt.", publisher="Leeds Post"),
                Article("lyon", "Police said the bridge was open.", publisher="Lyon Courier")]
    ds = _dataset(articles, nlp)
    agents = {str(s) for s, _, o, _ in ds.quads((None, SCHEMA.name, None, None)) if str(o).lower() == "police"}
    assert any("/leeds/" in a for a in agents) and any("/lyon/" in a for a in agents)
    assert all(len(values) == 1 for values in _names_and_kinds(ds).values())


FIRST = ["Anna", "Kofi", "Marta", "Jonas", "Aiko"]
LAST = ["Moravec", "Okafor", "Haddad", "Duarte", "Sato"]
GENERIC = ["Police", "police", "Officials", "officials", "The ministry", "the ministry", "Witnesses",
           "The Interior Ministry", "Residents", "A senior official"]
PROPER = ["the Red Cross", "Vantor Energy", "the Baltic Fisheries Council", "Kandor", "KANDOR"]
CLAIMS = ["the bridge was damaged", "nobody was hurt", "nine workers died", "the raid was planned",
          "the talks had failed"]
TEMPLATES = ["{who} said {claim}.", "{Claim}, {who} said.", "{who} denied that {claim}.",
             "{who} told reporters that {claim}.", "According to {who}, {claim}.",
             "{who} could not confirm that {claim}.", "{who}, a spokesman for {org}, said {claim}.",
             "{who} dismissed reports that {claim}."]
OUTLETS = ["Leeds Post", "Lyon Courier", "Harbour Times"]


@st.composite
def sentence(draw):
    template = draw(st.sampled_from(TEMPLATES))
    who = draw(st.sampled_from(GENERIC + PROPER + [f"{draw(st.sampled_from(FIRST))} {draw(st.sampled_from(LAST))}"]))
    claim = draw(st.sampled_from(CLAIMS))
    text = template.format(who=who, claim=claim, Claim=claim[0].upper() + claim[1:],
                           org=draw(st.sampled_from(GENERIC[4:] + PROPER)))
    return text[0].upper() + text[1:]


@st.composite
def corpus(draw):
    n = draw(st.integers(min_value=2, max_value=4))
    return [Article(f"doc-{i}", " ".join(draw(st.lists(sentence(), min_size=1, max_size=5))),
                    publisher=draw(st.sampled_from(OUTLETS)))
            for i in range(n)]


@pytest.mark.slow
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(articles=corpus())
def test_validate_conforms_on_generated_articles(articles, nlp):
    from kg.validate import validate_graph

    ds = _dataset(articles, nlp)
    report = validate_graph(ds)
    assert report.conforms, report.text
    assert all(len(values) == 1 for values in _names_and_kinds(ds).values())


def test_kind_literal_matches_the_iri(nlp):
    ds = _dataset([Article("a", "Jordan said the talks had failed.", publisher="Harbour Times")], nlp)
    for s, _, kind, _ in ds.quads((None, KG.agentKind, None, None)):
        assert f"/agent/{kind}/" in str(s)
    assert Literal(AgentKind.PUBLISHER.value) in set(ds.objects(None, KG.agentKind))
