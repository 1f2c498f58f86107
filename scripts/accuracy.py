#!/usr/bin/env python3
"""Every accuracy yardstick in one command: runs `kg extract` (and `kg contradictions`) on each
corpus, scores the output with the shared scorers in ../shared/eval, and writes docs/accuracy.md
(and docs/accuracy.json, which a later run can show as its "before" column).

Corpora (each one that is absent is listed as "not present"):
- seeds: ../shared/corpus/seeds with ../shared/gold/seeds.json;
- VOA real news: tests/data/realnews/dev, dev2, ... dev11 and check with gold-dev.json, gold-dev2.json,
  ... gold-dev11.json and gold-check.json. The check half is scored, never studied: only its totals are written;
- PolNeAR dev and train (.eval-data/PolNeAR, git-ignored; never data/test), scored with
  score_polnear.py for content and attribution (content + source) P/R/F1.

Figures: strict and loose P/R/F1 (score_attributions.py), contradiction recall where the gold has
contradictions (score_contradictions.py; also within one article and across articles), corroboration
and echo recall, detected and unmatched (kg corroborations / kg echoes over a store of the corpus,
scored by scripts/score_relations.py), PolNeAR content and attribution P/R/F1, and recall per
construction family: each gold attribution is put in one family by its cue (see FAMILIES), and
the family's recall is the scorer's recall over those gold attributions alone.

    .venv/bin/python scripts/accuracy.py                                  # everything there is
    .venv/bin/python scripts/accuracy.py --corpora seeds voa-dev          # a quick look
    .venv/bin/python scripts/accuracy.py --before docs/accuracy.json      # with a before column
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

# ---- construction families -------------------------------------------------------------------
# One family per gold attribution, the first that applies, in this order. Stance decides the
# first four where the gold gives one (PolNeAR gives none: its cue words decide).
_DOCUMENT_WORDS = {"report", "reports", "record", "records", "document", "documents", "statement", "statements",
                   "data", "figures", "figure", "study", "survey", "poll", "footage", "video", "videos", "images",
                   "photos", "letter", "filing", "filings", "indictment", "complaint", "memo", "analysis", "audit",
                   "census", "post", "posts", "transcript", "ruling", "warrant", "assessment", "findings",
                   "emails", "cable", "minutes", "statistics", "tally", "count", "estimate", "estimates"}
_NOMINAL = re.compile(r"\b(allegations?|accusations?|assertions?|announcements?|claim|statement|warnings?|"
                      r"suggestions?|assurances?|insistence|contention|argument|denial|rumou?rs?|reports? that|"
                      r"view|belief|impression|promise that|pledge that|charges? that)\b")
_BELIEF = re.compile(r"\b(believ\w*|think\w*|thought|expect\w*|hop(e|es|ed|ing)|fear\w*|worr\w*|vow\w*|"
                     r"promis\w*|pledg\w*|plan\w*|intend\w*|aim\w*|urg\w*|agree\w*|want\w*|wish\w*|"
                     r"convinced|confident|sure|certain|demand\w*|call(s|ed|ing)? (for|on)|ask\w*|"
                     r"threat\w*|seek\w*|sought|doubt\w*|suspect\w*|predict\w*)\b")
_CUE_STANCE = [  # for gold without a stance: cue words that carry one
    ("cannot verify", re.compile(r"\b(verif\w*|unable|could not (be )?(confirm|establish|determine))\b")),
    ("refusal / does not confirm", re.compile(r"\b(declin\w*|refus\w*|would not|wouldn't|did not|didn't|"
                                             r"no comment|not (immediately )?(respond|reply|comment))\b")),
    ("denial", re.compile(r"\b(den(y|ies|ied|ying|ial)|reject\w*|dismiss\w*|refut\w*|disput\w*|rebut\w*)\b")),
    ("confirmation", re.compile(r"\b(confirm\w*|acknowledg\w*|admit\w*|conced\w*)\b")),
]
_STANCE_FAMILY = {"cannot_verify": "cannot verify", "does_not_confirm": "refusal / does not confirm",
                  "denies": "denial", "confirms": "confirmation"}
FAMILIES = [
    ("cannot verify", "could not verify, was unable to confirm"),
    ("refusal / does not confirm", "declined to comment, did not confirm, refused to say whether"),
    ("denial", "denied, rejected, dismissed, disputed"),
    ("confirmation", "confirmed, acknowledged, admitted"),
    ("colon", "X: \"...\" (also attributed headlines)"),
    ("according to", "according to X, in any position"),
    ("nominal cue", "X's claim that S, the allegation that S, the announcement"),
    ("document as source", "records show, the report said, figures indicate"),
    ("belief / intent", "believe, expect, hope, fear, vow, plan, urge, agree, want, call for"),
    ("reporting verb", "said, told, added, reported, wrote, accused, warned and other reporting verbs"),
]


def family_of(cue: str, stance: str | None = None, source: str | None = None) -> str:
    """The construction family of one gold attribution, from its cue (and stance and source when given)."""
    text = re.sub(r"\s+", " ", (cue or "").replace("\u2019", "'")).strip().lower()
    if stance in _STANCE_FAMILY:
        return _STANCE_FAMILY[stance]
    if stance is None:
        for family, pattern in _CUE_STANCE:
            if pattern.search(text):
                return family
    if text.startswith(":") or text.endswith(":") or text == "-":
        return "colon"
    if "according to" in text:
        return "according to"
    if _NOMINAL.search(text):
        return "nominal cue"
    words = re.findall(r"[A-Za-z]+", source or "")  # a common noun heads it: "court records", not "The Post"
    if words and words[-1] in _DOCUMENT_WORDS:
        return "document as source"
    if _BELIEF.search(text):
        return "belief / intent"
    return "reporting verb"


# ---- the scorers ---------------------------------------------------------------------------------

def _eval_dir(path: Path | None) -> Path:
    return path or SHARED / "eval"


def score_attributions(eval_dir: Path, gold: dict, predictions: list) -> dict:
    """score_attributions.score over all gold attributions, and its recall over each family's."""
    sys.path.insert(0, str(eval_dir))
    from score_attributions import score

    totals = score(gold, predictions)
    families = {}
    for family, _ in FAMILIES:
        members = [g for g in gold["attributions"]
                   if family_of(g.get("cue", ""), g.get("stance"), g.get("source")) == family]
        if members:
            sub = score(dict(gold, attributions=members), predictions)
            families[family] = {"gold": len(members), "strict_recall": sub["strict"]["recall"],
                                "loose_recall": sub["loose"]["recall"]}
    return {"totals": totals, "families": families}


