"""Quotes that run past a sentence break, colons that introduce a quote or a turn, and
`according to X` set inside a clause (session 8).

Every text is written for these tests (no sentence from the acceptance articles, PolNeAR or
tests/data/realnews). Each case lists every attribution a careful reader expects, and no more
(see tests/construction_harness.py); an empty list is a must-not-extract case.
"""
from __future__ import annotations

import pytest

from .construction_harness import Case, E, check_case, params

pytestmark = pytest.mark.slow


CASES = [
    # ---- a quote opened after its cue runs to its closing mark (session 8) ----
    # The parser cuts the quote into sentences; the speaker's words go on to the closing mark.
    Case("quote-end-according-to",
         "According to the harbour survey, \u201cThe east pier is sinking. Two cranes are unsafe. Repairs will take a year.\u201d",
         [E("harbour survey", "asserts",
            "The east pier is sinking. Two cranes are unsafe. Repairs will take a year", "According to")]),
    Case("quote-end-said-that-clause",
         "Mayor Ann Cole said the ferry crews \u201cdid a fine job. And it matters to the whole town.\u201d",
         [E("Ann Cole", "asserts", "the ferry crews \u201cdid a fine job. And it matters to the whole town", "said")]),
    Case("quote-end-split-by-cue",
         "\u201cWe will rebuild the pier,\u201d Ann Cole said, \u201cand we will open it by May. Nobody doubts that.\u201d",
         [E("Ann Cole", "asserts", "We will rebuild the pier and we will open it by May. Nobody doubts that", "said")]),
    # a quoted phrase that closes inside the sentence keeps the clause's own bounds
    Case("neg-quote-end-closed-in-sentence",
         "Ann Cole said the repairs were \u201ca waste of money\u201d. The council met again on Monday.",
         [E("Ann Cole", "asserts", "the repairs were \u201ca waste of money\u201d", "said")]),

    # ---- a colon that opens a quote (session 8) ----
    # the subject of the clause the colon ends speaks, whatever the verb
    Case("colon-quote-any-verb",
         "Ann Cole leaned towards the crowd and boomed: \u201cWe will keep the ferry running. Every single day.\u201d",
         [E("Ann Cole", "asserts", "We will keep the ferry running. Every single day", "boomed")]),
    Case("colon-quote-next-paragraph",
         "The harbour board released the following statement:\n\n"
         "\u201cThe board regrets the delay. Work on the pier resumes on Monday.\u201d",
         [E("harbour board", "asserts", "The board regrets the delay. Work on the pier resumes on Monday", "released")]),
    # a name right before the colon speaks, though the sentence's verb is another's
    Case("colon-quote-name-before-colon",
         "The long delay does not surprise the port economist Ida Brandt: \u201cBig projects run late. This one is no exception.\u201d",
         [E("Ida Brandt", "asserts", "Big projects run late. This one is no exception", ":")]),
    Case("colon-quote-from-document",
         "From the audit: \u201cTwo of the accounts were empty for a year. Nobody at the office noticed.\u201d",
         [E("audit", "asserts", "Two of the accounts were empty for a year. Nobody at the office noticed", ":")]),
    Case("neg-colon-quote-question",
         "Ann Cole turned to the board: \u201cWhy was the sale of the ferry kept secret?\u201d", []),
    Case("neg-colon-quote-copula",
         "The rule on the gate is old: \u201cNo entry after dark for any visitor.\u201d", []),
    Case("neg-colon-quote-thing-subject",
         "The sign on the gate read: \u201cNo entry after dark for any visitor.\u201d", []),

    # ---- according to X set inside a clause (session 8) ----
    # after a subordinator, the phrase frames the clause that follows it only
    Case("according-to-after-subordinator",
         "Tomas Weller left the valley ten years ago after, according to him, the mayor closed his newspaper.",
         [E("Tomas Weller", "asserts", "the mayor closed his newspaper", "according to")]),
    Case("according-to-after-fronted-while-clause",
         "While most crates were kept in the old shed, according to a port official, two were moved to the pier.",
         [E("port official", "asserts", "two were moved to the pier", "according to")]),
    # an apposition whose closing comma the parser gave to the phrase: the claim is on both sides
    Case("according-to-with-apposition-mid-clause",
         "At the heart of the dispute, according to Ida Brandt, a former harbour envoy, was the sale of the pier.",
         [E("Ida Brandt", "asserts", "At the heart of the dispute was the sale of the pier", "according to")]),
    Case("according-to-pronoun",
         "Ida Brandt runs the harbour. The big crane has been broken since May, according to her.",
         [E("Ida Brandt", "asserts", "The big crane has been broken since May", "according to")]),
    # a particular norm or plan set off by a comma says what it lays down
    Case("according-to-particular-norm",
         "According to state law, no one may campaign within fifty feet of a polling station.",
         [E("state law", "asserts", "no one may campaign within fifty feet of a polling station", "According to")]),
    Case("neg-according-to-bare-plan", "The launch of the ferry went ahead exactly according to plan.", []),
    # a witness of its own relays the saying: both the speaker and the witness hold it
    Case("according-to-witness-relays-saying",
         "\u201cWe will not sell the pier,\u201d Mayor Ruth Dale told the council, according to two members present.",
         [E("Ruth Dale", "asserts", "We will not sell the pier", "told"),
          E("two members", "asserts",
            "\u201cWe will not sell the pier,\u201d Mayor Ruth Dale told the council", "according to")]),
    # the speaker's own mouthpiece is the channel, no second source
    Case("neg-according-to-own-spokesman-relay",
         "Mayor Ruth Dale urged the council to keep the ferry, according to her spokesman.",
         [E("Ruth Dale", "asserts", "the council to keep the ferry", "urged")]),

    # ---- a transcript turn is the rest of its paragraph (session 8) ----
    Case("colon-turn-whole-paragraph",
         "The interview went on.\n\nBRANDT: Well, the town has to work together. The port matters to us. It always has.",
         [E("Brandt", "asserts", "Well, the town has to work together. The port matters to us. It always has", ":")]),
    Case("colon-turn-titled-name",
         "The panel then spoke.\n\nIda Brandt: The ferry is late on all these days. The board is selling it. It sounds bad.",
         [E("Ida Brandt", "asserts", "The ferry is late on all these days. The board is selling it. It sounds bad", ":")]),
]


@pytest.mark.parametrize("case", params(CASES))
def test_construction(case: Case, nlp):
    check_case(case, nlp)


def test_unique_ids():
    assert len({c.id for c in CASES}) == len(CASES)
