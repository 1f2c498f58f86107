"""Records, polls and labels as attribution (session 8, helper docs8).

Every text is written for these tests (no sentence from the acceptance articles, PolNeAR or
tests/data/realnews). Each case lists every attribution a careful reader expects, and no more; an
empty list is a must-not-extract case. A claim split around its cue is one record whose pieces are
joined with a space.
"""
from __future__ import annotations

import pytest

from .construction_harness import Case, E, check_case, params

pytestmark = pytest.mark.slow


CASES = [
    # ---- a record's participle: "polls showing S / NP" ----
    Case("doc-polls-showing-np",
         "The senator will need their votes, with recent polls showing a tightening of the race.",
         [E("recent polls", "asserts", "a tightening of the race", "showing")]),
    Case("doc-poll-showing-small-clause",
         "Mara Lind spoke after a new poll showing her support down to 14 percent.",
         [E("new poll", "asserts", "her support down to 14 percent", "showing")]),
    Case("neg-doc-video-showing-np", "A video showing a van near the depot was posted online.", []),
    # "polling" is a record as "polls" are
    Case("doc-polling-showed-that",
         "Exit polling showed that Mara Lind won every district except the harbour.",
         [E("Exit polling", "asserts", "Mara Lind won every district except the harbour", "showed")]),

    # ---- "S, records show": the record set off by commas, often parsed as a noun phrase ----
    Case("doc-records-show-after",
         "Ed Voss agreed to sell the farm to his cousin in 2010, records show.",
         [E("Ed Voss", "asserts", "to sell the farm to his cousin in 2010", "agreed"),
          E("records", "asserts", "Ed Voss agreed to sell the farm to his cousin in 2010", "show")]),
    Case("doc-court-records-show-inside",
         "During the same month, court records show, the plant released twice the allowed amount.",
         [E("court records", "asserts", "During the same month the plant released twice the allowed amount", "show")]),
    Case("doc-records-show-then-own-statement",
         "The jet was insured for $35 million in 2011, records show, and pilots say it is worth far less.",
         [E("records", "asserts", "The jet was insured for $35 million in 2011", "show"),
          E("pilots", "asserts", "it is worth far less", "say")]),

    # ---- a standing in an opinion poll: the poll's finding ----
    Case("poll-standing-trailing",
         "Ed Voss fell to 10 percent in the latest Harlow poll released on Wednesday.",
         [E("Harlow", "asserts", "Ed Voss fell to 10 percent", "in")]),
    Case("poll-standing-inside",
         "Mara Lind trails her rival in the average of state polls by nearly 9 points.",
         [E("state polls", "asserts", "Mara Lind trails her rival by nearly 9 points", "in")]),
    Case("poll-standing-object-noun",
         "Mara Lind has a decisive lead in the polls ahead of the April primary.",
         [E("polls", "asserts", "Mara Lind has a decisive lead ahead of the April primary", "in")]),
    Case("poll-standing-on-adverb", "Ed Voss is ahead in public opinion polls in three states.",
         [E("public opinion polls", "asserts", "Ed Voss is ahead in three states", "in")]),
    Case("poll-standing-date-is-no-pollster", "Ed Voss came in second in the January polls.",
         [E("January polls", "asserts", "Ed Voss came in second", "in")]),
    Case("poll-fronted-with-date", "In a Harlow poll last month, Ed Voss had a 10-point lead.",
         [E("Harlow", "asserts", "Ed Voss had a 10-point lead", "In")]),
    Case("neg-poll-in-reported-clause", "Ed Voss said he was ahead in the polls.",
         [E("Ed Voss", "asserts", "he was ahead in the polls", "said")]),
    Case("neg-poll-took-part", "Ed Voss took part in the survey last year.", []),
    Case("neg-poll-noun-phrase", "The questions in the survey were confusing.", []),
    # a fronted poll with a share of respondents who said S: the poll's finding and theirs
    Case("poll-fronted-respondents-said",
         "In a Harlow survey released last week, 79 percent of teachers said they were satisfied with the rules.",
         [E("Harlow", "asserts", "79 percent of teachers said they were satisfied with the rules", "In"),
          E("79 percent", "asserts", "they were satisfied with the rules", "said")]),
    Case("neg-fronted-statement-said", "In a statement, Ed Voss said the plan had failed.",
         [E("Ed Voss", "asserts", "the plan had failed", "said")]),

    # ---- "X called Y 'Z'": a quoted label after an object the parser tore apart ----
    Case("label-called-quote-after-object-stop",
         'Mara Lind called his new budget "a crucial step forward for the schools."',
         [E("Mara Lind", "asserts", 'his new budget "a crucial step forward for the schools', "called")]),
    Case("label-called-quote-after-long-object",
         'Governor Ana Ruiz called the plans to move the plant abroad "an absolute disgrace," and left the room.',
         [E("Ana Ruiz", "asserts", 'the plans to move the plant abroad "an absolute disgrace', "called")]),
    Case("label-called-quote-after-apposition",
         'Ed Voss called Mara Lind, his main rival, a "dangerous fool."',
         [E("Ed Voss", "asserts", 'Mara Lind, his main rival, a "dangerous fool', "called")]),
    Case("neg-called-and-asked-for-quote",
         'Ed Voss called the hotel and asked for "the best room in the house."', []),
    Case("neg-called-up-phrasal",
         'Searches for the party now call up references to "crooks and thieves."', []),

    # ---- "..., citing NP" after a cue: the grounds the speaker gives ----
    Case("citing-grounds-after-said",
         '"It reflects the anger people feel," Ed Voss said, citing slow growth and rising rents.',
         [E("Ed Voss", "asserts", "It reflects the anger people feel", "said"),
          E("Ed Voss", "asserts", "slow growth and rising rents", "citing")]),
    Case("neg-citing-a-source",
         "The ferry sank before dawn, Ed Voss said, citing witnesses on the pier.",
         [E("Ed Voss", "asserts", "The ferry sank before dawn", "said")]),

    # ---- "X reported N things": a figure, as with "recorded" ----
    Case("report-figure-object",
         "Police reported at least 20 injuries at the stadium.",
         [E("Police", "asserts", "at least 20 injuries at the stadium", "reported")]),
    Case("report-figure-gerund",
         "Ed Voss reported having $1.3 million in cash on hand.",
         [E("Ed Voss", "asserts", "having $1.3 million in cash on hand", "reported")]),
    Case("neg-report-no-figure", "Ed Voss reported the theft to the police.", []),

    # ---- a stand for or against a person, plan or idea ----
    Case("stand-endorsed-person", "Governor Ana Ruiz endorsed Ed Voss on Friday.",
         [E("Ana Ruiz", "asserts", "Ed Voss", "endorsed")]),
    Case("stand-opposes-plan", "The union opposes the merger of the two banks.",
         [E("union", "asserts", "the merger of the two banks", "opposes")]),
    Case("stand-defended-plan", "Ed Voss defended his plan to raise the minimum wage.",
         [E("Ed Voss", "asserts", "his plan to raise the minimum wage", "defended")]),
    Case("stand-relative-endorsed", "The senator was joined by Ed Voss, who endorsed Ana Ruiz last week.",
         [E("Ed Voss", "asserts", "Ana Ruiz", "endorsed")]),
    Case("neg-stand-beams-support", "The beams support the roof.", []),
    Case("neg-stand-passive-backed", "Rebels backed by a neighbouring state seized the town.", []),
    Case("neg-stand-defended-place", "Troops defended the town for a week.", []),
    Case("neg-stand-backed-down", "Ed Voss backed down after the vote.", []),
    Case("neg-stand-relative-allegiance", "Ed Voss spoke to farmers who supported the strike.", []),
    Case("neg-stand-evidence-supporting", "Ed Voss has seen no evidence supporting the charge.", []),
]


@pytest.mark.parametrize("case", params(CASES))
def test_construction(case: Case, nlp):
    check_case(case, nlp)


def test_unique_ids():
    assert len({c.id for c in CASES}) == len(CASES)
