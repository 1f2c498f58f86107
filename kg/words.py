"""Word lists that more than one stage reads (one home each): the nouns for what someone said, the
words that call a claim false or true, and the other names and demonyms of countries.

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

# Other names of a country ("U.S.", "Britain", "EU"), and its demonyms ("American", "Iranian"):
# extraction gives the country one canonical name; the analysis counts its voices as one state.
COUNTRY_ALIASES = {
    "u.s.": "United States", "u.s": "United States", "us": "United States", "usa": "United States", "u.s.a.": "United States",
    "united states": "United States", "america": "United States", "uk": "United Kingdom",
    "u.k.": "United Kingdom", "u.k": "United Kingdom", "britain": "United Kingdom", "great britain": "United Kingdom",
    "united kingdom": "United Kingdom", "eu": "European Union", "european union": "European Union",
    "russian federation": "Russia", "dprk": "North Korea",
}
DEMONYMS = {
    "american": "United States", "u.s.": "United States", "us": "United States", "british": "United Kingdom",
    "russian": "Russia", "ukrainian": "Ukraine", "iranian": "Iran", "north korean": "North Korea",
    "south korean": "South Korea", "chinese": "China", "french": "France", "german": "Germany",
    "israeli": "Israel", "turkish": "Turkey", "polish": "Poland", "belarusian": "Belarus",
    "australian": "Australia", "canadian": "Canada", "japanese": "Japan", "indian": "India",
    "italian": "Italy", "spanish": "Spain", "syrian": "Syria", "iraqi": "Iraq", "european": "European Union",
    "palestinian": "Palestine", "saudi": "Saudi Arabia", "egyptian": "Egypt", "georgian": "Georgia",
}
