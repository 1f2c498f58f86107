"""Where a content ends when a quote carries it past the parser's sentence break.

`According to the paper, "Rules are loose. Few are barred."` and `X said the crews "did a fine
job. And it matters."`: a quote opened after its cue holds the speaker's words up to its closing
mark, however many sentences the parser cut it into; the clause rules stop at the first break.

A mixin of `CueFinder`: the quote lookups come from `CueGrammar`.
"""
from __future__ import annotations

from .cue_grammar import CueMatch


class QuoteEndRules:
    """A content cut inside a quote runs on to the quote's end."""

    def run_through_quote(self, match: CueMatch) -> None:
        """Widen the match's last content piece to the end of the quote it stops inside, when that
        quote opened after the cue and runs on past the sentence that holds the piece's end, or
        opened inside the piece itself: 'X called the test "a breach and a threat" to peace' is
        never cut at the "and" or a "when" inside the quoted words."""
        pieces = [(match.content_start, match.content_end), *match.more]
        start, end = max(pieces, key=lambda piece: piece[1])
        if end <= start:
            return
        quote = self._quote_at.get(end - 1)
        if quote is None or quote.outer_start < match.cue_end or end >= quote.end:
            return
        token = self.doc.char_span(end - 1, end, alignment_mode="expand")
        if token is None:
            return
        if token[0].sent.end_char >= quote.end and quote.outer_start < start:
            return  # the quote opened before the content and closes within the sentence: the clause rule's bounds stand
        span = self.trim(start, quote.end)
        if span is None or span[1] <= end:
            return
        if (start, end) == (match.content_start, match.content_end):
            match.content_end = span[1]
        else:
            match.more = [(s, span[1]) if (s, e) == (start, end) else (s, e) for s, e in match.more]
