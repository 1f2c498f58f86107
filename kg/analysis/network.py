"""The networkx view of the store, built through SPARQL only (the HTML explorer consumes it).

Nodes (ids are IRI strings), each with ``kind``:

- ``agent``: ``label``, ``agent_kind`` (person|organization|place|publisher|group|other), ``quoted``
  (number of statements), ``affiliations`` (["role of Org", ...]);
- ``claim`` (one per kg:Proposition): ``label`` (text cut to about 120 characters), ``text``,
  ``group`` (the claim group IRI or None);
- ``document``: ``label`` (headline or id), ``doc_id``, ``publisher``, ``published``, ``url``.

Edges (key = an IRI string), each with ``kind``: ``stance`` agent->claim (``stance``, ``certainty``,
``cue``, ``channel``, ``sentence``, ``doc_id``, ``doc_title``, ``publisher``, ``published``,
``statement``); ``responds_to`` claim->claim; ``reports`` document->claim; ``published``
publisher->document; ``affiliation`` agent->agent (``role``); ``contradiction`` claim->claim
(``contradiction_kind``, ``score``, ``explanation``, ``sentence_a``, ``sentence_b``);
``corroboration`` claim->claim (``score``, ``sources``).
"""
from __future__ import annotations

from collections import Counter, defaultdict

import networkx as nx

from ..model import Stance
from ..vocab import CONTRADICTION_KIND_CODES
from .statements import PREFIXES, Corpus, load_corpus

LABEL_LENGTH = 120
AGENT_KINDS = {"person", "organization", "place", "publisher", "group", "other"}

CONTRADICTIONS_QUERY = PREFIXES + """
SELECT ?c ?side ?kind ?score ?explanation WHERE {
  ?c a kg:Contradiction ; kg:side ?side .
  OPTIONAL { ?c kg:contradictionKind ?kind }
  OPTIONAL { ?c kg:score ?score }
  OPTIONAL { ?c kg:explanation ?explanation }
}"""
CORROBORATIONS_QUERY = PREFIXES + """
SELECT ?c ?member ?sources ?score WHERE {
  ?c a kg:Corroboration ; kg:member ?member .
  OPTIONAL { ?c kg:independentSources ?sources }
  OPTIONAL { ?c kg:score ?score }
}"""
GROUPS_QUERY = PREFIXES + "SELECT ?g ?prop WHERE { ?g a kg:ClaimGroup ; kg:member ?prop }"


def cut(text: str, limit: int = LABEL_LENGTH) -> str:
    """A one-line label of at most `limit` characters, cut at a word with an ellipsis."""
    text = " ".join(str(text or "").split())
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:") + "\u2026"


def build_network(store) -> nx.MultiDiGraph:
    """The claim network of a store: agents, claims, documents and their typed edges."""
    corpus = load_corpus(store)
    return network_from_corpus(corpus, _rows(store, CONTRADICTIONS_QUERY), _rows(store, CORROBORATIONS_QUERY),
                               _rows(store, GROUPS_QUERY))


def _rows(store, query: str) -> list[dict]:
    return store.query(query).dicts()


def build_network_from_results(results) -> nx.MultiDiGraph:
    """The network of in-memory extraction results: stored in a throw-away store, analysed, built."""
    from .memory import memory_store
    from .results import analyze_store

    with memory_store(results) as store:
        analyze_store(store)
        return build_network(store)


def network_from_corpus(corpus: Corpus, contradictions=(), corroborations=(), groups=()) -> nx.MultiDiGraph:
    """The network from loaded statements and the analysis graph's rows."""
    g = nx.MultiDiGraph()
    group_of = {row["prop"]: row["g"] for row in groups}
    _add_agents(g, corpus)
    _add_documents(g, corpus)
    by_iri = {s.iri: s for s in corpus.statements}
    for s in corpus.statements:
        if s.proposition not in g:
            g.add_node(s.proposition, kind="claim", label=cut(s.content), text=s.content,
                       group=group_of.get(s.proposition))
        g.add_edge(s.agent, s.proposition, key=s.iri, kind="stance", stance=s.stance, certainty=s.certainty,
                   cue=s.cue, channel=s.channel, sentence=s.sentence, doc_id=s.doc, doc_title=s.doc_title,
                   publisher=s.publisher, published=s.published, statement=s.iri)
        doc_iri = _doc_iri(corpus, s.doc)
        report_key = f"{doc_iri}/reports/{s.proposition.rsplit('/', 1)[-1]}"
        if doc_iri in g and not g.has_edge(doc_iri, s.proposition, key=report_key):
            g.add_edge(doc_iri, s.proposition, key=report_key, kind="reports")
        for target in s.targets:
            other = by_iri[target]
            g.add_edge(s.proposition, other.proposition, key=f"{s.iri}/respondsTo/{target.rsplit('/', 1)[-1]}",
                       kind="responds_to")
    _add_contradictions(g, contradictions, by_iri)
    _add_corroborations(g, corroborations, by_iri)
    return g


