"""Choosing what one exploration page shows: a source's neighbourhood, the contradictions, or
the whole graph cut down to the most-quoted sources, and a plain account of what was left out.
"""
from __future__ import annotations

import unicodedata
from collections import Counter, deque
from dataclasses import dataclass

import networkx as nx

from kg.agent_names import NAME_TITLES
from kg.errors import Errors, NotFound

CLAIM_LINKS = ("contradiction", "corroboration", "responds_to")
AGGREGATE_PREFIX = "kg:more/"
# Words that may precede a name in a query ("Ms Okafor") but are not part of the agent's label.
HONORIFICS = NAME_TITLES
NODE_WORDS = {"agent": ("source", "sources"), "claim": ("claim", "claims"),
              "document": ("article", "articles")}
EDGE_WORDS = {"stance": ("stance", "stances"), "reports": ("article–claim link", "article–claim links"),
              "published": ("publication", "publications"), "affiliation": ("affiliation", "affiliations"),
              "contradiction": ("contradiction", "contradictions"),
              "corroboration": ("corroboration", "corroborations"),
              "responds_to": ("response", "responses")}


@dataclass
class View:
    """A reduced graph ready to draw, with its title and what was left out of it.

    ``omitted`` has ``nodes`` and ``edges`` (counts by kind of what the full graph has and the
    view lacks), ``shown`` (node and edge totals of the view) and ``note`` (a sentence saying what
    was left out and why, shown on the page). ``focus`` is the node id of the focus agent.
    """

    graph: nx.MultiDiGraph
    omitted: dict
    title: str
    focus: str | None = None

    @property
    def note(self) -> str:
        """The sentence that tells the reader what is not shown and why."""
        return self.omitted.get("note", "")


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", str(text or "")).casefold()
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join("".join(c if c.isalnum() else " " for c in text).split())


def find_agent(nxg: nx.MultiDiGraph, name: str) -> str:
    """The node id of the agent called ``name``.

    Accepts a node IRI, the full name in any case and without accents, or part of it: the
    surname ("Okafor"), several of its words, or a fragment. Raises :class:`NotFound` when no
    agent matches, or when a partial name matches several agents (the message lists them).
    """
    if name in nxg and nxg.nodes[name].get("kind") == "agent":
        return name
    agents = [(n, d) for n, d in nxg.nodes(data=True) if d.get("kind") == "agent"]
    query = _fold(name)
    if not query:
        raise NotFound(Errors.E051.format(name=name))
    exact = [n for n, d in agents if _fold(d.get("label")) == query]
    if exact:
        return max(exact, key=lambda n: (int(nxg.nodes[n].get("quoted") or 0), n))
    words = [w for w in query.split() if w not in HONORIFICS] or query.split()
    by_words = [n for n, d in agents if set(words) <= set(_fold(d.get("label")).split())]
    matches = by_words or [n for n, d in agents if " ".join(words) in _fold(d.get("label"))]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise NotFound(Errors.E051.format(name=name))
    matches.sort(key=lambda n: (-int(nxg.nodes[n].get("quoted") or 0), str(nxg.nodes[n].get("label"))))
    shown = ", ".join(repr(str(nxg.nodes[n].get("label"))) for n in matches[:8])
    if len(matches) > 8:
        shown += f" and {len(matches) - 8} more"
    raise NotFound(Errors.E060.format(name=name, count=len(matches), candidates=shown))


def _stance_edges_in(g, claim):
    return [(u, k, d) for u, _, k, d in g.in_edges(claim, keys=True, data=True) if d.get("kind") == "stance"]


def _claim_neighbours(g, claim):
    for _, v, d in g.out_edges(claim, data=True):
        if d.get("kind") in CLAIM_LINKS:
            yield v
    for u, _, d in g.in_edges(claim, data=True):
        if d.get("kind") in CLAIM_LINKS:
            yield u


def _ego_nodes(g: nx.MultiDiGraph, agent: str, radius: int) -> set[str]:
    """Agents and claims within ``radius`` hops of ``agent`` over stances and claim-claim links,
    plus every holder of the claims reached, the agent's affiliations and the reporting articles."""
    seen = {agent: 0}
    queue = deque([agent])
    while queue:
        node = queue.popleft()
        depth = seen[node]
        if depth >= radius:
            continue
        kind = g.nodes[node].get("kind")
        if kind == "agent":
            nxt = [v for _, v, d in g.out_edges(node, data=True) if d.get("kind") == "stance"]
        elif kind == "claim":
            nxt = [u for u, _, _ in _stance_edges_in(g, node)] + list(_claim_neighbours(g, node))
        else:
            nxt = []
        for other in nxt:
            if other not in seen:
                seen[other] = depth + 1
                queue.append(other)
    keep = set(seen)
    claims = [n for n in keep if g.nodes[n].get("kind") == "claim"]
    for claim in claims:
        keep.update(u for u, _, _ in _stance_edges_in(g, claim))
        keep.update(u for u, _, d in g.in_edges(claim, data=True) if d.get("kind") == "reports")
    for _, v, d in g.out_edges(agent, data=True):
        if d.get("kind") == "affiliation":
            keep.add(v)
    for u, _, d in g.in_edges(agent, data=True):
        if d.get("kind") == "affiliation":
            keep.add(u)
    return keep


