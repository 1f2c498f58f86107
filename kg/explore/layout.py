"""A linear-time layout for claim graphs: every source is a hub with its claims on rings around
it, and the hubs are packed in rows, neighbouring sources next to each other.

Force layouts cost too much at a few thousand nodes (``nx.spring_layout`` took 42 s on 5,000
nodes); this one places 5,000 nodes in a few tens of milliseconds and reads well, because the
graph is almost bipartite: sources on one side, the claims they hold on the other.
"""
from __future__ import annotations

import math
from collections import Counter, deque

import networkx as nx

RING_STEP = 100.0          # distance between rings, in vertical units
NODE_STEP = 100.0          # spacing of claims along a ring, measured on its circle
X_STRETCH = 2.0            # rings are ellipses twice as wide as tall: claim boxes are wide
HUB_MARGIN = 60.0
ORPHANS = "\x00orphans"    # a virtual hub for claims and articles no source holds


def _quoted(g, node) -> int:
    return int(g.nodes[node].get("quoted") or 0) if node in g else 0


def _owners(g: nx.MultiDiGraph, hubs: set[str]) -> dict[str, str]:
    """Each non-hub node's hub: a claim goes to its most-quoted holder, an article to its
    publisher or to the hub owning most of its claims."""
    owner: dict[str, str] = {}
    pending_claims, documents = [], []
    for node, data in g.nodes(data=True):
        if node in hubs:
            continue
        kind = data.get("kind")
        if kind == "claim":
            holders = [u for u, _, d in g.in_edges(node, data=True)
                       if d.get("kind") == "stance" and u in hubs]
            if holders:
                owner[node] = max(holders, key=lambda h: (_quoted(g, h), h))
            else:
                pending_claims.append(node)
        elif kind == "document":
            documents.append(node)
        else:
            pending_claims.append(node)
    for node in pending_claims:      # a claim nobody holds sits with a claim it is linked to
        linked = [v for v in nx.all_neighbors(g, node) if v in owner]
        owner[node] = owner[linked[0]] if linked else ORPHANS
    for doc in documents:
        publishers = [u for u, _, d in g.in_edges(doc, data=True)
                      if d.get("kind") == "published" and u in hubs]
        if publishers:
            owner[doc] = publishers[0]
            continue
        votes = Counter(owner[v] for _, v, d in g.out_edges(doc, data=True)
                        if d.get("kind") == "reports" and v in owner)
        owner[doc] = votes.most_common(1)[0][0] if votes else ORPHANS
    return owner


def _hub_order(g: nx.MultiDiGraph, hubs: list[str], owner: dict[str, str]) -> list[str]:
    """Hubs in breadth-first order over "shares a claim or a link" from the most quoted, so
    that sources talking about the same things are packed side by side."""
    adj: dict[str, set[str]] = {h: set() for h in hubs}
    adj.setdefault(ORPHANS, set())

    def hub_of(node):
        return node if node in adj else owner.get(node)

    for u, v in g.edges():
        a, b = hub_of(u), hub_of(v)
        if a is not None and b is not None and a != b:
            adj[a].add(b)
            adj[b].add(a)
    ranked = sorted(adj, key=lambda h: (h == ORPHANS, -_quoted(g, h), str(h)))
    order, seen = [], set()
    for start in ranked:
        if start in seen:
            continue
        seen.add(start)
        queue = deque([start])
        while queue:
            hub = queue.popleft()
            order.append(hub)
            for nxt in sorted(adj[hub] - seen, key=lambda h: (-_quoted(g, h), str(h))):
                seen.add(nxt)
                queue.append(nxt)
    return order


def _rings(children: list[str], inner: float) -> tuple[dict[str, tuple[float, float]], float]:
    """Offsets of ``children`` on elliptic rings around a hub, and the radius used."""
    offsets: dict[str, tuple[float, float]] = {}
    radius, i = inner, 0
    while i < len(children):
        capacity = max(6, int(2 * math.pi * radius / NODE_STEP))
        batch = children[i:i + capacity]
        phase = 0.5 * (len(offsets) % 2)          # stagger alternate rings
        for j, child in enumerate(batch):
            angle = 2 * math.pi * (j + phase) / len(batch) - math.pi / 2
            offsets[child] = (X_STRETCH * radius * math.cos(angle), radius * math.sin(angle))
        i += len(batch)
        radius += RING_STEP
    return offsets, (radius - RING_STEP if children else 0.0)


def hub_layout(g: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    """Positions (x, y) in vis-network pixels for every node of ``g``, in O(nodes + edges)."""
    if g.number_of_nodes() == 0:
        return {}
    hub_list = [n for n, d in g.nodes(data=True) if d.get("kind") in ("agent", "aggregate")]
    hubs = set(hub_list)
    owner = _owners(g, hubs)
    children: dict[str, list[str]] = {}
    for node, hub in owner.items():
        children.setdefault(hub, []).append(node)
    order = [h for h in _hub_order(g, hub_list, owner) if h in hubs or children.get(h)]
    discs = []
    for hub in order:
        kids = sorted(children.get(hub, []),
                      key=lambda n: (g.nodes[n].get("kind") != "claim", -g.degree(n), str(n)))
        size = float(g.nodes[hub].get("quoted") or 0) ** 0.5 * 6 + 12 if hub in g else 0.0
        offsets, radius = _rings(kids, inner=size + 110.0)
        half_w = X_STRETCH * radius + (100.0 if kids else 0.0) + HUB_MARGIN
        half_h = radius + 40.0 + HUB_MARGIN
        if hub in g and g.nodes[hub].get("kind") == "aggregate":    # a wide label, no ring
            half_w = 15.0 * len(str(g.nodes[hub].get("label") or "")) + HUB_MARGIN
        discs.append((hub, offsets, max(half_w, 120.0), max(half_h, 80.0)))
    total_area = sum(4 * w * h for _, _, w, h in discs)
    row_width = max(max(2 * w for _, _, w, _ in discs), math.sqrt(total_area) * 1.4)
    pos: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for hub, offsets, half_w, half_h in discs:
        if x > 0 and x + 2 * half_w > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        cx, cy = x + half_w, y + half_h
        if hub in g:
            pos[hub] = (cx, cy)
        for child, (dx, dy) in offsets.items():
            pos[child] = (cx + dx, cy + dy)
        x += 2 * half_w
        row_height = max(row_height, 2 * half_h)
    mid_x = (min(p[0] for p in pos.values()) + max(p[0] for p in pos.values())) / 2
    mid_y = (min(p[1] for p in pos.values()) + max(p[1] for p in pos.values())) / 2
    return {n: (round(px - mid_x, 1), round(py - mid_y, 1)) for n, (px, py) in pos.items()}
