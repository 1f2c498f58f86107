"""Contradictions that the wording of one statement sets up with others, where the two sides
share few words:

- mutual blame: "the army and the rebels blamed each other for the blast" gives one claim per
  party with one content; each blames the other, so the two contradict each other;
- blame turned back: "X blamed the rebels for the strike" against another party's "X was
  responsible for the attack": each gives the act to the other side;
- retractions: "the ministry retracted its claim that S" denies S, against the ministry's own
  earlier claim S (the one case where a party contradicts itself) and against the other parties
  of its article who said S too;
- verdicts: "the court convicted X of S" / "found X guilty of S" against X's plea of not guilty
  ("X pleaded not guilty to charges that S"), in any article of the story;
- figures of captives freed: a near-total ("all but eight of the more than 100 pupils were
  freed", "nearly all of them were released") against a count of the freed or escaped under half
  of it ("32 of the pupils have escaped"), by another party of the story;
- denials of unnamed reports: "X denied reports that S" gives the placeholder source "reports";
  the reports are those of the parties of the story that reported ("the Gazette reported that
  S'", an outlet, not a correspondent reporting the story), so X's denial answers their claims too.
"""
from __future__ import annotations

import re
from collections import defaultdict

from . import lexicon as lx
from .context import Prepared
from .counts import _number
from .rules import ASSERTING, GENERIC, Finding, _accused_words, firm, requests, same_subject, side_roots
from .text import dismisses_claim, features, stem, tokenize

RETRACTION_MIN_UNITS = 2  # units of a claim a retraction must cover, from another party
VERDICT_SCORE = 0.7
RETRACTION_SCORE = 0.7
MUTUAL_SCORE = 0.7
REPORT_DENIAL_SCORE = 0.6


def _inflects(word: str, verb: str) -> bool:
    base = verb[:-1] if verb.endswith("e") else verb
    return word == verb or word in {verb + "s", verb + "es", verb + "d", base + "ed", base + "ing"}


def _cue_words(cue: str) -> list[str]:
    return [w for w in cue.lower().replace("\u2019", "'").split() if w not in lx.AUXILIARIES]


def _cue_is(cue: str, verbs) -> bool:
    """True when a cue's first word (auxiliaries aside) is one of `verbs` or a regular form of one."""
    words = _cue_words(cue)
    return bool(words) and any(_inflects(words[0], v) for v in verbs)


def _sentence_key(statement) -> tuple | None:
    if statement.sentence_start is None and statement.sentence is None:
        return None
    return statement.doc, statement.sentence_start, statement.sentence


