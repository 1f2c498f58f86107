"""Which agents can back a claim independently of each other, beyond being distinct parties (see
:mod:`kg.analysis.agents`): three ways news writing names one voice twice.

- **One government**: a country speaking ("the United States said"), its seat ("the White House",
  "the Pentagon"), its bodies and its officials ("a U.S. diplomat", "Somali officials", "Pakistan's
  Interior Ministry") all speak for one state; so do an organisation and its officials ("NATO" /
  "NATO officials"). Two of them saying the same thing is one voice, not two.
- **A description and the person it describes**: a news lede often names a source by role only
  ("a government official says S") and the body names him ("Secretary General Ana Vell said S").
  A singular unnamed description and a named person of the same article holding one claim may be
  the one person, unless what they are says otherwise ("a U.S. official" is not "the Somali
  minister Abdi Noor").
- **A role and the one person of the story who holds it**: one outlet writes "the president
  announced S" or "the school's principal says S", another "President Ado Renn announced S" or
  "the principal of the school, Ana Vell, said S". A singular description by a role, and the one
  person of the story whose naming words hold that role, are one voice across articles too.
- **A bare generic name and a fuller one of the same head**: "officials" in one article,
  "Texas health officials" in the next (or earlier in the same one), "the report" and "the U.N.
  report": the bare word says nothing that tells the two apart, so they are not shown to be two
  sources.
- **Someone's own people**: "Renn's supporters", "aides of Ana Vell", "the mayor's lawyers"
  (:data:`kg.analysis.lexicon.ADHERENT_NOUNS`) speak for their principal: they cannot back him.
- **One name spelled two ways**: outlets transliterate a name differently ("Musa Kuba" in one
  article, "Musa Inuwo Kubo" in the next): a personal name with the same first name and a surname
  one or two letters apart is one person, not a second source.
- **Hearsay**: "reports say S", "allegations that S": a plural noun of hearsay with no author names
  no party at all, so it can back nobody's claim.
"""
from __future__ import annotations

from ..agent_names import GENERIC_MODIFIERS, GENERIC_PEOPLE
from . import lexicon as lx
from .text import PERSON, entity_root, stem

GOVERNMENT_STEMS = frozenset(stem(w) for w in lx.GOVERNMENT_NOUNS)
# what a description of one person ends with: a singular role ("an official", "the spokesman")
_ROLE_STEMS = frozenset(stem(w) for w in """official spokesman spokeswoman spokesperson source officer commander
adviser advisor aide envoy ambassador diplomat minister representative""".split())
_STATE_KINDS = {"place", "organization", "group", "publisher"}
_PEOPLE_STEMS = frozenset(stem(w) for w in GENERIC_PEOPLE) | PERSON


def _words(name: str) -> list[str]:
    out = []
    for raw in name.replace("\u2019", "'").split():
        word = raw.strip(",;:\"()")
        if word.lower().endswith("'s"):
            word = word[:-2]
        if word:
            out.append(word)
    return out


def _country(text: str) -> str | None:
    """The country a name or word stands for when it is a country's other name or a seat."""
    folded = text.casefold().strip(". ")
    if folded.startswith("the "):
        folded = folded[4:]
    for variant in (folded, folded + "."):
        if variant in lx.COUNTRY_VARIANTS:
            return _key(lx.COUNTRY_VARIANTS[variant])
    seat = lx.SEATS_OF_GOVERNMENT.get(folded)
    return _key(seat) if seat else None


def _key(country: str) -> str:
    """A country's comparable key: its root when it is one word ('Russia' -> 'russ', as
    'Russian' gives), else the folded name ('united states')."""
    return entity_root(country) if " " not in country else country


def _proper(word: str) -> bool:
    lower = word.lower()
    return word[:1].isupper() and lower not in lx.STOPWORDS and lower not in GENERIC_MODIFIERS \
        and lower not in lx.GENERIC_NAME_WORDS and stem(lower) not in GOVERNMENT_STEMS \
        and lower not in lx.ANAPHORIC_NAME_WORDS and stem(lower) not in _PEOPLE_STEMS


