"""Turning a :class:`~kg.explore.view.View` into a pyvis network and a self-contained HTML page.

The page is one file that works offline: vis-network's JS and CSS (shipped inside the pyvis
package) are inlined, the graph is embedded as JSON, and a Content-Security-Policy forbids
every fetch, so nothing is loaded from anywhere, not even by accident.
"""
from __future__ import annotations

import base64
import functools
import hashlib
import json
import math
import re
from pathlib import Path

from kg.errors import Errors, MissingDependency
from kg.explore import layout, style
from kg.explore.view import View, select_view

VIS_VERSION = "9.1.2"
HERE = Path(__file__).parent


def _pyvis():
    try:
        import pyvis  # noqa: F401
        from pyvis.network import Network
    except ImportError as exc:
        raise MissingDependency(Errors.E022.format(
            package="pyvis", purpose="HTML graph explorations",
            install="'pyvis==0.3.2' (or pip install -e '.[viz]')")) from exc
    return pyvis, Network


@functools.lru_cache(maxsize=1)
def vis_assets() -> tuple[str, str]:
    """vis-network's JS and CSS from the pyvis package, ready to inline."""
    pyvis, _ = _pyvis()
    lib = Path(pyvis.__file__).parent / "lib" / f"vis-{VIS_VERSION}"
    js = (lib / "vis-network.min.js").read_text(encoding="utf-8")
    css = (lib / "vis-network.css").read_text(encoding="utf-8")
    js = re.sub(r"//# sourceMappingURL=\S*\s*$", "", js)      # no .map lookups, even by devtools
    css = re.sub(r"/\*# sourceMappingURL=\S*\s*\*/\s*$", "", css)
    return js.replace("</script", "<\\/script"), css.replace("</style", "<\\/style")


@functools.lru_cache(maxsize=1)
def _templates():
    _pyvis()                                   # jinja2 comes with pyvis: one message for both
    import jinja2

    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(HERE)),
                             autoescape=True, trim_blocks=True, lstrip_blocks=True)
    env.globals["shape_svg"] = shape_svg
    return env


def _read(name: str) -> str:
    return (HERE / name).read_text(encoding="utf-8")


def _jsonable(value):
    """Graph attribute values as JSON: no NaN, no sets, no foreign objects."""
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_jsonable(v) for v in value]
    return str(value)


