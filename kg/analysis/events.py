"""Which event a claim tells of, across the articles of one story, by what it names rather than by
the words it shares with another claim.

Two articles of one story report one event in different words: "activists say troops slaughtered as
many as 220 people in the village of Osk" and, two days later, "a spokesman said only two civilians
and 37 gunmen were killed in a defensive operation". The two claims share no rare word, yet they
give figures of the same count (the dead) for the event both articles tell of. A claim names the
place or the people of its event by its rarest proper name (the village, not the country): that
name is what another article must name too for the two claims to be about one event, and a claim
whose rarest name the other article never names tells of another event ("more than 100 were killed
in Dara", in an article on the Osk killings weeks later, is the Dara toll).
"""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Iterator

from .context import Prepared

RARE_NAME_DOCS = 3  # a name held by at most this many articles (or 5% of them) names one event


def _name_df(prepared: Prepared) -> Counter:
    """How many articles name each proper-name root (computed once)."""
    key = ("events", "name_df")
    if key not in prepared.memo:
        df: Counter = Counter()
        for doc in {s.doc for s in prepared.statements}:
            df.update(prepared.article_names(doc))
        prepared.memo[key] = df
    return prepared.memo[key]


def rarest_name(prepared: Prepared, i: int) -> str | None:
    """The rarest proper name a claim holds that is held by few articles, two at least: the village
    or the people of its event, not its country. None when it names no such name."""
    key = ("events", "rarest", i)
    if key in prepared.memo:
        return prepared.memo[key]
    df = _name_df(prepared)
    if ("events", "docs") not in prepared.memo:
        # (counted once: counted per call, the analysis grew with the square of the corpus)
        prepared.memo[("events", "docs")] = len({s.doc for s in prepared.statements})
    limit = max(RARE_NAME_DOCS, prepared.memo[("events", "docs")] // 20)
    # a name no other article holds ("the Sunni village") says nothing of which event another
    # article tells of: only the names the story's articles share are weighed
    named = [(df[e], e) for e in prepared.feats[i].entities if 2 <= df.get(e, 0) <= limit]
    prepared.memo[key] = min(named)[1] if named else None
    return prepared.memo[key]


def other_event(prepared: Prepared, i: int, j: int) -> bool:
    """True when two claims of two articles tell of two events: one of them names a rare place or
    people that the other's article never names ("killed in Dara" against an article on Osk)."""
    a, b = prepared.statements[i], prepared.statements[j]
    if a.doc == b.doc:
        return False
    for x, other in ((i, b.doc), (j, a.doc)):
        name = rarest_name(prepared, x)
        if name is not None and name not in prepared.article_names(other):
            return True
    return False


def same_event(prepared: Prepared, i: int, j: int) -> bool:
    """True when two claims of two articles of one story tell of one event: at least one of them
    names a rare place or people, and each one's rarest name is named by the other's article."""
    if prepared.statements[i].doc == prepared.statements[j].doc or not prepared.same_story(i, j):
        return False
    if rarest_name(prepared, i) is None and rarest_name(prepared, j) is None:
        return False
    return not other_event(prepared, i, j)


def figure_candidates(prepared: Prepared) -> Iterator[tuple[int, int]]:
    """Pairs (i < j) of claims of two articles of one story that give figures of the same count
    (both count the dead, or the hurt): compared whatever words they share."""
    stories = prepared.story_groups()
    by_story: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, statement in enumerate(prepared.statements):
        for key in {c.key for c in prepared.feats[i].counts if not c.some}:
            by_story[(stories.story(statement.doc), key)].append(i)
    seen: set[tuple[int, int]] = set()
    for members in by_story.values():
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                if prepared.statements[i].doc != prepared.statements[j].doc and (i, j) not in seen:
                    seen.add((i, j))
                    yield i, j


def bare_story_tolls(prepared: Prepared, i: int, j: int, event_i: set[str], event_j: set[str]) -> bool:
    """True when two claims of two articles of one story each give a figure with nothing to tell
    which event it counts: no kind of event, no name the other article lacks ("at least 120 people
    were killed" in one article, "37 people were killed" in another). A figure told bare counts
    what its own article reports, and the two articles of one story report one event: the two
    figures count the same dead. A claim naming a kind of event is left to :func:`same_event`, and
    so is one naming a place or people the other article never names ("killed in Brenmoor")."""
    a, b = prepared.statements[i], prepared.statements[j]
    if a.doc == b.doc or not prepared.same_story(i, j) or event_i or event_j:
        return False
    return all(set(prepared.feats[x].entities) <= prepared.article_names(other.doc)
               for x, other in ((i, b), (j, a)))