def speaks_for(name: str, kind: str = "other") -> frozenset[str]:
    """The states or organisations an agent speaks for, as comparable keys: its country when it is
    one ("the United States", "Somalia"), a seat ("the White House" -> the United States), or a body
    or official of one ("a U.S. diplomat", "Pakistan's Interior Ministry", "NATO officials" ->
    NATO); empty for anyone else ("witnesses", "Human Rights Watch", "Somali journalists")."""
    whole = _country(name)
    if whole:
        return frozenset({whole})
    words = _words(name)
    keys: set[str] = set()
    # a seat inside the name ("White House spokesman"): its words say whose, as one name
    for seat, country in lx.SEATS_OF_GOVERNMENT.items():
        size = len(seat.split())
        for k in range(len(words) - size + 1):
            if " ".join(w.lower() for w in words[k:k + size]) == seat:
                keys.add(_key(country))
                words = words[:k] + ["the"] * size + words[k + size:]
    if len(words) == 1 and kind in _STATE_KINDS and _proper(words[0]):
        # "Pakistan said", "NATO said", "the Pakistani" (a group named by its demonym: not
        # "Witnesses", a common noun capitalised by its place in the sentence)
        root = _country(words[0]) or entity_root(words[0])
        if kind != "group" or root != words[0].lower():
            keys.add(root)
    # a body or an official: the proper words before the last government noun say whose
    heads = [k for k, w in enumerate(words) if stem(w.lower()) in GOVERNMENT_STEMS]
    if heads:
        for word in words[:heads[-1]]:
            if word.lower() in ("in", "at", "to"):
                break  # "officials in Burma": where they work, not whose they are
            if _proper(word):
                keys.add(_country(word) or entity_root(word))
    return frozenset(keys)


def anonymous_description(name: str) -> bool:
    """True for a singular description naming nobody ("a government official", "the army
    spokesman", "U.S. official"): it ends with a singular role noun and holds no personal name."""
    words = _words(name)
    if not words:
        return False
    last = words[-1].lower()
    return stem(last) == last and last in _ROLE_STEMS


def hearsay(name: str) -> bool:
    """True when a source is hearsay with no author: its head is a plural noun of hearsay and no
    word names whose ("reports", "unconfirmed reports", "allegations"; not "U.S. media reports",
    "government reports")."""
    words = _words(name)
    if not words or words[-1].lower() not in lx.HEARSAY_NOUNS:
        return False
    return not any(_proper(w) or stem(w.lower()) in GOVERNMENT_STEMS for w in words[:-1])


def _skeleton(word: str) -> str:
    """A word's consonants, doubled letters once ("Nanyakkara" -> "nnykr")."""
    out = ""
    for c in word.casefold():
        if c.isalpha() and c not in "aeiou" and not out.endswith(c):
            out += c
    return out


def _personal(name: str) -> list[str] | None:
    """The words of a personal name ("Musa Inuwo Kubo"): two or more, every one capitalised and
    proper (no role, government or generic word), else None."""
    words = [w.strip(".") for w in _words(name)]
    if len(words) < 2 or not all(w[:1].isupper() and w[1:2].islower() and _proper(w) for w in words):
        return None
    return words


def spelling_variants(name_a: str, name_b: str) -> bool:
    """True when two personal names are one name spelled two ways: the same first name and
    surnames that differ only in their vowels and doubled letters, as transliterations do, and
    start with the same letter: "Musa Kuba" / "Musa Inuwo Kubo", "Udaya Nanayakara" / "Udaya
    Nanyakkara"; not "Ana Marrow" / "Ana Barlow", "John Kerr" / "John Kerry"."""
    a, b = _personal(name_a), _personal(name_b)
    if not a or not b or a[0].casefold() != b[0].casefold():
        return False
    x, y = a[-1].casefold(), b[-1].casefold()
    if x == y or min(len(x), len(y)) < 4 or x[0] != y[0]:
        return False
    return _skeleton(x) == _skeleton(y)


def _role(name: str) -> str | None:
    """The role noun a source names itself by when it is a bare singular description ("the
    president", "school's principal", "army spokesman"): its last word, lower case, not a plural,
    and no capitalised word before it; else None."""
    words = _words(name)
    if not words:
        return None
    last = words[-1]
    if not last.isalpha() or not last.islower() or stem(last) != last or last in lx.STOPWORDS:
        return None
    if any(w[:1].isupper() for w in words[:-1]):
        return None  # "Texas governor", "U.S. official": whose role is said: left to the other rules
    return last


