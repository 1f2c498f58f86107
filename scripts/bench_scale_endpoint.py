#!/usr/bin/env python3
"""Benchmark: the competency queries on a SPARQL endpoint (Virtuoso) at 100k, 1M and 10M triples,
beside bare pyoxigraph on the same data (issue 12, "the same on a SPARQL endpoint").

The data is scripts/bench_scale.py's: its base articles through kg's real extraction, copied
until the size asked for. For each size:

  embedded   the shared layout written by bench_scale.build() (Store.replace_article below 10M,
             pyoxigraph's bulk loader from the same split_article output at 10M);
  endpoint   a private Virtuoso Open Source 7 on loopback (tests/virtuoso_local.py) holding exactly
             those quads: the same split_article / to_nquads output (kg's shared graph plus one
             named graph per article) written to N-Quads files and loaded with Virtuoso's bulk
             loader (ld_dir + rdf_loader_run + checkpoint), timed.

The analysis graph (read by claim_groups, contradictions, corroborations, unconfirmed) is written
by `kg contradictions` on each store: through `--store URL` on the endpoint (timed) where the
analysis commands run (--analysis-sizes), else copied from the embedded store's analysis graph
with the bulk loader (the same triples).

Each query runs in a fresh child process, best of 3 (fewer when one repetition is slow), with a
wall-clock limit:
  endpoint via kg    open_store(URL, read_only=True).query(text).dicts(): the rows as `kg query` prints them
  endpoint bare      one HTTP POST, SPARQL JSON results read and parsed (json.loads)
  pyoxigraph bare    pyoxigraph's Store.query on the embedded store, rows iterated
  embedded via kg    OxigraphStore.query(text).dicts()
Endpoint figures are wall seconds (the work is in another process); the server's CPU seconds
for the same request come from /proc/<virtuoso pid>/stat. The rows of kg's endpoint path and of
the embedded store are compared: row count and sha-256 of the sorted rows.

    PYTHONPATH=. .venv/bin/python scripts/bench_scale_endpoint.py --sizes 100k,1M,10M \\
        --work /tmp/kg-scale-virt --json docs/bench_scale_endpoint.json
    .venv/bin/python scripts/bench_scale_endpoint.py --render docs/bench_scale_endpoint.json
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "tests"))

from bench_scale import SIZES, _cpu_seconds, _ratio, _secs, articles_for, base_articles, build, queries  # noqa: E402

#: Virtuoso settings for this machine (24 GiB shared by three workers): ~4.5 GB of 8 KB buffers
SETTINGS = {
    "NumberOfBuffers": 550000,
    "MaxDirtyBuffers": 410000,
    "ThreadsPerQuery": 2,            # 2 cores
    "MaxQueryExecutionTime": 0,      # no server-side cut (Virtuoso would return partial rows); the client has a limit
    "MaxQueryCostEstimationTime": 0,
}
ANALYSIS = {
    "kg contradictions": ["contradictions", "--format", "json"],  # first: it writes the analysis graph
    "kg claims": ["claims", "--format", "json"],
}
NQ_CHUNK = 64 * 2**20


# -- data ---------------------------------------------------------------------------------------

def write_nquads(articles, folder: Path) -> dict:
    """The quads build() puts in the embedded store, as N-Quads files of about 64 MB."""
    from kg.layout import SHARED_GRAPH, split_article, to_nquads
    from kg.triples import graph_iri

    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    start, n, files, chunk, size = time.perf_counter(), 0, 0, [], 0

    def flush():
        nonlocal files, chunk, size
        (folder / f"part-{files:04d}.nq").write_text("".join(chunk), encoding="utf-8")
        files, chunk, size = files + 1, [], 0

    for doc_id, nt in articles:
        article_nt, shared_nt = split_article(doc_id, nt)
        text = to_nquads(shared_nt, SHARED_GRAPH) + to_nquads(article_nt, str(graph_iri(doc_id)))
        chunk.append(text)
        size += len(text)
        n += 1
        if size > NQ_CHUNK:
            flush()
    if chunk:
        flush()
    return {"articles": n, "files": files, "write_s": round(time.perf_counter() - start, 1)}


def analysis_nquads(store_path: Path, folder: Path) -> int:
    """The embedded store's analysis graph as one N-Quads file in `folder`; returns its quads."""
    import pyoxigraph

    from kg.vocab import ANALYSIS_GRAPH

    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    inner = pyoxigraph.Store.read_only(str(store_path))
    graph = pyoxigraph.NamedNode(str(ANALYSIS_GRAPH))
    quads = list(inner.quads_for_pattern(None, None, None, graph))
    (folder / "analysis.nq").write_bytes(pyoxigraph.serialize(quads, format=pyoxigraph.RdfFormat.N_QUADS))
    del inner
    return len(quads)


