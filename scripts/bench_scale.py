#!/usr/bin/env python3
"""Benchmark: competency queries and analysis commands on stores of 100k, 1M and 10M triples.

The data is what ingest writes: articles from scripts/bench_corpus.py run through kg's real
extraction once (the base, cached), then copied with fresh article, statement, affiliation and
proposition IRIs until the store has the size asked for. Agents are *not* renamed: the same
people and organisations recur across copies, as sources recur across a real corpus, which is
what made shared nodes expensive in the old layout. Propositions are renamed per copy, so each
copy is a new set of stories with the structure of the base.

Stores built (each from the same articles):
  shared      the layout of kg/layout.py, written by ``Store.replace_article`` (the ingest path);
              at 10M built with pyoxigraph's bulk loader from the very same ``split_article`` output
  duplicated  the old layout: each article graph holds its agents and propositions (replace_graph)
  merged      the old layout plus a maintained read copy: every distinct triple also in the real
              default graph, queried without the union

Each query runs in a fresh process (a read-only open, as `kg query` does) with a time limit and a
memory watchdog: through kg's store (rows converted as `kg query` converts them) and through bare
pyoxigraph on the same store. "before" is the old queries (git main) on the old layout.

    .venv/bin/python scripts/bench_scale.py --sizes 100k,1M --work /tmp/kg-scale --json docs/bench_scale.json

With --bound N, the queries that declare a parameter (`# param:`) are also timed bound, for N
values picked from each store (scripts/bench_bound.py).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

ID = "https://w3id.org/kg-claims/id/"
SIZES = {"10k": 10_000, "100k": 100_000, "1M": 1_000_000, "10M": 10_000_000}
HEADLINE = "asserted_and_denied"
ANALYSIS = {
    "kg claims": ["claims", "--format", "json"],
    "kg contradictions": ["contradictions", "--format", "json"],
    "kg chains": ["chains", "--format", "json"],
    "kg explore": ["explore", "-o", "{tmp}/graph.html"],
}


# -- data -------------------------------------------------------------------------------------

def base_articles(work: Path, count: int) -> list[tuple[str, str]]:
    """(doc_id, N-Triples) of `count` generated articles through kg's extraction, cached in `work`."""
    cache = work / f"base-{count}.json"
    if cache.is_file():
        return [tuple(x) for x in json.loads(cache.read_text())]
    from bench_corpus import write_corpus

    from kg.extraction.nlp import load_pipeline
    from kg.ingest import batched, extract_batch
    from kg.readers import iter_articles

    corpus = write_corpus(work / "corpus", count)
    nlp = load_pipeline()
    out = []
    for batch in batched(iter_articles([corpus]), 16):
        for item in extract_batch(batch, nlp=nlp):
            if isinstance(item, tuple):
                out.append((item[0], item[2]))
    cache.write_text(json.dumps(out))
    return out


# (a proposition that only points back, "the statement", is scoped by its article: proposition/DOC/HASH)
_RENAMED = re.compile(rf"({re.escape(ID)}(?:statement|affiliation|proposition)/(?:[^/\s>]+/)?[0-9a-f]+)")
_PROPOSITION_TEXT = re.compile(rf'^(<{re.escape(ID)}proposition/\S+> <http://schema.org/text> ".*)(")( \.)$')


def copy_article(doc_id: str, nt: str, k: int) -> tuple[str, str]:
    """Copy `k` of a base article: its own doc id, statements, affiliations and propositions."""
    if k == 0:
        return doc_id, nt
    new_id = f"{doc_id}-c{k}"
    nt = nt.replace(f"{ID}article/{doc_id}", f"{ID}article/{new_id}").replace(f'"{doc_id}"', f'"{new_id}"')
    nt = _RENAMED.sub(rf"\1-c{k}", nt)
    lines = [_PROPOSITION_TEXT.sub(rf"\1 (story {k})\2\3", line) if "/proposition/" in line else line
             for line in nt.splitlines()]
    return new_id, "\n".join(lines) + "\n"


