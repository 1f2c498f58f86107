#!/usr/bin/env python3
"""Throughput and scale benchmarks; writes docs/benchmarks.md (and docs/benchmarks.png with matplotlib).

Every figure is a ratio to a baseline measured in the same run, on a corpus generated here
(scripts/bench_corpus.py: made-up articles from templates):

  a. extraction: tokens/s of kg's extraction (spaCy parse + attribution rules + N-Triples)
     against spaCy's bare ``nlp.pipe`` over the same texts;
  b. ingest into the embedded store at --triples (1M): triples/s and peak memory of kg's
     per-article atomic write, against pyoxigraph's non-transactional bulk loader (an upper
     bound); then, at that size, kg's write against the previous one (one SPARQL
     ``DROP ; INSERT DATA`` update per article), article by article in turn;
  c. SPARQL latency of the competency queries (ontology/queries/*.rq) on that store: Oxigraph
     through kg.store against rdflib's in-memory graph (each stopped at --limit seconds), and
     Oxigraph again with the same triples in one default graph instead of per-article graphs;
  d. contradiction detection at 1k / 10k / 100k claims (scripts/bench_contradictions.py);
  e. ``kg ingest --jobs 2`` against ``--jobs 1`` over --articles (500) generated articles;
  and with --memory, peak memory of ``kg ingest --jobs 2`` over 5,000 articles against 500.

    .venv/bin/python scripts/bench_ingest.py              # about 8 minutes on 2 cores
    .venv/bin/python scripts/bench_ingest.py --memory     # adds the 500 vs 5,000 memory run
    .venv/bin/python scripts/bench_ingest.py --sections e --articles 100 --no-write   # a quick look

The 1M-triple store for (b) and (c) is built from the extraction output of (a), copied with
fresh article, statement and affiliation IRIs until it is large enough (agents and
propositions are shared between copies, as they are between real articles).
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import re
import select
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

ID = "https://w3id.org/kg-claims/id/"
_COPY_IRI = re.compile(r"(<https://w3id\.org/kg-claims/id/(?:statement|affiliation)/[0-9a-f]+)>")


# -- helpers --------------------------------------------------------------------------------------

def machine() -> dict:
    """What the figures were measured on."""
    cpu = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    except (ValueError, OSError, AttributeError):
        memory = float("nan")
    versions = {}
    for name in ("spacy", "pyoxigraph", "rdflib", "distributed"):
        try:
            from importlib.metadata import version

            versions[name] = version(name)
        except Exception:  # noqa: BLE001
            versions[name] = "not installed"
    return {"cpu": cpu, "cores": os.cpu_count(), "memory_gib": memory, "python": platform.python_version(),
            "os": f"{platform.system()} {platform.release()}", "versions": versions}


def kept_sections(path: Path) -> str:
    """The blocks other benchmark scripts own in `path` (between `<!-- name -->` and `<!-- /name -->`),
    carried over when this script rewrites the file."""
    if not path.exists():
        return ""
    found = re.finditer(r"<!-- ([\w.-]+) -->.*?<!-- /\1 -->\n?", path.read_text(encoding="utf-8"), re.S)
    return "".join("\n" + m.group(0) for m in found)


def load_average() -> str:
    try:
        return " ".join(f"{x:.1f}" for x in os.getloadavg())
    except OSError:
        return "n/a"


def copy_article(doc_id: str, ntriples: str, number: int) -> tuple[str, str]:
    """Copy `number` of an article's graph: its own article, statement and affiliation IRIs."""
    if number == 0:
        return doc_id, ntriples
    new = f"{doc_id}-c{number}"
    text = ntriples.replace(f"<{ID}article/{doc_id}", f"<{ID}article/{new}")
    text = _COPY_IRI.sub(rf"\1-c{number}>", text)
    text = text.replace(f'<http://schema.org/identifier> "{doc_id}" .', f'<http://schema.org/identifier> "{new}" .')
    return new, text


def copies(base: list[tuple[str, str]], triples: int):
    """(doc_id, ntriples) pairs copied from `base` until about `triples` triples."""
    total, number = 0, 0
    while True:
        for doc_id, ntriples in base:
            if total >= triples:
                return
            doc, text = copy_article(doc_id, ntriples, number)
            total += text.count("\n")
            yield doc, text
        number += 1


def fmt_seconds(seconds: float | None) -> str:
    if seconds is None:
        return "-"
    if seconds < 0.01:
        return f"{seconds * 1000:.2f} ms"
    if seconds < 1:
        return f"{seconds * 1000:.0f} ms"
    return f"{seconds:.1f} s"


def fmt_ratio(value: float) -> str:
    return f"{value:,.0f}x" if value >= 10 else f"{value:.2g}x"


def segment_rates(marks: list) -> list[float]:
    """Triples per second within each tenth of the load (not since the start)."""
    rates, previous = [], (0, 0.0)
    for written, seconds in marks:
        rates.append((written - previous[0]) / max(seconds - previous[1], 1e-9))
        previous = (written, seconds)
    return rates


