"""Stories over weeks: articles weeks apart are one story only when they keep naming the same
rare names, not the usual names of their region (every name is invented)."""
from __future__ import annotations

from collections import Counter

from kg.analysis.stories import Stories


def _doc(*names, words=()):
    return Counter([f"={n}" for n in names for _ in range(2)] + list(words))


def _corpus(extra):
    # five other articles on the same region: "Varonia" and the "Kel Front" are named everywhere
    docs = {f"other-{k}": _doc("varonia", "kel", "front", f"town{k}", words=["attack", "soldier"])
            for k in range(5)}
    docs.update(extra)
    return docs


def _dates(**these):
    # the other articles are a year older: never in the same story as these
    return {**{f"other-{k}": f"2030-0{k + 1}-01" for k in range(5)}, **these}


def test_weeks_apart_with_only_the_regions_usual_names_are_two_stories():
    docs = _corpus({
        "raid": _doc("varonia", "kel", "front", "osk", words=["raid", "helicopter", "soldier", "attack"]),
        "ambush": _doc("varonia", "kel", "front", "mirel", words=["ambush", "convoy", "soldier", "attack"]),
    })
    assert not Stories(docs, _dates(raid="2031-03-01", ambush="2031-03-29")).same_story("raid", "ambush")
    # the same two articles a few days apart: close in time, what they share is enough
    assert Stories(docs, _dates(raid="2031-03-01", ambush="2031-03-04")).same_story("raid", "ambush")


def test_weeks_apart_naming_the_same_rare_names_are_one_story():
    docs = _corpus({
        "report": _doc("varonia", "osk", "dalmir", "tessa", "brun", words=["report", "weapon", "support"]),
        "rebuttal": _doc("varonia", "osk", "dalmir", "tessa", "brun", words=["deny", "report", "support"]),
    })
    assert Stories(docs, _dates(report="2031-06-01", rebuttal="2031-07-28")).same_story("report", "rebuttal")


def _two_stories(size):
    # a ferry sinking at Vell and a bridge collapse at Osk, `size` articles each from as many
    # outlets; one article of each quotes the same ministry spokesman, Ivo Dujarr
    ferry, bridge = ["ferry", "sink", "harbour", "captain", "passenger"], ["bridge", "collapse", "river", "span", "driver"]
    docs = {f"ferry-{k}": _doc("vell", words=ferry + [f"ferryword{k}"]) for k in range(size)}
    docs.update({f"bridge-{k}": _doc("osk", words=bridge + [f"bridgeword{k}"]) for k in range(size)})
    docs["ferry-0"].update(_doc("dujarr"))
    docs["bridge-0"].update(_doc("dujarr"))
    return Stories(docs)


def test_a_shared_spokesman_does_not_chain_two_well_covered_stories_into_one():
    # the two articles quoting him are linked, but each has closer articles in its own story
    stories = _two_stories(10)
    assert not stories.same_story("ferry-0", "bridge-0")
    assert stories.same_story("ferry-0", "ferry-9") and stories.same_story("bridge-1", "bridge-9")


def test_a_large_story_stays_one_story():
    stories = _two_stories(14)
    assert len({stories.story(f"ferry-{k}") for k in range(14)}) == 1
