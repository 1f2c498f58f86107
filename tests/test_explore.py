"""kg.explore: view selection, styling, evidence, escaping, offline pages and the overview site.

The tests read the node and edge data from the pyvis Network object or from the JSON the page
embeds, never compare HTML text with a snapshot.
"""
from __future__ import annotations

import base64
import hashlib
import html as htmllib
import re
import sys
from collections import Counter
from html.parser import HTMLParser

import networkx as nx
import pytest

pytest.importorskip("pyvis")

from kg.errors import KGError, MissingDependency, NotFound  # noqa: E402
from kg.explore import (  # noqa: E402
    build_network,
    corpus_statistics,
    render_html,
    select_view,
    style,  # noqa: E402
    write_exploration,
    write_site,
)
from kg.explore.layout import hub_layout  # noqa: E402
from kg.explore.page import read_page_data  # noqa: E402
from kg.model import Stance  # noqa: E402
from tests.graphs import sample_graph  # noqa: E402

NS = "https://kg.example/test/"


def tiny_graph() -> nx.MultiDiGraph:
    """Five sources, four claims, two articles; one contradiction; all names made up."""
    g = nx.MultiDiGraph()

    def agent(key, label, kind, affiliations=()):
        g.add_node(NS + key, kind="agent", label=label, agent_kind=kind, quoted=0,
                   affiliations=list(affiliations))

    agent("okafor", "Adaeze Okafor", "person")
    agent("lindqvist", "Bram Lindqvist", "person", ["adviser of Ministry of Harbours"])
    agent("ministry", "Ministry of Harbours", "organization")
    agent("duarte", "Elif Duarte", "person")
    agent("courier", "The Varnholm Courier", "publisher")
    agent("varnholm", "Varnholm", "place")
    for key, text in {"c1": "The ferry contract was awarded without a tender",
                      "c2": "The ferry contract went through an open tender",
                      "c3": "The bridge failed its safety inspection",
                      "c4": "The census counted 40,000 residents"}.items():
        g.add_node(NS + key, kind="claim", label=text, text=text, group=f"g-{key}")
    for key, title in {"d1": "Ferry row deepens", "d2": "Council answers critics"}.items():
        g.add_node(NS + key, kind="document", label=title, doc_id=key, publisher="The Varnholm Courier",
                   published="2024-03-0" + key[1], url=f"https://news.example/{key}")
        g.add_edge(NS + "courier", NS + key, key=NS + "pub-" + key, kind="published")

    def stance(i, who, claim, value, doc):
        title = g.nodes[NS + doc]["label"]
        g.add_edge(NS + who, NS + claim, key=f"{NS}st{i}", kind="stance", stance=value,
                   certainty="certain", cue="said", channel=None,
                   sentence=f"{g.nodes[NS + who]['label']} said something about {claim}.",
                   doc_id=doc, doc_title=title, publisher="The Varnholm Courier",
                   published=g.nodes[NS + doc]["published"], statement=f"{NS}st{i}")
        g.nodes[NS + who]["quoted"] += 1
        g.add_edge(NS + doc, NS + claim, key=f"{NS}rep-{doc}-{claim}", kind="reports")

    stance(1, "okafor", "c1", "asserts", "d1")
    stance(2, "okafor", "c3", "asserts", "d1")
    stance(3, "lindqvist", "c3", "denies", "d1")
    stance(4, "ministry", "c2", "asserts", "d2")
    stance(5, "duarte", "c4", "asserts", "d2")
    stance(6, "varnholm", "c4", "cannot_verify", "d2")
    g.add_edge(NS + "c1", NS + "c2", key=NS + "x1", kind="contradiction",
               contradiction_kind="polarity_conflict", score=0.9, explanation="tender or not",
               sentence_a="a", sentence_b="b")
    g.add_edge(NS + "lindqvist", NS + "ministry", key=NS + "aff1", kind="affiliation", role="adviser")
    return g


def by_id(items):
    return {item["id"]: item for item in items}


# ---- sample graphs --------------------------------------------------------------------------

