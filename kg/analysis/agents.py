"""Who is who across articles: which agents are the same party under two names, which are linked
by affiliations (and so not independent), and which names a claim mentions.

Two agents count as one party when one name's words are a subset of the other's and the smaller
name holds a proper name ('Keller' / 'Ana Keller', 'Ukraine' / "Ukraine's Defense Ministry"), or
both are used in the same article. Affiliation paths ('adviser of', 'governor of') make agents
related but still distinct: they may contradict each other, they cannot corroborate each other.
"""
from __future__ import annotations

from collections import defaultdict

import networkx as nx

from ..agent_names import GENERIC_MODIFIERS, GENERIC_PEOPLE, NAME_TITLES
from . import lexicon as lx
from .statements import Corpus, Statement
from .text import entity_root, stem
from .unionfind import DisjointSets

# the extra words that leave one agent under two names ('Governor Maria Lind' / 'Maria Lind'), in
# both the stemmed and the entity-root forms names are compared in (one list: kg.agent_names).
# 'miss', 'dame' and 'rev' are left out: stemmed they are ordinary words of organisation names
# ('miss', 'dam': 'Kestrel Dam Authority' is not 'Kestrel Authority').
_VARIANT_TITLES = NAME_TITLES - {"miss", "dame", "rev"}
TITLES = frozenset(stem(w) for w in _VARIANT_TITLES) | frozenset(entity_root(w) for w in _VARIANT_TITLES)


# role nouns a description of one person ends with ("a Malian army spokesman", "the police official")
ROLE_NOUNS = frozenset(stem(w) for w in """spokesman spokeswoman spokesperson official commander officer
adviser advisor aide envoy ambassador representative""".split())


# the words that make a name a country's own body ("Sudan's army", "Syrian officials"), and those
# of the ones who stand against it ("rebels in eastern Sudan", "Ethiopian opposition leaders")
# (stemmed, and as the roots they take capitalised: "Mission", "Army")
STATE_STEMS = frozenset(stem(w) for w in lx.GOVERNMENT_NOUNS) | frozenset(entity_root(w) for w in lx.GOVERNMENT_NOUNS)
OPPOSING_STEMS = frozenset(stem(w) for w in lx.OPPOSING_NOUNS) | frozenset(entity_root(w) for w in lx.OPPOSING_NOUNS)


def agent_key(statement: Statement) -> str:
    """The key of a statement's agent: its IRI, else its source name."""
    return statement.agent or statement.source


def name_words(name: str) -> tuple[frozenset, frozenset]:
    """The folded words of a name and the subset that are proper names (capitalised, not generic)."""
    words, proper = set(), set()
    raws = name.replace("\u2019", "'").split()
    for k, raw in enumerate(raws):
        token = raw.strip(".,;:\"'()")
        lower = token.lower()
        if lower in ("to", "in", "at") and proper and k + 1 < len(raws) and raws[k + 1][:1].isupper():
            # "U.S. Mission to Turkey", "the Embassy in Ankara": the place after the preposition is
            # where the body works, not who it is (it must not join the body to Turkey's party)
            break
        if lower.endswith("'s"):
            lower, token = lower[:-2], token[:-2]
        if not lower or lower in lx.STOPWORDS or lower in lx.ANAPHORIC_NAME_WORDS:
            continue
        # "Local Official", "Senior Officials": a description in title case names nobody in particular
        if token[:1].isupper() and lower not in lx.GENERIC_NAME_WORDS and lower not in GENERIC_PEOPLE \
                and lower not in GENERIC_MODIFIERS:
            root = entity_root(lower)
            words.add(root)
            proper.add(root)
        else:
            words.add(stem(lower))
    return frozenset(words), frozenset(proper)


