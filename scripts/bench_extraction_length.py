#!/usr/bin/env python3
"""Extraction time against article length: one article of 10 KB to 1 MB, timed step by step.

The long articles are built the way a user would meet them: real articles of a committed corpus
(tests/data/realnews/dev when it is there, else the demo corpus kg/demo), read with kg's own readers
and joined paragraph-wise, one after another, until the article reaches each size. For each
size the script times the bare spaCy parse (the baseline), kg's attribution rules on that parse
(`extract_parsed`) and the N-Triples (`article_ntriples`); end to end is the sum of the three.

Figures, all ratios within the one run:
- growth per 10x: how much longer the step takes for a 10x longer article, from the fitted
  power law between the smallest and the largest size (10 is linear, 100 quadratic; target <= 12);
- end to end against the bare parse: parse time / end-to-end time (target >= 0.8x).

    .venv/bin/python scripts/bench_extraction_length.py                 # writes its section of docs/benchmarks.md
    .venv/bin/python scripts/bench_extraction_length.py --sizes 10000 100000 --no-write   # a quick look
"""
from __future__ import annotations

import argparse
import math
import re
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

SECTION = "bench_extraction_length"  # the marked block of docs/benchmarks.md this script owns
DEFAULT_SIZES = [10_000, 30_000, 100_000, 300_000, 1_000_000]


def default_corpus() -> Path:
    """The real-news corpus's dev half when it is in the repository, else the demo corpus."""
    realnews = ROOT / "tests" / "data" / "realnews" / "dev"
    if realnews.is_dir() and any(realnews.glob("*.txt")):
        return realnews
    return ROOT / "kg" / "demo"


def long_text(articles: list, size: int) -> str:
    """Articles' texts, one after another (a blank line between), until `size` characters are reached."""
    parts, length, k = [], 0, 0
    while length < size:
        text = articles[k % len(articles)].text.strip()
        parts.append(text)
        length += len(text) + 2
        k += 1
    return "\n\n".join(parts)


