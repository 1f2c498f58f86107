#!/usr/bin/env python3
"""Benchmark: the embedded Oxigraph store (through kg.store) against rdflib's in-memory graph.

Builds a synthetic claim graph in kg's own RDF pattern (statements with proposition, stance,
agent, article), loads it into both stores, and times competency-style queries. Figures are
printed as ratios against rdflib measured in the same process; rdflib queries that run past
--limit seconds are stopped in a child process and reported as "> limit".

    .venv/bin/python scripts/bench_store.py --statements 100000   # about 1.1M triples
"""
from __future__ import annotations

import argparse
import multiprocessing as mp
import random
import tempfile
import time

PREFIXES = """PREFIX kg: <https://w3id.org/kg-claims/ns#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX schema: <http://schema.org/>
"""
QUERIES = {
    "lookup (one agent's statements)": PREFIXES + """SELECT ?s ?p ?stance WHERE {
        ?s prov:wasAttributedTo <https://w3id.org/kg-claims/id/agent/a7> ; kg:proposition ?p ; kg:stance ?stance }""",
    "group by agent and stance": PREFIXES + """SELECT ?a ?stance (COUNT(*) AS ?n) WHERE {
        ?s prov:wasAttributedTo ?a ; kg:stance ?stance } GROUP BY ?a ?stance""",
    "asserted by one, denied by another": PREFIXES + """SELECT (COUNT(*) AS ?n) WHERE {
        ?s1 kg:proposition ?p ; kg:stance kg:Asserts ; prov:wasAttributedTo ?a .
        ?s2 kg:proposition ?p ; kg:stance kg:Denies ; prov:wasAttributedTo ?d . FILTER(?a != ?d) }""",
}


def synthetic_ntriples(statements: int, seed: int = 7) -> str:
    """N-Triples of `statements` attributed statements (about 11 triples each)."""
    rng = random.Random(seed)
    ns, base = "https://w3id.org/kg-claims/ns#", "https://w3id.org/kg-claims/id/"
    stances = ["Asserts"] * 5 + ["Denies"] * 2 + ["Confirms", "DoesNotConfirm", "CannotVerify"]
    agents, claims, docs = max(10, statements // 50), max(10, statements // 5), max(10, statements // 10)
    lines = []
    for i in range(statements):
        s, p = f"<{base}statement/{i}>", f"<{base}proposition/{rng.randrange(claims)}>"
        a, d = f"<{base}agent/a{int(rng.paretovariate(1.2)) % agents}>", f"<{base}article/d{rng.randrange(docs)}>"
        lines += [f"{s} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{ns}AttributedStatement> .",
                  f"{s} <{ns}proposition> {p} .", f"{s} <{ns}stance> <{ns}{rng.choice(stances)}> .",
                  f"{s} <http://www.w3.org/ns/prov#wasAttributedTo> {a} .",
                  f"{s} <http://www.w3.org/ns/prov#wasDerivedFrom> {d} .",
                  f'{s} <{ns}cue> "said" .', f'{p} <http://schema.org/text> "claim {p[-8:-1]}" .',
                  f"{p} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{ns}Proposition> .",
                  f'{a} <http://schema.org/name> "agent {a[-5:-1]}" .',
                  f'{d} <http://schema.org/identifier> "{d[-6:-1]}" .',
                  f"{d} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/NewsArticle> ."]
    return "\n".join(lines) + "\n"


def _rdflib_run(nt: str, sparql: str, queue) -> None:
    import rdflib

    g = rdflib.Graph()
    g.parse(data=nt, format="nt")
    start = time.perf_counter()
    rows = len(list(g.query(sparql)))
    queue.put((time.perf_counter() - start, rows))


def time_rdflib(nt: str, sparql: str, limit: float):
    """Seconds for rdflib's in-memory engine (parse excluded), or None past the limit."""
    queue = mp.Queue()
    proc = mp.Process(target=_rdflib_run, args=(nt, sparql, queue))
    proc.start()
    try:
        return queue.get(timeout=limit + 120)[0]
    except Exception:
        return None
    finally:
        proc.kill()
        proc.join()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--statements", type=int, default=100_000)
    parser.add_argument("--limit", type=float, default=60.0, help="seconds before an rdflib query is stopped")
    args = parser.parse_args()
    from kg.store import open_store

    nt = synthetic_ntriples(args.statements)
    triples = nt.count("\n")
    with tempfile.TemporaryDirectory() as folder, open_store(folder) as store:
        start = time.perf_counter()
        store.replace_graph("https://w3id.org/kg-claims/id/graph/bench", nt)
        load = time.perf_counter() - start
        print(f"{triples:,} triples; Oxigraph load {load:.1f} s ({triples / load:,.0f} triples/s)\n")
        print("| query | Oxigraph (kg.store) | rdflib in-memory | rdflib / Oxigraph |")
        print("|---|---|---|---|")
        for name, sparql in QUERIES.items():
            start = time.perf_counter()
            store.query(sparql)
            ox = time.perf_counter() - start
            rd = time_rdflib(nt, sparql, args.limit)
            ratio = f"{rd / ox:,.0f}x" if rd is not None else f"> {args.limit / ox:,.0f}x"
            rd_text = f"{rd:.2f} s" if rd is not None else f"> {args.limit:.0f} s (stopped)"
            print(f"| {name} | {ox:.3f} s | {rd_text} | {ratio} |")


if __name__ == "__main__":
    main()
