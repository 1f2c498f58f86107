"""The pairwise contradiction rules. Each takes the prepared corpus and two statement indices and
returns a :class:`Finding` (kind, score, explanation, which side is which) or None.

- opposite stances: one side asserts or confirms, the other denies, and the denied words are in
  the asserted claim (IDF-weighted overlap of stems and concept terms), scaled by whether the
  denier (or whoever denied the same words with it) is named in the asserted claim;
- polarity conflict: one claim negates something ("there are no X nearby", "not damaged") that the
  other states ("the largest X"), on the same subject;
- outcome conflict: one claim says the attack was stopped (intercepted, shot down, suppressed, air
  defence worked), the other that it got through (hit, struck, destroyed, exploded, damaged);
- involvement conflict: one claim gives the other party's side (named in it) a part in an attack,
  the other denies its side had any;
- number conflict (in `rules_events`, with the outcome and victims rules): different numbers for the same count (killed, injured, missing, evacuated) whose
  ranges cannot both hold ('at least 3' and '4' can; '3' and '11' cannot).

"The same subject" means: the same article, or an article of the same story (see
:mod:`kg.analysis.stories`) and a shared rare term besides the conflicting words.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import lexicon as lx
from .context import Prepared
from .text import (
    Features,
    core,
    entity_root,
    features,
    stem,
    token_terms,
    tokenize,
)

ASSERTING = frozenset({"asserts", "confirms"})
NOT_CONFIRMING = frozenset({"does_not_confirm", "cannot_verify"})
MIN_SIMILARITY = 0.5
MIN_COSINE_UNNAMED = 0.5
MIN_EMBEDDING_UNNAMED = 0.6  # sentence-embedding cosine standing in for the lexical one (optional)
# the stems of words that stand for "what someone said" ("denied the claims", "rejected this")
GENERIC = frozenset(stem(w) for w in lx.GENERIC_CONTENT)


def generic_content(prepared: Prepared, i: int, names: bool = False) -> bool:
    """True when a statement's content only names what was said, not what it says ("the allegations",
    "this", "being involved"): it answers another statement rather than stating anything. With
    `names`, proper names may name whose it was ("the Harbor Gazette report"), and so may a phrase
    after "from" or "by" ("the accusations from President Lind's government")."""
    feats = prepared.feats[i]
    terms = {t for t in feats.terms if not t.startswith("@") and not (names and t.startswith("="))}
    if names:
        terms -= _author_terms(feats) | _topic_terms(feats)
    return terms <= GENERIC


SAID_HEADS = frozenset(lx.SAID_NOUNS | lx.ACCUSATION_NOUNS)


def _topic_terms(feats: Features) -> set[str]:
    """The words of a compound before a noun of what was said: what the report or the claims are
    about ("the casualty report", "bribery allegations"). The phrase still names a said thing.
    So do, with :func:`said_about`, the words after it that tell what a named author's said thing
    is about and the denier's own reason."""
    out: set[str] = set()
    tokens = [t for t in feats.tokens if not t.punct]
    for k, token in enumerate(tokens):
        if token.lower in SAID_HEADS:
            m = k - 1
            while m >= 0 and tokens[m].content and tokens[m].lower not in SAID_HEADS:
                out.add(tokens[m].stem)
                m -= 1
    return out | said_about(feats)


def said_about(feats: Features) -> set[str]:
    """The terms after a noun of what a named author said that tell what it is about ("the Delmar
    party's allegation | over the abduction"), and those of the denier's reason after a participle
    of saying ("the allegation | saying the party seeks attention"): no part of what is denied, and
    no author of it."""
    out: set[str] = set()
    tokens = [t for t in feats.tokens if not t.punct]
    for k, token in enumerate(tokens):
        if token.lower not in SAID_HEADS:
            continue
        if k + 1 < len(tokens) and tokens[k + 1].lower in lx.TOPIC_PREPOSITIONS \
                and any(t.entity for t in tokens[max(0, k - 3):k]):
            out |= _terms_of(tokens[k + 2:])
        reason = next((m for m in range(k + 1, len(tokens)) if tokens[m].lower in lx.REASON_PARTICIPLES), None)
        if reason is not None:
            out |= _terms_of(tokens[reason:])
    return out


