"""Figures of one event across two articles of a story, compared by the event they tell of (the
rare place both articles name) rather than by the words the two claims share; and the terms a
story is found by (a name opening a sentence, a claim read out of the headline). Every name,
place and claim is invented."""
from __future__ import annotations

from kg.analysis import find_contradictions
from kg.analysis.statements import Corpus
from kg.analysis.stories import find_stories

from .analysis_helpers import corpus
from .analysis_helpers import statement as st

TITLE_A = "Troops Accused of Killings in Brenmoor"
TITLE_B = "Kaldor Calls Brenmoor Operation Defensive"


def _st(doc, source, text, *, pos, sentence=None, title, published, stance="asserts"):
    return st(doc, source, stance, text, pos=pos, sentence=sentence or f"{source} said {text}.",
              sentence_start=pos, doc_title=title, published=published)


def _articles(toll_a, toll_b, *, second_names_village=True, day_b="2031-07-14"):
    """Two articles two days apart on one attack; the second's toll names neither the village nor
    any word of the first's toll, but the rest of the second article names the village."""
    place = "Brenmoor" if second_names_village else "the valley"
    a = [_st("a", "Rights monitors", toll_a, pos=10, title=TITLE_A, published="2031-07-12"),
         _st("a", "Rights monitors", "Kaldor army units shelled Brenmoor for hours", pos=200,
             title=TITLE_A, published="2031-07-12"),
         _st("a", "Ilsa Verne", "the Kaldor government broke the Tessin truce", pos=400,
             title=TITLE_A, published="2031-07-12")]
    b = [_st("b", "Kaldor government", f"its army units shelled {place} on Thursday", pos=10, stance="denies",
             title=TITLE_B, published=day_b),
         _st("b", "a Kaldor spokesman", toll_b, pos=200, title=TITLE_B, published=day_b),
         _st("b", "Ilsa Verne", "the Tessin truce has collapsed", pos=400, title=TITLE_B, published=day_b)]
    return a + b


VILLAGE_TOLL = "soldiers slaughtered as many as 200 people in the farming village of Brenmoor"
DEFENCE_TOLL = "only three civilians and 30 gunmen were killed in what the ministry called a defensive act"


def _number_pairs(statements):
    return {frozenset((c.a.content, c.b.content)) for c in find_contradictions(corpus(statements))
            if c.kind == "number_conflict"}


def test_two_tolls_of_one_village_in_two_articles_conflict_without_a_shared_word():
    assert _number_pairs(_articles(VILLAGE_TOLL, DEFENCE_TOLL)) == {frozenset((VILLAGE_TOLL, DEFENCE_TOLL))}


def test_a_toll_is_not_tied_to_an_article_that_never_names_its_village():
    # the second article speaks of "the valley": nothing says its toll counts the Brenmoor dead
    assert _number_pairs(_articles(VILLAGE_TOLL, DEFENCE_TOLL, second_names_village=False)) == set()


def test_tolls_over_a_period_are_not_tied_by_the_event_alone():
    # "have been killed in recent months" and "have died since March" may count two periods
    over_months = "no civilians have been killed in Brenmoor in recent months"
    since_may = "120 people have died since March"
    assert _number_pairs(_articles(over_months, since_may)) == set()


def test_two_articles_months_apart_are_not_one_event():
    assert _number_pairs(_articles(VILLAGE_TOLL, DEFENCE_TOLL, day_b="2032-03-01")) == set()


def _vector(statements, doc):
    stories = find_stories(Corpus(list(statements), {}, [], {}))
    return stories.vectors[doc]


def test_a_name_opening_a_sentence_is_the_name_another_article_holds():
    # "Dravona closed its port." opens with the name; another article names Dravona mid-sentence
    opening = st("x", "port officials", "asserts", "Dravona closed its port", sentence="Dravona closed its port.",
                 published="2031-07-12")
    inside = st("y", "traders", "asserts", "ships from Dravona were turned back",
                sentence="Traders said ships from Dravona were turned back.", published="2031-07-12")
    vector = _vector([opening, inside], "x")
    assert "=dravon" in vector and "dravona" not in vector


def test_a_claim_read_out_of_the_headline_makes_no_names_of_its_words():
    # "Rebels Storm Harbour Office" read as a sentence would make "Storm" and "Harbour" names
    title = "Rebels Storm Harbour Office, Says Mayor"
    headline = st("x", "Mayor", "asserts", "Rebels Storm Harbour Office", sentence=title, doc_title=title,
                  published="2031-07-12")
    body = st("x", "the mayor", "asserts", "rebels stormed the harbour office in Tessin at dawn",
              sentence="The mayor said rebels stormed the harbour office in Tessin at dawn.", doc_title=title,
              published="2031-07-12")
    vector = _vector([headline, body], "x")
    assert not {"=storm", "=harbour", "=offic"} & set(vector)


def test_two_bare_tolls_in_two_articles_of_one_story_count_the_same_dead():
    # neither toll names a place or a kind of event: each counts what its own article reports, and
    # the two articles report one event, so 90 dead and 14 dead cannot both hold
    monitors, ministry = "at least 90 people were killed", "14 people were killed"
    assert _number_pairs(_articles(monitors, ministry)) == {frozenset((monitors, ministry))}


def test_a_bare_running_toll_is_not_tied_to_another_article_s_bare_toll():
    # "have been killed" sums a period, not the one event the other article counts
    assert _number_pairs(_articles("at least 90 people have been killed", "14 people were killed")) == set()