def articles_for(base: list[tuple[str, str]], triples: int):
    """Copies of the base articles, in order, until about `triples` triples."""
    total, k = 0, 0
    while True:
        for doc_id, nt in base:
            if total >= triples:
                return
            doc, text = copy_article(doc_id, nt, k)
            total += text.count("\n")
            yield doc, text
        k += 1


def build(layout: str, path: Path, articles, bulk: bool = False) -> dict:
    """Write the articles into a new store at `path` in `layout`; returns seconds and counts."""
    import pyoxigraph

    from kg.layout import SHARED_GRAPH, split_article, to_nquads
    from kg.store import OxigraphStore
    from kg.triples import graph_iri

    start = time.perf_counter()
    n = 0
    if bulk:  # the 10M store: the same split, loaded in chunks with the bulk loader
        inner = pyoxigraph.Store(str(path))
        chunk: list[str] = []
        size = 0
        for doc_id, nt in articles:
            article_nt, shared_nt = split_article(doc_id, nt)
            text = to_nquads(shared_nt, SHARED_GRAPH) + to_nquads(article_nt, str(graph_iri(doc_id)))
            chunk.append(text)
            size += len(text)
            n += 1
            if size > 64 * 2**20:  # bounded memory: the bulk loader holds a chunk at a time
                inner.bulk_load("".join(chunk), format=pyoxigraph.RdfFormat.N_QUADS)
                chunk, size = [], 0
        if chunk:
            inner.bulk_load("".join(chunk), format=pyoxigraph.RdfFormat.N_QUADS)
        inner.optimize()
        inner.flush()
        quads = len(inner)
        del inner
    else:
        store = OxigraphStore(path)
        for doc_id, nt in articles:
            if layout == "shared":
                store.replace_article(doc_id, nt)
            else:
                store.replace_graph(str(graph_iri(doc_id)), nt)
                if layout == "merged":  # the read copy: every distinct triple once in the default graph
                    store._inner.load(nt, format=pyoxigraph.RdfFormat.N_TRIPLES)
            n += 1
        store.flush()
        quads = len(store._inner)
        store.close()
    return {"articles": n, "quads": quads, "build_s": round(time.perf_counter() - start, 1)}


# -- timing in a child process ----------------------------------------------------------------

