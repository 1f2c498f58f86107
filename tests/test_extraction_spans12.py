"""Constructions settled in session 12: a reporting or denial verb in -s form that the tagger read
as a plural noun after its speaker ("the party maintains were fair", "a top official disputes a
report"), re-parsed with a stand-in verb (kg/extraction/reparse.py).

Every text is written for these tests (no sentence from the acceptance articles, PolNeAR or
tests/data/realnews). Each case lists every attribution a careful reader expects, and no more
(see construction_harness.py); an empty list is a must-not-extract case.
"""
from __future__ import annotations

import pytest

from .construction_harness import Case, E, check_case, params

pytestmark = pytest.mark.slow


CASES = [
    # ---- the -s verb read as a noun of a compound with its speaker (reparse.py) ----
    # inside a relative clause whose gap is the reported clause's subject
    Case("a-verb-read-as-a-noun-in-a-relative-clause-of-saying",
         "The harbour works that Velan Rail maintains were finished on time have stalled.",
         [E("Velan Rail", "asserts", "were finished on time", "maintains")]),
    # a tail set off by a comma
    Case("a-verb-read-as-a-noun-at-the-end-of-a-tail",
         "The quay was never unsafe, the harbour's former doctor maintains.",
         [E("harbour's former doctor", "asserts", "The quay was never unsafe", "maintains")]),
    # the sentence's root, a noun of office read as an adjective before it
    Case("a-denial-verb-read-as-a-noun-after-a-noun-of-office",
         "A top Somali official disputes a report that 300 fishermen were detained at the port.",
         [E("top Somali official", "denies", "300 fishermen were detained at the port", "disputes"),
          E("report", "asserts", "300 fishermen were detained at the port", "report")]),
    # a plural noun after a common noun is a compound: a verb's object, or the subject of its own verb
    Case("a-plural-noun-after-a-common-noun-stays-a-noun",
         "The government dismissed opposition claims that the vote was rigged.",
         [E("government", "denies", "the vote was rigged", "dismissed")]),
    Case("a-plural-noun-after-a-name-as-an-object-stays-a-noun",
         "They cited Lindqvist's tax claims.",
         []),
    # "that" the relative clause's own subject, not the mark of a reported clause
    Case("a-plural-noun-before-a-relative-that-stays-a-noun",
         "Voters went to the polls in Osk and Vell, Lake Belt states that have lost many factory jobs.",
         []),
    # inside a relative clause only a name is the speaker: "member" is the name's modifier here
    Case("a-plural-noun-after-a-common-noun-in-a-relative-clause-stays-a-noun",
         "Spending stayed well below the 2 percent that Velan member states pledged to spend at the last summit.",
         [E("Velan member states", "asserts", "to spend at the last summit", "pledged")]),
]


@pytest.mark.parametrize("case", params(CASES))
def test_construction(case: Case, nlp):
    """Each construction yields exactly its expected attributions."""
    check_case(case, nlp)