def isql(server, sql: str, timeout: float = 7200) -> str:
    done = subprocess.run(["isql-vt", f"127.0.0.1:{server.sql_port}", "dba", "dba", f"exec={sql}"],
                          capture_output=True, text=True, timeout=timeout)
    if done.returncode != 0 or "*** Error" in done.stdout + done.stderr:
        raise RuntimeError(f"isql-vt failed ({done.returncode}): {done.stdout[-2000:]}{done.stderr[-2000:]}")
    return done.stdout


def bulk_load(server, folder: Path) -> dict:
    """Virtuoso's bulk loader over the .nq files of `folder`: one loader, then a checkpoint."""
    cpu0 = _cpu_seconds(server.process.pid)
    start = time.perf_counter()
    isql(server, f"ld_dir('{folder}', '*.nq', 'urn:kg-bench:unused');")
    isql(server, "rdf_loader_run();")
    loaded = time.perf_counter() - start
    isql(server, "checkpoint;")
    total = time.perf_counter() - start
    errors = isql(server, "SELECT ll_file, ll_error FROM DB.DBA.LOAD_LIST WHERE ll_error IS NOT NULL;")
    isql(server, "DELETE FROM DB.DBA.LOAD_LIST;")
    return {"load_s": round(loaded, 1), "load_checkpoint_s": round(total, 1),
            "server_cpu_s": round(_cpu_seconds(server.process.pid) - cpu0, 1),
            "errors": errors.count("part-") + errors.count("analysis.nq")}


def count_quads(url: str) -> int:
    from kg.namespaces import GRAPH_NS

    text = (f'SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} '
            f'FILTER(STRSTARTS(STR(?g), "{GRAPH_NS}")) }}')
    return int(_post(url, text)[1]["results"]["bindings"][0]["n"]["value"])


def _post(url: str, sparql: str):
    import urllib.parse
    import urllib.request

    data = urllib.parse.urlencode({"query": sparql}).encode()
    request = urllib.request.Request(url, data=data, method="POST", headers={
        "Accept": "application/sparql-results+json",
        "Content-Type": "application/x-www-form-urlencoded; charset=UTF-8"})
    with urllib.request.urlopen(request, timeout=3600) as response:
        return response.headers, json.loads(response.read().decode("utf-8"))


# -- the children -------------------------------------------------------------------------------

def _digest(dicts: list[dict]) -> str:
    """sha-256 of the rows, sorted: the same rows in any order give the same digest."""
    lines = sorted(json.dumps([row[v] for v in row], default=str, ensure_ascii=False) for row in dicts)
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()[:16]


def _peak_mb() -> float:
    """This process's peak RSS (VmHWM: its own, unlike ru_maxrss, which keeps the parent's across exec)."""
    return int(re.search(r"VmHWM:\s+(\d+)", Path("/proc/self/status").read_text()).group(1)) / 1024


def _server_cpu(pid: int | None) -> float:
    return _cpu_seconds(pid) if pid else 0.0


