"""Re-parsing a sentence whose reporting verb the tagger read as a plural noun.

After a noun, the -s form of a reporting or denial verb is also a plural noun ("claims",
"charges", "maintains", "disputes"), and the small model often takes it for one: in "Lindqvist claims
that the quay is safe" or "the vote that the ruling party maintains was fair" the verb comes out
as a noun of a compound, and no rule sees a cue. Such a sentence is parsed again with the word
replaced by a stand-in the model knows only as a verb ("says", or "denies" for a denial verb), and
the new parse is kept when it reads the stand-in as a verb whose subject holds the noun before
it and which takes a clause or an object. The word itself, its offsets and the sentence's tokens
stay as they were: only tags, heads and dependency labels change (and the word's lemma).

Stage of `pipeline._Extractor.run`, before the cue rules; the model is the one extraction loads.
"""
from __future__ import annotations

from . import lexicon

# the verbs stood in for a misread form, by the kind of verb it is (a denial is parsed as one)
_STAND_IN = {"deny": "denies", "say": "says"}
# what the stand-in must govern for the re-parse to be kept: a reported clause or an object
_TAKES = frozenset({"ccomp", "dobj", "parataxis"})


def _third_person(lemma: str) -> str:
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        return lemma + "es"
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return lemma[:-1] + "ies"
    return lemma + "s"


def _forms() -> dict[str, str]:
    verbs = set(lexicon.ASSERTION_VERBS) | lexicon.DENIAL_VERBS
    return {_third_person(lemma): lemma for lemma in verbs if " " not in lemma}


_FORMS = _forms()  # "claims" -> "claim", "disputes" -> "dispute"


def misread_verbs(doc) -> list:
    """Tokens that look like a reporting or denial verb in -s form read as a plural noun right
    after its speaker (:func:`_singular_speaker`), where a verb stands (:func:`_placed_as_a_verb`):
    lower-case (a headline's title case is left to the headline rules), tagged NNS, the form of a
    reporting or denial verb."""
    out = []
    for token in doc:
        if token.tag_ != "NNS" or not token.text.islower() or token.lower_ not in _FORMS or token.i == 0:
            continue
        if not _singular_speaker(doc[token.i - 1]):
            continue
        if _placed_as_a_verb(token):
            out.append(token)
    return out


def _singular_speaker(word) -> bool:
    """A subject the -s form agrees with and a speaker: a proper name ("Lindqvist claims", "Velan-Rail
    maintains") or a person's noun of office ("the doctor maintains", "a top official disputes",
    the last read as an adjective too). A common noun before a plural noun makes a compound far
    more often ("media reports that S", "opposition claims that S"), and "police" and "media"
    take a plural verb."""
    if word.tag_ == "NNP":
        return True
    return word.tag_ in ("NN", "JJ") and word.lower_ in lexicon.ROLE_NOUNS \
        and word.lower_ not in lexicon.PLURAL_AGREEMENT_NOUNS


def _placed_as_a_verb(token) -> bool:
    """Where the word stands is a verb's place, not a noun's: the end of a tail set off by a comma
    ("S, the harbour's former doctor maintains."), the sentence's root ("a top official disputes
    a report"), before "that" ("Lindqvist claims that S"), or the subject right before the verb it was
    made subject of, inside a relative clause ("the polls that the party maintains were fair": the
    reported clause's verb). Not a noun in a phrase ("his late-night posts attacking her", "in
    the lake states")."""
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < token.sent.end else None
    opener = _phrase_opener(token)
    if after is None or (after.text in (".", "!") and after.i == token.sent.end - 1):
        return opener is not None and opener.text == ","
    if token.dep_ == "ROOT" or (after.lower_ == "that" and after.dep_ == "mark"):
        return True  # (not "Lake Belt states that have lost jobs": "that" the relative's subject)
    if token.dep_ in ("nsubj", "nsubjpass") and token.head.pos_ in ("VERB", "AUX") and (
            after.i == token.head.i or (after.head.i == token.head.i and after.dep_ in ("aux", "auxpass"))):
        # inside a relative clause, after a name ("the tolls, which Velan Rail estimates would
        # raise"; not "the share that Velan member states pledged"); a sentence's own subject
        # ("Harbour worries have slowed the port", "media reports say") is a noun
        return opener is not None and opener.lower_ in ("that", "which") and doc[token.i - 1].tag_ == "NNP"
    return False


def _phrase_opener(token):
    """The token just before the noun phrase that ends at `token` (the would-be subject), or None."""
    doc = token.doc
    k = token.i - 1
    while k > token.sent.start and _in_phrase(doc[k]) and token.i - k < 8:
        k -= 1
    return doc[k] if k < token.i - 1 and not _in_phrase(doc[k]) else None


def _in_phrase(token) -> bool:
    return token.pos_ in ("DET", "ADJ", "NOUN", "PROPN", "PART") or token.tag_ == "HYPH"  # "Zanu-PF"


def repair_misread_verbs(doc, nlp=None) -> int:
    """Re-parse each sentence holding a misread verb (see :func:`misread_verbs`) and keep the new
    parse where it reads the verb as one; returns how many sentences changed."""
    tokens = misread_verbs(doc)
    if not tokens:
        return 0
    if nlp is None:
        from .nlp import load_pipeline

        nlp = load_pipeline()
    from spacy.attrs import DEP, HEAD, POS, TAG

    attrs = [HEAD, DEP, TAG, POS]
    array = doc.to_array(attrs)
    lemmas: dict[int, str] = {}
    changed = 0
    for token in tokens:
        sent = token.sent
        lemma = _FORMS[token.lower_]
        stand_in = _STAND_IN["deny" if lemma in lexicon.DENIAL_VERBS else "say"]
        words = [t.text for t in sent]
        k = token.i - sent.start
        variant = nlp("".join((stand_in if i == k else t.text) + t.whitespace_ for i, t in enumerate(sent)))
        if [t.text for t in variant] != [stand_in if i == k else w for i, w in enumerate(words)]:
            continue  # tokenized otherwise: the parses cannot be laid over each other
        verb = variant[k]
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if verb.pos_ != "VERB" or not any(c.left_edge.i <= k - 1 <= c.right_edge.i for c in subjects) \
                or not any(c.dep_ in _TAKES for c in verb.children):
            continue
        if sum(1 for t in variant if t.dep_ == "ROOT") != 1:
            continue
        fresh = variant.to_array(attrs)
        array[sent.start:sent.end] = fresh
        lemmas[token.i] = lemma
        changed += 1
    if changed:
        doc.from_array(attrs, array)
        for i, lemma in lemmas.items():
            doc[i].lemma_ = lemma
            doc[i].tag_ = "VBZ"
            doc[i].pos_ = "VERB"
    return changed
