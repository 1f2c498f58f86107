"""Corroboration needs distinct statements by independent agents, from different sentences, in
one story; one source repeated by several outlets is an echo. All names are invented."""
from __future__ import annotations

from kg.analysis import find_corroborations
from kg.analysis.corroborations import find_echoes

from .analysis_helpers import corpus
from .analysis_helpers import statement as st

CLAIM = "the Vell ferry sank after hitting the harbour wall"


def _say(doc, source, *, sentence_start, pos, day="2031-05-01", text=CLAIM):
    return st(doc, source, "asserts", text, pos=pos, sentence_start=sentence_start, sentence=f"s{sentence_start}",
              published=day, doc_title="Vell ferry sinks in harbour")


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
