"""Speaker resolution: from a mention ("he", "the governor", "Putin") to one agent of the article.

No coreference model works offline here, so :class:`RuleResolver` resolves with rules; any
object with the same ``resolve`` method (a :class:`SpeakerResolver`) can take its place.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Protocol

from ..model import Agent, AgentKind
from . import lexicon
from .docindex import doc_text
from .mentions import ENTITY_KINDS, Mention, clean_name, is_definite_description, looks_like_person, proper_run


@dataclass
class Sighting:
    """An agent seen at a point of the article: as a subject, as a speaker, or just mentioned."""

    name: str
    kind: AgentKind
    sentence: int
    offset: int
    is_subject: bool = False
    is_speaker: bool = False
    possessive: bool = False
    via_document: bool = False  # spoke through "the post", "the statement", "the report"
    quoted: bool = False  # named inside a quotation: by the speaker, not by the narrator


@dataclass
class ResolutionContext:
    """What the resolver may look at: the sentence index and offset of the mention, and history."""

    sentence: int
    offset: int
    publisher: str | None = None
    quote: tuple[int, int] | None = None  # the quote the mention speaks: names inside it are not its referents


class SpeakerResolver(Protocol):
    """Anything that maps a mention to a canonical agent name (or None when it cannot)."""

    def resolve(self, mention: Mention, context: ResolutionContext) -> tuple[str, AgentKind] | None:
        """The canonical (name, kind) a mention refers to, or None."""
        ...


@dataclass
class AgentRegistry:
    """The agents of one article: canonical names, aliases, surnames, roles, and who was seen where."""

    agents: dict[str, Agent] = field(default_factory=dict)
    surnames: dict[str, str] = field(default_factory=dict)
    roles: dict[str, set[str]] = field(default_factory=dict)
    acronyms: dict[str, str] = field(default_factory=dict)
    genders: dict[str, str] = field(default_factory=dict)  # "f" / "m", from roles and resolved pronouns
    sightings: list[Sighting] = field(default_factory=list)
    # the sightings ordered by (offset, order seen), for lookbacks that never scan the whole article
    _keys: list[tuple[int, int]] = field(default_factory=list, repr=False)
    _by_offset: list[Sighting] = field(default_factory=list, repr=False)
    _monotone: bool = field(default=True, repr=False)  # sentence numbers never fall as offsets rise
    _org_words: dict[str, list] = field(default_factory=dict, repr=False)  # name word -> ordered sightings
    _people: dict[str, list] = field(default_factory=dict, repr=False)  # person name -> ordered sightings
    _by_last_word: dict[str, list] = field(default_factory=dict, repr=False)  # last word -> agent names

    def learn_people(self, doc) -> None:
        """Pre-scan PERSON entities so that 'Putin' and 'Vladimir Putin' become one agent."""
        full_names: dict[str, set[str]] = {}
        # (not from a title-case headline, where the tagger runs verbs into names: "Forces Target
        # al-Nasr" gives no full name of "Al-Nasr")
        text = doc_text(doc)
        names = [ent.text for ent in doc.ents if ent.label_ == "PERSON" and not _in_heading_line(text, ent.start_char)]
        names += [" ".join(t.text for t in run) for run in unlabelled_people(doc)]
        for text in names:
            words = _without_titles(_name_words(text))
            if len(words) >= 2:
                full_names.setdefault(words[-1].lower(), set()).add(" ".join(words))
                # "Khalid al-Mansouri ... Mr. Mansouri": a family name is also written without its
                # joined particle
                particle, _, rest = words[-1].partition("-")
                if rest and particle.lower() in lexicon.NAME_PARTICLES:
                    full_names.setdefault(rest.lower(), set()).add(" ".join(words))
        for surname, names in full_names.items():
            longest = max(names, key=len)
            if all(longest.endswith(n) or n in longest for n in names):
                self.surnames[surname] = longest

    def learn_acronyms(self, doc) -> None:
        """Map acronyms to the organisations they abbreviate ('CAR' for 'Conflict Armament Research')."""
        for ent in doc.ents:
            if ent.label_ not in ("ORG", "GPE", "NORP"):
                continue
            words = [w for w in _name_words(ent.text) if w[:1].isupper()]
            if len(words) >= 2:
                self.acronyms.setdefault("".join(w[0] for w in words).upper(), " ".join(_name_words(ent.text)))

    def canonical(self, name: str, kind: AgentKind) -> str:
        """The canonical form of a name: full name for a surname, country for a capital or alias."""
        words = _name_words(name)
        key = " ".join(words).lower()
        if kind == AgentKind.PERSON and len(words) == 1 and key in self.surnames:
            return self.surnames[key]
        if kind == AgentKind.PERSON and len(words) == 1:
            # "Ban" for "Ban Ki-moon", "Xi" for "Xi Jinping": a family name written first, when
            # exactly one full name opens with it
            opening = {n for n in self.surnames.values() if n.split(" ")[0].lower() == key}
            if len(opening) == 1:
                return opening.pop()
        if kind == AgentKind.PERSON and words and words[-1].lower() in self.surnames:
            full = self.surnames[words[-1].lower()]
            # "Dr Lund" or "Minister Lund" after "Petra Lund": the title is not part of the name
            if full.lower().endswith(" ".join(_without_titles(words)).lower()):
                return full
        if len(words) == 1 and words[0].isupper() and words[0] in self.acronyms:
            return self.acronyms[words[0]]
        if len(words) == 1 and re.fullmatch(r"(?:[A-Z]\.)+[A-Z]?\.?", words[0]):
            # dotted initials ("U.N.", "E.U") for the body the article names in full ("United Nations")
            initials = words[0].replace(".", "")
            if len(initials) >= 2 and initials in self.acronyms:
                return self.acronyms[initials]
        if key in lexicon.COUNTRY_ALIASES:
            return lexicon.COUNTRY_ALIASES[key]
        if kind in (AgentKind.PLACE, AgentKind.ORGANIZATION) and key in lexicon.CAPITAL_GOVERNMENTS:
            return lexicon.CAPITAL_GOVERNMENTS[key]
        if kind == AgentKind.ORGANIZATION or _strip_generic_possessor(key) != key:
            longer = self._longer_name_ending_with(key)
            if longer:
                return longer
        return " ".join(words) if words else name

    def _longer_name_ending_with(self, key: str) -> str | None:
        stripped = _strip_generic_possessor(key)
        # a name ending with the key ends with its last word: look only at those (newest first)
        names = self._by_last_word.get(stripped.split(" ")[-1], []) if stripped else list(self.agents)
        for name in reversed(names):
            agent = self.agents[name]
            lower = agent.name.lower()
            if lower != stripped and (lower.endswith(" " + stripped) or lower.endswith("'s " + stripped)):
                before = lower[: -len(stripped)].split()
                while before and before[-1] in ("the", "a", "an"):
                    before.pop()  # "a spokesman for the army"
                if before and before[-1] in lexicon.PREPOSITIONS:
                    continue  # "a worker at Holloway Mills" is a person, not a longer name of the mill
                return agent.name
        return None

    def add(self, name: str, kind: AgentKind, alias: str | None = None) -> Agent:
        """Record an agent (or a new alias of one) and return it."""
        agent = self.agents.get(name)
        if agent is None:
            agent = self.agents[name] = Agent(name=name, kind=kind)
            self._by_last_word.setdefault(name.lower().split(" ")[-1], []).append(name)
        elif agent.kind in (AgentKind.OTHER, AgentKind.GROUP) and kind not in (AgentKind.OTHER, AgentKind.GROUP):
            agent.kind = kind
        if alias and alias != name:
            agent.aliases.add(alias)
        return agent

    def add_role(self, person: str, role: str) -> None:
        """Remember that a person holds a role, so that 'the governor' can find them later."""
        words = {w.lower() for w in role.replace("-", " ").split()}
        self.roles.setdefault(person, set()).update(words)
        for word in words:
            if word in _FEMALE_WORDS:
                self.genders.setdefault(person, "f")
            elif word in _MALE_WORDS:
                self.genders.setdefault(person, "m")

    def see(self, sighting: Sighting) -> None:
        """Record that an agent appeared at a point in the text."""
        self.sightings.append(sighting)
        key = (sighting.offset, len(self.sightings))
        k = bisect.bisect_right(self._keys, key)
        previous = self._by_offset[k - 1] if k > 0 else None
        if previous is not None and (previous.sentence > sighting.sentence or (
                previous.offset == sighting.offset and previous.sentence != sighting.sentence)):
            self._monotone = False  # (one offset, two sentences: walking back could stop too early)
        if k < len(self._by_offset) and self._by_offset[k].sentence < sighting.sentence:
            self._monotone = False
        self._keys.insert(k, key)
        self._by_offset.insert(k, sighting)
        if sighting.kind == AgentKind.ORGANIZATION:
            for word in {w.rstrip("s") for w in sighting.name.lower().split()}:
                bisect.insort(self._org_words.setdefault(word, []), (key, sighting))
        elif sighting.kind == AgentKind.PERSON:
            bisect.insort(self._people.setdefault(sighting.name, []), (key, sighting))

    @staticmethod
    def _latest(entries: list, offset: int):
        """The ((offset, order), sighting) of `entries` that :meth:`before` would give first, or None."""
        k = bisect.bisect_left(entries, ((offset,),))
        if k == 0:
            return None
        return entries[bisect.bisect_left(entries, ((entries[k - 1][0][0],),))]

    def latest_organization(self, word: str, offset: int) -> Sighting | None:
        """The latest organisation seen before an offset with `word` (plural -s dropped) in its name."""
        found = self._latest(self._org_words.get(word, []), offset)
        return found[1] if found else None

    def latest_with_role(self, role: str, offset: int) -> Sighting | None:
        """The latest person seen before an offset who is known to hold `role`."""
        found = [self._latest(self._people.get(name, []), offset) for name, words in self.roles.items()
                 if role in words]
        found = [f for f in found if f is not None]
        return min(found, key=lambda f: (-f[0][0], f[0][1]))[1] if found else None

    def seen_between(self, name: str, start: int, end: int) -> bool:
        """Whether `name` has a sighting between two offsets (walking back from `end` when the
        sightings are in order, so that the cost is the sightings in between)."""
        if not self._monotone:
            return any(s.name == name and start <= s.offset < end for s in self.sightings)
        for s in self.before(end):
            if s.offset < start:
                return False
            if s.name == name:
                return True
        return False

    def before(self, offset: int):
        """The sightings before a character offset, latest first (in the order seen at one offset)."""
        k = bisect.bisect_left(self._keys, (offset,))
        while k > 0:
            j, at = k - 1, self._keys[k - 1][0]
            while j > 0 and self._keys[j - 1][0] == at:
                j -= 1
            yield from self._by_offset[j:k]
            k = j


class RuleResolver:
    """Resolves pronouns, role descriptions and post-as-speaker mentions by recency and role."""

    def __init__(self, registry: AgentRegistry, *, window: int = 3, person_window: int = 6, far_window: int = 40):
        self.registry = registry
        self.window = window
        self.person_window = person_window
        self.far_window = far_window  # (bounded, so that a long article costs linear time)

    def resolve(self, mention: Mention, context: ResolutionContext) -> tuple[str, AgentKind] | None:
        """The agent a mention refers to, or None when no rule finds one."""
        if mention.form == "pronoun":
            return self._pronoun(mention, context)
        if mention.form == "description":
            head = mention.head_lemma
            document = head in lexicon.CHANNEL_NOUNS or head in {"account", "channel"} or (
                is_definite_description(mention) and head in lexicon.INFORMATION_NOUNS | {"datum", "image"})
            if document:
                found = self._own_document_speaker(mention, context) or self._latest_sighting(context, speaker_only=True)
                if found and _document_named_since(mention, found):
                    return found.name, found.kind
            if is_definite_description(mention):
                return self._description(mention, context)
            return None
        return None

    def _candidates(self, context: ResolutionContext, window: int | None = None):
        window = self.window if window is None else window
        if self.registry._monotone:  # walk back from the mention only as far as the window reaches
            found = []
            for s in self.registry.before(context.offset):
                if context.sentence - s.sentence > window:
                    break
                found.append(s)
        else:
            found = sorted((s for s in self.registry.sightings
                            if s.offset < context.offset and context.sentence - s.sentence <= window),
                           key=lambda s: s.offset, reverse=True)
        if context.quote is not None:
            # '"... As far as Holm is concerned, the reports are wrong," he said': a pronoun outside a
            # quote never stands for a name inside the quote it speaks
            found = [s for s in found if not context.quote[0] <= s.offset < context.quote[1]]
        return found

    def _own_document_speaker(self, mention, context) -> Sighting | None:
        """'The Journal reported that investigators suspect S. The report said T': the report is that of
        the speaker whose cue names it (reported, stated, posted), not of a source quoted inside it."""
        if mention.head is None:
            return None
        text = doc_text(mention.head.doc)
        stem = mention.head_lemma[:5]
        for s in self._candidates(context):
            if s.is_speaker and len(stem) >= 4 and text[s.offset:s.offset + len(stem)].lower() == stem:
                return s
        return None

    def _latest(self, context, *, speaker_only=False, kinds=None):
        found = self._latest_sighting(context, speaker_only=speaker_only, kinds=kinds)
        return (found.name, found.kind) if found else None

    def _latest_sighting(self, context, *, speaker_only=False, kinds=None) -> Sighting | None:
        for s in self._candidates(context):
            if speaker_only and not s.is_speaker:
                continue
            if kinds and s.kind not in kinds:
                continue
            return s
        return None

    def _pronoun(self, mention: Mention, context: ResolutionContext):
        if mention.name in lexicon.PRONOUNS_PERSON:
            kinds = {AgentKind.PERSON}
        elif mention.name in lexicon.PRONOUNS_PLURAL:
            kinds = {AgentKind.GROUP, AgentKind.ORGANIZATION, AgentKind.PLACE}
        else:
            kinds = {AgentKind.ORGANIZATION, AgentKind.PLACE, AgentKind.PUBLISHER}
            # "the post said ... It added": 'it' is the document just quoted, so its author speaks
            recent = next((s for s in self._candidates(context) if s.is_speaker), None)
            if recent is not None and recent.via_document and context.sentence - recent.sentence <= 2:
                return recent.name, recent.kind
            # "State media said S. It said T": the media, a mass noun, are an "it"
            # (whatever kind the tagger gave it: "State television" may come out as a person's name)
            if (recent is not None and context.sentence - recent.sentence <= 1
                    and recent.name.split()[-1].lower() in lexicon.MASS_MEDIA_NOUNS):
                return recent.name, recent.kind
            # "Al-Shabab said S. It said T": a one-word name the tagger took for a person, with nothing
            # known of it as a person (no full name, no gender), is the body "it" stands for
            if (recent is not None and recent.kind == AgentKind.PERSON and " " not in recent.name
                    and context.sentence - recent.sentence <= 1 and recent.name not in self.registry.genders
                    and recent.name.lower() not in self.registry.surnames):
                return recent.name, recent.kind
        wanted = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}.get(mention.name)
        # "he" / "she" may reach back past a long quote to the last person named
        window = self.person_window if wanted else None
        # ('Y said: "The claims by X are false." He added, "Q"': a "he" of the narrator's stands for
        # someone the narrator named, not for a name inside a quotation)
        candidates = [s for s in self._candidates(context, window) if s.kind in kinds and not s.possessive
                      and not (wanted and s.quoted)
                      and (wanted is None or self.registry.genders.get(s.name, wanted) == wanted)]
        if not candidates and wanted:
            # "She said S" far from the last name: the latest speaker known to be "she" (the article's
            # subject, quoted paragraphs apart), up to `far_window` sentences back, before giving up
            found = next((s for s in self._candidates(context, window=self.far_window) if s.is_speaker and s.kind in kinds
                          and self.registry.genders.get(s.name) == wanted and not s.possessive), None)
            return (found.name, found.kind) if found else None
        if not candidates:
            return None
        if wanted:
            # in the newest sentence naming people, one known to be "she" beats one of unknown gender
            newest = max(s.sentence for s in candidates)
            known = [s for s in candidates if self.registry.genders.get(s.name) == wanted and s.sentence == newest]
            candidates = known or candidates
        found = self._closest(candidates, context, same_sentence=bool(wanted))
        if found and wanted:
            self.registry.genders.setdefault(found[0], wanted)
        return found

    @staticmethod
    def _closest(candidates: list[Sighting], context: ResolutionContext, same_sentence: bool = False):
        # Prefer the subject or speaker of the closest sentence that has one.
        by_sentence: dict[int, list[Sighting]] = {}
        for s in candidates:
            by_sentence.setdefault(s.sentence, []).append(s)
        for sentence in sorted(by_sentence, reverse=True):
            group = by_sentence[sentence]
            for s in group:
                if s.is_subject or s.is_speaker:
                    return s.name, s.kind
            if sentence < context.sentence or same_sentence and sentence == context.sentence and len(by_sentence) == 1:
                # ("he"/"she" in its own sentence only when no earlier one offers a candidate: "X
                # accused Omar Dane of Z, a charge he denies")
                return group[0].name, group[0].kind
        return None

    def _description(self, mention: Mention, context: ResolutionContext):
        noun = mention.head_lemma
        words = {w.lower() for w in mention.name.replace("-", " ").split()}
        head = mention.head
        proper = [t for t in head.subtree if t.i < head.i and (
            t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "NORP", "GPE", "PERSON"))] if head is not None else []
        if proper and noun in lexicon.ORGANIZATION_ROLE_NOUNS:
            # "the al-Shabab militant group", "the Wagner group": a name inside the description
            # says which body it is; it is the body of that name seen before, or a body of its own,
            # never merely the organisation named last
            names = {w.lower().rstrip("s") for w in mention.name.split()
                     if any(t.lower_ in w.lower() for t in proper if t.is_alpha and len(t.text) > 2)}
            for word in sorted(names):
                s = self.registry.latest_organization(word, context.offset)
                # (not a body whose own name ends in another role noun: "the Syrian government" is not
                # "Syrian Officials" of a headline, nor "the Tarsk council" the "Tarsk Police")
                last = s.name.replace("\u2019", "'").split(" ")[-1].lower().removesuffix("'s") if s is not None else ""
                if s is not None and last.rstrip("s") != noun.rstrip("s") and (
                        last in lexicon.ORGANIZATION_ROLE_NOUNS or last in lexicon.GROUP_SOURCE_NOUNS):
                    continue
                if s is not None:
                    return s.name, s.kind
            return None
        if noun in lexicon.ORGANIZATION_ROLE_NOUNS:
            # "the ministry" -> "Ministry of Agriculture"; "the hospital" -> "St Mary's Hospital"
            stem = noun.rstrip("s")
            s = self.registry.latest_organization(stem, context.offset)
            if s is not None:
                return s.name, s.kind
            # "Halden Motors warned ... the carmaker said": the organisation named just before;
            # "the port operator" (a noun modifier) describes a body of its own
            modified = head is not None and any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in head.children)
            if noun in lexicon.GENERIC_ORGANIZATION_NOUNS and not modified:
                for s in self._candidates(context):
                    # only a named body: "the union said ..., but the company said" are two agents;
                    # and not one whose name says it is another kind of body ("Textile Workers' Union"
                    # is no company)
                    last = s.name.replace("\u2019", "'").split(" ")[-1].lower().rstrip("'s")
                    other_kind = last in lexicon.ORGANIZATION_ROLE_NOUNS and last != stem
                    if s.kind == AgentKind.ORGANIZATION and not s.possessive and _is_proper(s.name) and not other_kind:
                        return s.name, s.kind
            return None
        if noun not in lexicon.ROLE_NOUNS:
            return None
        s = self.registry.latest_with_role(noun, context.offset)
        if s is not None:
            return s.name, s.kind
        # "In Smith's speech, the official said": a person named earlier in the same sentence.
        here = [s for s in self._candidates(context) if s.sentence == context.sentence]
        # ("Smith said the envoy also called for ...": who speaks in the sentence is not the person
        # the reported clause calls "the envoy")
        speakers = {s.name for s in here if s.is_speaker}
        for s in here:
            if s.kind == AgentKind.PERSON and s.name not in speakers:
                known = self.registry.roles.get(s.name, set())
                if not known or words & known or noun in lexicon.GENERIC_ROLE_NOUNS:
                    return s.name, s.kind
        return None


_FEMALE_WORDS = {"spokeswoman", "chairwoman", "businesswoman", "congresswoman", "policewoman", "mrs", "ms",
                 "queen", "princess", "mother", "daughter", "wife", "sister", "grandmother", "actress",
                 "dame", "lady", "woman", "girl", "widow"}
_MALE_WORDS = {"spokesman", "chairman", "businessman", "congressman", "policeman", "mr", "king", "prince",
               "father", "son", "husband", "brother", "grandfather", "actor", "sir", "lord", "man", "boy",
               "widower"}


# How a line of running text ends; a line ending otherwise is a headline, caption or link.
TERMINAL_MARKS = (".", "!", "?", "\u201d", '"', "'", "\u2019", ")", ":")


def is_heading_line(line: str) -> bool:
    """True for a line with no closing punctuation: a headline, caption or link. A line ending in a
    quoted phrase with no stop before the closing mark is one too ("Rwanda Cites 'Historical Reality'")."""
    line = line.rstrip()
    if not line:
        return False
    if line[-1] in "\"'\u2019\u201d" and len(line) > 1 and line[-2].isalnum():
        return True
    return not line.endswith(TERMINAL_MARKS)


def _in_heading_line(text: str, offset: int) -> bool:
    """True when the line holding `offset` is a heading line (see is_heading_line)."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return is_heading_line(text[start:end if end >= 0 else len(text)])


