"""A denial that an act happened at all, told in the passive with no doer ("denied the election was
rigged", "rejected claims the ballots were tampered with"), answers every accusation of that act in
its story, whoever the accusation names as the doer ("accused the ruling party of massive rigging"):
if nobody rigged the election, nobody can be charged with rigging it. The two share the act's verb
(rigged / rigging) and often little else, so the overlap the denial rules weigh is too low to pair
them, and the denier is seldom the accused one named in the claim."""
from __future__ import annotations

from . import lexicon as lx
from .context import Prepared
from .rules import Finding, _name, _quote, accusation, firm, same_subject
from .tokens import Token

PASSIVE_BE = frozenset({"was", "were", "is", "are", "been", "be"})


def _agentless_passive_act(tokens: list[Token]) -> str | None:
    """The stem of the verb of a denial told as "(the) N was VERB-ed" with no "by" after it, else None."""
    words = [t for t in tokens if not t.punct]
    for k, token in enumerate(words[:-1]):
        if token.lower not in PASSIVE_BE or k == 0:
            continue
        verb = words[k + 1]
        if verb.entity or not verb.lower.endswith("ed") or verb.lower in lx.AUXILIARIES:
            continue
        if any(t.lower == "by" for t in words[k + 2:]) or any(t.lower in lx.NEGATORS for t in words):
            return None
        return verb.stem
    return None


def _charged_act(prepared: Prepared, j: int, act: str) -> bool:
    """True when claim j accuses someone of the act, named as a gerund ("of rigging the vote")."""
    if not accusation(prepared, j) or not firm(prepared, j) or prepared.feats[j].negated:
        return False
    return any(t.stem == act and t.lower.endswith("ing") for t in prepared.feats[j].tokens if not t.entity)


def passive_denial_conflict(prepared: Prepared, i: int, j: int) -> Finding | None:
    """A denial that an act was done (no doer named) against an accusation of that act."""
    if prepared.statements[j].stance == "denies":
        i, j = j, i
    if prepared.statements[i].stance != "denies":
        return None
    act = _agentless_passive_act(prepared.feats[i].tokens)
    if act is None or not _charged_act(prepared, j, act):
        return None
    if not same_subject(prepared, i, j):
        return None
    why = (f"{_name(prepared, j)} accuses: {_quote(prepared.statements[j].content)}; {_name(prepared, i)} "
           f"denies the act was done at all: {_quote(prepared.statements[i].content)}")
    return Finding("opposite_stances", j, i, 0.6, why)
