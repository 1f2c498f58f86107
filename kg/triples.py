"""The RDF stage: one article's extraction result becomes one named graph.

IRIs are derived from content (doc id, agent name, claim words, offsets), so ingesting the
same article twice yields the same graph and a changed article replaces its own graph only.
The pattern (proposition, attributed statement, evidence span) is documented in ontology/kg.ttl;
which graph each triple goes to (shared nodes once, the rest per article) is kg/layout.py.
"""
from __future__ import annotations

import hashlib
import os
import re
from urllib.parse import quote

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, XSD

from .agent_names import canonical_name, is_generic_name
from .extraction.backrefs import points_back
from .extraction.lexicon import PRONOUNS_PERSON, PRONOUNS_PLURAL, PRONOUNS_THING
from .extraction.version import extractor_version
from .model import Affiliation, AgentKind, Attribution, ExtractionResult, Span
from .vocab import CERTAINTY_IRIS, ID, KG, OA, SCHEMA, STANCE_IRIS, bind_prefixes

_CLASS_OF_KIND = {
    AgentKind.PERSON: SCHEMA.Person, AgentKind.ORGANIZATION: SCHEMA.Organization,
    AgentKind.PUBLISHER: SCHEMA.Organization, AgentKind.PLACE: SCHEMA.Place,
    AgentKind.GROUP: SCHEMA.Organization, AgentKind.OTHER: SCHEMA.Organization,
}
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_PRONOUNS = PRONOUNS_PERSON | PRONOUNS_PLURAL | PRONOUNS_THING


class _Terms:
    """A namespace whose terms are made once: rdflib builds a new URIRef on every attribute access."""

    def __init__(self, namespace):
        self._namespace = namespace

    def __getattr__(self, name: str) -> URIRef:
        term = getattr(self._namespace, name)
        setattr(self, name, term)
        return term


# the names below are used only to build triples: SCHEMA.name is looked up once, then cached
RDF, PROV, XSD, SCHEMA, KG, OA = (_Terms(ns) for ns in (RDF, PROV, XSD, SCHEMA, KG, OA))


def slug(text: str) -> str:
    """A readable IRI segment for a name: 'Maria Lind' -> 'maria-lind'."""
    text = text.lower().replace("\u2019", "'")
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    return text or hashlib.sha256(text.encode()).hexdigest()[:12]


def article_iri(doc_id: str) -> URIRef:
    """The article's IRI."""
    return ID[f"article/{quote(doc_id, safe='')}"]


def graph_iri(doc_id: str) -> URIRef:
    """The named graph that holds everything extracted from one article."""
    return ID[f"graph/{quote(doc_id, safe='')}"]


def agent_iri(name: str, kind: AgentKind | str = AgentKind.ORGANIZATION, doc_id: str | None = None) -> URIRef:
    """The IRI of an agent: its kind and exact (whitespace-collapsed) name, so that one IRI has one
    schema:name and one kg:agentKind whatever the articles say; a proper name is shared across
    articles, a generic one ("police", "officials") is scoped by the article `doc_id` it comes from.

    ``agent_iri("Maria Lind", "person")`` is ``id/agent/person/Maria_Lind``.
    """
    kind = kind.value if isinstance(kind, AgentKind) else str(kind)
    name = canonical_name(name)
    segment = quote(name, safe="").replace("_", "%5F").replace("%20", "_")
    if doc_id is not None and is_generic_name(name):
        return ID[f"agent/{kind}/{quote(doc_id, safe='')}/{segment}"]
    return ID[f"agent/{kind}/{segment}"]


def proposition_iri(text: str, doc_id: str | None = None) -> URIRef:
    """The IRI of a proposition: the same text, word for word, makes the same proposition.

    Every word counts, modal and negation words included ("may close" is not "will close"),
    and the text is hashed as written, so one IRI has exactly one schema:text. Claims worded
    differently are related by the analysis (kg:sameClaimAs), not by sharing an IRI.
    A content that only points back ("denied the statement", "rejected it", "the report") means
    what its own article reported, so with `doc_id` it is scoped to that article, as a generic
    agent is: "the statement" denied in one article is not the one denied in another.
    """
    digest = hashlib.sha256(text.encode()).hexdigest()[:20]
    if doc_id is not None and points_back(text):
        return ID[f"proposition/{quote(doc_id, safe='')}/{digest}"]
    return ID[f"proposition/{digest}"]


def statement_iri(attribution: Attribution) -> URIRef:
    """The IRI of an attributed statement (doc, source, stance, claim words)."""
    return ID[f"statement/{attribution.key}"]