def test_sample_graph_follows_the_contract():
    g = sample_graph(n_agents=20, n_claims=60, seed=3)
    kinds = Counter(d["kind"] for _, d in g.nodes(data=True))
    assert kinds["claim"] == 60 and kinds["document"] >= 2 and kinds["agent"] >= 20
    edge_kinds = {d["kind"] for *_, d in g.edges(data=True)}
    assert {"stance", "reports", "published", "contradiction"} <= edge_kinds
    for node, data in g.nodes(data=True):
        if data["kind"] == "agent":
            stances = sum(1 for *_, d in g.out_edges(node, data=True) if d["kind"] == "stance")
            assert data["quoted"] == stances
    for *_, d in g.edges(data=True):
        if d["kind"] == "stance":
            assert d["stance"] in {s.value for s in Stance} and d["sentence"] and d["doc_title"]
    assert nx.utils.graphs_equal(g, sample_graph(n_agents=20, n_claims=60, seed=3))


# ---- styling -----------------------------------------------------------------------------------

def test_nodes_are_shaped_and_coloured_by_kind():
    g = tiny_graph()
    net = build_network(select_view(g))
    nodes = by_id(net.nodes)
    expected = {"okafor": ("dot", "person"), "ministry": ("square", "organization"),
                "varnholm": ("triangle", "place"), "courier": ("hexagon", "publisher")}
    for key, (shape, kind) in expected.items():
        assert nodes[NS + key]["shape"] == shape
        assert nodes[NS + key]["color"]["background"] == style.AGENT_STYLES[kind]["color"]
    assert nodes[NS + "c1"]["shape"] == "box"
    assert nodes[NS + "c1"]["color"]["background"] == style.CLAIM_STYLE["color"]
    assert nodes[NS + "d1"]["shape"] == "diamond"
    shapes = {n["shape"] for n in net.nodes}
    assert len(shapes) >= 6                      # one per kind present
    # size grows with how often an agent is quoted
    assert nodes[NS + "okafor"]["size"] > nodes[NS + "lindqvist"]["size"] > nodes[NS + "courier"]["size"]


def test_edges_are_styled_by_stance_and_links_stand_out():
    g = sample_graph(n_agents=30, n_claims=150, seed=5)
    net = build_network(select_view(g, max_nodes=10_000))
    looks = {}
    for edge in net.edges:
        kg = edge["kg"]
        if kg["kind"] == "stance":
            st = style.STANCE_STYLES[kg["stance"]]
            assert edge["color"]["color"] == st["color"] and edge["dashes"] == st["dashes"]
            assert edge["arrows"]["to"]["enabled"] is True
            looks[kg["stance"]] = (edge["color"]["color"], str(edge["dashes"]))
        elif kg["kind"] == "contradiction":
            assert edge["width"] >= 5 and edge["arrows"]["to"]["enabled"] is False
            assert edge["label"] == kg["contradiction_kind"].replace("_", " ")
            assert edge["color"]["color"] == style.LINK_STYLES["contradiction"]["color"]
        elif kg["kind"] == "corroboration":
            assert edge["color"]["color"] == style.LINK_STYLES["corroboration"]["color"]
            assert edge["arrows"]["to"]["enabled"] is False
    assert set(looks) == {s.value for s in Stance}
    assert len(set(looks.values())) == 5          # five stances, five distinct looks
    widest = max(e["width"] for e in net.edges if e["kg"]["kind"] == "stance")
    assert min(e["width"] for e in net.edges if e["kg"]["kind"] == "contradiction") > widest


def test_stance_edges_carry_their_evidence_into_the_page():
    g = tiny_graph()
    view = select_view(g)
    net = build_network(view)
    edges = by_id(net.edges)
    data = g.edges[NS + "lindqvist", NS + "c3", NS + "st3"]
    kg = edges[NS + "st3"]["kg"]
    for key in ("sentence", "doc_title", "publisher", "published", "stance", "cue"):
        assert kg[key] == data[key]
    assert kg["url"] == "https://news.example/d1"
    page = by_id(read_page_data(render_html(view, network=net))["edges"])
    assert page[NS + "st3"]["kg"]["sentence"] == data["sentence"]
    assert page[NS + "st3"]["kg"]["doc_title"] == "Ferry row deepens"
    assert page[NS + "st3"]["kg"]["published"] == "2024-03-01"
    assert page[NS + "st3"]["color"] == edges[NS + "st3"]["color"]