def child_endpoint(args) -> None:
    """Time one query on the endpoint: bare (one POST, JSON parsed) and through kg's SparqlStore."""
    from kg.store import open_store

    sparql = Path(args.query_file).read_text(encoding="utf-8")
    pid = args.server_pid
    out = {"bare_s": [], "bare_server_cpu_s": [], "kg_s": [], "kg_cpu_s": [], "kg_server_cpu_s": []}
    for _ in range(args.repeat):
        s0, t0 = _server_cpu(pid), time.perf_counter()
        headers, data = _post(args.url, sparql)
        rows_bare = len(data["results"]["bindings"]) if "results" in data else 1
        out["bare_s"].append(time.perf_counter() - t0)
        out["bare_server_cpu_s"].append(_server_cpu(pid) - s0)
        partial = headers.get("X-SQL-State") or headers.get("X-SPARQL-MaxRows") and \
            rows_bare >= int(headers["X-SPARQL-MaxRows"])
        del data
        s0, t0, c0 = _server_cpu(pid), time.perf_counter(), time.process_time()
        store = open_store(args.url, read_only=True)
        dicts = store.query(sparql).dicts()
        out["kg_s"].append(time.perf_counter() - t0)
        out["kg_cpu_s"].append(time.process_time() - c0)
        out["kg_server_cpu_s"].append(_server_cpu(pid) - s0)
        if out["bare_s"][-1] + out["kg_s"][-1] > args.slow:
            break
    best_bare = min(range(len(out["bare_s"])), key=out["bare_s"].__getitem__)
    best_kg = min(range(len(out["kg_s"])), key=out["kg_s"].__getitem__)
    result = {"bare_s": out["bare_s"][best_bare], "bare_server_cpu_s": out["bare_server_cpu_s"][best_bare],
              "kg_s": out["kg_s"][best_kg], "kg_cpu_s": out["kg_cpu_s"][best_kg],
              "kg_server_cpu_s": out["kg_server_cpu_s"][best_kg], "repeats": len(out["kg_s"]),
              "rows_bare": rows_bare, "rows": len(dicts), "pages": getattr(store, "pages", 0),
              "sha": _digest(dicts), "partial": bool(partial),
              "rss_mb": _peak_mb()}
    print(json.dumps(result))


