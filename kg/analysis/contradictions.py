"""Contradictions between attributed statements, within and across articles.

Kinds: ``opposite_stances`` (asserts or confirms vs denies), ``disputed`` (asserted by one party,
not confirmed or denied by another that responds to it, through kg:respondsTo or by wording; "could
not verify" is a response, not a contradiction), ``polarity_conflict``, ``outcome_conflict`` and ``number_conflict`` (see
:mod:`kg.analysis.rules`). Only statements of different parties are compared (a figure changed by
the same source is an update, not a contradiction), and only inside candidate blocks: a shared rare
term or the same article (:mod:`kg.analysis.index`), so the cost grows near-linearly; figures of the
same count in two articles of one story are compared too, by the event they tell of
(:mod:`kg.analysis.events`).

A denial or a refusal answers what another party says as a whole, and an outcome or a toll is one
fact of the event: each pair of parties gets one contradiction of those kinds per pair of articles,
the strongest (of equals, the one stated first). A denial or dismissal of "the allegations" naming
no author answers every allegation against the denier in its story; a negated claim holding "such
<noun>" answers the nearest earlier claims telling of that noun. A vote or a trial called fair by one party and
rigged or a sham by another, in one story, is a polarity conflict too (:mod:`kg.analysis.verdicts`). A negated fact against a stated one (polarity) is
a contradiction of its own: it is kept unless a stronger polarity conflict between the same parties
pairs the same claims or rewordings of them.
"""
from __future__ import annotations

import hashlib
import unicodedata
from collections import defaultdict
from dataclasses import dataclass

import networkx as nx

from ..errors import Errors, NotFound
from ..vocab import ID
from . import lexicon as lx
from .context import Prepared, prepare
from .events import figure_candidates
from .passive_denials import passive_denial_conflict
from .responses import responses
from .responsibility import blame_conflict, responsibility_conflict
from .reversals import report_denials, reversal_findings
from .rules import (
    ASSERTING,
    NOT_CONFIRMING,
    Finding,
    accusation,
    accused,
    accuses_another,
    carriers,
    co_deniers,
    disbelieved,
    firm,
    generic_content,
    involvement_conflict,
    names_accusation,
    opposite_stances,
    polarity_conflict,
    said_about,
)
from .rules_events import number_conflict, outcome_conflict, victims_conflict
from .shown import shown_conflict
from .statements import Statement
from .text import CONCEPT_OF, dismisses_claim, dismisses_figure, stem
from .verdicts import verdict_findings

DEFAULT_THRESHOLD = 0.5
KINDS = ("opposite_stances", "disputed", "polarity_conflict", "outcome_conflict", "number_conflict")
PAIR_RULES = (polarity_conflict, outcome_conflict, victims_conflict, number_conflict, involvement_conflict,
              responsibility_conflict, blame_conflict, shown_conflict, passive_denial_conflict)
RESPONDING = NOT_CONFIRMING | {"denies"}
NEAREST_UNNAMED = 2
ACCUSATION_FIRST = 0.02  # an accusation of the named author outranks its other claims
SEVERAL_PER_PAIR = frozenset({"polarity_conflict"})  # each negated fact is a contradiction of its own
REWORDED = 0.5  # cosine above which two claims of one party are taken as one claim reworded  # an unnamed "denied this" answers one of the two claims just before it


