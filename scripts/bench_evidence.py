#!/usr/bin/env python3
"""Benchmark: ways to answer the whole-store `evidence` query (every statement's evidence span),
measured in one run on a store built by scripts/bench_scale.py (issue 12, docs/benchmarks.md g).

    .venv/bin/python scripts/bench_evidence.py --store /tmp/kg-scale/shared-10M --work /tmp/kg-scale \\
        --json docs/bench_evidence.json

Each variant runs in a fresh process on a read-only open, CPU seconds of bare pyoxigraph, best of
--repeat (bench_scale.run_child: a time limit and a memory watchdog):

  shipped               ontology/queries/evidence.rq as it is, its rows iterated
  shipped, CSV / JSON   the same query, written by pyoxigraph's own QueryResults.serialize instead of
                        being made Python rows (what `kg query --format csv/json` could use)
  shipped, joins only   COUNT(*) over its WHERE: the joins, no row decoded, no sort
  quote joined          its OPTIONAL quote selector as two plain blocks (kg writes a quote for
                        every span, so the same rows)
  span literals ...     on a copy of the store (made once, in --work) where each statement's evidence
                        span also carries its start, end and exact text as literals (three triples per
                        span, in a graph of their own): the query as a star on the statement and the
                        span, with no hop through the selectors; also its joins only and its rows
                        without ORDER BY

The copy holds the candidate layout's triples only for timing: kg does not write them.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

EX = "https://w3id.org/kg-claims/bench#"  # the candidate layout's predicates (not kg's vocabulary)
ADD_LITERALS = f"""PREFIX kg: <https://w3id.org/kg-claims/ns#>
PREFIX oa: <http://www.w3.org/ns/oa#>
CONSTRUCT {{ ?span <{EX}start> ?start ; <{EX}end> ?end ; <{EX}exact> ?exact }} WHERE {{
  ?statement kg:evidence ?span . ?statement a kg:AttributedStatement .
  ?span oa:hasSelector ?position . ?position oa:start ?start ; oa:end ?end .
  ?span oa:hasSelector ?quote . ?quote oa:exact ?exact }}"""


def _block(variables: str, pattern: str) -> str:
    return f"  {{ SELECT {variables} WHERE {{ {pattern} }} }}\n"


def variants() -> dict[str, tuple[str, str, str]]:
    """name -> (query text, which store: "store" or "literals", how rows are read: rows, count, csv, json)."""
    shipped = (ROOT / "ontology/queries/evidence.rq").read_text(encoding="utf-8")
    whole = "\n".join(line.replace("#[!statement]", "").rstrip() for line in shipped.splitlines()
                      if not line.startswith("#"))
    head, rest = whole.split("WHERE {", 1)
    body, order = rest.rsplit("ORDER BY", 1)
    prefixes = head[:head.index("SELECT")]
    optional = re.search(r"  OPTIONAL \{ \{ SELECT \?span \?exact.*?\} \} \}\n", body, re.DOTALL).group(0)
    joined = _block("?span ?quote", "?span oa:hasSelector ?quote") + _block("?quote ?exact", "?quote oa:exact ?exact")
    values = re.search(r"  VALUES \(\?stanceConcept \?stance\) \{.*?\n  \}\n", body, re.DOTALL).group(0)
    keys = "".join(re.findall(r"  BIND \(CONCAT.*\n", body))
    star = (values
            + _block("?statement ?stanceConcept", "?statement kg:stance ?stanceConcept")
            + _block("?statement ?prop", "?statement kg:proposition ?prop")
            + _block("?statement ?agent", "?statement prov:wasAttributedTo ?agent")
            + _block("?statement ?span", "?statement kg:evidence ?span")
            + _block("?statement ?art", "?statement prov:wasDerivedFrom ?art")
            + _block("?agent ?source", "?agent schema:name ?source")
            + _block("?prop ?claim", "?prop schema:text ?claim")
            + _block("?art ?article", "?art schema:identifier ?article")
            + _block("?span ?start", f"?span <{EX}start> ?start")
            + _block("?span ?end", f"?span <{EX}end> ?end")
            + _block("?span ?exact", f"?span <{EX}exact> ?exact")
            + keys)
    select = head[head.index("SELECT"):]
    count = prefixes + "SELECT (COUNT(*) AS ?n) WHERE {"
    return {
        "shipped": (shipped, "store", "rows"),
        "shipped, CSV": (shipped, "store", "csv"),
        "shipped, JSON": (shipped, "store", "json"),
        "shipped, joins only": (count + body, "store", "count"),
        "quote joined": (head + "WHERE {" + body.replace(optional, joined) + "ORDER BY" + order, "store", "rows"),
        "span literals": (prefixes + select + "WHERE {\n" + star + "}\nORDER BY" + order, "literals", "rows"),
        "span literals, joins only": (count + "\n" + star + "}", "literals", "count"),
        "span literals, no ORDER BY": (prefixes + select + "WHERE {\n" + star + "}", "literals", "rows"),
    }


def literal_copy(store: Path, work: Path) -> Path:
    """A copy of `store` with the span literals added (made once; kept in `work`)."""
    import pyoxigraph

    copy = work / f"{store.name}-span-literals"
    done = copy / "bench-evidence-done"
    if done.is_file():
        return copy
    subprocess.run(["rm", "-rf", str(copy)], check=True)
    subprocess.run(["cp", "-r", str(store), str(copy)], check=True)
    (copy / "LOCK").unlink(missing_ok=True)
    inner = pyoxigraph.Store(str(copy))
    graph = pyoxigraph.NamedNode("https://w3id.org/kg-claims/id/graph/bench-span-literals")
    found = inner.query(ADD_LITERALS, use_default_graph_as_union=True)
    inner.bulk_extend(pyoxigraph.Quad(t.subject, t.predicate, t.object, graph) for t in found)
    inner.optimize()
    inner.flush()
    del inner
    done.write_text("made by scripts/bench_evidence.py\n")
    return copy


def child(args) -> None:
    """In the child: run the query `--repeat` times on a read-only open, print CPU seconds as JSON."""
    import resource

    import pyoxigraph

    store = pyoxigraph.Store.read_only(args.store)
    sparql = Path(args.query_file).read_text(encoding="utf-8")
    formats = {"csv": pyoxigraph.QueryResultsFormat.CSV, "json": pyoxigraph.QueryResultsFormat.JSON}
    cpu, rows = [], 0
    for _ in range(args.repeat):
        start = time.process_time()
        answer = store.query(sparql, use_default_graph_as_union=True)
        if args.read == "rows":
            solutions = list(answer)
            rows = len(solutions)
        elif args.read == "count":  # a COUNT(*): the rows it joined
            rows = int(next(iter(answer))[0].value)
        else:
            rows = len(answer.serialize(format=formats[args.read]))  # bytes written
        cpu.append(time.process_time() - start)
    digest = None
    if args.read == "rows":  # the same rows as another variant: the same digest
        texts = [repr([str(term) for term in row]) for row in solutions]
        digest = hashlib.sha256("\n".join(sorted(texts)).encode()).hexdigest()[:12]  # the rows, in any order
    print(json.dumps({"bare_cpu_s": min(cpu), "kg_cpu_s": min(cpu), "kg_s": min(cpu), "rows": rows,
                      "digest": digest, "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))


def render(results: dict) -> str:
    """A markdown table: each variant's CPU seconds at each store, and its ratio to the shipped query."""
    stores = list(results["stores"])
    out = ["| variant | " + " | ".join(f"{s} CPU | {s} rows (bytes) | {s} / shipped" for s in stores)
           + " | same rows as shipped |", "|---" * (2 + 3 * len(stores)) + "|"]
    for name in next(iter(results["stores"].values())):
        row = []
        for s in stores:
            r = results["stores"][s][name]
            base = results["stores"][s]["shipped"]
            if "error" in r:
                row += [r["error"], "", ""]
                continue
            secs = r["bare_cpu_s"]
            row += [f"{secs * 1000:.0f} ms" if secs < 1 else f"{secs:.1f} s", f"{r['rows']:,}",
                    f"{secs / base['bare_cpu_s']:.2f}" if "bare_cpu_s" in base else ""]
        digests = [(results["stores"][s][name].get("digest"), results["stores"][s]["shipped"].get("digest"))
                   for s in stores]
        same = "" if any(d is None for d, _ in digests) else "yes" if all(d == b for d, b in digests) else "no"
        out.append(f"| {name} | " + " | ".join(row) + f" | {same} |")
    return "\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--store", action="append", default=[], help="a store built by bench_scale.py (repeatable)")
    parser.add_argument("--work", default="/tmp/kg-scale", help="folder for the copies with span literals")
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=120.0)
    parser.add_argument("--json", default=None)
    parser.add_argument("--render", default=None, help="print the table of a --json file and stop")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--query-file", help=argparse.SUPPRESS)
    parser.add_argument("--read", default="rows", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.render:
        print(render(json.loads(Path(args.render).read_text())))
        return
    if args.child:
        args.store = args.store[0]
        return child(args)
    from bench_scale import _fmt, run_child

    work = Path(args.work)
    tmp = work / "tmp"
    tmp.mkdir(parents=True, exist_ok=True)
    results: dict = {"started": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "stores": {}}
    for store in map(Path, args.store):
        copy = literal_copy(store, work)
        print(store.name, flush=True)
        entry = results["stores"][store.name] = {}
        for i, (name, (text, where, read)) in enumerate(variants().items()):
            qfile = tmp / f"evidence-variant-{i}.rq"
            qfile.write_text(text, encoding="utf-8")
            path = store if where == "store" else copy
            entry[name] = run_child(["--child", "--store", str(path), "--query-file", str(qfile), "--read", read,
                                     "--repeat", str(args.repeat)], args.timeout, 4000.0, script=__file__)
            print(f"  {name:28} {_fmt(entry[name])}  {entry[name].get('digest') or ''}", flush=True)
        if args.json:
            Path(args.json).write_text(json.dumps(results, indent=1))
    results["finished"] = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1))
    print(render(results))


if __name__ == "__main__":
    main()