def embed_json(data) -> str:
    """JSON safe to put inside ``<script type="application/json">``: ``<``, ``>`` and ``&``
    are written as unicode escapes, so no text from the graph can close the element."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escape)
    return text


def _csp_hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode() + "'"


def build_network(view: View, *, physics_threshold: int = 300, links: dict[str, str] | None = None):
    """A pyvis ``Network`` of ``view``: styled nodes and edges with their evidence in ``kg``.

    Each node and edge dict carries vis-network options (shape, colour, size, dashes, width,
    arrows, label, x/y from :func:`layout.hub_layout`) and a ``kg`` dict with the graph
    attributes that the page's tooltips and side panel show (the evidence sentence, article
    title, publisher, date, ...; a stance's ``statement`` IRI is the edge ``id``). Above ``physics_threshold`` nodes, physics is off and
    the precomputed positions are final; below it they are the starting point of a bounded
    stabilisation. ``links`` maps agent node ids to the URL of their own page.
    """
    _, Network = _pyvis()
    from pyvis.edge import Edge
    from pyvis.node import Node

    g = view.graph
    n_nodes = g.number_of_nodes()
    physics = n_nodes <= physics_threshold
    net = Network(height="100%", width="100%", directed=True, heading=view.title,
                  cdn_resources="in_line")
    positions = layout.hub_layout(g)
    # Network.add_node/add_edge scan Python lists for duplicates (quadratic at 5,000 nodes);
    # networkx already guarantees unique ids, so the option dicts are appended directly.
    for node, data in g.nodes(data=True):
        opts = style.node_visual(data, overview=not physics)
        shape, label = opts.pop("shape"), opts.pop("label")
        x, y = positions.get(node, (0.0, 0.0))
        opts.update(x=x, y=y, physics=physics)
        payload = {k: _jsonable(v) for k, v in data.items()}
        if payload.get("text") == payload.get("label"):
            payload.pop("text", None)            # claims: the label is the full text
        if data.get("kind") == "agent":
            payload["agent_kind_label"] = style.AGENT_STYLES.get(
                data.get("agent_kind") or "other", style.AGENT_STYLES["other"])["legend"]
        opts["kg"] = payload
        item = Node(node, shape, label=label, **opts).options
        net.nodes.append(item)
        net.node_ids.append(node)
        net.node_map[node] = item
    seen_ids: set[str] = set()
    for u, v, key, data in g.edges(keys=True, data=True):
        edge_id = str(key)
        if edge_id in seen_ids:
            edge_id = f"{u}|{v}|{key}"
        seen_ids.add(edge_id)
        opts = style.edge_visual(data)
        opts["id"] = edge_id
        opts["kg"] = {k: _jsonable(v) for k, v in data.items() if k != "statement" or v != key}
        net.edges.append(Edge(u, v, directed=True, **opts).options)
    net.options = style.network_options(physics=physics, n_nodes=n_nodes)
    net.kg_meta = {
        "title": view.title, "note": view.note, "omitted": _jsonable(view.omitted),
        "physics": physics, "focus": view.focus, "links": dict(links or {}),
        "stances": [{"value": s["value"], "label": s["label"], "color": s["color"]}
                    for s in style.legend()["stances"]],
        "readable": style.READABLE_PX, "empty": _empty_text(view) if n_nodes == 0 else "",
    }
    return net


STYLE_KEYS = ("shape", "color", "font", "borderWidth", "widthConstraint", "margin",
              "shapeProperties", "physics", "dashes", "width", "arrows", "smooth")
DOC_KEYS = ("doc_title", "publisher", "published", "url")


def page_data(net) -> dict:
    """The JSON the page embeds: vis nodes, edges and options, and ``meta`` for the page.

    Lossless but compact: style options shared by many items are stored once in ``styles``
    (items refer to them by index in ``s``), and an article's title, publisher, date and URL
    once in ``documents`` (stance edges keep its ``doc_id``). The page expands both on load.
    """
    styles: list[dict] = []
    index: dict[str, int] = {}
    documents: dict[str, dict] = {}

    def compact(item: dict) -> dict:
        shared = {k: item[k] for k in STYLE_KEYS if k in item}
        key = repr(shared)         # equal styles are built in the same key order: repr is enough
        if key not in index:
            index[key] = len(styles)
            styles.append(shared)
        out = {k: v for k, v in item.items() if k not in STYLE_KEYS}
        out["s"] = index[key]
        return out

    edges = []
    for item in net.edges:
        out = compact(item)
        kg = item.get("kg") or {}
        doc_id = kg.get("doc_id")
        if kg.get("kind") == "stance" and doc_id:
            known = documents.setdefault(doc_id, {k: kg.get(k) for k in DOC_KEYS})
            if all(known.get(k) == kg.get(k) for k in DOC_KEYS):
                out["kg"] = {k: v for k, v in kg.items() if k not in DOC_KEYS}
        edges.append(out)
    return {"nodes": [compact(item) for item in net.nodes], "edges": edges, "styles": styles,
            "documents": documents, "options": net.options, "meta": getattr(net, "kg_meta", {})}


def expand_page_data(data: dict) -> dict:
    """The inverse of the compaction in :func:`page_data` (what the page's script does)."""
    def expand(item):
        out = dict(data["styles"][item["s"]])
        out.update({k: v for k, v in item.items() if k != "s"})
        return out

    edges = []
    for item in data["edges"]:
        edge = expand(item)
        kg = edge.get("kg") or {}
        if kg.get("kind") == "stance" and kg.get("doc_id") in data["documents"]:
            edge["kg"] = {**data["documents"][kg["doc_id"]], **kg}
        edges.append(edge)
    return {**data, "nodes": [expand(n) for n in data["nodes"]], "edges": edges}


def _empty_text(view: View) -> str:
    """What an empty page says instead of drawing nothing forever."""
    if "ontradictions" in view.title:
        return "No contradictions were found in this store, so there is nothing to draw."
    return "There is nothing to draw: the view holds no sources, claims or articles."


def read_page_data(html: str) -> dict:
    """The expanded graph data embedded in a page written by :func:`render_html`."""
    match = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S)
    if match is None:
        raise ValueError("the page has no embedded kg-data")
    return expand_page_data(json.loads(match.group(1)))


