"""The contradiction rules about what an event did: its outcome (stopped or got through), its
victims (who was killed) and its figures (different numbers for the same count). Each takes the
prepared corpus and two statement indices and returns a :class:`~kg.analysis.rules.Finding` or
None, as the rules of :mod:`kg.analysis.rules` do.
"""
from __future__ import annotations

from . import lexicon as lx
from .context import Prepared
from .events import bare_story_tolls, same_event
from .rules import Finding, _name, _quote, different_entities, firm, named_by_each_other, same_subject
from .text import Features, dismisses_figure, ground_hit, ground_only_stop, stem
from .tokens import COUNT_EVENT_OF, EVENT_STEMS, PERSON_GROUP_OF

# counts of the dead told bare in two articles of one story count one event's dead (events.py)
BARE_TOLL_KEYS = frozenset({"@death"})

# -- outcomes ----------------------------------------------------------------------------------

OUTCOME_WORDS = {"intercept", "suppress", "shoot", "down", "hit", "strike", "destroy", "explod", "damag",
                 "work", "air", "defens"}


def outcome_conflict(prepared: Prepared, i: int, j: int) -> Finding | None:
    """One firm claim says the attack was stopped, the other that it hit or destroyed its target."""
    if not (firm(prepared, i) and firm(prepared, j)):
        return None
    oi, oj = prepared.feats[i].outcomes, prepared.feats[j].outcomes
    if oi == {"hit"} and oj == {"stopped"}:
        i, j, oi, oj = j, i, oj, oi
    if not (oi == {"stopped"} and oj == {"hit"}):
        return None
    same_doc = prepared.statements[i].doc == prepared.statements[j].doc
    if not same_doc and not same_subject(prepared, i, j, exclude=OUTCOME_WORDS, minimum=2):
        return None
    if ground_only_stop(prepared.feats[i]) and not ground_hit(prepared.feats[j]) \
            and not (prepared.feats[i].content_terms & prepared.feats[j].content_terms) - OUTCOME_WORDS:
        # "the soldiers repulsed the militants" answers an assault (overran, stormed, breached),
        # not "a bomb exploded beside the convoy": one article can tell of both attacks
        return None
    similarity = prepared.index.cosine(i, j)
    why = (f"{_name(prepared, i)}: the attack was stopped ({_quote(prepared.statements[i].content)}); "
           f"{_name(prepared, j)}: it hit its target ({_quote(prepared.statements[j].content)})")
    return Finding("outcome_conflict", i, j, round(0.6 + 0.3 * min(1.0, similarity * 2), 3), why)


STRIKE_STEMS = frozenset(stem(w) for w in lx.STRIKE_NOUNS)
TARGET_GROUPS = frozenset({"@fighters"})


KILL_STEMS = frozenset(s for s, key in COUNT_EVENT_OF.items() if key == "@death")
# words that may stand between a verb of killing and whom it killed ("killed our own forces")
_OBJECT_FILLER = frozenset({"the", "our", "their", "its", "his", "her", "own", "some", "many", "several",
                            "dozens", "scores", "hundreds", "of"})


def _killed_groups(feats: Features) -> set[str]:
    """The groups of people a claim says were killed: counted ("nine militants" -> @fighters) or
    named as what a verb of killing killed ("the airstrikes that killed our forces" -> @forces)."""
    out = {c.who for c in feats.counts if c.key == "@death" and c.who is not None}
    tokens = [t for t in feats.tokens if not t.punct]
    for k, token in enumerate(tokens):
        if token.stem not in KILL_STEMS or not token.lower.startswith("kill"):
            continue
        for other in tokens[k + 1:k + 4]:
            if other.stem in PERSON_GROUP_OF:
                out.add(PERSON_GROUP_OF[other.stem])
                break
            if other.lower not in _OBJECT_FILLER:
                break
    return out


def victims_conflict(prepared: Prepared, i: int, j: int) -> Finding | None:
    """One party says a strike killed fighters, another that it killed soldiers or civilians (and
    neither names the other's dead): the two disagree on what the strike hit."""
    if not (firm(prepared, i) and firm(prepared, j)):
        return None
    fi, fj = prepared.feats[i], prepared.feats[j]
    gi, gj = _killed_groups(fi), _killed_groups(fj)
    if len(gi) != 1 or len(gj) != 1 or gi == gj:
        return None
    if gj <= TARGET_GROUPS:
        i, j, fi, fj, gi, gj = j, i, fj, fi, gj, gi  # side a: the strike killed fighters
    if not gi <= TARGET_GROUPS:
        return None  # soldiers against civilians: whom the strike was aimed at is not said
    if not ({t.stem for t in fi.tokens} & STRIKE_STEMS and {t.stem for t in fj.tokens} & STRIKE_STEMS):
        return None
    if aside(prepared.statements[i]) or aside(prepared.statements[j]):
        return None
    same_doc = prepared.statements[i].doc == prepared.statements[j].doc
    if not same_doc and not named_by_each_other(prepared, i, j) \
            and not same_subject(prepared, i, j, exclude=COUNT_WORDS.get("@death", set()) | STRIKE_STEMS):
        return None
    if different_entities(fi, fj) and not same_doc and not named_by_each_other(prepared, i, j):
        return None
    why = (f"{_name(prepared, i)}: the strike killed fighters ({_quote(prepared.statements[i].content)}); "
           f"{_name(prepared, j)}: it killed {next(iter(gj))[1:]} ({_quote(prepared.statements[j].content)})")
    return Finding("outcome_conflict", i, j, 0.6, why)