@dataclass
class Contradiction:
    """Two statements that cannot both hold: the kind, a score in [0, 1], why, and both sides."""

    kind: str
    score: float
    explanation: str
    a: Statement
    b: Statement
    answers: str | None = None

    @property
    def id(self) -> str:
        """A stable id from the kind and the two statements."""
        raw = "\x00".join([self.kind, *sorted([self.a.iri, self.b.iri])])
        return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]

    @property
    def iri(self) -> str:
        """The contradiction's IRI (id/contradiction/{hash})."""
        return str(ID[f"contradiction/{self.id}"])

    def to_record(self) -> dict:
        """The JSON record the scorer reads: sides a and b, kind, score, explanation."""
        b = self.b.side()
        if self.answers is not None and self.b.stance == "denies" and _points_back(self.b.content):
            # "X denied this": what X denies is the claim it answers; the words as written are kept.
            # A noun phrase ("denied the accusations from the ministry") names what it answers
            # and stays the content, with the claim it answers beside it (below)
            b["content_as_written"], b["content"] = b["content"], self.answers
        elif self.answers is not None:
            # "X said the allegations are not true": the words say it themselves; what they answer beside
            b["answers"] = self.answers
        return {"a": self.a.side(), "b": b, "kind": self.kind, "score": self.score,
                "explanation": self.explanation, "id": self.id}


def _points_back(content: str) -> bool:
    """True for a denial's content that only points back at a claim ("this", "all of that")."""
    words = [w.strip(".,;:!?\"'\u201c\u201d\u2019").lower() for w in content.split()]
    return bool(words) and all(w in lx.POINTING_BACK for w in words if w)


def find_contradictions(store_or_statements, *, threshold: float = DEFAULT_THRESHOLD,
                        between: tuple[str, str] | None = None, kinds=None,
                        semantic: bool = False) -> list[Contradiction]:
    """Contradictions among the statements of a store (or a list of statements), strongest first.

    `threshold` is the lowest score reported (default 0.5); `between` keeps only contradictions
    with one side's source (or its organisation) matching each of two names; `kinds` limits the
    kinds looked for; `semantic` adds sentence-embedding similarity (optional extra, see
    :mod:`kg.analysis.semantic`) to how a denial finds the claim it answers.
    """
    prepared = prepare(store_or_statements, semantic=semantic)
    wanted = set(kinds or KINDS)
    findings = _findings(prepared)
    findings = [f for f in findings if f.kind in wanted and f.score >= threshold]
    findings = _strongest(prepared, findings)
    if between:
        findings = _between(prepared, findings, between)
    statements = prepared.statements
    out = [Contradiction(f.kind, f.score, f.explanation, statements[f.a], statements[f.b],
                         statements[f.a].content if f.answers else None) for f in findings]
    out.sort(key=lambda c: (-c.score, c.kind, c.a.doc, c.a.position, c.b.doc, c.b.position))
    return out


def _findings(prepared: Prepared) -> list[Finding]:
    denials = co_deniers(prepared)
    neighbours: dict[int, list[int]] = defaultdict(list)
    findings: list[Finding] = []
    for i, j in prepared.candidates():
        if prepared.relations.same_party(prepared.key(i), prepared.key(j)):
            continue
        for x, y in ((i, j), (j, i)):
            if prepared.statements[x].stance in RESPONDING:
                neighbours[x].append(y)
        found = opposite_stances(prepared, i, j, denials)
        if found:
            findings.append(found)
        for rule in PAIR_RULES:
            found = rule(prepared, i, j)
            if found:
                findings.append(found)
    # figures of the same count in two articles of one story: compared whatever words they share
    compared = set(prepared.candidates())
    for i, j in figure_candidates(prepared):
        if (i, j) not in compared and not prepared.relations.same_party(prepared.key(i), prepared.key(j)):
            found = number_conflict(prepared, i, j)
            if found:
                findings.append(found)
    findings += _disputes(prepared, neighbours)
    findings += _generic_denials(prepared)
    findings += _dismissed_figures(prepared)
    findings += _such_answers(prepared)
    findings += reversal_findings(prepared)
    findings += verdict_findings(prepared)
    carrying = carriers(prepared)
    kept = [f for f in findings if f.a not in carrying and f.b not in carrying]
    # "X denied reports that S" answers the story's reporters too; a reporter's claim may carry
    # another's ("the Gazette reported that investigators suspect S"): both are answered
    return kept + report_denials(prepared) + disbelieved(prepared)


def _dismissal(prepared: Prepared, i: int) -> bool:
    """'the death toll was exaggerated' (see :func:`kg.analysis.text.dismisses_figure`)."""
    return dismisses_figure(prepared.feats[i])