class AgentRelations:
    """Same-party and affiliation relations between the agents of a corpus."""

    def __init__(self, corpus: Corpus):
        self.names: dict[str, str] = {}
        self.docs: dict[str, set[str]] = defaultdict(set)
        self.quoted: dict[str, int] = defaultdict(int)
        for statement in corpus.statements:
            key = agent_key(statement)
            self.names.setdefault(key, statement.source)
            self.docs[key].add(statement.doc)
            self.quoted[key] += 1
        for iri, agent in corpus.agents.items():
            self.names.setdefault(iri, agent.name)
        common = _lowercase_roots(corpus, self.names.values())
        self.words = {key: _first_word_common(name, name_words(name), common) for key, name in self.names.items()}
        self.aliases = _alias_roots(corpus)
        self._affiliations = list(corpus.affiliations)
        self.graph = nx.Graph()
        for affiliation in corpus.affiliations:
            if affiliation.organization:
                self.graph.add_edge(affiliation.member, affiliation.organization)
        self._component = {n: i for i, comp in enumerate(nx.connected_components(self.graph)) for n in comp}
        self._by_word: dict[str, set[str]] = defaultdict(set)
        for key, (words, _) in self.words.items():
            for word in words:
                self._by_word[word].add(key)
        self._party = self._parties()

    def _parties(self) -> dict[str, str]:
        """Agent key -> party id: connected components of the 'one name inside the other' relation."""
        sets = DisjointSets(self.words)

        # a common name ("officials", "the ministry") inside a longer one of its article is that
        # body only when it lies inside one party's names: "an official" of an article that quotes
        # "U.S. officials" and "a local official" could be either, and must not join the two
        common_inside: list[tuple[str, list[str]]] = []
        for key, (words, proper) in self.words.items():
            if not words:
                continue
            rarest = min(words, key=lambda w: len(self._by_word[w]))
            inside = [other for other in self._by_word[rarest] if other != key and self._contains(key, other)]
            if proper:
                for other in inside:
                    if not self._place_of(key, other):
                        sets.union(key, other)
            elif inside:
                common_inside.append((key, inside))
        for description, person in self._role_descriptions():
            sets.union(description, person)
        for key, inside in sorted(common_inside, key=lambda kv: (-len(self.words[kv[0]][0]), kv[0])):
            wider = [other for other in inside if self.words[other][0] != self.words[key][0]]
            if len({sets.find(other) for other in wider}) <= 1:
                for other in inside:
                    sets.union(key, other)
        groups: dict[str, list[str]] = defaultdict(list)
        for key in self.words:
            groups[sets.find(key)].append(key)
        return {key: min(members) for members in groups.values() for key in members}

    def _place_of(self, small: str, large: str) -> bool:
        """True when a larger name holds a smaller proper name only as the place it is of or from
        ("Syrian Muslim Brotherhood", "rebels in eastern Sudan", "China's Uighur minority group"
        against "Syria", "Sudan", "China"): a demonym, a possessive or a place after "in"/"of",
        with no word of a government or its staff beside it ("Sudan's army", "Syrian officials" are
        the country's), or with a word of those who oppose it ("rebel Free Syrian Army")."""
        small_words, small_proper = self.words.get(small, (frozenset(), frozenset()))
        if not small_proper or small_words != small_proper:
            return False
        forms = [w.strip(".,;:\"'()").lower() for w in self.names.get(large, "").replace("\u2019", "'").split()]
        own = {w.strip(".,;:\"'()").lower() for w in self.names.get(small, "").replace("\u2019", "'").split()}
        at = [k for k, w in enumerate(forms) if entity_root(w) in small_proper]
        if not at:
            return False
        as_place = any(forms[k] not in own or forms[k].endswith("'s")
                       or any(forms[m] in lx.PLACE_PREPOSITIONS for m in range(max(0, k - 2), k)) for k in at)
        if not as_place:
            return False  # "Jay Carney" / "Carney", "Amnesty International" / "Amnesty": one name
        extra = self.words[large][0] - small_words
        return not extra & STATE_STEMS or bool(extra & OPPOSING_STEMS)

    def _role_descriptions(self) -> list[tuple[str, str]]:
        """(description, person) pairs: an agent named only by a role ("a Malian army spokesman")
        and the one person the same article gives that role ("Spokesman Idrissa Traore"). With two
        people of that role in the article, which one is meant is not known: no pair."""
        holders: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        for affiliation in self._affiliations:
            role = affiliation.role.split() if affiliation.role else []
            if role and affiliation.doc and affiliation.member in self.words:
                qualifiers = _qualifiers(" ".join(role[:-1]))
                qualifiers |= _qualifiers(self.names.get(affiliation.organization or "", ""))
                holders[(affiliation.doc, stem(role[-1].lower()))][affiliation.member] |= qualifiers
        pairs = []
        for key, name in self.names.items():
            words = name.split()
            last = words[-1].strip(".,;:").lower() if len(words) >= 2 else ""
            role = stem(last)
            if role != last or (role not in TITLES and role not in ROLE_NOUNS):
                continue  # one word, a plural ("officials": a group), or no role noun
            mine = _qualifiers(" ".join(words[:-1]))
            for doc in self.docs.get(key, ()):
                people = {p: q for p, q in holders.get((doc, role), {}).items() if p != key}
                if len(people) != 1:
                    continue
                person, theirs = next(iter(people.items()))
                # "the Taliban spokesman" is not "Presidential spokesman Ado Renn": when both say
                # whose spokesman, they must agree on one word of it
                if mine and theirs and not mine & theirs:
                    continue
                pairs.append((key, person))
        return pairs

    def party_id(self, key: str) -> str:
        """A stable id of the party an agent key belongs to."""
        return self._party.get(key, key)

    def same_party(self, a: str, b: str) -> bool:
        """True when two agent keys name the same party (same IRI, or linked by names inside names)."""
        return a == b or self.party_id(a) == self.party_id(b)

    def _contains(self, a: str, b: str) -> bool:
        """True when name `a` lies inside name `b` (with a proper name, or in a shared article)."""
        wa, pa = self.words.get(a, (frozenset(), frozenset()))
        wb = self.words.get(b, (frozenset(), frozenset()))[0]
        if not wa or not wb or not wa <= wb:
            return False
        return bool(pa) or bool(self.docs.get(a, set()) & self.docs.get(b, set()))

    def affiliated(self, a: str, b: str) -> bool:
        """True when an affiliation path links the two agents (or both to one organisation)."""
        ca, cb = self._component.get(a), self._component.get(b)
        return ca is not None and ca == cb

    def independent(self, a: str, b: str) -> bool:
        """True when the two agents are neither the same party nor linked by affiliations."""
        if self.same_party(a, b) or self.affiliated(a, b):
            return False
        return not any(self.affiliated(x, y) for x in self.party(a) for y in self.party(b))

    def party(self, key: str) -> set[str]:
        """Every agent key that names the same party as `key` (itself included)."""
        if not hasattr(self, "_members"):
            self._members: dict[str, set[str]] = defaultdict(set)
            for k, pid in self._party.items():
                self._members[pid].add(k)
        return set(self._members.get(self.party_id(key), ())) | {key}

    def variant(self, a: str, b: str) -> bool:
        """True when two agent keys are one agent under two names: one name inside the other, and
        the smaller a full name ('Maria Lind' in 'Governor Maria Lind') or the extra words titles."""
        if a == b:
            return True
        (wa, pa), (wb, pb) = self.words.get(a, (frozenset(), frozenset())), self.words.get(b, (frozenset(), frozenset()))
        if len(wa) > len(wb):
            wa, pa, wb, pb = wb, pb, wa, pa
        if not wa or not wa <= wb:
            return False
        return len(pa) >= 2 or (wb - wa) <= TITLES

    def representative(self, key: str) -> str:
        """The name variant that stands for an agent: the most quoted, then the shortest name."""
        variants = [k for k in self.party(key) if self.variant(key, k)]
        return min(variants, key=lambda k: (-self.quoted.get(k, 0), len(self.names.get(k, k)), k))

    def roots(self, key: str) -> set[str]:
        """The proper-name roots that identify an agent in a claim ('Dravenian' -> Dravenia)."""
        _, proper = self.words.get(key, (frozenset(), frozenset()))
        return set(proper) | self.aliases.get(key, set())