def span_iri(doc_id: str, span: Span) -> URIRef:
    """An RFC 5147 style IRI for a stretch of the article: <article#char=b,e>."""
    return URIRef(f"{article_iri(doc_id)}#char={span.start},{span.end}")


def source_file(path: str) -> str:
    """How an article's file is recorded (``kg:sourceFile``): its absolute, symlink-free path."""
    return os.path.realpath(path)


def article_graph(result: ExtractionResult) -> Graph:
    """The named-graph content for one article: article, agents, claims, statements, spans."""
    g = Graph()
    bind_prefixes(g)
    _emit(g, result)
    return g


def article_ntriples(result: ExtractionResult) -> tuple[str, int]:
    """The same content as :func:`article_graph`, straight to N-Triples text, with its triple count.

    What ingest uses: it skips building an rdflib Graph and its serializer, which cost more than
    the attribution rules themselves (see docs/benchmarks.md).
    """
    triples = _Triples()
    _emit(triples, result)
    return triples.ntriples(), len(triples.lines)


class _Triples:
    """A stand-in for ``Graph.add`` that writes N-Triples lines as it goes, each line once.

    The lines are exactly what rdflib's "nt" serializer writes for the same triples (an IRI it
    could not serialize raises here too); equal lines are equal triples, so keeping each line
    once is the graph's own de-duplication, at the speed of str hashing.
    """

    __slots__ = ("lines",)

    def __init__(self):
        self.lines: dict[str, None] = {}

    def add(self, triple: tuple) -> None:
        self.lines[ntriples_line(triple)] = None

    def ntriples(self) -> str:
        return "".join(self.lines)


def ntriples_line(triple: tuple) -> str:
    """One rdflib triple as an N-Triples line (with its newline), as rdflib's "nt" serializer writes it."""
    s, p, o = triple
    obj = _nt_literal(o) if isinstance(o, Literal) else o.n3()
    return f"{s.n3()} {p.n3()} {obj} .\n"


def _nt_literal(literal: Literal) -> str:
    text = '"%s"' % literal.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"').replace("\r", "\\r")
    if literal.language:
        return f"{text}@{literal.language}"
    if literal.datatype:
        return f"{text}^^<{literal.datatype}>"
    return text


def _emit(g, result: ExtractionResult) -> None:
    """Add one article's triples to `g` (anything with rdflib's ``add((s, p, o))``)."""
    article = result.article
    doc = article_iri(article.doc_id)
    g.add((doc, RDF.type, SCHEMA.NewsArticle))
    g.add((doc, SCHEMA.identifier, Literal(article.doc_id)))
    g.add((doc, KG.contentHash, Literal(article.content_hash)))
    g.add((doc, KG.extractorVersion, Literal(extractor_version())))
    if article.path:
        g.add((doc, KG.sourceFile, Literal(source_file(article.path))))
    g.add((doc, SCHEMA.text, Literal(article.text)))
    if article.title:
        g.add((doc, SCHEMA.headline, Literal(article.title)))
    if article.url:
        g.add((doc, SCHEMA.url, URIRef(article.url)))
    if article.published and _DATE.match(article.published):
        g.add((doc, SCHEMA.datePublished, Literal(article.published, datatype=XSD.date)))
    names: dict[str, set[str]] = {}
    kinds: dict[str, AgentKind] = {}
    if article.publisher:
        kinds[canonical_name(article.publisher)] = AgentKind.PUBLISHER
    for known in result.agents.values():
        names.setdefault(canonical_name(known.name), set()).update(known.aliases)
        kinds.setdefault(canonical_name(known.name), known.kind)
    for attribution in result.attributions:
        kinds.setdefault(canonical_name(attribution.source), attribution.source_kind)
        if attribution.source_mention is not None:
            names.setdefault(canonical_name(attribution.source), set()).add(attribution.source_mention.text)
    for affiliation in result.affiliations:
        kinds.setdefault(canonical_name(affiliation.member), AgentKind.PERSON)
        if affiliation.organization:
            kinds.setdefault(canonical_name(affiliation.organization), affiliation.organization_kind)

    def agent(name: str) -> URIRef:
        # one kind per name and article, known before any IRI is made (the kind is part of the IRI)
        name = canonical_name(name)
        return agent_iri(name, kinds.get(name, AgentKind.OTHER), article.doc_id)

    if article.publisher:
        g.add((doc, SCHEMA.publisher, agent(article.publisher)))
    iris = [statement_iri(a) for a in result.attributions]
    for attribution, iri in zip(result.attributions, iris):
        _add_statement(g, attribution, iri, doc, [iris[t] for t in attribution.targets if t < len(iris)],
                       agent(attribution.source))
    for affiliation in result.affiliations:
        _add_affiliation(g, affiliation, doc, agent)
    for name, kind in kinds.items():
        _add_agent(g, agent(name), name, kind, names.get(name, set()))


