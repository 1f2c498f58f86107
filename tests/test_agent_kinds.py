"""An agent's kind (person or organisation) comes from what the article says of it, not only from
the shape of its name or the tagger's guess; and a person named again with a title, or an
organisation named again by its bare name, stays one agent. The sentences are our own."""
from __future__ import annotations

import pytest

from kg.demo import demo_dir
from kg.extraction import extract_article
from kg.extraction.mentions import looks_like_person
from kg.model import AgentKind, Article
from kg.readers import iter_articles


def _extract(text: str, nlp):
    return extract_article(Article(doc_id="kinds", text=text, publisher="Tidewater Post"), nlp=nlp)


def _kinds(result) -> dict[str, set[str]]:
    kinds: dict[str, set[str]] = {}
    for attribution in result.attributions:
        kinds.setdefault(attribution.source, set()).add(attribution.source_kind.value)
    return kinds


def test_an_apposition_says_a_name_is_a_company(nlp):
    # "X, the company that ...": the apposition outranks a name shaped like a person's
    result = _extract("Tallis Fenn, the company that owns the ferry, denied that the crew had been drunk. "
                      "The company said the ferry had been inspected in May.", nlp)
    assert _kinds(result) == {"Tallis Fenn": {"organization"}}
    assert result.agents["Tallis Fenn"].kind == AgentKind.ORGANIZATION


def test_an_apposition_says_a_name_is_a_person(nlp):
    result = _extract("Nadia Farouk, a spokeswoman for the airline, said the flight was delayed.", nlp)
    assert _kinds(result) == {"Nadia Farouk": {"person"}}


@pytest.mark.parametrize("name", ["Dunmore Partners", "Brenmoor Textiles"])
def test_a_plural_last_word_is_no_personal_name(name, nlp):
    doc = nlp(f"Yesterday {name} denied it.")
    run = [t for t in doc if t.text in name.split()]
    assert [t.tag_ for t in run][-1] == "NNPS"
    assert not looks_like_person(run)


def test_a_title_and_surname_is_the_person_named_before(nlp):
    result = _extract("Petra Lund told the court that the contracts were signed in March. "
                      "Dr Lund said she had kept copies of every page.", nlp)
    assert {a.source for a in result.attributions} == {"Petra Lund"}


def test_a_description_ending_in_a_name_is_not_that_name(nlp):
    # "a worker at Holloway Mills" is a person; "Holloway Mills" later is the mill, not the worker
    result = _extract("A worker at Holloway Mills said the doors were locked. "
                      "Holloway Mills denied that the doors were locked.", nlp)
    denial = next(a for a in result.attributions if a.stance.value == "denies")
    assert denial.source == "Holloway Mills" and denial.source_kind == AgentKind.ORGANIZATION


def test_an_institution_noun_is_an_organisation(nlp):
    result = _extract("The state laboratory said the samples were clean.", nlp)
    assert _kinds(result) == {"state laboratory": {"organization"}}


def test_no_demo_agent_has_two_kinds(nlp):
    """Across the demo corpus a name is a person or an organisation, never both (the explore page
    drew the same firm twice, once as a person)."""
    kinds: dict[str, set[str]] = {}
    for article in iter_articles([demo_dir()]):
        if not hasattr(article, "doc_id"):
            continue
        for attribution in extract_article(article, nlp=nlp).attributions:
            if attribution.source_kind in (AgentKind.PERSON, AgentKind.ORGANIZATION):
                kinds.setdefault(attribution.source, set()).add(attribution.source_kind.value)
    assert {name: k for name, k in kinds.items() if len(k) > 1} == {}