def render_html(view: View, *, physics_threshold: int = 300, links: dict[str, str] | None = None,
                back_link: str | None = None, network=None, header_links=()) -> str:
    """The exploration page of ``view`` as one self-contained HTML string.

    Uses ``network`` when given (from :func:`build_network`), else builds one. ``back_link`` is
    a relative link shown in the header (the site's overview page); ``header_links`` are more
    (label, href) pairs beside it (kg serve links an agent's page to its SPARQL rows).
    """
    net = network if network is not None else build_network(
        view, physics_threshold=physics_threshold, links=links)
    vis_js, vis_css = vis_assets()
    page_js = _read("page.js")
    csp = ("default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
           f"script-src {_csp_hash(vis_js)} {_csp_hash(page_js)}; "
           "base-uri 'none'; form-action 'none'")
    return _templates().get_template("page.html.j2").render(
        title=view.title, note=view.note, back_link=back_link, header_links=list(header_links),
        legend=style.present_legend(view.graph), csp=csp,
        vis_js=vis_js, vis_css=vis_css, page_css=_read("page.css"), page_js=page_js,
        data_json=embed_json(page_data(net)))


def write_exploration(nxg, path, *, physics_threshold: int = 300, **view_options) -> Path:
    """Write the exploration page of ``nxg`` to ``path`` and return the path.

    ``view_options`` go to :func:`select_view` (``focus``, ``contradictions_only``,
    ``max_nodes``, ``radius``).
    """
    view = select_view(nxg, **view_options)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_html(view, physics_threshold=physics_threshold), encoding="utf-8")
    return path


def shape_svg(item: dict) -> str:
    """A small SVG drawing of a node shape for the legend (inside viewBox -13 -9 26 18)."""
    fill, stroke = item["color"], item.get("border", "#333333")
    common = f'fill="{fill}" stroke="{stroke}" stroke-width="1.2"'
    shape = item["shape"]
    if shape == "dot":
        return f'<circle r="6.5" {common}/>'
    if shape == "square":
        return f'<rect x="-6" y="-6" width="12" height="12" {common}/>'
    if shape == "box":
        return f'<rect x="-12" y="-7" width="24" height="14" rx="3" {common}/>'
    if shape == "ellipse":
        return f'<ellipse rx="12" ry="7" {common} stroke-dasharray="3 2"/>'
    points = {
        "triangle": [(0, -7), (7, 6), (-7, 6)],
        "triangleDown": [(0, 7), (7, -6), (-7, -6)],
        "diamond": [(0, -7.5), (7.5, 0), (0, 7.5), (-7.5, 0)],
        "hexagon": [(7 * math.cos(a), 7 * math.sin(a)) for a in (i * math.pi / 3 for i in range(6))],
        "star": [((7 if i % 2 == 0 else 3) * math.cos(-math.pi / 2 + i * math.pi / 5),
                  (7 if i % 2 == 0 else 3) * math.sin(-math.pi / 2 + i * math.pi / 5)) for i in range(10)],
    }.get(shape, [(0, -7), (7, 6), (-7, 6)])
    pts = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
    return f'<polygon points="{pts}" {common}/>'