def _terms_of(tokens) -> set[str]:
    return {t for token in tokens for t in token_terms(token)}


def _author_terms(feats: Features) -> set[str]:
    """The terms after the first "from" or "by" of a claim: whose it is ("claims by the ministry")."""
    out: set[str] = set()
    after = False
    for token in feats.tokens:
        after = after or token.lower in lx.AUTHOR_PREPOSITIONS
        if after:
            out.add(token.stem)
    return out


@dataclass
class Finding:
    """A rule's verdict on a pair: which index is side a (the asserting one), kind, score, why."""

    kind: str
    a: int
    b: int
    score: float
    explanation: str
    answers: bool = False  # side b (a denial of "this", "the claims") denies side a's claim itself
    several: bool = False  # one of several claims of a party that side b answers each (not one per pair)


def firm(prepared: Prepared, i: int) -> bool:
    """An asserted claim put firmly enough to contradict: not 'possible', no modal verb, not a request."""
    key = ("firm", i)
    if key not in prepared.memo:
        statement = prepared.statements[i]
        prepared.memo[key] = statement.stance in ASSERTING and statement.certainty != "possible" \
            and not prepared.feats[i].modal and not requests(statement.cue)
    return prepared.memo[key]


@lru_cache(maxsize=4096)
def requests(cue: str) -> bool:
    """True for a cue that reports a request or a wish ("asked", "has urged", "called for"): what
    it reports is what someone wants to happen, not a claim that it happened."""
    words = [w for w in cue.lower().replace("\u2019", "'").split() if w not in lx.AUXILIARIES]
    if not words:
        return False
    head = words[0]
    if _inflects(head, "call"):
        return len(words) > 1 and words[1] in lx.REQUEST_CALL_PARTICLES
    return any(_inflects(head, verb) for verb in lx.REQUEST_CUES)


@lru_cache(maxsize=4096)
def judges(cue: str) -> bool:
    """True for a cue that passes a verdict ("condemned", "is defending", "praised"): what it
    reports is what someone thinks of a thing, not a claim that the thing happened."""
    words = [w for w in cue.lower().replace("\u2019", "'").split() if w not in lx.AUXILIARIES]
    if not words:
        return False
    head = words[0]
    for verb in lx.JUDGING_CUES:
        if _inflects(head, verb) or head in {verb + verb[-1] + "ed", verb + verb[-1] + "ing"}:
            return True  # "slammed"
        if verb.endswith("y") and head in {verb[:-1] + "ies", verb[:-1] + "ied"}:
            return True  # "decried"
    return False


def accused(prepared: Prepared, i: int) -> frozenset:
    """The proper-name roots of whom an accusing cue accuses: "Ostra accused Delmar of rigging the
    vote" is a claim about Delmar though its content ("rigging the vote") does not name Delmar.
    Read from the sentence, between the cue and the content."""
    return frozenset(t.stem for t in _accused_words(prepared, i) if t.entity)


def accuses_another(prepared: Prepared, i: int, roots: set[str]) -> bool:
    """True when a claim accuses someone, and not the party of `roots`: "Ostra accused him of
    spying" is not what Delmar denies when it denies "the accusations". A party known by no
    proper name ("exile groups") may be the one accused under any name: never another."""
    words = _accused_words(prepared, i)
    return bool(roots) and bool(words) and not {t.stem for t in words if t.entity} & _with_parts(roots)


def _with_parts(roots: set[str]) -> set[str]:
    """Roots with the parts of a hyphened one: "Zanu-PF" is named as "Zanu PF" too."""
    return set(roots) | {entity_root(part) for r in roots if "-" in r for part in r.split("-") if len(part) > 1}


def _accused_words(prepared: Prepared, i: int) -> list:
    key = ("accused", i)
    if key not in prepared.memo:
        prepared.memo[key] = _between_cue_and_content(prepared.statements[i])
    return prepared.memo[key]


