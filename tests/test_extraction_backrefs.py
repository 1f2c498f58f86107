"""Back references ('could not verify the activists' claims') and names set off before the verb."""
from __future__ import annotations

from kg.extraction import extract_article
from kg.model import Article, Stance

TEXT = """Dam breach floods villages

Provincial governor Amira Haddad said rescue teams had reached most villages by nightfall.
The company that operates the dam, Northwater Energy, denied that maintenance had been skipped.
Local activists alleged that warnings about cracks in the wall were ignored for years.
The Daily Meridian could not independently verify the activists' claims.
"""


def test_possessive_back_reference_targets_only_the_named_sources(nlp):
    result = extract_article(Article("dam", TEXT, publisher="The Daily Meridian"), nlp=nlp)
    verify = next(a for a in result.attributions if a.stance == Stance.CANNOT_VERIFY)
    assert [result.attributions[t].source for t in verify.targets] == ["Local activists"]


def test_name_in_commas_before_the_verb_is_the_source(nlp):
    result = extract_article(Article("dam", TEXT, publisher="The Daily Meridian"), nlp=nlp)
    denial = next(a for a in result.attributions if a.stance == Stance.DENIES)
    assert denial.source == "Northwater Energy"
    assert denial.content.text == "maintenance had been skipped"
