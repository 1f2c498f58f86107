"""Corroboration needs distinct statements by independent agents, from different sentences, in
one story; one source repeated by several outlets is an echo. All names are invented."""
from __future__ import annotations

import pytest

from kg.analysis import find_corroborations, lexicon
from kg.analysis.corroborations import find_echoes

from .analysis_helpers import corpus
from .analysis_helpers import statement as st

CLAIM = "the Vell ferry sank after hitting the harbour wall"


def _say(doc, source, *, sentence_start, pos, day="2031-05-01", text=CLAIM, **extra):
    return st(doc, source, "asserts", text, pos=pos, sentence_start=sentence_start, sentence=f"s{sentence_start}",
              published=day, doc_title="Vell ferry sinks in harbour", **extra)


def test_two_independent_sources_in_two_sentences_corroborate():
    found = find_corroborations(corpus([_say("d1", "Harbour Police", sentence_start=0, pos=5),
                                        _say("d1", "Ilse Marrow", sentence_start=200, pos=210)]))
    assert [c.independent_sources for c in found] == [2]


def test_one_sentence_read_as_two_statements_does_not_corroborate():
    # "Harbour Police and Ilse Marrow said ...": one sentence, whatever the extraction split it into
    found = find_corroborations(corpus([_say("d1", "Harbour Police", sentence_start=0, pos=40),
                                        _say("d1", "Ilse Marrow", sentence_start=0, pos=41)]))
    assert found == []


def test_one_name_in_two_articles_is_an_echo_not_a_corroboration():
    statements = [_say("d1", "the coast guard", sentence_start=0, pos=5),
                  _say("d2", "the coast guard", sentence_start=0, pos=5, day="2031-05-02")]
    assert find_corroborations(corpus(statements)) == []
    echoes = find_echoes(corpus(statements))
    assert [(e.source, sorted(s.doc for s in e.statements)) for e in echoes] == [("the coast guard", ["d1", "d2"])]


def test_an_agent_with_itself_does_not_corroborate():
    found = find_corroborations(corpus([_say("d1", "Ilse Marrow", sentence_start=0, pos=5),
                                        _say("d1", "Ilse Marrow", sentence_start=300, pos=305)]))
    assert found == []


def test_articles_of_different_stories_do_not_corroborate():
    found = find_corroborations(corpus([_say("d1", "Harbour Police", sentence_start=0, pos=5),
                                        _say("d2", "Ilse Marrow", sentence_start=0, pos=5, day="2033-01-01")]))
    assert found == []


def _kind(statement, kind):
    statement.agent_kind = kind
    return statement


def test_a_country_and_its_seat_of_government_are_one_voice():
    # "Russia said S ... the Kremlin said S": the building speaks for the state
    found = find_corroborations(corpus([_kind(_say("d1", "Russia", sentence_start=0, pos=5), "place"),
                                        _kind(_say("d1", "Kremlin", sentence_start=200, pos=210), "organization")]))
    assert found == []


def test_a_country_in_one_article_and_its_seat_in_another_are_an_echo():
    statements = [_kind(_say("d1", "United States", sentence_start=0, pos=5), "place"),
                  _kind(_say("d2", "Pentagon", sentence_start=0, pos=5, day="2031-05-02"), "organization")]
    assert find_corroborations(corpus(statements)) == []
    assert [sorted(s.doc for s in e.statements) for e in find_echoes(corpus(statements))] == [["d1", "d2"]]


def test_two_officials_of_one_state_do_not_corroborate_each_other():
    # "a U.S. diplomat said S ... American officials said S": one government, however many mouths
    found = find_corroborations(corpus([_say("d1", "U.S. diplomat", sentence_start=0, pos=5),
                                        _say("d1", "American officials", sentence_start=200, pos=210)]))
    assert found == []


def test_officials_of_two_states_still_corroborate():
    found = find_corroborations(corpus([_say("d1", "Velan officials", sentence_start=0, pos=5),
                                        _say("d1", "Carro's foreign ministry", sentence_start=200, pos=210)]))
    assert [c.independent_sources for c in found] == [2]


def test_a_lede_description_and_the_person_it_names_later_are_one_voice():
    # "A port official says S. ... Harbour master Tomas Brenn told reporters S.": one man, twice
    found = find_corroborations(corpus([_kind(_say("d1", "port official", sentence_start=0, pos=5), "person"),
                                        _kind(_say("d1", "Tomas Brenn", sentence_start=300, pos=310), "person")]))
    assert found == []