def fmt_mib(value: float | None) -> str:
    return "-" if value is None else f"{value:,.0f} MiB"


class TreeMemory:
    """Peak resident memory of a process and its children, sampled with psutil."""

    def __init__(self, pid: int):
        try:
            import psutil
        except ImportError:
            self.psutil = None
            return
        self.psutil = psutil
        self.root = psutil.Process(pid)
        self.peak_tree = 0
        self.peak_root = 0

    def sample(self) -> None:
        if self.psutil is None:
            return
        try:
            processes = [self.root] + self.root.children(recursive=True)
        except self.psutil.Error:
            return
        total = 0
        for process in processes:
            try:
                rss = process.memory_info().rss
            except self.psutil.Error:
                continue
            total += rss
            if process.pid == self.root.pid:
                self.peak_root = max(self.peak_root, rss)
        self.peak_tree = max(self.peak_tree, total)


def run_kg_ingest(corpus: Path, store: Path, jobs: int) -> dict:
    """Time `kg ingest --jobs N` as a user runs it, sampling the memory of its process tree."""
    import resource

    command = [str(Path(sys.executable).with_name("kg")), "ingest", str(corpus), "--store", str(store),
               "--jobs", str(jobs)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)  # counts the workers too, once all are waited for
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    memory = TreeMemory(process.pid)
    while process.poll() is None:
        memory.sample()
        time.sleep(0.2)
    seconds = time.perf_counter() - start
    out, err = process.communicate()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    if process.returncode != 0:
        raise SystemExit(f"kg ingest --jobs {jobs} failed ({process.returncode}):\n{out}\n{err}")
    stored = int(re.search(r"Stored (\d+) article", out).group(1))
    triples = int(re.search(r"(\d+) triples", out).group(1))
    mib = 2**20
    return {"jobs": jobs, "seconds": seconds, "cpu_s": cpu, "stored": stored, "triples": triples,
            "summary": out.strip(),
            "peak_tree_mib": memory.peak_tree / mib if memory.psutil else None,
            "peak_writer_mib": memory.peak_root / mib if memory.psutil else None}


# -- (a) extraction against bare spaCy -----------------------------------------------------------

def bench_extraction(articles: int, rounds: int) -> tuple[dict, list[tuple[str, str]]]:
    from bench_corpus import generate

    from kg.extraction import extract_parsed
    from kg.extraction.nlp import load_pipeline
    from kg.ingest import batched, extract_batch
    from kg.model import Article
    from kg.triples import article_graph, article_ntriples, to_ntriples

    nlp = load_pipeline()
    records = list(generate(articles))
    items = [Article(doc_id=r["id"], text=r["text"], title=r["title"], publisher=r["publisher"],
                     published=r["published"]) for r in records]
    texts = [a.text for a in items]
    list(nlp.pipe(texts[:8]))  # warm up
    extract_batch(items[:8])
    bare, ours, out = [], [], []
    for _ in range(rounds):  # interleaved, best of each: the least disturbed by other load
        start = time.perf_counter()
        tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=8))
        bare.append(time.perf_counter() - start)
        start = time.perf_counter()
        out = [row for batch in batched(items, 8) for row in extract_batch(batch)]
        ours.append(time.perf_counter() - start)
    failed = [row for row in out if not isinstance(row, tuple)]
    # the parts of our time, on documents parsed once
    docs = list(nlp.pipe(texts, batch_size=8))
    start = time.perf_counter()
    results = [extract_parsed(a, d) for a, d in zip(items, docs)]
    rules = time.perf_counter() - start
    start = time.perf_counter()
    for result in results:
        article_ntriples(result)
    rdf = time.perf_counter() - start
    start = time.perf_counter()
    for result in results:
        to_ntriples(article_graph(result))
    rdf_rdflib = time.perf_counter() - start
    parse = min(bare)
    figures = {"articles": articles, "tokens": tokens, "bare_s": parse, "ours_s": min(ours),
               "bare_tps": tokens / parse, "ours_tps": tokens / min(ours), "rules_s": rules, "rdf_s": rdf,
               "rdf_rdflib_s": rdf_rdflib, "attributions": sum(row[3] for row in out if isinstance(row, tuple)),
               "triples": sum(row[2].count("\n") for row in out if isinstance(row, tuple)), "failed": len(failed),
               "rounds": rounds}
    base = [(row[0], row[2]) for row in out if isinstance(row, tuple)]
    return figures, base


# -- (b) the write path at 1M triples: a child process per variant, for clean peak memory ------------

