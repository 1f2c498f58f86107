#!/usr/bin/env python3
"""Benchmark kg.explore on a large made-up graph.

Measures (a) the time to write the exploration page and (b) the time until the page is
interactive in headless Chromium (the page sets ``window.kgReady`` after its first complete
draw), and prints each as a ratio against a baseline measured in the same process:

- file writing: pyvis's own ``from_nx`` + ``write_html(cdn_resources="in_line")`` of the same
  graph, and kg on a graph a tenth of the size;
- interactive: the kg page of the small graph; pyvis's page of the small graph for reference
  (with every http(s) request blocked: pyvis's page asks for bootstrap from a CDN).

Usage: .venv/bin/python scripts/bench_explore.py [--nodes 5000] [--small 500] [--repeat 3]
Needs pyvis; the browser part needs Chromium (scripts/install-browser.sh) and is skipped without.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.explore import select_view, write_exploration  # noqa: E402
from kg.explore.layout import hub_layout  # noqa: E402
from tests.chromium import Chromium, find_chromium  # noqa: E402
from tests.graphs import sample_graph_of_size  # noqa: E402


def timed(fn, repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def pyvis_plain(g, path: Path) -> Path:
    from pyvis.network import Network
    net = Network(directed=True, cdn_resources="in_line")
    net.from_nx(g.copy())                      # from_nx writes sizes into the graph it is given
    net.write_html(str(path))
    return path


def row(label: str, seconds: float | None, base: float | None, extra: str = "") -> str:
    if seconds is None:
        return f"  {label:<52} {'n/a':>9}"
    ratio = f"{seconds / base:7.2f}x" if base else ""
    return f"  {label:<52} {seconds:8.2f}s {ratio} {extra}"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=5000)
    parser.add_argument("--small", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=180.0, help="per kg page load, seconds")
    parser.add_argument("--pyvis-timeout", type=float, default=60.0,
                        help="for pyvis's own page, which runs physics until it settles")
    args = parser.parse_args(argv)
    big, small = sample_graph_of_size(args.nodes, seed=1), sample_graph_of_size(args.small, seed=2)
    everything = {"max_nodes": 10 ** 9}        # draw the whole graph, no reduction
    out = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    print(f"graphs: {big.number_of_nodes():,} nodes / {big.number_of_edges():,} edges and "
          f"{small.number_of_nodes():,} / {small.number_of_edges():,}; median of {args.repeat} runs; "
          f"pages in {out}")

    t_layout, _ = timed(lambda: hub_layout(big), args.repeat)
    t_view, _ = timed(lambda: select_view(big, **everything), args.repeat)
    t_pyvis, _ = timed(lambda: pyvis_plain(big, out / "pyvis-big.html"), args.repeat)
    t_big, big_page = timed(lambda: write_exploration(big, out / "kg-big.html", **everything), args.repeat)
    t_small, small_page = timed(lambda: write_exploration(small, out / "kg-small.html", **everything),
                                args.repeat)
    pyvis_plain(small, out / "pyvis-small.html")
    mb = lambda p: f"({p.stat().st_size / 1e6:.1f} MB)"  # noqa: E731
    print("\n(a) writing the HTML file")
    print(row(f"pyvis from_nx + write_html, {args.nodes:,} nodes [baseline]", t_pyvis, t_pyvis,
              mb(out / "pyvis-big.html")))
    print(row(f"kg write_exploration, {args.nodes:,} nodes", t_big, t_pyvis, mb(big_page)))
    print(row(f"kg write_exploration, {args.small:,} nodes", t_small, t_pyvis, mb(small_page)))
    print(row(f"  of which select_view, {args.nodes:,} nodes", t_view, t_pyvis))
    print(row(f"  of which hub_layout, {args.nodes:,} nodes", t_layout, t_pyvis))
    print(f"  kg {args.nodes:,} vs kg {args.small:,} nodes: {t_big / t_small:.1f}x the time for "
          f"{big.number_of_nodes() / small.number_of_nodes():.0f}x the nodes")

    binary = find_chromium()
    if binary is None:
        print("\n(b) skipped: no Chromium (run scripts/install-browser.sh)")
        return 0
    print("\n(b) until the page is interactive in headless Chromium (navigation → first full draw)")

    def load(path: Path, ready: str, timeout: float) -> tuple[float, float | None]:
        with Chromium(binary) as browser:
            browser.call("Network.enable")
            browser.call("Network.setBlockedURLs", {"urls": ["http://*", "https://*"]})
            try:
                wall = browser.open(path, ready=ready, timeout=timeout)
            except TimeoutError:
                return float("nan"), None
            page = browser.evaluate("window.kgReadyAt || null")
            return wall, (page / 1000 if page else None)

    kg_ready = "window.kgReady === true"
    # pyvis's page: done when physics stabilised (its loading bar hides) or, without
    # stabilisation, when the network exists and has drawn.
    pyvis_ready = ("typeof network !== 'undefined' && network.physics && "
                   "(network.physics.stabilized || !network.physics.options.enabled)")
    results = {}
    for name, path, ready, timeout, repeat in (
            ("small", small_page, kg_ready, args.timeout, args.repeat),
            ("big", big_page, kg_ready, args.timeout, args.repeat),
            ("pyvis-small", out / "pyvis-small.html", pyvis_ready, args.pyvis_timeout, 1)):
        runs = [load(path, ready, timeout) for _ in range(repeat)]
        results[name] = (statistics.median(r[0] for r in runs),
                         statistics.median(r[1] for r in runs) if all(r[1] for r in runs) else None)
    base = results["small"][0]
    print(row(f"kg page, {args.small:,} nodes [baseline]", base, base,
              f"(page's own clock: {results['small'][1]:.2f}s)" if results["small"][1] else ""))
    print(row(f"kg page, {args.nodes:,} nodes", results["big"][0], base,
              f"(page's own clock: {results['big'][1]:.2f}s)" if results["big"][1] else ""))
    wall = results["pyvis-small"][0]
    label = f"pyvis page, {args.small:,} nodes, default physics (1 run)"
    if wall != wall:                           # NaN: it did not settle in time
        print(f"  {label:<52} > {args.pyvis_timeout:.0f}s: still not stabilised")
    else:
        print(row(label, wall, base))
    return 0


if __name__ == "__main__":
    sys.exit(main())
