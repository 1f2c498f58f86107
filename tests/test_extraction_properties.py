"""Properties of extraction on generated text: offsets always slice to the recorded strings, and
no input, however odd, makes extraction raise."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.extraction import extract_article
from kg.model import Article

pytestmark = pytest.mark.slow

FIRST = ["Anna", "Tomasz", "Leila", "Kofi", "Marta", "Jonas", "Aiko", "Rafael", "Ines", "Dmitri"]
LAST = ["Moravec", "Okafor", "Lindqvist", "Haddad", "Duarte", "Brenner", "Sato", "Novak", "Ortiz", "Falk"]
PLACES = ["Brno", "Porto", "Tarnow", "Goma", "Kandor", "Lviv", "Malmo", "Quito"]
ORGS = ["the Interior Ministry", "the Red Cross", "the Harbour Authority", "Vantor Energy",
        "the city council", "the Baltic Fisheries Council"]
ROLES = ["the governor", "a spokesman for the army", "the mayor", "a senior official", "the region's police chief"]
CLAIMS = ["two bridges had been damaged in {place}", "the curfew would be lifted on Friday",
          "nobody was hurt", "the convoy reached {place} before dawn", "prices would rise again",
          "the talks had failed", "the plant could close in May"]
OPEN_CLOSE = [('"', '"'), ("\u201c", "\u201d")]

TEMPLATES = [
    "{name} said {claim}.",
    "{name}, {role}, said that {claim}.",
    "{Claim}, {name} said.",
    "{Claim}, said {role} {name}.",
    "{o}{Claim},{c} {name} said. {o}We will see.{c}",
    "According to {org}, {claim}.",
    "{Claim}, according to {org}.",
    "{org_cap} denied that {claim}.",
    "{org_cap} did not confirm that {claim}.",
    "The Courier could not independently verify {claim_np}.",
    "{name} wrote on Telegram that {claim}.",
    "She said {claim}.",
    "He declined to comment on reports that {claim}.",
    "The claim could not be independently verified.",
    "Both {name} and {name2} denied {claim_np}.",
    "{name} suggested that {claim}.",
    "{org_cap} called it {o}a disgrace{c}.",
    "Governor says {claim}",
    "{Claim}\u2026",
    "Did {name} say {claim}?",
]


@st.composite
def sentences(draw):
    template = draw(st.sampled_from(TEMPLATES))
    o, c = draw(st.sampled_from(OPEN_CLOSE))
    name = f"{draw(st.sampled_from(FIRST))} {draw(st.sampled_from(LAST))}"
    name2 = f"{draw(st.sampled_from(FIRST))} {draw(st.sampled_from(LAST))}"
    org = draw(st.sampled_from(ORGS))
    claim = draw(st.sampled_from(CLAIMS)).format(place=draw(st.sampled_from(PLACES)))
    return template.format(name=name, name2=name2, role=draw(st.sampled_from(ROLES)), org=org,
                           org_cap=org[0].upper() + org[1:], claim=claim, Claim=claim[0].upper() + claim[1:],
                           claim_np="the reports", o=o, c=c)


@st.composite
def articles(draw):
    paragraphs = draw(st.lists(st.lists(sentences(), min_size=1, max_size=3), min_size=1, max_size=3))
    separator = draw(st.sampled_from(["\n\n", "\n", "\n \n"]))
    lead = draw(st.sampled_from(["", "  ", "Headline without a stop\n\n"]))
    return lead + separator.join(" ".join(p) for p in paragraphs)


def check_offsets(text: str, records: list[dict]) -> None:
    for r in records:
        assert " ".join(text[s:e] for s, e in r["content_spans"]) == r["content"]
        assert r["content_spans"][0][0] == r["content_start"] and r["content_spans"][-1][1] == r["content_end"]
        assert r["content"].strip() == r["content"] and r["content"]
        assert text[r["cue_start"]:r["cue_end"]] == r["cue"]
        if r["source_start"] is not None:
            assert text[r["source_start"]:r["source_end"]] == r["source_mention"]
        start = r["sentence_start"]
        assert text[start:start + len(r["sentence"])] == r["sentence"]
        assert start <= r["content_start"] and r["content_end"] <= start + len(r["sentence"])
        for ev in r["evidence"]:
            assert 0 <= ev["sentence_start"] <= ev["content_start"] <= ev["content_end"] <= ev["sentence_end"] <= len(text)
        assert not r["source"].lower().startswith("the ") and not r["source"].endswith(("'s", "\u2019s"))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=articles())
def test_offsets_slice_to_the_recorded_strings(text, nlp):
    records = extract_article(Article("gen", text, publisher="The Courier"), nlp=nlp).records()
    check_offsets(text, records)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=300))
def test_random_unicode_never_raises(text, nlp):
    records = extract_article(Article("junk", text), nlp=nlp).records()
    check_offsets(text, records)


NEWSY = st.sampled_from(['"', "\u201c", "\u201d", "'", ",", ".", "\n", "\n\n", " said ", " according to ",
                         " denied ", " could not verify ", "Anna Novak", "the ministry", " he ", "\u2026", "(",
                         ")", " - ", "\u2014", "U.S.", "?", "!", ":", "that ", "Both "])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(parts=st.lists(NEWSY | st.text(max_size=8), max_size=40))
def test_newsy_junk_never_raises(parts, nlp):
    text = "".join(parts)
    records = extract_article(Article("junk", text, publisher="The Courier"), nlp=nlp).records()
    check_offsets(text, records)
