"""Whom a narrator's pronoun stands for (session 8). Our own wording, through the real extraction
(see construction_harness.py); each case lists every attribution expected."""
from __future__ import annotations

import pytest

from .construction_harness import Case, E, check_case, params

pytestmark = pytest.mark.slow

CASES = [
    # a "he" outside quotes stands for someone the narrator named, not for a name inside a quotation
    # (Lang is known to be "he" from the narrator's first "He"; the spokesman's gender is not known)
    Case("pronoun-skips-a-name-inside-an-earlier-quote",
         "Activist Peter Lang accused the army of seizing his brother.\n\n"
         "He told journalists that the army had lied.\n\n"
         "Army spokesman Colonel Alphonse Moyo denied the allegation.\n\n"
         "In a statement Moyo said: \u201cThe army denies any role. The claims by Lang are false.\u201d\n\n"
         "He added, \u201cWe take orders from no party.\u201d\n",
         [E("Peter Lang", "asserts", "the army of seizing his brother", "accused"),
          E("Peter Lang", "asserts", "the army had lied", "told"),
          E("Alphonse Moyo", "denies", "the allegation", "denied"),
          E("Alphonse Moyo", "asserts", "The army denies any role. The claims by Lang are false", "said"),
          E("Alphonse Moyo", "asserts", "We take orders from no party", "added")]),
    # a name the narrator gives is still the antecedent
    Case("pronoun-takes-the-narrators-name",
         "Peter Lang spoke to reporters on Monday.\n\n"
         "He said the army had taken his brother.\n",
         [E("Peter Lang", "asserts", "the army had taken his brother", "said")]),
]


@pytest.mark.parametrize("case", params(CASES))
def test_construction(case: Case, nlp):
    check_case(case, nlp)