def test_untrusted_text_is_escaped():
    g = tiny_graph()
    evil = '</script><script>alert("x")</script><img src=x onerror=alert(1)>'
    g.edges[NS + "okafor", NS + "c1", NS + "st1"]["sentence"] = evil
    g.nodes[NS + "okafor"]["label"] = "Adaeze <b>Okafor</b> & Co"
    g.nodes[NS + "c2"]["label"] = g.nodes[NS + "c2"]["text"] = "<script>alert(2)</script>"
    html = render_html(select_view(g, focus="okafor"))
    assert "<script>alert" not in html and "<img src=x" not in html and "<b>Okafor" not in html
    parser = _Refs()
    parser.feed(html)
    assert parser.tags["script"] == 3            # the data block, vis-network, the page script
    assert parser.tags["img"] == 0 and parser.tags["b"] == 0
    assert "<title>Adaeze &lt;b&gt;Okafor&lt;/b&gt; &amp; Co" in html
    data = read_page_data(html)                  # the texts survive intact as data
    assert by_id(data["edges"])[NS + "st1"]["kg"]["sentence"] == evil
    assert by_id(data["nodes"])[NS + "c2"]["kg"]["label"] == "<script>alert(2)</script>"


# ---- offline ---------------------------------------------------------------------------------------

class _Refs(HTMLParser):
    def __init__(self):
        super().__init__()
        self.refs, self.scripts, self.styles, self._in = [], [], [], None
        self.meta, self.tags = {}, Counter()

    def handle_starttag(self, tag, attrs):
        self.tags[tag] += 1
        attrs = dict(attrs)
        for name in ("src", "href", "srcset", "data", "poster", "action", "formaction"):
            if attrs.get(name):
                self.refs.append((tag, name, attrs[name]))
        if tag == "meta" and attrs.get("http-equiv"):
            self.meta[attrs["http-equiv"].lower()] = attrs.get("content", "")
        self._in = (tag, attrs.get("type")) if tag in ("script", "style") else None

    def handle_endtag(self, tag):
        self._in = None

    def handle_data(self, data):
        if self._in and self._in[0] == "script" and self._in[1] is None:
            self.scripts.append(data)
        elif self._in and self._in[0] == "style":
            self.styles.append(data)


def _assert_offline(html: str) -> _Refs:
    parser = _Refs()
    parser.feed(html)
    for tag, name, value in parser.refs:
        if tag == "a" and name == "href":
            continue                               # a link a person clicks loads nothing by itself
        assert not re.match(r"(?i)\s*(https?:)?//", value), (tag, name, value)
    for css in parser.styles:
        for url in re.findall(r"url\(\s*['\"]?([^'\")]+)", css):
            assert url.startswith("data:"), url
        assert "@import" not in css
    for host in ("cdnjs.cloudflare.com", "cdn.jsdelivr.net", "unpkg.com", "bootstrap"):
        assert host not in html
    assert "sourceMappingURL" not in html
    csp = parser.meta["content-security-policy"]
    assert "default-src 'none'" in csp and "connect-src" not in csp
    for script in parser.scripts:                # every inline script is allowed by its hash
        digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in csp
    return parser


def test_page_is_self_contained_and_loads_nothing_remote(tmp_path):
    g = sample_graph(n_agents=30, n_claims=100, seed=1)
    path = write_exploration(g, tmp_path / "explore.html")
    html = path.read_text(encoding="utf-8")
    parser = _assert_offline(html)
    assert len(parser.scripts) == 2 and "vis-network" in html
    assert not [r for r in parser.refs if r[0] != "a"]      # nothing at all is loaded by reference
    assert parser.tags["h1"] == 1                # pyvis's template wrote the heading twice
    assert 'id="omitted"' in html and "legend" in html


def test_site_pages_are_offline_too(tmp_path):
    index = write_site(tiny_graph(), tmp_path / "site", top_n=3)
    pages = [*index.parent.glob("*.html"), *index.parent.glob("agents/*.html")]
    assert len(pages) >= 6
    for page in pages:
        html = page.read_text(encoding="utf-8")
        if page == index:                        # no script: only the links must be local
            parser = _Refs()
            parser.feed(html)
            assert parser.tags["script"] == 0 and parser.refs
            assert all(not re.match(r"(?i)(https?:)?//", v) for _, _, v in parser.refs)
        else:
            _assert_offline(html)


# ---- views ----------------------------------------------------------------------------------------