def test_a_description_of_another_state_is_not_the_named_person():
    found = find_corroborations(corpus([_kind(_say("d1", "Velan official", sentence_start=0, pos=5), "person"),
                                        _kind(_say("d1", "Carro minister Tomas Brenn", sentence_start=300, pos=310),
                                              "person")]))
    assert [c.independent_sources for c in found] == [2]


def test_hearsay_without_an_author_is_no_party():
    # "Reports say S ... Ilse Marrow said S": nobody in particular holds the reports
    found = find_corroborations(corpus([_say("d1", "unconfirmed reports", sentence_start=0, pos=5),
                                        _say("d1", "Ilse Marrow", sentence_start=300, pos=310)]))
    assert found == []
    authored = find_corroborations(corpus([_say("d1", "Vell Gazette reports", sentence_start=0, pos=5),
                                           _say("d1", "Ilse Marrow", sentence_start=300, pos=310)]))
    assert [c.independent_sources for c in authored] == [2]


def test_a_source_citing_another_passes_its_claim_on():
    # "Harbour Police, citing Ilse Marrow, said S": the police repeat her, they do not back her
    found = find_corroborations(corpus([_say("d1", "Harbour Police", sentence_start=0, pos=5, citing="Ilse Marrow"),
                                        _say("d1", "Ilse Marrow", sentence_start=300, pos=310)]))
    assert found == []


def test_one_name_spelled_two_ways_in_two_articles_is_an_echo():
    # one outlet writes "Tomas Brennik", the next "Tomas Ivo Brenik": one man, reported twice
    statements = [_kind(_say("d1", "Tomas Brennik", sentence_start=0, pos=5), "person"),
                  _kind(_say("d2", "Tomas Ivo Brenik", sentence_start=0, pos=5, day="2031-05-02"), "person")]
    assert find_corroborations(corpus(statements)) == []
    assert [sorted(s.doc for s in e.statements) for e in find_echoes(corpus(statements))] == [["d1", "d2"]]


def test_two_people_whose_surnames_differ_in_a_consonant_still_corroborate():
    statements = [_kind(_say("d1", "Tomas Brennik", sentence_start=0, pos=5), "person"),
                  _kind(_say("d2", "Tomas Brendik", sentence_start=0, pos=5, day="2031-05-02"), "person")]
    assert [c.independent_sources for c in find_corroborations(corpus(statements))] == [2]


def test_one_source_retold_in_other_words_by_a_second_outlet_is_an_echo():
    # the Vell Courier: "the ferry sank after hitting the harbour wall", the harbour master said;
    # the Coast Times: the harbour master said the ferry struck the wall and went down near the pier
    statements = [_say("d1", "harbour master", sentence_start=0, pos=5),
                  _say("d2", "harbour master", sentence_start=0, pos=5, day="2031-05-02",
                       text="the Vell ferry struck the harbour wall and went down near the pier")]
    echoes = find_echoes(corpus(statements))
    assert [sorted(s.doc for s in e.statements) for e in echoes] == [["d1", "d2"]]


def test_two_different_claims_of_one_source_in_two_articles_are_no_echo():
    statements = [_say("d1", "harbour master", sentence_start=0, pos=5),
                  _say("d2", "harbour master", sentence_start=0, pos=5, day="2031-05-02",
                       text="the harbour will reopen to fishing boats on Friday")]
    assert find_echoes(corpus(statements)) == []


def test_a_role_in_one_article_and_the_one_person_holding_it_in_another_are_one_voice():
    # d1: "the mayor announced that ..."; d2: "Mayor Ana Vell announced that ...": one woman
    mayor = _kind(_say("d1", "mayor", sentence_start=0, pos=5, source_text="the mayor"), "person")
    named = _kind(_say("d2", "Ana Vell", sentence_start=0, pos=5, day="2031-05-02", source_text="Mayor Ana Vell"),
                  "person")
    assert find_corroborations(corpus([mayor, named])) == []
    assert [sorted(s.doc for s in e.statements) for e in find_echoes(corpus([mayor, named]))] == [["d1", "d2"]]


def test_a_role_two_people_of_the_story_hold_names_neither():
    mayor = _kind(_say("d1", "mayor", sentence_start=0, pos=5, source_text="the mayor"), "person")
    vell = _kind(_say("d2", "Ana Vell", sentence_start=0, pos=5, day="2031-05-02", source_text="Mayor Ana Vell"),
                 "person")
    other = _kind(_say("d2", "Ivo Dren", sentence_start=300, pos=305, day="2031-05-02",
                       text="the new quay will cost twice the estimate", source_text="the former mayor Ivo Dren"),
                  "person")
    assert [c.independent_sources for c in find_corroborations(corpus([mayor, vell, other]))] == [2]


