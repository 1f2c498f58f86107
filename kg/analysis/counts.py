"""Figures in a claim's words: the number, what it counts (the event that happened to the counted
people: ``@death``, ``@injury`` ...), whom it counts, its bounds ("at least", "as many as"), and
whether it is a total over several events or a period.

``counts(tokenize("at least 15 soldiers were killed"))`` gives one ``@death`` count of soldiers in
[15, inf). Read through :func:`kg.analysis.text.features`.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

from . import lexicon as lx
from .tokens import (
    CLAUSE_BREAK,
    COUNT_EVENT_OF,
    EVENT_STEMS,
    PERSON,
    PERSON_GROUP_OF,
    SENTENCE_BREAK,
    UNSPECIFIED,
    Token,
    _number_like,
    _stem_set,
)


@dataclass(slots=True)
class Count:
    """A number in a claim, what it counts (``@death``, ``@injury`` ...) and its bounds."""

    key: str
    low: float
    high: float
    text: str
    who: str | None = None
    elsewhere: bool = False  # its clause says it counts another event ("in another town last month")
    summed: bool = False  # its claim counts several events ("in two attacks"): a total over them
    running: bool = False  # a total "since" a time ("have died since March"): see _running_total
    perfect: bool = False  # told in the present perfect ("have been killed"): a count over a period
    some: bool = False  # no figure, only that some were ("civilians were killed"): see _some_of

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
        if self.some or other.some:
            return True  # "civilians died" holds with any figure but none
        for bound, figure in ((self, other), (other, self)):
            if bound.high == math.inf and figure.high != math.inf and figure.low > max(2 * bound.low, bound.low + 10):
                return False
        return True


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


def counts(tokens: list[Token]) -> list[Count]:
    """The figures of a claim's tokens, each with what it counts; a claim that counts several
    events or sites ("when gunmen attacked two bases") sums its figures over them."""
    out = _counts(tokens)
    out += _some_of(tokens, {(c.key, c.who) for c in out})
    several = bool(out) and _several_events(tokens)
    for count in out:
        count.summed = count.summed or several
    return out


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


SOME_DEATH_NOUNS = frozenset({"death", "deaths"})


def _some_of(tokens: list[Token], given: set) -> list[Count]:
    """Deaths told without a figure: a plural noun of a group of people, then "deaths", "died" or
    a passive verb of killing ("civilians were killed", "civilian deaths"), with no number or "no"
    before it. Such a claim holds with any figure but none ("no civilians were killed")."""
    out = []
    for k, token in enumerate(tokens):
        group = PERSON_GROUP_OF.get(token.stem)
        deaths = k + 1 < len(tokens) and tokens[k + 1].lower in SOME_DEATH_NOUNS
        if group is None or (token.lower == token.stem and not deaths) or ("@death", group) in given:
            continue  # a singular noun ("a soldier", but "civilian deaths") or a group already counted
        if k and (tokens[k - 1].lower in lx.NEGATORS or _number_like(tokens[k - 1])):
            continue
        if not _died(tokens[k + 1:k + 5]):
            continue
        key = "@death"
        given.add((key, group))
        out.append(Count(key, 1.0, math.inf, token.text, group, some=True))
    return out


def _died(after: list[Token]) -> bool:
    """True when the words after a noun of people say they died: "deaths", "died", or a passive
    verb of killing ("were killed", "have been slain"); not an active one ("killed the rebels": the
    people did the killing)."""
    if after and after[0].lower in SOME_DEATH_NOUNS:
        return True
    passive = False
    for token in after:
        if token.punct or token.lower in CLAUSE_BREAK or _number_like(token):
            return False
        if COUNT_EVENT_OF.get(token.stem) == "@death":
            return passive or token.stem == "die"
        passive = passive or token.lower in {"was", "were", "been", "are", "is", "be"}
    return False


def _none_of(tokens: list[Token], i: int) -> bool:
    """True for "no" right before a noun of persons ("no civilians", "no soldiers")."""
    return tokens[i].lower == "no" and i + 1 < len(tokens) and tokens[i + 1].stem in PERSON


def _count_at(tokens: list[Token], i: int, width: int, value: float) -> Count | None:
    after = tokens[i + width:i + width + 5]
    before = tokens[max(0, i - 5):i]
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
        key = _coordinated_key(tokens, i + width)
    if key is None:
        key = _tally_key(tokens, i)
    if key is None:
        return None
    low, high = _bounds(" ".join(t.lower for t in before), value)
    return Count(key, low, high, " ".join(t.text for t in tokens[max(0, i - 2):i + width + 2]),
                 _counted(tokens[i + width:i + width + 10]),
                 _elsewhere(tokens, i), running=_running_total(tokens, i + width),
                 perfect=_perfect(tokens, i, i + width))


RUNNING_WINDOW = 12
PERFECT_WINDOW = 4


def _perfect(tokens: list[Token], i: int, start: int) -> bool:
    """True when the figure at token i is told in the present perfect: "40 have been killed",
    "the army has killed 40"."""
    near = tokens[start:start + PERFECT_WINDOW] + tokens[max(0, i - PERFECT_WINDOW):i]
    return any(t.lower in {"have", "has", "'ve"} for t in near)


def _running_total(tokens: list[Token], start: int) -> bool:
    """True for a figure told in the present perfect up to "since" a time: "more than 900 people
    have died since the fighting began", "40 have been arrested since then" (a running total over
    all the events since, not one event's count)."""
    perfect = False
    for token in tokens[start:start + RUNNING_WINDOW]:
        if token.lower in SENTENCE_BREAK:
            return False
        if token.lower in {"have", "has"}:
            perfect = True
        elif token.lower == "since":
            return perfect
    return False


