"""Which agents are one party: a capital that only opens a sentence, and a description by role
(every name is invented)."""
from __future__ import annotations

from kg.analysis.agents import AgentRelations

from .analysis_helpers import corpus
from .analysis_helpers import statement as st


def _relations(*statements):
    return AgentRelations(corpus(list(statements)))


def test_a_common_word_opening_a_sentence_is_not_a_proper_name():
    # "Exile groups said ..." (capital by position) and "the exiled leader of Varonia's Osk
    # minority": without the rule, "Exile groups" lies inside the longer name, which holds
    # "Varonia" too, so the exiles, the leader and Varonia would be one party
    groups = st("d1", "Exile groups", "denies", "being involved")
    leader = st("d2", "exiled leader of Varonia's Osk minority group", "asserts", "the camp was shelled")
    country = st("d2", "Varonia", "asserts", "the camp was never shelled")
    rel = _relations(groups, leader, country)
    assert not rel.same_party(groups.agent, country.agent)
    assert not rel.same_party(groups.agent, leader.agent)


def test_a_word_never_written_in_lower_case_stays_a_proper_name():
    # "Tarnhold officials" and "Tarnhold": the corpus never writes "tarnhold" in lower case
    officials = st("d1", "Tarnhold officials", "asserts", "the dam held")
    tarnhold = st("d2", "Tarnhold", "asserts", "the dam will be inspected")
    assert _relations(officials, tarnhold).same_party(officials.agent, tarnhold.agent)


def _with_roles(statements, roles):
    """A corpus whose article gives people roles: [(person, role, doc)]."""
    from kg.analysis.statements import AffiliationInfo

    base = corpus(list(statements))
    iri = {s.source: s.agent for s in statements}
    base.affiliations.extend(AffiliationInfo(iri[p], role, None, doc, f"urn:aff:{k}")
                             for k, (p, role, doc) in enumerate(roles))
    return AgentRelations(base)


def test_a_role_description_is_the_one_person_the_article_gives_that_role():
    # "A Velan navy spokesman said S1." ... "Spokesman Ado Renn said S2.": one spokesman, one agent
    described = st("d1", "Velan navy spokesman", "asserts", "a single sailor fired the shots")
    named = st("d1", "Ado Renn", "asserts", "the navy is not responsible for the shooting")
    rel = _with_roles([described, named], [("Ado Renn", "Spokesman", "d1")])
    assert rel.same_party(described.agent, named.agent)


def test_a_role_description_stays_apart_with_two_holders_or_a_plural():
    described = st("d1", "Velan navy spokesman", "asserts", "a single sailor fired the shots")
    renn = st("d1", "Ado Renn", "asserts", "the navy is not responsible for the shooting")
    lind = st("d1", "Mira Lind", "asserts", "the port was closed")
    rel = _with_roles([described, renn, lind], [("Ado Renn", "spokesman", "d1"), ("Mira Lind", "spokesman", "d1")])
    assert not rel.same_party(described.agent, renn.agent)
    group = st("d1", "Velan navy officials", "asserts", "a single sailor fired the shots")
    rel = _with_roles([group, renn], [("Ado Renn", "official", "d1")])
    assert not rel.same_party(group.agent, renn.agent)
