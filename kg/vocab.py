"""The RDF namespaces kg writes and queries, bound in one place.

`KG` lists every term of ``ontology/kg.ttl``; tests/test_vocab.py checks the two agree, and
``_fail = True`` makes a misspelt term an AttributeError instead of a silent new IRI.
The namespace IRIs themselves live in :mod:`kg.namespaces` (schema.org as ``http://schema.org/``,
not rdflib's ``https`` SDO, so the data joins with ClaimsKG); the stance and certainty concepts
are derived from :class:`kg.model.Stance` and :class:`kg.model.Certainty`.
"""
from __future__ import annotations

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import DefinedNamespace

from .model import Certainty, Stance
from .namespaces import GRAPH_NS, NAMESPACES, concept_name
from .paths import ONTOLOGY_DIR  # noqa: F401 - re-exported: one home, kg/paths.py

SCHEMA = Namespace(NAMESPACES["schema"])
OA = Namespace(NAMESPACES["oa"])
ID = Namespace(NAMESPACES["id"])
ANALYSIS_GRAPH = URIRef(GRAPH_NS + "analysis")


class KG(DefinedNamespace):
    """The kg claim-attribution vocabulary (ontology/kg.ttl)."""

    _NS = Namespace(NAMESPACES["kg"])
    _fail = True

    # classes
    Proposition: URIRef
    AttributedStatement: URIRef
    Affiliation: URIRef
    Contradiction: URIRef
    Corroboration: URIRef
    ClaimGroup: URIRef
    Stance: URIRef
    Certainty: URIRef
    ContradictionKind: URIRef
    # object properties
    proposition: URIRef
    stance: URIRef
    certainty: URIRef
    respondsTo: URIRef
    evidence: URIRef
    contentSpan: URIRef
    cueSpan: URIRef
    sourceMention: URIRef
    member: URIRef
    organization: URIRef
    affiliatedWith: URIRef
    side: URIRef
    contradictionKind: URIRef
    contradicts: URIRef
    sameClaimAs: URIRef
    # datatype properties
    contentHash: URIRef
    extractorVersion: URIRef
    sourceFile: URIRef
    agentKind: URIRef
    cue: URIRef
    channel: URIRef
    quoted: URIRef
    citing: URIRef
    sourceText: URIRef
    role: URIRef
    score: URIRef
    explanation: URIRef
    independentSources: URIRef
    label: URIRef
    code: URIRef
    # concept schemes and concepts
    StanceScheme: URIRef
    Asserts: URIRef
    Denies: URIRef
    Confirms: URIRef
    DoesNotConfirm: URIRef
    CannotVerify: URIRef
    CertaintyScheme: URIRef
    Certain: URIRef
    Probable: URIRef
    Possible: URIRef
    ContradictionKindScheme: URIRef
    OppositeStances: URIRef
    Disputed: URIRef
    PolarityConflict: URIRef
    OutcomeConflict: URIRef
    NumberConflict: URIRef


# one concept per member of the enum, named after its code (tests/test_vocab.py checks kg.ttl agrees)
STANCE_IRIS: dict[str, URIRef] = {stance.value: getattr(KG, concept_name(stance.value)) for stance in Stance}
STANCE_CODES: dict[URIRef, str] = {iri: code for code, iri in STANCE_IRIS.items()}

CERTAINTY_IRIS: dict[str, URIRef] = {level.value: getattr(KG, concept_name(level.value)) for level in Certainty}
CERTAINTY_CODES: dict[URIRef, str] = {iri: code for code, iri in CERTAINTY_IRIS.items()}

CONTRADICTION_KIND_IRIS: dict[str, URIRef] = {
    "opposite_stances": KG.OppositeStances,
    "disputed": KG.Disputed,
    "polarity_conflict": KG.PolarityConflict,
    "outcome_conflict": KG.OutcomeConflict,
    "number_conflict": KG.NumberConflict,
}
CONTRADICTION_KIND_CODES: dict[URIRef, str] = {iri: code for code, iri in CONTRADICTION_KIND_IRIS.items()}

PREFIXES: dict[str, Namespace] = {prefix: Namespace(iri) for prefix, iri in NAMESPACES.items()}


def bind_prefixes(graph: Graph) -> Graph:
    """Bind kg's prefixes on `graph` (replacing rdflib's https `schema:`) and return it."""
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)
    return graph
