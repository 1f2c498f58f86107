"""What an agent's name says about its identity, shared by the RDF stage (which agent IRI a name
gets) and the analysis (which names are one party).

A *generic* name picks out nobody in particular: "police", "officials", "the Foreign Ministry",
"senior officials", "witnesses". The same generic name in two articles usually means two different
bodies (the police of one city and of another), so such an agent is scoped by its article; a
proper name ("Maria Lind", "Reuters") is one agent everywhere.
"""
from __future__ import annotations

# words of an organisation's name that do not identify it ("the Foreign Ministry")
GENERIC_NAME_WORDS = frozenset("""ministry department office council group agency forces force army
government foreign defence defense national state news the of and for service services committee
authority authorities police bureau center centre institute university hospital company corporation
inc ltd union party front corps command headquarters staff general international united""".split())

# words that may stand before a generic noun without naming anyone ("the local police")
GENERIC_MODIFIERS = frozenset("""a an its their his her our local regional federal senior top some
several many other two three four five unnamed anonymous unidentified interior emergency""".split())

# nouns for people who are nobody in particular ("witnesses", "officials", "residents")
GENERIC_PEOPLE = frozenset("""official officials source sources witness witnesses resident residents
people person expert experts analyst analysts activist activists observer observers rescuer rescuers
doctor doctors medic medics worker workers survivor survivors villager villagers spokesman spokeswoman
spokesperson spokespeople investigator investigators prosecutor prosecutors lawmaker lawmakers leader
leaders diplomat diplomats critic critics officer officers""".split())

# Titles that stand before a personal name without being part of it ("Dr Ana Keller", "Governor
# Maria Lind", "spokeswoman Nadia Farouk"): the one list, which the extraction's longer list of
# words before a name (kg.extraction.lexicon.PERSON_TITLES), the analysis's name variants
# (kg.analysis.agents.TITLES) and the explorer's name search (kg.explore.view) are built from.
NAME_TITLES = frozenset("""mr mrs ms miss dr prof professor sir dame rev president minister governor
mayor senator judge general gen chief director head secretary spokesman spokeswoman
spokesperson""".split())


def canonical_name(name: str) -> str:
    """An agent's name as it is stored: whitespace collapsed (the one schema:name of its IRI)."""
    return " ".join(str(name).split())


def name_tokens(name: str) -> list[str]:
    """The lower-cased words of a name, punctuation and a possessive 's stripped."""
    words = [w.strip(".,;:'\"()").lower() for w in canonical_name(name).replace("\u2019", "'").split()]
    return [w[:-2] if w.endswith("'s") else w for w in words if w.strip(".,;:'\"()")]


def is_generic_name(name: str) -> bool:
    """True when every word of the name is a generic organisation or people noun or a modifier
    ("police", "the Foreign Ministry", "senior officials"); False for any proper word ("Reuters")."""
    words = name_tokens(name)
    return bool(words) and all(w in GENERIC_MODIFIERS or w in GENERIC_NAME_WORDS or w in GENERIC_PEOPLE
                               for w in words)
