"""How each kind of node and edge looks: shapes, colours, dash patterns and sizes.

One table per concern, so that the graph, the legend and the tests read the same values.
Texts are kept as plain text (the page builds its tooltips from them); they are escaped where they enter HTML (the embedded JSON,
the page's DOM built with ``textContent`` and the autoescaping templates).
"""
from __future__ import annotations

import math

from kg.model import Stance

# Node look by agent kind / node kind. Shapes with the label *outside* (dot, square, ...) let
# vis-network honour ``size``, which carries how often an agent is quoted.
READABLE_PX = 9  # the smallest label height (CSS px on screen) the pages draw

AGENT_STYLES: dict[str, dict] = {
    "person": {"shape": "dot", "color": "#4e79a7", "legend": "person"},
    "organization": {"shape": "square", "color": "#9467bd", "legend": "organisation"},
    "place": {"shape": "triangle", "color": "#59a14f", "legend": "place"},
    "publisher": {"shape": "hexagon", "color": "#5f6b73", "legend": "publisher"},
    "group": {"shape": "star", "color": "#e3b505", "legend": "group"},
    "other": {"shape": "triangleDown", "color": "#a0a0a0", "legend": "other source"},
}
CLAIM_STYLE = {"shape": "box", "color": "#fff4c2", "border": "#d9a400", "legend": "claim"}
DOCUMENT_STYLE = {"shape": "diamond", "color": "#b5835a", "legend": "article"}
AGGREGATE_STYLE = {"shape": "ellipse", "color": "#eeeeee", "border": "#888888",
                   "legend": "summary of what was left out"}

# Edge look by stance. ``dashes`` is False or a vis-network dash pattern [dash, gap].
STANCE_STYLES: dict[str, dict] = {
    Stance.ASSERTS.value: {"color": "#1f6fb4", "dashes": False, "width": 2},
    Stance.DENIES.value: {"color": "#b2182b", "dashes": [10, 6], "width": 2},
    Stance.CONFIRMS.value: {"color": "#1b9e77", "dashes": False, "width": 3},
    Stance.DOES_NOT_CONFIRM.value: {"color": "#e08a00", "dashes": [4, 4], "width": 2},
    Stance.CANNOT_VERIFY.value: {"color": "#7f7f7f", "dashes": [2, 5], "width": 2},
}
# Other edge kinds. Contradictions must be the most conspicuous thing on the page.
LINK_STYLES: dict[str, dict] = {
    "contradiction": {"color": "#ff5a1f", "dashes": False, "width": 6, "arrows": False,
                      "legend": "contradiction (label: its kind)"},
    "corroboration": {"color": "#2ca02c", "dashes": False, "width": 4, "arrows": False,
                      "legend": "corroboration"},
    "responds_to": {"color": "#7b4fa6", "dashes": [6, 3], "width": 1.5, "arrows": True,
                    "legend": "responds to another claim"},
    "affiliation": {"color": "#8c6d31", "dashes": [2, 3], "width": 1.5, "arrows": True,
                    "legend": "affiliation (label: role)"},
    "reports": {"color": "#c4c4c4", "dashes": False, "width": 1, "arrows": True,
                "legend": "articles (article → claim)"},
    "published": {"color": "#c4c4c4", "dashes": [2, 2], "width": 1, "arrows": True,
                  "legend": "publisher published article"},
}
CERTAINTY_OPACITY = {"certain": 1.0, "probable": 0.75, "possible": 0.5}
CLAIM_LABEL_CHARS = 70
DOCUMENT_LABEL_CHARS = 40


def stance_label(value: str) -> str:
    """'does not confirm' for 'does_not_confirm'; unknown values pass through."""
    try:
        return Stance(value).label
    except ValueError:
        return str(value).replace("_", " ")


def shorten(text: str, limit: int) -> str:
    """``text`` cut at a word boundary to at most ``limit`` characters, with an ellipsis."""
    text = " ".join(str(text or "").split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0] or text[: limit - 1]
    return cut.rstrip(",;:.") + "…"


def agent_size(quoted: int) -> float:
    """Node size for an agent quoted ``quoted`` times: grows with the square root, capped."""
    return round(min(60.0, 12.0 + 6.0 * math.sqrt(max(0, int(quoted or 0)))), 1)


