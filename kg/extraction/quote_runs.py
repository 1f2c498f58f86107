"""Quotes with no cue of their own whose speaker is named in a neighbouring sentence or paragraph.

`_Extractor.add_continuations` gives a cueless quote to the speaker quoted just before it. This
module handles two constructions it does not reach, before it runs (the quotes it attributes are
marked used, so the forward rule leaves them alone):

- a quote paragraph left open: a paragraph that opens with a quote mark and never closes it goes
  on in the next paragraph, which opens with a mark of its own; when that later paragraph's quote
  has its cue (`"Q1. ⏎ "Q2," said X.`), the open paragraphs before it are X's words too;
- a quote sentence right after indirect speech in the same paragraph (`X says S. "Q."`): the
  quote is X's, as a quote paragraph after `X told reporters S.` is (the paragraph rule in
  `add_continuations`).
"""
from __future__ import annotations

from ..model import Attribution, Evidence, Span
from .docindex import Coverage
from .quotes import Quote

_CLOSING_MARKS = ("\u201d", '"', "''")
_OPENING_MARKS = ("\u201c", '"')


def add_quote_runs(ex, attributions: list[Attribution], used_quotes: set) -> list[Attribution]:
    """The attributions with the cueless quotes of this module's docstring added (and marked used)."""
    # (the lookups are indexed once, so that a long article costs linear time, not quotes x records)
    covered = Coverage([(piece.start, piece.end) for a in attributions for piece in a.content_spans])
    opening = {q.outer_start: q for q in ex.quotes}
    added = _open_paragraphs_before_speaker(ex, attributions, used_quotes, covered, opening)
    added += _quote_after_indirect_speech(ex, attributions, used_quotes, covered)
    return attributions + added


def _free(used_quotes: set, covered: Coverage, quote: Quote) -> bool:
    """A quote no cue took and no attribution's content covers."""
    return quote not in used_quotes and not covered.holds(quote.start)


def _open_paragraph_quote(ex, para: int, opening: dict) -> Quote | None:
    """The quote that opens paragraph `para` and runs unclosed to its end, if there is one."""
    start, end = ex.paragraphs[para]
    quote = opening.get(start)
    if quote is None or quote.outer_end != end or ex.text[start:end].rstrip().endswith(_CLOSING_MARKS):
        return None
    return quote


def _open_paragraphs_before_speaker(ex, attributions, used_quotes, covered, opening) -> list[Attribution]:
    # '"We waited three days. ⏎ "Then the guards fired," said X.': a paragraph opening with a quote
    # mark it never closes is continued by the next paragraph's quote; the speaker named there
    # speaks the whole run (each paragraph one record, as a forward continuation is).
    added = []
    for para in range(len(ex.paragraphs) - 1):
        first = _open_paragraph_quote(ex, para, opening)
        if first is None or not _free(used_quotes, covered, first):
            continue
        run, k = [first], para + 1
        while k < len(ex.paragraphs) and (q := _open_paragraph_quote(ex, k, opening)) is not None \
                and _free(used_quotes, covered, q):
            run.append(q)
            k += 1
        if k >= len(ex.paragraphs):
            continue
        start, end = ex.paragraphs[k]
        if not ex.text.startswith(_OPENING_MARKS, start):
            continue
        closing = opening.get(start)
        speaker = closing and next((a for a in attributions if a.quoted and a.cue_span is not None
                                    and closing.start <= a.content.start < closing.outer_end
                                    and start <= a.cue_span.start < end), None)
        if speaker is None:
            continue
        for quote in run:
            if quote in used_quotes:
                continue  # already taken as part of an earlier run
            record = _same_speaker(ex, speaker, quote)
            if record is not None:
                added.append(record)
                used_quotes.add(quote)
    return added


def _quote_after_indirect_speech(ex, attributions, used_quotes, covered) -> list[Attribution]:
    # 'Police spokesman X says the crash was an accident. "The driver lost control on the ice."':
    # a whole quoted sentence right after a sentence of indirect speech, in the same paragraph, is
    # the same speaker's (only after a plain verb of speaking, as in `add_continuations`)
    added = []
    by_sentence_end = {}
    for a in attributions:
        if not a.quoted and a.sentence is not None and ex.speaks(a):
            by_sentence_end.setdefault(a.sentence.end, a)
    for quote in ex.quotes:
        if not _free(used_quotes, covered, quote):
            continue
        inner = ex.text[quote.start:quote.end].rstrip()
        if not inner.endswith((".", "!", "?")):
            continue  # a quoted phrase, not a quoted sentence
        before = ex.text[:quote.outer_start]
        gap = len(before) - len(before.rstrip(" \t"))
        reported = by_sentence_end.get(quote.outer_start - gap)
        if reported is None or gap == 0 or ex.paragraph_of(reported.sentence.end) != ex.paragraph_of(quote.start):
            continue
        record = _same_speaker(ex, reported, quote)
        if record is not None:
            added.append(record)
            used_quotes.add(quote)
    return added


def _same_speaker(ex, like: Attribution, quote: Quote) -> Attribution | None:
    """A record of `quote` with the source, stance, cue and channel of `like`."""
    span = ex.finder.trim(quote.start, quote.end)
    if span is None:
        return None
    content = Span(span[0], span[1], ex.text[span[0]:span[1]])
    sentence = ex.sentence_span(content.start, content.end)
    evidence = Evidence(sentence, like.cue_span, content, like.source_mention)
    return Attribution(
        doc_id=like.doc_id, source=like.source, source_kind=like.source_kind, stance=like.stance,
        cue=like.cue, content=content, evidence=[evidence], channel=like.channel,
        certainty=like.certainty, source_mention=like.source_mention,
        cue_span=like.cue_span, sentence=sentence, quoted=True)