def _child_write(args: dict) -> dict:
    """Runs in a fresh interpreter: write the copies into a new store one way, report speed and memory."""
    import resource

    import pyoxigraph

    from kg.store import open_store
    from kg.triples import graph_iri

    base = [tuple(x) for x in json.loads(Path(args["base"]).read_text())]
    folder, mode, target = args["store"], args["mode"], args["triples"]
    written, marks = 0, []
    next_mark = target / 10
    if mode == "bulk":  # the input file is written before the clock starts
        nquads = Path(folder + ".nq")
        with open(nquads, "w", encoding="utf-8") as out:
            for doc, text in copies(base, target):
                out.write(text.replace(" .\n", f" <{graph_iri(doc)}> .\n"))
    start = time.perf_counter()
    with open_store(folder) as store:
        if mode == "bulk":
            store._inner.bulk_load(path=str(nquads), format=pyoxigraph.RdfFormat.N_QUADS)
            written = len(store._inner)
            nquads.unlink()
        else:
            stream = copies(base, target + args.get("tail", 0))
            for doc, text in stream:
                store.replace_graph(str(graph_iri(doc)), text)
                written += text.count("\n")
                if written >= next_mark:
                    marks.append((written, time.perf_counter() - start))
                    next_mark += target / 10
                if written >= target:
                    break
        store.flush()
        seconds = time.perf_counter() - start
        # then, at that store size, the previous write path (one SPARQL update per article) and
        # kg's, article by article in turn, so that other load on the machine hits both alike
        tail = {"kg": [0, 0.0], "update": [0, 0.0]}
        if mode == "kg":
            for number, (doc, text) in enumerate(stream):
                iri = str(graph_iri(doc))
                begin = time.perf_counter()
                if number % 2:
                    store._inner.update(f"DROP SILENT GRAPH <{iri}> ;\nINSERT DATA {{ GRAPH <{iri}> {{\n{text}\n}} }}")
                else:
                    store.replace_graph(iri, text)
                spent = time.perf_counter() - begin
                record = tail["update" if number % 2 else "kg"]
                record[0] += text.count("\n")
                record[1] += spent
            store.flush()
    if args.get("union"):
        with open(args["union"], "w", encoding="utf-8") as out:
            for _, text in copies(base, target + args.get("tail", 0)):  # what the store holds
                out.write(text)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    return {"mode": mode, "triples": written, "seconds": seconds, "tps": written / seconds, "peak_mib": peak,
            "marks": marks, "tail": {k: {"triples": v[0], "seconds": v[1], "tps": v[0] / v[1] if v[1] else None}
                                     for k, v in tail.items()}}