def _between_cue_and_content(statement) -> list:
    """The words of an accusing cue's object ("accused | Delmar Shipping | of S"), [] for another cue."""
    words = [w for w in statement.cue.lower().replace("\u2019", "'").split() if w not in lx.AUXILIARIES]
    sentence, start = statement.sentence, statement.sentence_start
    if not words or not any(_inflects(words[0], verb) for verb in lx.ACCUSING_CUES) or sentence is None \
            or start is None or statement.content_start is None:
        return []
    before = sentence[:max(0, statement.content_start - start)]
    at = before.lower().rfind(words[-1])
    if at < 0:
        return []
    # a lower-case word first, so that a name just after the cue reads as a name, not a sentence start
    between = tokenize("x " + before[at + len(words[-1]):])[1:]
    accused = [t for t in between if not t.punct and t.lower not in {"of", "for", "with", "over"}]
    if not accused:
        # "blamed the rebels for the strike" where the content keeps whom it blames ("the rebels for
        # the strike"): the accused are the content's words before its first "for" / "of"
        # (for "blame", "of" for "accuse": "blamed the attack on the rebels" names no one before a "for")
        joint = "of" if _inflects(words[0], "accuse") else "for"
        head = re.match(rf"(.+?)\s+{joint}\s+\S", statement.content or "")
        if head is not None:
            accused = [t for t in tokenize("x " + head.group(1))[1:] if not t.punct]
    return accused


ACCUSATION_STEMS = frozenset(stem(w) for w in lx.ACCUSATION_VERBS)


def accusation(prepared: Prepared, i: int) -> bool:
    """True for a claim that accuses someone: its cue accuses or alleges ("accused Delmar of S",
    "alleged that S"), or its words say someone is accused ("the clerk is accused of S")."""
    statement = prepared.statements[i]
    words = [w for w in statement.cue.lower().replace("\u2019", "'").split() if w not in lx.AUXILIARIES]
    if words and any(_inflects(words[0], verb) for verb in lx.ACCUSATION_VERBS | lx.ACCUSING_CUES):
        return True
    return any(t.stem in ACCUSATION_STEMS for t in prepared.feats[i].tokens if not t.entity)


def names_accusation(prepared: Prepared, i: int) -> bool:
    """True when a claim names what it answers as an accusation ("rejected the allegations")."""
    return any(t.lower in lx.ACCUSATION_NOUNS for t in prepared.feats[i].tokens)


def _inflects(word: str, verb: str) -> bool:
    """True when `word` is `verb` or one of its regular forms ('urged', 'asks', 'pleading')."""
    base = verb[:-1] if verb.endswith("e") else verb
    return word == verb or word in {verb + "s", verb + "es", verb + "d", base + "ed", base + "ing"}


def same_subject(prepared: Prepared, i: int, j: int, exclude: set[str] = frozenset(), minimum: int = 1) -> bool:
    """Same article; or, across articles, `minimum` shared rare terms outside `exclude` and no
    sign of different places (both claims name places or parties, and none in common)."""
    if prepared.statements[i].doc == prepared.statements[j].doc:
        return True
    if not prepared.same_story(i, j):
        # a figure, an outcome or a negated fact is about one event: articles on another event
        # ("the raid" of another year) cannot contradict it
        return False
    if different_entities(prepared.feats[i], prepared.feats[j]):
        return False
    return len(prepared.index.shared_rare(i, j) - set(exclude)) >= minimum


def different_entities(a: Features, b: Features) -> bool:
    """True when both claims name proper names and share none of them."""
    return bool(a.entities and b.entities and not a.entities & b.entities)


def named_by_each_other(prepared: Prepared, i: int, j: int) -> bool:
    """True when two claims of two articles of one story name different things that each article
    names too ("the strike on the town of Osk" / "the strike killed Velan state forces", in two
    articles that both name Osk and the Velan state): the town and the region of one event, not
    two places of two events."""
    a, b = prepared.statements[i], prepared.statements[j]
    if a.doc == b.doc or not prepared.same_story(i, j):
        return False
    ea, eb = prepared.feats[i].entities, prepared.feats[j].entities
    return bool(ea and eb) and ea <= prepared.article_names(b.doc) and eb <= prepared.article_names(a.doc)


def _name(prepared: Prepared, i: int) -> str:
    return prepared.statements[i].source


