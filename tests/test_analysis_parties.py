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


def test_a_one_word_description_opening_a_sentence_joins_no_one():
    # "Official said ..." at a sentence start, while the corpus writes "officials" in lower case:
    # without the rule "Official" is a proper name inside every "Varonian officials" and
    # "Tarsk officials" of the corpus, and the two governments become one party
    bare = st("d1", "Official", "asserts", "the convoy left at dawn")
    varonia = st("d2", "Varonian officials", "asserts", "the convoy was never searched")
    tarsk = st("d3", "Tarsk officials", "asserts", "the border officials searched the convoy")
    rel = _relations(bare, varonia, tarsk)
    assert not rel.same_party(varonia.agent, tarsk.agent)


def test_a_title_case_description_is_no_proper_name():
    # "Local Official" (a headline's title case) in one article, "a local official" in another
    headline = st("d1", "Local Official", "asserts", "the ferry sank near Osk")
    other = st("d2", "Local security officials", "asserts", "the ferry reached Osk safely")
    assert not _relations(headline, other).same_party(headline.agent, other.agent)


def test_a_common_name_inside_two_parties_names_of_its_article_joins_neither():
    # one article quotes "Varonian officials" and "Tarsk officials", then "officials said":
    # which officials is not known, so the two governments stay apart
    varonia = st("d1", "Varonian officials", "asserts", "the bridge was open")
    tarsk = st("d1", "Tarsk officials", "asserts", "the bridge was closed")
    officials = st("d1", "officials", "asserts", "the river rose overnight")
    rel = _relations(varonia, tarsk, officials)
    assert not rel.same_party(varonia.agent, tarsk.agent)
    # with one such name in the article, "officials" are those officials
    alone = _relations(st("d2", "Varonian officials", "asserts", "the bridge was open"),
                       st("d2", "officials", "asserts", "the river rose overnight"))
    keys = list(alone.names)
    assert alone.same_party(keys[0], keys[1])


def test_a_role_description_naming_another_body_is_not_the_roles_holder():
    # "Presidential spokesman Ado Renn" and, later, "a rebel spokesman" of the Osk Front: two
    # spokesmen, though only one is named with his role
    renn = st("d1", "Ado Renn", "asserts", "no talks have taken place")
    rebel = st("d1", "Osk Front spokesman", "denies", "peace talks were held")
    rel = _with_roles([renn, rebel], [("Ado Renn", "Presidential spokesman", "d1")])
    assert not rel.same_party(renn.agent, rebel.agent)
    palace = st("d1", "presidential palace spokesman", "asserts", "the president was abroad")
    rel = _with_roles([renn, palace], [("Ado Renn", "Presidential spokesman", "d1")])
    assert rel.same_party(renn.agent, palace.agent)


def test_a_place_after_to_or_in_is_not_who_the_body_is():
    # "the Dravenian Mission to Varonia" works in Varonia but speaks for Dravenia: without the rule
    # its name holds "Varonia", so it and Varonia's government would be one party and their
    # opposite claims never compared; its own country still joins it
    mission = st("d1", "Dravenian Mission to Varonia", "denies", "the clerk spied")
    varonia = st("d1", "Varonia", "asserts", "the clerk spied")
    dravenia = st("d2", "Dravenia", "asserts", "the clerk is innocent")
    rel = _relations(mission, varonia, dravenia)
    assert not rel.same_party(mission.agent, varonia.agent)
    assert rel.same_party(mission.agent, dravenia.agent)


def test_a_country_named_only_as_where_a_body_is_from_is_not_its_party():
    # "the Varonian Free Assembly" and "rebels in eastern Varonia" hold "Varonia" as where they are
    # from, not as who they are: without the rule they, Varonia and its army were one party, and
    # the rebels' claims were never set against the government's
    country = st("v1", "Varonia", "asserts", "the convoy was never attacked")
    assembly = st("v1", "Varonian Free Assembly", "asserts", "the convoy was attacked by the army")
    rebels = st("v2", "rebels in eastern Varonia", "asserts", "the army shelled the convoy")
    exiles = st("v2", "exiled leader of Varonia's Osk minority", "asserts", "the convoy was shelled")
    army = st("v2", "Varonia's army", "denies", "it shelled the convoy")
    officials = st("v1", "Varonian officials", "asserts", "the convoy reached the border")
    rel = _relations(country, assembly, rebels, exiles, army, officials)
    for other in (assembly, rebels, exiles):
        assert not rel.same_party(other.agent, country.agent)
    assert not rel.same_party(assembly.agent, army.agent)
    # a body of its government or its staff is the country's
    assert rel.same_party(army.agent, country.agent)
    assert rel.same_party(officials.agent, country.agent)
