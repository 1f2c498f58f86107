"""Which earlier claim a statement responds to: the kg:respondsTo links extraction found ("could
not verify their claims"), else the claim its words point back to.

Without a link, the target is found the way a reader resolves "the governor did not confirm that
the depot contained missiles": the nearest preceding claim of another party in the same article
whose terms the response's words cover well enough; failing that, the most similar claim of
another party in another article of the same story.
"""
from __future__ import annotations

from dataclasses import dataclass

from .context import Prepared
from .rules import ASSERTING, negates_any

MIN_PRECEDING = 0.4
MIN_FOLLOWING = 0.5
MIN_OTHER_ARTICLE = 0.6


@dataclass
class Response:
    """Statement `source` responds to statement `target` (indices), found by `how` ('link' or 'similarity')."""

    source: int
    target: int
    similarity: float
    how: str


def _shared(prepared: Prepared, i: int, j: int) -> set[str]:
    shared = set(prepared.feats[i].terms) & set(prepared.feats[j].terms)
    return {t for t in shared if not t.startswith("@")}


def _similarity(prepared: Prepared, i: int, j: int) -> float:
    if not _shared(prepared, i, j):
        return 0.0
    return prepared.index.coverage(prepared.feats[i], prepared.feats[j])


def linked_targets(prepared: Prepared, i: int, positions: dict[str, int]) -> list[Response]:
    """The statements `i` responds to through kg:respondsTo (other parties' claims only)."""
    out = []
    for target in prepared.statements[i].targets:
        j = positions.get(target)
        if j is not None and not prepared.relations.same_party(prepared.key(i), prepared.key(j)):
            out.append(Response(i, j, 1.0, "link"))
    return out


def similar_target(prepared: Prepared, i: int, candidates: list[int]) -> Response | None:
    """The claim statement `i` most plausibly responds to, among `candidates` (indices)."""
    me = prepared.statements[i]
    units = prepared.feats[i].units
    if len(units) < 2:
        return None
    scored = []
    for j in candidates:
        other = prepared.statements[j]
        if other.stance not in ASSERTING or prepared.relations.same_party(prepared.key(i), prepared.key(j)):
            continue
        similarity = _similarity(prepared, i, j)
        if similarity > 0 and me.stance == "denies" and negates_any(prepared.feats[j], _shared(prepared, i, j)):
            continue  # "But no such talks have happened": it agrees with a denial of the talks
        if similarity > 0:
            scored.append((j, similarity))
    same_doc = [(j, s) for j, s in scored if prepared.statements[j].doc == me.doc]
    preceding = [(j, s) for j, s in same_doc if prepared.statements[j].position < me.position
                 and (s >= MIN_PRECEDING or len(_shared(prepared, i, j)) >= 2)]
    if preceding:
        j, s = max(preceding, key=lambda c: (prepared.statements[c[0]].position, c[1]))
        return Response(i, j, round(s, 3), "similarity")
    following = [(j, s) for j, s in same_doc if s >= MIN_FOLLOWING]
    if following:
        j, s = max(following, key=lambda c: (c[1], -prepared.statements[c[0]].position))
        return Response(i, j, round(s, 3), "similarity")
    if len(units) < 3:
        return None
    # in another article only of the same story: a claim about another event is not what it answers
    others = [(j, s) for j, s in scored if prepared.statements[j].doc != me.doc and s >= MIN_OTHER_ARTICLE
              and len(prepared.index.shared_rare(i, j)) >= 2 and prepared.same_story(i, j)]
    if others:
        j, s = max(others, key=lambda c: (c[1], prepared.statements[c[0]].doc))
        return Response(i, j, round(s, 3), "similarity")
    return None


def responses(prepared: Prepared, stances: frozenset, neighbours: dict[int, list[int]]) -> list[Response]:
    """Every response of a statement with one of `stances`: its links, else its most plausible target."""
    positions = {s.iri: k for k, s in enumerate(prepared.statements)}
    out = []
    for i, statement in enumerate(prepared.statements):
        if statement.stance not in stances:
            continue
        linked = linked_targets(prepared, i, positions)
        if linked:
            out.extend(linked)
        elif not statement.targets:
            found = similar_target(prepared, i, neighbours.get(i, []))
            if found:
                out.append(found)
    return out
