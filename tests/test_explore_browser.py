"""Open an exploration page in headless Chromium the way a reader does, offline.

Proves that the graph is drawn, that the page asks for nothing but its own file, that clicking
a claim shows its evidence, that untrusted text stays text, and that filters and search work.
Needs Chromium (scripts/install-browser.sh); skipped loudly without it.
"""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

pytest.importorskip("pyvis")

from kg.explore import write_exploration  # noqa: E402
from kg.explore.page import read_page_data  # noqa: E402
from tests.chromium import Chromium, find_chromium  # noqa: E402
from tests.graphs import sample_graph  # noqa: E402

pytestmark = pytest.mark.browser

EVIL = '<img src=x onerror="window.__kgPwned=1"><script>window.__kgPwned=2</script>'
SCREENSHOT = Path(__file__).resolve().parent.parent / "docs" / "screenshots" / "explore.png"


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    """A ~150-node page loaded in Chromium: (browser, page data, graph, output directory)."""
    binary = find_chromium()
    if binary is None:
        pytest.skip("NO CHROMIUM FOUND: the browser tests did not run. "
                    "Install it with scripts/install-browser.sh (or set KG_CHROMIUM).")
    out = tmp_path_factory.mktemp("explore")
    g = sample_graph(n_agents=35, n_claims=95, seed=7)
    u, v, k = next((u, v, k) for u, v, k, d in g.edges(keys=True, data=True) if d["kind"] == "stance")
    g.edges[u, v, k]["sentence"] = EVIL
    path = write_exploration(g, out / "explore.html")
    data = read_page_data(path.read_text(encoding="utf-8"))
    with Chromium(binary) as browser:
        browser.open(path, ready="window.kgReady === true", timeout=120)
        yield browser, data, k, out


def test_page_draws_the_graph_offline(page):
    browser, data, _, _ = page
    assert 140 <= len(data["nodes"]) <= 160
    assert browser.evaluate("network.body.nodeIndices.length") == len(data["nodes"])
    assert browser.evaluate("network.physics.options.enabled") is False   # it stopped moving
    ink = browser.evaluate("""(() => {
        const c = document.querySelector('#graph canvas');
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let ink = 0; const colours = new Set();
        for (let i = 0; i < d.length; i += 16) {
          if (d[i + 3] > 0 && (d[i] < 235 || d[i + 1] < 235 || d[i + 2] < 235)) {
            ink++; colours.add((d[i] >> 5) + ',' + (d[i + 1] >> 5) + ',' + (d[i + 2] >> 5));
          }
        }
        return {ink: ink, colours: colours.size};
    })()""")
    assert ink["ink"] > 2000 and ink["colours"] >= 6, ink
    urls = browser.requested_urls()
    assert urls, "the DevTools Network domain saw no request at all"
    assert all(url.startswith(("file:", "data:")) for url in urls), urls
    assert browser.problems() == []
    assert browser.evaluate("document.getElementById('omitted').textContent").startswith("Everything")


def _node_on_screen(browser, node_id):
    return browser.evaluate(f"""(() => {{
        const id = {json.dumps(node_id)};
        const p = network.canvasToDOM(network.getPosition(id));
        const r = document.getElementById('graph').getBoundingClientRect();
        return {{x: r.left + p.x, y: r.top + p.y, inside: p.x > 5 && p.y > 5 && p.x < r.width - 5 && p.y < r.height - 5}};
    }})()""")