def _qualifiers(text: str) -> set[str]:
    """The words saying whose role it is ("Velan navy" in "Velan navy spokesman"), as stems and
    entity roots so that "Velan" and "Velania" agree."""
    out = set()
    for raw in text.replace("\u2019", "'").split():
        lower = raw.strip(".,;:\"'()").lower()
        if lower.endswith("'s"):
            lower = lower[:-2]
        if lower and lower not in lx.STOPWORDS and lower not in lx.ANAPHORIC_NAME_WORDS:
            out |= {stem(lower), entity_root(lower)}
    return out


def _lowercase_roots(corpus: Corpus, names) -> frozenset:
    """Roots of the words the corpus writes in lower case (in claims and agents' names)."""
    out = set()
    for text in [*names, *(s.content for s in corpus.statements)]:
        for raw in text.split():
            word = raw.strip(".,;:\"'()\u201c\u201d")
            if word[:1].islower() and word.isalpha():
                out |= {entity_root(word), stem(word)}
    return frozenset(out)


def _first_word_common(name: str, words: tuple[frozenset, frozenset], common: frozenset) -> tuple:
    """A name's first word is capitalised by its place when it opens a sentence ("Exile groups
    said", "Witnesses said"): it is no proper name when the corpus also writes it in lower case
    ("the exiled leader"). Without this, "Exile groups" lies inside any name holding "exiled"."""
    first = name.replace("\u2019", "'").split()[:1]
    if not first:
        return words
    token = first[0].strip(".,;:\"'()")
    if not token[:1].isupper() or token.isupper() or not token.isalpha():
        return words
    root = entity_root(token.lower())
    rest = name.split()[1:]
    # a one-word name opening a sentence ("Official said", "Witnesses said") is a common noun
    # when the corpus writes it in lower case too; without this, "Official" lies inside every
    # "U.S. officials", "Somali military official" ... of the corpus and joins them in one party
    if root not in common or not all(w[:1].islower() for w in rest):
        return words
    all_words, proper = words
    return (all_words - {root}) | {stem(token.lower())}, proper - {root}


