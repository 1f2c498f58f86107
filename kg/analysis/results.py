"""Writing analysis results back as RDF, so SPARQL sees them: kg:Contradiction, kg:Corroboration and
kg:ClaimGroup nodes in the named graph ``vocab.ANALYSIS_GRAPH`` (replaced as a whole on each run).

- ``id/contradiction/{hash}``: kg:side (two statements), kg:contradictionKind, kg:score,
  kg:explanation, plus the kg:contradicts shortcut between the sides;
- ``id/corroboration/{hash}``: kg:member statements, kg:independentSources, kg:score;
- ``id/claim-group/{hash}``: kg:member propositions, kg:label, plus kg:sameClaimAs shortcuts.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD

from ..vocab import ANALYSIS_GRAPH, CONTRADICTION_KIND_IRIS, KG, bind_prefixes
from .claims import DEFAULT_THRESHOLD as GROUP_THRESHOLD
from .claims import ClaimGroup, group_claims
from .context import prepare
from .contradictions import DEFAULT_THRESHOLD, Contradiction, find_contradictions
from .corroborations import Corroboration, find_corroborations


@dataclass
class AnalysisResult:
    """What one analysis run found."""

    contradictions: list[Contradiction] = field(default_factory=list)
    corroborations: list[Corroboration] = field(default_factory=list)
    groups: list[ClaimGroup] = field(default_factory=list)
    triples: int = 0


def analyze(store_or_statements, *, threshold: float = DEFAULT_THRESHOLD,
            group_threshold: float = GROUP_THRESHOLD, min_sources: int = 2,
            semantic: bool = False) -> AnalysisResult:
    """Claim groups, contradictions and corroborations of a store (nothing written); `semantic`
    adds the sentence embeddings to the contradiction rules (the optional `semantic` extra)."""
    prepared = prepare(store_or_statements, semantic=semantic)
    groups = group_claims(prepared, threshold=group_threshold, include_singletons=True)
    contradictions = find_contradictions(prepared, threshold=threshold)
    # claims at odds back no corroboration: the contradictions at the default threshold, found once
    # (a higher threshold reports fewer, so the corroborations look for their own)
    conflicts = [c for c in contradictions if c.score >= DEFAULT_THRESHOLD] if threshold <= DEFAULT_THRESHOLD else None
    corroborations = find_corroborations(prepared, min_sources, groups=groups, contradictions=conflicts)
    return AnalysisResult(contradictions, corroborations, [g for g in groups if len(g.propositions) > 1])


def analyze_store(store, *, prepared=None, **options) -> AnalysisResult:
    """Analyse the store and write the results into its analysis graph (replacing the last run).

    `prepared` reuses statements already loaded from this store (see :func:`kg.analysis.context.prepare`).
    """
    result = analyze(prepared if prepared is not None else store, **options)
    result.triples = write_analysis(store, result.contradictions, result.corroborations, result.groups)
    return result


#: triples per write of the analysis graph (about 3 MB of N-Triples): the memory one write needs
ANALYSIS_BATCH_TRIPLES = 20_000


def write_analysis(store, contradictions: list[Contradiction], corroborations: list[Corroboration],
                   groups: list[ClaimGroup]) -> int:
    """Replace the analysis graph with these results; returns the number of triples in it.

    The triples are made as they are written, in batches of ``ANALYSIS_BATCH_TRIPLES``
    (``Store.write_graph``): no graph of every triple, no text of the whole graph, no single
    update holding it. At 10M triples the one-piece write (an rdflib Graph, its N-Triples and one
    ``INSERT DATA``) was most of the peak memory of ``kg contradictions`` (docs/benchmarks.md,
    section g). A query that runs while the graph is written may see it part-written; the next
    run writes it whole again.
    """
    from ..triples import ntriples_line

    lines = (ntriples_line(t) for t in analysis_triples(contradictions, corroborations, groups))
    store.write_graph(str(ANALYSIS_GRAPH), _batches(lines, ANALYSIS_BATCH_TRIPLES))
    if hasattr(store, "flush"):
        store.flush()
    counted = store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{ANALYSIS_GRAPH}> {{ ?s ?p ?o }} }}").dicts()
    return int(counted[0]["n"]) if counted else 0


def _batches(lines, size: int):
    """N-Triples lines joined `size` at a time."""
    batch: list[str] = []
    for line in lines:
        batch.append(line)
        if len(batch) >= size:
            yield "".join(batch)
            batch = []
    if batch:
        yield "".join(batch)


def _decimal(score: float) -> Literal:
    return Literal(Decimal(str(round(float(score), 3))), datatype=XSD.decimal)


def analysis_graph(contradictions: list[Contradiction], corroborations: list[Corroboration],
                   groups: list[ClaimGroup]) -> Graph:
    """The RDF of analysis results (see the module docstring) as an rdflib Graph."""
    g = bind_prefixes(Graph())
    for triple in analysis_triples(contradictions, corroborations, groups):
        g.add(triple)
    return g


def analysis_triples(contradictions: list[Contradiction], corroborations: list[Corroboration],
                     groups: list[ClaimGroup]) -> Iterator[tuple]:
    """The triples of analysis results (see the module docstring), one at a time."""
    for c in contradictions:
        node, a, b = URIRef(c.iri), URIRef(c.a.iri), URIRef(c.b.iri)
        yield node, RDF.type, KG.Contradiction
        yield node, KG.side, a
        yield node, KG.side, b
        yield node, KG.contradictionKind, CONTRADICTION_KIND_IRIS[c.kind]
        yield node, KG.score, _decimal(c.score)
        yield node, KG.explanation, Literal(c.explanation)
        if a != b:
            yield a, KG.contradicts, b
    for c in corroborations:
        node = URIRef(c.iri)
        yield node, RDF.type, KG.Corroboration
        for statement in c.statements:
            yield node, KG.member, URIRef(statement.iri)
        yield node, KG.independentSources, Literal(c.independent_sources, datatype=XSD.integer)
        yield node, KG.score, _decimal(c.score)
    for group in groups:
        if not all(p.startswith(("http://", "https://")) for p in group.propositions):
            continue
        node = URIRef(group.iri)
        yield node, RDF.type, KG.ClaimGroup
        yield node, KG.label, Literal(group.label)
        for prop in group.propositions:
            yield node, KG.member, URIRef(prop)
        for a, b in group.scores:
            yield URIRef(a), KG.sameClaimAs, URIRef(b)
