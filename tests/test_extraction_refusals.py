"""Refusals, concessions and answers that name no topic (session 8).

Every text is written for these tests (no sentence from the acceptance articles, PolNeAR or
tests/data/realnews). Each case lists every attribution a careful reader expects, and no more
(see construction_harness.py); an empty list is a must-not-extract case.
"""
from __future__ import annotations

import pytest

from .construction_harness import Case, E, check_case, params

pytestmark = pytest.mark.slow


CASES = [
    # ---- "does not deny that S": a concession (cues.py _undenied) ----
    Case("not-deny-that-clause-concedes",
         "The port authority does not deny that two cranes were damaged in the storm.",
         [E("port authority", "confirms", "two cranes were damaged in the storm", "does not deny")]),
    Case("not-deny-thatless-clause-concedes",
         "Ida Brandt did not deny she had met the developers twice before the vote.",
         [E("Ida Brandt", "confirms", "she had met the developers twice before the vote", "did not deny")]),
    # a noun phrase not denied is nothing conceded
    Case("neg-not-deny-a-noun-phrase", "The club did not deny the report.", []),
    # ---- "did not confirm or deny that S": one refusal, the clause on the second verb ----
    Case("not-confirm-or-deny-clause",
         "The navy did not confirm or deny that its divers had reached the wreck.",
         [E("navy", "does_not_confirm", "its divers had reached the wreck", "did not confirm or deny")]),
    Case("neither-confirmed-nor-denied-clause",
         "The ferry company neither confirmed nor denied that the captain had been suspended.",
         [E("ferry company", "does_not_confirm", "the captain had been suspended", "confirmed nor denied")]),
    Case("not-deny-or-confirm-clause",
         "The navy did not deny or confirm that its divers had reached the wreck.",
         [E("navy", "does_not_confirm", "its divers had reached the wreck", "confirm")]),
]


@pytest.mark.parametrize("case", params(CASES))
def test_construction(case: Case, nlp):
    check_case(case, nlp)


def test_unique_ids():
    assert len({c.id for c in CASES}) == len(CASES)