def growth_per_10x(points: list[tuple[int, float]]) -> float:
    """10 ** the exponent of the power law fitted (least squares, log-log) to (size, seconds) points:
    every size counts, so one disturbed measurement moves the figure less than with two points."""
    xs = [math.log(n) for n, _ in points]
    ys = [math.log(t) for _, t in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
    return 10 ** slope


def run(corpus: Path, sizes: list[int]) -> dict:
    """Time parse, rules and N-Triples at each size; returns the rows and the corpus described."""
    from kg.extraction import extract_parsed
    from kg.extraction.nlp import load_pipeline
    from kg.model import Article
    from kg.readers import read_article
    from kg.triples import article_ntriples

    articles = read_article(corpus)
    if not articles:
        raise SystemExit(f"no articles under {corpus}")
    nlp = load_pipeline()
    warm = Article("warm-up", articles[0].text, publisher="Benchmark")
    extract_parsed(warm, nlp(warm.text))
    rows = []
    for size in sizes:
        text = long_text(articles, size)
        article = Article(f"long-{size}", text, publisher="Benchmark")
        start = time.perf_counter()
        doc = nlp(text)
        parse = time.perf_counter() - start
        start = time.perf_counter()
        result = extract_parsed(article, doc)
        rules = time.perf_counter() - start
        start = time.perf_counter()
        ntriples, _ = article_ntriples(result)
        rdf = time.perf_counter() - start
        rows.append({"size": size, "chars": len(text), "tokens": len(doc), "parse_s": parse, "rules_s": rules,
                     "rdf_s": rdf, "attributions": len(result.attributions),
                     "triples": ntriples.count("\n")})
        print(f"{len(text):>9,} chars  parse {parse:7.2f} s  rules {rules:6.2f} s  N-Triples {rdf:5.2f} s  "
              f"{len(result.attributions):,} attributions", file=sys.stderr, flush=True)
    return {"corpus": corpus, "articles": len(articles), "rows": rows}


def render(results: dict, command: str, info: dict, load: tuple[str, str], minutes: float) -> str:
    """The marked section of docs/benchmarks.md."""
    rows = results["rows"]
    first, last = rows[0], rows[-1]

    def growth(key):
        return growth_per_10x([(r["chars"], e2e(r) if key == "e2e_s" else r[key]) for r in rows])

    def e2e(row):
        return row["parse_s"] + row["rules_s"] + row["rdf_s"]

    corpus = results["corpus"].relative_to(ROOT) if results["corpus"].is_relative_to(ROOT) else results["corpus"]
    lines = [f"<!-- {SECTION} -->", "", "## f. Extraction time against article length", "",
             f"From `{command}`: one article per size, built from the {results['articles']} articles of "
             f"`{corpus}` read with kg's readers and joined one after another. Baseline: the bare spaCy parse of "
             "the same text in the same run. Machine: "
             f"{info['cpu']}, {info['cores']} cores; Python {info['python']}, spacy {info['versions'].get('spacy')}. "
             f"Run {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC, {minutes:.1f} min, load average at start "
             f"{load[0]}, at end {load[1]}.", "",
             "| figure | measured | target |", "|---|---|---|",
             f"| growth per 10x, attribution rules (fitted over {first['chars'] // 1000} KB to "
             f"{last['chars'] // 1000:,} KB) | "
             f"{growth('rules_s'):.1f} | at most 12 (linear is 10) |",
             f"| growth per 10x, end to end | {growth('e2e_s'):.1f} | at most 12 |",
             f"| growth per 10x, bare spaCy parse (baseline) | {growth('parse_s'):.1f} | |",
             f"| growth per 10x, rules against the parse (10 x the ratio of the two growths: what the rules add "
             f"beyond the parse's own growth on this machine) | {10 * growth('rules_s') / growth('parse_s'):.1f} "
             "| at most 12 |",
             f"| end to end against the bare parse, largest article | {last['parse_s'] / e2e(last):.2f}x | "
             "at least 0.8x |",
             f"| end to end against the bare parse, all sizes | "
             f"{min(r['parse_s'] / e2e(r) for r in rows):.2f}x to {max(r['parse_s'] / e2e(r) for r in rows):.2f}x | "
             "at least 0.8x |", "",
             "| article | tokens | parse s | rules s | N-Triples s | end to end / parse | rules, share of the parse | "
             "attributions |", "|---|---|---|---|---|---|---|---|"]
    for r in rows:
        lines.append(f"| {r['chars'] / 1000:,.0f} KB | {r['tokens']:,} | {r['parse_s']:.2f} | {r['rules_s']:.2f} | "
                     f"{r['rdf_s']:.2f} | {e2e(r) / r['parse_s']:.2f} | {r['rules_s'] / r['parse_s']:.0%} | "
                     f"{r['attributions']:,} |")
    lines += ["", "Before the per-article indexes of `kg/extraction/docindex.py` (`doc.text`, `doc.ents` and "
              "`token.sent` walked the whole article on every call, and quote, sentence and sighting lookups "
              "scanned every quote, sentence or sighting; and without pausing the cyclic garbage collector, whose full "
              "collections walk every live object), issue 10 measured 16 s for a 100 KB article, 96 s for "
              "300 KB and more than 5 minutes for 1 MB.", "", f"<!-- /{SECTION} -->"]
    return "\n".join(lines) + "\n"


def write_section(path: Path, section: str) -> None:
    """Replace this script's marked block in `path`, or append it."""
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    pattern = re.compile(rf"<!-- {SECTION} -->.*?<!-- /{SECTION} -->\n?", re.S)
    if pattern.search(text):
        text = pattern.sub(lambda _: section, text)
    else:
        text = text.rstrip("\n") + "\n\n" + section
    path.write_text(text, encoding="utf-8")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=DEFAULT_SIZES, help="article sizes in characters")
    parser.add_argument("--corpus", type=Path, default=None, help="folder of real articles (default: %(default)s)")
    parser.add_argument("--output", type=Path, default=ROOT / "docs" / "benchmarks.md")
    parser.add_argument("--no-write", action="store_true", help="print the section only")
    args = parser.parse_args(argv)
    if len(args.sizes) < 2:
        parser.error("give at least two sizes")
    from bench_ingest import load_average, machine

    began, load_start = time.perf_counter(), load_average()
    results = run(args.corpus or default_corpus(), sorted(args.sizes))
    command = "python scripts/bench_extraction_length.py" + (
        "" if sorted(args.sizes) == DEFAULT_SIZES else " --sizes " + " ".join(map(str, sorted(args.sizes))))
    section = render(results, command, machine(), (load_start, load_average()), (time.perf_counter() - began) / 60)
    if not args.no_write:
        write_section(args.output, section)
        print(f"wrote {args.output}", file=sys.stderr)
    print(section)
    return 0


if __name__ == "__main__":
    sys.exit(main())
