"""What the analysis reads out of a claim's words, without any model: normalised terms (a light
stemmer plus concept classes), entity roots of capitalised names, negation scopes, counts with
their bounds, and outcome words.

``features("Three people were killed near the depot")`` gives terms such as ``kill``, ``@death``,
``depot``, ``@near``, and one count ``@death`` in [3, 3].
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field

from . import lexicon as lx

# a dotted abbreviation ("U.S.", "U.N.") is one word with its final dot, so the dot does not end
# the clause ("U.S. forces were not involved": the subject is "U.S. forces")
TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|[A-Za-z0-9]+(?:[-'\u2019.,][A-Za-z0-9]+)*|[.!?;:,\"\u201c\u201d()\u2014\u2013]")
CLAUSE_BREAK = frozenset({".", "!", "?", ";", ":", ",", "(", ")", "\u2014", "\u2013", "and", "but", "which",
                          "that", "who", "while", "because", "although", "though", "whereas", "however"})
SENTENCE_BREAK = frozenset({".", "!", "?", ":", '"', "\u201c", "\u201d", "("})


def stem(word: str) -> str:
    """A light English stemmer: plural, -ed, -ing and a final -e removed ('supplying' -> 'supply')."""
    w = word.lower().replace("\u2019", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if w in lx.IRREGULAR:
        w = lx.IRREGULAR[w]
        return w[:-1] if w.endswith("e") and len(w) > 4 else w
    if w.startswith("defenc"):
        w = "defens" + w[6:]
    if len(w) <= 3 or not w.isalpha():
        return w
    if w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith("sses"):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    if w.endswith("atory") and len(w) > 8:
        # an adjective made from a verb in -ate has the verb's stem ("discriminatory",
        # "retaliatory" -> "discriminat", "retaliat", as "discriminating", "retaliated")
        return w[:-3]
    if w.endswith("ied") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith("ed") and len(w) > 4:
        w = _undouble(w[:-2])
    elif w.endswith("ing") and len(w) > 5:
        w = _undouble(w[:-3])
    if w.endswith("e") and len(w) > 4:
        w = w[:-1]
    return w


def _undouble(w: str) -> str:
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "lsz":
        return w[:-1]
    return w


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


def _stem_set(words) -> frozenset:
    return frozenset(stem(w) for w in words)


CONCEPT_OF: dict[str, set[str]] = {}
for _concept, _words in lx.CONCEPTS.items():
    for _stem in _stem_set(_words):
        CONCEPT_OF.setdefault(_stem, set()).add(_concept)
STOPPED = _stem_set(lx.OUTCOME_STOPPED)
HIT = _stem_set(lx.OUTCOME_HIT)
PERSON = _stem_set(lx.PERSON_NOUNS)
UNSPECIFIED = _stem_set(lx.UNSPECIFIED_PERSONS)
PERSON_GROUP_OF = {s: group for group, words in lx.PERSON_GROUPS.items() for s in _stem_set(words)}
COUNT_EVENT_OF = {s: key for key, words in lx.COUNT_EVENTS.items() for s in _stem_set(words)}
EVENT_STEMS = _stem_set(lx.EVENT_NOUNS)
GENERIC_STEMS = _stem_set(lx.GENERIC_CONTENT)


@dataclass
class Token:
    """One word or punctuation mark of a claim."""

    text: str
    lower: str
    stem: str
    entity: bool = False
    punct: bool = False

    @property
    def content(self) -> bool:
        """True for a word that carries meaning (not punctuation, not a function word)."""
        return not self.punct and self.lower not in lx.STOPWORDS and self.lower not in lx.NEGATORS


@dataclass
class Count:
    """A number in a claim, what it counts (``@death``, ``@injury`` ...) and its bounds."""

    key: str
    low: float
    high: float
    text: str
    who: str | None = None
    elsewhere: bool = False  # its clause says it counts another event ("in another town last month")

    def same_count(self, other: "Count") -> bool:
        """True when both count the same event of the same people ('5 soldiers killed' and '15 militants
        killed' are two counts; '9 people killed' may be either)."""
        return self.key == other.key and (self.who is None or other.who is None or self.who == other.who)

    def compatible(self, other: "Count") -> bool:
        """True when the two figures can both hold: the ranges overlap ('at least 3' and '4' do; '3' and
        '11' do not), and an open 'at least N' is not dwarfed by the other figure ('at least 7' and
        '26', given by two parties, are two tolls, not one toll and a bound)."""
        if not (self.low <= other.high and other.low <= self.high):
            return False
        for bound, figure in ((self, other), (other, self)):
            if bound.high == math.inf and figure.high != math.inf and figure.low > max(2 * bound.low, bound.low + 10):
                return False
        return True


@dataclass
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
    return Features(terms=terms, entities={t.stem for t in tokens if t.entity},
                    negations=_negations(tokens), counts=_counts(tokens), outcomes=_outcomes(tokens, lowered),
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


def _number(tokens: list[Token], i: int) -> tuple[float, int] | None:
    """The value of the number starting at token i and how many tokens it spans."""
    word = tokens[i].lower.replace(",", "")
    if re.fullmatch(r"\d+(\.\d+)?", word):
        value = float(word)
    elif word in lx.NUMBER_WORDS:
        value = float(lx.NUMBER_WORDS[word])
    else:
        return None
    width = 1
    if i + 1 < len(tokens) and tokens[i + 1].lower in lx.MULTIPLIERS:
        value *= lx.MULTIPLIERS[tokens[i + 1].lower]
        width = 2
    return value, width


def _counts(tokens: list[Token]) -> list[Count]:
    out = []
    i = 0
    while i < len(tokens):
        parsed = _number(tokens, i)
        if tokens[i].lower == "no" and i + 1 < len(tokens) and tokens[i + 1].lower == "one":
            parsed = (0.0, 2)  # "no one was hurt" counts none, not one
        elif parsed is None and _none_of(tokens, i):
            # "no civilians have been killed": a count of none, against "6,500 civilians died"
            parsed = (0.0, 1)
        if parsed is None:
            i += 1
            continue
        value, width = parsed
        count = _count_at(tokens, i, width, value)
        if count is not None:
            out.append(count)
        i += width
    return out


def _none_of(tokens: list[Token], i: int) -> bool:
    """True for "no" right before a noun of persons ("no civilians", "no soldiers")."""
    return tokens[i].lower == "no" and i + 1 < len(tokens) and tokens[i + 1].stem in PERSON


def _count_at(tokens: list[Token], i: int, width: int, value: float) -> Count | None:
    after = tokens[i + width:i + width + 5]
    before = tokens[max(0, i - 3):i]
    if (after and (after[0].lower in lx.TIME_WORDS or after[0].lower in lx.MONTHS)) or \
            (before and before[-1].lower in lx.MONTHS):
        return None
    if tokens[i].lower.isdigit() and 1900 <= value <= 2100:
        return None
    if after and after[0].lower == "times":
        return None  # "the count is four times the official figure": a ratio, not a count of four
    key = _count_key(after, before)
    if key is None and any(t.stem in PERSON for t in after[:2]):
        # "180 people in Orrin Vale have fallen ill": the counted people, then where, then what
        # happened to them, further on in the same clause
        key = _count_key(_clause_after(tokens, i + width, 10), [])
    if key is None:
        key = _tally_key(tokens, i)
    if key is None:
        return None
    low, high = _bounds(" ".join(t.lower for t in before), value)
    return Count(key, low, high, " ".join(t.text for t in tokens[max(0, i - 2):i + width + 2]),
                 _counted(tokens[i + width:i + width + 10]),
                 _elsewhere(tokens, i))


TALLY_WINDOW = 6


def _tally_key(tokens: list[Token], i: int) -> str | None:
    """What a figure counts when a tally noun before it in its clause names the count: "the death
    toll rose to 45", "a toll of 69", "put the toll from the attack at 30", "the number of injured
    reached 40" (the count event nearest the figure; "toll" itself is a toll of deaths)."""
    window: list[Token] = []
    for token in reversed(tokens[max(0, i - TALLY_WINDOW):i]):
        if token.punct or token.lower in CLAUSE_BREAK:
            break
        window.append(token)
    if not any(t.lower in lx.FIGURE_NOUNS for t in window):
        return None
    for token in window:
        if token.stem in COUNT_EVENT_OF:
            return COUNT_EVENT_OF[token.stem]
    return None


def _elsewhere(tokens: list[Token], i: int) -> bool:
    """True when the clause holding the figure at token i says it is about another event: 'another',
    'separate', 'previous', or 'last month' / 'last year'."""
    start = i
    while start > 0 and not (tokens[start - 1].punct or tokens[start - 1].lower in CLAUSE_BREAK):
        start -= 1
    end = i
    while end < len(tokens) and not (tokens[end].punct or (end > i and tokens[end].lower in CLAUSE_BREAK)):
        end += 1
    words = [t.lower for t in tokens[start:end]]
    if set(words) & lx.ELSEWHERE_WORDS:
        return True
    return any(w == "last" and nxt in lx.ELSEWHERE_TIMES for w, nxt in zip(words, words[1:]))


def _clause_after(tokens: list[Token], start: int, limit: int) -> list[Token]:
    """Up to `limit` tokens from `start`, stopping before a clause break ('that', 'which', ',')."""
    out = []
    for token in tokens[start:start + limit]:
        if token.punct or (token.lower in CLAUSE_BREAK and token.lower not in {"and"}):
            break
        out.append(token)
    return out


def _counted(after: list[Token]) -> str | None:
    """Which group of people a figure counts ('@forces' for 'five soldiers'), None when it does not say."""
    limit, k = 4, 0
    while k < min(limit, len(after)):
        token = after[k]
        if token.punct or token.lower in {"and", "but", "or", "while"}:
            break
        if token.stem in PERSON_GROUP_OF:
            return PERSON_GROUP_OF[token.stem]
        if token.stem in UNSPECIFIED and k + 1 < len(after) and after[k + 1].lower == "of":
            limit = k + 7  # "13 members of the Velan state forces": the of-phrase says whose members
        k += 1
    return None


def _count_key(after: list[Token], before: list[Token]) -> str | None:
    """What is counted: the event that happened to the counted people, from the words around."""
    person = False
    for token in after:
        if token.punct or _number_like(token):
            break
        if token.stem in COUNT_EVENT_OF:
            return COUNT_EVENT_OF[token.stem]
        person = person or token.stem in PERSON
        if token.lower in {"and", "but", "or", "while"}:
            break
    if person:
        for token in reversed(before):
            if token.punct or _number_like(token) or token.lower in {"and", "but", "or", "while"}:
                break
            if token.stem in COUNT_EVENT_OF:
                return COUNT_EVENT_OF[token.stem]
    return None


def _number_like(token: Token) -> bool:
    return token.lower.replace(",", "").isdigit() or token.lower in lx.NUMBER_WORDS


def _bounds(before: str, value: float) -> tuple[float, float]:
    before = " " + before
    if any(before.endswith(" " + q) for q in ("more than", "over", "in excess of", "upwards of")):
        return value + 0.5, math.inf
    if any(before.endswith(" " + q) for q in lx.LOWER_BOUND):
        return value, math.inf
    if any(before.endswith(" " + q) for q in ("fewer than", "less than", "under")):
        return 0.0, value - 0.5
    if any(before.endswith(" " + q) for q in lx.UPPER_BOUND):
        return 0.0, value
    if any(before.endswith(" " + q) for q in lx.APPROXIMATE):
        return value * 0.8, value * 1.2
    return value, value


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
    if feats.counts or not set(lowers) & lx.FIGURE_COMPARATIVES:
        return False
    if "than" not in lowers:
        return True
    after = set(lowers[lowers.index("than") + 1:])
    return bool(after & lx.GIVEN_FIGURE_WORDS)