def _dismissed_figures(prepared: Prepared) -> list[Finding]:
    """A claim dismissing a figure as wrong answers the figures of other parties in the same story
    (for a toll, the death counts): "the toll was exaggerated" against "the strike killed 150"."""
    dismissals = [i for i, s in enumerate(prepared.statements) if s.stance in ASSERTING and _dismissal(prepared, i)]
    out = []
    for i in dismissals:
        words = {t.lower for t in prepared.feats[i].tokens}
        keys = {"@death"} if "toll" in words or "casualties" in words else None
        # "exaggerated", "inflated", "overstated": too high, so it answers the highest figure of an article
        too_high = bool(words & lx.TOO_HIGH_WORDS)
        highest: dict[str, float] = {}
        for j, other in enumerate(prepared.statements):
            for c in prepared.feats[j].counts:
                if keys is None or c.key in keys:
                    highest[other.doc] = max(highest.get(other.doc, 0.0), c.low)
        for j, other in enumerate(prepared.statements):
            counts = [c for c in prepared.feats[j].counts if not c.some]  # "civilians died" gives no figure
            if j == i or other.stance not in ASSERTING or not counts or not firm(prepared, j):
                continue
            if keys is not None and not any(c.key in keys for c in counts):
                continue
            if too_high and not any(c.low >= highest.get(other.doc, 0.0) for c in counts
                                    if keys is None or c.key in keys):
                continue
            if prepared.relations.same_party(prepared.key(i), prepared.key(j)) or not prepared.same_story(i, j):
                continue
            me = prepared.statements[i]
            why = (f"{me.source} dismisses the figure (\u201c{_cut(me.content)}\u201d); {other.source} gave it "
                   f"(\u201c{_cut(other.content)}\u201d)")
            # each figure of a party is a claim of its own the dismissal answers (nine on Thursday,
            # one on Wednesday); rewordings of one figure stay one
            out.append(Finding("opposite_stances", j, i, 0.6, why, several=True))
    return out


NEAREST_SUCH = 2  # "such attacks" points back at the last claims that told of an attack


def _such_answers(prepared: Prepared) -> list[Finding]:
    """'The ministry does not believe the rebels could stage such attacks', 'no such talks took
    place': "such <noun>" points back at what the article told just before, so a negated claim
    holding it answers the nearest earlier claims of other parties in its article that tell of that
    noun (its stem or its concept: "such attacks" ~ "the fighters attacked a convoy"; "such harm" ~
    "the raid killed nine")."""
    by_doc: dict[str, list[int]] = defaultdict(list)
    for i, statement in enumerate(prepared.statements):
        by_doc[statement.doc].append(i)
    out = []
    for i, statement in enumerate(prepared.statements):
        feats = prepared.feats[i]
        if not feats.negated or not firm(prepared, i):
            continue
        nouns = _such_nouns(feats)
        if not nouns:
            continue
        earlier = sorted((j for j in by_doc[statement.doc]
                          if prepared.statements[j].position < statement.position and firm(prepared, j)
                          and not prepared.feats[j].negated and set(prepared.feats[j].terms) & nouns
                          and not prepared.relations.same_party(prepared.key(i), prepared.key(j))),
                         key=lambda k: prepared.statements[k].position)
        for j in earlier[-NEAREST_SUCH:]:
            other = prepared.statements[j]
            why = (f"{statement.source} says \u201c{_cut(statement.content)}\u201d, of what "
                   f"{other.source} told just before: \u201c{_cut(other.content)}\u201d")
            out.append(Finding("polarity_conflict", j, i, 0.6, why))
    return out