def _is_proper(name: str) -> bool:
    """A proper name ("Halden Motors"), not a bare common noun kept as a name ("union")."""
    return any(word[:1].isupper() for word in name.split())


def _without_titles(words: list[str]) -> list[str]:
    """A name's words without the titles before it ('Dr', 'Minister'), keeping at least one word."""
    words = list(words)
    while len(words) > 1 and words[0].lower().rstrip(".") in lexicon.PERSON_TITLES:
        words = words[1:]
    return words


def unlabelled_people(doc) -> list[list]:
    """Names the NER missed or mislabelled, found as subjects or with a role apposition."""
    found = []
    for token in doc:
        if token.pos_ != "PROPN" or token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP", "DATE"):
            continue
        run = proper_run(token)
        if token.dep_ == "compound" or not looks_like_person(run):
            continue
        has_role = any(c.dep_ == "appos" and c.lemma_.lower() in lexicon.ROLE_NOUNS for c in token.children)
        if has_role or token.dep_ in ("nsubj", "nsubjpass"):
            found.append(run)
    return found


def _name_words(text: str) -> list[str]:
    text = text.replace("\u2019", "'")
    words = [w for w in text.split() if any(c.isalnum() for c in w)]  # no stray dash or bracket
    while words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    if words and words[-1].endswith("'s"):
        words[-1] = words[-1][:-2]
    return words