def role_holders(statements) -> dict[str, str]:
    """Description -> person, over the statements of one story: a source named only by a singular
    role (see :func:`_role`) and the one person whose naming words ("two-term President Ado Renn",
    "the principal of the school, Ana Vell") hold that role. With two such people, which one is
    meant is not known: no entry."""
    named: dict[str, set[str]] = {}
    descriptions = set()
    for s in statements:
        if _role(s.source) and s.agent_kind == "person":
            descriptions.add(s.source)
        elif s.agent_kind == "person" or _personal(s.source):
            extra = (s.source_text or "").replace(s.source, " ")
            for word in _words(extra):
                named.setdefault(word.lower(), set()).add(s.source)
    out = {}
    for description in descriptions:
        people = named.get(_role(description), set())
        if len(people) == 1:
            out[description] = next(iter(people))
    return out


_GENERIC_WORDS = frozenset(GENERIC_PEOPLE) | lx.GOVERNMENT_NOUNS | frozenset(GENERIC_MODIFIERS) | lx.SAID_NOUNS


def bare_generic_of(name_a: str, name_b: str) -> bool:
    """True when one name is only generic words ("officials", "the local authorities") and the
    other, longer, ends with the same noun and holds all its words ("Texas health officials";
    not "officials' relatives", whose head is another noun), or when both are only generic words
    ending in a word of an unnamed state (:data:`kg.analysis.lexicon.STATE_VOICE_NOUNS`:
    "officials" / "the authorities"; not "the police" / "the army")."""
    a = [w.lower() for w in _words(name_a)]
    b = [w.lower() for w in _words(name_b)]
    if len(a) > len(b):
        a, b = b, a
    a = [w for w in a if w not in lx.STOPWORDS]
    b = [w for w in b if w not in lx.STOPWORDS]
    if not a or not all(w in _GENERIC_WORDS for w in a):
        return False
    if all(w in _GENERIC_WORDS for w in b) and a[-1] in lx.STATE_VOICE_NOUNS and b[-1] in lx.STATE_VOICE_NOUNS:
        return True  # "officials" and "the authorities": the story's state, unnamed, both times
    return len(a) != len(b) and a[-1] == b[-1] and set(a) <= set(b)


def _principal(name: str) -> set[str]:
    """Whose own people a name describes, as folded proper words: "Gbagbo's supporters" ->
    {gbagbo}, "aides of Ana Vell" -> {ana, vell}; empty for any other name."""
    raw = name.replace("\u2019", "'").split()
    words = [w.strip(",;:\"()") for w in raw]
    for k, word in enumerate(words):
        if word.lower() not in lx.ADHERENT_NOUNS:
            continue
        if k + 1 < len(words) and words[k + 1].lower() == "of":
            owner = words[k + 2:]
        else:
            owner = [w[:-2] for w in words[:k] if w.lower().endswith("'s")]
        return {w.casefold() for w in owner if _proper(w)}
    return set()


def adherent_of(name_a: str, name_b: str) -> bool:
    """True when one name describes the other's own people ("Gbagbo's supporters" and "Laurent
    Gbagbo"; not "Gbagbo's opponents"), or both describe one person's ("Renn's aides" and the
    lawyers of Ado Renn)."""
    owner_a, owner_b = _principal(name_a), _principal(name_b)
    if owner_a and owner_b:
        return bool(owner_a & owner_b)  # "Renn's supporters" and "Renn's lawyers": one side
    for b, owner in ((name_b, owner_a), (name_a, owner_b)):
        if owner and owner <= {w.casefold() for w in _words(b)}:
            return True
    return False


def same_voice(name_a: str, kind_a: str, name_b: str, kind_b: str, *, same_doc: bool) -> bool:
    """True when two distinct agents may still be one voice: one government, one personal name
    spelled two ways, a bare generic name and a fuller one of the same head, someone and his own
    people, or (in one article) a singular description and a named person whose
    affiliations do not differ."""
    if spelling_variants(name_a, name_b) or bare_generic_of(name_a, name_b) or adherent_of(name_a, name_b):
        return True
    keys_a, keys_b = speaks_for(name_a, kind_a), speaks_for(name_b, kind_b)
    if keys_a & keys_b:
        return True
    if not same_doc or (keys_a and keys_b):
        return False  # "a U.S. official" and "Somali minister Abdi Noor": two states, two people
    for description, person, kind in ((name_a, name_b, kind_b), (name_b, name_a, kind_a)):
        if anonymous_description(description) and kind == "person" and not anonymous_description(person) \
                and any(_proper(w) for w in _words(person)):
            return True
    return False
