"""The words of a claim and the stems and word classes the rules share: a light stemmer,
person nouns and their groups, count events, and a token with its flags (read by
:mod:`kg.analysis.text` and :mod:`kg.analysis.counts`)."""
from __future__ import annotations

from dataclasses import dataclass

from . import lexicon as lx

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


def _stem_set(words) -> frozenset:
    return frozenset(stem(w) for w in words)


def _person_set(words) -> frozenset:
    """Stems of person nouns and of their plurals in -men ("gunmen", "policemen": the stemmer
    leaves them whole)."""
    return _stem_set(words) | _stem_set(w[:-3] + "men" for w in words if w.endswith("man"))


PERSON = _person_set(lx.PERSON_NOUNS)
UNSPECIFIED = _person_set(lx.UNSPECIFIED_PERSONS)
PERSON_GROUP_OF = {s: group for group, words in lx.PERSON_GROUPS.items() for s in _person_set(words)}
COUNT_EVENT_OF = {s: key for key, words in lx.COUNT_EVENTS.items() for s in _stem_set(words)}
EVENT_STEMS = _stem_set(lx.EVENT_NOUNS)


@dataclass(slots=True)
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


def _number_like(token: Token) -> bool:
    return token.lower.replace(",", "").isdigit() or token.lower in lx.NUMBER_WORDS
