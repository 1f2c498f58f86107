"""What a record shows: one party says an image, a video or a scan shows nothing of a kind, another
that it shows something ("the satellite images do not depict any debris of the ferry" against "they
showed three large objects near the ferry's route"). The two name what is seen differently (debris,
objects), so the negated words are not found in the other claim and
:func:`kg.analysis.rules.polarity_conflict` does not pair them; what ties them is the verb of
showing, said of one record (the same subject, or a pronoun standing for it) about one thing (a
shared content term)."""
from __future__ import annotations

from . import lexicon as lx
from .context import Prepared
from .events import same_event
from .rules import Finding, _name, _quote, firm, same_subject
from .text import Features, token_terms
from .tokens import Token, _stem_set

SHOWING = _stem_set(lx.SHOWING_VERBS)
NONE_SEEN = frozenset({"no", "nothing", "none"})  # "showed no debris", "revealed nothing"
LOOK_BACK = 3  # "did not show", "do not clearly show", "has never shown"


def _showing(tokens: list[Token]) -> list[tuple[int, bool]]:
    """(index, negated) of each verb of showing: negated when a negator stands just before it
    ("did not show") or "no"/"nothing" just after it ("showed no wreckage")."""
    out = []
    for k, token in enumerate(tokens):
        if token.entity or token.stem not in SHOWING:
            continue
        before = {t.lower for t in tokens[max(0, k - LOOK_BACK):k]}
        after = tokens[k + 1].lower if k + 1 < len(tokens) else ""
        out.append((k, bool(before & lx.NEGATORS) or after in NONE_SEEN))
    return out


def _terms(tokens: list[Token]) -> set[str]:
    return set().union(*(token_terms(t) for t in tokens if t.content and t.lower not in lx.WEAK_WORDS)) \
        if tokens else set()


def _same_record(shown_not: list[Token], shown: list[Token]) -> bool:
    """The words before the two verbs name one record, or the second is a pronoun ("they showed")."""
    words = [t.lower for t in shown if not t.punct]
    if words and words[-1] in lx.PARTY_PLACEHOLDERS:
        return True
    return bool(_terms(shown_not) & _terms(shown))


def shown_conflict(prepared: Prepared, i: int, j: int) -> Finding | None:
    """A record said to show nothing against the same record said to show something, of one thing."""
    if not (firm(prepared, i) and firm(prepared, j)):
        return None
    fi, fj = prepared.feats[i], prepared.feats[j]
    for x, y, fx, fy in ((i, j, fi, fj), (j, i, fj, fi)):
        found = _conflict(prepared, x, y, fx, fy)
        if found:
            return found
    return None


def _conflict(prepared: Prepared, none: int, some: int, fn: Features, fs: Features) -> Finding | None:
    negated = [k for k, neg in _showing(fn.tokens) if neg]
    stated = [k for k, neg in _showing(fs.tokens) if not neg]
    if not negated or not stated or any(neg for _, neg in _showing(fs.tokens)) or fs.negated:
        return None
    k, m = negated[0], stated[0]
    seen_not, seen = _terms(fn.tokens[k + 1:]), _terms(fs.tokens[m + 1:])
    if not seen or not _same_record(fn.tokens[:k], fs.tokens[:m]):
        return None
    # one thing seen or not: the two share a content term past the verbs or before them ("the
    # ferry", "the plane" ~ "the aircraft"), and across articles a rare term of one story
    if not (seen_not | _terms(fn.tokens[:k])) & (seen | _terms(fs.tokens[:m])) - SHOWING:
        return None
    # across articles, the same subject or one event both articles name (a place, a flight, a ship)
    if not same_subject(prepared, none, some, exclude=SHOWING) and not same_event(prepared, none, some):
        return None
    why = (f"{_name(prepared, none)} says {_quote(prepared.statements[none].content)} (shows nothing); "
           f"{_name(prepared, some)} says {_quote(prepared.statements[some].content)} (shows something)")
    return Finding("polarity_conflict", some, none, 0.7, why)
