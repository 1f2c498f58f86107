"""The analysis stage's view of the store: attributed statements, agents and affiliations, read
through SPARQL only (never by re-parsing articles).

:class:`Statement` is a flat record of one kg:AttributedStatement with everything the rules need:
who, which stance, the content and its offsets, the evidence sentence, the article and its
publisher, and the statements it responds to.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..namespaces import sparql_prefixes
from ..vocab import CERTAINTY_CODES, STANCE_CODES

PREFIXES = sparql_prefixes("kg", "schema", "prov", "oa")

# The statements are read in a few selective queries merged here by statement IRI, not in one
# query with a dozen OPTIONALs: Oxigraph evaluates a multi-pattern OPTIONAL on its own and
# hash-joins it, and a long chain of joins decodes every term of every row (docs/store.md).
STATEMENTS_QUERY = PREFIXES + """
SELECT ?statement ?stance ?agent ?proposition ?docIri ?content WHERE {
  ?statement kg:stance ?stance ; kg:proposition ?proposition ; prov:wasAttributedTo ?agent ;
             prov:wasDerivedFrom ?docIri ; a kg:AttributedStatement .
  ?proposition schema:text ?content .
}"""

# one single-valued property of a statement per query: each is one index scan
STATEMENT_PROPERTIES = {"certainty": "kg:certainty", "cue": "kg:cue", "channel": "kg:channel",
                        "quoted": "kg:quoted", "citing": "kg:citing", "sourceText": "kg:sourceText"}
PROPERTY_QUERY = PREFIXES + "SELECT ?statement ?value WHERE {{ ?statement {predicate} ?value }}"

POSITIONS_QUERY = PREFIXES + """
SELECT ?statement ?start ?end WHERE {
  ?statement kg:contentSpan ?span . ?span oa:hasSelector ?pos . ?pos oa:start ?start ; oa:end ?end .
}"""

EVIDENCE_QUERY = PREFIXES + """
SELECT ?statement ?sentence ?start ?end WHERE {
  ?statement kg:evidence ?span .
  ?span oa:hasSelector ?quote , ?pos .
  ?quote oa:exact ?sentence .
  ?pos oa:start ?start ; oa:end ?end .
}"""

RESPONDS_QUERY = PREFIXES + "SELECT ?statement ?target WHERE { ?statement kg:respondsTo ?target }"

DOCUMENTS_QUERY = PREFIXES + """
SELECT ?doc ?id ?title ?publisher ?publisherName ?published ?url WHERE {
  ?doc a schema:NewsArticle ; schema:identifier ?id .
  OPTIONAL { ?doc schema:headline ?title }
  OPTIONAL { ?doc schema:publisher ?publisher . OPTIONAL { ?publisher schema:name ?publisherName } }
  OPTIONAL { ?doc schema:datePublished ?published }
  OPTIONAL { ?doc schema:url ?url }
}"""

AGENTS_QUERY = PREFIXES + """
SELECT ?agent ?name ?kind ?alias WHERE {
  ?agent a prov:Agent ; schema:name ?name .
  OPTIONAL { ?agent kg:agentKind ?kind }
  OPTIONAL { ?agent schema:alternateName ?alias }
}"""

AFFILIATIONS_QUERY = PREFIXES + """
SELECT DISTINCT ?affiliation ?member ?role ?organization ?doc WHERE {
  ?affiliation a kg:Affiliation ; kg:member ?member ; kg:role ?role .
  OPTIONAL { ?affiliation kg:organization ?organization }
  OPTIONAL { ?affiliation prov:wasDerivedFrom ?article . ?article schema:identifier ?doc }
}"""


@dataclass(slots=True)
class Statement:
    """One attributed statement as the analysis rules see it."""

    iri: str
    doc: str
    source: str
    stance: str
    content: str
    agent: str = ""
    agent_kind: str = "other"
    proposition: str = ""
    certainty: str = "certain"
    cue: str = ""
    channel: str | None = None
    quoted: bool = False
    citing: str | None = None
    content_start: int | None = None
    content_end: int | None = None
    sentence: str | None = None
    sentence_start: int | None = None
    source_text: str | None = None
    doc_title: str | None = None
    publisher: str | None = None
    published: str | None = None
    targets: list[str] = field(default_factory=list)

    @property
    def position(self) -> int:
        """Where the statement stands in its article (content offset, else sentence offset, else 0)."""
        for value in (self.content_start, self.sentence_start):
            if value is not None:
                return int(value)
        return 0

    def side(self) -> dict:
        """The JSON side record of a contradiction (what the scorer reads)."""
        return {"doc": self.doc, "source": self.source, "stance": self.stance, "content": self.content,
                "content_start": self.content_start, "content_end": self.content_end,
                "sentence": self.sentence, "statement": self.iri}


@dataclass
class AgentInfo:
    """An agent of the store: name, kind and every other name it went by."""

    iri: str
    name: str
    kind: str = "other"
    aliases: set[str] = field(default_factory=set)


@dataclass
class AffiliationInfo:
    """A role an agent holds in or toward another (organization may be None)."""

    member: str
    role: str
    organization: str | None
    doc: str | None = None
    iri: str | None = None


@dataclass
class DocumentInfo:
    """An article's metadata."""

    iri: str
    doc_id: str
    title: str | None = None
    publisher: str | None = None
    publisher_name: str | None = None
    published: str | None = None
    url: str | None = None