def _strip_generic_possessor(key: str) -> str:
    key = key.replace("\u2019", "'")
    if key.startswith("the "):
        key = key[4:]
    for prefix in ("country's ", "region's ", "city's ", "state's ", "its ", "their ",
                   "his ", "her ", "nation's ", "government's "):
        if key.startswith(prefix):
            return key[len(prefix):]
    return key


def sight_entities(doc, registry: AgentRegistry, sentence_index: dict[int, int], quoted=None) -> None:
    """Record every PERSON/ORG/GPE entity of a parsed article as a sighting, in text order
    (`quoted`: a docindex.Coverage of the article's quotations, to mark the names inside them)."""
    spans = [ent for ent in doc.ents if ent.label_ in ("PERSON", "ORG", "GPE", "NORP")]
    for run in unlabelled_people(doc):
        spans.append(_PersonSpan(doc[run[0].i:run[-1].i + 1]))
    for token in doc:
        if token.pos_ == "PROPN" and token.lower_ in registry.surnames and token.ent_type_ != "PERSON":
            spans.append(_PersonSpan(doc[token.i:token.i + 1]))
    for ent in sorted(spans, key=lambda e: e.start):
        root = ent.root
        kind = ENTITY_KINDS[ent.label_]
        name = registry.canonical(clean_name(ent.text), kind)
        is_subject = root.dep_ in ("nsubj", "nsubjpass") or (
            root.dep_ == "appos" and root.head.dep_ in ("nsubj", "nsubjpass"))
        possessive = any(c.dep_ == "case" for c in root.children) or root.dep_ == "poss"
        registry.see(Sighting(name, kind, sentence_index[ent.start], ent.start_char,
                              is_subject=is_subject, possessive=possessive,
                              quoted=quoted is not None and quoted.holds(ent.start_char)))


class _PersonSpan:
    """A span the NER missed, treated as a PERSON entity."""

    label_ = "PERSON"

    def __init__(self, span):
        self.span = span
        self.text = span.text
        self.root = span.root
        self.start = span.start
        self.start_char = span.start_char


def _document_named_since(mention, sighting: Sighting) -> bool:
    """'X issued a statement ... The statement said S', 'X said in a post ... the post added': the
    document is the latest speaker's when the text names such a document from that speaker's
    paragraph on. 'Police said S. The video shows T' names no video of theirs: the video speaks."""
    if mention.head is None:
        return True
    text = doc_text(mention.head.doc)
    since = text.rfind("\n", 0, sighting.offset) + 1
    words = {mention.head.lower_, mention.head_lemma}
    return any(re.search(rf"\b{re.escape(word)}", text[since:mention.start], re.IGNORECASE) for word in words if word)