def _agent_style(data: dict) -> dict:
    return AGENT_STYLES.get(data.get("agent_kind") or "other", AGENT_STYLES["other"])


def node_visual(data: dict, *, overview: bool = False) -> dict:
    """vis-network options (shape, colour, size, label, font) for a node with attributes ``data``.

    ``overview`` is for large static views, seen from far away: source and summary labels are
    drawn larger there so that they stay legible when the whole graph fits the screen.
    """
    kind = data.get("kind")
    label = str(data.get("label") or "")
    landmark = 48 if overview else 22
    if kind == "agent":
        st = _agent_style(data)
        size = agent_size(data.get("quoted", 0)) * (2 if overview else 1)
        return {"label": label, "shape": st["shape"], "size": size,
                "color": {"background": st["color"], "border": "#333333",
                          "highlight": {"background": st["color"], "border": "#000000"}},
                "font": {"size": landmark, "color": "#1a1a1a", "strokeWidth": 6,
                         "strokeColor": "#ffffff"},
                "borderWidth": 1.5}
    if kind == "claim":
        return {"label": shorten(data.get("label") or data.get("text"), CLAIM_LABEL_CHARS),
                "shape": CLAIM_STYLE["shape"],
                "color": {"background": CLAIM_STYLE["color"], "border": CLAIM_STYLE["border"],
                          "highlight": {"background": "#ffe680", "border": "#7a5c00"}},
                "font": {"size": 13, "color": "#1a1a1a"}, "widthConstraint": {"maximum": 190},
                "borderWidth": 1, "margin": 6}
    if kind == "document":
        return {"label": shorten(label, DOCUMENT_LABEL_CHARS), "shape": DOCUMENT_STYLE["shape"],
                "size": 10, "color": {"background": DOCUMENT_STYLE["color"], "border": "#5c3d1e"},
                "font": {"size": 12, "color": "#5c3d1e"}}
    # aggregate ("+ 120 more sources") and anything unknown
    return {"label": label, "shape": AGGREGATE_STYLE["shape"],
            "color": {"background": AGGREGATE_STYLE["color"], "border": AGGREGATE_STYLE["border"]},
            "font": {"size": landmark, "color": "#444444"}, "borderWidth": 1.5,
            "shapeProperties": {"borderDashes": [5, 4]}}


def edge_visual(data: dict) -> dict:
    """vis-network options (colour, dashes, width, arrows, label) for an edge with ``data``."""
    kind = data.get("kind")
    if kind == "stance":
        st = STANCE_STYLES.get(data.get("stance"), STANCE_STYLES[Stance.ASSERTS.value])
        opacity = CERTAINTY_OPACITY.get(data.get("certainty") or "certain", 1.0)
        return {"color": {"color": st["color"], "highlight": st["color"], "hover": st["color"],
                          "opacity": opacity},
                "dashes": st["dashes"], "width": st["width"],
                "arrows": {"to": {"enabled": True, "scaleFactor": 0.6}}}
    st = LINK_STYLES.get(kind, LINK_STYLES["reports"])
    out = {"color": {"color": st["color"], "highlight": st["color"], "hover": st["color"]},
           "dashes": st["dashes"], "width": st["width"],
           "arrows": {"to": {"enabled": bool(st["arrows"]), "scaleFactor": 0.5}}}
    if kind == "contradiction":
        label = str(data.get("contradiction_kind") or "contradiction").replace("_", " ")
        out["label"] = label
        out["font"] = {"size": 20, "color": "#b33000", "strokeWidth": 5, "strokeColor": "#ffffff"}
        out["smooth"] = False
    elif kind == "corroboration":
        out["label"] = "corroborates"
        out["font"] = {"size": 16, "color": "#1e7a1e", "strokeWidth": 5, "strokeColor": "#ffffff"}
        out["smooth"] = False
    elif kind == "affiliation" and data.get("role"):
        out["label"] = str(data["role"])
        out["font"] = {"size": 11, "color": "#8c6d31", "strokeWidth": 3, "strokeColor": "#ffffff"}
    return out


