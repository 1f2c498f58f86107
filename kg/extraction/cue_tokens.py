"""Small predicates on spaCy tokens that the cue rules share."""
from __future__ import annotations

from . import lexicon
from .docindex import entity_at


def names_people(token) -> bool:
    """'opposition figures', 'senior party figures': "figure" in its sense of a person, known by a
    modifier that places people (not 'official figures', 'the figures show')."""
    return token.lemma_.lower() == "figure" and any(
        c.dep_ in ("amod", "compound") and c.lower_ in lexicon.PUBLIC_FIGURE_MODIFIERS for c in token.children)


def word_in(token, words) -> bool:
    """True when a token's lower-cased form or lemma is one of `words` ('data' has the lemma 'datum')."""
    return token.lower_ in words or token.lemma_.lower() in words


def entity_root(token):
    """The root token of the named entity a token belongs to (the token itself outside entities)."""
    ent = entity_at(token)
    return ent.root if ent is not None else token