SITE_STEMS = EVENT_STEMS | _stem_set(lx.CONCEPTS["@attack"] | lx.CONCEPTS["@facility"])


def _several_events(tokens: list[Token]) -> bool:
    """True when a claim counts the events or places its figures are summed over: "when gunmen
    attacked two bases", "in three separate raids" (a number above one, or "separate", before a
    noun of attack or of a site, with at most one word between)."""
    for k, token in enumerate(tokens):
        parsed = _number(tokens, k)
        if not ((parsed and parsed[0] >= 2) or token.lower in {"separate", "several", "multiple"}):
            continue
        start = k + (parsed[1] if parsed else 1)
        if any(t.stem in SITE_STEMS and not t.entity for t in tokens[start:start + 2]):
            return True
    return False


COORDINATED_WINDOW = 5


def _coordinated_key(tokens: list[Token], start: int) -> str | None:
    """What a figure of people counts when another figure of people is coordinated with it and the
    event comes after the last one: "two guards and 14 gunmen were killed", "three soldiers, two
    villagers and 11 rebels died" (each figure counts the event told once for all)."""
    person = False
    for k in range(start, min(len(tokens), start + COORDINATED_WINDOW)):
        token = tokens[k]
        if token.lower in {"and", ","} and person and k + 1 < len(tokens):
            parsed = _number(tokens, k + 1)
            if parsed is None:
                return None
            after = k + 1 + parsed[1]
            return _count_key(_clause_after(tokens, after, 10), []) or _coordinated_key(tokens, after)
        if token.punct or token.lower in CLAUSE_BREAK or _number_like(token):
            return None
        person = person or token.stem in PERSON
    return None


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


def _bounds(before: str, value: float) -> tuple[float, float]:
    before = " " + before
    if any(before.endswith(" " + q) for q in ("more than", "over", "in excess of", "upwards of")):
        return value + 0.5, math.inf
    if any(before.endswith(" " + q) for q in lx.LOWER_BOUND):
        return value, math.inf
    if any(before.endswith(" " + q) for q in ("fewer than", "less than", "under")):
        return 0.0, value - 0.5
    if any(before.endswith(" " + q) for q in lx.HIGH_END):
        return value / 2, value
    if any(before.endswith(" " + q) for q in lx.UPPER_BOUND):
        return 0.0, value
    if any(before.endswith(" " + q) for q in lx.APPROXIMATE):
        return value * 0.8, value * 1.2
    return value, value