@dataclass
class Corpus:
    """Everything the analysis reads from the store, loaded once."""

    statements: list[Statement]
    agents: dict[str, AgentInfo]
    affiliations: list[AffiliationInfo]
    documents: dict[str, DocumentInfo]


def _code(value, codes: dict) -> str:
    value = str(value or "")
    for iri, code in codes.items():
        if str(iri) == value:
            return code
    return value.rsplit("#", 1)[-1].lower()


def _select(store, sparql: str):
    """Rows streamed as plain values where the store can (Store.select), else a query's dicts."""
    select = getattr(store, "select", None)
    return select(sparql) if select is not None else store.query(sparql).dicts()


def load_documents(store) -> dict[str, DocumentInfo]:
    """Every article's metadata, by article IRI."""
    docs: dict[str, DocumentInfo] = {}
    for row in _select(store, DOCUMENTS_QUERY):
        doc = docs.setdefault(row["doc"], DocumentInfo(row["doc"], str(row["id"])))
        doc.title = doc.title or _text(row["title"])
        doc.publisher = doc.publisher or _text(row["publisher"])
        doc.publisher_name = doc.publisher_name or _text(row["publisherName"])
        doc.published = doc.published or _text(row["published"])
        doc.url = doc.url or _text(row["url"])
    return docs


def _text(value) -> str | None:
    return None if value is None else str(value)


def load_agents(store) -> dict[str, AgentInfo]:
    """Every agent with a name, by IRI, with its aliases."""
    agents: dict[str, AgentInfo] = {}
    for row in _select(store, AGENTS_QUERY):
        agent = agents.setdefault(row["agent"], AgentInfo(row["agent"], str(row["name"])))
        if row["kind"]:
            agent.kind = str(row["kind"])
        if row["alias"]:
            agent.aliases.add(str(row["alias"]))
    return agents


def load_affiliations(store) -> list[AffiliationInfo]:
    """Every affiliation (member IRI, role, organization IRI or None), once per article."""
    seen, out = set(), []
    for row in _select(store, AFFILIATIONS_QUERY):
        key = (row["member"], row["role"], row["organization"])
        if key not in seen:
            seen.add(key)
            out.append(AffiliationInfo(row["member"], str(row["role"]), row["organization"], _text(row["doc"]),
                                       row["affiliation"]))
    return out


