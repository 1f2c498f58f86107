"""Corroboration: a claim (a group of propositions that state the same thing, see
:mod:`kg.analysis.claims`) asserted or confirmed by several *independent* parties, that is parties
that are not the same agent under two names and are not linked by an affiliation path (an adviser
and his governor, a spokesman and her ministry count once).

Two statements back a claim independently only when they are distinct statements, from different
sentences, of different stories' sources: never an agent with itself, never the same name in two
articles (an *echo*: one source's claim repeated by several outlets), never one sentence read as
two statements ("A, B and C said S" split into pieces), and never articles of different stories
(see :mod:`kg.analysis.stories`).
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass

from ..vocab import ID
from .claims import DEFAULT_THRESHOLD, ClaimGroup, group_claims, same_claim_blockers
from .context import Prepared, prepare
from .independence import hearsay, role_holders, same_voice
from .rules import ASSERTING, judges, requests
from .statements import Statement
from .unionfind import DisjointSets


@dataclass
class Corroboration:
    """Statements of independent parties backing one claim."""

    label: str
    statements: list[Statement]
    sources: list[list[str]]
    score: float
    group: str | None = None

    @property
    def independent_sources(self) -> int:
        """How many independent parties back the claim."""
        return len(self.sources)

    @property
    def id(self) -> str:
        """A stable id from the member statements."""
        raw = "\x00".join(sorted(s.iri for s in self.statements))
        return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]

    @property
    def iri(self) -> str:
        """The corroboration's IRI (id/corroboration/{hash})."""
        return str(ID[f"corroboration/{self.id}"])

    def to_record(self) -> dict:
        """A JSON-ready dict: the claim, the independent sources and every member statement."""
        return {"id": self.id, "claim": self.label, "score": self.score,
                "independent_sources": self.independent_sources, "sources": self.sources,
                "group": self.group, "members": [s.side() for s in self.statements]}


# the lowest score a corroboration is reported with (cohesion 0.6 for two sources): on the VOA dev
# corpora the corroborations scored below it were two different claims sharing words ("a Texas
# woman is the second death" / "42 deaths in Mexico", 0.38; "he would seek a third term" / "a third
# term would be unconstitutional", 0.37)
MIN_SCORE = 0.4


def find_corroborations(store_or_statements, min_sources: int = 2, *, groups: list[ClaimGroup] | None = None,
                        threshold: float = DEFAULT_THRESHOLD, min_score: float | None = None,
                        contradictions=None) -> list[Corroboration]:
    """Claims asserted or confirmed by at least `min_sources` independent parties, strongest first,
    scored at least `min_score` (the group's cohesion times k/(k+1) for k parties; None: MIN_SCORE).

    `groups` are claim groups from :func:`group_claims` (computed with `threshold` when not given;
    one-wording claims count too). `contradictions` are those :func:`find_contradictions` found
    among the same statements at its default threshold, when the caller has them (found otherwise).
    """
    prepared = prepare(store_or_statements)
    min_score = MIN_SCORE if min_score is None else min_score
    conflicts = _Conflicts(prepared, contradictions)
    out = []
    for group, story in _asserting_stories(prepared, groups, threshold):
        # "X demanded that the forces stop the attacks" asks for what "Y said the forces attacked"
        # reports: a request backs only another request, a claim of fact only another claim
        for members in _by_mood(story):
            members = conflicts.without_conflicting(members)
            if len(members) < 2:
                continue
            sources = independent_parties(prepared, [i for i, _ in members])
            if len(sources) >= max(min_sources, 2):
                k = len(sources)
                score = round(group.cohesion * k / (k + 1), 3)
                if score < min_score:
                    continue
                out.append(Corroboration(group.label, [s for _, s in members], sources, score,
                                         group.iri if len(group.propositions) > 1 else None))
    out.sort(key=lambda c: (-c.independent_sources, -c.score, c.label))
    return out


class _Conflicts:
    """The pairs of statements the contradiction rules set against each other, found once, when
    a claim group first has two members to compare."""

    def __init__(self, prepared: Prepared, contradictions=None):
        self.prepared = prepared
        self.pairs: set[frozenset] | None = None if contradictions is None else _pairs(contradictions)

    def without_conflicting(self, members: list[tuple[int, Statement]]) -> list[tuple[int, Statement]]:
        """The members less those a contradiction sets against another member: "32 of the girls
        have escaped" and "all but eight of the girls are free" share their words, and conflict
        in their figures; two claims at odds back neither."""
        if len(members) < 2:
            return members
        if self.pairs is None:
            from .contradictions import find_contradictions

            self.pairs = _pairs(find_contradictions(self.prepared))
        kept = list(members)
        while True:
            # the member at odds with the most others goes first ("all but six are free" against
            # two "30 escaped"), until no two left conflict
            against = {s.iri: sum(frozenset((s.iri, t.iri)) in self.pairs for _, t in kept) for _, s in kept}
            worst = max(kept, key=lambda m: (against[m[1].iri], m[1].iri))
            if not against[worst[1].iri]:
                return kept
            kept.remove(worst)


