"""Affiliations from appositions and titles: 'Maria Lind, the region's governor',
'Lind's spokesman Paul Ek', 'Harbour Group director Ana Keller', 'Defence Minister Tomas Varga'.
"""
from __future__ import annotations

import bisect

from ..model import Affiliation, AgentKind, Span
from . import lexicon
from .docindex import doc_text, entities, memo
from .mentions import ENTITY_KINDS, clean_name, entity_of
from .speakers import AgentRegistry

_SKIP_IN_ROLE = {"det", "poss", "case", "punct", "cc", "prep", "pobj"}


def find_affiliations(doc, doc_id: str, registry: AgentRegistry) -> list[Affiliation]:
    """Every role a named person is given in the article, with the organisation when named."""
    found: dict[tuple, Affiliation] = {}
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        person = registry.canonical(clean_name(ent.text), AgentKind.PERSON)
        for role_head, org, evidence in _roles_of(ent, registry):
            role = _role_text(role_head, ent)
            if not role or not _is_role(role):
                continue
            key = (person, role.lower(), org[0] if org else None)
            if key in found:
                continue
            registry.add_role(person, role)
            found[key] = Affiliation(doc_id, person, role, org[0] if org else None,
                                     Span(evidence[0], evidence[1], doc_text(doc)[evidence[0]:evidence[1]]),
                                     org[1] if org else AgentKind.ORGANIZATION)
    return list(found.values())


def _is_role(role: str) -> bool:
    return any(w.lower().rstrip(",") in lexicon.ROLE_NOUNS for w in role.replace("-", " ").split())


def _roles_of(ent, registry):
    """(role head token, (organization, kind) or None, evidence span) for one PERSON entity."""
    root = ent.root
    results = []
    # "Lind, the region's governor" / "Keller, a former judge and fellow at the Harbour Institute"
    for appos in (c for c in root.children if c.dep_ == "appos"):
        if entity_of(appos) is None:
            for head in [appos] + [c for c in appos.children if c.dep_ == "conj"]:
                results.append((head, _organization(head, registry), _extent(root, appos)))
    # "the appointed head of the province, Tomas Varga"
    if root.dep_ == "appos" and entity_of(root.head) is None and root.head.pos_ == "NOUN":
        head = root.head
        results.append((head, _organization(head, registry), _extent(head, root)))
    # "Lind's spokesman Paul Ek", "Harbour Group director Ana Keller", "Calderran President Ivo Marek"
    left = [t for t in root.subtree if t.i < ent.start]
    if left:
        role_tokens = [t for t in left if t.pos_ in ("NOUN", "PROPN", "ADJ", "VERB") and entity_of(t) is None]
        if role_tokens:
            org = None
            for t in left:
                e = entity_of(t)
                if e is not None and e.label_ in ("ORG", "GPE", "NORP", "PERSON") and e is not ent:
                    org = _entity_org(e, registry)
                    break
            results.append((role_tokens[-1], org, (left[0].idx, ent.end_char)))
    return results


def _extent(a, b):
    tokens = list(a.subtree) + list(b.subtree)
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t.text) for t in tokens)
    return start, end


_TITLE_OBJECTS = {"State", "Defense", "Defence", "Staff", "Justice"}  # "Secretary of State"


def _role_text(head, ent) -> str:
    """The role words around a role noun: its adjectives and compounds (national adjectives kept,
    other names dropped), without the person; a title such as 'Secretary of State' keeps its of-phrase."""
    if ent.start <= head.i < ent.end:
        return ""
    tokens = {head}
    for child in head.lefts:
        if child.dep_ in ("amod", "compound", "nmod", "npadvmod"):
            tokens.update(t for t in child.subtree if entity_of(t) is None or entity_of(t).label_ == "NORP")
    title_of = []
    for prep in head.rights:
        objs = [o for o in prep.children if o.dep_ == "pobj"] if prep.dep_ == "prep" and prep.lower_ == "of" else []
        if objs and objs[0].text in _TITLE_OBJECTS:
            title_of = [prep, objs[0]]
    kept = sorted((t for t in tokens | set(title_of) if not ent.start <= t.i < ent.end), key=lambda t: t.i)
    words = [t.text for t in kept if t in title_of or t.dep_ not in _SKIP_IN_ROLE]
    return " ".join(words).replace(" - ", "-").strip()


def _organization(head, registry):
    """The organisation a role noun belongs to: its possessor, an of/at/for object, or a national adjective."""
    for child in head.children:
        if child.dep_ == "poss":
            return _phrase_org(child, registry)
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "at", "for", "in") and not (
                child.lower_ == "of" and any(o.text in ("State", "Defense", "Defence") for o in child.children)):
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return _phrase_org(obj, registry)
    for child in head.lefts:
        e = entity_of(child)
        if e is not None and e.label_ in ("NORP", "GPE", "ORG"):
            return _entity_org(e, registry)
    return None


def _phrase_org(token, registry):
    e = entity_of(token)
    if e is not None and e.root.i == token.i or e is not None and token.i < e.end:
        phrase = [t for t in token.subtree if t.dep_ not in ("case",) or t.i < e.end]
        start = min(t.idx for t in phrase)
        end = max(t.idx + len(t.text) for t in phrase if t.dep_ != "case")
        kind = ENTITY_KINDS.get(e.label_, AgentKind.ORGANIZATION)
        text = clean_name(doc_text(token.doc)[start:end])
        return registry.canonical(text, kind), kind
    if token.lower_ in ("region", "country", "city", "state", "province", "district", "nation") or token.lemma_ in (
            "region", "country", "city", "province", "district"):
        place = _nearest_place(token, registry)
        if place:
            return place, AgentKind.PLACE
        return None
    return None


def _nearest_place(token, registry):
    """'the region's governor': the closest earlier place whose name carries that word, else any place."""
    noun = token.lemma_.lower()
    starts, texts = memo(token.doc, "places", lambda: _places(token.doc))
    earlier = bisect.bisect_left(starts, token.idx)  # the places that start before the role word
    if earlier == 0:
        return None
    # the latest place named with the word, else the latest place
    best = next((texts[k] for k in range(earlier - 1, -1, -1) if noun in texts[k].lower()), texts[earlier - 1])
    best = clean_name(best)
    # a span of text such as "Kessel Point, Saltmere region" is named by its last part
    return best


def _places(doc):
    """Start offsets and texts of the article's GPE and LOC entities, in text order."""
    places = [e for e in entities(doc) if e.label_ in ("GPE", "LOC")]
    return [e.start_char for e in places], [e.text for e in places]


def _entity_org(e, registry):
    text = clean_name(e.text)
    if e.label_ == "NORP":
        return lexicon.DEMONYMS.get(text.lower(), text), AgentKind.PLACE
    kind = ENTITY_KINDS.get(e.label_, AgentKind.ORGANIZATION)
    return registry.canonical(text, kind), kind
