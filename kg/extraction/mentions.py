"""Noun phrases that name a source: their span, their head, and the name they give.

A mention is what the text says ("the appointed head of the province, Tomas Varga",
"he", "the governor", "officials in Kyiv"); the speaker resolver later maps it to an agent.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import AgentKind
from . import lexicon
from .docindex import doc_text, entities_changed, entity_at

# "KYIV - ", "WASHINGTON (AP) \u2014 ", "LONDON, March 3 (Reuters) - ": a dateline opening a story
DATELINE = re.compile(r"[A-Z][A-Z .'\u2019-]{2,40}(?:,[^\n]{0,30}?)?(?:\s*\([A-Za-z .]{1,30}\))?\s*[-\u2013\u2014]+\s+")

NAMED_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "WORK_OF_ART", "PRODUCT"}
ENTITY_KINDS = {"PERSON": AgentKind.PERSON, "ORG": AgentKind.ORGANIZATION, "GPE": AgentKind.PLACE,
                "LOC": AgentKind.PLACE, "FAC": AgentKind.PLACE, "NORP": AgentKind.GROUP,
                "WORK_OF_ART": AgentKind.ORGANIZATION, "PRODUCT": AgentKind.ORGANIZATION}
# Words that open a noun phrase but are not part of a name.
_LEADING = {"the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our",
            "both", "either", "neither"}


@dataclass
class Mention:
    """A source as written: its kind of reference, its text and offsets, and a name if it has one."""

    form: str  # "name", "pronoun", "description"
    text: str
    start: int
    end: int
    name: str
    kind: AgentKind
    head_lemma: str
    head: object = None  # the spaCy token heading the phrase


def clean_name(text: str) -> str:
    """A name without leading articles, trailing possessive or stray punctuation."""
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    text = re.sub(r"\s+", " ", text).strip(" ,.;:\"'()[]\u201c\u201d\u2013\u2014\u2015")
    text = re.sub(r"'s$|'$", "", text).strip()
    if text.count("(") > text.count(")") and re.search(r"\(\w+$", text):
        text += ")"  # "the Party for Reform (PFR)": the strip took the closing bracket of its acronym
    words = text.split(" ")
    while words and words[0].lower() in _LEADING:
        words = words[1:]
    return " ".join(words)


def is_title(token) -> bool:
    """A word that can stand before a name as a title or job: 'Minister', 'Dr', 'Hydrologist'."""
    lower = token.lower_
    return (lower in lexicon.PERSON_TITLES or lower in lexicon.ROLE_NOUNS - lexicon.ORGANIZATION_ROLE_NOUNS
            or (len(lower) > 5 and lower.endswith("ist") and token.pos_ in ("NOUN", "PROPN")))


def is_name_word(token) -> bool:
    """A capitalised word that can be part of a personal name ('Anna', "O'Neill", 'Lopez-Garcia')."""
    text = token.text
    return (text[:1].isupper() and text.replace("-", "").replace("'", "").replace("\u2019", "").isalpha()
            and not text.isupper() and token.lower_ not in lexicon.ORGANIZATION_WORDS)


def looks_like_name(tokens) -> bool:
    """Two to four words shaped like a personal name: 'Nadia Farouk', 'Pieter de Vries'."""
    tokens = list(tokens)
    if not 2 <= len(tokens) <= 4 or not is_name_word(tokens[0]) or not is_name_word(tokens[-1]):
        return False
    return all(is_name_word(t) or t.lower_ in lexicon.NAME_PARTICLES for t in tokens[1:-1])


def looks_like_person(tokens) -> bool:
    """Two or three capitalised proper nouns with no organisation word: 'Irena Sokol'."""
    tokens = list(tokens)
    words = [t.text for t in tokens]
    # a plural proper noun last ('Brenmoor Textiles', 'Dunmore Partners') names a firm, not a person
    return (2 <= len(words) <= 3 and all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words)
            and not any(w.lower() in lexicon.ORGANIZATION_WORDS for w in words) and tokens[-1].tag_ != "NNPS")


def proper_run(head) -> list:
    """The proper-noun compound run a PROPN head closes: 'Irena Sokol' for 'Sokol'."""
    run = [head]
    for child in sorted(head.lefts, key=lambda t: -t.i):
        if child.dep_ == "compound" and child.pos_ == "PROPN" and child.i == run[0].i - 1:
            run.insert(0, child)
    return run


def _conjoined_names(doc, start: int, end: int) -> list[tuple[int, int]] | None:
    """'Amnesty International and Human Rights Watch' tagged as one organisation: two names of
    two words or more each, joined by 'and', are two bodies. Not when the first part ends in an
    of-phrase ('Department of Health and Human Services': the 'and' joins the object) or when a
    part is a single word ('Procter and Gamble')."""
    ands = [k for k in range(start + 1, end - 1) if doc[k].lower_ in ("and", "&")]
    if len(ands) != 1:
        return None
    k = ands[0]
    left, right = doc[start:k], doc[k + 1:end]
    if len(left) < 2 or len(right) < 2 or any(t.lower_ in ("of", "for", "on") for t in left):
        return None
    if not all(t.text[:1].isupper() for t in (left[0], left[-1], right[0], right[-1])):
        return None
    return [(start, k), (k + 1, end)]


def _bridged(doc):
    """The entities as (entity, start, end), an organisation cut at a preposition joined with the
    name that follows it ('the U.S. Mission to' + 'Norway' is 'U.S. Mission to Norway')."""
    ents = list(doc.ents)
    k = 0
    while k < len(ents):
        ent = ents[k]
        if (ent.label_ == "ORG" and len(ent) >= 2 and doc[ent.end - 1].lower_ in ("to", "of", "for", "in", "on", "at")
                and k + 1 < len(ents) and ents[k + 1].start == ent.end
                and ents[k + 1].label_ in ("GPE", "LOC", "ORG", "NORP")):
            yield ent, ent.start, ents[k + 1].end
            k += 2
            continue
        yield ent, ent.start, ent.end
        k += 1


def fix_entities(doc) -> None:
    """Repair the small model's common entity errors in place, so every stage sees the same names.

    - leading titles leave a person's name ('Hydrologist Pieter de Vries' -> 'Pieter de Vries');
    - a name-shaped ORG/GPE entity after a title or with a role apposition is a PERSON
      ('Aerolink spokeswoman Nadia Farouk', 'Nadia Farouk, a spokeswoman');
    - a PERSON entity takes in a first name the tagger left out ('Leyla' + 'Aziz');
    - a title word tagged as an organisation ('Interior' in 'Interior Minister X') is no entity;
    - a single plural common noun tagged as a person ('Aides acknowledge') is no entity;
    - two multi-word names joined by 'and' are two organisations (`_conjoined_names`);
    - an organisation cut at a preposition takes in the name after it (`_bridged`).
    """
    from spacy.tokens import Span as SpacySpan

    fixed, taken = [], set()
    for ent, start, end in _bridged(doc):
        label = ent.label_
        # (the -s form, or the plain form of a verb of denial, which no name holds: "Guards Deny Attack")
        verb = next((k for k in range(start + 1, end) if doc[k].lower_ in lexicon.HEADLINE_LEAD_FORMS
                     and doc[k].text[:1].isupper() and (lexicon.HEADLINE_LEAD_FORMS[doc[k].lower_] != doc[k].lower_
                                                        or doc[k].lower_ in lexicon.DENIAL_VERBS)), None)
        if verb is not None:
            end = verb  # "Pakistan Denies Report" tagged as one name in a title-case headline
        if end - start > 1 and doc[start].lower_ in lexicon.INVERTED_SAID_FORMS and doc[start].is_sent_start:
            start += 1  # 'Said Pedro Alves: "Q."' tagged as one name: the inverted verb is no part of it
        if label != "PERSON" and all(t.lower_ in lexicon.PERSON_TITLES for t in ent) and end < len(doc) and (
                is_title(doc[end]) or doc[end].ent_type_ == "PERSON"):
            continue  # "Interior" in "Interior Minister X" is part of a title, not an organisation
        if label in ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "WORK_OF_ART"):
            cut = start
            while end - cut > 1 and is_title(doc[cut]):
                cut += 1
            titled = cut > start or (start > 0 and is_title(doc[start - 1]) and not doc[start - 1].ent_type_)
            root = doc[cut:end].root
            titled = titled or any(c.dep_ == "appos" and c.lemma_.lower() in lexicon.ROLE_NOUNS for c in root.children)
            titled = titled or (root.dep_ == "appos" and root.head.lemma_.lower() in lexicon.ROLE_NOUNS)
            if label != "PERSON" and titled and looks_like_name(doc[cut:end]):
                label = "PERSON"
            if label == "PERSON":
                start = cut
                while (start > 0 and doc[start - 1].pos_ == "PROPN" and is_name_word(doc[start - 1])
                       and not is_title(doc[start - 1]) and (start - 1) not in taken
                       and not doc[start - 1].ent_type_ and end - start < 4):
                    start -= 1
                if start < cut and start > 0 and doc[start - 1].lower_ in ("the", "a", "an"):
                    # "of the Courier Ann Smith" (a fronted phrase with no comma): a person's name
                    # takes no article, so the word before it is the phrase's, not a first name
                    start = cut
        if label == "PERSON" and end - start == 1 and doc[start].tag_ == "NNS":
            continue  # "Aides privately acknowledge S": a plural common noun is no person's name
        pieces = _conjoined_names(doc, start, end) if label == "ORG" else None
        for piece_start, piece_end in pieces or [(start, end)]:
            fixed.append(SpacySpan(doc, piece_start, piece_end, label=label))
        taken.update(range(start, end))
    try:
        doc.ents = fixed
    except ValueError:  # overlapping repairs: keep what the tagger said
        pass
    entities_changed(doc)


def entity_of(token):
    """The named entity a token belongs to, or None."""
    if not token.ent_type_:
        return None
    return entity_at(token)


def phrase_tokens(head, *, keep_right_preps: bool = True) -> list:
    """Tokens of the noun phrase headed by `head`: left modifiers and of/in/at phrases, no clauses."""
    tokens = [head]
    for child in head.lefts:
        if child.dep_ in ("det", "compound", "amod", "poss", "nummod", "nmod", "quantmod", "npadvmod", "case",
                          "punct", "predet", "advmod"):
            tokens.extend(child.subtree)
    if keep_right_preps:
        for child in head.rights:
            if child.dep_ == "prep" and child.lower_ in ("of", "in", "at", "for", "from") and child.i == head.i + 1 \
                    and not any(c.dep_ == "pcomp" for c in child.children):
                # (a gerund after it is no part of a name: "accused the charity of having links to X")
                # ("a spokesman for the army, who spoke on condition of anonymity": no clause in a name)
                clauses = {t.i for c in child.subtree if c.dep_ in ("relcl", "acl") for t in c.subtree}
                tokens.extend(t for t in child.subtree if t.i not in clauses)
            elif child.dep_ in ("case",):
                tokens.append(child)
    # keep the contiguous run around the head only, less a judgement set before it ('"baseless"
    # newspaper reports' are the newspaper reports: the adjective is another speaker's verdict)
    judged = [t for t in tokens if t.i < head.i and t.pos_ == "ADJ" and t.lower_ in lexicon.FALSITY_WORDS]
    if judged:
        tokens = [t for t in tokens if t.i > max(j.i for j in judged) and not (t.is_punct and t.i < head.i)]
    indices = {t.i for t in tokens}
    start = end = head.i
    while start - 1 in indices:
        start -= 1
    while end + 1 in indices:
        end += 1
    opening = dateline_end(head)
    if opening is not None and head.idx >= opening:
        # "VERIN - Norland's government denied S": the parser hung the dateline on the subject's
        # name; the name starts after it
        while start < head.i and head.doc[start].idx < opening:
            start += 1
    return [head.doc[i] for i in range(start, end + 1)]


def dateline_end(token) -> int | None:
    """The character offset where a dateline opening the token's line ends ('KYIV - '), or None."""
    text = doc_text(token.doc)  # (the cached text: Doc.text joins every token on each call)
    dateline = DATELINE.match(text, text.rfind("\n", 0, token.idx) + 1)
    return dateline.end() if dateline is not None else None