def _script_json(script: Path, *args) -> dict:
    """Run one of the shared scorers and read the JSON line it prints last."""
    out = subprocess.run([sys.executable, str(script), *map(str, args)], capture_output=True, text=True,
                         check=True).stdout
    return json.loads([line for line in out.splitlines() if line.startswith("{")][-1])


def score_contradictions(eval_dir: Path, gold_path: Path, found: Path) -> dict:
    """score_contradictions.py on kg's contradictions: recall over the gold pairs, and over the
    pairs within one article and across articles (a gold pair is across when its two attributions
    are of different documents) as `within` and `across` {gold, found, recall}."""
    script = eval_dir / "score_contradictions.py"
    result = _script_json(script, gold_path, found)
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    docs = {a["id"]: a["doc"] for a in gold["attributions"]}
    for part, across in (("within", False), ("across", True)):
        pairs = [p for p in gold["contradictions"] if (docs[p["a"]] != docs[p["b"]]) == across]
        if not pairs:
            result[part] = {"gold": 0, "found": 0, "recall": None}
            continue
        subset = found.with_name(f"{found.stem}-gold-{part}.json")
        subset.write_text(json.dumps(dict(gold, contradictions=pairs)), encoding="utf-8")
        sub = _script_json(script, subset, found)
        result[part] = {"gold": sub["gold"], "found": sub["found"], "recall": sub["recall"]}
    return result


def score_relations(gold_path: Path, found: Path, kind: str, eval_dir: Path) -> dict:
    """scripts/score_relations.py on kg's corroborations or echoes: recall over the gold groups,
    detected and unmatched."""
    return _script_json(ROOT / "scripts" / "score_relations.py", gold_path, found, "--kind", kind,
                        "--eval", eval_dir)


