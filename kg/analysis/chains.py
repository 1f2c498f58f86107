"""Attribution chains: who reported whom saying what, whose claims a source would not confirm or
could not verify, and how a source is tied to an organisation and a country or side.

Four kinds of :class:`Chain`:

- ``response``: a source's stance toward other sources' claims, through kg:respondsTo
  (``Northgate Daily —cannot verify→ "his claims" (Paul Ek)``) or, without a
  link, the claim its words point back to (``Maria Lind —does not confirm→ "…" ← Tomas
  Varga asserts "…"``, see :mod:`kg.analysis.responses`);
- ``affiliation``: networkx paths over affiliation edges, up to the last organisation or place
  (``Paul Ek —spokesman→ Maria Lind —governor→ Saltmere``);
- ``citing``: the evidence a source cites for a claim (kg:citing);
- ``reported``: publisher → source → claim (the article's publisher, else the article).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import networkx as nx

from ..errors import Errors, NotFound
from .claims import group_claims, group_of
from .context import Prepared, prepare
from .contradictions import fold
from .responses import Response, responses
from .rules import NOT_CONFIRMING
from .statements import Statement

ARROW = "\u2014{}\u2192"
KIND_ORDER = {"response": 0, "affiliation": 1, "citing": 2, "reported": 3}
MAX_DEPTH = 4


@dataclass
class Chain:
    """One attribution chain: its kind, the path (node, edge, node, ...) and a readable line."""

    kind: str
    path: list[str]
    text: str
    doc: str | None = None
    statements: list[str] = field(default_factory=list)
    agents: list[str] = field(default_factory=list)
    claims: list[str] = field(default_factory=list)
    targets: list[dict] = field(default_factory=list)

    def to_dict(self) -> dict:
        """The chain as a JSON-ready dict."""
        return {"kind": self.kind, "text": self.text, "path": self.path, "doc": self.doc,
                "statements": self.statements, "targets": self.targets}


def _quote(text: str, limit: int = 90) -> str:
    text = " ".join(str(text or "").split())
    return "\u201c" + (text if len(text) <= limit else text[: limit - 1] + "\u2026") + "\u201d"


def _stance(statement: Statement) -> str:
    return statement.stance.replace("_", " ")


def find_chains(store_or_statements, agent: str | None = None, claim: str | None = None) -> list[Chain]:
    """Attribution chains of a store, optionally only those involving `agent` (a name or part of one)
    or about `claim` (a statement, proposition or claim-group IRI, or words of the claim).

    Raises :class:`~kg.errors.NotFound` when no agent or claim matches.
    """
    prepared = prepare(store_or_statements)
    chains = response_chains(prepared) + affiliation_chains(prepared) + citing_chains(prepared) \
        + reported_chains(prepared)
    if agent:
        keys = match_agents(prepared, agent)
        chains = [c for c in chains if keys & set(c.agents)]
    if claim:
        props = match_claims(prepared, claim)
        chains = [c for c in chains if props & set(c.claims)]
    chains.sort(key=lambda c: (KIND_ORDER[c.kind], c.doc or "", c.text))
    return chains


def response_chains(prepared: Prepared) -> list[Chain]:
    """A source's stance toward other sources' claims (links, else the claim its words point to)."""
    neighbours: dict[int, list[int]] = defaultdict(list)
    for i, j in prepared.candidates():
        for x, y in ((i, j), (j, i)):
            if prepared.statements[x].stance in NOT_CONFIRMING | {"denies"}:
                neighbours[x].append(y)
    found = responses(prepared, NOT_CONFIRMING | {"denies"}, neighbours)
    by_source: dict[int, list[Response]] = defaultdict(list)
    for response in found:
        if response.how == "link" or prepared.statements[response.source].stance != "denies" \
                or _names(prepared, response.source, response.target):
            by_source[response.source].append(response)
    return [_response_chain(prepared, i, items) for i, items in by_source.items()]


def _names(prepared: Prepared, i: int, j: int) -> bool:
    """True when claim j names the source of statement i (a denial is about the denier)."""
    return bool(prepared.relations.roots(prepared.key(i)) & prepared.feats[j].entities)


def _response_chain(prepared: Prepared, i: int, items: list[Response]) -> Chain:
    me = prepared.statements[i]
    targets = [prepared.statements[r.target] for r in items]
    head = f"{me.source} {ARROW.format(_stance(me))} {_quote(me.content)}"
    if items[0].how == "link":
        names = list(dict.fromkeys(t.source for t in targets))
        text = f"{head} ({', '.join(names)})"
        path = [me.source, _stance(me), me.content, "responds to", *names]
    else:
        t = targets[0]
        text = f"{head} \u2190 {t.source} {_stance(t)} {_quote(t.content)}"
        path = [me.source, _stance(me), me.content, "refers to", t.source, _stance(t), t.content]
    return Chain("response", path, text, me.doc, [me.iri] + [t.iri for t in targets],
                 [prepared.key(i)] + [prepared.key(r.target) for r in items],
                 [me.proposition] + [t.proposition for t in targets],
                 [{"source": t.source, "stance": t.stance, "content": t.content, "statement": t.iri,
                   "how": r.how, "similarity": r.similarity} for t, r in zip(targets, items)])


def affiliation_graph(prepared: Prepared) -> nx.DiGraph:
    """Member -> organisation edges with their roles, one node per party ('Governor Maria Lind' and
    'Maria Lind' are one)."""
    graph = nx.DiGraph()
    rep = prepared.relations.representative
    for a in prepared.corpus.affiliations:
        member, organization = rep(a.member), rep(a.organization) if a.organization else None
        if not organization or organization == member:
            continue
        if graph.has_edge(member, organization):
            roles = graph.edges[member, organization]["roles"]
            if a.role not in roles:
                roles.append(a.role)
        else:
            graph.add_edge(member, organization, roles=[a.role], doc=a.doc)
    return graph


def affiliation_chains(prepared: Prepared) -> list[Chain]:
    """Every maximal affiliation path from a source up to its last organisation or place."""
    graph = affiliation_graph(prepared)
    names = prepared.relations.names
    chains, seen, covered = [], set(), set()
    starts = [n for n in graph.nodes if graph.in_degree(n) == 0] + sorted(graph.nodes)
    for start in starts:
        if graph.out_degree(start) == 0 or start in covered:
            continue
        for path in _maximal_paths(graph, start):
            covered.update(path[:-1])
            path_labels = [names.get(path[0], path[0])]
            for a, b in zip(path, path[1:]):
                path_labels += [" / ".join(graph.edges[a, b]["roles"]), names.get(b, b)]
            text = path_labels[0] + "".join(f" {ARROW.format(r)} {n}" for r, n in
                                            zip(path_labels[1::2], path_labels[2::2]))
            if text not in seen:
                seen.add(text)
                agents = set().union(*(prepared.relations.party(k) for k in path))
                chains.append(Chain("affiliation", path_labels, text, graph.edges[path[0], path[1]]["doc"],
                                    agents=sorted(agents)))
    return chains


def _maximal_paths(graph: nx.DiGraph, start: str) -> list[list[str]]:
    out, stack = [], [[start]]
    while stack:
        path = stack.pop()
        nexts = [n for n in graph.successors(path[-1]) if n not in path]
        if not nexts or len(path) > MAX_DEPTH:
            if len(path) > 1:
                out.append(path)
            continue
        stack.extend(path + [n] for n in sorted(nexts, reverse=True))
    return out


def citing_chains(prepared: Prepared) -> list[Chain]:
    """Claims with the evidence their source cites (declassified intelligence, debris …)."""
    out = []
    for i, s in enumerate(prepared.statements):
        if s.citing:
            text = f"{s.source} {ARROW.format(_stance(s))} {_quote(s.content)} {ARROW.format('citing')} {s.citing}"
            out.append(Chain("citing", [s.source, _stance(s), s.content, "citing", s.citing], text, s.doc,
                             [s.iri], [prepared.key(i)], [s.proposition]))
    return out


def reported_chains(prepared: Prepared) -> list[Chain]:
    """Publisher (else article) → source → claim, one per statement."""
    out = []
    for i, s in enumerate(prepared.statements):
        reporter = s.publisher or s.doc
        if fold(reporter) == fold(s.source):
            continue
        text = f"{reporter} {ARROW.format('reports')} {s.source} {ARROW.format(_stance(s))} {_quote(s.content)}"
        agents = [prepared.key(i)] + [k for k, n in prepared.relations.names.items() if s.publisher and n == s.publisher]
        out.append(Chain("reported", [reporter, "reports", s.source, _stance(s), s.content], text, s.doc,
                         [s.iri], agents, [s.proposition]))
    return out


def match_agents(prepared: Prepared, name: str) -> set[str]:
    """Agent keys whose name matches `name` (exact, all its words, or a fragment), with their parties."""
    names = prepared.relations.names
    query = fold(name)
    if name in names:
        found = {name}
    else:
        found = {k for k, n in names.items() if fold(n) == query}
        if not found and query:
            words = set(query.split())
            found = {k for k, n in names.items() if words <= set(fold(n).split())} or \
                {k for k, n in names.items() if query in fold(n)}
    if not found:
        raise NotFound(Errors.E051.format(name=name))
    return set().union(*(prepared.relations.party(k) for k in found))


def match_claims(prepared: Prepared, claim: str) -> set[str]:
    """Proposition IRIs for a statement, proposition or claim-group IRI, or words of a claim, with
    every proposition of their claim groups."""
    statements = prepared.statements
    groups = group_claims(prepared)
    found = {s.proposition for s in statements if claim in (s.iri, s.proposition)}
    found |= {p for g in groups if claim in (g.iri, g.id) for p in g.propositions}
    if not found:
        query = fold(claim)
        found = {s.proposition for s in statements if query and query in fold(s.content)}
    if not found:
        raise NotFound(Errors.E052.format(claim=claim))
    grouped = group_of(groups)
    return found | {p for f in found if f in grouped for p in grouped[f].propositions}