def network_options(*, physics: bool, n_nodes: int) -> dict:
    """vis-network options: physics with bounded stabilisation for small views, none for large ones."""
    big = not physics
    options = {
        "autoResize": True,
        "layout": {"improvedLayout": False},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": big,
                        "hideEdgesOnZoom": big, "multiselect": False, "navigationButtons": False,
                        "keyboard": {"enabled": False}},
        # a label that would be drawn smaller than READABLE_PX on screen is not drawn at all
        # (vis-network's drawThreshold): zoomed out, claim boxes and small names no longer
        # blur into 5-6 px text that overlaps; zooming in brings them back at a legible size
        "nodes": {"font": {"face": "system-ui, -apple-system, 'Segoe UI', sans-serif"},
                  "scaling": {"label": {"drawThreshold": READABLE_PX + 1}}},
        "edges": {"scaling": {"label": {"drawThreshold": READABLE_PX + 1}},
                  "smooth": False if big else {"enabled": True, "type": "continuous",
                                               "roundness": 0.3},
                  "selectionWidth": 2, "hoverWidth": 1.5},
    }
    if physics:
        iterations = 200 if n_nodes <= 150 else 120
        options["physics"] = {
            "enabled": True, "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -90, "centralGravity": 0.01,
                                 "springLength": 110, "springConstant": 0.06, "avoidOverlap": 0.6,
                                 "damping": 0.5},
            "stabilization": {"enabled": True, "iterations": iterations, "updateInterval": 20,
                              "fit": True},
            "minVelocity": 2, "maxVelocity": 40,
        }
    else:
        options["physics"] = {"enabled": False}
    return options


def present_legend(g) -> dict:
    """The legend's entries for the kinds of node, stance and link that graph `g` holds (a legend
    that lists what the page does not contain misleads the reader)."""
    full = legend()
    agent_kinds = {d.get("agent_kind") or "other" for _, d in g.nodes(data=True) if d.get("kind") == "agent"}
    node_kinds = {d.get("kind") for _, d in g.nodes(data=True)}
    edge_kinds = {d.get("kind") for _, _, d in g.edges(data=True)}
    stances = {d.get("stance") for _, _, d in g.edges(data=True) if d.get("kind") == "stance"}
    wanted = {AGENT_STYLES[k]["legend"] for k in agent_kinds if k in AGENT_STYLES}
    if agent_kinds - set(AGENT_STYLES):
        wanted.add(AGENT_STYLES["other"]["legend"])
    for kind, st in (("claim", CLAIM_STYLE), ("document", DOCUMENT_STYLE), ("aggregate", AGGREGATE_STYLE)):
        if kind in node_kinds:
            wanted.add(st["legend"])
    return {"nodes": [n for n in full["nodes"] if n["label"] in wanted],
            "stances": [s for s in full["stances"] if s["value"] in stances],
            "links": [link for link in full["links"] if link["value"] in edge_kinds]}


def legend() -> dict:
    """The legend's entries, read from the same tables that style the graph."""
    nodes = [{"label": st["legend"], "shape": st["shape"], "color": st["color"], "border": "#333333"}
             for st in AGENT_STYLES.values()]
    nodes.append({"label": CLAIM_STYLE["legend"], "shape": "box", "color": CLAIM_STYLE["color"],
                  "border": CLAIM_STYLE["border"]})
    nodes.append({"label": DOCUMENT_STYLE["legend"], "shape": "diamond",
                  "color": DOCUMENT_STYLE["color"], "border": "#5c3d1e"})
    nodes.append({"label": AGGREGATE_STYLE["legend"], "shape": "ellipse",
                  "color": AGGREGATE_STYLE["color"], "border": AGGREGATE_STYLE["border"]})
    stances = [{"value": value, "label": stance_label(value), "color": st["color"],
                "dash": _svg_dash(st["dashes"]), "width": st["width"]}
               for value, st in STANCE_STYLES.items()]
    links = [{"value": kind, "label": st["legend"], "color": st["color"],
              "dash": _svg_dash(st["dashes"]), "width": st["width"]}
             for kind, st in LINK_STYLES.items()]
    return {"nodes": nodes, "stances": stances, "links": links}


def _svg_dash(dashes) -> str:
    return " ".join(str(x) for x in dashes) if dashes else ""