def _quote(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return f"\u201c{text if len(text) <= limit else text[:limit - 1] + chr(8230)}\u201d"


def carriers(prepared: Prepared) -> set[int]:
    """Statements that only carry another one of their sentence: "the correspondent reports an
    aide says S" holds the whole of "an aide says S", and the aide's statement S is extracted too. The carrier
    states nothing of its own, so pairing it would give every contradiction of S twice."""
    return {outer for outer, _ in _carried(prepared)}


def disbelieved(prepared: Prepared) -> list[Finding]:
    """A carrier that goes on to disbelieve what it carries: "Lind says the mayor claims S, but she
    does not believe that" - Lind denies the mayor's S (one finding per such carrier)."""
    out = []
    for outer, inner in _carried(prepared):
        a, b = prepared.statements[inner], prepared.statements[outer]
        tail = b.content[b.content.index(a.content) + len(a.content):]
        words = [t.lower for t in tokenize(tail) if not t.punct]
        if not words or words[0] not in lx.CONTRAST_WORDS or not set(words) & lx.NEGATORS \
                or not set(words) & lx.CREDENCE_VERBS or prepared.relations.same_party(prepared.key(inner),
                                                                                       prepared.key(outer)):
            continue
        why = f"{_name(prepared, outer)} does not believe what {_name(prepared, inner)} says: {_quote(a.content)}"
        out.append(Finding("opposite_stances", inner, outer, 0.7, why))
    return out


def _carried(prepared: Prepared) -> list[tuple[int, int]]:
    """(carrier, carried) pairs of one sentence: the carrier's content is "[an] <source> <cue> <S>"."""
    key = ("carried",)
    if key in prepared.memo:
        return prepared.memo[key]
    by_sentence: dict[tuple, list[int]] = {}
    for i, statement in enumerate(prepared.statements):
        if statement.sentence is not None:
            by_sentence.setdefault((statement.doc, statement.sentence), []).append(i)
    out = []
    for members in by_sentence.values():
        for i in members:
            outer = prepared.statements[i].content
            for j in members:
                inner, cue = prepared.statements[j].content, prepared.statements[j].cue.lower()
                if j == i or not cue or len(inner) >= len(outer) or inner not in outer:
                    continue
                # the outer content is the inner statement whole: "[an] <its source> <its cue> <S>"
                before = outer[:outer.index(inner)].lower().replace("\u2019", "'").split()
                source = (prepared.statements[j].source_text or prepared.statements[j].source).lower().split()
                before, source = _undetermined(before), _undetermined(source)
                if before == source + cue.split() or before == source + ["that"] + cue.split():
                    out.append((i, j))
                    break
    prepared.memo[key] = out
    return out


def _undetermined(words: list[str]) -> list[str]:
    return words[1:] if words and words[0] in {"a", "an", "the"} else words


# -- opposite stances ------------------------------------------------------------------------

def opposite_stances(prepared: Prepared, i: int, j: int, co_deniers: dict) -> Finding | None:
    """An assertion and a denial of the same words by different parties."""
    si, sj = prepared.statements[i], prepared.statements[j]
    if si.stance == "denies" and sj.stance in ASSERTING:
        i, j, si, sj = j, i, sj, si
    if not (si.stance in ASSERTING and sj.stance == "denies"):
        return None
    if generic_content(prepared, j):
        return None  # "denied the claims": which claims is for the response rules (same article only)
    deniers = co_deniers.get((sj.doc, sj.content), [prepared.key(j)])
    roots = set().union(*(prepared.relations.roots(d) for d in deniers))
    named = [d for d in deniers if _mentioned(prepared, d, prepared.feats[i]) or _accused_party(prepared, d, i)]
    if prepared.key(j) not in named:
        named = []
    # the denier's own name, and the words that only say a claim was made ("denied media reports
    # that S": S is what is denied), are not what the two must share
    drop = {"=" + r for r in roots} | GENERIC | {"media"}
    shared = (set(prepared.feats[i].terms) & set(prepared.feats[j].terms)) - drop
    if not {t for t in shared if not t.startswith("@")}:
        return None
    similarity = prepared.index.overlap(prepared.feats[j], prepared.feats[i], drop)
    # "denied that a woman set herself on fire earlier this month to protest ..." against "Ama
    # Dorje set herself on fire on May 2": the denial's core act is the claim's, its details are not
    whole_core = _core_covered(prepared, j, i, drop)
    if named and not whole_core:
        # the denier is named in the claim ("Taliban delegates held talks"): its denial of "peace
        # talks" answers the talks, whatever kind it calls them
        whole_core = _core_covered(prepared, j, i, drop, heads=True, minimum=1)
    if named and not whole_core:
        # "X denied launching any attack" against "X was responsible for the attack": a gerund
        # denies the denier's own act; a claim naming X and charging it with that act answers it
        whole_core = _own_act_charged(prepared, j, i, drop)
    if similarity < MIN_SIMILARITY and not whole_core:
        return None
    if negates_any(prepared.feats[i], shared):
        return None  # "no such talks took place" against a denial of the talks: the two agree
    if named:
        score = max(similarity, MIN_SIMILARITY) * (0.7 + 0.3 * len(named) / len(deniers))
    else:
        cosine = prepared.index.cosine(i, j)
        if whole_core or (cosine < MIN_COSINE_UNNAMED and _embedding_close(prepared, i, j)):
            # the embedding says the two speak of the same thing though few words are shared
            cosine = max(cosine, MIN_COSINE_UNNAMED)
        if cosine < MIN_COSINE_UNNAMED:
            return None
        score = 0.4 + 0.5 * cosine
    why = (f"{_name(prepared, i)} {si.stance} {_quote(si.content)}; {_name(prepared, j)} denies "
           f"{_quote(sj.content)} (term overlap {similarity:.2f}"
           + (f", {', '.join(prepared.relations.names.get(d, d) for d in named)} named in the claim)" if named
              else ")"))
    return Finding("opposite_stances", i, j, round(min(score, 1.0), 3), why)


def _embedding_close(prepared: Prepared, i: int, j: int) -> bool:
    """True when the sentence embeddings (optional) put claims i and j at MIN_EMBEDDING_UNNAMED or
    closer; asked only where it can change the outcome, as each text asked for is encoded."""
    semantic = prepared.semantic(i, j)
    return semantic is not None and semantic >= MIN_EMBEDDING_UNNAMED


MIN_CORE_UNITS = 2


def _core_covered(prepared: Prepared, denial: int, claim: int, drop: set[str], *, heads: bool = False,
                  minimum: int = MIN_CORE_UNITS) -> bool:
    """True when every word of the denial's core clause (`minimum` at least; with `heads`, only the
    heads of its noun runs) is in the claim, as a stem or a concept, and the two are about the same
    subject (see :func:`same_subject`)."""
    part = core(prepared.feats[denial], heads=heads)
    units = {h: u for h, u in part.units.items() if h not in drop}
    if len(units) < minimum:
        return False
    terms = prepared.feats[claim].terms
    if not all(h in terms or u & set(terms) for h, u in units.items()):
        return False
    return same_subject(prepared, denial, claim)


def _own_act_charged(prepared: Prepared, denial: int, claim: int, drop: set[str]) -> bool:
    """True when a denial is a bare gerund of the denier's own act ("launching any attack", "arming
    the militia"), the heads of the nouns after it are all in the claim (as a stem or a concept),
    and the two share an act one is charged with (an attack, a death, a part in one, backing)."""
    tokens = [t for t in prepared.feats[denial].tokens if not t.punct]
    if not tokens or tokens[0].entity or not tokens[0].lower.endswith("ing") or len(tokens[0].lower) <= 5:
        return False
    heads = core(features(" ".join(t.text for t in tokens[1:])), heads=True, nouns=True).units
    heads = {h: u for h, u in heads.items() if h not in drop}
    terms = set(prepared.feats[claim].terms)
    if not heads or not all(h in terms or u & terms for h, u in heads.items()):
        return False
    return bool(set(prepared.feats[denial].terms) & terms & lx.ALLEGED_ACT_CONCEPTS) \
        and same_subject(prepared, denial, claim)


def negates_any(feats: Features, terms: set[str]) -> bool:
    """True when a claim negates one of `terms` ("no such talks have happened" negates "talk"): it
    then agrees with a denial of them rather than stating what the denial answers. A name alone
    is not what is negated ("tactics are discriminatory, since none of the Mexicans were ill"
    negates that they were ill, not the discrimination a denial of "discriminating against
    Mexicans" answers): a shared word that is no name must be in the negation's scope."""
    acts = {t for t in terms if not t.startswith("=")}
    return any(set().union(*n.scope) & acts for n in feats.negations if n.scope)


def _mentioned(prepared: Prepared, agent: str, feats: Features) -> bool:
    roots = prepared.relations.roots(agent)
    return bool(roots & feats.entities)


def _accused_party(prepared: Prepared, agent: str, claim: int) -> bool:
    """True when the claim accuses the agent ("Ostra accused Delmar of S"): it names the denier."""
    return bool(prepared.relations.roots(agent) & accused(prepared, claim))


def co_deniers(prepared: Prepared) -> dict[tuple[str, str], list[str]]:
    """Who denied the same words in the same article: {(doc, content): [agent keys]}."""
    out: dict[tuple[str, str], list[str]] = {}
    for i, statement in enumerate(prepared.statements):
        if statement.stance == "denies":
            keys = out.setdefault((statement.doc, statement.content), [])
            if prepared.key(i) not in keys:
                keys.append(prepared.key(i))
    return out


# -- a part in an attack ---------------------------------------------------------------------

INVOLVEMENT = frozenset({"@involvement", "@support"})
INVOLVEMENT_WORDS = frozenset(stem(w) for c in ("@involvement", "@support") for w in lx.CONCEPTS[c]) | {"hand"}


def _takes_part(feats: Features) -> bool:
    """True when a claim gives someone a part in something: a word of @involvement or @support
    ("planned", "was behind", "backed"), or "a hand in" ("the agency had a hand in the bombing")."""
    if set(feats.terms) & INVOLVEMENT:
        return True
    words = [t.lower for t in feats.tokens if not t.punct]
    return any(w == "hand" and k + 1 < len(words) and words[k + 1] == "in" for k, w in enumerate(words))


def _denies_part(prepared: Prepared, i: int) -> bool:
    """True for a denial of a part in something ("denied it played a role in the attack") or a
    claim negating one ("no part of the government played any role", "it was not involved")."""
    feats, statement = prepared.feats[i], prepared.statements[i]
    if statement.stance == "denies":
        return bool(set(feats.terms) & INVOLVEMENT)
    return firm(prepared, i) and any(set().union(*n.scope) & INVOLVEMENT for n in feats.negations if n.scope)


def _memo(prepared: Prepared, what: str, i: int) -> bool:
    """A per-statement verdict of the involvement rule, computed once."""
    key = (what, i)
    if key not in prepared.memo:
        prepared.memo[key] = firm(prepared, i) and _takes_part(prepared.feats[i]) if what == "takes_part" \
            else _denies_part(prepared, i)
    return prepared.memo[key]


def side_roots(prepared: Prepared, i: int) -> set[str]:
    """The proper names that stand for a statement's source: its own, and those of the words that
    tell who it is ("the head of Pakistan's Interior Ministry, Rehman Malik": Pakistan too)."""
    key = ("side", i)
    if key not in prepared.memo:
        own = set(prepared.relations.roots(prepared.key(i)))
        text = prepared.statements[i].source_text or ""
        prepared.memo[key] = own | {t.stem for t in tokenize("x " + text)[1:] if t.entity}
    return prepared.memo[key]


def _country_named_before(prepared: Prepared, i: int) -> set[str]:
    """"Pakistani officials denied reports that the country's spy agency helped plan it": "the
    country's" stands for the country its sentence named before the claim: the proper names there,
    when the claim says "the country's" or "the nation's"."""
    statement = prepared.statements[i]
    words = [t.lower for t in prepared.feats[i].tokens]
    if not any(w in lx.COUNTRY_ANAPHORS and k > 0 and words[k - 1] == "the" for k, w in enumerate(words)):
        return set()
    if statement.sentence is None or statement.sentence_start is None or statement.content_start is None:
        return set()
    before = statement.sentence[:max(0, statement.content_start - statement.sentence_start)]
    return {t.stem for t in tokenize("x " + before)[1:] if t.entity}


def involvement_conflict(prepared: Prepared, i: int, j: int) -> Finding | None:
    """"Pakistan's intelligence agency had a hand in the bombing" against "no part of the
    government played any role in the bombing" (said by the head of Pakistan's Interior Ministry):
    one claim gives the other's side (named in the claim) a part in an attack, the other denies its
    side had any. Both tell of an attack, on the same subject."""
    if "@attack" not in prepared.feats[i].terms or "@attack" not in prepared.feats[j].terms:
        return None  # (checked first: most candidate pairs stop here)
    for claim, denial in ((i, j), (j, i)):
        fc = prepared.feats[claim]
        if fc.negated or not _memo(prepared, "takes_part", claim) or not _memo(prepared, "denies_part", denial):
            continue
        side = side_roots(prepared, denial)
        if not side & (fc.entities | _country_named_before(prepared, claim)) or side & side_roots(prepared, claim):
            continue  # the claim must name the denier's side, and not be that side's own
        if not same_subject(prepared, claim, denial, exclude=INVOLVEMENT_WORDS | {"@attack"}):
            continue
        why = (f"{_name(prepared, claim)} gives {_name(prepared, denial)}'s side a part in the attack "
               f"({_quote(prepared.statements[claim].content)}); {_name(prepared, denial)} denies it had any "
               f"({_quote(prepared.statements[denial].content)})")
        # like a negated fact, each claim of a part in it is a contradiction of its own
        return Finding("opposite_stances", claim, denial, 0.6, why, several=True)
    return None


# -- polarity ----------------------------------------------------------------------------------

def polarity_conflict(prepared: Prepared, i: int, j: int) -> Finding | None:
    """One firm claim negates what the other firm claim states, on the same subject."""
    if not (firm(prepared, i) and firm(prepared, j)):
        return None
    fi, fj = prepared.feats[i], prepared.feats[j]
    if fi.negated == fj.negated:
        return None
    if fj.negated:
        i, j, fi, fj = j, i, fj, fi
    best = None
    for negation in fi.negations:
        coverage = _scope_coverage(prepared, negation.scope, fj)
        if coverage < 0.67:
            continue
        if not negation.existential and negation.subject and not negation.subject & set(fj.terms) \
                and not _opens_with(fj, negation.scope):
            continue
        if not same_subject(prepared, i, j, exclude=_flat(negation.scope)):
            continue
        if best is None or coverage > best[0]:
            best = (coverage, negation)
    if best is None:
        return None
    coverage, negation = best
    words = " ".join(sorted(t for t in _flat(negation.scope) if not t.startswith("@")))
    why = (f"{_name(prepared, i)} says {_quote(prepared.statements[i].content)} ('{negation.negator}' + {words}); "
           f"{_name(prepared, j)} says {_quote(prepared.statements[j].content)}")
    return Finding("polarity_conflict", j, i, round(0.5 + 0.4 * coverage, 3), why)


def _opens_with(feats: Features, scope: list[set[str]]) -> bool:
    """True when a claim opens with the negated event itself and names no doer ("the bombing began
    on Thursday", "talks resumed"): whoever the negation says did not do it, the claim says it
    happened at all."""
    first = next((t for t in feats.tokens if t.content and t.lower not in lx.WEAK_WORDS), None)
    return first is not None and not first.entity and first.stem in _flat(scope)


def _flat(scope: list[set[str]]) -> set[str]:
    return set().union(*scope) if scope else set()


def _scope_coverage(prepared: Prepared, scope: list[set[str]], other: Features) -> float:
    """Share of the negated words (by IDF weight) that the other claim holds, as a stem or concept."""
    terms = set(other.terms)
    total = matched = 0.0
    by_stem, missed = False, 0
    for word_terms in scope:
        plain = [t for t in word_terms if not t.startswith("@")]
        weight = max((prepared.index.weight(t) for t in plain), default=1.0)
        total += weight
        if word_terms & terms:
            matched += weight
            by_stem = by_stem or bool(set(plain) & terms)
        else:
            missed += 1
    if not total or (not by_stem and missed):
        return 0.0
    return matched / total