def _pairs(contradictions) -> set[frozenset]:
    return {frozenset((c.a.iri, c.b.iri)) for c in contradictions}


def _by_mood(members: list[tuple[int, Statement]]) -> list[list[tuple[int, Statement]]]:
    """The members split into requests ("urged", "demanded", "called for": what someone wants
    done, :func:`kg.analysis.rules.requests`) and the rest (claims of what is so); verdicts
    ("condemned the attack", "defended the arrest", :func:`kg.analysis.rules.judges`) are left
    out: they name what they judge, they claim nothing about it."""
    moods: dict[bool, list] = {}
    for i, s in members:
        if not judges(s.cue or ""):
            moods.setdefault(requests(s.cue or ""), []).append((i, s))
    return list(moods.values())


def _by_story(prepared: Prepared, members: list[tuple[int, Statement]]) -> list[list[tuple[int, Statement]]]:
    """The members split by the story their article belongs to."""
    out: dict[str, list] = {}
    stories = prepared.story_groups()
    for i, s in members:
        out.setdefault(stories.story(s.doc), []).append((i, s))
    return list(out.values())


def _folded(name: str) -> str:
    return " ".join("".join(c if c.isalnum() else " " for c in name.casefold()).split())


def independent_parties(prepared: Prepared, indices: list[int]) -> list[list[str]]:
    """The agents of the given statements, clustered so that dependent agents share a cluster:
    the same party, linked by affiliations, the same name (an echo across articles), one voice
    (one government, a lede's description and the person it describes, see
    :mod:`kg.analysis.independence`), one citing the other, or two statements read out of one
    sentence. Hearsay with no author ("reports say") is no party and is left out."""
    names = {prepared.key(i): prepared.statements[i].source for i in indices}
    keys = sorted(names)
    sets = DisjointSets(keys)
    kinds = {prepared.key(i): prepared.statements[i].agent_kind for i in indices}
    docs: dict[str, set[str]] = {}
    for i in indices:
        docs.setdefault(prepared.key(i), set()).add(prepared.statements[i].doc)

    holders = story_roles(prepared, prepared.statements[indices[0]].doc) if indices else {}
    for x, a in enumerate(keys):
        for b in keys[x + 1:]:
            if dependent_agents(prepared, a, b, names, kinds, bool(docs[a] & docs[b])) \
                    or holders.get(names[a]) == names[b] or holders.get(names[b]) == names[a]:
                sets.union(a, b)
    sentences: dict[tuple, str] = {}
    for i in indices:
        statement = prepared.statements[i]
        where = (statement.doc, statement.sentence_start if statement.sentence_start is not None
                 else statement.sentence or statement.iri)
        if where in sentences:
            sets.union(prepared.key(i), sentences[where])
        else:
            sentences[where] = prepared.key(i)
        if statement.citing:
            # "X said, citing Y, that S": X passes on Y's claim
            for other in keys:
                if other != prepared.key(i) and _folded(names[other]) in _folded(statement.citing):
                    sets.union(prepared.key(i), other)
    clusters: dict[str, list[str]] = {}
    for k in keys:
        if not hearsay(names[k]):
            clusters.setdefault(sets.find(k), []).append(names[k])
    return sorted((sorted(set(v)) for v in clusters.values()), key=lambda c: c[0])


def story_roles(prepared: Prepared, doc: str) -> dict[str, str]:
    """:func:`kg.analysis.independence.role_holders` over the story of article `doc` (every story's
    computed once, in one pass)."""
    stories = prepared.story_groups()
    if "story-roles" not in prepared.memo:
        by_story: dict[str, list[Statement]] = {}
        for statement in prepared.statements:
            by_story.setdefault(stories.story(statement.doc), []).append(statement)
        prepared.memo["story-roles"] = {story: role_holders(members) for story, members in by_story.items()}
    return prepared.memo["story-roles"].get(stories.story(doc), {})


def dependent_agents(prepared: Prepared, a: str, b: str, names: dict[str, str], kinds: dict[str, str],
                     same_doc: bool) -> bool:
    """True when agent keys `a` and `b` cannot back a claim independently: one party, linked by
    affiliations, one name, or one voice (:func:`kg.analysis.independence.same_voice`)."""
    if not prepared.relations.independent(a, b) or _folded(names[a]) == _folded(names[b]):
        return True
    return same_voice(names[a], kinds.get(a, "other"), names[b], kinds.get(b, "other"), same_doc=same_doc)


