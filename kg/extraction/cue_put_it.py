"""'X put it (bluntly / this way): "Q"': the idiom of quoting that names no verb of saying.

`put` is an account verb ("put the toll at 40"), no cue; with the object `it` and a quote next to
it, it quotes: `Brandt put it bluntly: "Q."`, `As the senator put it, "Q."`, `"Q," as the senator
put it`, `"Q," is how one farmer put it`, `The coach put it simply. "Q."`. The quote is the
subject's words. `put it on the table`, `put it off` (a place, a particle) quote nothing.
"""
from __future__ import annotations

import re

from ..model import Certainty, Stance
from .cue_grammar import CueMatch

# what may stand between "put it" and a quote after it: an adverb or "this way", then : or , or .
_AFTER = re.compile(r"[ \t]*(?:[\w'-]+[ \t]+){0,2}?[\w'-]*[ \t]*[:,.][ \t]*$")
# what may stand between a quote and the clause of "put it" after it: "," "is how" "was how"
_BEFORE = re.compile(r"[ \t,]*(?:(?:is|was)[ \t]+)?$", re.IGNORECASE)
_ALLOWED_DEPS = {"nsubj", "dobj", "advmod", "npadvmod", "mark", "punct", "aux", "neg", "prep"}


def put_it(finder, verb) -> CueMatch | None:
    """A match for `X put it ...` quoting the quote next to the clause, or None."""
    it = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "it"), None)
    if it is None:
        return None
    # (the quote's own verb, which the parser may hang on "put", is no part of the clause)
    children = [c for c in verb.children if not finder.in_quote(c)]
    if any(c.dep_ not in _ALLOWED_DEPS or c.dep_ == "prep" and c.lower_ != "to" for c in children):
        return None  # "put it on the table", "put it off": no quoting
    sources = finder.source_heads(verb)
    if not sources:
        return None
    tokens = [t for c in children if c.dep_ != "punct" for t in c.subtree] + [verb]
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t.text) for t in tokens)
    text = finder.text
    quote = next((q for q in finder.quotes if q.outer_start >= end and "\n" not in text[end:q.outer_start]
                  and _AFTER.match(text[end:q.outer_start])), None)
    marked = any(c.dep_ in ("mark", "advmod") and c.lower_ in ("as", "how") for c in children)
    if quote is None and marked:
        quote = next((q for q in reversed(finder.quotes) if q.outer_end <= start
                      and "\n" not in text[q.outer_end:start] and _BEFORE.match(text[q.outer_end:start])), None)
    if quote is None:
        return None
    span = finder.trim(quote.start, quote.end)
    if span is None:
        return None
    return CueMatch([verb, it], Stance.ASSERTS, Certainty.CERTAIN, sources, *span, quote=quote)
