"""Corroboration: a claim (a group of propositions that state the same thing, see
:mod:`kg.analysis.claims`) asserted or confirmed by several *independent* parties, that is parties
that are not the same agent under two names and are not linked by an affiliation path (an adviser
and his governor, a spokesman and her ministry count once).
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass

from ..vocab import ID
from .claims import DEFAULT_THRESHOLD, ClaimGroup, group_claims
from .context import Prepared, prepare
from .rules import ASSERTING
from .statements import Statement


@dataclass
class Corroboration:
    """Statements of independent parties backing one claim."""

    label: str
    statements: list[Statement]
    sources: list[list[str]]
    score: float
    group: str | None = None

    @property
    def independent_sources(self) -> int:
        """How many independent parties back the claim."""
        return len(self.sources)

    @property
    def id(self) -> str:
        """A stable id from the member statements."""
        raw = "\x00".join(sorted(s.iri for s in self.statements))
        return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]

    @property
    def iri(self) -> str:
        """The corroboration's IRI (id/corroboration/{hash})."""
        return str(ID[f"corroboration/{self.id}"])

    def to_record(self) -> dict:
        """A JSON-ready dict: the claim, the independent sources and every member statement."""
        return {"id": self.id, "claim": self.label, "score": self.score,
                "independent_sources": self.independent_sources, "sources": self.sources,
                "group": self.group, "members": [s.side() for s in self.statements]}


def find_corroborations(store_or_statements, min_sources: int = 2, *, groups: list[ClaimGroup] | None = None,
                        threshold: float = DEFAULT_THRESHOLD) -> list[Corroboration]:
    """Claims asserted or confirmed by at least `min_sources` independent parties, strongest first.

    `groups` are claim groups from :func:`group_claims` (computed with `threshold` when not given;
    one-wording claims count too).
    """
    prepared = prepare(store_or_statements)
    if groups is None:
        groups = group_claims(prepared, threshold=threshold, include_singletons=True)
    by_iri = {s.iri: (i, s) for i, s in enumerate(prepared.statements)}
    out = []
    for group in groups:
        members = [by_iri[iri] for iri in group.statements if iri in by_iri]
        members = [(i, s) for i, s in members if s.stance in ASSERTING]
        sources = independent_parties(prepared, [i for i, _ in members])
        if len(sources) >= max(min_sources, 2):
            k = len(sources)
            score = round(group.cohesion * k / (k + 1), 3)
            out.append(Corroboration(group.label, [s for _, s in members], sources, score,
                                     group.iri if len(group.propositions) > 1 else None))
    out.sort(key=lambda c: (-c.independent_sources, -c.score, c.label))
    return out


def independent_parties(prepared: Prepared, indices: list[int]) -> list[list[str]]:
    """The agents of the given statements, clustered so that dependent agents share a cluster."""
    keys = sorted({prepared.key(i) for i in indices})
    names = {prepared.key(i): prepared.statements[i].source for i in indices}
    parent = {k: k for k in keys}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for x, a in enumerate(keys):
        for b in keys[x + 1:]:
            if not prepared.relations.independent(a, b):
                parent[find(a)] = find(b)
    clusters: dict[str, list[str]] = {}
    for k in keys:
        clusters.setdefault(find(k), []).append(names[k])
    return sorted((sorted(set(v)) for v in clusters.values()), key=lambda c: c[0])
