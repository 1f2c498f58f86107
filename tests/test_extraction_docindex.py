"""The lookups that keep extraction linear in article length give what the whole-article scans they
replace gave: same quote, same sentence, same entity, same sighting, in the same order."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extraction import docindex, extract_parsed
from kg.extraction.cue_grammar import CueGrammar
from kg.extraction.docindex import Coverage
from kg.extraction.quotes import find_quotes
from kg.extraction.speakers import AgentRegistry, ResolutionContext, RuleResolver, Sighting
from kg.model import AgentKind, Article

TEXT = ("Harbour Board chair Lena Ostrova said the pier would reopen. \"We are nearly there,\" she said.\n\n"
        "The union disputed that. \u201cThe cracks are \"still\" there,\u201d a union official, Piet Varga, said.\n"
        "According to the Harbour Board, repairs cost 2 million.")


def test_extraction_leaves_the_doc_as_it_came(nlp):
    doc = nlp(TEXT)
    extract_parsed(Article("d1", TEXT), doc)
    assert "sent" not in doc.user_token_hooks
    assert not any(key.startswith("kg.") for key in doc.user_data if isinstance(key, str))


def test_the_garbage_collector_is_left_as_it_was(nlp):
    import gc

    doc = nlp(TEXT)
    assert gc.isenabled()
    extract_parsed(Article("d1", TEXT), doc)
    assert gc.isenabled()
    gc.disable()
    try:
        extract_parsed(Article("d1", TEXT), doc)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_attached_lookups_equal_the_whole_doc_scans(nlp):
    doc = nlp(TEXT)
    expected_ents = [next((e for e in doc.ents if e.start <= t.i < e.end), None) for t in doc]
    expected_sents = [(t.sent.start, t.sent.end) for t in doc]
    docindex.attach(doc, list(doc.sents))
    try:
        assert docindex.doc_text(doc) == doc.text
        assert [(t.sent.start, t.sent.end) for t in doc] == expected_sents
        got = [docindex.entity_at(t) for t in doc]
        assert [(e.start, e.end, e.label_) if e else None for e in got] == [
            (e.start, e.end, e.label_) if e else None for e in expected_ents]
        # new entities are seen once the change is announced
        doc.ents = []
        docindex.entities_changed(doc)
        assert all(docindex.entity_at(t) is None for t in doc)
        assert docindex.entities(doc) == ()
    finally:
        docindex.detach(doc)


def test_quote_lookups_equal_a_scan_of_every_quote(nlp):
    doc = nlp(TEXT)
    quotes = find_quotes(TEXT)
    grammar = CueGrammar(doc, quotes)
    for token in doc:
        assert grammar.in_quote(token) == next((q for q in quotes if q.contains(token.idx)), None)
    for token in doc:  # every clause one token long, next to a quote or not
        start, end = token.idx, token.idx + len(token.text)
        assert grammar.adjacent_quote(start, end) == _adjacent_by_scan(grammar, quotes, start, end)


def _adjacent_by_scan(grammar, quotes, start, end):
    import re

    gap = r"[ \t,;:\u2014\u2013-]*"
    for q in quotes:
        if q.outer_end <= start and re.fullmatch(gap, grammar.text[q.outer_end:start]):
            return q
        if q.outer_start >= end and re.fullmatch(gap, grammar.text[end:q.outer_start]):
            return q
    return None


spans = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 20)).map(lambda t: (t[0], t[0] + t[1])), max_size=12)


@given(spans, st.integers(0, 90))
def test_coverage_equals_a_scan_of_every_span(found, offset):
    assert Coverage(found).holds(offset) == any(start <= offset < end for start, end in found)


KINDS = [AgentKind.PERSON, AgentKind.ORGANIZATION, AgentKind.PLACE]
NAMES = ["Lena Ostrova", "Harbour Board", "Ports Ministry", "Piet Varga", "Dock Workers Union", "Saltmere"]
sightings = st.lists(st.tuples(st.integers(0, 8), st.integers(0, 40), st.sampled_from(NAMES),
                               st.sampled_from(KINDS), st.booleans()), max_size=25)


def _registry(rows, *, consistent: bool) -> AgentRegistry:
    registry = AgentRegistry()
    for sentence, offset, name, kind, subject in rows:
        if consistent:
            offset = sentence * 50 + offset  # offsets inside their sentence, as the extractor records them
        registry.see(Sighting(name, kind, sentence, offset, is_subject=subject))
    return registry


@settings(max_examples=150)
@given(sightings, st.integers(0, 9), st.integers(0, 460), st.booleans())
def test_sighting_lookbacks_equal_sorting_every_sighting(rows, sentence, offset, consistent):
    registry = _registry(rows, consistent=consistent)
    registry.roles = {"Lena Ostrova": {"chair"}, "Piet Varga": {"official", "chair"}}
    by_offset = sorted((s for s in registry.sightings if s.offset < offset), key=lambda s: s.offset, reverse=True)
    assert list(registry.before(offset)) == by_offset
    window = [s for s in registry.sightings if s.offset < offset and sentence - s.sentence <= 3]
    context = ResolutionContext(sentence, offset)
    assert RuleResolver(registry)._candidates(context) == sorted(window, key=lambda s: s.offset, reverse=True)
    for word in ("board", "ministry", "union", "saltmere"):
        expected = next((s for s in by_offset if s.kind == AgentKind.ORGANIZATION
                         and word in {w.rstrip("s") for w in s.name.lower().split()}), None)
        assert registry.latest_organization(word, offset) is expected
    for role in ("chair", "official", "mayor"):
        expected = next((s for s in by_offset if s.kind == AgentKind.PERSON
                         and role in registry.roles.get(s.name, set())), None)
        assert registry.latest_with_role(role, offset) is expected


def _longer_by_scan(registry: AgentRegistry, key: str):
    from kg.extraction.speakers import _strip_generic_possessor

    stripped = _strip_generic_possessor(key)
    for agent in reversed(list(registry.agents.values())):
        lower = agent.name.lower()
        if lower != stripped and (lower.endswith(" " + stripped) or lower.endswith("'s " + stripped)):
            return agent.name
    return None


AGENT_NAMES = ["Health Board", "Orrin Vale Health Board", "Vale Water", "the board", "Westmark's Health Board",
               "Water", "Port Authority", "Harbour Port Authority", "authority"]


@given(st.lists(st.sampled_from(AGENT_NAMES), max_size=9), st.sampled_from(
    ["health board", "the health board", "water", "port authority", "its board", "authority", "board", "the "]))
def test_longer_names_are_found_as_a_scan_of_every_agent_finds_them(names, key):
    registry = AgentRegistry()
    for name in names:
        registry.add(name, AgentKind.ORGANIZATION)
    assert registry._longer_name_ending_with(key) == _longer_by_scan(registry, key)
