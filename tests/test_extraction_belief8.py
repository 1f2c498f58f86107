"""Views, hearsay and hedges that no verb of saying carries (session 8, cue_beliefs.py).

Every text is written for these tests (no sentence from the acceptance articles, PolNeAR or
tests/data/realnews). Each case lists every attribution a careful reader expects, and no more
(see construction_harness.py); an empty list is a must-not-extract case.
"""
from __future__ import annotations

import pytest

from .construction_harness import Case, E, check_case, params

pytestmark = pytest.mark.slow


CASES = [
    # ---- "X sees Y as Z": a view held (viewed_as) ----
    Case("view-sees-object-as-label",
         "The harbour union sees the new contract as a threat to its members.",
         [E("harbour union", "asserts", "the new contract as a threat to its members", "sees", certainty="probable")]),
    Case("view-saw-object-as-label",
         "Most farmers in the valley saw the dam as a mistake.",
         [E("Most farmers in the valley", "asserts", "the dam as a mistake", "saw", certainty="probable")]),
    Case("view-passive-with-agent",
         "The closure of the mill is seen by economists as a warning to the region.",
         [E("economists", "asserts", "The closure of the mill as a warning to the region", "seen")]),
    # the parser may hang the as-phrase on a participle of the object, or take it for one
    Case("view-as-phrase-on-object-participle",
         "Observers see the talks held on Friday as a test of the truce.",
         [E("Observers", "asserts", "the talks held on Friday as a test of the truce", "see")]),
    Case("view-as-participle-clause",
         "Some bankers see the mayor's push for a new bridge as driven by vanity.",
         [E("Some bankers", "asserts", "the mayor's push for a new bridge as driven by vanity", "see")]),
    Case("view-sees-that-clause",
         "Shopkeepers on Dale Street saw that the river was rising fast.",
         [E("Shopkeepers", "asserts", "the river was rising fast", "saw", certainty="probable")]),
    Case("neg-view-sight-of-a-person", "Tomas Weller saw his brother at the station in 2009.", []),
    Case("neg-view-passive-without-holder", "The closure of the mill is seen as a warning to the region.", []),
    Case("neg-view-negated", "The harbour union does not see the contract as a threat.", []),
    Case("neg-view-future-see-that", "The new warden will see that the rules are kept.", []),

    # ---- "S, reportedly": unnamed reports (reportedly) ----
    Case("hearsay-reportedly-mid-clause",
         "The Lowland Trust is reportedly spending two million dollars on the campaign.",
         [E("reports", "asserts", "The Lowland Trust is reportedly spending two million dollars on the campaign",
            "reportedly")]),
    Case("hearsay-reportedly-fronted",
         "Reportedly, the coach had lost the team bus keys twice.",
         [E("reports", "asserts", "the coach had lost the team bus keys twice", "Reportedly")]),
    # a cue of its own keeps its speaker's claim; inside another's clause the adverb is theirs
    Case("neg-hearsay-reportedly-said",
         "Ida Brandt reportedly said that the depot would close.",
         [E("Ida Brandt", "asserts", "the depot would close", "said")]),
    Case("neg-hearsay-inside-reported-clause",
         "Ida Brandt said the depot had reportedly closed.",
         [E("Ida Brandt", "asserts", "the depot had reportedly closed", "said")]),

    # ---- "X appeared to V-cue": a hedged cue (hedge_by_seeming) ----
    Case("hedge-appeared-to-confirm",
         "The harbour master appeared to confirm that two ships had collided.",
         [E("harbour master", "confirms", "two ships had collided", "appeared to confirm", certainty="possible")]),
    Case("hedge-seems-to-believe",
         "Governor Ida Brandt seems to believe that the bridge will reopen in May.",
         [E("Ida Brandt", "asserts", "the bridge will reopen in May", "seems to believe", certainty="possible")]),
    Case("hedge-footage-appears-to-show",
         "Dashcam video appears to show that the van left the depot after midnight.",
         [E("Dashcam video", "asserts", "the van left the depot after midnight", "appears to show",
            certainty="possible")]),
    # the writer's own impression names no holder
    Case("neg-hedge-writer-impression", "The crowd seemed unmoved by the speech.", []),
    Case("neg-hedge-expected-without-holder", "The council is expected to approve the budget on Monday.", []),

    # ---- "X urged NP": what is asked for (cue_constructions.py _intent) ----
    Case("directive-urged-noun-phrase",
         "After the verdict, the bishop urged calm in the streets of the old town.",
         [E("bishop", "asserts", "calm", "urged")]),
    Case("neg-directive-urged-the-addressee-alone", "The mayor urged the harbour council again.", []),
]


@pytest.mark.parametrize("case", params(CASES))
def test_construction(case: Case, nlp):
    check_case(case, nlp)


def test_unique_ids():
    assert len({c.id for c in CASES}) == len(CASES)
