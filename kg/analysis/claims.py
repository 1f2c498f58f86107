"""Claim identity: propositions worded differently that state the same claim, across sources and
articles, grouped by TF-IDF cosine over normalised terms (stems, concept classes, entity roots).

Only candidate pairs are compared (a shared rare term, or the same article; see
:mod:`kg.analysis.index`). Two propositions are linked when their cosine reaches ``threshold``
(default :data:`DEFAULT_THRESHOLD`) and nothing sets them apart: the same polarity (both negated
or neither), no conflicting counts, no opposite outcomes, not one dismissing a figure that the
other gives. Groups are the connected components of
the links (single linkage); each keeps its pairwise scores so the grouping can be inspected.
"""
from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ..vocab import ID
from .context import Prepared, prepare
from .text import Features, dismisses_figure
from .unionfind import DisjointSets

DEFAULT_THRESHOLD = 0.5
MIN_WORDS = 3


@dataclass
class ClaimGroup:
    """Propositions that state the same claim, with the statements that hold them."""

    id: str
    label: str
    propositions: list[str]
    texts: dict[str, str]
    statements: list[str]
    scores: dict[tuple[str, str], float] = field(default_factory=dict)

    @property
    def iri(self) -> str:
        """The group's IRI (id/claim-group/{hash})."""
        return str(ID[f"claim-group/{self.id}"])

    @property
    def cohesion(self) -> float:
        """The mean score of the links that made the group (1.0 for one wording)."""
        return round(sum(self.scores.values()) / len(self.scores), 3) if self.scores else 1.0

    def to_dict(self) -> dict:
        """The group as a JSON-ready dict, pairwise scores included."""
        return {"id": self.id, "iri": self.iri, "label": self.label, "cohesion": self.cohesion,
                "propositions": [{"iri": p, "text": self.texts[p]} for p in self.propositions],
                "statements": list(self.statements),
                "scores": [{"a": a, "b": b, "score": s} for (a, b), s in sorted(self.scores.items())]}


def same_claim_blockers(a: Features, b: Features) -> str | None:
    """Why two similar wordings are not the same claim (polarity, counts, outcomes, a figure and its
    dismissal), or None."""
    if a.negated != b.negated:
        return "polarity"
    for x in a.counts:
        for y in b.counts:
            if x.key == y.key and not x.compatible(y):
                return "counts"
    if ("stopped" in a.outcomes and "hit" in b.outcomes) or ("hit" in a.outcomes and "stopped" in b.outcomes):
        return "outcome"
    if dismisses_figure(a) != dismisses_figure(b):
        return "dismissal"  # "the toll was exaggerated" is about a figure, not the figure itself
    return None


def _prop(statement) -> str:
    return statement.proposition or statement.content


def claim_links(prepared: Prepared, threshold: float) -> dict[tuple[str, str], float]:
    """Proposition pairs whose cosine reaches `threshold` and that nothing sets apart. A wording
    of fewer than :data:`MIN_WORDS` content words links only when near-identical (cosine >= 0.9)."""
    statements, index, feats = prepared.statements, prepared.index, prepared.feats
    links: dict[tuple[str, str], float] = {}
    for i, j in prepared.candidates():
        a, b = _prop(statements[i]), _prop(statements[j])
        if a == b:
            continue
        key = (a, b) if a < b else (b, a)
        if key in links:
            continue
        score = index.cosine(i, j)
        short = min(len(feats[i].units), len(feats[j].units)) < MIN_WORDS
        if score >= (max(threshold, 0.9) if short else threshold) \
                and same_claim_blockers(feats[i], feats[j]) is None:
            links[key] = round(score, 3)
    return links


def _merge(prepared: Prepared, links: dict[tuple[str, str], float], threshold: float):
    """Average linkage over the links, strongest first: two groups merge when no cross pair is set
    apart (polarity, counts, outcomes) and the mean cosine of all cross pairs stays within 0.1 of
    `threshold`. Returns the union-find lookup."""
    first = {}
    for k, statement in enumerate(prepared.statements):
        first.setdefault(_prop(statement), k)
    sets = DisjointSets()
    find = sets.find
    members: dict[str, list[str]] = {}

    for (a, b), _ in sorted(links.items(), key=lambda kv: (-kv[1], kv[0])):
        ra, rb = find(a), find(b)
        if ra == rb:
            continue
        ma, mb = members.get(ra, [ra]), members.get(rb, [rb])
        pairs = [(first[x], first[y]) for x in ma for y in mb]
        if any(same_claim_blockers(prepared.feats[x], prepared.feats[y]) for x, y in pairs):
            continue
        mean = sum(prepared.index.cosine(x, y) for x, y in pairs) / len(pairs)
        if mean >= threshold - 0.1:
            sets.union(ra, rb)
            members[rb] = ma + mb
            members.pop(ra, None)
    return find


def group_claims(store_or_statements, *, threshold: float = DEFAULT_THRESHOLD,
                 include_singletons: bool = False) -> list[ClaimGroup]:
    """Group propositions that state the same claim; a group per connected set of links.

    `threshold` is the TF-IDF cosine two wordings need (default 0.5). Groups with one wording are
    left out unless `include_singletons`. Largest groups first.
    """
    prepared = prepare(store_or_statements)
    links = claim_links(prepared, threshold)
    find = _merge(prepared, links, threshold)
    texts: dict[str, str] = {}
    members: dict[str, list[str]] = defaultdict(list)
    by_iri = {s.iri: s for s in prepared.statements}
    for statement in prepared.statements:
        prop = statement.proposition or statement.content
        texts.setdefault(prop, statement.content)
        members[find(prop)].append(statement.iri)
    props_of: dict[str, list[str]] = defaultdict(list)
    for prop in texts:
        props_of[find(prop)].append(prop)
    scores_of: dict[str, dict] = defaultdict(dict)
    for pair, score in links.items():
        if find(pair[0]) == find(pair[1]):
            scores_of[find(pair[0])][pair] = score
    groups = []
    for root, statement_iris in members.items():
        props = sorted(props_of[root])
        if len(props) < 2 and not include_singletons:
            continue
        held = Counter(_prop(by_iri[iri]) for iri in statement_iris)
        groups.append(_group(props, texts, statement_iris, scores_of[root], held))
    groups.sort(key=lambda g: (-len(g.propositions), -len(g.statements), g.label))
    return groups


def _group(props: list[str], texts: dict[str, str], statements: list[str], scores: dict,
           held: Counter) -> ClaimGroup:
    """A group labelled by its most held wording (then the best linked, then the shortest)."""
    digest = hashlib.sha256("\x00".join(props).encode("utf-8")).hexdigest()[:16]
    linked = Counter()
    for (a, b), score in scores.items():
        linked[a] += score
        linked[b] += score
    best = min(props, key=lambda p: (-held[p], -linked[p], len(texts[p]), p))
    label = texts[best]
    return ClaimGroup(digest, label, props, {p: texts[p] for p in props}, statements, scores)


def group_of(groups: list[ClaimGroup]) -> dict[str, ClaimGroup]:
    """Map of proposition IRI to its group."""
    return {p: g for g in groups for p in g.propositions}
