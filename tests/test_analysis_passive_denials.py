"""A denial that an act was done at all, in the passive with no doer, against an accusation of that
act naming another party as the doer, in another article of the story (names invented)."""
from __future__ import annotations

from kg.analysis import find_contradictions

from .analysis_helpers import corpus
from .analysis_helpers import statement as st


def _story(charge, denial):
    """Two articles a day apart on the Orsk vote: an accusation in the first, a denial in the second."""
    def one(doc, source, stance, content, cue, pos, day):
        return st(doc, source, stance, content, pos=pos, cue=cue, sentence=f"{source} {cue} {content}.",
                  sentence_start=pos, doc_title="Orsk Vote Disputed", published=day)
    return [one("a", "Dockers Union", "asserts", charge, "accused", 0, "2031-04-02"),
            one("a", "Lena Brask", "asserts", "the Orsk vote count was delayed by a storm", "said", 300, "2031-04-02"),
            one("b", "Electoral Board", "denies", denial, "denied", 0, "2031-04-03"),
            one("b", "Lena Brask", "asserts", "the Orsk vote count ended on Monday", "said", 300, "2031-04-03")]


def _answered(statements):
    return {(c.a.content, c.b.content) for c in find_contradictions(corpus(statements))
            if c.b.stance == "denies"}


def test_denying_the_act_was_done_answers_an_accusation_of_it_against_another_party():
    # "rigged" / "rigging": the act is the verb; whoever is charged with it, it was not done
    charge, denial = "the ruling Velmar Alliance of massive rigging", "the election was rigged"
    assert _answered(_story(charge, denial)) == {(charge, denial)}


def test_an_accusation_of_another_act_is_not_answered():
    assert _answered(_story("the ruling Velmar Alliance of hiding the ballots", "the election was rigged")) == set()


def test_a_passive_denial_naming_its_doer_is_left_to_the_denial_rules():
    # "by the Alliance": who did it is said, and the party charged with the act is another
    assert _answered(_story("the shipping agents of massive rigging", "the election was rigged by the Alliance")) == set()
