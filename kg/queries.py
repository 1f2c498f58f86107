"""Questions asked of the store: SPARQL (inline, from a file, or a named competency query),
the claims table, export and SHACL validation.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import Errors, QueryError
from .model import Stance
from .namespaces import concept_name, sparql_prefixes
from .paths import ONTOLOGY_DIR
from .query_params import QueryParam, bind_query, query_params
from .store import QueryResult

QUERY_DIR = ONTOLOGY_DIR / "queries"

_CLAIMS_PREFIXES = sparql_prefixes("kg", "schema", "prov", "oa")
# The claims table in two selective queries merged by statement (see docs/store.md): the
# statements, then their evidence sentences. {anchor} narrows both to a stance or an article.
CLAIMS_QUERY = _CLAIMS_PREFIXES + """
SELECT ?statement ?doc ?source ?stanceIri ?certaintyIri ?cue ?channel ?content ?start ?end WHERE {
  {anchor}
  ?statement kg:stance ?stanceIri ; kg:proposition ?prop ; prov:wasAttributedTo ?agent ;
             prov:wasDerivedFrom ?article ; kg:certainty ?certaintyIri ; kg:cue ?cue ;
             kg:contentSpan ?contentSpan ; a kg:AttributedStatement .
  ?article a schema:NewsArticle ; schema:identifier ?doc .
  ?agent schema:name ?source .
  ?prop schema:text ?content .
  ?contentSpan oa:hasSelector ?position . ?position oa:start ?start ; oa:end ?end .
  OPTIONAL { ?statement kg:channel ?channel }
}
"""
CLAIM_SENTENCES_QUERY = _CLAIMS_PREFIXES + """
SELECT ?statement ?sentence WHERE {
  {anchor}
  ?statement kg:evidence ?span . ?span oa:hasSelector ?quote . ?quote oa:exact ?sentence .
}
"""
_STANCE_CODES = {concept_name(stance.value): stance.value for stance in Stance}  # local name -> code


# A bare word such as `denials` or `asserted-and-denied` is a query name, never SPARQL (every
# SPARQL query has a form keyword followed by more text), so a misspelt name gets a suggestion.
_NAME = re.compile(r"^[A-Za-z_][\w-]*$")


@dataclass(frozen=True)
class NamedQuery:
    """A competency query: its name (the file stem), title, description, SPARQL text and parameters."""

    name: str
    title: str
    description: str
    text: str
    params: tuple[QueryParam, ...] = ()


def query_catalogue() -> list[NamedQuery]:
    """Every competency query with the title and description from its `# title:` / `# description:` lines."""
    found = []
    for name, text in competency_queries().items():
        title = re.search(r"(?m)^#\s*title:\s*(.+)$", text)
        description = re.search(r"(?m)^#\s*description:\s*(.+)$", text)
        found.append(NamedQuery(name, title.group(1).strip() if title else name,
                                description.group(1).strip() if description else "", text,
                                tuple(query_params(text))))
    return found


def named_query(name: str) -> str:
    """The text of the competency query `name`; an unknown name raises E090 with the nearest names."""
    queries = competency_queries()
    if name in queries:
        return queries[name]
    folded = {n.lower().replace("-", "_"): n for n in queries}
    if name.lower().replace("-", "_") in folded:
        return queries[folded[name.lower().replace("-", "_")]]
    close = difflib.get_close_matches(name.lower().replace("-", "_"), list(folded), n=3, cutoff=0.6)
    hint = " Did you mean " + " or ".join(f"`{folded[c]}`" for c in close) + "?" if close else ""
    raise QueryError(Errors.E090.format(name=name, hint=hint))


def read_query(text_or_name: str | None = None, *, path: str | Path | None = None) -> str:
    """A query's text: from a file path, a competency query name ('denials'), or the text itself.

    A single bare word is always taken as a name, so a misspelt name is reported with the
    nearest names rather than parsed as SPARQL.
    """
    if path is not None:
        path = Path(path)
        if not path.is_file():
            named = QUERY_DIR / f"{path.stem}.rq"
            if str(path) == path.stem and named.is_file():
                return named.read_text(encoding="utf-8")
            raise QueryError(Errors.E034.format(path=path))
        return path.read_text(encoding="utf-8")
    if text_or_name and _NAME.match(text_or_name.strip()):
        return named_query(text_or_name.strip())
    return text_or_name or ""


def bound_query(text: str, bindings=None) -> str:
    """The query with its `# param:` parameters bound ({name: value or [values]}); none: the whole store."""
    return bind_query(text, bindings or {})


def competency_queries() -> dict[str, str]:
    """Every competency query shipped in ontology/queries, by name."""
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(QUERY_DIR.glob("*.rq"))}


def run_query(store, sparql: str) -> QueryResult:
    """Run SPARQL against the store (the union of every article's graph)."""
    if not sparql.strip():
        raise QueryError(Errors.E032.format(reason="the query is empty"))
    from .sparql_text import form, is_update

    if is_update(sparql):
        raise QueryError(Errors.E091.format(form=form(sparql)))
    return store.query(sparql)


def list_claims(store, *, source: str | None = None, stance: str | None = None,
                doc: str | None = None) -> list[dict]:
    """Who said what: one row per statement (first evidence sentence), filtered by source/stance/doc."""
    anchor = ""
    if stance:
        codes = {code: name for name, code in _STANCE_CODES.items()}
        if stance not in codes:
            return []
        anchor += f"?statement kg:stance kg:{codes[stance]} . "
    if doc:
        anchor += f"?statement prov:wasDerivedFrom ?anchorDoc . ?anchorDoc schema:identifier {_literal(doc)} . "
    rows: dict[str, dict] = {}
    for row in _select(store, CLAIMS_QUERY.replace("{anchor}", anchor)):
        if row["statement"] in rows:
            continue
        stance_name = str(row.pop("stanceIri")).rsplit("#", 1)[-1]
        row["stance"] = _STANCE_CODES.get(stance_name, stance_name)
        row["certainty"] = str(row.pop("certaintyIri") or "").rsplit("#", 1)[-1].lower()
        if source and source.lower() not in str(row["source"]).lower():
            continue
        row["sentence"] = None
        rows[row["statement"]] = row
    for row in _select(store, CLAIM_SENTENCES_QUERY.replace("{anchor}", anchor)):
        claim = rows.get(row["statement"])
        if claim is not None and (claim["sentence"] is None or row["sentence"] < claim["sentence"]):
            claim["sentence"] = row["sentence"]
    columns = ("statement", "doc", "source", "stance", "certainty", "cue", "channel", "content", "start", "end",
               "sentence")
    ordered = sorted(rows.values(), key=lambda r: (r["doc"], int(r["start"]), r["statement"]))
    return [{c: r[c] for c in columns} for r in ordered]


def _select(store, sparql: str):
    select = getattr(store, "select", None)
    return select(sparql) if select is not None else store.query(sparql).dicts()


def _literal(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def export_store(store, fmt: str = "trig") -> bytes:
    """The whole store serialized: trig or nquads keep one graph per article; turtle/ntriples merge them."""
    if hasattr(store, "dump"):
        return store.dump(fmt)
    return store.dataset().serialize(format=fmt, encoding="utf-8")


def validate_store(store):
    """Check the store against the SHACL shapes in ontology/shapes.ttl."""
    from .validate import validate_graph

    return validate_graph(store.dataset())
