"""What the analysis reads out of a claim's words, without any model: normalised terms (a light
stemmer plus concept classes), entity roots of capitalised names, negation scopes, counts with
their bounds (parsed in :mod:`kg.analysis.counts`), and outcome words.

``features("Three people were killed near the depot")`` gives terms such as ``kill``, ``@death``,
``depot``, ``@near``, and one count ``@death`` in [3, 3].
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from . import lexicon as lx
from .counts import Count
from .counts import counts as figures
from .tokens import (
    CLAUSE_BREAK,
    PERSON,
    SENTENCE_BREAK,
    Token,
    _number_like,
    _stem_set,
    stem,
)

# a dotted abbreviation ("U.S.", "U.N.") is one word with its final dot, so the dot does not end
# the clause ("U.S. forces were not involved": the subject is "U.S. forces")
TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|[A-Za-z0-9]+(?:[-'\u2019.,][A-Za-z0-9]+)*|[.!?;:,\"\u201c\u201d()\u2014\u2013]")


_DEMONYM = ("ian", "ean", "ese", "ish", "an", "n", "i")


def entity_root(word: str) -> str:
    """A root shared by a place and its demonym: 'Russia'/'Russian' -> 'russ', 'Iran'/'Iranian' -> 'iran'."""
    w = word.lower().replace("\u2019", "'")
    if w.endswith("'s"):
        w = w[:-2]
    # "-stan" country names: "Afghanistan" / "Afghan", "Pakistan" / "Pakistani"
    for suffix in ("istani", "istan", "stani", "stan"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            break
    for suffix in _DEMONYM:
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            w = w[: -len(suffix)]
            break
    stripped = w.rstrip("aeiouy")
    if stripped.endswith("an") and len(stripped) >= 5:
        # a name's "-an" ending is kept by its demonym ("Sudan" / "Sudanese", "Jordan" /
        # "Jordanian", "Germany" / "German") but lost by the name itself when read as one ("Sudan"
        # -> "sud"): without it both agree, as "Lebanon" and "Lebanese" do
        stripped = stripped[:-2]
    return stripped if len(stripped) >= 3 else w


CONCEPT_OF: dict[str, set[str]] = {}
for _concept, _words in lx.CONCEPTS.items():
    for _stem in _stem_set(_words):
        CONCEPT_OF.setdefault(_stem, set()).add(_concept)
STOPPED = _stem_set(lx.OUTCOME_STOPPED)
HIT = _stem_set(lx.OUTCOME_HIT)


GENERIC_STEMS = _stem_set(lx.GENERIC_CONTENT)


@dataclass(slots=True)
class Negation:
    """A negated stretch: the negator, the words under it, and the subject words before it."""

    negator: str
    scope: list[set[str]]
    subject: set[str]
    existential: bool


@dataclass
class Features:
    """Everything the rules compare between two claims."""

    terms: Counter
    entities: set[str] = field(default_factory=set)
    negations: list[Negation] = field(default_factory=list)
    counts: list[Count] = field(default_factory=list)
    outcomes: set[str] = field(default_factory=set)
    modal: bool = False
    tokens: list[Token] = field(default_factory=list)

    @property
    def negated(self) -> bool:
        """True when any part of the claim is negated."""
        return bool(self.negations)

    units: dict[str, frozenset] = field(default_factory=dict)

    @property
    def content_terms(self) -> set[str]:
        """Stems and entity roots (no concept terms)."""
        return {t for t in self.terms if not t.startswith("@")}


def tokenize(text: str, known_roots: frozenset | set = frozenset(), aliases: dict | None = None,
             headline: bool = False) -> list[Token]:
    """Words and punctuation of a claim, with stems and entity flags (names resolved through `aliases`).

    In a `headline` ("Militants Kill 8 Soldiers in Raid") every word is capitalised, so a capital
    says nothing: a word is a name there only when its root is in `known_roots`, as at the start
    of a sentence."""
    text = (text or "").replace("n\u2019t", " not").replace("n't", " not")
    tokens: list[Token] = []
    initial = True
    for match in TOKEN.finditer(text):
        raw = match.group(0)
        if not raw[0].isalnum():
            tokens.append(Token(raw, raw, raw, punct=True))
            initial = initial or raw in SENTENCE_BREAK
            continue
        lower = raw.lower().rstrip(".")
        token = Token(raw, lower, stem(lower))
        # a function word with a clitic ("It's", "We're", "That's") is no name either
        bare = re.sub(r"['\u2019](s|re|ll|d|ve|m)$", "", lower)
        capital = raw[0].isupper() and bare not in lx.STOPWORDS and bare not in lx.NEGATORS \
            and bare not in lx.WEAK_WORDS
        if capital and (not initial or entity_root(lower) in known_roots):
            token.entity = True
            alias = (aliases or {}).get(lower)
            token.stem = alias or entity_root(lower)
        tokens.append(token)
        initial = headline
    return tokens


def features(text: str, known_roots: frozenset | set = frozenset(), aliases: dict | None = None,
             headline: bool = False) -> Features:
    """The terms, entities, negations, counts and outcomes of one claim's text (of a title, with
    `headline`: see :func:`tokenize`)."""
    tokens = tokenize(text, known_roots, aliases, headline)
    terms: Counter = Counter()
    units: dict[str, frozenset] = {}
    for token in tokens:
        if not token.content or token.lower in lx.WEAK_WORDS:
            continue
        if not token.entity and (len(token.stem) < 2 or _number_like(token)):
            continue
        these = token_terms(token)
        terms.update(these)
        units[min(these, key=lambda t: (t.startswith("@"), t))] = frozenset(these)
    lowered = " ".join(t.lower for t in tokens)
    counts = figures(tokens)
    return Features(terms=terms, entities={t.stem for t in tokens if t.entity},
                    negations=_negations(tokens), counts=counts, outcomes=_outcomes(tokens, lowered),
                    modal=_modal(tokens), tokens=tokens, units=units)


def core(feats: Features, heads: bool = False, nouns: bool = False) -> Features:
    """The claim's first clause without its adjuncts: who did what to whom, up to the first word
    that opens a time, place, purpose or reason ("a boy set himself on fire | earlier this month
    to protest ..."). Two wordings of one act share their core though not their details. A noun
    phrase without a verb ("any arms sales") has no core (its units are empty). With `heads`, a
    run of nouns keeps only its last, the head ("peace talks" -> "talks"): what the claim is about,
    without what kind. With `nouns`, a noun phrase keeps its units (the object of a gerund the
    caller has set aside: "launching | any chemical attack")."""
    units: dict[str, frozenset] = {}
    terms: Counter = Counter()
    verb = False
    previous = ""
    run: list[str] = []  # the unit heads of the current run of adjacent nouns
    for token in feats.tokens:
        if token.punct or token.lower in CLAUSE_BREAK or token.lower in lx.ADJUNCT_OPENERS:
            if units:
                break
            continue
        verb_here = _verb_like(token)
        verb = verb or verb_here
        indefinite_person = previous in {"a", "an"} and token.stem in PERSON
        previous = token.lower
        if indefinite_person:
            continue  # "a student set himself on fire": whoever the other claim names
        if not token.content or token.lower in lx.WEAK_WORDS or _number_like(token):
            run = []
            continue
        if not token.entity and len(token.stem) < 2:
            continue
        these = token_terms(token)
        head = min(these, key=lambda t: (t.startswith("@"), t))
        if heads and not verb_here and not token.entity:
            for modifier in run:
                units.pop(modifier, None)
            run.append(head)
        else:
            run = []
        terms.update(these)
        units[head] = frozenset(these)
    # a noun phrase ("any missile transfers") is no clause: whose act it is, is not said
    return Features(terms=terms, units=units if verb or nouns else {})


def _verb_like(token: Token) -> bool:
    """A finite verb or auxiliary by its form alone: 'was', 'had', 'fired', 'set', 'struck'."""
    return not token.entity and (token.lower in lx.AUXILIARIES - {"a", "an", "the", "any", "such", "yet", "ever",
                                                                  "also", "even", "so", "really", "actually", "quite"}
                                 or token.lower in lx.IRREGULAR or _past_verb(token))


def _modal(tokens: list[Token]) -> bool:
    """A claim that something may, could, should or needs to happen: not a firm statement of fact."""
    for i, token in enumerate(tokens):
        if token.lower in lx.MODALS or token.lower in lx.DEONTIC:
            return True
        if token.lower in lx.NEED_VERBS and i + 1 < len(tokens) and tokens[i + 1].lower == "to":
            return True
    return False


def token_terms(token: Token) -> set[str]:
    """The terms one token contributes: its stem (or entity root) and its concepts."""
    if token.entity:
        return {"=" + token.stem}
    return {token.stem} | CONCEPT_OF.get(token.stem, set())


def _negations(tokens: list[Token]) -> list[Negation]:
    out = []
    for i, token in enumerate(tokens):
        if token.lower not in lx.NEGATORS:
            continue
        existential = token.lower in {"no", "none", "nothing", "nobody", "without", "neither", "nor", "nowhere"}
        scope = _scope(tokens, i + 1, limit=3)
        if scope:
            out.append(Negation(token.lower, scope, _subject(tokens, i), existential))
    return out


def _scope(tokens: list[Token], start: int, limit: int) -> list[set[str]]:
    """The terms of each of the (up to `limit`) content words a negator governs."""
    scope: list[set[str]] = []
    for token in tokens[start:]:
        if token.lower in CLAUSE_BREAK or token.punct or token.lower in lx.UNIVERSAL_PLACE:
            break  # "not bombing anywhere in the Sudan": the place after "anywhere" is everywhere
        if token.lower in lx.AUXILIARIES or token.lower in {"of", "to"} or not token.content:
            continue
        if token.lower in lx.WEAK_WORDS or _number_like(token):
            continue
        scope.append(token_terms(token))
        if len(scope) >= limit:
            break
    return scope


def _subject(tokens: list[Token], end: int) -> set[str]:
    subject: set[str] = set()
    for token in reversed(tokens[max(0, end - 6):end]):
        if token.lower in CLAUSE_BREAK or token.punct:
            break
        if token.content and token.lower not in lx.WEAK_WORDS:
            subject |= token_terms(token)
    return subject


def _outcomes(tokens: list[Token], lowered: str) -> set[str]:
    out = set()
    air_defence = any(p in lowered for p in lx.AIR_DEFENCE)
    if any(p in lowered for p in lx.OUTCOME_STOPPED_PHRASES):
        out.add("stopped")
    clause: list[str] = []
    defence_seen = False
    for i, token in enumerate(tokens):
        if token.lower in CLAUSE_BREAK or token.punct:
            clause = []
            continue
        clause.append(token.lower)
        window = set(clause[-5:-1])
        if set(clause) & lx.NEGATORS:
            continue
        # "the air defences worked / responded / did their job": air defence acting means stopped
        defence_seen = defence_seen or (token.stem == "defens" and i > 0 and tokens[i - 1].lower in
                                        {"air", "anti-aircraft", "missile"})
        did = token.lower == "did" and not (i + 1 < len(tokens) and tokens[i + 1].lower in lx.NEGATORS)
        if defence_seen and (_past_verb(token) or did) and not window & lx.MODALS:
            out.add("stopped")
        if token.stem in STOPPED or token.lower == "downed":
            out.add("stopped")
        elif _hit_form(token) and not window & lx.MODALS and not window & {"can", "will", "to"}:
            out.add("stopped" if air_defence else "hit")
    return out


def _past_verb(token: Token) -> bool:
    """A regular past form ('worked', 'responded'), not a word that merely ends in -ed ('red')."""
    return token.lower.endswith("ed") and len(token.lower) > 4 and token.lower.isalpha()


def _hit_form(token: Token) -> bool:
    if token.lower in {"hit", "struck", "blew", "blown", "exploded"}:
        return True
    return token.stem in HIT and (token.lower.endswith("ed") or token.lower in lx.IRREGULAR)


GROUND_STOPPED = _stem_set(lx.GROUND_STOPPED)
GROUND_HIT = _stem_set(lx.GROUND_HIT)


def ground_only_stop(feats: Features) -> bool:
    """True when every word saying the attack was stopped is one for an assault on the ground
    ('repulsed', 'fought off'), none for a missile or a drone ('intercepted', 'shot down')."""
    lowered = " ".join(t.lower for t in feats.tokens)
    ground = any(t.stem in GROUND_STOPPED for t in feats.tokens) or any(p in lowered for p in lx.GROUND_STOPPED_PHRASES)
    other = any((t.stem in STOPPED and t.stem not in GROUND_STOPPED) or t.lower == "downed" for t in feats.tokens) \
        or any(p in lowered for p in lx.OUTCOME_STOPPED_PHRASES if p not in lx.GROUND_STOPPED_PHRASES) \
        or any(p in lowered for p in lx.AIR_DEFENCE)
    return ground and not other


def ground_hit(feats: Features) -> bool:
    """True when a claim says an assault got through on the ground ('overran', 'stormed', 'breached')."""
    return any(t.stem in GROUND_HIT or t.lower in GROUND_HIT for t in feats.tokens)


def dismisses_claim(feats: Features) -> bool:
    """'the allegations are baseless', 'that is not true', 'these accusations are lies': a claim that
    only says another claim is false. It states nothing of its own: it denies what it points to."""
    words = {t.lower for t in feats.tokens if not t.punct}
    falsity = bool(words & lx.FALSITY_WORDS) and not feats.negated
    untrue = bool(words & (lx.TRUTH_WORDS | lx.WORTH_WORDS)) and feats.negated
    if not (falsity or untrue) or words & lx.FIGURE_NOUNS:
        return False  # a figure's dismissal is dismisses_figure's
    rest = {t.stem for t in feats.tokens if t.content and not t.entity} - {stem(w) for w in lx.FALSITY_WORDS} \
        - {stem(w) for w in lx.TRUTH_WORDS | lx.WORTH_WORDS | lx.DISMISSAL_FILLER}
    return rest <= GENERIC_STEMS


def dismisses_figure(feats: Features) -> bool:
    """'the death toll was exaggerated', 'those figures are false': a figure noun and a word saying
    it is wrong, not negated. Such a claim speaks of another party's figure, it gives none."""
    words = {t.lower for t in feats.tokens}
    if not words & lx.FIGURE_NOUNS or feats.negated:
        return False
    return bool(words & lx.FALSITY_WORDS) or _figure_off(feats)


def _figure_off(feats: Features) -> bool:
    """'the real toll is far higher', 'the number of dead is several times greater than reported':
    a figure said to be higher or lower than the one given, with no figure of its own. Compared
    with something else ('higher than last year'), it dismisses nothing."""
    lowers = [t.lower for t in feats.tokens if not t.punct]
    given = [c for c in feats.counts if not c.some]  # "civilians died" is no figure of its own
    if not given and _multiple_of_given(lowers):
        return True
    if given or not set(lowers) & lx.FIGURE_COMPARATIVES:
        return False
    if "than" not in lowers:
        return True
    after = set(lowers[lowers.index("than") + 1:])
    return bool(after & lx.GIVEN_FIGURE_WORDS)


def _multiple_of_given(lowers: list[str]) -> bool:
    """'the toll may be nearly twice that number', 'is three times the official figure': a figure
    said to be a multiple of the one given (a form of "be", a word of multiple, then that figure:
    "that number", "the reported toll"), which it says is wrong."""
    for k, word in enumerate(lowers):
        if word in lx.MULTIPLE_WORDS:
            head = k
        elif word == "times" and k and (lowers[k - 1] in lx.NUMBER_WORDS or lowers[k - 1] in {"several", "many"}):
            head = k - 1
        else:
            continue
        if not set(lowers[max(0, head - 3):head]) & {"be", "is", "are", "was", "were", "been"}:
            continue  # "half the number of patrols was cut": no figure is said to be a multiple
        rest = lowers[k + 1:k + 4]
        if rest and rest[0] in {"that", "this", "the", "those", "these"} and set(rest[1:]) & lx.GIVEN_FIGURE_WORDS:
            return True
    return False