def _such_nouns(feats) -> set[str]:
    """The terms (stem and concepts) of each noun after "such" in a claim that negates something."""
    tokens = [t for t in feats.tokens if not t.punct]
    out: set[str] = set()
    for k, token in enumerate(tokens[:-1]):
        if token.lower != "such":
            continue
        following = next((t for t in tokens[k + 1:k + 3] if t.content and t.lower not in lx.WEAK_WORDS), None)
        if following is not None and not following.entity:
            out |= {following.stem} | CONCEPT_OF.get(following.stem, set())
    return out


def _disputes(prepared: Prepared, neighbours: dict[int, list[int]]) -> list[Finding]:
    out = []
    found = responses(prepared, RESPONDING, neighbours)
    for response in found:
        responder, target = prepared.statements[response.source], prepared.statements[response.target]
        if target.stance not in ASSERTING or responder.stance == "cannot_verify":
            # (issue 11: a denial or a refusal to confirm disputes what it answers; "could not verify"
            # answers it without saying it is false: a response for the chains, no contradiction)
            continue
        if response.how != "link" and responder.stance == "denies" and _denies_own_act(prepared, response.source) \
                and not _names_actor(prepared, response.source, response.target):
            continue  # "Russia denied targeting civilians" answers a claim that Russia did it
        base = {"denies": 0.9, "does_not_confirm": 0.8, "cannot_verify": 0.7}[responder.stance]
        score = base if response.how == "link" else base * (0.6 + 0.4 * response.similarity)
        how = "responds to it" if response.how == "link" else f"refers back to it (overlap {response.similarity:.2f})"
        why = (f"{target.source} {target.stance} \u201c{_cut(target.content)}\u201d; {responder.source} "
               f"{responder.stance.replace('_', ' ')} \u201c{_cut(responder.content)}\u201d, which {how}")
        out.append(Finding("disputed", response.target, response.source, round(score, 3), why))
    return out


def _denies_own_act(prepared: Prepared, i: int) -> bool:
    """A denial whose content is a bare gerund ("denied targeting civilians", "denies being
    involved"): the denier is the one said to have done it."""
    words = [t for t in prepared.feats[i].tokens if not t.punct]
    return bool(words) and words[0].lower.endswith("ing") and len(words[0].lower) > 5 \
        and not words[0].entity


def _names_actor(prepared: Prepared, denial: int, claim: int) -> bool:
    """True when a claim names the denier: who a gerund denial says did not do it."""
    return bool(prepared.relations.roots(prepared.key(denial)) & prepared.feats[claim].entities)