def _add_agent(g, iri: URIRef, name: str, kind: AgentKind, aliases: set[str]) -> None:
    g.add((iri, RDF.type, PROV.Agent))
    g.add((iri, RDF.type, _CLASS_OF_KIND[kind]))
    g.add((iri, SCHEMA.name, Literal(name)))
    g.add((iri, KG.agentKind, Literal(kind.value)))
    for alias in aliases:
        alias = " ".join(alias.split())
        # a resolved pronoun ("He said") is a mention of the agent, not another name of it
        if alias and alias != name and len(alias) <= 200 and alias.lower() not in _PRONOUNS:
            g.add((iri, SCHEMA.alternateName, Literal(alias)))


def _add_span(g, doc_id: str, doc: URIRef, span: Span) -> URIRef:
    iri = span_iri(doc_id, span)
    base = f"{article_iri(doc_id)}/selector/{span.start}-{span.end}"
    position, quote_selector = URIRef(base + "/position"), URIRef(base + "/quote")
    g.add((iri, RDF.type, OA.SpecificResource))
    g.add((iri, OA.hasSource, doc))
    g.add((iri, OA.hasSelector, position))
    g.add((iri, OA.hasSelector, quote_selector))
    g.add((position, RDF.type, OA.TextPositionSelector))
    g.add((position, OA.start, Literal(span.start, datatype=XSD.integer)))
    g.add((position, OA.end, Literal(span.end, datatype=XSD.integer)))
    g.add((quote_selector, RDF.type, OA.TextQuoteSelector))
    g.add((quote_selector, OA.exact, Literal(span.text)))
    return iri


def _add_statement(g, attribution: Attribution, iri: URIRef, doc: URIRef, targets: list[URIRef],
                   agent: URIRef) -> None:
    doc_id = attribution.doc_id
    proposition = proposition_iri(attribution.claim_text, doc_id)
    g.add((proposition, RDF.type, KG.Proposition))
    g.add((proposition, SCHEMA.text, Literal(attribution.claim_text)))
    g.add((iri, RDF.type, KG.AttributedStatement))
    g.add((iri, KG.proposition, proposition))
    g.add((iri, KG.stance, STANCE_IRIS[attribution.stance.value]))
    g.add((iri, KG.certainty, CERTAINTY_IRIS[attribution.certainty.value]))
    g.add((iri, PROV.wasAttributedTo, agent))
    g.add((iri, PROV.wasDerivedFrom, doc))
    g.add((iri, KG.cue, Literal(attribution.cue)))
    g.add((iri, KG.quoted, Literal(attribution.quoted)))
    if attribution.channel:
        g.add((iri, KG.channel, Literal(attribution.channel)))
    if attribution.citing:
        g.add((iri, KG.citing, Literal(attribution.citing)))
    for target in targets:
        g.add((iri, KG.respondsTo, target))
    for evidence in attribution.evidence:
        g.add((iri, KG.evidence, _add_span(g, doc_id, doc, evidence.sentence)))
    # the first piece; the proposition's text holds every piece of a split quote, and the
    # evidence sentence covers them all
    g.add((iri, KG.contentSpan, _add_span(g, doc_id, doc, attribution.content)))
    if attribution.cue_span is not None:
        g.add((iri, KG.cueSpan, _add_span(g, doc_id, doc, attribution.cue_span)))
    if attribution.source_mention is not None:
        g.add((iri, KG.sourceMention, _add_span(g, doc_id, doc, attribution.source_mention)))
        g.add((iri, KG.sourceText, Literal(attribution.source_mention.text)))


def _add_affiliation(g, affiliation: Affiliation, doc: URIRef, agent) -> None:
    key = "\x00".join([affiliation.doc_id, affiliation.member, affiliation.role, affiliation.organization or ""])
    iri = ID[f"affiliation/{hashlib.sha256(key.encode()).hexdigest()[:20]}"]
    member = agent(affiliation.member)
    g.add((iri, RDF.type, KG.Affiliation))
    g.add((iri, KG.member, member))
    g.add((iri, KG.role, Literal(affiliation.role)))
    g.add((iri, PROV.wasDerivedFrom, doc))
    g.add((iri, KG.evidence, _add_span(g, affiliation.doc_id, doc, affiliation.evidence)))
    if affiliation.organization:
        organization = agent(affiliation.organization)
        g.add((iri, KG.organization, organization))
        g.add((member, KG.affiliatedWith, organization))


def to_ntriples(g: Graph) -> str:
    """N-Triples text of a graph (what the store's atomic replace takes)."""
    return g.serialize(format="nt")