def _kinds(view):
    return Counter(d.get("kind") for _, d in view.graph.nodes(data=True))


@pytest.mark.parametrize("name", ["Adaeze Okafor", "adaeze okafor", "OKAFOR", "Ms Okafor", "okaf",
                                  NS + "okafor"])
def test_focus_finds_the_agent_by_name_or_surname(name):
    assert select_view(tiny_graph(), focus=name).focus == NS + "okafor"


def test_focus_view_is_the_agents_network():
    view = select_view(tiny_graph(), focus="Okafor")
    nodes = set(view.graph.nodes)
    # her claims, who else took a stance on them, the contradicting claim and its holder
    assert {NS + k for k in ("okafor", "c1", "c3", "lindqvist", "c2", "ministry", "d1", "d2")} <= nodes
    assert NS + "duarte" not in nodes and NS + "c4" not in nodes and NS + "varnholm" not in nodes
    assert any(d["kind"] == "contradiction" for *_, d in view.graph.edges(data=True))
    assert view.omitted["nodes"]["agent"] == 3 and view.omitted["nodes"]["claim"] == 1
    assert "Adaeze Okafor" in view.title and "2 steps of Adaeze Okafor" in view.note


def test_focus_radius_one_keeps_claims_and_affiliations():
    view = select_view(tiny_graph(), focus="Bram Lindqvist", radius=1)
    assert {NS + "lindqvist", NS + "c3", NS + "okafor", NS + "ministry"} <= set(view.graph.nodes)
    assert NS + "c1" not in view.graph


def test_unknown_or_ambiguous_focus_raises_not_found():
    g = tiny_graph()
    with pytest.raises(NotFound, match="E051"):
        select_view(g, focus="Nobody Atall")
    g.add_node(NS + "okafor2", kind="agent", label="Ines Okafor", agent_kind="person", quoted=0,
               affiliations=[])
    with pytest.raises(KGError, match="Adaeze Okafor.*Ines Okafor|Ines Okafor.*Adaeze Okafor"):
        select_view(g, focus="Okafor")
    assert select_view(g, focus="Ines Okafor").focus == NS + "okafor2"


def test_contradictions_view_keeps_only_contradicting_claims_and_their_holders():
    view = select_view(tiny_graph(), contradictions_only=True)
    assert set(view.graph.nodes) == {NS + "c1", NS + "c2", NS + "okafor", NS + "ministry"}
    assert {d["kind"] for *_, d in view.graph.edges(data=True)} == {"stance", "contradiction"}
    assert view.title == "Contradictions" and "contradiction" in view.note


def test_large_graphs_are_reduced_to_the_most_quoted_sources():
    g = sample_graph(n_agents=80, n_claims=500, seed=11)
    view = select_view(g, max_nodes=120)
    assert view.graph.number_of_nodes() <= 120
    kinds = _kinds(view)
    aggregates = {d["of_kind"]: d["count"] for _, d in view.graph.nodes(data=True)
                  if d["kind"] == "aggregate"}
    full = Counter(d["kind"] for _, d in g.nodes(data=True))
    for kind in ("agent", "claim", "document"):
        assert view.omitted["nodes"].get(kind, 0) == full[kind] - kinds[kind]
        assert aggregates.get(kind, 0) == view.omitted["nodes"].get(kind, 0)
    kept = [n for n, d in view.graph.nodes(data=True) if d["kind"] == "agent"]
    ranked = sorted((n for n, d in g.nodes(data=True) if d["kind"] == "agent"),
                    key=lambda n: -g.nodes[n]["quoted"])
    least_kept = min(g.nodes[n]["quoted"] for n in kept)
    assert all(g.nodes[n]["quoted"] <= least_kept for n in ranked if n not in kept)
    assert "limit of 120" in view.note and "most-quoted" in view.note
    assert sum(view.omitted["edges"].values()) == g.number_of_edges() - view.graph.number_of_edges()
    html = render_html(view)
    shown = re.search(r'<p class="note" id="omitted">(.*?)</p>', html, re.S).group(1)
    assert htmllib.unescape(shown) == view.note  # the page states what was left out


def test_nothing_left_out_is_said_too():
    view = select_view(tiny_graph())
    assert view.omitted["nodes"] == {} and view.note.startswith("Everything in the graph is shown")


