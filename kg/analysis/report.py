"""What the `kg contradictions | chains | corroborations | analyze` commands call: one function per
command, plus plain-text renderings (the CLI only parses options and prints)."""
from __future__ import annotations

from .chains import KIND_ORDER, Chain, find_chains
from .context import prepare
from .contradictions import DEFAULT_THRESHOLD, Contradiction, find_contradictions
from .corroborations import Corroboration, Echo, find_corroborations, find_echoes
from .results import AnalysisResult, analyze_store

CONTRADICTION_COLUMNS = ["kind", "score", "source_a", "content_a", "doc_a", "source_b", "content_b", "doc_b"]
CORROBORATION_COLUMNS = ["sources", "score", "claim", "held_by"]
CHAIN_COLUMNS = ["kind", "text", "doc", "path", "statements"]
# what csv gives: every field of a side, suffixed _a / _b (the table shows the first few)
SIDE_FIELDS = ["doc", "source", "stance", "content", "content_start", "content_end", "sentence", "statement"]
CONTRADICTION_CSV_COLUMNS = (["id", "kind", "score", "explanation"] + [f"{f}_a" for f in SIDE_FIELDS]
                             + [f"{f}_b" for f in SIDE_FIELDS])
CORROBORATION_CSV_COLUMNS = ["id", "sources", "score", "claim", "held_by", "group", "statements"]
ECHO_COLUMNS = ["articles", "source", "stance", "claim", "docs"]
ECHO_CSV_COLUMNS = ECHO_COLUMNS + ["statements"]
CHAIN_HEADINGS = {"response": "Stances toward other sources' claims", "affiliation": "Affiliations",
                  "citing": "Cited evidence", "reported": "Reported by"}


def require_semantic(semantic: bool) -> None:
    """With `semantic`, raise MissingDependency (E022: the extra and its install command) unless
    the `semantic` extra is installed: checked before any article is read or any store opened."""
    if semantic:
        from .semantic import require

        require()


def store_contradictions(store, *, threshold: float = DEFAULT_THRESHOLD,
                         between: tuple[str, str] | None = None, semantic: bool = False) -> list[Contradiction]:
    """Contradictions over a store; the full analysis (all pairs) is written back into the store.
    `semantic` adds sentence-embedding similarity (the optional `semantic` extra)."""
    require_semantic(semantic)
    prepared = prepare(store, semantic=semantic)
    result = analyze_store(store, prepared=prepared, threshold=threshold)
    if not between:
        return result.contradictions
    return find_contradictions(prepared, threshold=threshold, between=between)


def path_contradictions(paths, *, threshold: float = DEFAULT_THRESHOLD, between=None, semantic: bool = False,
                        **read_options):
    """Contradictions among articles read from `paths`, in memory (nothing stored): (list, failures).
    `semantic` adds sentence-embedding similarity (the optional `semantic` extra)."""
    from ..ingest import extract_paths
    from .memory import memory_store

    require_semantic(semantic)
    results, failed = extract_paths(list(paths), **read_options)
    with memory_store(results) as store:
        found = find_contradictions(store, threshold=threshold, between=between, semantic=semantic)
    return found, failed


def contradiction_rows(contradictions: list[Contradiction]) -> list[dict]:
    """One flat row per contradiction, for tables."""
    return [{"kind": c.kind, "score": f"{c.score:.2f}", "source_a": c.a.source, "content_a": c.a.content,
             "doc_a": c.a.doc, "source_b": c.b.source, "content_b": c.b.content, "doc_b": c.b.doc}
            for c in contradictions]


def contradiction_records(contradictions: list[Contradiction]) -> list[dict]:
    """One flat row per contradiction with every field (CONTRADICTION_CSV_COLUMNS), for csv."""
    rows = []
    for c in contradictions:
        record = c.to_record()
        row = {"id": c.id, "kind": c.kind, "score": round(c.score, 4), "explanation": c.explanation}
        for side in ("a", "b"):
            row.update({f"{k}_{side}": v for k, v in record[side].items()})
        rows.append(row)
    return rows


def chain_rows(chains: list[Chain]) -> list[dict]:
    """One flat row per chain (CHAIN_COLUMNS), the path and statements joined, for tables and csv."""
    return [{"kind": c.kind, "text": c.text, "doc": c.doc, "path": " | ".join(c.path),
             "statements": " ".join(c.statements)} for c in chains]


def corroboration_records(corroborations: list[Corroboration]) -> list[dict]:
    """One flat row per corroboration with every field (CORROBORATION_CSV_COLUMNS), for csv."""
    return [{**row, "id": c.id, "score": round(c.score, 4), "group": c.group,
             "statements": " ".join(s.iri for s in c.statements)}
            for c, row in zip(corroborations, corroboration_rows(corroborations))]


def chain_text(chains: list[Chain]) -> str:
    """Chains grouped under a heading per kind, one readable line each."""
    if not chains:
        return "No chains found."
    lines: list[str] = []
    for kind in sorted({c.kind for c in chains}, key=KIND_ORDER.get):
        lines += ([""] if lines else []) + [CHAIN_HEADINGS[kind] + ":"]
        lines += [f"  {c.text}" for c in chains if c.kind == kind]
    return "\n".join(lines)


def corroboration_rows(corroborations: list[Corroboration]) -> list[dict]:
    """One flat row per corroboration, for tables."""
    return [{"sources": c.independent_sources, "score": f"{c.score:.2f}", "claim": c.label,
             "held_by": "; ".join(", ".join(group) for group in c.sources)} for c in corroborations]


def echo_rows(echoes: list[Echo]) -> list[dict]:
    """One flat row per echo (ECHO_COLUMNS), for tables."""
    return [{"articles": len({s.doc for s in e.statements}), "source": e.source, "stance": e.stance, "claim": e.label,
             "docs": " ".join(sorted({s.doc for s in e.statements}))} for e in echoes]


def echo_records(echoes: list[Echo]) -> list[dict]:
    """One flat row per echo with its statements (ECHO_CSV_COLUMNS), for csv."""
    return [{**row, "statements": " ".join(s.iri for s in e.statements)} for e, row in zip(echoes, echo_rows(echoes))]


def analysis_summary(result: AnalysisResult) -> str:
    """One line saying what an analysis run wrote."""
    kinds: dict[str, int] = {}
    for c in result.contradictions:
        kinds[c.kind] = kinds.get(c.kind, 0) + 1
    by_kind = ", ".join(f"{n} {k}" for k, n in sorted(kinds.items()))
    return (f"Wrote {len(result.contradictions)} contradiction(s){f' ({by_kind})' if by_kind else ''}, "
            f"{len(result.corroborations)} corroboration(s) and {len(result.groups)} claim group(s): "
            f"{result.triples} triples in the analysis graph.")


def store_analysis(store, *, threshold: float = DEFAULT_THRESHOLD, semantic: bool = False) -> AnalysisResult:
    """`kg analyze`: the whole analysis of a store, written into its analysis graph; `semantic`
    adds sentence-embedding similarity (the optional `semantic` extra)."""
    require_semantic(semantic)
    return analyze_store(store, threshold=threshold, semantic=semantic)


__all__ = ["analysis_summary", "chain_rows", "chain_text", "contradiction_records", "contradiction_rows",
           "corroboration_records", "corroboration_rows", "echo_records", "echo_rows", "find_chains",
           "find_corroborations", "find_echoes", "path_contradictions", "require_semantic", "store_analysis",
           "store_contradictions"]