def load_statements(store, documents: dict[str, DocumentInfo] | None = None,
                    agents: dict[str, "AgentInfo"] | None = None) -> list[Statement]:
    """Every attributed statement of the store, with its sentence, article metadata and targets."""
    documents = documents if documents is not None else load_documents(store)
    agents = agents if agents is not None else load_agents(store)
    core: dict[str, dict] = {}
    for row in _select(store, STATEMENTS_QUERY):
        core.setdefault(row["statement"], row)
    values: dict[str, dict] = {key: {} for key in STATEMENT_PROPERTIES}
    for key, predicate in STATEMENT_PROPERTIES.items():
        found = values[key]
        for row in _select(store, PROPERTY_QUERY.format(predicate=predicate)):
            if row["statement"] in core:
                found.setdefault(row["statement"], row["value"])
    positions: dict[str, tuple] = {}
    for row in _select(store, POSITIONS_QUERY):
        if row["statement"] in core:
            positions.setdefault(row["statement"], (_int(row["start"]), _int(row["end"])))
    statements: dict[str, Statement] = {}
    for iri, row in core.items():
        doc = documents.get(row["docIri"])
        if doc is None:  # a statement whose article has no identifier is not a statement of the corpus
            continue
        agent = agents.get(row["agent"])
        start, end = positions.get(iri, (None, None))
        certainty = values["certainty"].get(iri)
        statements[iri] = Statement(
            iri=iri, doc=doc.doc_id, source=agent.name if agent else row["agent"],
            stance=_code(row["stance"], STANCE_CODES), content=str(row["content"]), agent=row["agent"],
            agent_kind=str((agent.kind if agent else None) or "other"), proposition=row["proposition"],
            certainty=_code(certainty, CERTAINTY_CODES) if certainty else "certain",
            cue=str(values["cue"].get(iri) or ""), channel=_text(values["channel"].get(iri)),
            quoted=bool(values["quoted"].get(iri)), citing=_text(values["citing"].get(iri)),
            content_start=start, content_end=end, source_text=_text(values["sourceText"].get(iri)),
            doc_title=doc.title, publisher=doc.publisher_name, published=doc.published)
    _add_sentences(store, statements)
    for row in _select(store, RESPONDS_QUERY):
        if row["statement"] in statements and row["target"] in statements:
            statements[row["statement"]].targets.append(row["target"])
    ordered = sorted(statements.values(), key=lambda s: (s.doc, s.position, s.iri))
    for statement in ordered:
        statement.targets.sort(key=lambda t: (statements[t].position, t))
    return ordered


def _int(value) -> int | None:
    return None if value is None else int(value)


def _add_sentences(store, statements: dict[str, Statement]) -> None:
    """The evidence sentence of each statement: the one holding the content span, else the first."""
    best: dict[str, tuple] = {}
    for row in _select(store, EVIDENCE_QUERY):
        statement = statements.get(row["statement"])
        if statement is None:
            continue
        start, end = int(row["start"]), int(row["end"])
        inside = statement.content_start is not None and start <= statement.content_start < end
        rank = (0 if inside else 1, start)
        if row["statement"] not in best or rank < best[row["statement"]][0]:
            best[row["statement"]] = (rank, str(row["sentence"]), start)
    for iri, (_, sentence, start) in best.items():
        statements[iri].sentence = sentence
        statements[iri].sentence_start = start


def load_corpus(store) -> Corpus:
    """Statements, agents, affiliations and documents of the store, in a few selective SPARQL queries."""
    documents, agents = load_documents(store), load_agents(store)
    return Corpus(load_statements(store, documents, agents), agents, load_affiliations(store), documents)


def as_corpus(store_or_statements) -> Corpus:
    """A :class:`Corpus` from a store, a Corpus, or a plain list of :class:`Statement` objects."""
    if isinstance(store_or_statements, Corpus):
        return store_or_statements
    if isinstance(store_or_statements, (list, tuple)):
        return Corpus(list(store_or_statements), {}, [], {})
    return load_corpus(store_or_statements)
