"""Verdicts on a vote or a trial: one party says the election was free and fair (or denies it was
rigged, or dismisses criticism of it), another that it was rigged, a fraud or a farce. The two name
the verdict in different words ("free and fair" against "marred by massive fraud"), so neither the
term index nor :func:`kg.analysis.rules.polarity_conflict` pairs them; what ties them is the
process judged (a vote, a trial) in one story, and what sets them apart is the class of the
verdict, turned over by a negation before it or by a denial ("dismissed allegations the vote was
rigged" says it was not)."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from . import lexicon as lx
from .context import Prepared
from .rules import ASSERTING, Finding, _name, _quote, firm
from .text import tokenize

LOOK_BACK = 4  # "was not rigged", "failed to hold a free and fair poll", "did not find the vote unfair"
TURNERS = lx.NEGATORS | lx.VERDICT_TURNERS
_PHRASES = sorted([(tuple(p.replace(",", " ,").split()), True) for p in lx.FAIR_VERDICTS]
                  + [(tuple(p.replace(",", " ,").split()), False) for p in lx.UNFAIR_VERDICTS],
                  key=lambda p: -len(p[0]))  # "free and fair" before "fair"
PROCESS_OF = {noun: kind for kind, nouns in lx.JUDGED_PROCESSES.items() for noun in nouns}


def verdict(words: list[str]) -> bool | None:
    """True when the words call the process fair, False when unfair, None when they give no
    verdict or verdicts of both classes. A negator or "failed" just before a verdict turns it over."""
    found: set[bool] = set()
    k = 0
    while k < len(words):
        for phrase, fair in _PHRASES:
            if tuple(words[k:k + len(phrase)]) == phrase:
                if phrase[-1].startswith("rig") and words[k + len(phrase):k + len(phrase) + 1] == ["with"]:
                    break  # "a car rigged with explosives" judges no vote
                turned = bool(set(words[max(0, k - LOOK_BACK):k]) & TURNERS)
                found.add(fair != turned)
                k += len(phrase) - 1
                break
        k += 1
    return found.pop() if len(found) == 1 else None


def _words(text: str | None) -> list[str]:
    return [t.lower for t in tokenize(text or "") if not t.punct or t.lower == ","]


def judged(prepared: Prepared, i: int) -> tuple[str, bool] | None:
    """(kind of process, fair) of what statement i says of a vote or a trial, or None. A denial
    turns the verdict over; the process is named in the content or, failing that, in its sentence
    ("accused the ruling party of massive rigging" in a sentence about the election)."""
    statement = prepared.statements[i]
    denial = statement.stance == "denies"
    if not denial and not (statement.stance in ASSERTING and firm(prepared, i)):
        return None
    if prepared.feats[i].modal:
        return None
    words = _words(statement.content)
    fair = verdict(words)
    if fair is None:
        return None
    kinds = {PROCESS_OF[w] for w in words if w in PROCESS_OF} \
        or {PROCESS_OF[w] for w in _words(statement.sentence) if w in PROCESS_OF}
    if len(kinds) != 1:
        return None
    return next(iter(kinds)), fair != denial


def verdict_candidates(prepared: Prepared) -> Iterator[tuple[int, int, str]]:
    """Pairs (i, j, kind) of statements of one story that judge the same kind of process, i calling
    it fair and j unfair."""
    stories = prepared.story_groups()
    fair: dict[tuple[str, str], list[int]] = defaultdict(list)
    unfair: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, statement in enumerate(prepared.statements):
        found = judged(prepared, i)
        if found:
            (fair if found[1] else unfair)[(stories.story(statement.doc), found[0])].append(i)
    for key, members in fair.items():
        for i in members:
            for j in unfair.get(key, ()):
                yield i, j, key[1]


def verdict_findings(prepared: Prepared) -> list[Finding]:
    """A party calling a vote or a trial fair against another calling it unfair, in one story."""
    out = []
    for i, j, kind in verdict_candidates(prepared):
        if prepared.relations.same_party(prepared.key(i), prepared.key(j)):
            continue
        what = kind[1:]
        why = (f"{_name(prepared, i)}: the {what} was fair ({_quote(prepared.statements[i].content)}); "
               f"{_name(prepared, j)}: it was not ({_quote(prepared.statements[j].content)})")
        out.append(Finding("polarity_conflict", j, i, 0.65, why))
    return out