def run_child(function: str, args: dict, timeout: float) -> dict:
    command = [sys.executable, __file__, "--child", function, json.dumps(args)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
    if result.returncode != 0:
        raise SystemExit(f"{function} failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def bench_store_write(base_file: Path, work: Path, triples: int, tail: int) -> dict:
    out = {}
    out["kg"] = run_child("write", {"base": str(base_file), "store": str(work / "store-1m"), "mode": "kg",
                                    "triples": triples, "tail": tail, "union": str(work / "union.nt")}, 3600)
    out["bulk"] = run_child("write", {"base": str(base_file), "store": str(work / "store-bulk"), "mode": "bulk",
                                      "triples": triples}, 3600)
    shutil.rmtree(work / "store-bulk", ignore_errors=True)
    return out


# -- (c) SPARQL latency: Oxigraph (kg.store) against rdflib, each query stopped at a limit ---------------

class _Timeout(Exception):
    pass


def _on_alarm(signum, frame):
    raise _Timeout()


def _child_queries(args: dict) -> None:
    """Runs in a fresh interpreter: load the data once, then one JSON line per query."""
    from kg.queries import competency_queries

    queries = competency_queries()
    names = [n for n in queries if n not in args.get("skip", [])]
    limit = args["limit"]
    start = time.perf_counter()
    if args["engine"] == "rdflib":
        import rdflib

        graph = rdflib.Graph()
        graph.parse(args["data"], format="nt")

        def run(text):
            return sum(1 for _ in graph.query(text))
        size = len(graph)
    elif args["engine"] == "oxigraph-flat":  # the same triples in one default graph, in memory
        import pyoxigraph

        from kg.store import _from_oxigraph

        flat = pyoxigraph.Store()
        flat.load(path=args["data"], format=pyoxigraph.RdfFormat.N_TRIPLES)

        def run(text):
            return len(_from_oxigraph(flat.query(text), pyoxigraph).rows)
        size = len(flat)
    else:
        from kg.store import open_store

        store = open_store(args["data"], read_only=True)

        def run(text):
            return len(store.query(text).rows)
        size = len(store._inner)
    print(json.dumps({"loaded": time.perf_counter() - start, "triples": size}), flush=True)
    signal.signal(signal.SIGALRM, _on_alarm)
    for name in names:
        times, rows = [], None
        for _ in range(args["repeat"]):
            signal.setitimer(signal.ITIMER_REAL, limit)
            try:
                begin = time.perf_counter()
                rows = run(queries[name])
                times.append(time.perf_counter() - begin)
            except _Timeout:
                times = None
                break
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            if times[-1] > 1:  # repeat only the quick ones
                break
        print(json.dumps({"query": name, "seconds": statistics.median(times) if times else None, "rows": rows}),
              flush=True)


def query_engine(engine: str, data: str, limit: float, repeat: int, load_timeout: float) -> dict:
    """Per-query seconds (None when stopped at the limit); a stuck child is killed and restarted."""
    from kg.queries import competency_queries

    remaining = list(competency_queries())
    results, loaded = {}, None
    while remaining:
        args = {"engine": engine, "data": data, "limit": limit, "repeat": repeat,
                "skip": [n for n in competency_queries() if n not in remaining]}
        process = subprocess.Popen([sys.executable, __file__, "--child", "queries", json.dumps(args)],
                                   stdout=subprocess.PIPE, text=True)
        deadline = load_timeout
        try:
            while remaining:
                ready, _, _ = select.select([process.stdout], [], [], deadline)
                line = process.stdout.readline() if ready else ""
                if not line:  # stuck past the limit (native code ignores the alarm) or died
                    if loaded is None:
                        raise SystemExit(f"{engine}: loading the data took more than {load_timeout:.0f} s")
                    results[remaining.pop(0)] = {"seconds": None, "rows": None}
                    break
                record = json.loads(line)
                if "loaded" in record:
                    loaded = record
                else:
                    results[record["query"]] = record
                    remaining.remove(record["query"])
                deadline = limit + 2  # a query past its limit inside native code is killed here
        finally:
            process.kill()
            process.wait()
    return {"loaded": loaded, "queries": results}


# -- (d) contradictions -----------------------------------------------------------------------------

def bench_contradictions(sizes: list[int]) -> dict:
    script = ROOT / "scripts" / "bench_contradictions.py"
    if not script.exists():
        return {"missing": True}
    code = ("import json, sys; sys.path.insert(0, 'scripts'); import bench_contradictions as b; "
            f"print(json.dumps([b.run(n, 0) for n in {sizes!r}]))")
    try:
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=1800)
        return {"rows": json.loads(result.stdout.strip().splitlines()[-1])}
    except Exception:  # noqa: BLE001 - its interface changed: show what the script prints
        result = subprocess.run([sys.executable, str(script), "--sizes", *map(str, sizes)], capture_output=True,
                                text=True, cwd=ROOT, timeout=1800)
        return {"text": result.stdout or result.stderr}


# -- the report ---------------------------------------------------------------------------------------

def render(results: dict) -> str:
    info, command = results["info"], results["command"]
    args = argparse.Namespace(**results["args"])
    lines = ["# Benchmarks", "",
             "Generated by `scripts/bench_ingest.py`; every figure is a ratio to a baseline measured in the same run, "
             "on a corpus generated from the templates in `scripts/bench_corpus.py`.", "",
             f"- Command: `{command}`",
             f"- Machine: {info['cpu']}, {info['cores']} cores, {info['memory_gib']:.0f} GiB; Python {info['python']} "
             f"on {info['os']}; " + ", ".join(f"{k} {v}" for k, v in info["versions"].items()),
             f"- Run: {results['date']}, {results['total_s'] / 60:.1f} min"
             + (f" ({results['default_s'] / 60:.1f} min without the --memory runs)" if results.get("memory") else "")
             + f"; load average at start {results['load_start']}, "
             f"at end {results['load_end']} (other work on the machine makes single runs noisy)", ""]
    rows = []
    a, b, c, d, e, mem = (results.get(k) for k in ("a", "b", "c", "d", "e", "memory"))
    if a:
        overhead = a["ours_s"] / a["bare_s"] - 1
        parts = (a["rules_s"] + a["rdf_s"]) / a["bare_s"]
        rows.append(("a. extraction throughput", f"{a['ours_tps']:,.0f} tokens/s (parse + rules + N-Triples)",
                     f"spaCy `nlp.pipe` alone: {a['bare_tps']:,.0f} tokens/s",
                     f"{a['ours_tps'] / a['bare_tps']:.2f}x (overhead {overhead:+.0%}; rules + RDF timed apart: "
                     f"{parts:.0%} of the parse)", "overhead < 25%"))
    if b:
        kg, bulk = b["kg"], b["bulk"]
        new, old = kg["tail"]["kg"], kg["tail"]["update"]
        rows.append((f"b. ingest into the embedded store, {kg['triples'] / 1e6:.2f}M triples",
                     f"{kg['tps']:,.0f} triples/s, peak {fmt_mib(kg['peak_mib'])} (one transaction per article)",
                     f"pyoxigraph bulk loader (not atomic): {bulk['tps']:,.0f} triples/s, peak {fmt_mib(bulk['peak_mib'])}",
                     f"{kg['tps'] / bulk['tps']:.2f}x", ""))
        if new["tps"] and old["tps"]:
            rows.append((f"b. write path at {kg['triples'] / 1e6:.2f}M triples, next {(new['triples'] + old['triples']) / 1e3:,.0f}k",
                         f"{new['tps']:,.0f} triples/s (`Store.load` per new graph)",
                         f"previous path, SPARQL `DROP ; INSERT DATA` per article, in turn: {old['tps']:,.0f} triples/s",
                         f"{new['tps'] / old['tps']:.2f}x", ""))
    if c:
        ox, rd = c["oxigraph"]["queries"], c["rdflib"]["queries"]
        ratios, stopped = [], 0
        for name, record in ox.items():
            mine, theirs = record["seconds"], rd.get(name, {}).get("seconds")
            if mine and theirs:
                ratios.append(theirs / mine)
            elif mine and theirs is None:
                stopped += 1
                ratios.append(args.limit / mine)
        median = statistics.median(ratios) if ratios else float("nan")
        ox_stopped = sum(1 for r in ox.values() if r["seconds"] is None)
        rdflib_faster = sum(1 for n, r in ox.items() if r["seconds"] and rd.get(n, {}).get("seconds")
                            and rd[n]["seconds"] < r["seconds"])
        rows.append((f"c. SPARQL, {len(ox)} competency queries at {c['oxigraph']['loaded']['triples'] / 1e6:.2f}M triples",
                     f"Oxigraph (kg.store): median {fmt_seconds(statistics.median([r['seconds'] for r in ox.values() if r['seconds'] is not None]))}"
                     f"; {ox_stopped} stopped at {args.limit:g} s",
                     f"rdflib in-memory graph: {sum(1 for r in rd.values() if r['seconds'] is None)} stopped at "
                     f"{args.limit:g} s; faster than Oxigraph on {rdflib_faster}",
                     f"rdflib / Oxigraph: median {fmt_ratio(median)} (a lower bound)", ""))
        flat = (c.get("flat") or {}).get("queries")
        if flat:
            done = [r["seconds"] for r in flat.values() if r["seconds"] is not None]
            rows.append(("c. the same queries, triples in one default graph",
                         f"Oxigraph in memory: median {fmt_seconds(statistics.median(done)) if done else '-'}; "
                         f"{sum(1 for r in flat.values() if r['seconds'] is None)} stopped at {args.limit:g} s",
                         "Oxigraph (kg.store) over the union of the named graphs, above",
                         "see the table in c", ""))
    if d:
        if d.get("rows"):
            sizes = d["rows"]
            growth = []
            for prev, row in zip(sizes, sizes[1:]):
                growth.append(f"{row['total'] / prev['total'] * 10 / (row['n'] / prev['n']):.1f}")
            size_text = " / ".join(f"{r['n']:,}" for r in sizes)
            rows.append((f"d. contradiction detection, {size_text} claims",
                         " / ".join(fmt_seconds(r["total"]) for r in sizes),
                         "the smaller size", "growth per 10x: " + " / ".join(growth), "linear is 10, all pairs 100"))
        elif d.get("text"):
            rows.append(("d. contradiction detection", "see below", "", "", ""))
        else:
            rows.append(("d. contradiction detection", "TODO: scripts/bench_contradictions.py is not there yet",
                         "", "", ""))
    if e:
        one, two = e["1"], e["2"]
        rows.append((f"e. `kg ingest --jobs 2`, {two['stored']} articles",
                     f"{two['seconds']:.1f} s ({two['stored'] / two['seconds']:.1f} articles/s)",
                     f"`--jobs 1`: {one['seconds']:.1f} s ({one['stored'] / one['seconds']:.1f} articles/s)",
                     f"{one['seconds'] / two['seconds']:.2f}x faster"
                     + (f" (CPU: {two['cpu_s']:.0f} s against {one['cpu_s']:.0f} s)" if "cpu_s" in two else ""),
                     "at least 1.6x"))
    if mem:
        small, large = mem["small"], mem["large"]
        rows.append((f"memory: `kg ingest --jobs 2`, {large['stored']:,} articles",
                     f"peak {fmt_mib(large['peak_tree_mib'])} (all processes), writer {fmt_mib(large['peak_writer_mib'])}",
                     f"{small['stored']:,} articles: {fmt_mib(small['peak_tree_mib'])}, writer {fmt_mib(small['peak_writer_mib'])}",
                     f"{large['peak_tree_mib'] / small['peak_tree_mib']:.2f}x (writer {large['peak_writer_mib'] / small['peak_writer_mib']:.2f}x)",
                     "within 1.5x"))
    lines += ["| figure | measured | baseline (same run) | ratio | target |", "|---|---|---|---|---|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    if not mem:
        lines += ["", "Memory at 5,000 vs 500 articles was not measured in this run (add `--memory`)."]
    if results.get("plot"):
        lines += ["", f"![SPARQL latency and ingest rate]({results['plot']})"]
    if a:
        lines += ["", "## a. Extraction", "",
                  f"{a['articles']} articles, {a['tokens']:,} tokens, {a['attributions']:,} attributions, "
                  f"{a['triples']:,} triples; best of {a['rounds']} interleaved rounds.", "",
                  "| step | seconds | share of the parse |", "|---|---|---|",
                  f"| spaCy parse (`nlp.pipe`, batches of 8) | {a['bare_s']:.2f} | 100% |",
                  f"| attribution rules (`extract_parsed`) | {a['rules_s']:.2f} | {a['rules_s'] / a['bare_s']:.0%} |",
                  f"| N-Triples (`article_ntriples`) | {a['rdf_s']:.2f} | {a['rdf_s'] / a['bare_s']:.0%} |",
                  f"| (before: rdflib Graph + its serializer) | {a['rdf_rdflib_s']:.2f} | {a['rdf_rdflib_s'] / a['bare_s']:.0%} |",
                  f"| all of kg's extraction, end to end | {a['ours_s']:.2f} | {a['ours_s'] / a['bare_s']:.0%} |"]
    if b:
        kg = b["kg"]
        lines += ["", "## b. Writing to the embedded store", "",
                  "Each article is one named graph written in one transaction, so a reader (`kg serve`, a notebook) "
                  "sees all of an article or none of it. A graph that is not in the store yet goes in with "
                  "pyoxigraph's transactional `Store.load`; replacing an existing graph (a changed article) stays one "
                  "SPARQL update `DROP SILENT GRAPH ; INSERT DATA`, because a drop followed by a load would show the "
                  "article missing in between. The store is flushed every 4 MB of N-Triples: without it Oxigraph "
                  "kept the writes in memory (about 700 MB more per million triples) and slowed down as they grew. "
                  "The bulk loader is faster but writes outside transactions.", "",
                  "| store size (triples) | " + " | ".join(f"{m[0] / 1e3:,.0f}k" for m in kg["marks"]) + " |",
                  "|---|" + "---|" * len(kg["marks"]),
                  "| triples/s in that tenth | " + " | ".join(f"{r:,.0f}" for r in segment_rates(kg["marks"])) + " |",
                  "| triples/s since the start | " + " | ".join(f"{m[0] / m[1]:,.0f}" for m in kg["marks"]) + " |"]
    if c:
        ox, rd = c["oxigraph"], c["rdflib"]
        lines += ["", "## c. Competency queries", "",
                  f"Oxigraph opened in {fmt_seconds(ox['loaded']['loaded'])}; rdflib parsed "
                  f"{rd['loaded']['triples']:,} distinct triples in {fmt_seconds(rd['loaded']['loaded'])} (not counted "
                  f"below). Oxigraph: median of {args.repeat} runs (one for a query over 1 s); rdflib: one run, stopped at {args.limit:g} s. "
                  "The analysis queries (claim groups, contradictions, corroborations) find nothing here: "
                  "`kg analyze` was not run on this store.", "",
                  "Oxigraph is also timed on the same triples loaded into its default graph in memory: kg.store "
                  "asks every query of the union of the per-article named graphs (`use_default_graph_as_union`), "
                  "and that mode, not the number of triples, is what makes most of these queries slow.", "",
                  "| query | rows | Oxigraph (kg.store) | Oxigraph, one default graph | rdflib in-memory | rdflib / Oxigraph |",
                  "|---|---|---|---|---|---|"]
        flat_queries = (c.get("flat") or {}).get("queries", {})
        for name, record in ox["queries"].items():
            theirs = rd["queries"].get(name, {})
            flat_s = flat_queries.get(name, {}).get("seconds") if flat_queries else None
            flat_text = "-" if not flat_queries else (fmt_seconds(flat_s) if flat_s is not None else f"> {args.limit:g} s")
            mine_s, their_s = record["seconds"], theirs.get("seconds")
            if mine_s and their_s:
                ratio = fmt_ratio(their_s / mine_s)
            elif mine_s and their_s is None:
                ratio = f"> {fmt_ratio(args.limit / mine_s)}"
            else:
                ratio = "-"
            rows_text = record["rows"] if record["rows"] is not None else "-"
            if theirs.get("rows") is not None and record["rows"] is not None and theirs["rows"] != record["rows"]:
                rows_text = f"{record['rows']} (rdflib {theirs['rows']})"
            lines.append(f"| {name} | {rows_text} | {fmt_seconds(mine_s) if mine_s is not None else f'> {args.limit:g} s'} | "
                         f"{flat_text} | {fmt_seconds(their_s) if their_s is not None else f'> {args.limit:g} s (stopped)'} | {ratio} |")
    if d and d.get("rows"):
        lines += ["", "## d. Contradiction detection", "", "From `scripts/bench_contradictions.py` (synthetic claims).", "",
                  "| claims | candidate pairs | seconds | growth per 10x |", "|---|---|---|---|"]
        previous = None
        for row in d["rows"]:
            growth = f"{row['total'] / previous['total'] * 10 / (row['n'] / previous['n']):.1f}" if previous else "-"
            lines.append(f"| {row['n']:,} | {row['pairs']:,} | {row['total']:.2f} | {growth} |")
            previous = row
    elif d and d.get("text"):
        lines += ["", "## d. Contradiction detection", "", "```", d["text"].rstrip(), "```"]
    if e or mem:
        lines += ["", "## e. Parallel ingest", "",
                  "`kg ingest` run as a user runs it, into a new store each time, `--jobs 1` and `--jobs 2` in turn "
                  "(the fastest of each counts above). CPU is user + system time of all its processes; memory is "
                  "the peak resident set summed over the parent (the only store writer) and its workers, sampled "
                  "every 0.2 s (forked workers share pages with the parent, so the sum overstates).", "",
                  "| run | articles | seconds | articles/s | CPU seconds | triples | peak memory (all) | peak memory (writer) |",
                  "|---|---|---|---|---|---|---|---|"]
        runs = [(f"--jobs {run['jobs']}", run) for run in (e.get("rounds") or [e["1"], e["2"]])] if e else []
        if mem:
            runs += [(f"--jobs 2 (memory, {mem['small']['stored']:,})", mem["small"]),
                     (f"--jobs 2 (memory, {mem['large']['stored']:,})", mem["large"])]
        for label, run in runs:
            cpu = f"{run['cpu_s']:.1f}" if run.get("cpu_s") is not None else "-"
            lines.append(f"| `{label}` | {run['stored']:,} | {run['seconds']:.1f} | {run['stored'] / run['seconds']:.1f} | "
                         f"{cpu} | {run['triples']:,} | {fmt_mib(run['peak_tree_mib'])} | {fmt_mib(run['peak_writer_mib'])} |")
    lines += ["", "Reproduce: `" + command + "` (add `--memory` for the 5,000-article memory run; "
              "`--help` lists the sizes). The figure is drawn when matplotlib is importable, or afterwards by any "
              "Python that has it: `python scripts/bench_ingest.py --plot-from docs/benchmarks.json`."]
    return "\n".join(lines) + "\n"


def plot(results: dict, path: Path) -> bool:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return False
    c, b = results.get("c"), results.get("b")
    if not c and not b:
        return False
    figure, axes = plt.subplots(1, 2 if (c and b) else 1, figsize=(13, 5.5), squeeze=False)
    axes = list(axes[0])
    if c:
        ax = axes.pop(0)
        ox, rd = c["oxigraph"]["queries"], c["rdflib"]["queries"]
        names = list(ox)
        limit = results["limit"]
        flat = (c.get("flat") or {}).get("queries", {})
        series = [("Oxigraph (kg.store): union of named graphs", ox, "#3b6ea5")]
        if flat:
            series.append(("Oxigraph: one default graph", flat, "#8fb3d9"))
        series.append(("rdflib in-memory graph", rd, "#c8a2a2"))
        y = range(len(names))
        height = 0.8 / len(series)
        for k, (_label, data, color) in enumerate(series):
            values = [data.get(n, {}).get("seconds") for n in names]
            ax.barh([i - 0.4 + height * (k + 0.5) for i in y], [v or limit for v in values], height=height,
                    color=color, hatch=["//" if v is None else "" for v in values])
        ax.axvline(limit, color="#555555", linewidth=0.8, linestyle=":")
        ax.set_yticks(list(y), names)
        ax.invert_yaxis()
        ax.set_xscale("log")
        ax.set_xlabel(f"seconds, log scale (hatched: stopped at the {limit:g} s limit)")
        ax.set_title(f"Competency queries at {c['oxigraph']['loaded']['triples'] / 1e6:.2f}M triples")
        from matplotlib.patches import Patch

        ax.legend(handles=[Patch(color=color, label=label) for label, _, color in series],
                  loc="upper center", bbox_to_anchor=(0.5, -0.12), ncol=1, frameon=False)
    if b:
        ax = axes.pop(0)
        marks = b["kg"]["marks"]
        ax.plot([m[0] / 1e6 for m in marks], segment_rates(marks), marker="o", color="#3b6ea5",
                label="kg: one transaction per article")
        ax.axhline(b["bulk"]["tps"], color="#999999", linestyle="--", label="pyoxigraph bulk loader (not atomic)")
        ax.set_xlabel("store size (million triples)")
        ax.set_ylabel("triples per second while the store grows")
        ax.set_ylim(bottom=0)
        ax.set_title("Writing to the embedded store")
        ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.12), ncol=2, frameon=False)
    figure.tight_layout()
    figure.savefig(path, dpi=110)
    return True