def test_clicking_a_claim_shows_who_said_it_and_the_evidence(page):
    browser, data, _, out = page
    claims = [n for n in data["nodes"] if n["kg"]["kind"] == "claim"]
    claims.sort(key=lambda n: -sum(1 for e in data["edges"] if e["to"] == n["id"] and e["kg"]["kind"] == "stance"))
    for claim in claims[:15]:
        spot = _node_on_screen(browser, claim["id"])
        if not spot["inside"]:
            continue
        browser.click(spot["x"], spot["y"])
        if browser.evaluate("network.getSelectedNodes()[0] || null") == claim["id"]:
            break
    else:
        pytest.fail("no claim could be clicked")
    details = browser.evaluate("document.getElementById('details').textContent")
    assert claim["kg"]["label"] in details and "Who said what" in details
    sentences = [e["kg"]["sentence"] for e in data["edges"]
                 if e["to"] == claim["id"] and e["kg"]["kind"] == "stance"]
    assert any(s in details for s in sentences)
    corner = browser.evaluate("(() => { const r = document.getElementById('graph')"
                              ".getBoundingClientRect(); return [r.left + 8, r.bottom - 8]; })()")
    browser.call("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": corner[0], "y": corner[1]})
    shot = browser.screenshot(out / "explore.png")
    assert shot.stat().st_size > 20_000
    if os.environ.get("KG_UPDATE_SCREENSHOTS") or not SCREENSHOT.exists():
        SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(shot, SCREENSHOT)


def test_untrusted_sentence_is_shown_as_text(page):
    browser, _, evil_edge, _ = page
    browser.evaluate(f"kg.showEdge({json.dumps(evil_edge)})")
    assert EVIL in browser.evaluate("document.getElementById('details').textContent")
    assert browser.evaluate("document.querySelectorAll('#details img, #details script').length") == 0
    assert browser.evaluate("typeof window.__kgPwned") == "undefined"
    tooltip = browser.evaluate(f"network.body.edges[{json.dumps(evil_edge)}].options.title")
    assert EVIL in tooltip                       # vis-network shows string titles as text


def test_filters_and_search(page):
    browser, data, _, _ = page
    visible_denials = ("kg.edges.get().filter(e => e.kg.stance === 'denies' && !e.hidden).length")
    assert browser.evaluate(visible_denials) > 0
    browser.evaluate("document.querySelector('input[data-stance=denies]').click()")
    assert browser.evaluate(visible_denials) == 0
    browser.evaluate("document.getElementById('reset').click()")
    assert browser.evaluate(visible_denials) > 0

    top = max((n for n in data["nodes"] if n["kg"]["kind"] == "agent"), key=lambda n: n["kg"]["quoted"])
    browser.evaluate(f"""(() => {{ const s = document.getElementById('source');
        s.value = {json.dumps(top['id'])}; s.dispatchEvent(new Event('change')); }})()""")
    shown = browser.evaluate("kg.nodes.get().filter(n => !n.hidden).map(n => n.id)")
    assert top["id"] in shown and len(shown) < len(data["nodes"])
    claims_of_top = {e["to"] for e in data["edges"] if e["from"] == top["id"] and e["kg"]["kind"] == "stance"}
    assert claims_of_top <= set(shown)
    browser.evaluate("document.getElementById('reset').click()")

    doc_id = next(e["kg"]["doc_id"] for e in data["edges"] if e["kg"]["kind"] == "stance")
    browser.evaluate(f"""(() => {{ const s = document.getElementById('document');
        s.value = {json.dumps(doc_id)}; s.dispatchEvent(new Event('change')); }})()""")
    docs = browser.evaluate("kg.edges.get().filter(e => e.kg.kind === 'stance' && !e.hidden)"
                            ".map(e => e.kg.doc_id)")
    assert docs and set(docs) == {doc_id}
    browser.evaluate("document.getElementById('reset').click()")

    surname = top["kg"]["label"].split()[-1].lower()
    browser.evaluate("document.getElementById('search').focus()")
    browser.call("Input.insertText", {"text": surname})
    for kind in ("keyDown", "keyUp"):
        browser.call("Input.dispatchKeyEvent", {"type": kind, "key": "Enter", "code": "Enter",
                                                "windowsVirtualKeyCode": 13,
                                                **({"text": "\r"} if kind == "keyDown" else {})})
    selected = browser.evaluate("network.getSelectedNodes()")
    assert len(selected) == 1
    label = browser.evaluate(f"kg.nodes.get({json.dumps(selected[0])}).kg.label")
    assert surname in label.lower()
    assert browser.problems() == []
    assert all(url.startswith(("file:", "data:")) for url in browser.requested_urls())