def _alias_roots(corpus: Corpus) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for iri, agent in corpus.agents.items():
        for alias in agent.aliases:
            if _proper_alias(alias):
                out[iri].add(entity_root(alias.strip().lower()))
    return out


def _proper_alias(alias: str) -> bool:
    alias = alias.strip()
    return (len(alias.split()) == 1 and alias[:1].isupper() and alias.lower() not in lx.STOPWORDS
            and alias.lower() not in lx.GENERIC_NAME_WORDS and len(alias) > 2)


def alias_map(corpus: Corpus) -> dict[str, str]:
    """One-word aliases of one-word names, for claims' words: {'moscow': 'russ'} when Russia is 'Moscow'."""
    out: dict[str, str] = {}
    for agent in corpus.agents.values():
        if len(agent.name.split()) != 1 or agent.kind not in {"place", "organization", "group", "publisher"}:
            continue
        target = entity_root(agent.name.lower())
        for alias in agent.aliases:
            if _proper_alias(alias) and entity_root(alias.lower()) != target:
                out.setdefault(alias.strip().lower(), target)
    return out


def known_roots(corpus: Corpus) -> frozenset:
    """Roots of every proper word in agents' names and aliases (to spot names at a claim's start)."""
    roots = set()
    for agent in corpus.agents.values():
        for name in {agent.name, *agent.aliases}:
            roots |= name_words(name)[1]
    for statement in corpus.statements:
        roots |= name_words(statement.source)[1]
    return frozenset(roots)
