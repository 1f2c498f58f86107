"""A small static site over the claim graph: an overview page with corpus statistics and
tables, a page per most-quoted source, the contradictions, and the whole graph."""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from pathlib import Path

import networkx as nx

from kg.explore import style
from kg.explore.page import _templates, build_network, render_html
from kg.explore.view import select_view
from kg.model import Stance


def _agent_row(g: nx.MultiDiGraph, node: str, contradicted: Counter) -> dict:
    data = g.nodes[node]
    claims = {v for _, v, d in g.out_edges(node, data=True) if d.get("kind") == "stance"}
    return {"id": node, "label": str(data.get("label") or node),
            "agent_kind": style.AGENT_STYLES.get(data.get("agent_kind") or "other",
                                                 style.AGENT_STYLES["other"])["legend"],
            "quoted": int(data.get("quoted") or 0), "claims": len(claims),
            "contradicted": contradicted[node]}


def corpus_statistics(nxg: nx.MultiDiGraph, *, top: int = 10) -> dict:
    """Counts for the overview page.

    ``articles``, ``agents``, ``claims``, ``attributions`` (stance edges) and
    ``attributions_by_stance`` (every stance, zeros included), ``contradictions`` and
    ``contradictions_by_kind``, ``corroborations``, ``agents_by_kind``; ``most_quoted`` and
    ``most_contradicted`` are the ``top`` sources by ``quoted`` and by the number of
    contradictions touching the claims they took a stance on.
    """
    nodes = Counter(d.get("kind") for _, d in nxg.nodes(data=True))
    agents_by_kind = Counter(d.get("agent_kind") or "other" for _, d in nxg.nodes(data=True)
                             if d.get("kind") == "agent")
    by_stance = Counter({s.value: 0 for s in Stance})
    by_contradiction = Counter()
    corroborations = 0
    holders: dict[str, set[str]] = {}
    for u, v, d in nxg.edges(data=True):
        kind = d.get("kind")
        if kind == "stance":
            by_stance[d.get("stance")] += 1
            holders.setdefault(v, set()).add(u)
        elif kind == "contradiction":
            by_contradiction[d.get("contradiction_kind") or "unspecified"] += 1
        elif kind == "corroboration":
            corroborations += 1
    contradicted = Counter()
    for u, v, d in nxg.edges(data=True):
        if d.get("kind") == "contradiction":
            for agent in holders.get(u, set()) | holders.get(v, set()):
                contradicted[agent] += 1
    agents = [n for n, d in nxg.nodes(data=True) if d.get("kind") == "agent"]
    most_quoted = sorted(agents, key=lambda n: (-int(nxg.nodes[n].get("quoted") or 0),
                                                str(nxg.nodes[n].get("label"))))[:top]
    most_contradicted = sorted((n for n in agents if contradicted[n]),
                               key=lambda n: (-contradicted[n], str(nxg.nodes[n].get("label"))))[:top]
    return {
        "articles": nodes["document"], "agents": nodes["agent"], "claims": nodes["claim"],
        "agents_by_kind": dict(agents_by_kind),
        "attributions": sum(by_stance.values()), "attributions_by_stance": dict(by_stance),
        "contradictions": sum(by_contradiction.values()),
        "contradictions_by_kind": dict(by_contradiction), "corroborations": corroborations,
        "most_quoted": [_agent_row(nxg, n, contradicted) for n in most_quoted],
        "most_contradicted": [_agent_row(nxg, n, contradicted) for n in most_contradicted],
    }


def slugify(text: str) -> str:
    """'Adaeze Okafor' → 'adaeze-okafor' (ASCII, at most 60 characters, never empty)."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:60].strip("-") or "source"


def write_site(nxg: nx.MultiDiGraph, directory, *, top_n: int = 25, max_nodes: int = 400,
               graph_max_nodes: int = 1500, physics_threshold: int = 300, agent_links=None,
               index_links=()) -> Path:
    """Write an exploration site into ``directory`` and return the path of its ``index.html``.

    - ``index.html``: corpus statistics (articles, sources, attributions by stance,
      contradictions, corroborations), the most-quoted and most-contradicted sources, links;
    - ``agents/<slug>.html``: the network of each of the ``top_n`` most-quoted sources (and of
      the sources in the most-contradicted table), each limited to ``max_nodes``;
    - ``contradictions.html``: only the claims in contradictions and who holds them;
    - ``graph.html``: the whole graph, cut down to ``graph_max_nodes``.

    ``agent_links(node, href)`` may give more (label, href) links for the header of an agent's page
    (at ``href``, relative to the index), and
    ``index_links`` more links for the overview (kg serve adds the SPARQL query page).
    """
    out = Path(directory)
    (out / "agents").mkdir(parents=True, exist_ok=True)
    stats = corpus_statistics(nxg)
    agents = [n for n, d in nxg.nodes(data=True) if d.get("kind") == "agent"]
    agents.sort(key=lambda n: (-int(nxg.nodes[n].get("quoted") or 0), str(nxg.nodes[n].get("label"))))
    chosen = agents[:max(0, top_n)]
    chosen += [row["id"] for row in stats["most_contradicted"] if row["id"] not in chosen]
    slugs: dict[str, str] = {}
    used: set[str] = set()
    for node in chosen:
        base = slug = slugify(str(nxg.nodes[node].get("label") or node))
        k = 2
        while slug in used:
            slug, k = f"{base}-{k}", k + 1
        used.add(slug)
        slugs[node] = slug
    root_links = {n: f"agents/{s}.html" for n, s in slugs.items()}
    sibling_links = {n: f"{s}.html" for n, s in slugs.items()}

    def page(path: Path, view, links, back, extra=()):
        net = build_network(view, physics_threshold=physics_threshold, links=links)
        path.write_text(render_html(view, network=net, back_link=back, header_links=extra), encoding="utf-8")

    for node, slug in slugs.items():
        view = select_view(nxg, focus=node, max_nodes=max_nodes)
        page(out / "agents" / f"{slug}.html", view, sibling_links, "../index.html",
             agent_links(node, root_links[node]) if agent_links else ())
    page(out / "contradictions.html", select_view(nxg, contradictions_only=True, max_nodes=max_nodes),
         root_links, "index.html")
    page(out / "graph.html", select_view(nxg, max_nodes=graph_max_nodes), root_links, "index.html")
    for table in ("most_quoted", "most_contradicted"):
        for row in stats[table]:
            row["href"] = root_links.get(row["id"])
    pages = [{"label": str(nxg.nodes[n].get("label") or n), "href": root_links[n],
              "quoted": int(nxg.nodes[n].get("quoted") or 0)} for n in slugs]
    stance_rows = [{"label": s["label"], "color": s["color"],
                    "count": stats["attributions_by_stance"].get(s["value"], 0)}
                   for s in style.legend()["stances"]]
    html = _templates().get_template("index.html.j2").render(
        stats=stats, stance_rows=stance_rows, pages=pages, title="Claim graph: overview",
        index_links=list(index_links))
    index = out / "index.html"
    index.write_text(html, encoding="utf-8")
    return index
