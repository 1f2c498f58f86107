"""The bound forms of the competency queries that declare a parameter (`bench_scale.py --bound N`).

For each such query and each store size, N values of its parameter are picked from the store,
evenly spaced in sorted order (statements by IRI, sources by name, among those that have a
statement), and the bound query (kg/query_params.py) is timed for each in a fresh process, as
bench_scale.py times the whole-store forms. The figure is the median over the values, with the
slowest beside it.
"""
from __future__ import annotations

import statistics
from pathlib import Path

_P = ("PREFIX kg: <https://w3id.org/kg-claims/ns#>\nPREFIX schema: <http://schema.org/>\n"
      "PREFIX prov: <http://www.w3.org/ns/prov#>\n")
#: parameter name -> the query that lists its candidate values
CANDIDATES = {
    "statement": _P + "SELECT ?v WHERE { ?v a kg:AttributedStatement }",
    "source": _P + "SELECT DISTINCT ?v WHERE { ?s prov:wasAttributedTo ?a . ?a schema:name ?v }",
}
#: parameter name -> the query whose first row is its busiest value (timed apart from the median)
BUSIEST = {
    "source": _P + "SELECT ?v (COUNT(*) AS ?n) WHERE { ?s prov:wasAttributedTo ?a . ?a schema:name ?v } "
                   "GROUP BY ?v ORDER BY DESC(?n) LIMIT 1",
}


def pick_values(store_path: Path, param: str, count: int) -> list[str]:
    """`count` values of the parameter, evenly spaced in sorted order, from a read-only open of the store."""
    import pyoxigraph

    store = pyoxigraph.Store.read_only(str(store_path))
    values = sorted(row[0].value for row in store.query(CANDIDATES[param], use_default_graph_as_union=True))
    if count == 0:
        busiest = list(store.query(BUSIEST[param], use_default_graph_as_union=True)) if param in BUSIEST else []
        return [row[0].value for row in busiest]
    del store
    if len(values) <= count:
        return values
    return [values[(2 * i + 1) * len(values) // (2 * count)] for i in range(count)]


def time_bound(store_path: Path, count: int, run_child, timeout: float, rss: float, tmp: Path, fmt) -> dict:
    """{query: {"param", "values", "runs"}} for every competency query that declares a parameter."""
    from kg.queries import bound_query, query_catalogue

    out = {}
    for query in query_catalogue():
        for param in query.params[:1]:
            values = pick_values(store_path, param.name, count)
            runs = []
            for i, value in enumerate(values):
                qfile = tmp / f"{query.name}-bound-{i}.rq"
                qfile.write_text(bound_query(query.text, {param.name: value}), encoding="utf-8")
                runs.append(run_child(["--child-query", "--store", str(store_path), "--layout", "shared",
                                       "--query-file", str(qfile), "--repeat", "3"], timeout, rss))
            out[query.name] = {"param": param.name, "values": values, "runs": runs}
            for value in pick_values(store_path, param.name, 0):  # the source with the most statements
                qfile = tmp / f"{query.name}-bound-busiest.rq"
                qfile.write_text(bound_query(query.text, {param.name: value}), encoding="utf-8")
                out[query.name]["busiest"] = {"value": value, **run_child(
                    ["--child-query", "--store", str(store_path), "--layout", "shared", "--query-file", str(qfile),
                     "--repeat", "3"], timeout, rss)}
            summary = summarize(out[query.name])
            print(f"    {query.name:14} bound by {param.name:9} median {fmt_s(summary.get('median'))} "
                  f"max {fmt_s(summary.get('max'))} rows {summary.get('rows_median')}", flush=True)
    return out


def summarize(entry: dict) -> dict:
    """Median and slowest CPU seconds through kg, and the median row count, over the values."""
    ok = [r for r in entry["runs"] if "kg_cpu_s" in r]
    if not ok:
        return {"failed": len(entry["runs"])}
    cpu = [r["kg_cpu_s"] for r in ok]
    return {"median": statistics.median(cpu), "max": max(cpu), "rows_median": statistics.median(r["rows"] for r in ok),
            "rows_max": max(r["rows"] for r in ok), "failed": len(entry["runs"]) - len(ok), "values": len(ok),
            "bare_median": statistics.median(r["bare_cpu_s"] for r in ok)}


def fmt_s(x: float | None) -> str:
    if x is None:
        return "-"
    return f"{x * 1000:.1f} ms" if x < 1 else f"{x:.2f} s"


def render_bound(results: dict) -> str:
    """Markdown: each bound query's median (and slowest) at each size beside its whole-store form."""
    sizes = [s for s in results["sizes"] if results["sizes"][s].get("shared", {}).get("bound")]
    if not sizes:
        return ""
    names = sorted(results["sizes"][sizes[0]]["shared"]["bound"])
    growth = [f"growth of the median {a}->{b}" for a, b in zip(sizes, sizes[1:])]
    out = ["| query, bound by | " + " | ".join([f"{s} bound: median (slowest) | {s} rows: median (most) | "
                                                f"{s} busiest source (rows) | {s} whole store | {s} whole / bound"
                                                for s in sizes] + growth) + " |"]
    out.append("|---" * (1 + 5 * len(sizes) + len(growth)) + "|")
    for name in names:
        row, medians = [], []
        for s in sizes:
            shared = results["sizes"][s]["shared"]
            summary = summarize(shared["bound"][name])
            whole = shared.get("after", {}).get(name, {})
            medians.append(summary.get("median"))
            failed = f", {summary['failed']} stopped" if summary.get("failed") else ""
            row += [f"{fmt_s(summary.get('median'))} ({fmt_s(summary.get('max'))}{failed})",
                    f"{summary.get('rows_median', 0):g} ({summary.get('rows_max', 0):,})",
                    _busiest(shared["bound"][name].get("busiest")),
                    fmt_s(whole.get("kg_cpu_s")) if "kg_cpu_s" in whole else whole.get("error", ""),
                    f"{whole['kg_cpu_s'] / max(summary['median'], 1e-4):,.0f}" if "kg_cpu_s" in whole
                    and summary.get("median") else ""]
        grow = [f"{b / max(a, 1e-4):.1f}" if a and b else "" for a, b in zip(medians, medians[1:])]
        param = results["sizes"][sizes[0]]["shared"]["bound"][name]["param"]
        out.append(f"| {name}, {param} | " + " | ".join(row + grow) + " |")
    return "\n".join(out)


def _busiest(r: dict | None) -> str:
    if not r:
        return ""
    if "kg_cpu_s" not in r:
        return r.get("error", "")
    return f"{fmt_s(r['kg_cpu_s'])} ({r['rows']:,})"