def _well_formed(line: str) -> bool:
    """A BRAT standoff line score_polnear.py can read (it stops at the first one it cannot)."""
    if line.startswith("T"):
        parts = line.split("\t")
        return len(parts) >= 3 and len(parts[1].split(" ", 1)) == 2
    if line.startswith("E"):
        parts = line.split("\t", 1)
        return len(parts) == 2 and all(":" in x for x in parts[1].split())
    return True


def polnear_families(split: Path, tmp: Path) -> dict[str, Path]:
    """One copy of a PolNeAR split per family, holding only that family's gold relations (the texts
    are linked, not copied; the copies live in a temporary folder and are removed after the run)."""
    copies = {}
    for ann in sorted((split / "attributions").glob("*.ann")):
        lines = [line for line in ann.read_text(encoding="utf-8").splitlines() if _well_formed(line)]
        texts = {}
        for line in lines:
            if line.startswith("T"):
                tid, _, text = line.split("\t", 2)
                texts[tid] = text
        by_family: dict[str, list[str]] = {}
        for line in lines:
            if line.startswith("E"):
                roles = dict(x.split(":", 1) for x in line.split("\t", 1)[1].split())
                family = family_of(texts.get(roles.get("Cue"), ""), None, texts.get(roles.get("Source"), ""))
                by_family.setdefault(family, []).append(line)
        for family, relations in by_family.items():
            folder = copies.setdefault(family, tmp / re.sub(r"\W+", "-", family))
            (folder / "attributions").mkdir(parents=True, exist_ok=True)
            (folder / "attributions" / ann.name).write_text(
                "\n".join([line for line in lines if not line.startswith("E")] + relations) + "\n", encoding="utf-8")
    for folder in copies.values():
        (folder / "text").mkdir(exist_ok=True)
        for txt in (split / "text").glob("*.txt"):
            (folder / "text" / txt.name).symlink_to(txt.resolve())
    return copies