def test_bare_officials_and_named_officials_of_the_same_kind_are_an_echo_not_two_sources():
    # d1: "Orsk health officials said S"; d2: "Officials say S": nothing shows two bodies
    statements = [_say("d1", "Orsk health officials", sentence_start=0, pos=5),
                  _say("d2", "Officials", sentence_start=0, pos=5, day="2031-05-02")]
    assert find_corroborations(corpus(statements)) == []
    assert [sorted(s.doc for s in e.statements) for e in find_echoes(corpus(statements))] == [["d1", "d2"]]


def test_bare_witnesses_still_corroborate_named_officials():
    statements = [_say("d1", "Orsk health officials", sentence_start=0, pos=5),
                  _say("d2", "witnesses", sentence_start=0, pos=5, day="2031-05-02")]
    assert [c.independent_sources for c in find_corroborations(corpus(statements))] == [2]


def test_a_demand_does_not_back_a_report_of_what_happened():
    # "Harbour Police said the guards closed the quay"; "Ilse Marrow demanded the guards close the quay"
    statements = [_say("d1", "Harbour Police", sentence_start=0, pos=5, text="the guards closed the quay", cue="said"),
                  _say("d1", "Ilse Marrow", sentence_start=200, pos=210, text="the guards close the quay",
                       cue="demanded")]
    assert find_corroborations(corpus(statements)) == []


def test_two_parties_urging_the_same_thing_still_back_each_other():
    statements = [_say("d1", "Harbour Police", sentence_start=0, pos=5, text="the guards close the quay", cue="urged"),
                  _say("d1", "Ilse Marrow", sentence_start=200, pos=210, text="the guards close the quay",
                       cue="called for")]
    assert [c.independent_sources for c in find_corroborations(corpus(statements))] == [2]


@pytest.mark.parametrize("noun", sorted(lexicon.ADHERENT_NOUNS))
def test_someones_own_people_do_not_back_him(noun):
    # "Tomas Brenn said S ... Brenn's supporters said S": his side, twice
    for name in (f"Brenn's {noun}", f"{noun} of Tomas Brenn"):
        statements = [_say("d1", "Tomas Brenn", sentence_start=0, pos=5),
                      _say("d1", name, sentence_start=200, pos=210)]
        assert find_corroborations(corpus(statements)) == [], name


def test_someones_opponents_still_back_him():
    statements = [_say("d1", "Tomas Brenn", sentence_start=0, pos=5),
                  _say("d1", "Brenn's opponents", sentence_start=200, pos=210)]
    assert [c.independent_sources for c in find_corroborations(corpus(statements))] == [2]


def test_a_denial_retold_by_a_second_outlet_is_an_echo_of_the_denial():
    deny = [st("d1", "the ferry company", "denies", CLAIM, pos=5, sentence_start=0, sentence="s0",
               published="2031-05-01", doc_title="Vell ferry sinks in harbour"),
            st("d2", "the ferry company", "denies", CLAIM, pos=5, sentence_start=0, sentence="s0",
               published="2031-05-02", doc_title="Vell ferry sinks in harbour")]
    echoes = find_echoes(corpus(deny))
    assert [(e.stance, sorted(s.doc for s in e.statements)) for e in echoes] == [("denies", ["d1", "d2"])]


def test_a_denial_and_an_assertion_of_one_source_are_no_echo_of_each_other():
    mixed = [st("d1", "the ferry company", "denies", CLAIM, pos=5, sentence_start=0, sentence="s0",
                published="2031-05-01", doc_title="Vell ferry sinks in harbour"),
             _say("d2", "the ferry company", sentence_start=0, pos=5, day="2031-05-02")]
    assert find_echoes(corpus(mixed)) == []


def test_the_report_and_the_named_report_of_one_story_are_an_echo():
    # d1: "a Shoreline Observatory report said S"; d2: "the report said S"
    statements = [_say("d1", "Shoreline Observatory report", sentence_start=0, pos=5),
                  _say("d2", "report", sentence_start=0, pos=5, day="2031-05-02")]
    assert find_corroborations(corpus(statements)) == []
    assert [sorted(s.doc for s in e.statements) for e in find_echoes(corpus(statements))] == [["d1", "d2"]]


@pytest.mark.parametrize("noun", sorted(lexicon.STATE_VOICE_NOUNS))
def test_two_unnamed_voices_of_the_state_in_two_articles_are_an_echo(noun):
    # d1: "the authorities said S"; d2: "officials said S" (and so on for each word): nothing
    # says these are two bodies
    other = "officials" if noun != "officials" else "the authorities"
    statements = [_say("d1", noun, sentence_start=0, pos=5),
                  _say("d2", other, sentence_start=0, pos=5, day="2031-05-02")]
    assert find_corroborations(corpus(statements)) == []
    assert [sorted(s.doc for s in e.statements) for e in find_echoes(corpus(statements))] == [["d1", "d2"]]


