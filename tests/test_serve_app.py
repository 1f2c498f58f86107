"""`kg serve` as one local app: the SPARQL endpoint, the query page and the store's explorations
(index, whole graph, contradictions, a page per agent), regenerated when the store changes, with
links from an agent's page to the SPARQL rows of its statements and back (issue 14).

The browser tests drive a real headless Chromium against the running server, offline."""
from __future__ import annotations

import re
import shutil
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import quote

import pytest
from click.testing import CliRunner

from kg.cli import cli

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[1]
SCREENSHOTS = ROOT / "docs" / "screenshots"

EXTRA = """Ferry strike called off

The dockworkers' union said on Friday that the strike at Corwen harbour had been called off.
The harbour board denied that any agreement on wages had been reached.
"""


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> str:
    location = str(tmp_path_factory.mktemp("app") / "kg-data")
    runner = CliRunner()
    result = runner.invoke(cli, ["ingest", str(ROOT / "kg" / "demo"), "--store", location])
    assert result.exit_code == 0, result.output
    assert runner.invoke(cli, ["analyze", "--store", location]).exit_code == 0
    return location


@pytest.fixture(scope="module")
def server(store):
    from kg.serve import make_server

    srv = make_server(store, port=0, workers=1)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield srv
    srv.close()


def base(server) -> str:
    return server.url.rsplit("/", 1)[0]


def get(url: str) -> tuple[int, str, dict]:
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            return response.status, response.read().decode("utf-8"), dict(response.headers)
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8"), dict(error.headers)


def test_the_app_serves_index_graph_contradictions_and_agent_pages(server):
    status, index, _ = get(base(server) + "/explore/")
    assert status == 200 and "Claim graph: overview" in index
    for href in ("graph.html", "contradictions.html"):
        assert f'href="{href}"' in index
        status, page, headers = get(base(server) + "/explore/" + href)
        assert status == 200 and 'id="kg-data"' in page and headers["Cache-Control"] == "no-cache"
    agent_pages = re.findall(r'href="(agents/[^"]+\.html)"', index)
    assert agent_pages
    status, page, _ = get(base(server) + "/explore/" + agent_pages[0])
    assert status == 200 and "Statements in SPARQL" in page
    assert get(base(server) + "/explore/../../etc/passwd")[0] == 404
    assert get(base(server) + "/explore/nothing-here.html")[0] == 404
    status, query_page, _ = get(base(server) + "/")
    assert 'href="/explore/"' in query_page


def test_an_agents_sparql_rows_link_back_to_its_page(server):
    from kg.serve.explorations import for_server

    site = for_server(server)
    site.current()
    agent, href = next(iter(site.pages.items()))
    status, _, headers = get(base(server) + "/explore/agent?iri=" + quote(agent, safe=""))
    assert status == 200  # urllib follows the 303 to the agent's page
    request = urllib.request.Request(base(server) + "/explore/agent?iri=" + quote(agent, safe=""))
    opener = urllib.request.build_opener(NoRedirect)
    try:
        opener.open(request, timeout=30)
        location = None
    except urllib.error.HTTPError as error:
        location = error.headers["Location"]
    assert location == "/explore/" + href


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def articles(index_html: str) -> int:
    """The article count on the overview page."""
    return int(re.search(r'data-stat="articles">([\d,]+)<', index_html).group(1).replace(",", ""))


def test_pages_are_written_again_when_the_store_changes(store, tmp_path):
    from kg.serve import make_server
    from kg.serve.explorations import CHECK_INTERVAL

    srv = make_server(store, port=0, workers=1)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        first = get(base(srv) + "/explore/")[1]
        assert "harbour board" not in get(base(srv) + "/explore/graph.html")[1].lower()
        folder = tmp_path / "more"
        folder.mkdir()
        (folder / "ferry-strike.txt").write_text(EXTRA, encoding="utf-8")
        result = CliRunner().invoke(cli, ["ingest", str(folder), "--store", store])
        assert result.exit_code == 0, result.output
        time.sleep(CHECK_INTERVAL + 0.2)
        status, page, _ = get(base(srv) + "/explore/")
        assert status == 200 and articles(page) == articles(first) + 1
        assert "harbour board" in get(base(srv) + "/explore/graph.html")[1].lower()
    finally:
        srv.close()


# -- in a real browser ---------------------------------------------------------------------------

@pytest.fixture(scope="module")
def browser():
    from tests.chromium import Chromium, find_chromium

    binary = find_chromium()
    if binary is None:
        pytest.skip("NO CHROMIUM FOUND: the browser tests did not run (scripts/install-browser.sh).")
    with Chromium(binary) as chromium:
        yield chromium


def keep(browser, name: str) -> None:
    """A screenshot for the README: retaken with KG_UPDATE_SCREENSHOTS=1 (or when missing)."""
    import os
    import tempfile

    shot = browser.screenshot(Path(tempfile.mkdtemp()) / name)
    if os.environ.get("KG_UPDATE_SCREENSHOTS") or not (SCREENSHOTS / name).exists():
        shutil.copyfile(shot, SCREENSHOTS / name)


@pytest.mark.browser
def test_in_a_browser_from_the_graph_to_an_agents_sparql_rows_and_back(server, browser):
    origin = base(server)
    browser.open_url(origin + "/explore/graph.html", ready="window.kgReady === true", timeout=120)
    keep(browser, "serve-graph.png")
    browser.open_url(origin + "/explore/", ready="location.pathname === '/explore/' && "
                                                "document.readyState === 'complete'")
    href = browser.evaluate("document.querySelector('a[href^=\"agents/\"]').getAttribute('href')")
    browser.open_url(origin + "/explore/" + href, ready="window.kgReady === true", timeout=120)
    link = browser.evaluate("document.querySelector('a.header-link').href")
    assert link.startswith(origin + "/?query=")
    browser.open_url(link, ready="document.querySelectorAll('.yasr table tbody tr').length > 0", timeout=120)
    keep(browser, "serve-sparql-rows.png")
    back = browser.evaluate("""Array.from(document.querySelectorAll('.yasr table a'))
        .map(a => a.href).find(h => h.includes('/explore/agent?iri='))""")
    assert back, "the SPARQL rows have no link back to the agent's page"
    browser.open_url(back, ready="window.kgReady === true", timeout=120)
    assert browser.evaluate("location.pathname") == "/explore/" + href
    urls = browser.requested_urls()
    assert all(u.startswith((origin, "data:", "blob:")) for u in urls), [u for u in urls if not u.startswith(origin)]