def _doc_iri(corpus: Corpus, doc_id: str) -> str | None:
    if not hasattr(corpus, "_doc_iris"):
        corpus._doc_iris = {d.doc_id: iri for iri, d in corpus.documents.items()}
    return corpus._doc_iris.get(doc_id)


def _add_agents(g: nx.MultiDiGraph, corpus: Corpus) -> None:
    quoted = Counter(s.agent for s in corpus.statements)
    affiliations = defaultdict(list)
    for a in corpus.affiliations:
        if a.organization:
            org = corpus.agents.get(a.organization)
            text = f"{a.role} of {org.name if org else a.organization}"
            if text not in affiliations[a.member]:
                affiliations[a.member].append(text)
    kinds = {s.agent: s.agent_kind for s in corpus.statements}
    for iri, agent in corpus.agents.items():
        kind = kinds.get(iri, agent.kind)
        g.add_node(iri, kind="agent", label=agent.name, agent_kind=kind if kind in AGENT_KINDS else "other",
                   quoted=quoted.get(iri, 0), affiliations=affiliations.get(iri, []))
    for s in corpus.statements:
        if s.agent not in g:
            g.add_node(s.agent, kind="agent", label=s.source, agent_kind=s.agent_kind if s.agent_kind in AGENT_KINDS
                       else "other", quoted=quoted.get(s.agent, 0), affiliations=affiliations.get(s.agent, []))
    for a in corpus.affiliations:
        if a.organization and a.member in g and a.organization in g:
            key = a.iri or f"{a.member}/affiliation/{a.role}"
            if not g.has_edge(a.member, a.organization, key=key):
                g.add_edge(a.member, a.organization, key=key, kind="affiliation", role=a.role)


def _add_documents(g: nx.MultiDiGraph, corpus: Corpus) -> None:
    for iri, doc in corpus.documents.items():
        g.add_node(iri, kind="document", label=doc.title or doc.doc_id, doc_id=doc.doc_id,
                   publisher=doc.publisher_name, published=doc.published, url=doc.url)
        if doc.publisher:
            if doc.publisher not in g:
                g.add_node(doc.publisher, kind="agent", label=doc.publisher_name or doc.publisher,
                           agent_kind="publisher", quoted=0, affiliations=[])
            g.add_edge(doc.publisher, iri, key=f"{iri}/publisher", kind="published")


def _grouped(rows, key: str) -> dict[str, list[dict]]:
    out = defaultdict(list)
    for row in rows:
        out[row[key]].append(row)
    return out


def _add_contradictions(g: nx.MultiDiGraph, rows, by_iri: dict) -> None:
    # the side that holds the claim first (asserts, confirms), then the side that answers it
    answer_order = (Stance.ASSERTS, Stance.CONFIRMS, Stance.DENIES, Stance.DOES_NOT_CONFIRM, Stance.CANNOT_VERIFY)
    order = {stance.value: i for i, stance in enumerate(answer_order)}
    for iri, items in _grouped(rows, "c").items():
        sides = sorted({r["side"] for r in items if r["side"] in by_iri},
                       key=lambda s: (order.get(by_iri[s].stance, 9), s))
        if len(sides) != 2:
            continue
        a, b = by_iri[sides[0]], by_iri[sides[1]]
        row = items[0]
        kind = CONTRADICTION_KIND_CODES.get(_ref(row["kind"]), str(row["kind"]).rsplit("#", 1)[-1])
        g.add_edge(a.proposition, b.proposition, key=iri, kind="contradiction", contradiction_kind=kind,
                   score=_float(row["score"]), explanation=row["explanation"], sentence_a=a.sentence,
                   sentence_b=b.sentence, statement_a=a.iri, statement_b=b.iri)


def _ref(value):
    from rdflib import URIRef

    return URIRef(str(value)) if value is not None else None


def _float(value) -> float | None:
    return None if value is None else float(value)


def _add_corroborations(g: nx.MultiDiGraph, rows, by_iri: dict) -> None:
    for iri, items in _grouped(rows, "c").items():
        members = [by_iri[r["member"]] for r in items if r["member"] in by_iri]
        props = sorted({m.proposition for m in members})
        if not props:
            continue
        score, sources = _float(items[0]["score"]), int(items[0]["sources"] or len(members))
        pairs = [(props[0], p) for p in props[1:]] or [(props[0], props[0])]
        for n, (a, b) in enumerate(pairs):
            g.add_edge(a, b, key=iri if n == 0 else f"{iri}/{n}", kind="corroboration", score=score,
                       sources=sources)