def child_query(args) -> None:
    """In the child: open the store read-only, time the query bare and through kg (the rows made
    plain values, as `kg query` prints them), print JSON.

    Wall and CPU seconds are both kept: on a shared machine the wall clock also counts the
    time other processes held the CPU, while a query runs on one thread, so its CPU time is
    close to what it takes on an idle machine.
    """
    import resource

    import pyoxigraph

    start = time.perf_counter()
    from rdflib.term import Literal  # noqa: F401 - imported by `kg query` for typed literals, not timed

    from kg.store import OxigraphStore, _from_oxigraph

    sparql = Path(args.query_file).read_text(encoding="utf-8")
    union = args.layout != "merged"
    store = OxigraphStore(args.store, read_only=True)
    result = {"open_s": time.perf_counter() - start}
    bare, bare_cpu, through, through_cpu = [], [], [], []
    for _ in range(args.repeat):
        start, cpu = time.perf_counter(), time.process_time()
        answer = store._inner.query(sparql, use_default_graph_as_union=union)
        solutions = list(answer) if isinstance(answer, pyoxigraph.QuerySolutions) else [True]
        rows = len(solutions)
        if rows == 1 and isinstance(answer, pyoxigraph.QuerySolutions) and [v.value for v in answer.variables] == ["n"]:
            result["value"] = int(solutions[0][0].value)  # an --ops COUNT: how many units it did
        bare.append(time.perf_counter() - start)
        bare_cpu.append(time.process_time() - cpu)
        start, cpu = time.perf_counter(), time.process_time()
        # what `kg query` prints: the result's rows as plain values (dicts())
        if union:
            rows_kg = len(store.query(sparql).dicts())
        else:
            rows_kg = len(_from_oxigraph(store._inner.query(sparql), pyoxigraph).dicts())
        through.append(time.perf_counter() - start)
        through_cpu.append(time.process_time() - cpu)
        if bare[-1] + through[-1] > 4:
            break
    result.update(bare_s=min(bare), bare_cpu_s=min(bare_cpu), kg_s=min(through), kg_cpu_s=min(through_cpu),
                  rows=rows, rows_kg=rows_kg, rss_mb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    print(json.dumps(result))


def child_cli(args) -> None:
    """In the child: run one kg command in-process, print wall and CPU seconds and peak memory as JSON."""
    import contextlib
    import io
    import resource

    start, cpu = time.perf_counter(), time.process_time()
    if args.before:  # git main's kg, from its own worktree
        sys.path.insert(0, args.before)
        for name in [m for m in sys.modules if m == "kg" or m.startswith("kg.")]:
            del sys.modules[name]
    from kg.cli import cli

    with contextlib.redirect_stdout(io.StringIO()):
        try:
            cli.main(args.cli_args, standalone_mode=False)
        except SystemExit:
            pass
    print(json.dumps({"kg_s": time.perf_counter() - start, "kg_cpu_s": time.process_time() - cpu,
                      "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}), file=sys.__stdout__)


def _cpu_seconds(pid: int) -> float:
    """CPU seconds (user + system) a running process has used, from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def run_child(argv: list[str], timeout: float, rss_limit_mb: float, script: str = __file__) -> dict:
    """Run `script` (this one) as a child; stop it past `timeout` CPU seconds (the wall clock counts
    other people's work on a shared machine), past 4x that on the wall clock, or past `rss_limit_mb`
    of memory."""
    proc = subprocess.Popen([sys.executable, script, *argv], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    start, peak = time.monotonic(), 0.0
    while proc.poll() is None:
        time.sleep(0.05)
        try:
            status = Path(f"/proc/{proc.pid}/status").read_text()
            rss = int(re.search(r"VmRSS:\s+(\d+)", status).group(1)) / 1024
            peak = max(peak, rss)
            cpu = _cpu_seconds(proc.pid)
        except (OSError, AttributeError, IndexError, ValueError):
            rss, cpu = 0, 0.0
        if cpu > timeout or time.monotonic() - start > 4 * timeout or rss > rss_limit_mb:
            proc.kill()
            proc.wait()
            return {"error": "timeout" if rss <= rss_limit_mb else "memory", "limit_s": timeout, "rss_mb": peak}
    out, err = proc.communicate()
    try:
        return json.loads(out.strip().splitlines()[-1])
    except (ValueError, IndexError):
        return {"error": (err.strip().splitlines() or ["no output"])[-1][:200]}


def queries(before: bool, ref: str = "main") -> dict[str, str]:
    """The competency queries: the working tree's, or those of git `ref` (before)."""
    if not before:
        return {p.stem: p.read_text(encoding="utf-8") for p in sorted((ROOT / "ontology/queries").glob("*.rq"))}
    names = subprocess.run(["git", "-C", str(ROOT), "ls-tree", "--name-only", ref, "ontology/queries/"],
                           capture_output=True, text=True, check=True).stdout.split()
    return {Path(n).stem: subprocess.run(["git", "-C", str(ROOT), "show", f"{ref}:{n}"], capture_output=True,
                                         text=True, check=True).stdout for n in names if n.endswith(".rq")}


def time_queries(store: Path, layout: str, texts: dict[str, str], timeout: float, rss: float, tmp: Path) -> dict:
    out = {}
    for name, text in texts.items():
        qfile = tmp / f"{name}.rq"
        qfile.write_text(text, encoding="utf-8")
        out[name] = run_child(["--child-query", "--store", str(store), "--layout", layout, "--query-file", str(qfile),
                               "--repeat", "3"], timeout, rss)
        print(f"    {name:26} {_fmt(out[name])}", flush=True)
    return out


def time_analysis(store: Path, timeout: float, rss: float, tmp: Path, before: str | None = None) -> dict:
    out = {}
    for name, argv in ANALYSIS.items():
        argv = [a.format(tmp=tmp) for a in argv] + ["--store", str(store)]
        extra = ["--before", before] if before else []
        out[name] = run_child(["--child-cli", *extra, "--", *argv], timeout, rss)
        print(f"    {name:26} {_fmt(out[name])}", flush=True)
    return out


def _fmt(r: dict) -> str:
    if "error" in r:
        return f"{r['error']} ({r.get('limit_s', '')} s, {r.get('rss_mb', 0):.0f} MB)"
    bare = f"bare {r['bare_s']:.3f} s  " if "bare_s" in r else ""
    cpu = f"(cpu {r['kg_cpu_s']:.3f})  " if "kg_cpu_s" in r else ""
    return f"{bare}kg {r['kg_s']:.3f} s {cpu} rows {r.get('rows', '')}  {r['rss_mb']:.0f} MB"


# -- the cost of one operation, at each size (--ops) ---------------------------------------------

_P = ("PREFIX kg: <https://w3id.org/kg-claims/ns#>\nPREFIX schema: <http://schema.org/>\n"
      "PREFIX prov: <http://www.w3.org/ns/prov#>\n")
_BLOCKS = ["{ SELECT ?s ?p WHERE { ?s kg:proposition ?p } }", "{ SELECT ?s ?a WHERE { ?s prov:wasAttributedTo ?a } }",
           "{ SELECT ?s ?e WHERE { ?s kg:evidence ?e } }", "{ SELECT ?s ?r WHERE { ?s prov:wasDerivedFrom ?r } }"]
#: name -> (query, what one unit is); each query's cost divided by its units is the cost of one operation
OPS = {
    "scan": (_P + "SELECT (COUNT(*) AS ?n) WHERE { ?s kg:proposition ?p }", "triple read in one pass"),
    "hash join, 2 blocks": (_P + "SELECT (COUNT(*) AS ?n) WHERE { " + " ".join(_BLOCKS[:2]) + " }", "row"),
    "hash join, 4 blocks": (_P + "SELECT (COUNT(*) AS ?n) WHERE { " + " ".join(_BLOCKS) + " }", "row"),
    "lookup": (_P + "SELECT (COUNT(*) AS ?n) WHERE { ?s kg:proposition ?p . ?s prov:wasAttributedTo ?a }",
               "lookup (one per statement)"),
    "decode IRIs": (_P + "SELECT ?s ?p WHERE { ?s kg:proposition ?p }", "row of 2 IRIs"),
    "decode strings": (_P + "SELECT ?t WHERE { ?p schema:text ?t }", "row of 1 string"),
}


def render_ops(results: dict) -> str:
    """Markdown table of the --ops figures: CPU per operation at each size and its growth."""
    sizes = list(results["ops"])
    out = ["| operation | unit | " + " | ".join(f"{s} units | {s} CPU | {s} per unit" for s in sizes)
           + " | " + " | ".join(f"growth of the unit cost {a}->{b}" for a, b in zip(sizes, sizes[1:])) + " |"]
    out.append("|---" * (2 + 3 * len(sizes) + len(sizes) - 1) + "|")
    for name, (_, unit) in OPS.items():
        row, per = [], []
        for s in sizes:
            r = results["ops"][s].get(name, {})
            units = r.get("value", r.get("rows", 0))
            cost = r["bare_cpu_s"] / units * 1e6 if units and "bare_cpu_s" in r else None
            per.append(cost)
            row += [f"{units:,}", _cell(r, "bare_cpu_s"), f"{cost:.2f} us" if cost is not None else ""]
        grow = [f"{b / a:.2f}" if a and b else "" for a, b in zip(per, per[1:])]
        out.append(f"| {name} | {unit} | " + " | ".join(row + grow) + " |")
    return "\n".join(out)


# -- the markdown for docs/benchmarks.md --------------------------------------------------------

def _cell(r: dict | None, key: str = "kg_cpu_s") -> str:
    if not r:
        return ""
    if "error" in r:
        return f"> {r.get('limit_s', '?'):g} s ({r['error']})" if "limit_s" in r else r["error"][:40]
    return _secs(r[key])


def _secs(x: float) -> str:
    return f"{x * 1000:.0f} ms" if x < 1 else f"{x:.1f} s"


def _ratio(a: dict | None, b: dict | None, key: str = "kg_cpu_s") -> str:
    """b / a, for growth per 10x or before / after; '>' when b hit the limit."""
    if not a or not b or "error" in a:
        return ""
    if "error" in b:
        return f"> {b['limit_s'] / max(a[key], 1e-3):.0f}" if "limit_s" in b else ""
    return f"{b[key] / max(a[key], 1e-3):.1f}"


def render(results: dict) -> str:
    """Markdown tables of one run's figures."""
    sizes = list(results["sizes"])
    out = []
    shared = {size: results["sizes"][size].get("shared", {}) for size in sizes}
    names = sorted(next(iter(shared.values())).get("after", {}))
    head = " | ".join(f"{size} kg (CPU)" for size in sizes)
    growth = " | ".join(f"growth {a}->{b}" for a, b in zip(sizes, sizes[1:]))
    bare = " | ".join(f"{size} kg / bare" for size in sizes)
    out.append(f"| query | {head} | {growth} | {bare} |")
    out.append("|---" * (1 + len(sizes) * 2 + len(sizes) - 1) + "|")
    for name in names:
        cells = [_cell(shared[s]["after"].get(name)) for s in sizes]
        grow = [_ratio(shared[a]["after"].get(name), shared[b]["after"].get(name)) for a, b in zip(sizes, sizes[1:])]
        vs = []
        for s in sizes:
            r = shared[s]["after"].get(name) or {}
            vs.append(f"{r['kg_cpu_s'] / max(r['bare_cpu_s'], 1e-3):.2f}" if "bare_cpu_s" in r else "")
        out.append(f"| {name} | " + " | ".join(cells + grow + vs) + " |")
    out.append("")
    with_before = [s for s in sizes if shared[s].get("before")]
    if with_before:  # the earlier queries on the same stores
        out.append("Before and after on the same stores (CPU seconds through kg; before = "
                   f"{results.get('before_ref', 'main')}'s queries):")
        out.append("")
        out.append("| query | " + " | ".join(f"{s} before | {s} after | {s} before / after" for s in with_before) + " |")
        out.append("|---" * (1 + 3 * len(with_before)) + "|")
        for name in names:
            row = []
            for s in with_before:
                b, a = shared[s]["before"].get(name), shared[s]["after"].get(name)
                row += [_cell(b), _cell(a), _ratio(a, b)]
            out.append(f"| {name} | " + " | ".join(row) + " |")
        out.append("")
    from bench_bound import render_bound

    bound = render_bound(results)
    if bound:
        out += ["Bound forms (CPU seconds through kg; median over the values picked from each store):", "", bound, ""]
    out.append("| analysis command | " + " | ".join(f"{s} wall | {s} CPU | {s} peak MB" for s in sizes) + " |")
    out.append("|---" * (1 + 3 * len(sizes)) + "|")
    commands = sorted({c for s in sizes for c in shared[s].get("analysis", {})})
    for command in commands:
        row = []
        for s in sizes:
            r = shared[s].get("analysis", {}).get(command)
            row += [_cell(r, "kg_s"), _cell(r, "kg_cpu_s"), f"{r['rss_mb']:.0f}" if r and "rss_mb" in r else ""]
        out.append(f"| `{command}` | " + " | ".join(row) + " |")
    out.append("")
    for size in sizes:
        layouts = results["sizes"][size]
        if len(layouts) < 2:
            continue
        order = [l for l in ("shared", "duplicated", "merged") if l in layouts]
        out.append(f"Layouts at {size} (CPU seconds through kg; before = git main's queries on the duplicated layout):")
        out.append("")
        out.append("| query | " + " | ".join(order) + " | before | before / shared |")
        out.append("|---" * (len(order) + 3) + "|")
        for name in names:
            cells = [_cell(layouts[l]["after"].get(name)) for l in order]
            before = layouts.get("duplicated", {}).get("before", {}).get(name)
            out.append(f"| {name} | " + " | ".join(cells) + f" | {_cell(before)} | "
                       f"{_ratio(layouts['shared']['after'].get(name), before)} |")
        stores = " ; ".join(f"{l}: {layouts[l]['store']['quads']:,} quads, {layouts[l]['store']['disk_mb']} MB, "
                            f"built in {layouts[l]['store']['build_s']} s" for l in order)
        out.append("")
        out.append(f"Stores: {stores}.")
        if "analysis_before" in layouts.get("duplicated", {}):
            out.append("")
            out.append("| analysis at " + size + " | after (shared layout) wall / CPU | before (git main, duplicated) "
                       "wall / CPU | before / after (CPU) |")
            out.append("|---|---|---|---|")
            for command, r in layouts["duplicated"]["analysis_before"].items():
                a = layouts["shared"].get("analysis", {}).get(command)
                out.append(f"| `{command}` | {_cell(a, 'kg_s')} / {_cell(a)} | {_cell(r, 'kg_s')} / {_cell(r)} | "
                           f"{_ratio(a, r)} |")
        out.append("")
    return "\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="100k,1M")
    parser.add_argument("--layouts", default="shared,duplicated,merged", help="layouts compared (below 10M)")
    parser.add_argument("--work", default=None, help="folder for the base cache and the stores")
    parser.add_argument("--base-articles", type=int, default=200)
    parser.add_argument("--timeout", type=float, default=20.0, help="CPU seconds per query before it is stopped")
    parser.add_argument("--analysis-timeout", type=float, default=300.0)
    parser.add_argument("--rss-limit-mb", type=float, default=3000.0)
    parser.add_argument("--json", default=None, help="write all figures here")
    parser.add_argument("--main-tree", default="/work/main", help="git main's worktree, for the analysis before")
    parser.add_argument("--two-layouts-at", default="", help="sizes at which the merged layout is left out")
    parser.add_argument("--analysis-sizes", default="10k,100k,1M", help="sizes at which the analysis commands run")
    parser.add_argument("--before-analysis-sizes", default="100k", help="sizes at which main's analysis is timed")
    parser.add_argument("--reuse", action="store_true",
                        help="keep the stores in --work and reuse them on the next run (same base articles)")
    parser.add_argument("--before-ref", default="main", help="git ref whose queries are 'before'")
    parser.add_argument("--before-on-shared", action="store_true",
                        help="also time the before queries on the shared store (the same data and layout)")
    parser.add_argument("--before", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--child-query", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--child-cli", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--store", help=argparse.SUPPRESS)
    parser.add_argument("--layout", help=argparse.SUPPRESS)
    parser.add_argument("--query-file", help=argparse.SUPPRESS)
    parser.add_argument("--repeat", type=int, default=3, help=argparse.SUPPRESS)
    parser.add_argument("cli_args", nargs="*", help=argparse.SUPPRESS)
    parser.add_argument("--bound", type=int, default=0, metavar="N",
                        help="also time the bound form of each query that declares a parameter, for N values "
                             "picked from each store (scripts/bench_bound.py)")
    parser.add_argument("--render", default=None, help="print the markdown tables of a --json file and stop")
    parser.add_argument("--ops", action="store_true",
                        help="only time single operations (a scan, a hash join, a lookup, decoding) on the stores of "
                             "--sizes built by an earlier --reuse run, to see which grows faster than the store")
    args = parser.parse_args()
    if args.render:
        results = json.loads(Path(args.render).read_text())
        print(render_ops(results) if "ops" in results and "sizes" not in results else render(results))
        return None
    if args.child_query:
        return child_query(args)
    if args.child_cli:
        return child_cli(args)

    work = Path(args.work or tempfile.mkdtemp(prefix="kg-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    tmp = work / "tmp"
    tmp.mkdir(exist_ok=True)
    if args.ops:
        results = {"ops": {}}
        for label in args.sizes.split(","):
            print(label, flush=True)
            texts = {name: text for name, (text, _) in OPS.items()}
            results["ops"][label] = time_queries(work / f"shared-{label}", "shared", texts, args.timeout,
                                                 args.rss_limit_mb, tmp)
        if args.json:
            Path(args.json).write_text(json.dumps(results, indent=1))
        print(render_ops(results))
        return None
    base = base_articles(work, args.base_articles)
    print(f"base: {len(base)} articles, {sum(nt.count(chr(10)) for _, nt in base)} triples", flush=True)
    results: dict = {"base_articles": len(base), "before_ref": args.before_ref, "sizes": {}}
    after, before = queries(before=False), queries(before=True, ref=args.before_ref)
    for label in args.sizes.split(","):
        size = SIZES[label]
        bulk = size >= 10_000_000
        layouts = ["shared"] if bulk else args.layouts.split(",")
        if label in args.two_layouts_at.split(","):
            layouts = [layout for layout in layouts if layout != "merged"]
        entry = results["sizes"][label] = {}
        for layout in layouts:
            path = work / f"{layout}-{label}"
            saved = work / f"{layout}-{label}.json"
            if args.reuse and path.is_dir() and saved.is_file():  # built by an earlier run, same data
                info = json.loads(saved.read_text())
            else:
                if path.exists():
                    subprocess.run(["rm", "-rf", str(path)], check=True)
                info = build(layout, path, articles_for(base, size), bulk=bulk)
                du = subprocess.run(["du", "-sm", str(path)], capture_output=True, text=True).stdout.split()[0]
                info["disk_mb"] = int(du)
                saved.write_text(json.dumps(info))
            print(f"{label} {layout}: {info}", flush=True)
            entry[layout] = {"store": info}
            if layout == "shared" and label in args.analysis_sizes.split(","):
                # first (kg contradictions writes the analysis graph the analysis queries read)
                entry[layout]["analysis"] = time_analysis(path, args.analysis_timeout, args.rss_limit_mb, tmp)
            entry[layout]["after"] = time_queries(path, layout, after, args.timeout, args.rss_limit_mb, tmp)
            if layout == "shared" and args.bound:
                from bench_bound import time_bound

                print(f"  bound forms (median over {args.bound} values):", flush=True)
                entry[layout]["bound"] = time_bound(path, args.bound, run_child, args.timeout, args.rss_limit_mb,
                                                    tmp, _fmt)
            if layout == "shared" and args.before_on_shared:
                print(f"  before ({args.before_ref}'s queries, same store):", flush=True)
                entry[layout]["before"] = time_queries(path, layout, before, args.timeout, args.rss_limit_mb, tmp)
            if layout == "duplicated":
                print("  before (git main's queries):", flush=True)
                entry[layout]["before"] = time_queries(path, layout, before, args.timeout, args.rss_limit_mb, tmp)
                if label in args.before_analysis_sizes.split(",") and Path(args.main_tree, "kg").is_dir():
                    print("  analysis before (git main's kg):", flush=True)
                    entry[layout]["analysis_before"] = time_analysis(path, args.analysis_timeout, args.rss_limit_mb,
                                                                     tmp, before=args.main_tree)
            if (layout != "shared" or bulk) and not args.reuse:
                subprocess.run(["rm", "-rf", str(path)], check=True)
        if args.json:
            Path(args.json).write_text(json.dumps(results, indent=1))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