def _quote(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return "\u201c" + (text if len(text) <= limit else text[:limit - 1] + "\u2026") + "\u201d"


def reversal_findings(prepared: Prepared) -> list[Finding]:
    """The findings of mutual blame, retractions and verdicts (see the module's docstring)."""
    return mutual_blame(prepared) + counter_blame(prepared) + retractions(prepared) + verdicts(prepared) \
        + release_figures(prepared)


# -- "blamed each other" ---------------------------------------------------------------------------

def mutual_blame(prepared: Prepared) -> list[Finding]:
    """Two parties' claims read from one sentence whose accusing cue is followed by "each other" or
    "one another", with one content: each blames the other for it."""
    by_sentence: dict[tuple, list[int]] = defaultdict(list)
    for i, statement in enumerate(prepared.statements):
        key = _sentence_key(statement)
        if key is not None and statement.stance in ASSERTING and _cue_is(statement.cue, lx.ACCUSING_CUES):
            by_sentence[key].append(i)
    out = []
    for members in by_sentence.values():
        if len(members) < 2 or not _reciprocal(prepared.statements[members[0]]):
            continue
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                a, b = prepared.statements[i], prepared.statements[j]
                if a.content != b.content or prepared.relations.same_party(prepared.key(i), prepared.key(j)):
                    continue
                why = f"{a.source} and {b.source} blame each other for {_quote(a.content)}"
                out.append(Finding("opposite_stances", i, j, MUTUAL_SCORE, why))
    return out


def _reciprocal(statement) -> bool:
    """True when "each other" / "one another" follows the cue in the statement's sentence, before
    its content ("blamed each other for S")."""
    sentence = (statement.sentence or "").lower()
    words = _cue_words(statement.cue)
    if not sentence or not words:
        return False
    at = sentence.find(words[-1])
    end = len(sentence)
    if statement.content_start is not None and statement.sentence_start is not None:
        end = max(0, statement.content_start - statement.sentence_start)
    between = sentence[at:end] if at >= 0 else ""
    return any(phrase in between for phrase in lx.RECIPROCAL_PHRASES)


# -- blame turned back -----------------------------------------------------------------------------

EVENT_CONCEPTS = frozenset({"@attack", "@death", "@casualty", "@injury"})
COUNTER_BLAME_SCORE = 0.6


def counter_blame(prepared: Prepared) -> list[Finding]:
    """"X blamed the rebels for last week's strike" against "X was responsible for the attack" (by
    another party, on the same subject): the claim names X and charges it with the kind of act X
    blames on someone else (an attack, deaths), or with a part in one. Whom X blames is read
    between the cue and the content, and is not X itself."""
    out = []
    for i, statement in enumerate(prepared.statements):
        if statement.stance not in ASSERTING or not _cue_is(statement.cue, lx.ACCUSING_CUES) \
                or _reciprocal(statement):
            continue
        blamed = _accused_words(prepared, i)
        mine = side_roots(prepared, i)
        events = set(prepared.feats[i].terms) & EVENT_CONCEPTS
        if not blamed or not mine or {t.stem for t in blamed if t.entity} & mine or not events:
            continue
        for j, other in enumerate(prepared.statements):
            if j == i or not firm(prepared, j) or prepared.relations.same_party(prepared.key(i), prepared.key(j)):
                continue
            terms = set(prepared.feats[j].terms)
            if not mine & prepared.feats[j].entities or not terms & events or not same_subject(prepared, i, j):
                continue
            if _accused_words(prepared, j) and not {t.stem for t in _accused_words(prepared, j) if t.entity} & mine:
                continue  # it blames someone else too
            why = (f"{statement.source} blames {' '.join(t.text for t in blamed)} for {_quote(statement.content)}; "
                   f"{other.source} gives it to {statement.source}: {_quote(other.content)}")
            # its own kind: the same parties may also stand opposed on a denial of the act
            out.append(Finding("disputed", j, i, COUNTER_BLAME_SCORE, why))
    return out


# -- retractions -----------------------------------------------------------------------------------

def retractions(prepared: Prepared) -> list[Finding]:
    """A retraction ("retracted its claim that S") against the claims S it takes back: its own
    party's (in its story: the claim retracted may stand in another article) and other parties' of
    its article that cover the retracted words well (two units at least, half of the claim's)."""
    out = []
    for i, statement in enumerate(prepared.statements):
        if statement.stance != "denies" or not _cue_is(statement.cue, lx.RETRACTION_CUES):
            continue
        mine = set(prepared.feats[i].terms) - GENERIC
        for j, other in enumerate(prepared.statements):
            if j == i or other.stance not in ASSERTING or not prepared.same_story(i, j):
                continue
            own = prepared.relations.same_party(prepared.key(i), prepared.key(j))
            if not own and (other.doc != statement.doc or not firm(prepared, j)):
                continue
            units = [u for h, u in prepared.feats[j].units.items() if not h.startswith("=")]
            covered = sum(1 for u in units if u & mine)
            if own:
                if other.content != statement.content and covered < max(RETRACTION_MIN_UNITS, len(units) / 2):
                    continue
            elif covered < RETRACTION_MIN_UNITS or covered < len(units) / 2:
                continue
            whose = "its own earlier claim" if own else f"what {other.source} said"
            why = f"{statement.source} retracts {_quote(statement.content)}, against {whose}: {_quote(other.content)}"
            out.append(Finding("opposite_stances", j, i, RETRACTION_SCORE, why, several=True))
    return out


# -- verdicts against pleas ------------------------------------------------------------------------

def _verdict(prepared: Prepared, i: int) -> bool:
    """"convicted X of S", "found X guilty of S": a court's finding of guilt."""
    statement = prepared.statements[i]
    if statement.stance not in ASSERTING or requests(statement.cue):
        return False
    if _cue_is(statement.cue, lx.VERDICT_CUES):
        return True
    words = {t.lower for t in prepared.feats[i].tokens}
    negated = bool(words & lx.NEGATORS)
    return _cue_is(statement.cue, lx.FINDING_CUES) and bool(words & lx.GUILTY_WORDS) and not negated


def _plea(statement) -> bool:
    """A plea of not guilty: a denial whose cue says "not guilty" ("pleaded not guilty to charges that S")."""
    words = _cue_words(statement.cue)
    return statement.stance == "denies" and any(w in lx.GUILTY_WORDS for w in words) and \
        any(w in lx.NEGATORS for w in words)


def _charges_dismissed(prepared: Prepared, i: int) -> bool:
    """"the charges are politically motivated", "the charges against him are fabricated": a claim
    naming the charges (a noun of accusation) and saying they are false or not genuine."""
    if prepared.statements[i].stance not in ASSERTING:
        return False
    words = [t.lower for t in prepared.feats[i].tokens if not t.punct]
    if not set(words) & lx.ACCUSATION_NOUNS:
        return False
    text = " ".join(words)
    return dismisses_claim(prepared.feats[i]) or any(phrase in text for phrase in lx.TRUMPED_UP_PHRASES)


def verdicts(prepared: Prepared) -> list[Finding]:
    """A verdict of guilt against the defendant's plea of not guilty, in the same story: the verdict
    names the defendant, or shares a word of the charge with the plea. A defendant's dismissal of
    the charges ("the charges are politically motivated") answers every verdict of its story; a
    defendant is whom a verdict of the story names."""
    pleas = [i for i, s in enumerate(prepared.statements) if _plea(s)]
    found = [j for j in range(len(prepared.statements)) if _verdict(prepared, j)]
    if not found:
        return []
    stories = prepared.story_groups()
    defendants: dict[str, set[str]] = defaultdict(set)
    for j in found:
        verdict = prepared.statements[j]
        defendants[stories.story(verdict.doc)] |= {t.stem for t in tokenize("x " + (verdict.sentence or verdict.content))[1:]
                                                   if t.entity} | prepared.feats[j].entities
    dismissals = [i for i in range(len(prepared.statements)) if _charges_dismissed(prepared, i)
                  and prepared.relations.roots(prepared.key(i))
                  & defendants.get(stories.story(prepared.statements[i].doc), set())]
    out = []
    for j in found:
        for i in dismissals:
            if prepared.same_story(i, j) and not prepared.relations.same_party(prepared.key(i), prepared.key(j)):
                verdict, dismissal = prepared.statements[j], prepared.statements[i]
                why = (f"{verdict.source} finds guilt ({_quote(verdict.content)}); {dismissal.source}, the "
                       f"defendant, dismisses the charges: {_quote(dismissal.content)}")
                out.append(Finding("opposite_stances", j, i, round(VERDICT_SCORE - 0.05, 3), why))
    for j in found:
        verdict = prepared.statements[j]
        names = {t.stem for t in tokenize("x " + (verdict.sentence or verdict.content))[1:] if t.entity}
        for i in pleas:
            plea = prepared.statements[i]
            if not prepared.same_story(i, j) or prepared.relations.same_party(prepared.key(i), prepared.key(j)):
                continue
            named = bool(prepared.relations.roots(prepared.key(i)) & (names | prepared.feats[j].entities))
            shared = {t for t in set(prepared.feats[i].terms) & set(prepared.feats[j].terms)
                      if not t.startswith(("@", "=")) and t not in GENERIC}
            if not named and not shared:
                continue
            why = (f"{verdict.source} finds guilt ({_quote(verdict.content)}); {plea.source} pleaded not guilty "
                   f"to {_quote(plea.content)}")
            out.append(Finding("opposite_stances", j, i, VERDICT_SCORE, why))
    return out


# -- denials of unnamed reports --------------------------------------------------------------------

def unnamed_report(statement) -> bool:
    """True for the placeholder claim of "X denied reports that S": its source is only "reports"."""
    return " ".join(statement.source.lower().split()) in lx.UNNAMED_REPORT_SOURCES


def _dismisses_reports(content: str) -> bool:
    """True when a sentence of a claim (a quote may hold several) only says that reports are false:
    "As far as we know, those reports are inaccurate." (see :func:`kg.analysis.text.dismisses_claim`)."""
    for part in re.split(r"(?<=[.!?])\s+", content):
        part = part.strip()
        if any(w.strip(".,;:!?\"'").lower() in lx.HEARSAY_NOUNS for w in part.split()) and \
                dismisses_claim(features(_last_clause(part))):
            return True
    return False


def _last_clause(sentence: str) -> str:
    """The clause after a sentence's last comma: "As far as the makers know, those reports are
    false" -> "those reports are false"."""
    return sentence.rsplit(",", 1)[-1]


def report_denials(prepared: Prepared) -> list[Finding]:
    """"X denied reports that S": the reports are those of the parties of its story that reported
    (a claim with a cue of reporting: "the Gazette reported that S'", "its report cited S'"; not a
    person, who is the correspondent telling the story: "our correspondent reports S"), and of
    whom their sentence reports ("reported that investigators suspect S'": the investigators). X's
    denial answers each such party's claims once per pair of articles (the strongest kept)."""
    statements = prepared.statements
    by_sentence: dict[tuple, list[int]] = defaultdict(list)
    for i, statement in enumerate(statements):
        key = _sentence_key(statement)
        if key is not None:
            by_sentence[key].append(i)
    denials = []
    for i, statement in enumerate(statements):
        key = _sentence_key(statement)
        if statement.stance == "denies" and key is not None and any(
                unnamed_report(statements[k]) and statements[k].content == statement.content
                for k in by_sentence[key] if k != i):
            denials.append(i)
        elif statement.stance in ASSERTING and _dismisses_reports(statement.content):
            denials.append(i)
    if not denials:
        return []
    # what a report suggests is answered too ("the Herald suggests the ferry could have sailed on")
    reporting = [j for j, s in enumerate(statements) if s.stance in ASSERTING and not unnamed_report(s)
                 and s.agent_kind != "person" and _cue_is(s.cue, lx.REPORTING_CUES) and not requests(s.cue)]
    out = []
    for i in denials:
        me = statements[i]
        answered: set[int] = set()
        for j in reporting:
            if not prepared.same_story(i, j) or prepared.relations.same_party(prepared.key(i), prepared.key(j)):
                continue
            # the reporter's claim, and the claims its sentence carries ("investigators suspect S'")
            answered.add(j)
            key = _sentence_key(statements[j])
            for k in by_sentence.get(key, ()) if key is not None else ():
                if k != j and statements[k].stance in ASSERTING and not unnamed_report(statements[k]) \
                        and statements[k].content in statements[j].content \
                        and not prepared.relations.same_party(prepared.key(i), prepared.key(k)):
                    answered.add(k)
        for j in sorted(answered):
            other = statements[j]
            overlap = prepared.index.overlap(prepared.feats[i], prepared.feats[j], set())
            why = (f"{me.source} denies reports that {_quote(me.content)}; {other.source} reported "
                   f"{_quote(other.content)}")
            # each reporter's claim is one the denial answers (a headline and the lede may both deny it)
            out.append(Finding("opposite_stances", j, i, round(REPORT_DENIAL_SCORE + 0.2 * min(overlap, 1.0), 3), why,
                               several=True))
    return out


# -- figures of captives freed ---------------------------------------------------------------------

RELEASE_STEMS = frozenset(stem(w) for w in lx.RELEASE_WORDS)
RELEASE_SCORE = 0.7


def _numbers(tokens) -> list[tuple[int, float]]:
    """(token index, value) of each number among `tokens`."""
    out, k = [], 0
    while k < len(tokens):
        parsed = _number(tokens, k)
        if parsed is None:
            k += 1
            continue
        out.append((k, parsed[0]))
        k += parsed[1]
    return out


def _near_total(tokens, story_total: float | None = None) -> float | None:
    """The least number of captives a near-total figure says were freed: "all but 8 of the more
    than 100" gives 92, "nearly all of the 100" 80; None without a near-total phrase and a total.
    "All but 8 of the pupils" names no total: `story_total`, the total another near-total figure
    of its story gives of the captives, stands for it."""
    words = [t.lower for t in tokens]
    text = " ".join(words)
    for phrase, share in lx.NEAR_TOTAL.items():
        at = f" {text} ".find(f" {phrase} ")
        if at < 0:
            continue
        start = len(text[:at].split()) + len(phrase.split())
        numbers = [(k, v) for k, v in _numbers(tokens) if k >= start]
        if share is None:
            # "all but N of [the] [more than] M": N right after the phrase, M after "of"
            if not numbers or numbers[0][0] != start:
                return None
            if len(numbers) < 2 or "of" not in words[start:numbers[1][0]]:
                return story_total - numbers[0][1] if story_total and "of" in words[start:] else None
            return numbers[1][1] - numbers[0][1]
        if numbers and "of" in words[start:numbers[0][0]]:
            return share * numbers[0][1]
        return None
    return None


def _whole(tokens) -> float | None:
    """The total a near-total figure gives: 120 in "all but 8 of the 120", 100 in "nearly all of
    the more than 100"."""
    text = " ".join(t.lower for t in tokens)
    for phrase in lx.NEAR_TOTAL:
        at = f" {text} ".find(f" {phrase} ")
        if at < 0:
            continue
        start = len(text[:at].split()) + len(phrase.split())
        numbers = [(k, v) for k, v in _numbers(tokens) if k >= start]
        if phrase == "all but":
            numbers = numbers[1:]
        if numbers and "of" in [t.lower for t in tokens[start:numbers[0][0]]]:
            return numbers[0][1]
    return None


def _release_claim(prepared: Prepared, i: int) -> bool:
    return prepared.statements[i].stance in ASSERTING and firm(prepared, i) and \
        any(t.stem in RELEASE_STEMS for t in prepared.feats[i].tokens)


def release_figures(prepared: Prepared) -> list[Finding]:
    """A near-total of captives freed against another party's count of the freed or escaped that is
    under half of it, on the same subject (the same article, or its story with a shared rare term),
    the two sharing a word besides the release and the figures ("kidnapped", "pupils")."""
    claims = [i for i in range(len(prepared.statements)) if _release_claim(prepared, i)]
    words = {i: [t for t in prepared.feats[i].tokens if not t.punct] for i in claims}
    totals = {i: _near_total(words[i]) for i in claims}
    # the captives' total a story's near-total figures give ("all but 8 of the 120"), for one that
    # gives none ("all but eight of the pupils")
    stories = prepared.story_groups()
    story_total: dict[str, float] = {}
    for i in claims:
        whole = _whole(words[i])
        if whole:
            story = stories.story(prepared.statements[i].doc)
            story_total[story] = max(story_total.get(story, 0.0), whole)
    for i in claims:
        if totals[i] is None:
            totals[i] = _near_total(words[i], story_total.get(stories.story(prepared.statements[i].doc)))
    out = []
    for i, total in totals.items():
        if not total:
            continue
        for j in claims:
            if j == i or totals.get(j) is not None or any(
                    phrase in prepared.statements[j].content.lower() for phrase in lx.NEAR_TOTAL):
                continue
            figures = [v for _, v in _numbers([t for t in prepared.feats[j].tokens if not t.punct])]
            if len(figures) != 1 or figures[0] >= total / 2:
                continue
            if prepared.relations.same_party(prepared.key(i), prepared.key(j)) or not same_subject(prepared, i, j):
                continue
            shared = {t for t in set(prepared.feats[i].terms) & set(prepared.feats[j].terms)
                      if not t.startswith("=") and t not in RELEASE_STEMS and t != "@release"}
            if not shared:
                continue
            a, b = prepared.statements[i], prepared.statements[j]
            why = (f"{a.source} says at least {total:g} were freed ({_quote(a.content)}); {b.source} counts "
                   f"{figures[0]:g} ({_quote(b.content)})")
            out.append(Finding("number_conflict", i, j, RELEASE_SCORE, why))
    return out