def _cut(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "\u2026"


def _generic_denials(prepared: Prepared) -> list[Finding]:
    """'X denied the allegations' / 'X denied this' / 'X said the claims were baseless': the claim of
    another party it answers, in the same article: the nearest earlier claim naming X, else
    (nothing names X) the nearest of the claims just before it ("Military sources said S. The
    commander denies this."). Naming the claim's author, it answers that author (:func:`_authored`)."""
    by_doc: dict[str, list[int]] = defaultdict(list)
    for i, statement in enumerate(prepared.statements):
        by_doc[statement.doc].append(i)
    # "X said the allegations were baseless" / "that is not true": a dismissal denies what it points to
    dismissals = {i for i, s in enumerate(prepared.statements)
                  if s.stance in ASSERTING and not s.targets and dismisses_claim(prepared.feats[i])}
    answering = [i for i, s in enumerate(prepared.statements) if i in dismissals or
                 (s.stance == "denies" and not s.targets and generic_content(prepared, i, names=True))]
    # (story, proper-name root of a source) -> its claims: a denial looks only inside its story
    by_author: dict[tuple[str, str], list[int]] = defaultdict(list)
    stories = prepared.story_groups() if answering else None
    for j, statement in enumerate(prepared.statements if answering else ()):
        if statement.stance in ASSERTING and j not in dismissals:
            for root in prepared.relations.roots(prepared.key(j)):
                by_author[(stories.story(statement.doc), "=" + root)].append(j)
    out = []
    by_story: dict[str, list[int]] | None = None
    for i in answering:
        statement = prepared.statements[i]
        roots = prepared.relations.roots(prepared.key(i))
        authored = _authored(prepared, i, roots, by_author)
        # a denial naming an author who says nothing in the story ("denied the accusations from
        # President Lind's government") answers, like an unnamed one, a claim of its own article
        answers_locally = i in dismissals or generic_content(prepared, i, names=True)
        # "Ostra accuses Delmar of S ... Delmar denied the accusations from Lind's government":
        # when none of the named author's claims charges the denier, the accusations it denies
        # are the ones its own article told, made in another name (the country for its leader)
        named_only = bool(authored) and answers_locally and names_accusation(prepared, i) and not any(
            roots & (prepared.feats[f.a].entities | accused(prepared, f.a)) for f in authored)
        if (authored and not named_only) or not answers_locally:
            out.extend(authored)
            continue
        out.extend(authored)
        before = sorted((j for j in by_doc[statement.doc] if prepared.statements[j].position < statement.position),
                        key=lambda k: prepared.statements[k].position)
        earlier = [j for j in before if prepared.statements[j].stance in ASSERTING and j not in dismissals
                   and not prepared.relations.same_party(prepared.key(i), prepared.key(j))
                   and not accuses_another(prepared, j, roots)]
        if names_accusation(prepared, i):
            # "rejected the allegations" answers an accusation ("accused Delmar of S", "is accused
            # of S"), not the nearest claim that happens to name the denier
            earlier = [j for j in earlier if accusation(prepared, j)] or earlier
        # a claim names the denier in its content, or as whom it accuses ("Ostra accused Delmar of S")
        named = [j for j in earlier if roots & (prepared.feats[j].entities | accused(prepared, j))]
        if named:
            j, score, how = named[-1], 0.6, "named it in"
        elif named_only:
            continue
        elif earlier and earlier[-1] in before[-NEAREST_UNNAMED:]:
            j, score, how = earlier[-1], 0.55, "said just before"
        elif not before and _headline(statement):
            # "Minister Rejects Casualty Report": a headline tells in short what its article tells
            # first; it answers the first claim of another party that the article goes on to tell
            j = _lede_claim(prepared, i, by_doc[statement.doc], dismissals)
            if j is None:
                continue
            score, how = 0.55, "told in the article"
        else:
            continue
        why = (f"{statement.source} denies \u201c{_cut(statement.content)}\u201d, after "
               f"{prepared.statements[j].source} {how} \u201c{_cut(prepared.statements[j].content)}\u201d")
        out.append(Finding("opposite_stances", j, i, score, why, answers=True))
        if names_accusation(prepared, i) and roots:
            if by_story is None:
                by_story = defaultdict(list)
                for k, other in enumerate(prepared.statements):
                    by_story[stories.story(other.doc)].append(k)
            out.extend(_accusers(prepared, i, roots, j, dismissals, by_story[stories.story(statement.doc)]))
    return out


def _accusers(prepared: Prepared, i: int, roots: set[str], answered: int, dismissals: set[int],
              members: list[int]) -> list[Finding]:
    """"We do not think these allegations are true", "X rejected the accusations": the allegations
    are every claim against X, not only the one just before. A denial or dismissal naming no
    author answers the claims of the other parties of its story that name X or accuse X and charge
    it with something (an accusation, an act of violence, a part in one), before or after it, in its article and in the others (one per party and pair of articles is kept)."""
    me = prepared.statements[i]
    out = []
    for j in members:  # the statements of its story
        other = prepared.statements[j]
        if j in (i, answered) or j in dismissals or other.stance not in ASSERTING or not firm(prepared, j):
            continue
        if prepared.relations.same_party(prepared.key(i), prepared.key(j)):
            continue
        # it accuses X ("accused Delmar of S"), or names X and charges someone with an act: a claim
        # naming X without that ("X is concerned", "the clerk had ties to X") charges X with nothing
        charged = bool(roots & accused(prepared, j)) or (
            bool(roots & prepared.feats[j].entities) and bool(set(prepared.feats[j].terms) & lx.ALLEGED_ACT_CONCEPTS))
        if not charged or accuses_another(prepared, j, roots):
            continue
        same_doc = other.doc == me.doc
        why = (f"{me.source} denies \u201c{_cut(me.content)}\u201d, the allegations against it; "
               f"{other.source} makes one: \u201c{_cut(other.content)}\u201d")
        # each allegation is a claim of its own that the dismissal answers: "U.S. planes bombed
        # our base" and "the airstrikes killed our men" are two, rewordings of one are one
        out.append(Finding("opposite_stances", j, i, 0.55 if same_doc else 0.5, why, answers=True, several=True))
    return out


def _headline(statement: Statement) -> bool:
    """True for a statement read out of its article's headline."""
    return bool(statement.doc_title) and statement.sentence_start == 0 \
        and " ".join((statement.sentence or "").split()) == " ".join(statement.doc_title.split())


def _lede_claim(prepared: Prepared, i: int, members: list[int], dismissals: set[int]) -> int | None:
    """The first asserted claim after a headline's denial, by another party, that shares what the
    denial names a claim by ("Casualty Report": a count of the dead or hurt), if it names anything."""
    # the concepts of its words, read as words even where a headline capitalises them
    topic = {c for t in prepared.feats[i].tokens for c in CONCEPT_OF.get(stem(t.lower), ())}
    after = sorted((j for j in members if prepared.statements[j].position > prepared.statements[i].position
                    and prepared.statements[j].stance in ASSERTING and j not in dismissals
                    and not prepared.relations.same_party(prepared.key(i), prepared.key(j))),
                   key=lambda k: prepared.statements[k].position)
    for j in after[:NEAREST_UNNAMED]:
        if topic & set(prepared.feats[j].terms):
            return j
    return None


def _authored(prepared: Prepared, i: int, roots: set[str], by_author: dict[tuple[str, str], list[int]]) -> list[Finding]:
    """'Rwanda rejected the U.N. report', 'denied the Gazette's claims': a denial naming the author
    of what it answers answers that author's claims, in its own article and in the other articles
    of its story (one per article is kept, see :func:`_strongest`)."""
    # (a name the said thing is about - "the allegation over Delmar's arrest" - is no author)
    named = {e for e in prepared.feats[i].terms if e.startswith("=")} - {"=" + r for r in roots} \
        - said_about(prepared.feats[i])
    me = prepared.statements[i]
    story = prepared.story_groups().story(me.doc)
    out = []
    for j in sorted({j for e in named for j in by_author.get((story, e), ())}):
        other = prepared.statements[j]
        if j == i or accuses_another(prepared, j, roots):
            continue  # "Lind accused him of spying" is not what Delmar denies
        if prepared.relations.same_party(prepared.key(i), prepared.key(j)):
            continue
        same_doc = other.doc == me.doc
        why = (f"{me.source} denies \u201c{_cut(me.content)}\u201d, which names its author, {other.source}: "
               f"\u201c{_cut(other.content)}\u201d")
        # "dismissed the party's allegation": of that author's claims, its accusations first
        first = ACCUSATION_FIRST if names_accusation(prepared, i) and accusation(prepared, j) else 0.0
        out.append(Finding("opposite_stances", j, i, (0.6 if same_doc else 0.55) + first, why, answers=True))
    return out


def _strongest(prepared: Prepared, findings: list[Finding]) -> list[Finding]:
    """One finding per statement pair, then one per kind, pair of parties and pair of articles."""
    best: dict[frozenset, Finding] = {}
    for f in findings:
        key = frozenset((f.a, f.b))
        if key not in best or f.score > best[key].score:
            best[key] = f
    party = _party_ids(prepared)
    kept: dict[tuple, list[Finding]] = defaultdict(list)
    for f in sorted(best.values(), key=lambda f: _rank(prepared, f)):
        sa, sb = prepared.statements[f.a], prepared.statements[f.b]
        key = (f.kind, *sorted([(party[f.a], sa.doc), (party[f.b], sb.doc)]))
        if _one_sentence(f, sa, sb):
            # "X denied reports that S": the sentence itself sets the two against each other, so
            # each such sentence is a contradiction of its own, and it answers for the pair
            if not any(_one_sentence(g, prepared.statements[g.a], prepared.statements[g.b])
                       and prepared.statements[g.a].sentence_start == sa.sentence_start for g in kept[key]):
                kept[key].append(f)
        elif f.kind not in SEVERAL_PER_PAIR and not f.several:
            # a denial answers what the other party says as a whole, and an outcome or a toll is
            # one fact of the event the two parties disagree on: one per pair
            if not kept[key]:
                kept[key].append(f)
        elif not any(_reworded(prepared, f, other) for other in kept[key]):
            kept[key].append(f)
    return [f for group in kept.values() for f in group]


def _one_sentence(f: Finding, sa: Statement, sb: Statement) -> bool:
    """True for an explicit denial and the claim it denies read out of one sentence ("Ostra denied
    reports that S": the reports assert S, Ostra denies S)."""
    return f.kind == "opposite_stances" and not f.answers and sa.doc == sb.doc \
        and sa.sentence_start is not None and sa.sentence_start == sb.sentence_start


def _same_or_reworded(prepared: Prepared, i: int, j: int) -> bool:
    a, b = prepared.statements[i], prepared.statements[j]
    return i == j or (a.sentence is not None and (a.doc, a.sentence) == (b.doc, b.sentence)) \
        or prepared.index.cosine(i, j) >= REWORDED


def _reworded(prepared: Prepared, f: Finding, g: Finding) -> bool:
    """True when two findings between the same parties pair the same claims, or rewordings of them
    (each side the same statement, from the same sentence, or close in words): only the stronger
    is kept. Two different claims of one party against the same claim of another ("not U.S.-led",
    "not involved in any combat") are two contradictions."""
    return (_same_or_reworded(prepared, f.a, g.a) and _same_or_reworded(prepared, f.b, g.b)) or \
        (_same_or_reworded(prepared, f.a, g.b) and _same_or_reworded(prepared, f.b, g.a))


def _rank(prepared: Prepared, f: Finding) -> tuple:
    sa, sb = prepared.statements[f.a], prepared.statements[f.b]
    return (-f.score, sa.position + sb.position, sa.iri, sb.iri)


def _party_ids(prepared: Prepared) -> list[str]:
    return [prepared.relations.party_id(prepared.key(i)) for i in range(len(prepared.statements))]


def fold(text: str) -> str:
    """Lower-case, accents and punctuation removed, spaces collapsed (for name matching)."""
    text = unicodedata.normalize("NFKD", str(text or "")).casefold()
    text = "".join(c if c.isalnum() else " " for c in text if not unicodedata.combining(c))
    return " ".join(text.split())


def agent_labels(prepared: Prepared, key: str) -> set[str]:
    """Names that stand for an agent: its own, its party's and its organisations' (folded)."""
    relations = prepared.relations
    keys = set(relations.party(key))
    for k in list(keys):
        if relations.graph.has_node(k):
            keys |= nx.node_connected_component(relations.graph, k)
    return {fold(relations.names.get(k, k)) for k in keys}


def _between(prepared: Prepared, findings: list[Finding], between: tuple[str, str]) -> list[Finding]:
    first, second = fold(between[0]), fold(between[1])
    labels: dict[int, set[str]] = {}

    def matches(i: int, name: str) -> bool:
        if i not in labels:
            labels[i] = agent_labels(prepared, prepared.key(i))
        return any(name in label for label in labels[i])

    for name, raw in ((first, between[0]), (second, between[1])):
        if not any(matches(i, name) for i in range(len(prepared.statements))):
            raise NotFound(Errors.E051.format(name=raw))
    return [f for f in findings if (matches(f.a, first) and matches(f.b, second))
            or (matches(f.a, second) and matches(f.b, first))]
