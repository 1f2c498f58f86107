"""'He' / 'she' for a person the article has only described, not named.

`RuleResolver._pronoun` reaches only agents with a sighting: a named person, or a source that
spoke. A person introduced as the subject of a sentence that reports nothing ("One elderly man
shouted at the officers.", "The minister spoke at length about the budget.") has none, so the
quote that follows ('"...," he said') was lost, or went to a person named farther back. The
subject of the closest earlier sentence is what a reader takes "he" for (and the resolver's own
rule for named subjects); this module supplies it when it is such a description.
"""
from __future__ import annotations

from ..model import AgentKind
from . import lexicon
from .mentions import describe

_SUBJECT_PRONOUNS = {"he": "m", "she": "f"}
_LOOK_BACK = 3  # sentences
_FEMALE = {"woman", "girl", "mother", "daughter", "wife", "sister", "grandmother", "widow", "spokeswoman",
           "chairwoman", "businesswoman", "policewoman", "actress", "lady"}
_MALE = {"man", "boy", "father", "son", "husband", "brother", "grandfather", "widower", "spokesman",
         "chairman", "businessman", "policeman", "actor"}

# people a news story describes without naming them (beside lexicon.ROLE_NOUNS and the gendered words)
_PEOPLE = {"person", "resident", "villager", "survivor", "refugee", "farmer", "driver", "teacher", "student",
           "nurse", "soldier", "trader", "vendor", "shopkeeper", "worker", "fisherman", "passenger", "victim",
           "protester", "demonstrator", "pilot", "patient", "guard", "mourner", "relative", "parent", "neighbor",
           "neighbour", "citizen", "voter", "journalist", "priest", "imam", "pastor", "elder", "child", "teenager",
           "veteran", "migrant", "engineer", "miner", "rescuer", "volunteer", "owner", "customer", "local"}


def described_subject(ex, mention, sentence_index: int, found):
    """(name, PERSON) of a described person the pronoun `mention` stands for, or None to keep `found`
    (the resolver's answer): the subject of the closest earlier sentence that has a person as its
    subject, when that subject is a description of the pronoun's gender and `found` was not seen since."""
    wanted = _SUBJECT_PRONOUNS.get(mention.name)
    if wanted is None:
        return None
    for k in range(sentence_index - 1, max(-1, sentence_index - 1 - _LOOK_BACK), -1):
        subject = _main_subject(ex, ex.sentences[k])
        if subject is None:
            continue
        if subject.ent_type_ or subject.pos_ in ("PROPN", "PRON"):
            return None  # a named person or a pronoun is closer: the resolver's case
        described = describe(subject)
        if described.form != "description" or described.kind != AgentKind.PERSON or not _person_noun(subject):
            return None
        if _gender(subject) not in (None, wanted):
            continue
        if found is not None and ex.registry.seen_between(found[0], ex.sentences[k].start_char, mention.start):
            return None
        return described.name, AgentKind.PERSON
    return None


def _main_subject(ex, sent):
    """The subject of a sentence's root verb, outside quotes (None when it has none)."""
    root = sent.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or ex.finder.in_quote(subject) is not None:
        return None
    if subject.lower_ in lexicon.PRONOUNS_THING or subject.lower_ in lexicon.PRONOUNS_PLURAL:
        return None
    return subject


def _person_noun(token) -> bool:
    """A noun that names a person ('the minister', 'a woman', 'one farmer'), not a thing ('the garden')."""
    lemma = token.lemma_.lower()
    return (lemma in lexicon.ROLE_NOUNS or lemma in lexicon.PERSON_TITLES or lemma in _PEOPLE
            or lemma in _FEMALE or lemma in _MALE)


def _gender(token) -> str | None:
    lemma = token.lemma_.lower()
    return "f" if lemma in _FEMALE else "m" if lemma in _MALE else None
