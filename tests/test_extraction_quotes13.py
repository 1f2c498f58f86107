"""Single quotation marks as the quote marks of an article (session 13): the house style of many
British outlets and of headlines, curly (‘Q,’ X said) or straight ('Q,' X said).

Every text is written for these tests (no sentence from the acceptance articles, PolNeAR or
tests/data/realnews). The extraction cases list every attribution a careful reader expects, and
no more (see tests/construction_harness.py).
"""
from __future__ import annotations

import pytest

from kg.extraction import extract_article
from kg.extraction.quotes import find_quotes
from kg.model import Article

from .construction_harness import Case, E, check_case, params


def quoted(text: str) -> list[str]:
    return [text[q.start:q.end] for q in find_quotes(text)]


def test_curly_single_marks_make_a_quote():
    assert quoted("\u2018We will not sail tonight,\u2019 the skipper said.") == ["We will not sail tonight"]


def test_straight_single_marks_make_a_quote():
    assert quoted("'We will not sail tonight,' the skipper said.") == ["We will not sail tonight"]


def test_apostrophes_inside_words_are_not_quote_marks():
    assert quoted("The skipper said she didn't know, and that the crew's pay wasn't late.") == []
    assert quoted("The skipper said she didn\u2019t know why the crew\u2019s pay was late.") == []


def test_a_plural_possessive_does_not_close_the_quote():
    text = "\u2018The owners\u2019 offer is an insult,\u2019 the skipper said."
    assert quoted(text) == ["The owners\u2019 offer is an insult"]


def test_single_marks_inside_a_double_quote_stay_part_of_it():
    text = "\u201cThey told us \u2018stay in port\u2019 and we stayed,\u201d the skipper said."
    assert quoted(text) == ["They told us \u2018stay in port\u2019 and we stayed"]


CASES = [
    # a quote in single marks that the parser cuts into two sentences: the speaker's words run
    # to the closing mark (without the marks read as a quote, only the last sentence was hers)
    Case("single-quote-over-two-sentences",
         "\u2018The east pier is sinking. Two cranes are unsafe,\u2019 the harbour master said.",
         [E("harbour master", "asserts", "The east pier is sinking. Two cranes are unsafe", "said")]),
    Case("single-straight-quote-over-two-sentences",
         "'The east pier is sinking. Two cranes are unsafe,' the harbour master said.",
         [E("harbour master", "asserts", "The east pier is sinking. Two cranes are unsafe", "said")]),
    # a quote split by its cue: both parts are the speaker's one statement
    Case("single-quote-split-by-cue",
         "\u2018The council has no plan,\u2019 Ann Cole said, \u2018and no money to make one.\u2019",
         [E("Ann Cole", "asserts", "The council has no plan and no money to make one", "said")]),
    # a quoted phrase inside the reported clause keeps both its marks, as with double marks
    Case("single-quote-phrase-keeps-its-closing-mark",
         "The port authority said the new fees were \u2018simply unaffordable\u2019 for small boats.",
         [E("port authority", "asserts", "the new fees were \u2018simply unaffordable\u2019 for small boats", "said")]),
    Case("single-quote-phrase-at-the-end-keeps-its-closing-mark",
         "The port authority said the new fees were \u2018simply unaffordable\u2019.",
         [E("port authority", "asserts", "the new fees were \u2018simply unaffordable\u2019", "said")]),
]


@pytest.mark.slow
@pytest.mark.parametrize("case", params(CASES))
def test_single_mark_quotes(case, nlp):
    check_case(case, nlp)


@pytest.mark.slow
@pytest.mark.parametrize("text, content", [
    ("The port authority said the new fees were \u2018simply unaffordable\u2019.",
     "the new fees were \u2018simply unaffordable\u2019"),
    ("The port authority said the new fees were 'simply unaffordable'.",
     "the new fees were 'simply unaffordable'"),
])
def test_a_single_mark_quote_closing_the_content_keeps_its_mark(text, content, nlp):
    # the harness compares content words only; the marks themselves are asserted here: a content
    # that opens a quote keeps the mark that closes it, as it does for double marks
    records = extract_article(Article("case", text), nlp=nlp).records()
    assert [r["content"] for r in records] == [content]