# -- numbers -----------------------------------------------------------------------------------

COUNT_WORDS = {key: {s for s, k in COUNT_EVENT_OF.items() if k == key} for key in set(COUNT_EVENT_OF.values())}



def _event_nouns(feats: Features) -> set[str]:
    """The kinds of armed event a claim names (raid, ambush, airstrike ...)."""
    return {t.stem for t in feats.tokens if t.stem in EVENT_STEMS}


def aside(statement) -> bool:
    """True when the statement's sentence opens by turning to another event ('Meanwhile, ...',
    'Separately, ...', 'In a separate attack, ...')."""
    opening = " ".join((statement.sentence or "").lower().replace(",", " ").split()[:4])
    return any(opening == o or opening.startswith(o + " ") for o in lx.ASIDE_OPENERS)


def number_conflict(prepared: Prepared, i: int, j: int) -> Finding | None:
    """Different, incompatible numbers for the same count on the same subject."""
    if not (firm(prepared, i) and firm(prepared, j)):
        return None
    fi, fj = prepared.feats[i], prepared.feats[j]
    if not fi.counts or not fj.counts:
        return None
    if aside(prepared.statements[i]) or aside(prepared.statements[j]):
        return None  # "Meanwhile, an airstrike near Osk killed two fighters": another event
    if dismisses_figure(fi) or dismisses_figure(fj):
        return None  # "the toll of 40 is inflated" gives another party's figure, not its own
    cross_named = named_by_each_other(prepared, i, j)
    # two articles of one story: "220 killed in the village of Osk" and "only 39 were killed, said
    # Damascus" count one event's dead when the other article names the village too (see events.py)
    event = same_event(prepared, i, j)
    if different_entities(fi, fj) and not cross_named and not event:
        return None
    ei, ej = _event_nouns(fi), _event_nouns(fj)
    if ei and ej and not ei & ej:
        return None  # "15 killed in the raid" and "150 killed by the airstrike": two events
    for named, bare, other in ((ei, ej, j), (ej, ei, i)):
        # a figure given without its event counts what its own article tells of: an article
        # that never names a raid gives no toll of "the raid" another article reports
        if named and not bare and not named & prepared.article_events(prepared.statements[other].doc):
            return None
    for x in fi.counts:
        for y in fj.counts:
            if x.elsewhere or y.elsewhere:
                continue  # "a clash that left two dead in another town last month": another event
            if x.summed != y.summed:
                continue  # "six killed in two attacks" sums the toll of "five killed at the post"
            if (x.running and not y.perfect) or (y.running and not x.perfect):
                continue  # "900 have died since March" sums "40 were killed on Friday" with others
            if x.same_count(y) and not x.compatible(y):
                # one story's two articles counting the same people (both say whom: "22 soldiers",
                # "13 members of the state forces") of an event both articles name
                same_people = cross_named and x.who is not None and x.who == y.who
                # a toll "over the last months" against one "since Saturday" may count two periods:
                # the event alone ties only two counts of one event told as done (not perfect)
                told_done = not (x.running or y.running or x.perfect or y.perfect)
                one_event = told_done and (event or (x.key in BARE_TOLL_KEYS and bare_story_tolls(prepared, i, j, ei, ej)))
                if not same_people and not one_event and not same_subject(prepared, i, j,
                                                        exclude=COUNT_WORDS.get(x.key, set()) | {x.key}):
                    return None
                gap = abs(x.low - y.low) / max(x.low, y.low, 1.0)
                why = (f"{_name(prepared, i)} counts {x.text!r} ({x.key[1:]}), {_name(prepared, j)} counts "
                       f"{y.text!r}: the two figures cannot both hold")
                # "40 people killed" against "4 police officers killed" may count other people than
                # against "a toll of five": where only one side says whom it counts, the pair ranks
                # below one whose sides count alike (one toll is kept per pair of parties)
                alike = 0.0 if x.who == y.who else 0.05
                return Finding("number_conflict", i, j, round(0.6 + 0.35 * min(gap, 1.0) - alike, 3), why)
    return None
