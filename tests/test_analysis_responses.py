"""Denials that answer a claim without naming it, rewordings between two parties, headlines and
dotted abbreviations, on made-up statements (every name and place is invented)."""
from __future__ import annotations

from collections import Counter

from kg.analysis import find_contradictions
from kg.analysis.stories import Stories, _terms
from kg.analysis.text import features, tokenize

from .analysis_helpers import corpus, pairs
from .analysis_helpers import statement as st

# -- a denial answers the claim its words point back to ------------------------------------------

def test_denial_answers_the_preceding_claim_it_rewords():
    # "the rebels overran the fort" / "the garrison denied it lost control of the fort": no word
    # for word match, but the denial's words (control ~ capture, fort) point back to the claim
    claim = st("d1", "Velan Front", "asserts", "its fighters overran the hill fort and seized two trucks", pos=100)
    denial = st("d1", "Garrison command", "denies", "they lost control of the hill fort", pos=300)
    found = find_contradictions(corpus([claim, denial]))
    assert ("disputed", frozenset((claim.content, denial.content))) in pairs(found)


def test_gerund_denial_needs_a_claim_about_the_denier():
    # "Kestria denied targeting homes" says Kestria did not target homes: it does not answer a claim
    # that drones or rebels (anyone's) targeted homes, only one that names Kestria
    def found(claim_text):
        claim = st("d1", "Ilse Marn", "asserts", claim_text + " of the port, the old market and the hospital on the hill",
                   pos=100)
        denial = st("d1", "Kestria", "denies", "targeting residential districts", pos=300)
        return [c.kind for c in find_contradictions(corpus([claim, denial]))]

    assert found("all the drones targeted residential districts") == []
    assert found("Kestrian gunboats targeted residential districts") != []
    assert found("the rebels targeted residential districts") == []


# -- several negated facts between two parties ---------------------------------------------------

def test_two_negated_facts_against_one_claim_are_two_contradictions():
    claim = st("d1", "Ruan Pello", "asserts",
               "the K.N. marines played the leading role in the harbour operation against the smugglers", pos=100)
    first = st("d1", "Kestria", "asserts", "the K.N. marines were not involved in the harbour operation", pos=300)
    second = st("d1", "Kestria", "asserts", "This was not a K.N.-led operation, nor a K.N.-unilateral one: "
                "the coastguard and the port police planned and ran it", pos=500)
    found = [c for c in find_contradictions(corpus([claim, first, second])) if c.kind == "polarity_conflict"]
    assert {frozenset((c.a.content, c.b.content)) for c in found} == {
        frozenset((claim.content, first.content)), frozenset((claim.content, second.content))}


def test_rewordings_of_one_denial_stay_one_contradiction():
    claim = st("d1", "Ines Varro", "asserts", "Kestria had supplied artillery shells to the rebels")
    d1 = st("d1", "Kestria", "denies", "that it supplied artillery shells to the rebels")
    d2 = st("d1", "Kestria", "denies", "supplying any artillery shells to rebels")
    found = [c for c in find_contradictions(corpus([claim, d1, d2])) if c.kind == "opposite_stances"]
    assert len(found) == 1


# -- dotted abbreviations and headlines ----------------------------------------------------------

def test_dotted_abbreviation_is_one_word_and_does_not_end_the_subject():
    tokens = [t.text for t in tokenize("The U.N. monitors were not present")]
    assert tokens[:3] == ["The", "U.N.", "monitors"]
    negation = features("The U.N. monitors were not present").negations[0]
    assert "=u.n" in negation.subject


def test_headline_capitals_are_not_names_unless_the_article_names_them():
    terms = _terms("Gunmen Kill Nine Farmers Near Tarsk", {"tarsk"})
    assert "=tarsk" in terms
    assert "=gunmen" not in terms and "gunmen" in terms and "farmer" in terms


def test_headline_words_do_not_join_two_stories_as_names():
    # two unrelated articles whose titles share capitalised common words only
    a = Counter(_terms("Militants Kill Guards In Raid", set()) * 2) + Counter(["=tarsk", "=tarsk", "harbour"])
    b = Counter(_terms("Militants Kill Miners In Raid", set()) * 2) + Counter(["=olvia", "=olvia", "mine"])
    c = Counter(["=zem", "=zem", "vote"])
    stories = Stories({"a": a, "b": b, "c": c})
    shared = set(stories.vectors["a"]) & set(stories.vectors["b"])
    assert not {t for t in shared if t.startswith("=")}


def test_a_refusal_answers_a_claim_of_another_article_only_in_the_same_story():
    claim = st("a1", "Harbour police", "asserts", "the raid on the Osk depot killed 15 smugglers and took six into custody",
               published="2031-03-01")
    refusal = st("a2", "Ruan Pello", "does_not_confirm", "how many smugglers the raid on the Osk depot killed or took into custody",
                 published="2031-03-02")
    later = st("a3", "Ruan Pello", "does_not_confirm", "how many smugglers the raid on the Osk depot killed or took into custody",
               published="2031-09-30")
    assert [c.kind for c in find_contradictions(corpus([claim, refusal]))] == ["disputed"]
    assert find_contradictions(corpus([claim, later])) == []


def test_what_ought_to_happen_does_not_conflict_with_what_did_not():
    # "the two sides need to hold talks" calls for talks; "no such talks took place" is a fact
    call = st("d1", "Ilse Marn", "asserts", "the two sides need to hold talks on the Osk dam")
    must = st("d1", "Ilse Marn", "asserts", "the two sides must hold talks on the Osk dam")
    fact = st("d1", "Kestria", "asserts", "there have been no talks on the Osk dam")
    assert find_contradictions(corpus([call, fact])) == []
    assert find_contradictions(corpus([must, fact])) == []
    held = st("d1", "Ilse Marn", "asserts", "the two sides held talks on the Osk dam")
    assert [c.kind for c in find_contradictions(corpus([held, fact]))] == ["polarity_conflict"]


def test_figures_for_two_kinds_of_event_do_not_conflict():
    raid = st("d1", "Harbour police", "asserts", "the commandos killed 15 militants in the raid on the Osk depot")
    strike = st("d1", "Kestria", "asserts", "the airstrike on the Osk depot killed 150 militants")
    assert find_contradictions(corpus([raid, strike])) == []
    # the same event named twice, or once by a general word, is compared
    attack = st("d1", "Kestria", "asserts", "the attack on the Osk depot killed 150 militants")
    assert [c.kind for c in find_contradictions(corpus([raid, attack]))] == ["number_conflict"]