# -- main ---------------------------------------------------------------------------------------------

def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=500, help="articles for --jobs 2 vs --jobs 1 (e)")
    parser.add_argument("--extract-articles", type=int, default=150, help="articles for the extraction figures (a)")
    parser.add_argument("--rounds", type=int, default=2, help="interleaved rounds of (a); the best of each counts")
    parser.add_argument("--triples", type=int, default=1_000_000, help="store size for (b) and (c)")
    parser.add_argument("--tail", type=int, default=100_000,
                        help="triples written after --triples, kg's path and the previous one in turn (b)")
    parser.add_argument("--limit", type=float, default=5.0, help="seconds before a query is stopped (c)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per Oxigraph query (median) (c)")
    parser.add_argument("--claims", type=int, nargs="+", default=[1000, 10_000, 100_000], help="sizes for (d)")
    parser.add_argument("--jobs-rounds", type=int, default=2,
                        help="interleaved rounds of --jobs 1 and --jobs 2 (e); the fastest of each counts")
    parser.add_argument("--memory", action="store_true", help="also measure peak memory at 500 vs 5,000 articles")
    parser.add_argument("--memory-articles", type=int, nargs=2, default=[500, 5000], metavar=("SMALL", "LARGE"))
    parser.add_argument("--sections", default="abcde", help="which of a, b, c, d, e to run (b needs a; c needs b)")
    parser.add_argument("--output", default=str(ROOT / "docs" / "benchmarks.md"))
    parser.add_argument("--no-write", action="store_true", help="print the table only")
    parser.add_argument("--keep", help="keep the corpus and stores in this folder")
    parser.add_argument("--plot-from", metavar="JSON",
                        help="only draw docs/benchmarks.png from a saved run (docs/benchmarks.json) and relink it")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.plot_from:  # draw the figure from a saved run, with any Python that has matplotlib
        results = json.loads(Path(args.plot_from).read_text(encoding="utf-8"))
        output = Path(args.output)
        if not plot(results, output.with_suffix(".png")):
            raise SystemExit("matplotlib is not installed in this Python")
        results["plot"] = output.with_suffix(".png").name
        output.write_text(render(results) + kept_sections(output), encoding="utf-8")
        Path(args.plot_from).write_text(json.dumps(results, indent=1), encoding="utf-8")
        print(f"wrote {output.with_suffix('.png')} and {output}")
        return
    if args.child:
        function, payload = args.child
        if function == "write":
            print(json.dumps(_child_write(json.loads(payload))))
        else:
            _child_queries(json.loads(payload))
        return

    from bench_corpus import write_corpus

    sections = set(args.sections)
    if "c" in sections:
        sections.add("b")
    if "b" in sections:
        sections.add("a")
    command = "python scripts/bench_ingest.py" + ("" if len(sys.argv) == 1 else " " + " ".join(sys.argv[1:]))
    info = machine()
    results = {"date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"), "load_start": load_average(),
               "limit": args.limit, "info": info, "command": command,
               "args": {k: v for k, v in vars(args).items() if k != "child"}}
    began = time.perf_counter()
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="kg-bench-"))
    work.mkdir(parents=True, exist_ok=True)

    def step(text):
        print(f"[{time.perf_counter() - began:6.0f} s] {text}", file=sys.stderr, flush=True)

    try:
        if "a" in sections:
            step(f"a. extraction vs bare spaCy over {args.extract_articles} articles")
            results["a"], base = bench_extraction(args.extract_articles, args.rounds)
            base_file = work / "base.json"
            base_file.write_text(json.dumps(base))
        if "b" in sections:
            step(f"b. writing {args.triples:,} triples into the embedded store (and baselines)")
            results["b"] = bench_store_write(base_file, work, args.triples, args.tail)
        if "c" in sections:
            step("c. competency queries: Oxigraph")
            oxigraph = query_engine("oxigraph", str(work / "store-1m"), args.limit, args.repeat, 600)
            step("c. competency queries: Oxigraph, the same triples in one default graph")
            flat = query_engine("oxigraph-flat", str(work / "union.nt"), args.limit, args.repeat, 600)
            step("c. competency queries: rdflib (parsing the data first)")
            rdflib_ = query_engine("rdflib", str(work / "union.nt"), args.limit, 1, 1800)
            results["c"] = {"oxigraph": oxigraph, "flat": flat, "rdflib": rdflib_}
        if "d" in sections:
            step(f"d. contradiction detection at {args.claims}")
            results["d"] = bench_contradictions(args.claims)
        if "e" in sections:
            corpus = write_corpus(work / f"corpus-{args.articles}", args.articles)
            results["e"] = {"rounds": []}
            for round_ in range(args.jobs_rounds):  # interleaved: other load on the machine hits both alike
                for jobs in (1, 2):
                    step(f"e. kg ingest --jobs {jobs} over {args.articles} articles (round {round_ + 1})")
                    run = run_kg_ingest(corpus, work / f"store-jobs{jobs}", jobs)
                    shutil.rmtree(work / f"store-jobs{jobs}", ignore_errors=True)
                    results["e"]["rounds"].append(run)
                    best = results["e"].get(str(jobs))
                    if best is None or run["seconds"] < best["seconds"]:
                        results["e"][str(jobs)] = run
        results["default_s"] = time.perf_counter() - began  # the sections a to e, without --memory
        if args.memory:
            results["memory"] = {}
            for label, size in zip(("small", "large"), args.memory_articles):
                corpus = work / f"corpus-{size}"
                if not corpus.exists():
                    write_corpus(corpus, size)
                step(f"memory: kg ingest --jobs 2 over {size} articles")
                results["memory"][label] = run_kg_ingest(corpus, work / f"store-memory-{size}", 2)
                shutil.rmtree(work / f"store-memory-{size}", ignore_errors=True)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    results["total_s"] = time.perf_counter() - began
    results["load_end"] = load_average()
    output = Path(args.output)
    if not args.no_write:
        png = output.with_suffix(".png")
        if plot(results, png):
            results["plot"] = png.name
    text = render(results)
    if not args.no_write:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(text + kept_sections(output), encoding="utf-8")
        output.with_suffix(".json").write_text(json.dumps(results, indent=1), encoding="utf-8")
        step(f"wrote {output}")
    print(text)


if __name__ == "__main__":
    main()