def describe(head) -> Mention:
    """The mention a source head token stands for (entity, apposition, quantifier, description),
    its span trimmed of edge punctuation and spaces."""
    mention = _describe(head)
    text = doc_text(head.doc)
    start, end = mention.start, mention.end
    while start < end and (text[start].isspace() or text[start] in _EDGE):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _EDGE):
        end -= 1
    if start < end:
        mention.start, mention.end, mention.text = start, end, text[start:end]
    return mention


_EDGE = set(",;:\"\u201c\u201d\u2018\u2019()[]-\u2014\u2013")


def _appositions(head) -> list:
    """Appositions of a head, also those the parser hung on its of-phrase ('the governor of
    Belgorod, Vyacheslav Gladkov')."""
    found = [c for c in head.children if c.dep_ == "appos"]
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                found += [c for c in obj.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
    # "The company that runs the dam, Northwater Energy, denied": a name set off by commas just
    # before the verb renames the whole subject, wherever the parser hung it.
    verb = head.head
    for token in head.subtree:
        if token.dep_ == "appos" and token not in found and token.i + 2 <= verb.i:
            following = head.doc[token.i + 1]
            if following.text == "," and head.doc[token.i + 2].i == verb.i and token.ent_type_ in ("ORG", "PERSON"):
                found.append(token)
    return found


def _describe(head) -> Mention:
    lower = head.lower_
    if lower in lexicon.PRONOUNS_PERSON | lexicon.PRONOUNS_PLURAL | lexicon.PRONOUNS_THING:
        return Mention("pronoun", head.text, head.idx, head.idx + len(head.text), lower, AgentKind.OTHER, lower, head)
    if lower in lexicon.QUANTIFIER_HEADS or head.tag_ == "CD":  # "two of the doctors": the doctors speak
        for child in head.rights:
            if child.dep_ == "prep" and child.lower_ == "of":
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        inner = describe(obj)
                        inner.start = min(inner.start, head.idx)
                        return inner
    ent = entity_of(head)
    if ent is None or ent.label_ not in NAMED_LABELS:
        for child in _appositions(head):
            # (a colon is no apposition: "Local Official: Commandos Kill 15" is a headline's source and claim)
            if child.dep_ == "appos" and ":" not in {t.text for t in head.doc[head.i:child.left_edge.i]}:
                appos_ent = entity_of(child)
                if appos_ent is not None and appos_ent.label_ not in ("PERSON", "ORG") and child.pos_ == "PROPN" \
                        and role_noun_kind(head) is AgentKind.ORGANIZATION:
                    # "the aid group Brightwell said": the tagger calls the group's name a place;
                    # an organisation noun's apposed name is the organisation's
                    appos_ent = None
                if appos_ent is not None and appos_ent.label_ in ("PERSON", "ORG"):
                    tokens = phrase_tokens(head)
                    start = min(tokens[0].idx, appos_ent.start_char)
                    return _named(appos_ent, head, start, max(appos_ent.end_char, tokens[-1].idx + len(tokens[-1])))
                if appos_ent is None and child.pos_ == "PROPN" and child.i > head.i:
                    # "the depot's operator, Saltmere Fuel Terminals, said": an untagged name in apposition
                    run = [t for t in child.subtree if t.i <= child.i and (t.pos_ == "PROPN" or t.dep_ == "compound")]
                    run = [t for t in run if t.i >= run[-1].i - len(run) + 1]
                    tokens = phrase_tokens(head)
                    start, end = tokens[0].idx, child.idx + len(child.text)
                    name = clean_name(doc_text(head.doc)[run[0].idx:end])
                    kind = role_noun_kind(head) or (AgentKind.PERSON if looks_like_name(run) else AgentKind.ORGANIZATION)
                    return Mention("name", doc_text(head.doc)[start:end], start, end, name, kind, head.lemma_.lower(), head)
    tokens = phrase_tokens(head, keep_right_preps=ent is None)
    while len(tokens) > 1 and tokens[0].lower_ in ("both", "either", "neither"):
        tokens = tokens[1:]
    if ent is not None:
        # a name split from the one before it ("Oxfam International and Care International") is
        # only itself, even where the parser hung the first name on it
        joins = [k for k, t in enumerate(tokens) if t.lower_ in ("and", "&") and t.i == ent.start - 1]
        if joins:
            tokens = tokens[joins[-1] + 1:]
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    if ent is not None and ent.label_ in NAMED_LABELS and ent.label_ != "PERSON":
        start, end = min(start, ent.start_char), max(end, ent.end_char)
    text = doc_text(head.doc)[start:end]
    if ent is not None and ent.label_ in NAMED_LABELS:
        if ent.label_ == "PERSON":
            return _named(ent, head, start, end)
        kind = ENTITY_KINDS[ent.label_]
        if kind is AgentKind.PLACE and any(
                role_noun_kind(c) is AgentKind.PERSON for c in head.children if c.dep_ == "appos"):
            # "Douala Mbeki, the regional governor, said": a name the tagger took for a place,
            # renamed by a person's role noun, is a person (so that "he" can point back to it)
            kind = AgentKind.PERSON
        name = text
        if ent.start_char > start and _descriptor(head.doc[tokens[0].i:ent.start]):
            name = ent.text  # "the rights group Amnesty International": the group is Amnesty International
        return Mention("name", text, start, end, clean_name(name), kind, head.lemma_.lower(), head)
    if head.pos_ == "PROPN":
        run = proper_run(head)
        # An untagged name renamed by a role noun takes its kind from it ("Vale Water, the company that
        # runs the plant" is an organisation, though its shape is a person's), else from its shape.
        said_kind = next(filter(None, (role_noun_kind(c) for c in head.children if c.dep_ == "appos")), None)
        if said_kind is not None or looks_like_person(run) or (ent is not None and ent.label_ not in NAMED_LABELS):
            kind = said_kind or (AgentKind.PERSON if looks_like_person(run) else AgentKind.ORGANIZATION)
            run_start, run_end = run[0].idx, head.idx + len(head.text)
            return Mention("name", text, start, end, clean_name(doc_text(head.doc)[run_start:run_end]), kind,
                           head.lemma_.lower(), head)
        name = text
        if run[0].idx > start and _descriptor(head.doc[tokens[0].i:run[0].i]):
            name = doc_text(head.doc)[run[0].idx:head.idx + len(head.text)]  # "the relief agency Northwind"
        return Mention("name", text, start, end, clean_name(name), AgentKind.ORGANIZATION, head.lemma_.lower(), head)
    return Mention("description", text, start, end, clean_name(text), _description_kind(head), head.lemma_.lower(), head)


def _descriptor(tokens) -> bool:
    """'the rights group', 'the relief agency': words before a name that only say what kind of
    organisation it is (lower-case nouns and adjectives ending in an organisation noun)."""
    words = [t for t in tokens if t.pos_ != "DET"]
    return bool(words) and all(t.pos_ in ("NOUN", "ADJ") and t.text.islower() for t in words) and (
        words[-1].lemma_.lower() in lexicon.ORGANIZATION_ROLE_NOUNS)


def role_noun_kind(token) -> AgentKind | None:
    """The kind a singular role noun says its referent is: 'the company' an organisation, 'a
    spokeswoman' a person; None for any other word."""
    if token.tag_ not in ("NN", "NNP"):
        return None
    lemma = token.lemma_.lower()
    if lemma in lexicon.ORGANIZATION_ROLE_NOUNS:
        return AgentKind.ORGANIZATION
    if lemma in lexicon.ROLE_NOUNS:
        return AgentKind.PERSON
    return None


def _description_kind(head) -> AgentKind:
    """'the ministry' is an organisation, 'the governor' a person, 'officials' a group."""
    lemma = head.lemma_.lower()
    if lemma in lexicon.ORGANIZATION_ROLE_NOUNS and head.tag_ in ("NN", "NNP"):
        return AgentKind.ORGANIZATION
    if head.tag_ == "NN" and lemma in lexicon.PERSON_TITLES | lexicon.ROLE_NOUNS:
        return AgentKind.PERSON
    if head.tag_ == "NN" and lemma not in lexicon.INFORMATION_NOUNS | lexicon.CHANNEL_NOUNS | lexicon.REPORT_NOUNS:
        return AgentKind.PERSON  # "the 62-year-old carpenter said": one speaker, a person
    return AgentKind.GROUP


def _named(ent, head, start: int, end: int) -> Mention:
    name = clean_name(ent.text)
    kind = ENTITY_KINDS.get(ent.label_, AgentKind.OTHER)
    if kind in (AgentKind.PERSON, AgentKind.ORGANIZATION):
        # the text's own apposition outranks the tagger's guess: "Tallis Fenn, the company that owns
        # the ferry" is an organisation, "Orla Marsh, a spokeswoman" a person
        kind = next(filter(None, (role_noun_kind(c) for c in head.children if c.dep_ == "appos")), kind)
    return Mention("name", doc_text(head.doc)[start:end], start, end, name, kind, head.lemma_.lower(), head)


def is_definite_description(mention: Mention) -> bool:
    """True for 'the governor', 'the Kyiv official', 'the post': phrases that point back to an agent."""
    first = mention.text.strip().split(" ", 1)[0].lower()
    return mention.form == "description" and first in ("the", "this", "that", "its", "his", "her", "their")