# ---- layout and physics --------------------------------------------------------------------------

def test_small_views_settle_with_physics_large_ones_use_precomputed_positions():
    g = sample_graph(n_agents=30, n_claims=100, seed=2)
    view = select_view(g, max_nodes=10_000)
    small = build_network(view)
    assert small.options["physics"]["enabled"] is True
    assert 0 < small.options["physics"]["stabilization"]["iterations"] <= 300
    assert small.kg_meta["physics"] is True
    big = build_network(view, physics_threshold=50)
    assert big.options["physics"] == {"enabled": False} and big.kg_meta["physics"] is False
    assert all(n["physics"] is False and "x" in n and "y" in n for n in big.nodes)
    spots = Counter((n["x"], n["y"]) for n in big.nodes)
    assert spots.most_common(1)[0][1] == 1       # no two nodes on the same spot


def test_hub_layout_places_claims_around_their_source():
    g = tiny_graph()
    pos = hub_layout(g)
    assert set(pos) == set(g.nodes)

    def dist(a, b):
        (x1, y1), (x2, y2) = pos[NS + a], pos[NS + b]
        return ((x1 - x2) ** 2 + (y1 - y2) ** 2) ** 0.5

    assert dist("okafor", "c1") < dist("duarte", "c1")
    assert dist("duarte", "c4") < dist("okafor", "c4")


# ---- site ------------------------------------------------------------------------------------------

def test_corpus_statistics_count_the_graph():
    stats = corpus_statistics(tiny_graph())
    assert stats["articles"] == 2 and stats["agents"] == 6 and stats["claims"] == 4
    assert stats["attributions"] == 6
    assert stats["attributions_by_stance"] == {"asserts": 4, "denies": 1, "confirms": 0,
                                               "does_not_confirm": 0, "cannot_verify": 1}
    assert stats["contradictions"] == 1 and stats["contradictions_by_kind"] == {"polarity_conflict": 1}
    assert stats["corroborations"] == 0
    assert stats["most_quoted"][0]["label"] == "Adaeze Okafor"
    assert {r["label"] for r in stats["most_contradicted"]} == {"Adaeze Okafor", "Ministry of Harbours"}


def test_site_index_states_the_statistics_and_links_the_pages(tmp_path):
    g = sample_graph(n_agents=40, n_claims=120, seed=4)
    index = write_site(g, tmp_path / "site", top_n=5)
    html = index.read_text(encoding="utf-8")
    stats = corpus_statistics(g)
    shown = {k: int(v.replace(",", "")) for k, v in re.findall(r'data-stat="(\w+)">([\d,]+)<', html)}
    assert shown == {k: stats[k] for k in ("articles", "agents", "claims", "attributions",
                                           "contradictions", "corroborations")}
    table = re.search(r'<table id="by-stance">(.*?)</table>', html, re.S).group(1)
    rows = dict((htmllib.unescape(re.sub(r"<[^>]+>", "", a)).strip(), int(b.replace(",", "")))
                for a, b in re.findall(r"<tr><td>(.*?)</td><td class=\"num\">([\d,]+)</td></tr>", table))
    assert rows == {Stance(k).label: v for k, v in stats["attributions_by_stance"].items()}
    links = re.findall(r'href="(agents/[^"]+\.html)"', html)
    assert len(set(links)) >= 5
    for link in links + ["graph.html", "contradictions.html"]:
        assert (index.parent / link).is_file(), link
    quoted = re.search(r'<table id="most-quoted">(.*?)</table>', html, re.S).group(1)
    counts = [int(x) for x in re.findall(r'</td><td>[^<]*</td><td class="num">(\d+)</td>', quoted)]
    assert counts == sorted(counts, reverse=True) and counts[0] == stats["most_quoted"][0]["quoted"]
    agent_page = (index.parent / links[0]).read_text(encoding="utf-8")
    assert 'href="../index.html"' in agent_page


def test_missing_pyvis_is_reported(monkeypatch):
    from kg.explore import page
    monkeypatch.setitem(sys.modules, "pyvis", None)
    monkeypatch.setitem(sys.modules, "pyvis.network", None)
    page.vis_assets.cache_clear()
    with pytest.raises(MissingDependency, match="E022.*pyvis"):
        build_network(select_view(tiny_graph()))
    page.vis_assets.cache_clear()
