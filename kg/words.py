"""Word lists that more than one stage reads (one home each): the nouns for what someone said, and
the words that call a claim false or true.

Extraction uses them to find claims named by a noun and back-references ("denied the claim",
"could not verify their accounts"); the analysis to tell a claim that only names another claim
("rejected the allegations") from one that says something itself.
"""
from __future__ import annotations

# Nouns for what someone said, taken up as a thing ("the claim", "her account", "the report").
SAID_NOUNS = frozenset({"account", "accounts", "allegation", "allegations", "claim", "claims", "report", "reports"})

# Words that call a claim false ("the reports were baseless", "called it propaganda", "a figure the
# army says is exaggerated"): extraction reads them as a denial, the analysis as a dismissal.
FALSITY_WORDS = frozenset({
    "lie", "lies", "fabrication", "fabrications", "fabricated", "fake", "false", "falsehood", "falsehoods",
    "untrue", "baseless", "groundless", "unfounded", "nonsense", "hoax", "propaganda", "disinformation",
    "misinformation", "invention", "invented", "made-up", "fiction", "slander", "smear", "fantasy", "gossip",
    "speculation", "rubbish", "absurd", "ridiculous", "nonsensical", "libel", "libelous", "conspiracy",
    "misleading", "inaccurate", "incorrect", "wrong", "distortion", "exaggeration", "exaggerated", "inflated",
    "overstated", "bogus"})
# Words of a claim's truth, said false with a negation ("the report was not true").
TRUTH_WORDS = frozenset({"true", "accurate", "correct", "right", "factual", "credible", "truthful"})