def test_the_police_and_the_army_are_two_bodies():
    statements = [_say("d1", "police", sentence_start=0, pos=5),
                  _say("d1", "army", sentence_start=200, pos=210)]
    assert [c.independent_sources for c in find_corroborations(corpus(statements))] == [2]


def test_two_groups_of_one_persons_people_do_not_back_each_other():
    statements = [_say("d1", "Brenn's supporters", sentence_start=0, pos=5),
                  _say("d1", "lawyers of Tomas Brenn", sentence_start=200, pos=210)]
    assert find_corroborations(corpus(statements)) == []


PAST = {"condemn": "condemned", "denounce": "denounced", "decry": "decried", "deplore": "deplored",
        "criticize": "criticized", "criticise": "criticised", "praise": "praised", "hail": "hailed",
        "applaud": "applauded", "welcome": "welcomed", "defend": "is defending", "commend": "commended",
        "slam": "slammed", "lambast": "lambasted"}


def test_every_verdict_cue_has_a_test_form():
    assert set(PAST) == set(lexicon.JUDGING_CUES)


@pytest.mark.parametrize("verb", sorted(lexicon.JUDGING_CUES))
def test_a_verdict_on_an_event_backs_no_claim_about_it(verb):
    # "the ministry is defending the closure of the quay"; "Ilse Marrow said the closure of the quay ..."
    cue = PAST[verb]
    statements = [_say("d1", "Harbour Police", sentence_start=0, pos=5, text="the closure of the Vell quay", cue=cue),
                  _say("d1", "Ilse Marrow", sentence_start=200, pos=210, text="the closure of the Vell quay",
                       cue="said")]
    assert find_corroborations(corpus(statements)) == []


def test_two_claims_that_only_share_words_are_no_corroboration():
    # both tell of deaths from the fever, but not the same fact: a weakly cohesive group is not
    # reported as two sources backing one claim (corroborations.MIN_SCORE)
    from kg.analysis.corroborations import find_corroborations

    a = st("d1", "Valley health officials", "asserts",
           "a man from Orlin is the second death from the marsh fever outside Tarsel", pos=0, cue="said")
    b = st("d2", "Tarsel authorities", "asserts",
           "there have been 42 deaths in the country from the marsh fever", pos=0, cue="said")
    assert find_corroborations(corpus([a, b])) == []
    assert len(find_corroborations(corpus([a, b]), min_score=0.0)) == 1


def test_claims_whose_figures_conflict_do_not_corroborate():
    # "30 of the miners have escaped" and "all but six of the miners are free" share their words;
    # the contradiction rules set their figures against each other, so neither backs the other
    escaped = _say("d1", "Asha Verin", sentence_start=0, pos=5, text="30 of the abducted Vell miners have escaped")
    freed = _say("d2", "Vell Army Command", sentence_start=0, pos=5,
                 text="all but six of the 80 abducted Vell miners were free")
    same = _say("d2", "Ilse Marrow", sentence_start=200, pos=210, text="30 of the abducted Vell miners escaped")
    found = find_corroborations(corpus([escaped, freed, same]), min_score=0)
    assert [sorted(s.source for s in c.statements) for c in found] == [["Asha Verin", "Ilse Marrow"]]


@pytest.mark.parametrize("threshold", [0.3, 0.5, 0.8])
def test_analyze_finds_the_corroborations_find_corroborations_finds(threshold):
    # analyze() hands its contradictions to the corroborations instead of finding them twice:
    # whatever threshold it reports contradictions at, the conflicts are those of the default one
    from kg.analysis.results import analyze

    escaped = _say("d1", "Asha Verin", sentence_start=0, pos=5, text="30 of the abducted Vell miners have escaped")
    freed = _say("d2", "Vell Army Command", sentence_start=0, pos=5,
                 text="all but six of the 80 abducted Vell miners were free")
    same = _say("d2", "Ilse Marrow", sentence_start=200, pos=210, text="30 of the abducted Vell miners escaped")
    statements = [escaped, freed, same]
    alone = [sorted(s.source for s in c.statements) for c in find_corroborations(corpus(statements))]
    analyzed = analyze(corpus(statements), threshold=threshold).corroborations
    assert [sorted(s.source for s in c.statements) for c in analyzed] == alone == [["Asha Verin", "Ilse Marrow"]]
