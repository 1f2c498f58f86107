#!/usr/bin/env python3
"""Time contradiction detection on synthetic claims at 1k, 10k and 100k statements.

The claims come from templates about made-up places, with contradictions planted on purpose
(different death tolls, "no army sites near X" vs "X beside the largest army base", "intercepted"
vs "hit", a supply asserted and denied, a claim not confirmed). Places grow with the corpus, so
each place is talked about by a similar number of claims at every size, as in a growing news
archive. Prints a table (statements, candidate pairs, seconds, contradictions found, planted
contradictions recovered) and the growth ratio of the time per 10x more claims (near 10 means
near-linear; all pairs would be near 100).

With `--semantic` the same corpus runs with the sentence embeddings of the optional `semantic`
extra (kg.analysis.semantic; the texts are encoded when the rules first compare them, and the
encoding counts in "detect"); `encoded` says how many distinct texts the model encoded.
`--json PATH` also writes the rows (and the command, date and load average) as JSON.

usage: python scripts/bench_contradictions.py [--sizes 1000 10000 100000] [--seed 0] [--semantic] [--json PATH]
"""
from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.analysis.context import prepare  # noqa: E402
from kg.analysis.contradictions import find_contradictions  # noqa: E402
from kg.analysis.statements import Statement  # noqa: E402

SYLLABLES = ["ka", "lo", "mer", "vin", "dra", "sel", "tor", "bri", "nal", "os", "quen", "rav", "ul", "zem",
             "hal", "pet", "gor", "fen", "ish", "mar", "dun", "lek", "sor", "wyn"]
FACILITIES = ["depot", "warehouse", "refinery", "power station", "rail yard", "terminal", "granary"]
WEAPONS = ["artillery shells", "drones", "rockets", "rifles", "mortars", "radar kits"]
NUMBERS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]


def word(rng: random.Random, parts: int = 3) -> str:
    """A made-up proper name."""
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


class Maker:
    """Builds statements doc by doc; `planted` counts the contradictions put in on purpose."""

    def __init__(self, n: int, seed: int):
        self.rng = random.Random(seed)
        self.places = [f"{word(self.rng)} {word(self.rng, 2)}" for _ in range(max(5, n // 40))]
        self.agents = [f"{word(self.rng, 2)} {word(self.rng)}" for _ in range(max(10, n // 8))]
        self.statements: list[Statement] = []
        self.planted = 0
        self.doc = 0

    def add(self, source: str, stance: str, content: str) -> None:
        doc = f"doc-{self.doc:06d}"
        k = len(self.statements)
        self.statements.append(Statement(iri=f"s{k}", doc=doc, source=source, stance=stance, content=content,
                                         agent=f"agent/{source}", proposition=f"p/{content}",
                                         content_start=k * 100, content_end=k * 100 + len(content)))

    def scenario(self) -> None:
        """One article's worth of claims about one place, with one planted contradiction."""
        self.doc += 1
        rng, place = self.rng, self.rng.choice(self.places)
        a, b, c = rng.sample(self.agents, 3)
        facility = rng.choice(FACILITIES)
        self.add(c, "asserts", f"the {facility} in {place} reopened after repairs")
        kind = rng.randrange(5)
        if kind == 0:
            x, y = rng.sample(range(len(NUMBERS)), 2)
            self.add(a, "asserts", f"{NUMBERS[x]} people were killed in the attack on {place}")
            self.add(b, "asserts", f"{NUMBERS[y]} people died in the attack on {place}")
        elif kind == 1:
            self.add(a, "asserts", f"there are no army sites near the {facility} in {place}")
            self.add(b, "asserts", f"the {facility} in {place} stands beside the largest army base")
        elif kind == 2:
            self.add(a, "asserts", f"air defence intercepted the drone over {place}")
            self.add(b, "asserts", f"the drone hit the {facility} in {place}")
        elif kind == 3:
            country, weapon = place.split()[0], rng.choice(WEAPONS)
            self.add(a, "asserts", f"{country} had supplied {weapon} to the militia in {place}")
            self.add(country, "denies", f"any {weapon.split()[-1]} deliveries")
        else:
            weapon = rng.choice(WEAPONS)
            self.add(a, "asserts", f"the {facility} in {place} stored {weapon} for the militia")
            self.add(b, "does_not_confirm", f"the {facility} stored {weapon}")
        self.planted += 1
        self.add(c, "asserts", f"residents of {place} were told to stay indoors on {word(rng, 2)} street")


def corpus(n: int, seed: int) -> tuple[list[Statement], int]:
    """About `n` synthetic statements and the number of planted contradictions."""
    maker = Maker(n, seed)
    while len(maker.statements) < n:
        maker.scenario()
    return maker.statements, maker.planted


def run(n: int, seed: int, semantic: bool = False) -> dict:
    """Build, prepare and detect (with the sentence embeddings when `semantic`); times are seconds."""
    statements, planted = corpus(n, seed)
    start = time.perf_counter()
    prepared = prepare(statements, semantic=semantic)
    pairs = sum(1 for _ in prepared.candidates())
    middle = time.perf_counter()
    found = find_contradictions(prepared)
    end = time.perf_counter()
    within = sum(1 for c in found if c.a.doc == c.b.doc)
    encoded = prepared.embeddings.encoded if prepared.embeddings is not None else 0
    return {"n": len(statements), "pairs": pairs, "prepare": middle - start, "detect": end - middle,
            "total": end - start, "found": len(found), "planted": planted, "recovered": within,
            "across": len(found) - within, "encoded": encoded}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 100_000])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--semantic", action="store_true", help="with the sentence embeddings (kg[semantic])")
    parser.add_argument("--json", metavar="PATH", help="also write the rows as JSON")
    args = parser.parse_args(argv)
    if args.semantic:
        from kg.analysis.semantic import Embeddings

        Embeddings(["warm-up"], eager=True)  # the model loads once, outside the timings
    rows = [run(n, args.seed, args.semantic) for n in args.sizes]
    print(f"{'claims':>8} {'cand. pairs':>12} {'prepare s':>10} {'detect s':>9} {'total s':>8} "
          f"{'planted':>8} {'found in':>9} {'across':>7} {'encoded':>8} {'growth':>7}")
    previous = None
    for row in rows:
        growth = ""
        if previous:
            factor = row["n"] / previous["n"]
            growth = f"{row['total'] / previous['total'] * 10 / factor:.1f}"
            row["growth"] = float(growth)
        print(f"{row['n']:>8} {row['pairs']:>12} {row['prepare']:>10.2f} {row['detect']:>9.2f} "
              f"{row['total']:>8.2f} {row['planted']:>8} {row['recovered']:>9} {row['across']:>7} "
              f"{row['encoded']:>8} {growth:>7}")
        previous = row
    print("found in = contradictions inside one article (each article has one planted); across = between "
          "articles about the same place (also true conflicts of the templates)")
    print("growth = time ratio per 10x more claims (10 is linear, 100 is all pairs)")
    if args.json:
        Path(args.json).write_text(json.dumps({
            "command": " ".join(["python", "scripts/bench_contradictions.py", *(argv or sys.argv[1:])]),
            "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "semantic": args.semantic,
            "load_average": os.getloadavg(), "cpus": os.cpu_count(), "rows": rows}, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
