#!/usr/bin/env python3
"""Score detected corroborations or echoes against the hand-annotated gold file.

usage: score_relations.py GOLD.json KG.json --kind corroborations|echoes [--verbose] [--eval DIR]

KG.json is what `kg corroborations --format json` or `kg echoes --format json` prints: a JSON list
(or {"corroborations": [...]} / {"echoes": [...]}) of records, each with "members", a list of
statements {doc, source, content, ...}. The gold file's "corroborations" / "echoes" are groups
{"claim", "members": [attribution ids]}.

A detected group matches a gold group when two of its members, distinct statements, each match a
distinct gold attribution of the group: same document (as `doc_id` of score_attributions.py reads
it) and the content rule of score_attributions.py (`content_matches`: >= 50% of the gold content's
words, >= 30% of the member's words), the rule score_contradictions.py uses for a pair's sides.
One detected group may match several gold groups (each is found); a detected group that matches
none is unmatched (not always wrong: the gold lists the clear cases only).

Prints one JSON line: gold, found, recall, detected, unmatched; --verbose first prints each
unmatched detected group and each missed gold group.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

SHARED_EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"
KINDS = ("corroborations", "echoes")


def _shared(eval_dir: Path | None = None):
    """content_matches and doc_id from the shared score_attributions.py (never a copy)."""
    where = str(eval_dir or SHARED_EVAL)
    if where not in sys.path:
        sys.path.insert(0, where)
    from score_attributions import content_matches, doc_id

    return content_matches, doc_id


def load_detected(data, kind: str) -> list[dict]:
    """The detected groups of a kg JSON output: a list, or a dict holding the list under `kind`."""
    if isinstance(data, dict):
        data = data.get(kind, [])
    return list(data or [])


def matches(detected: dict, gold_members: list[dict], eval_dir: Path | None = None) -> bool:
    """True when two distinct members of `detected` each hit a distinct gold attribution of the group."""
    content_matches, doc_id = _shared(eval_dir)
    members = detected.get("members") or []
    hit = [{m for m, side in enumerate(members)
            if doc_id(side.get("doc")) == g["doc"] and content_matches(side.get("content", ""), g)}
           for g in gold_members]
    for x in range(len(hit)):
        for y in range(x + 1, len(hit)):
            if any(m != n for m in hit[x] for n in hit[y]):
                return True
    return False


def score(gold: dict, detected: list[dict], kind: str, *, eval_dir: Path | None = None,
          verbose: bool = False) -> dict:
    """Recall over the gold groups of `kind` and how many detected groups match none."""
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}, not {kind!r}")
    att = {a["id"]: a for a in gold.get("attributions", [])}
    groups = gold.get(kind, [])
    members = [[att[i] for i in g.get("members", []) if i in att] for g in groups]
    found, unmatched = set(), 0
    for rec in detected:
        ok = False
        for i, gm in enumerate(members):
            if matches(rec, gm, eval_dir):
                found.add(i)
                ok = True
        if not ok:
            unmatched += 1
            if verbose:
                print("UNMATCHED", rec.get("claim", "")[:70], "|",
                      " <> ".join(f"{m.get('doc')}:{m.get('source')}: {m.get('content', '')[:50]}"
                                  for m in rec.get("members", [])))
    if verbose:
        for i, g in enumerate(groups):
            if i not in found:
                print("MISSED", " ".join(g.get("members", [])), "|", g.get("claim", ""))
    n = len(groups)
    return dict(gold=n, found=len(found), recall=round(len(found) / n, 3) if n else None,
                detected=len(detected), unmatched=unmatched)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold", type=Path)
    parser.add_argument("detected", type=Path)
    parser.add_argument("--kind", choices=KINDS, required=True)
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--eval", type=Path, help="the shared scorers (default: ../shared/eval)")
    args = parser.parse_args(argv)
    gold = json.loads(args.gold.read_text(encoding="utf-8"))
    detected = load_detected(json.loads(args.detected.read_text(encoding="utf-8") or "[]"), args.kind)
    print(json.dumps(score(gold, detected, args.kind, eval_dir=args.eval, verbose=args.verbose)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
