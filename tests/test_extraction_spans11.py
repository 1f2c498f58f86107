"""Claim boundaries settled in session 11: another party's verdict hung on a noun of the claim is
left out of it, and a claim noun's that-clause the parser hung on the verb of the sentence is the
noun's.

Every text is written for these tests (no sentence from the acceptance articles, PolNeAR or
tests/data/realnews). Each case lists every attribution a careful reader expects, and no more
(see construction_harness.py); an empty list is a must-not-extract case.
"""
from __future__ import annotations

import pytest

from .construction_harness import Case, E, check_case, params

pytestmark = pytest.mark.slow


CASES = [
    # ---- "in the vote dismissed by X as a sham": X's verdict ends the claim (cue_clauses.py _clause_tokens) ----
    Case("a-dismissal-by-another-party-ending-the-claim-is-left-out",
         "Early counts show the governing party is heading for a clear win in the regional election dismissed "
         "by rival candidate Ora Vent as a sham.",
         [E("Early counts", "asserts", "the governing party is heading for a clear win in the regional election", "show")]),
    Case("a-denunciation-by-another-party-ending-the-claim-is-left-out",
         "Preliminary tallies suggest the mayor won a second term in the vote denounced by the opposition as rigged.",
         [E("Preliminary tallies", "asserts", "the mayor won a second term in the vote", "suggest")]),
    # a participle of rejecting inside the claim, not at its end, is part of what is said
    Case("a-rejection-inside-the-claim-stays",
         "Officials said the plan rejected by the council would cost millions.",
         [E("Officials", "asserts", "the plan rejected by the council would cost millions", "said"),
          E("council", "denies", "the plan", "rejected")]),
    # ---- "may support claims from X that S", "that S" hung on "support" (cue_relatives.py _that_clause_hung_on_verb) ----
    Case("claims-from-a-party-whose-that-clause-hangs-on-the-verb",
         "These official figures may support claims from Dan Orlo's Party for Reform (PFR) that the count was "
         "marred by serious errors.",
         [E("Dan Orlo's Party for Reform (PFR)", "asserts", "the count was marred by serious errors", "claims")]),
    # ---- a source named with its acronym in brackets keeps the closing bracket (mentions.py clean_name) ----
    Case("a-party-named-with-its-acronym-keeps-the-bracket",
         "The Party for Reform (PFR) said the count was wrong.",
         [E("Party for Reform (PFR)", "asserts", "the count was wrong", "said")]),
    # ---- a dateline the parser hung on the subject's name is no part of it (mentions.py phrase_tokens) ----
    Case("a-dateline-hung-on-a-possessive-subject-is-left-out-of-the-name",
         "VERIN - Norland's government has denied reports of a gun battle near the harbour.",
         [E("Norland's government", "denies", "reports of a gun battle near the harbour", "denied")]),
    # ---- doubt of a claim, a report or a figure: "X is skeptical of the report" (cue_views.py doubt_adjective, _own_doubt) ----
    Case("skeptical-of-a-report-does-not-confirm-it",
         "Lena Marsh is skeptical of the ministry's report.",
         [E("Lena Marsh", "does_not_confirm", "the ministry's report", "skeptical")]),
    Case("said-she-was-doubtful-about-the-figures-does-not-confirm-them",
         "Lena Marsh said she was doubtful about the official figures.",
         [E("Lena Marsh", "does_not_confirm", "the official figures", "said")]),
    # doubting a policy is an opinion, and a doubt denied doubts nothing
    Case("skeptical-of-a-policy-is-no-stance-on-a-claim",
         "Voters are skeptical of free trade.",
         []),
    Case("not-skeptical-of-the-report-says-what-it-says",
         "Lena Marsh said she is not skeptical of the report.",
         [E("Lena Marsh", "asserts", "she is not skeptical of the report", "said")]),
    # ---- "In an interview with VOA, Officer X said": the name hung on the phrase's object as an apposition (cue_subjects.py) ----
    Case("a-speaker-hung-on-an-opening-phrase-as-an-apposition-is-the-subject",
         "In an interview with VOA, Free Press Media Officer Dana Voss said she is very skeptical of the report.",
         [E("Dana Voss", "does_not_confirm", "the report", "said")]),
]


@pytest.mark.parametrize("case", params(CASES))
def test_construction(case: Case, nlp):
    """Each construction yields exactly its expected attributions."""
    check_case(case, nlp)
