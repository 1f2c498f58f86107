"""Word lists that more than one stage reads (one home each): the nouns for what someone said.

Extraction uses them to find claims named by a noun and back-references ("denied the claim",
"could not verify their accounts"); the analysis to tell a claim that only names another claim
("rejected the allegations") from one that says something itself.
"""
from __future__ import annotations

# Nouns for what someone said, taken up as a thing ("the claim", "her account", "the report").
SAID_NOUNS = frozenset({"account", "accounts", "allegation", "allegations", "claim", "claims", "report", "reports"})