def child_embedded(args) -> None:
    """Time one query on the embedded store: bare pyoxigraph and through kg, wall and CPU; digest the rows."""
    import pyoxigraph

    from kg.store import OxigraphStore

    sparql = Path(args.query_file).read_text(encoding="utf-8")
    store = OxigraphStore(args.store, read_only=True)
    keys = ("bare_s", "bare_cpu_s", "kg_s", "kg_cpu_s")
    out = {k: [] for k in keys}
    for _ in range(args.repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        answer = store._inner.query(sparql, use_default_graph_as_union=True)
        rows = len(list(answer)) if isinstance(answer, pyoxigraph.QuerySolutions) else 1
        out["bare_s"].append(time.perf_counter() - t0)
        out["bare_cpu_s"].append(time.process_time() - c0)
        t0, c0 = time.perf_counter(), time.process_time()
        dicts = store.query(sparql).dicts()
        out["kg_s"].append(time.perf_counter() - t0)
        out["kg_cpu_s"].append(time.process_time() - c0)
        if out["bare_s"][-1] + out["kg_s"][-1] > args.slow:
            break
    result = {k: min(v) for k, v in out.items()}
    result.update(repeats=len(out["kg_s"]), rows_bare=rows, rows=len(dicts), sha=_digest(dicts),
                  rss_mb=_peak_mb())
    print(json.dumps(result))


def child_cli(args) -> None:
    """One kg command in-process (as bench_scale.py's --child-cli): wall, CPU and peak RSS as JSON."""
    import contextlib
    import io

    start, cpu = time.perf_counter(), time.process_time()
    from kg.cli import cli

    with contextlib.redirect_stdout(io.StringIO()) as printed:
        try:
            cli.main(args.cli_args, standalone_mode=False)
        except SystemExit:
            pass
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    try:  # the printed records, in any order (two statements of one span may come either way round)
        records = json.loads(printed.getvalue())
        lines = sorted(json.dumps(r, sort_keys=True) for r in records)
        digest, count = hashlib.sha256("\n".join(lines).encode()).hexdigest()[:16], len(records)
    except (ValueError, TypeError):
        digest, count = None, None
    print(json.dumps({"kg_s": wall, "kg_cpu_s": cpu, "rss_mb": _peak_mb(), "printed_bytes": len(printed.getvalue()),
                      "records": count, "sha": digest}), file=sys.__stdout__)


def run_child(argv: list[str], timeout: float, rss_limit_mb: float) -> dict:
    """This script as a child, stopped past `timeout` wall seconds or `rss_limit_mb`; its JSON line,
    with the child's peak RSS as the parent saw it."""
    proc = subprocess.Popen([sys.executable, __file__, *argv], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    start, peak = time.monotonic(), 0.0
    while proc.poll() is None:
        time.sleep(0.05)
        try:
            status = Path(f"/proc/{proc.pid}/status").read_text()
            peak = max(peak, int(re.search(r"VmRSS:\s+(\d+)", status).group(1)) / 1024)
        except (OSError, AttributeError):
            pass
        if time.monotonic() - start > timeout or peak > rss_limit_mb:
            proc.kill()
            proc.wait()
            return {"error": "timeout" if peak <= rss_limit_mb else "memory", "limit_s": timeout, "rss_mb": peak}
    out, err = proc.communicate()
    try:
        return json.loads(out.strip().splitlines()[-1])
    except (ValueError, IndexError):
        return {"error": (err.strip().splitlines() or ["no output"])[-1][:300]}


def run_cli(argv: list[str], timeout: float, rss_limit_mb: float, server_pid: int | None) -> dict:
    """One kg command (--child-cli, in-process), wall limited; with the server's CPU delta."""
    s0 = _server_cpu(server_pid)
    proc = subprocess.Popen([sys.executable, __file__, "--child-cli", "--", *argv],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
        return {"error": "timeout", "limit_s": timeout}
    try:
        result = json.loads(out.strip().splitlines()[-1])
    except (ValueError, IndexError):
        return {"error": (err.strip().splitlines() or ["no output"])[-1][:300]}
    if server_pid:
        result["server_cpu_s"] = _server_cpu(server_pid) - s0
    return result


# -- one size -----------------------------------------------------------------------------------

def _fmt(r: dict) -> str:
    if "error" in r:
        return f"{r['error']} ({r.get('limit_s', '')} s)"
    extra = f" server cpu {r['kg_server_cpu_s']:.2f}" if "kg_server_cpu_s" in r else ""
    return (f"bare {r['bare_s']:.3f}  kg {r['kg_s']:.3f}{extra}  rows {r['rows']}  sha {r['sha'][:8]}  "
            f"x{r['repeats']}  {r['rss_mb']:.0f} MB")


def run_size(label: str, base, args, work: Path, texts: dict[str, str]) -> dict:
    from virtuoso_local import Virtuoso

    size = SIZES[label]
    bulk = size >= 10_000_000
    entry: dict = {}
    store = work / f"shared-{label}"
    saved = work / f"shared-{label}.json"
    if args.reuse and store.is_dir() and saved.is_file():
        info = json.loads(saved.read_text())
    else:
        if store.exists():
            shutil.rmtree(store)
        info = build("shared", store, articles_for(base, size), bulk=bulk)
        info["disk_mb"] = int(subprocess.run(["du", "-sm", str(store)], capture_output=True,
                                             text=True).stdout.split()[0])
        saved.write_text(json.dumps(info))
    entry["embedded"] = info
    print(f"{label} embedded: {info}", flush=True)

    nq = work / f"nq-{label}"
    entry["nquads"] = write_nquads(articles_for(base, size), nq)
    print(f"{label} nquads: {entry['nquads']}", flush=True)

    folder = work / f"virtuoso-{label}"
    if folder.exists():
        shutil.rmtree(folder)
    settings = dict(SETTINGS, DirsAllowed=f"., /usr/share/virtuoso-opensource-7/vad, {work}")
    server = Virtuoso(folder, max_rows=args.max_rows, settings=settings)
    server.start()
    pid = server.process.pid
    try:
        entry["virtuoso"] = {"settings": settings, "max_rows": args.max_rows, "start_s": round(server.start_seconds, 1)}
        entry["virtuoso"].update(bulk_load(server, nq))
        entry["virtuoso"]["quads"] = count_quads(server.endpoint)
        print(f"{label} virtuoso load: {entry['virtuoso']}", flush=True)
        shutil.rmtree(nq)
        tmp = work / "tmp"
        tmp.mkdir(exist_ok=True)

        analysis = label in args.analysis_sizes.split(",")
        if analysis:  # kg contradictions writes the analysis graph on each store
            entry["analysis"] = {"endpoint": {}, "embedded": {}}
            for name, argv in ANALYSIS.items():
                r = run_cli([*argv, "--store", server.endpoint], args.analysis_timeout, args.rss_limit_mb, pid)
                entry["analysis"]["endpoint"][name] = r
                print(f"  endpoint {name:20} {r}", flush=True)
                r = run_cli([*argv, "--store", str(store)], args.analysis_timeout, args.rss_limit_mb, None)
                entry["analysis"]["embedded"][name] = r
                print(f"  embedded {name:20} {r}", flush=True)
        else:  # the embedded store's analysis graph, copied to the endpoint with the bulk loader
            r = run_cli(["contradictions", "--format", "json", "--store", str(store)], args.analysis_timeout * 4,
                        args.rss_limit_mb, None)
            print(f"  embedded kg contradictions {r}", flush=True)
            entry["analysis_copied"] = {"embedded kg contradictions": r}
            quads = analysis_nquads(store, work / f"nq-analysis-{label}")
            entry["analysis_copied"]["quads"] = quads
            entry["analysis_copied"]["load"] = bulk_load(server, work / f"nq-analysis-{label}")
            print(f"  analysis graph copied: {entry['analysis_copied']}", flush=True)
        entry["virtuoso"]["quads_with_analysis"] = count_quads(server.endpoint)

        entry["queries"] = {}
        for name, text in texts.items():
            qfile = tmp / f"{name}.rq"
            qfile.write_text(text, encoding="utf-8")
            common = ["--query-file", str(qfile), "--repeat", "3", "--slow", str(args.slow)]
            emb = run_child(["--child-embedded", "--store", str(store), *common], args.timeout, args.rss_limit_mb)
            end = run_child(["--child-endpoint", "--url", server.endpoint, "--server-pid", str(pid), *common],
                            args.timeout, args.rss_limit_mb)
            same = None
            if "sha" in emb and "sha" in end:
                same = emb["sha"] == end["sha"] and emb["rows"] == end["rows"]
            entry["queries"][name] = {"embedded": emb, "endpoint": end, "same_rows": same}
            print(f"  {name:24} embedded {_fmt(emb)}\n  {'':24} endpoint {_fmt(end)}  same rows: {same}", flush=True)
        entry["virtuoso"]["rss_mb"] = int(re.search(r"VmHWM:\s+(\d+)",
                                                    Path(f"/proc/{pid}/status").read_text()).group(1)) / 1024
        entry["virtuoso"]["disk_mb"] = int(subprocess.run(["du", "-sm", str(folder)], capture_output=True,
                                                          text=True).stdout.split()[0])
    finally:
        server.stop()
    if not args.keep:
        shutil.rmtree(folder, ignore_errors=True)
    return entry


# -- the markdown -------------------------------------------------------------------------------

def _cell(r: dict | None, key: str) -> str:
    if not r:
        return ""
    if "error" in r:
        return f"> {r['limit_s']:g} s" if "limit_s" in r else r["error"][:30]
    return _secs(r[key])


def render(results: dict) -> str:
    sizes = list(results["sizes"])
    q = {s: results["sizes"][s].get("queries", {}) for s in sizes}
    names = sorted({n for s in sizes for n in q[s]})
    pairs = list(zip(sizes, sizes[1:]))
    head = (["query"] + [f"{s} endpoint via kg" for s in sizes] + [f"{s} bare endpoint" for s in sizes]
            + [f"{s} bare pyoxigraph" for s in sizes] + [f"growth via kg {a}->{b}" for a, b in pairs]
            + [f"{s} endpoint via kg / pyoxigraph" for s in sizes] + [f"{s} rows (same)" for s in sizes])
    out = ["| " + " | ".join(head) + " |", "|---" * len(head) + "|"]
    for name in names:
        e = {s: q[s].get(name, {}).get("endpoint") for s in sizes}
        o = {s: q[s].get(name, {}).get("embedded") for s in sizes}
        row = [name] + [_cell(e[s], "kg_s") for s in sizes] + [_cell(e[s], "bare_s") for s in sizes]
        row += [_cell(o[s], "bare_s") for s in sizes] + [_ratio(e[a], e[b], "kg_s") for a, b in pairs]
        for s in sizes:
            ok = e[s] and o[s] and "error" not in e[s] and "error" not in o[s]
            row.append(f"{e[s]['kg_s'] / max(o[s]['bare_s'], 1e-3):.1f}" if ok else "")
        for s in sizes:
            same = q[s].get(name, {}).get("same_rows")
            rows = (e[s] or {}).get("rows", (o[s] or {}).get("rows", ""))
            row.append(f"{rows:,} ({'yes' if same else 'no' if same is False else '?'})" if rows != "" else "")
        out.append("| " + " | ".join(row) + " |")
    out.append("")
    head = (["query"] + [f"{s} server CPU via kg" for s in sizes] + [f"{s} kg client CPU" for s in sizes]
            + [f"{s} pyoxigraph CPU" for s in sizes]
            + [f"{s} growth bare endpoint" for s in sizes[1:]] + [f"{s} growth pyoxigraph" for s in sizes[1:]])
    out += ["| " + " | ".join(head) + " |", "|---" * len(head) + "|"]
    for name in names:
        e = {s: q[s].get(name, {}).get("endpoint") for s in sizes}
        o = {s: q[s].get(name, {}).get("embedded") for s in sizes}
        row = [name] + [_cell(e[s], "kg_server_cpu_s") for s in sizes] + [_cell(e[s], "kg_cpu_s") for s in sizes]
        row += [_cell(o[s], "bare_cpu_s") for s in sizes]
        row += [_ratio(e[a], e[b], "bare_s") for a, b in pairs] + [_ratio(o[a], o[b], "bare_s") for a, b in pairs]
        out.append("| " + " | ".join(row) + " |")
    out.append("")
    out.append("| size | articles | quads (embedded) | quads (Virtuoso) | N-Quads written | Virtuoso bulk load | "
               "+ checkpoint | server CPU of the load | embedded build | Virtuoso peak RSS | Virtuoso disk |")
    out.append("|---" * 11 + "|")
    for s in sizes:
        r = results["sizes"][s]
        v, emb, nq = r.get("virtuoso", {}), r.get("embedded", {}), r.get("nquads", {})
        out.append(f"| {s} | {emb.get('articles', ''):,} | {emb.get('quads', 0):,} | {v.get('quads', 0):,} | "
                   f"{nq.get('write_s', '')} s | {v.get('load_s', '')} s | {v.get('load_checkpoint_s', '')} s | "
                   f"{v.get('server_cpu_s', '')} s | {emb.get('build_s', '')} s | {v.get('rss_mb', 0):.0f} MB | "
                   f"{v.get('disk_mb', '')} MB |")
    out.append("")
    with_analysis = [s for s in sizes if "analysis" in results["sizes"][s]]
    if with_analysis:
        out.append("| command | " + " | ".join(f"{s} {w}" for s in with_analysis for w in (
            "endpoint wall", "endpoint kg CPU", "endpoint peak MB", "server CPU", "embedded wall",
            "embedded peak MB")) + " |")
        out.append("|---" * (1 + 6 * len(with_analysis)) + "|")
        for name in ANALYSIS:
            row = []
            for s in with_analysis:
                e = results["sizes"][s]["analysis"]["endpoint"].get(name, {})
                o = results["sizes"][s]["analysis"]["embedded"].get(name, {})
                row += [_cell(e, "kg_s"), _cell(e, "kg_cpu_s"), f"{e['rss_mb']:.0f}" if "rss_mb" in e else "",
                        _cell(e, "server_cpu_s"), _cell(o, "kg_s"), f"{o['rss_mb']:.0f}" if "rss_mb" in o else ""]
            out.append(f"| `{name}` | " + " | ".join(row) + " |")
    return "\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="100k,1M")
    parser.add_argument("--work", default="/tmp/kg-scale-virt")
    parser.add_argument("--base-articles", type=int, default=200)
    parser.add_argument("--timeout", type=float, default=240.0, help="wall seconds per query child (all repetitions)")
    parser.add_argument("--slow", type=float, default=30.0,
                        help="stop repeating a query once one repetition (bare + kg) takes longer")
    parser.add_argument("--analysis-timeout", type=float, default=600.0)
    parser.add_argument("--analysis-sizes", default="100k,1M")
    parser.add_argument("--rss-limit-mb", type=float, default=4000.0)
    parser.add_argument("--max-rows", type=int, default=1_000_000, help="Virtuoso's ResultSetMaxRows")
    parser.add_argument("--only", default="", help="comma-separated query names (default: all)")
    parser.add_argument("--json", default=None)
    parser.add_argument("--reuse", action="store_true", help="reuse the embedded stores of an earlier run in --work")
    parser.add_argument("--keep", action="store_true", help="keep the Virtuoso databases")
    parser.add_argument("--render", default=None)
    parser.add_argument("--child-endpoint", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--child-embedded", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--child-cli", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("cli_args", nargs="*", help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    parser.add_argument("--server-pid", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--store", help=argparse.SUPPRESS)
    parser.add_argument("--query-file", help=argparse.SUPPRESS)
    parser.add_argument("--repeat", type=int, default=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.render:
        print(render(json.loads(Path(args.render).read_text())))
        return
    if args.child_endpoint:
        return child_endpoint(args)
    if args.child_embedded:
        return child_embedded(args)
    if args.child_cli:
        return child_cli(args)
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    base = base_articles(work, args.base_articles)
    texts = queries(before=False)
    if args.only:
        texts = {k: v for k, v in texts.items() if k in args.only.split(",")}
    print(f"base: {len(base)} articles, {sum(nt.count(chr(10)) for _, nt in base)} triples", flush=True)
    results = json.loads(Path(args.json).read_text()) if args.json and Path(args.json).is_file() and args.reuse \
        else {}
    results.setdefault("sizes", {})
    results.update(base_articles=len(base), command=" ".join(sys.argv))
    for label in args.sizes.split(","):
        started = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
        load = os.getloadavg()
        entry = run_size(label, base, args, work, texts)
        entry.update(started=started, loadavg_start=load, loadavg_end=os.getloadavg(),
                     finished=time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()))
        results["sizes"][label] = entry
        if args.json:
            Path(args.json).write_text(json.dumps(results, indent=1))
    print(render(results))


if __name__ == "__main__":
    main()