@dataclass
class Echo:
    """One source's claim reported again by other articles: repetition, not corroboration."""

    label: str
    source: str
    statements: list[Statement]

    @property
    def stance(self) -> str:
        """"denies" for a denial retold, else "asserts"."""
        return "denies" if all(s.stance == "denies" for s in self.statements) else "asserts"

    def to_record(self) -> dict:
        """A JSON-ready dict: the claim, its one source, whether it is asserted or denied, and
        every article's statement of it."""
        return {"claim": self.label, "source": self.source, "stance": self.stance,
                "docs": sorted({s.doc for s in self.statements}), "members": [s.side() for s in self.statements]}


# the TF-IDF cosine at which two statements of one voice in two articles of a story are one claim
# told twice: the same source retold by two outlets shares fewer words than two sources of one claim
# must (the claim groups' 0.5), and on the dev stories pairs of one voice from 0.3 up were nearly all
# one claim retold (below 0.3, mostly two claims of a talkative source)
ECHO_THRESHOLD = 0.35


def find_echoes(store_or_statements, *, groups: list[ClaimGroup] | None = None,
                threshold: float = DEFAULT_THRESHOLD) -> list[Echo]:
    """Claims that one party (the same agent, the same name, or one government under two names:
    "the United States" in one article, "the Pentagon" in another) states in several articles of
    one story: each is an echo, listed so that it is not mistaken for a corroboration. Its
    denials repeated across articles are echoes too (of the denial: a denial joins denials only).

    Statements of one voice join when they hold one claim group, or when they stand in two articles
    of one story and their wordings reach :data:`ECHO_THRESHOLD` with nothing setting them apart."""
    prepared = prepare(store_or_statements)
    if groups is None:
        groups = group_claims(prepared, threshold=threshold, include_singletons=True)
    statements = prepared.statements
    # a denial retold by a second outlet is an echo of the denial: denials join denials only
    mood = {i: s.stance in ASSERTING for i, s in enumerate(statements) if s.stance in ASSERTING or s.stance == "denies"}
    asserting = set(mood)
    party = {i: _folded(prepared.relations.names.get(prepared.relations.party_id(prepared.key(i)), statements[i].source))
             for i in asserting}

    def one_voice(i: int, j: int) -> bool:
        a, b = statements[i], statements[j]
        if mood[i] != mood[j]:
            return False
        if party[i] == party[j] or same_voice(a.source, a.agent_kind, b.source, b.agent_kind, same_doc=False):
            return True
        holders = story_roles(prepared, a.doc)
        return holders.get(a.source) == b.source or holders.get(b.source) == a.source

    sets = DisjointSets(sorted(asserting))
    label: dict[int, str] = {}
    by_iri = {s.iri: i for i, s in enumerate(statements)}
    for group in groups:
        held = [(by_iri[iri], statements[by_iri[iri]]) for iri in group.statements if by_iri.get(iri) in asserting]
        for story in _by_story(prepared, held):
            for x, (i, _) in enumerate(story):
                label.setdefault(i, group.label)
                for j, _ in story[x + 1:]:
                    if one_voice(i, j):
                        sets.union(i, j)
    stories = prepared.story_groups()
    for i, j in prepared.candidates():
        if i in asserting and j in asserting and statements[i].doc != statements[j].doc \
                and stories.same_story(statements[i].doc, statements[j].doc) \
                and prepared.index.cosine(i, j) >= ECHO_THRESHOLD and one_voice(i, j) \
                and same_claim_blockers(prepared.feats[i], prepared.feats[j]) is None:
            sets.union(i, j)
    members: dict[int, list[int]] = {}
    for i in sorted(asserting):
        members.setdefault(sets.find(i), []).append(i)
    out = []
    for indices in members.values():
        found = [statements[i] for i in indices]
        if len({s.doc for s in found}) >= 2:
            out.append(Echo(label.get(indices[0], found[0].content), found[0].source, found))
    out.sort(key=lambda e: (-len(e.statements), e.label))
    return out


def _asserting_stories(prepared, groups, threshold):
    """(group, story members) for each claim group: its asserting statements, split by story."""
    if groups is None:
        groups = group_claims(prepared, threshold=threshold, include_singletons=True)
    by_iri = {s.iri: (i, s) for i, s in enumerate(prepared.statements)}
    for group in groups:
        members = [by_iri[iri] for iri in group.statements if iri in by_iri]
        for story in _by_story(prepared, [(i, s) for i, s in members if s.stance in ASSERTING]):
            yield group, story
