"""Contradiction rules for news constructions: a dismissal widened by "in any way", a figure said
to be higher than the one given, each "X denied reports that S" sentence, a headline's denial of
a report its article tells, one story's two articles counting the same people, and whom a strike
killed. Every name, place and claim is invented."""
from __future__ import annotations

from kg.analysis import find_contradictions
from kg.analysis.text import dismisses_claim, dismisses_figure, features

from .analysis_helpers import corpus
from .analysis_helpers import statement as st

DAY = "2031-05-01"


def _st(doc, source, stance, text, *, pos, sentence=None, sentence_start=None, **extra):
    return st(doc, source, stance, text, pos=pos, sentence=sentence or f"{source} said {text}.",
              sentence_start=pos if sentence_start is None else sentence_start, published=DAY, **extra)


def test_a_dismissal_widened_by_in_any_way_still_dismisses():
    assert dismisses_claim(features("we do not believe these claims are in any way true"))
    assert not dismisses_claim(features("the ferry was not in any way late"))  # says something itself
    claim = _st("d1", "Dock workers", "asserts", "the Vell ferry company cut the night shift", pos=10)
    reply = _st("d1", "Ferry spokesman", "asserts", "We do not think these claims are in any way true", pos=90)
    found = find_contradictions(corpus([claim, reply]))
    assert [(c.kind, c.a.content) for c in found] == [("opposite_stances", claim.content)]
    record = found[0].to_record()
    # the words say it is false themselves: kept as written, with what they answer beside
    assert record["b"]["content"] == reply.content and record["b"]["answers"] == claim.content


def test_a_figure_said_to_be_higher_dismisses_the_figure_given():
    assert dismisses_figure(features("the real death toll is likely several times higher"))
    assert dismisses_figure(features("the number of dead is far greater than officials say"))
    assert not dismisses_figure(features("the number of flu cases is higher than last year"))
    given = _st("d1", "Orrin police", "asserts", "the flood killed 12 people in the valley", pos=10)
    doubt = _st("d1", "Ada Kerr", "asserts", "the death toll is likely several times higher", pos=90)
    assert [c.kind for c in find_contradictions(corpus([given, doubt]))] == ["opposite_stances"]


def test_each_sentence_denying_reports_is_a_contradiction_of_its_own():
    # "The ministry denied reports that S1. ... It also denied reports that S2.": two sentences
    s1, s2 = "the Vell navy sank a trawler near Osk", "the Vell navy seized a second trawler near Osk"
    statements = [_st("d1", "reports", "asserts", s1, pos=10, sentence_start=0, sentence="a"),
                  _st("d1", "Vell ministry", "denies", s1, pos=11, sentence_start=0, sentence="a"),
                  _st("d1", "media reports", "asserts", s2, pos=210, sentence_start=200, sentence="b"),
                  _st("d1", "Vell ministry", "denies", s2, pos=211, sentence_start=200, sentence="b")]
    found = find_contradictions(corpus(statements))
    assert sorted(c.a.content for c in found if c.kind == "opposite_stances") == sorted([s1, s2])


def test_a_headline_denial_of_a_report_answers_the_report_its_article_tells():
    title = "Mayor Rejects Flood Casualty Report"
    headline = _st("d1", "Mayor", "denies", "Flood Casualty Report", pos=6, sentence=title, sentence_start=0,
                   doc_title=title)
    lede = _st("d1", "report", "asserts", "40 people died in the Orrin floods", pos=80, sentence_start=40,
               doc_title=title)
    found = find_contradictions(corpus([headline, lede]))
    assert [(c.kind, c.a.content) for c in found] == [("opposite_stances", lede.content)]


def test_a_headline_denial_naming_no_topic_of_the_lede_answers_nothing():
    title = "Mayor Rejects Harbour Report"
    headline = _st("d1", "Mayor", "denies", "Harbour Report", pos=6, sentence=title, sentence_start=0,
                   doc_title=title)
    lede = _st("d1", "report", "asserts", "40 people died in the Orrin floods", pos=80, sentence_start=40,
               doc_title=title)
    assert find_contradictions(corpus([headline, lede])) == []


def test_members_of_a_force_are_counted_as_forces():
    (count,) = features("the raid killed 13 members of the Velan state forces").counts
    assert (count.key, count.who, count.low) == ("@death", "@forces", 13)


def _story(doc, text, source, claim, *, pos=50):
    """A statement whose article (through its sentence) also names `text`."""
    return _st(doc, source, "asserts", claim, pos=pos, sentence=f"{text} {source} said {claim}.",
               doc_title="Strike near Osk")


def test_two_articles_of_one_story_counting_the_same_people_differently_conflict():
    # one article names the town, the other the region; each article names both
    a = _story("d1", "Talks in Osk and Velan state went on.", "Osk officials", "the strike on the town of Osk killed 22 soldiers")
    b = _story("d2", "Talks in Osk and Velan state went on.", "Ana Doru", "the strike killed 13 members of Velan forces")
    assert {c.kind for c in find_contradictions(corpus([a, b]))} == {"number_conflict"}


def test_two_articles_naming_places_the_other_never_names_do_not_conflict():
    a = _story("d1", "Life in Osk is quiet.", "Osk officials", "the strike on the town of Osk killed 22 soldiers")
    b = _story("d2", "Life in Merin is quiet.", "Ana Doru", "the strike on Merin killed 13 soldiers")
    assert "number_conflict" not in {c.kind for c in find_contradictions(corpus([a, b]))}


def test_a_strike_said_to_kill_fighters_and_said_to_kill_soldiers_conflicts():
    a = _st("d1", "Kestria", "asserts", "its airstrike killed nine militants near Osk", pos=10)
    b = _st("d1", "Osk officials", "asserts", "the airstrike killed 22 of their soldiers", pos=90)
    found = find_contradictions(corpus([a, b]))
    assert [(c.kind, c.a.source) for c in found] == [("outcome_conflict", "Kestria")]


def test_a_raid_fought_both_ways_kills_on_both_sides():
    # "militants attacked the base: six soldiers died"; "the soldiers killed 19 militants": both hold
    a = _st("d1", "Osk officials", "asserts", "the attack on the base killed six soldiers", pos=10)
    b = _st("d1", "Osk residents", "asserts", "19 militants were killed in the attack", pos=90)
    assert "outcome_conflict" not in {c.kind for c in find_contradictions(corpus([a, b]))}


def test_soldiers_against_civilians_says_nothing_of_the_strike_target():
    a = _st("d1", "Osk officials", "asserts", "the airstrike killed six soldiers", pos=10)
    b = _st("d1", "Osk residents", "asserts", "the airstrike killed 12 villagers", pos=90)
    assert "outcome_conflict" not in {c.kind for c in find_contradictions(corpus([a, b]))}


def test_whom_a_strike_killed_may_be_said_without_a_figure():
    # "the airstrikes that killed our soldiers": the verb's object says whom, no number needed
    a = _st("d1", "Kestria", "asserts", "its airstrike killed nine militants near Osk", pos=10)
    b = _st("d1", "Osk officials", "asserts", "Kestrian jets were behind the airstrikes that killed our soldiers",
            pos=90)
    assert {c.kind for c in find_contradictions(corpus([a, b]))} == {"outcome_conflict"}
