"""The acceptance corpus drawn in headless Chromium: nodes drawn, no request leaves the machine."""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

pytest.importorskip("pyvis")

from kg.analysis import analyze_store, build_network  # noqa: E402
from kg.explore import write_exploration  # noqa: E402
from kg.explore.page import read_page_data  # noqa: E402
from kg.ingest import ingest  # noqa: E402
from kg.store import open_store  # noqa: E402
from tests.chromium import Chromium, find_chromium  # noqa: E402

from .conftest import GOLD  # noqa: E402

pytestmark = [pytest.mark.browser, pytest.mark.seeds, pytest.mark.slow]
SCREENSHOT = Path(__file__).resolve().parent.parent / "docs" / "screenshots" / "seeds.png"


def test_seed_page_renders_offline_with_evidence(tmp_path, seeds_dir, nlp):
    binary = find_chromium()
    if binary is None:
        pytest.skip("NO CHROMIUM FOUND: install it with scripts/install-browser.sh")
    documents = json.loads(GOLD.read_text(encoding="utf-8"))["documents"]
    for path in sorted(seeds_dir.glob("*.txt")):
        shutil.copy(path, tmp_path / path.name)
        (tmp_path / f"{path.stem}.meta.json").write_text(json.dumps(documents[path.stem]), encoding="utf-8")
    with open_store(tmp_path / "store") as store:
        ingest([tmp_path], store, nlp=nlp)
        analyze_store(store)
        network = build_network(store)
    page = write_exploration(network, tmp_path / "seeds.html")
    data = read_page_data(page.read_text(encoding="utf-8"))
    labels = {node.get("label") for node in data["nodes"]}
    assert {"NBC News", "Sergey Aksyonov", "Alexander Gusev"} <= labels
    with Chromium(binary) as browser:
        browser.open(page, ready="window.kgReady === true", timeout=120)
        assert browser.evaluate("network.body.nodeIndices.length") == len(data["nodes"]) > 50
        urls = browser.requested_urls()
        assert urls and all(url.startswith(("file:", "data:")) for url in urls), urls
        assert browser.problems() == []
        shot = browser.screenshot(tmp_path / "seeds.png")
    assert shot.stat().st_size > 20_000
    if not SCREENSHOT.exists() or os.environ.get("KG_UPDATE_SCREENSHOTS") == "1":
        SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, SCREENSHOT)