def _contradiction_subgraph(g: nx.MultiDiGraph, pinned: str | None) -> nx.MultiDiGraph:
    out = nx.MultiDiGraph()
    claims = set()
    for u, v, k, d in g.edges(keys=True, data=True):
        if d.get("kind") == "contradiction":
            claims.update((u, v))
            out.add_node(u, **g.nodes[u])
            out.add_node(v, **g.nodes[v])
            out.add_edge(u, v, key=k, **d)
    for claim in claims:
        for u, k, d in _stance_edges_in(g, claim):
            out.add_node(u, **g.nodes[u])
            out.add_edge(u, claim, key=k, **d)
    if pinned is not None and pinned not in out:
        out.add_node(pinned, **g.nodes[pinned])
    return out


def _claim_priority(g, claim) -> tuple:
    kinds = Counter(d.get("kind") for _, _, d in g.in_edges(claim, data=True))
    kinds.update(d.get("kind") for _, _, d in g.out_edges(claim, data=True))
    return (-kinds["contradiction"], -kinds["corroboration"], -kinds["stance"], claim)


def _reduce(g: nx.MultiDiGraph, max_nodes: int, pinned: str | None) -> tuple[nx.MultiDiGraph, dict]:
    """Keep the most-quoted agents with their claims up to ``max_nodes``; summarise the rest."""
    budget = max(1, max_nodes - 3)       # room for up to three "+ N more" nodes
    agents = [n for n, d in g.nodes(data=True) if d.get("kind") == "agent"]
    agents.sort(key=lambda n: (n != pinned, -int(g.nodes[n].get("quoted") or 0),
                               -g.out_degree(n), str(g.nodes[n].get("label"))))
    # A claim cap per source keeps one prolific source from filling the page on its own; the
    # focus agent may take half of the page.
    cap = max(3, budget // 12)
    keep: set[str] = set()
    kept_agents, capped = 0, 0
    for agent in agents:
        if len(keep) >= budget:
            break
        claims = [v for _, v, d in g.out_edges(agent, data=True) if d.get("kind") == "stance"]
        claims = sorted({c for c in claims if c not in keep}, key=lambda c: _claim_priority(g, c))
        keep.add(agent)
        kept_agents += 1
        limit = min(budget - len(keep), max(cap, budget // 2) if agent == pinned else cap)
        if len(claims) > limit:
            capped += 1
        keep.update(claims[:limit])
    if len(keep) < budget:               # articles behind the kept claims, most relevant first
        docs = Counter(u for c in keep for u, _, d in g.in_edges(c, data=True)
                       if d.get("kind") == "reports")
        for doc, _ in docs.most_common(budget - len(keep)):
            keep.add(doc)
    if not keep:                         # no agents at all: keep the best-connected nodes
        keep.update(sorted(g.nodes, key=lambda n: -g.degree(n))[:budget])
    reduced = g.subgraph(keep).copy()
    dropped = Counter(d.get("kind") for n, d in g.nodes(data=True) if n not in keep)
    for kind, (one, many) in NODE_WORDS.items():
        if dropped[kind]:
            by_kind = Counter(d.get("agent_kind") or "other" for n, d in g.nodes(data=True)
                              if n not in keep and d.get("kind") == kind) if kind == "agent" else {}
            count = dropped[kind]
            reduced.add_node(f"{AGGREGATE_PREFIX}{kind}", kind="aggregate", of_kind=kind, count=count,
                             label=f"+ {_count(count, 'more ' + one, 'more ' + many)}",
                             by_kind=dict(by_kind),
                             description=f"{_count(count, one, many)} of this view "
                                         f"{'is' if count == 1 else 'are'} not drawn, to keep the "
                                         f"page within {max_nodes:,} nodes.")
    info = {"kept_agents": kept_agents, "capped": capped, "cap": cap, "before": g.number_of_nodes()}
    return reduced, info


def _counts(g, attr="kind", edges=False):
    items = (d for *_, d in g.edges(data=True)) if edges else (d for _, d in g.nodes(data=True))
    return Counter(d.get(attr) for d in items if d.get(attr) != "aggregate")


def _count(n: int, one: str, many: str) -> str:
    return f"{n:,} {one if n == 1 else many}"


def _phrase(counter: Counter, words: dict) -> str:
    parts = []
    for kind, n in counter.most_common():
        if n <= 0:
            continue
        parts.append(_count(n, *words.get(kind, (str(kind), f"{kind}s"))))
    if len(parts) > 1:
        return ", ".join(parts[:-1]) + " and " + parts[-1]
    return parts[0] if parts else ""


def _annotate(view_g: nx.MultiDiGraph, full: nx.MultiDiGraph) -> None:
    """Per claim, how many holders and linked claims the view does not show; URLs on stances."""
    urls = {d.get("doc_id"): d.get("url") for _, d in full.nodes(data=True) if d.get("kind") == "document"}
    for node, data in view_g.nodes(data=True):
        if data.get("kind") != "claim" or node not in full:
            continue
        data["hidden_sources"] = len({u for u, _, _ in _stance_edges_in(full, node) if u not in view_g})
        data["hidden_links"] = sum(1 for other in _claim_neighbours(full, node) if other not in view_g)
    for _, _, data in view_g.edges(data=True):
        if data.get("kind") == "stance" and not data.get("url"):
            data["url"] = urls.get(data.get("doc_id"))


def select_view(nxg: nx.MultiDiGraph, *, focus: str | None = None, contradictions_only: bool = False,
                max_nodes: int = 400, radius: int = 2) -> View:
    """Choose the part of ``nxg`` one page shows.

    - ``focus``: an agent name (any case, or the surname or part of the name) or node IRI. The
      view is that agent's network within ``radius`` steps: its claims, who else took a stance
      on them, the claims that contradict or corroborate them and who holds those, its
      affiliations, and the articles reporting the claims. Raises :class:`kg.errors.NotFound`
      when no agent matches.
    - ``contradictions_only``: only claims that take part in a contradiction, the agents holding
      stances on them, and the stance and contradiction edges.
    - ``max_nodes``: above it, keep the most-quoted agents and their claims, and stand for the
      rest with "+ N more" summary nodes.

    The returned :class:`View` says in ``omitted`` what was left out and why.
    """
    if max_nodes < 1:
        raise ValueError("max_nodes must be at least 1")
    g, reasons, agent, title = nxg, [], None, "Claim graph"
    if focus is not None:
        agent = find_agent(nxg, focus)
        label = str(nxg.nodes[agent].get("label") or agent)
        g = nxg.subgraph(_ego_nodes(nxg, agent, max(1, radius))).copy()
        title = f"{label}: claims and sources within {max(1, radius)} steps"
        reasons.append(f"only what lies within {max(1, radius)} steps of {label} is shown (the claims "
                       f"{label} took a stance on, who else took a stance on them, claims that "
                       f"contradict or corroborate them, affiliations and the reporting articles)")
    if contradictions_only:
        g = _contradiction_subgraph(g, agent)
        title = f"{nxg.nodes[agent].get('label')}: contradictions" if agent else "Contradictions"
        reasons.append("only claims that take part in a contradiction are shown, with the sources "
                       "holding a stance on them")
    if g is nxg:
        g = nxg.copy()
    if g.number_of_nodes() > max_nodes:
        g, info = _reduce(g, max_nodes, agent)
        kept = _count(info["kept_agents"], "most-quoted source", "most-quoted sources")
        why = (f"the view had {info['before']:,} nodes, more than the limit of {max_nodes:,}, so only "
               f"the {kept} and their claims are drawn")
        if info["capped"]:
            why += (f", at most {info['cap']:,} claims each (contradicted and corroborated claims "
                    f"first; {_count(info['capped'], 'source has', 'sources have')} more)")
        why += "; the grey “+ N more” nodes stand for the rest"
        reasons.append(why)
    _annotate(g, nxg)
    missing_nodes = _counts(nxg) - _counts(g)
    missing_edges = _counts(nxg, edges=True) - _counts(g, edges=True)
    shown = {"nodes": sum(1 for _, d in g.nodes(data=True) if d.get("kind") != "aggregate"),
             "edges": g.number_of_edges()}
    if not missing_nodes and not missing_edges:
        note = (f"Everything in the graph is shown: {_count(shown['nodes'], 'node', 'nodes')} and "
                f"{_count(shown['edges'], 'edge', 'edges')}.")
    else:
        left = _phrase(missing_nodes, NODE_WORDS)
        edge_part = _phrase(missing_edges, EDGE_WORDS)
        note = (f"Showing {shown['nodes']:,} of {nxg.number_of_nodes():,} nodes. Left out: "
                + "; ".join(p for p in (left, edge_part) if p) + ".")
        if reasons:
            note += " Why: " + "; ".join(reasons) + "."
    omitted = {"nodes": dict(missing_nodes), "edges": dict(missing_edges), "shown": shown, "note": note}
    return View(graph=g, omitted=omitted, title=title, focus=agent)