def score_polnear(eval_dir: Path, split: Path, predictions: Path, tmp: Path) -> dict:
    """score_polnear.py on the whole split, and its recall over each family's relations. Where the
    split holds annotation lines the scorer cannot read, it scores a copy without them (counted)."""
    script = eval_dir / "score_polnear.py"
    dropped = sum(not _well_formed(line) for ann in (split / "attributions").glob("*.ann")
                  for line in ann.read_text(encoding="utf-8").splitlines())
    scored = split
    if dropped:
        scored = tmp / "well-formed"
        (scored / "attributions").mkdir(parents=True)
        (scored / "text").symlink_to((split / "text").resolve())
        for ann in (split / "attributions").glob("*.ann"):
            lines = [line for line in ann.read_text(encoding="utf-8").splitlines() if _well_formed(line)]
            (scored / "attributions" / ann.name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    totals = _script_json(script, scored, predictions)
    totals["malformed_lines_dropped"] = dropped
    families = {}
    for family, folder in polnear_families(split, tmp).items():
        sub = _script_json(script, folder, predictions)
        families[family] = {"gold": sub["gold"], "attribution_recall": sub["attribution"]["recall"],
                            "content_recall": sub["content"]["recall"]}
    return {"totals": totals, "families": families}


# ---- running kg ------------------------------------------------------------------------------

def kg(*args, output: Path) -> None:
    """Run the kg command line as a user would, writing its standard output to a file."""
    with output.open("w", encoding="utf-8") as out:
        done = subprocess.run([sys.executable, "-m", "kg", *map(str, args)], stdout=out, stderr=subprocess.PIPE,
                              text=True, cwd=ROOT)
    if done.returncode not in (0, 1) or output.stat().st_size == 0:
        raise SystemExit(f"kg {' '.join(map(str, args))} failed: {done.stderr.strip()[-500:]}")


def corpora(args) -> list[dict]:
    """The corpora this run knows, present or not."""
    realnews = ROOT / "tests" / "data" / "realnews"
    polnear = args.polnear or next((p for p in (ROOT / ".eval-data" / "PolNeAR", ROOT.parent / "main" / ".eval-data" /
                                                "PolNeAR") if p.is_dir()), ROOT / ".eval-data" / "PolNeAR")
    return [
        {"name": "seeds", "label": "seeds (acceptance articles)", "kind": "gold",
         "texts": SHARED / "corpus" / "seeds", "gold": SHARED / "gold" / "seeds.json", "study": True},
        {"name": "voa-dev", "label": "VOA real news, dev half", "kind": "gold",
         "texts": realnews / "dev", "gold": realnews / "gold-dev.json", "study": True},
        {"name": "voa-dev2", "label": "VOA real news, dev2 (session 4)", "kind": "gold",
         "texts": realnews / "dev2", "gold": realnews / "gold-dev2.json", "study": True},
        {"name": "voa-dev3", "label": "VOA real news, dev3 (session 5)", "kind": "gold",
         "texts": realnews / "dev3", "gold": realnews / "gold-dev3.json", "study": True},
        *({"name": f"voa-{half}", "label": f"VOA real news, {half} (session 6)", "kind": "gold",
           "texts": realnews / half, "gold": realnews / f"gold-{half}.json", "study": True}
          for half in ("dev4", "dev5", "dev6", "dev7")),
        *({"name": f"voa-{half}", "label": f"VOA real news, {half} (session 7)", "kind": "gold",
           "texts": realnews / half, "gold": realnews / f"gold-{half}.json", "study": True}
          for half in ("dev8", "dev9", "dev10")),
        {"name": "voa-dev11", "label": "VOA real news, dev11 (session 8)", "kind": "gold",
         "texts": realnews / "dev11", "gold": realnews / "gold-dev11.json", "study": True},
        {"name": "voa-check", "label": "VOA real news, check half (totals only)", "kind": "gold",
         "texts": realnews / "check", "gold": realnews / "gold-check.json", "study": False},
        {"name": "polnear-dev", "label": "PolNeAR dev", "kind": "polnear", "split": polnear / "data" / "dev"},
        {"name": "polnear-train", "label": "PolNeAR train", "kind": "polnear", "split": polnear / "data" / "train"},
    ]


def run_corpus(corpus: dict, eval_dir: Path, tmp: Path) -> dict:
    """Extract and score one corpus."""
    out = tmp / f"{corpus['name']}.json"
    if corpus["kind"] == "polnear":
        split = corpus["split"]
        if split.name == "test":
            raise SystemExit("PolNeAR data/test is the untouched estimate: it is never scored here")
        if not (split / "text").is_dir():
            return {"present": False}
        kg("extract", split / "text", "--format", "json", output=out)
        result = score_polnear(eval_dir, split, out, tmp / f"{corpus['name']}-families")
        return {"present": True, **result}
    if not corpus["texts"].is_dir() or not corpus["gold"].is_file():
        return {"present": False}
    gold = json.loads(corpus["gold"].read_text(encoding="utf-8"))
    kg("extract", corpus["texts"], "--format", "json", output=out)
    result = score_attributions(eval_dir, gold, json.loads(out.read_text(encoding="utf-8")))
    result["documents"] = len(gold.get("documents", {})) or len({g["doc"] for g in gold["attributions"]})
    if gold.get("contradictions"):
        found = tmp / f"{corpus['name']}-contradictions.json"
        kg("contradictions", corpus["texts"], "--format", "json", output=found)
        result["contradictions"] = score_contradictions(eval_dir, corpus["gold"], found)
    if gold.get("corroborations") or gold.get("echoes"):
        # corroborations and echoes are read from a store, as a user gets them
        store = tmp / f"{corpus['name']}-store"
        kg("ingest", corpus["texts"], "--store", store, output=tmp / f"{corpus['name']}-ingest.txt")
        for kind in ("corroborations", "echoes"):
            if gold.get(kind):
                found = tmp / f"{corpus['name']}-{kind}.json"
                kg(kind, "--store", store, "--format", "json", output=found)
                result[kind] = score_relations(corpus["gold"], found, kind, eval_dir)
    if not corpus["study"]:
        result.pop("families")  # scored, never studied: totals only
    return {"present": True, **result}


# ---- the report ------------------------------------------------------------------------------

def _cell(value, before=None) -> str:
    if value is None:
        return "-"
    text = f"{value:.3f}"
    return f"{text} ({before:.3f})" if isinstance(before, (int, float)) else text


def _get(results: dict | None, *keys):
    for key in keys:
        if not isinstance(results, dict) or key not in results:
            return None
        results = results[key]
    return results


def render(results: dict, known: list[dict], before: dict | None, before_name: str | None, meta: dict) -> str:
    """docs/accuracy.md from one run's results (and an earlier run's, shown in brackets)."""
    b = (before or {}).get("corpora", {})
    intro = (f"Generated by `{meta['command']}` at {meta['when']} (kg {meta['commit']}), {meta['minutes']:.1f} min. "
             "Each corpus goes through `kg extract --format json` (and `kg contradictions --format json`) as a user "
             "would run them, and is scored by the shared scorers in `../shared/eval`.")
    if before:
        intro += f" A figure in brackets is the same figure in `{before_name}`."
    lines = ["# Accuracy", "", intro,
             "", "## Attributions against hand-annotated gold", "",
             "Strict: source, content and stance right; loose: source and content (`score_attributions.py`). "
             "Contradiction recall: gold contradiction pairs that `kg contradictions` finds (`score_contradictions.py`).",
             "", "| corpus | documents | gold | predictions | strict P | strict R | strict F1 | loose P | loose R | loose F1 "
             "| contradiction recall |", "|---|---|---|---|---|---|---|---|---|---|---|"]
    for corpus in (c for c in known if c["kind"] == "gold"):
        r, old = results.get(corpus["name"]), b.get(corpus["name"])
        if not r or not r.get("present"):
            lines.append(f"| {corpus['label']} | not present | | | | | | | | | |")
            continue
        t, bt = r["totals"], _get(old, "totals")
        cr = _get(r, "contradictions", "recall")
        found = f" ({r['contradictions']['found']}/{r['contradictions']['gold']})" if cr is not None else ""
        lines.append(
            f"| {corpus['label']} | {r['documents']} | {t['gold']} | {t['predictions_counted']} | "
            + " | ".join(_cell(t[level][m], _get(bt, level, m)) for level in ("strict", "loose")
                         for m in ("precision", "recall", "f1"))
            + f" | {_cell(cr, _get(old, 'contradictions', 'recall'))}{found} |")
    relation = [c for c in known if c["kind"] == "gold" and _get(results, c["name"], "present")
                and any(_get(results, c["name"], k) for k in ("contradictions", "corroborations", "echoes"))]
    if relation:
        lines += ["", "## Contradictions, corroborations and echoes", "",
                  "Contradictions: recall over the gold pairs within one article and across articles "
                  "(`score_contradictions.py` on each part). Corroborations (`kg corroborations`) and echoes "
                  "(`kg echoes`) over a store of the corpus, scored by `scripts/score_relations.py`: found/gold, "
                  "detected, and detected groups that match no gold group (not all wrong: the gold lists the "
                  "clear cases only).", "",
                  "| corpus | contradictions within | contradictions across | corroborations found/gold | "
                  "corroborations detected | corroborations unmatched | echoes found/gold | echoes detected "
                  "| echoes unmatched |", "|---|---|---|---|---|---|---|---|---|"]
        for corpus in relation:
            r = results[corpus["name"]]
            cells = []
            for part in ("within", "across"):
                p = _get(r, "contradictions", part)
                cells.append(f"{p['found']}/{p['gold']}" if p else "-")
            for kind in ("corroborations", "echoes"):
                k = r.get(kind)
                cells += [f"{k['found']}/{k['gold']}", str(k["detected"]), str(k["unmatched"])] if k else ["-"] * 3
            lines.append(f"| {corpus['label']} | " + " | ".join(cells) + " |")
    lines += ["", "## PolNeAR", "",
              "`score_polnear.py`: content found (>= 50% of the gold content's characters, >= 30% of the prediction's "
              "are gold), attribution found (content and source). Never data/test: it is the untouched estimate.", "",
              "| split | documents | gold | predictions | content P | content R | content F1 | attribution P "
              "| attribution R | attribution F1 |", "|---|---|---|---|---|---|---|---|---|---|"]
    for corpus in (c for c in known if c["kind"] == "polnear"):
        r, old = results.get(corpus["name"]), b.get(corpus["name"])
        if not r or not r.get("present"):
            lines.append(f"| {corpus['label']} | not present | | | | | | | | |")
            continue
        t, bt = r["totals"], _get(old, "totals")
        label = corpus["label"] + (f" ({t['malformed_lines_dropped']} unreadable annotation lines left out)"
                                   if t.get("malformed_lines_dropped") else "")
        lines.append(f"| {label} | {t['docs']} | {t['gold']} | {t['predictions']} | "
                     + " | ".join(_cell(t[level][m], _get(bt, level, m)) for level in ("content", "attribution")
                                  for m in ("precision", "recall", "f1")) + " |")
    studied = [c for c in known if (c["kind"] == "polnear" or c.get("study"))
               and _get(results, c["name"], "present")]
    lines += ["", "## Recall per construction family", "",
              "Each gold attribution is put in one family by its cue (the first that applies, in this order; the "
              "stance decides the first four where the gold has one), by `family_of` in `scripts/accuracy.py`. "
              "Cells: recall over that family's gold attributions (strict for the annotated corpora, attribution "
              "for PolNeAR), and how many there are. The check half is left out: it is scored, never studied.", "",
              "| family | examples | " + " | ".join(c["label"] for c in studied) + " |",
              "|---|---|" + "---|" * len(studied)]
    for family, examples in FAMILIES:
        cells = []
        for corpus in studied:
            f = _get(results, corpus["name"], "families", family)
            key = "attribution_recall" if corpus["kind"] == "polnear" else "strict_recall"
            old = _get(b, corpus["name"], "families", family, key)
            cells.append(f"{_cell(f[key], old)} of {f['gold']}" if f else "-")
        lines.append(f"| {family} | {examples} | " + " | ".join(cells) + " |")
    lines += ["", f"Reproduce: `{meta['command']}`; `--before docs/accuracy.json` adds the previous run's figures "
              "in brackets.", ""]
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpora", nargs="+", metavar="NAME",
                        help="only these: seeds voa-dev voa-dev2 ... voa-dev7 voa-check polnear-dev polnear-train (default: all)")
    parser.add_argument("--before", type=Path, help="an earlier run's JSON (docs/accuracy.json) for a before column")
    parser.add_argument("--polnear", type=Path, help="the PolNeAR checkout (default: .eval-data/PolNeAR)")
    parser.add_argument("--eval", type=Path, help="the shared scorers (default: ../shared/eval)")
    parser.add_argument("--output", type=Path, default=ROOT / "docs" / "accuracy.md")
    parser.add_argument("--no-write", action="store_true", help="print the report only")
    args = parser.parse_args(argv)
    known = corpora(args)
    names = [c["name"] for c in known]
    if args.corpora and set(args.corpora) - set(names):
        parser.error(f"unknown corpus {sorted(set(args.corpora) - set(names))[0]!r}; known: {' '.join(names)}")
    eval_dir = _eval_dir(args.eval)
    if not (eval_dir / "score_attributions.py").is_file():
        parser.error(f"the shared scorers are not at {eval_dir} (give --eval)")
    before = json.loads(args.before.read_text(encoding="utf-8")) if args.before else None
    began = datetime.now(timezone.utc)
    results = {}
    with tempfile.TemporaryDirectory(prefix="kg-accuracy-") as tmp:
        for corpus in known:
            if args.corpora and corpus["name"] not in args.corpora:
                continue
            print(f"accuracy: {corpus['name']} ...", file=sys.stderr, flush=True)
            results[corpus["name"]] = run_corpus(corpus, eval_dir, Path(tmp))
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT).stdout
    command = "python scripts/accuracy.py" + (" --corpora " + " ".join(args.corpora) if args.corpora else "") + (
        f" --before {args.before}" if args.before else "")
    meta = {"command": command, "when": f"{began:%Y-%m-%d %H:%M} UTC", "commit": commit.strip() or "unknown",
            "minutes": (datetime.now(timezone.utc) - began).total_seconds() / 60}
    report = render(results, [c for c in known if not args.corpora or c["name"] in args.corpora], before,
                    str(args.before) if args.before else None, meta)
    if not args.no_write:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(report, encoding="utf-8")
        args.output.with_suffix(".json").write_text(json.dumps({"meta": meta, "corpora": results}, indent=1),
                                                    encoding="utf-8")
        print(f"accuracy: wrote {args.output} and {args.output.with_suffix('.json')}", file=sys.stderr)
    print(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
