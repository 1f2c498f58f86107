"""The extraction stage: one article in, its attributions and affiliations out.

Steps: parse (spaCy) -> find quotes -> learn the article's people -> affiliations ->
cue rules per sentence -> speaker resolution -> quote continuations -> hedges and channels ->
back references ("their claims") -> one attribution per claim with all its evidence.
"""
from __future__ import annotations

import bisect
import gc
import itertools
import re

from ..model import Agent, AgentKind, Article, Attribution, Certainty, Evidence, ExtractionResult, Span, Stance
from . import docindex, lexicon
from .affiliations import find_affiliations
from .backrefs import BackReferences
from .cues import CueFinder, CueMatch
from .described_subjects import described_subject
from .docindex import Coverage
from .mentions import Mention, clean_name, describe, fix_entities
from .nlp import is_transcript_label, repair_cue_lemmas
from .quote_runs import add_quote_runs
from .quotes import find_quotes, paragraphs
from .reparse import repair_misread_verbs
from .speakers import AgentRegistry, ResolutionContext, RuleResolver, Sighting, is_heading_line, sight_entities

_RANK = {Certainty.POSSIBLE: 0, Certainty.PROBABLE: 1, Certainty.CERTAIN: 2}


def extract_article(article: Article, *, nlp=None, resolver_factory=RuleResolver) -> ExtractionResult:
    """Extract every attribution and affiliation of one article (see the module docstring)."""
    if nlp is None:
        from .nlp import load_pipeline

        nlp = load_pipeline()
    return extract_parsed(article, nlp(article.text), resolver_factory=resolver_factory)


def extract_parsed(article: Article, doc, *, resolver_factory=RuleResolver) -> ExtractionResult:
    """Extraction over an already parsed spaCy Doc of ``article.text`` (used with ``nlp.pipe``)."""
    # The cyclic garbage collector is paused while the rules run: they allocate millions of short-lived
    # spaCy token objects, and each full collection walks every object alive (the Doc's indexes among
    # them), which made a 1 MB article's rules take twice as long. Nothing here needs a cycle freed.
    collecting = gc.isenabled()
    gc.disable()
    extractor = _Extractor(article, doc, resolver_factory)
    docindex.attach(doc, extractor.sentences)
    try:
        return extractor.run()
    finally:
        docindex.detach(doc)
        if collecting:
            gc.enable()


class _Extractor(BackReferences):
    def __init__(self, article: Article, doc, resolver_factory):
        self.article = article
        self.doc = doc
        self.text = doc.text
        self.quotes = find_quotes(self.text)
        self.paragraphs = paragraphs(self.text)
        self.para_starts = [p[0] for p in self.paragraphs]
        self.sentences = list(doc.sents)
        self.sentence_ends = [s.end_char for s in self.sentences]
        self.sentence_of_token = {}
        for n, sent in enumerate(self.sentences):
            for token in sent:
                self.sentence_of_token[token.i] = n
        self.registry = AgentRegistry()
        self.resolver = resolver_factory(self.registry)
        self.finder = CueFinder(doc, self.quotes)
        self.publisher = clean_name(article.publisher) if article.publisher else None
        self.found: list[tuple[int, Attribution]] = []
        # the sources of the last cue with several ("Oxfam and Care said ...") and its sentence
        self.last_group: tuple[int, list[tuple[str, AgentKind]]] | None = None
        # refusals that name no topic ("declined to comment"), by id: answer_unstated_topics
        self.unstated_topics: set[int] = set()

    def sentence_of_offset(self, offset: int) -> int:
        """Index of the sentence holding (or next after) a character offset."""
        return min(bisect.bisect_right(self.sentence_ends, offset), len(self.sentences) - 1)

    def paragraph_of(self, offset: int) -> int:
        """Index of the paragraph holding a character offset."""
        return max(0, bisect.bisect_right(self.para_starts, offset) - 1)

    def is_heading(self, sent) -> bool:
        """Lines without closing punctuation are headlines, captions or links, not reported text."""
        if not self.paragraphs or not sent.text.strip():
            return True
        start, end = self.paragraphs[self.paragraph_of(sent.start_char)]
        return is_heading_line(self.text[start:end])

    def is_question(self, sent) -> bool:
        """A sentence asking something ('Did the minister say ...?') attributes nothing."""
        text = sent.text.rstrip()
        end = sent.start_char + len(text) - 1
        return text.endswith("?") and not any(q.contains(end) for q in self.quotes)

    def run(self) -> ExtractionResult:
        """All stages over the article, in the order of the module docstring."""
        repair_misread_verbs(self.doc)
        repair_cue_lemmas(self.doc)
        fix_entities(self.doc)
        self.registry.learn_people(self.doc)
        self.registry.learn_acronyms(self.doc)
        sight_entities(self.doc, self.registry, self.sentence_of_token,
                       Coverage([(q.outer_start, q.outer_end) for q in self.quotes]))
        affiliations = find_affiliations(self.doc, self.article.doc_id, self.registry)
        attributions: list[Attribution] = []
        used_quotes = set()
        for n, sent in enumerate(self.sentences):
            if self.is_question(sent):
                continue
            if self.is_heading(sent):
                # an attributed headline ("Army: No Civilians Were Hurt") is its source's claim
                colon = self.finder.colon_attribution(sent)
                if colon is not None and self.finder.place_label(colon, sent):
                    colon = None  # "Somalia: Militants Attack Base": a place tag, not a source
                colon = colon or self.finder.headline_tail(sent) or self.finder.headline_lead(sent)
                matches = [colon] if colon is not None else []
                # a signed quote ('"Q" \u2015 Name') ends its line with the name, not a full stop
                matches += [m for m in map(self.finder.dash_signature, sent) if m is not None]
            else:
                matches = self.finder.find(sent)
            for match in matches:
                for attribution in self.attribute(match, n):
                    attributions.append(attribution)
                if match.quote is not None:
                    used_quotes.add(match.quote)
        attributions = add_quote_runs(self, attributions, used_quotes)
        attributions = self.add_continuations(attributions, used_quotes)
        attributions = [a for a in attributions if not a.content.text.rstrip().endswith(("\u2026", "..."))]
        # "It was first declared by Nixon": a claim whose whole content is a pronoun says nothing a
        # reader can hold (answers that point back, "X denied it", are resolved below and stay)
        attributions = [a for a in attributions if not (a.stance == Stance.ASSERTS and not a.continuation
                                                         and a.content.text.strip().lower() in lexicon.BARE_PRONOUN_CONTENTS)]
        attributions.sort(key=lambda a: (a.evidence[0].sentence.start, a.evidence[0].cue.start))
        self.link_back_references(attributions)
        self.resolve_pronoun_contents(attributions)
        self.answer_unstated_topics(attributions)
        self.name_described_sources(attributions)
        merged = self.merge(attributions)
        agents = {a.name: a for a in self.registry.agents.values()}
        return ExtractionResult(self.article, merged, affiliations, agents)

    # ---- sources -------------------------------------------------------------------------
    def name_described_sources(self, attributions: list[Attribution]) -> None:
        """'A senior adviser to the president has denied S ... Presidential adviser Ida Brandt says T':
        news leads describe a source before they name it. A source given only as an indefinite role
        phrase is the one person the article names with that role (none or several: left as it is)."""
        for attribution in attributions:
            mention = attribution.source_mention
            words = self.text[mention.start:mention.end].lower().split() if mention is not None else []
            if len(words) < 2 or words[0] not in ("a", "an"):
                continue
            described = [lexicon.role_spelling(w) for w in attribution.source.lower().replace("-", " ").split()
                         if w not in lexicon.PREPOSITIONS and w not in ("the", "a", "an")]
            if not any(w in lexicon.ROLE_NOUNS for w in described):
                continue
            # every word of the description is one of the person's role words ("a White House
            # spokesman" is not the Afghan spokesman named later)
            named = [person for person, roles in self.registry.roles.items() if person != attribution.source
                     and set(described) <= {lexicon.role_spelling(r) for r in roles}
                     and agent_kind_of(person, self.registry.agents) == AgentKind.PERSON]
            if len(named) == 1:
                attribution.source, attribution.source_kind = named[0], AgentKind.PERSON

    def attribute(self, match: CueMatch, sentence_index: int) -> list[Attribution]:
        """One attribution per resolved source of a cue match (the publisher for 'could not be verified')."""
        results = []
        if match.publisher_is_source:
            if not self.publisher:
                return []
            sources = [(self.publisher, AgentKind.PUBLISHER, None)]
        else:
            quote = (match.quote.outer_start, match.quote.outer_end) if match.quote is not None else None
            sources = [s for s in (self.resolve(head, sentence_index, quote) for head in match.sources) if s]
            sources = self.plural_pronoun_group(sources, sentence_index)
            if not match.sources and match.extra.get("unnamed_source"):
                # "S, reportedly": reports no one is named for (no speaker a later pronoun refers to)
                sources = [(match.extra["unnamed_source"], AgentKind.GROUP, None)]
        for name, kind, mention in sources:
            attribution = self.build(match, name, kind, mention, sentence_index)
            if match.extra.get("unstated_topic"):
                self.unstated_topics.add(id(attribution))
            if attribution.channel is None:
                attribution.channel = self.inherited_channel(attribution, match, mention, sentence_index)
            results.append(attribution)
            self.found.append((sentence_index, attribution))
            self.registry.add(name, kind, alias=clean_name(mention.text) if mention else None)
            if match.publisher_is_source or mention is None:
                # "The statement could not be independently confirmed. It said ...": the newsroom's
                # note on its sources is not a speaker that a later "it" or "the statement" refers to
                continue
            via_document = bool(mention and mention.form == "description" and (
                mention.head_lemma in lexicon.CHANNEL_NOUNS or mention.head_lemma in lexicon.INFORMATION_NOUNS))
            self.registry.see(Sighting(name, kind, sentence_index, match.cue_start,
                                       is_subject=True, is_speaker=True, via_document=via_document))
        return results

    def plural_pronoun_group(self, sources: list, sentence_index: int) -> list:
        """'Oxfam and Care accused the army ... They also called for talks': a plural pronoun
        resolved to one of the sources that spoke together just before stands for all of them."""
        group = self.last_group
        if len(sources) > 1:
            self.last_group = (sentence_index, [(name, kind) for name, kind, _ in sources])
        if len(sources) != 1 or group is None or sentence_index - group[0] > 2:
            return sources
        name, _, mention = sources[0]
        if mention is None or mention.name not in lexicon.PRONOUNS_PLURAL or name not in {n for n, _ in group[1]}:
            return sources
        return [(member, kind, mention) for member, kind in group[1]]

    def inherited_channel(self, attribution: Attribution, match: CueMatch, mention: Mention | None,
                          sentence_index: int) -> str | None:
        """'X wrote in a Telegram post ... the post said / X added / X wrote': the same source, a few
        sentences on, writing or adding again, or speaking through its post, keeps the channel."""
        lemma = match.cue_tokens[0].lemma_.lower()
        through_document = bool(mention and mention.form in ("description", "pronoun")
                                and (mention.head_lemma in lexicon.CHANNEL_NOUNS or mention.head_lemma == "it"))
        if lemma not in ("write", "add", "post", "tweet") and not through_document:
            return None
        here = self.paragraph_of(match.cue_start)
        for _, earlier in reversed(self.found):
            if here - self.paragraph_of(earlier.cue_span.start) > 2:
                break
            if earlier.source == attribution.source:
                return earlier.channel
        return None

    def resolve(self, head, sentence_index: int, quote: tuple[int, int] | None = None):
        """(canonical name, kind, mention) for a source head token, or None when it cannot be resolved;
        `quote` is the span of the quote the source speaks, whose names are no referents."""
        mention = describe(head)
        name, kind = mention.name, mention.kind
        if mention.form == "pronoun" and (accused := self.finder.accused_renaming_pronoun(head)) is not None:
            return self.resolve(accused, sentence_index, quote)  # "X accuses Y of Z, a charge it denies"
        if mention.form in ("pronoun", "description"):
            found = self.resolver.resolve(mention, ResolutionContext(sentence_index, mention.start, self.publisher,
                                                                     quote))
            if mention.form == "pronoun":
                found = described_subject(self, mention, sentence_index, found) or found
            if found:
                name, kind = found
            elif mention.form == "pronoun":
                return None
        elif name.isupper() and head.ent_type_ not in ("ORG", "GPE", "NORP") and is_transcript_label(head) \
                and name not in self.registry.acronyms:
            # a transcript's speaker label ('WALLACE:') names a person in capitals: the surname
            # leads to the full name used elsewhere in the article
            name, kind = name.title(), AgentKind.PERSON
        name = self.registry.canonical(name, kind)
        if not name or len(name) < 2:
            return None
        known = self.registry.agents.get(name)
        if known is not None and {known.kind, kind} <= {AgentKind.PERSON, AgentKind.ORGANIZATION}:
            kind = known.kind  # 'Aske' tagged as a firm after 'Ruth Aske': one name, one kind per article
        if self.publisher and name.lower() == self.publisher.lower():
            kind = AgentKind.PUBLISHER
        return name, kind, mention

    # ---- building ------------------------------------------------------------------------
    def sentence_span(self, start: int, end: int) -> Span:
        """The sentences that [start, end) runs through, as one span without edge spaces: the cue's
        sentence, widened to every sentence a multi-sentence quote covers."""
        # sentences ending before `start` cannot hold it; none after one starting past `end` can either
        for k in range(bisect.bisect_left(self.sentence_ends, start), len(self.sentences)):
            s = self.sentences[k]
            if s.start_char > end:
                break
            if s.start_char <= start < s.end_char or (s.start_char < end <= s.end_char):
                start, end = min(start, s.start_char), max(end, s.end_char)
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        return Span(start, end, self.text[start:end])

    def build(self, match: CueMatch, name: str, kind: AgentKind, mention: Mention | None,
              sentence_index: int) -> Attribution:
        """An attribution with its evidence span, certainty and channel."""
        content = Span(match.content_start, match.content_end, self.text[match.content_start:match.content_end])
        continuation = [Span(start, end, self.text[start:end]) for start, end in match.more]
        cue = Span(match.cue_start, match.cue_end, self.text[match.cue_start:match.cue_end])
        source_span = Span(mention.start, mention.end, self.text[mention.start:mention.end]) if mention else None
        verb = match.cue_tokens[0]
        relative = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                         and c.lower_ in lexicon.RELATIVE_PRONOUNS), None) if verb.dep_ == "relcl" else None
        if relative is not None and mention is not None:
            # "the Saudi government, which has denied S": the source is named by its antecedent
            # (the canonical name) and mentioned here by the relative pronoun, as a pronoun would be
            # (for each of "A and B, who said S")
            source_span = Span(relative.idx, relative.idx + len(relative.text), relative.text)
        end = max(content.end, cue.end, *(piece.end for piece in continuation))
        sentence = self.sentence_span(min(content.start, cue.start), end)
        certainty = self.certainty(match, " ".join(piece.text for piece in [content, *continuation]))
        return Attribution(
            doc_id=self.article.doc_id, source=name, source_kind=kind, stance=match.stance,
            cue=cue.text, content=content,
            evidence=[Evidence(sentence, cue, content, source_span)],
            channel=self.channel(match), certainty=certainty, source_mention=source_span,
            cue_span=cue, sentence=sentence, citing=match.citing, quoted=match.quote is not None,
            continuation=continuation)

    def certainty(self, match: CueMatch, content: str) -> Certainty:
        """The weaker of what the cue and the hedge phrases of its sentence signal ('suggested' ->
        possible; 'according to preliminary data' -> probable). Modals inside the content belong to
        the claim, not to its source: denying that a crash "could have been prevented" is certain."""
        best = match.certainty  # the cue's and its frame's, never a modal inside the content
        sent = match.cue_tokens[0].sent
        lowered = self.text[min(sent.start_char, match.content_start):max(sent.end_char, match.content_end)].lower()
        if any(p in lowered for p in lexicon.HEDGE_PHRASES) and _RANK[Certainty.PROBABLE] < _RANK[best]:
            best = Certainty.PROBABLE
        return best

    def channel(self, match: CueMatch) -> str | None:
        """The medium named around the cue: 'on Telegram', 'in a statement', 'by email'."""
        verb = match.cue_tokens[0]
        sent = verb.sent
        outside = [t for t in sent if not (match.content_start <= t.idx < match.content_end)]
        found = set()
        for token in outside:
            key = token.lower_
            if token.text in ("X", "X.") and token.i > 0 and token.nbor(-1).lower_ in ("on", "via"):
                if _framed(token, verb):
                    found.add("X")  # "wrote on X", the platform formerly called Twitter
                continue
            if key in lexicon.CHANNELS and token.i != verb.i:
                if key in ("video", "letter", "statement", "release") and token.pos_ != "NOUN":
                    continue
                if key in ("release", "conference") and not any(
                        c.lower_ in ("press", "news") for c in token.children if c.dep_ in ("compound", "amod")):
                    continue  # "his release from prison", "a conference on water"
                if _framed(token, verb):
                    found.add(lexicon.CHANNELS[key])
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lemma_.lower() in ("report", "study", "survey"):
            found.add("report")  # "a report by X found that S", "the report said"
        for channel in lexicon.CHANNEL_PRIORITY:
            if channel in found:
                return channel
        return None

    # ---- quotes that continue ------------------------------------------------------------
    def add_continuations(self, attributions: list[Attribution], used_quotes) -> list[Attribution]:
        """'"Q1," X said. "Q2."': a quote with no cue of its own continues the previous speaker."""
        by_end = _ByEnd(a for a in attributions if a.quoted)
        any_by_end = _ByEnd(attributions)
        covered = Coverage([(a.content.start, a.content.end) for a in attributions])
        cue_starts = sorted(a.cue_span.start for a in attributions if a.cue_span)
        by_start = sorted(attributions, key=lambda a: a.content.start)
        starts = [a.content.start for a in by_start]
        result = list(attributions)
        for quote in self.quotes:
            if quote in used_quotes or covered.holds(quote.start):
                continue
            last = by_end.last_ending_by(quote.start)
            # 'X told the paper no threats were made.' then a paragraph that is only a quote: the
            # quote is X's words too, whether X was quoted before or reported in indirect speech
            para = self.paragraph_of(quote.start)
            whole_para = (self.text[self.paragraphs[para][0]] in "\u201c\""
                          and not self.text[quote.outer_end:self.paragraphs[para][1]].strip())
            # (not a transcript turn that names its own speaker, '"PENCE: ...'; and only when the
            # speaker's sentence closes the paragraph before)
            reported = any_by_end.last_ending_by(quote.start) if whole_para and not _LABEL_OPENING.match(
                self.text, quote.start) else None
            if reported is not None and not self.speaks(reported):
                reported = None  # only a verb of speaking introduces what follows ("X called it Y" does not)
            if reported is not None and (last is None or _content_end(reported) > _content_end(last)) \
                    and self.paragraph_of(_content_end(reported)) == para - 1 \
                    and not self.text[reported.sentence.end:self.paragraphs[para - 1][1]].strip():
                last = reported
            if last is None:
                continue
            last_end = max(last.content_spans[-1].end, last.cue_span.end if last.cue_span else 0)
            same_para = self.paragraph_of(last_end) == self.paragraph_of(quote.start)
            next_para_alone = (self.paragraph_of(quote.start) == self.paragraph_of(last_end) + 1
                               and self.text[self.paragraphs[self.paragraph_of(quote.start)][0]] in "\u201c\"")
            between = max(0, quote.outer_start - last_end)  # characters between, counted without slicing
            if not (same_para or next_para_alone) or between > 200:
                continue
            k = bisect.bisect_left(cue_starts, last_end)
            if k < len(cue_starts) and cue_starts[k] < quote.outer_start:
                continue  # another cue between the last speaker and this quote
            span = self.finder.trim(quote.start, quote.end)
            if span is None:
                continue
            content = Span(span[0], span[1], self.text[span[0]:span[1]])
            # contents that start after the last speaker's and end before this quote (a short stretch)
            in_between = (by_start[i] for i in range(bisect.bisect_left(starts, last_end), len(by_start)))
            if same_para and not any(other is not last and other.content.end <= quote.start
                                     for other in itertools.takewhile(lambda o: o.content.start <= quote.start,  # noqa: B023 - used at once
                                                                      in_between)):
                # '"A," X said, "B."' and '"A," X said. "B."': one statement in several pieces
                last.continuation.append(content)
                last.sentence = self.sentence_span(last.sentence.start, content.end)
                last.evidence[0].sentence = last.sentence
                by_end.grew(last)
                continue
            sentence_span = self.sentence_span(content.start, content.end)
            evidence = Evidence(sentence_span, last.cue_span, content, last.source_mention)
            result.append(Attribution(
                doc_id=last.doc_id, source=last.source, source_kind=last.source_kind, stance=last.stance,
                cue=last.cue, content=content, evidence=[evidence], channel=last.channel,
                certainty=last.certainty, source_mention=last.source_mention,
                cue_span=last.cue_span, sentence=sentence_span, quoted=True))
            by_end.add(result[-1])
        return result

    def speaks(self, attribution: Attribution) -> bool:
        """The attribution's cue is a plain verb of speaking ('said', 'told', 'added', 'explained')."""
        if attribution.cue_span is None:
            return False
        span = self.doc.char_span(attribution.cue_span.start, attribution.cue_span.end, alignment_mode="expand")
        return span is not None and any(t.lemma_.lower() in lexicon.SPEAKING_VERBS for t in span)

    # ---- "their claims" --------------------------------------------------------------------
    # ---- merging -------------------------------------------------------------------------
    def merge(self, attributions: list[Attribution]) -> list[Attribution]:
        """The same claim from the same source twice is one attribution with two evidence spans."""
        merged: list[Attribution] = []
        index_of_key: dict[str, int] = {}
        starts: dict[int, set[int]] = {}  # content starts of each kept attribution's evidence
        remap: dict[int, int] = {}
        for i, attribution in enumerate(attributions):
            key = attribution.key
            if key in index_of_key:
                kept = merged[index_of_key[key]]
                seen = starts.setdefault(index_of_key[key], {ev.content.start for ev in kept.evidence})
                if attribution.content.start not in seen:
                    kept.evidence.extend(attribution.evidence)
                    seen.update(ev.content.start for ev in attribution.evidence)
                if kept.channel is None:
                    kept.channel = attribution.channel
                remap[i] = index_of_key[key]
                continue
            index_of_key[key] = len(merged)
            remap[i] = len(merged)
            merged.append(attribution)
        for n, attribution in enumerate(merged):
            attribution.targets = sorted({remap[t] for t in attribution.targets if remap.get(t) is not None}
                                         - {n})
        return merged


# an upper-case speaker label opening a quoted transcript turn ('"PENCE: Well, ...')
_LABEL_OPENING = re.compile(r"[A-Z][A-Z.' -]{1,30}:")


class _ByEnd:
    """Quoted attributions in the order of where their content ends (a stable sort, as the list is
    re-sorted when one is added), answering 'the last one that ends by offset X' by bisection."""

    def __init__(self, attributions):
        self.items = sorted(attributions, key=_content_end)
        self.ends = [_content_end(a) for a in self.items]
        self.sorted = True  # False once a content grew past the next one's end (then: scan in list order)
        self.found = -1

    def last_ending_by(self, offset: int) -> Attribution | None:
        """The last attribution, in list order, whose content ends at or before `offset`."""
        if self.sorted:
            k = bisect.bisect_right(self.ends, offset)
        else:
            k = next((i + 1 for i in range(len(self.items) - 1, -1, -1) if self.ends[i] <= offset), 0)
        self.found = k - 1
        return self.items[k - 1] if k else None

    def grew(self, attribution: Attribution) -> None:
        """An attribution's content took a further piece: its end moved, its place did not."""
        k = self.found  # the one last_ending_by just gave
        if self.items[k] is not attribution:
            k = next(i for i in range(len(self.items) - 1, -1, -1) if self.items[i] is attribution)
        self.ends[k] = _content_end(attribution)
        if k + 1 < len(self.ends) and self.ends[k + 1] < self.ends[k]:
            self.sorted = False

    def add(self, attribution: Attribution) -> None:
        """Add one and re-sort by the current ends (after equal ones, as a stable sort does)."""
        if not self.sorted:
            self.items = sorted(self.items + [attribution], key=_content_end)
            self.ends = [_content_end(a) for a in self.items]
            self.sorted = True
            return
        k = bisect.bisect_right(self.ends, _content_end(attribution))
        self.ends.insert(k, _content_end(attribution))
        self.items.insert(k, attribution)


def _content_end(attribution: Attribution) -> int:
    return attribution.content_spans[-1].end


_FRAMING_PREPS = {"in", "on", "via", "through", "by", "over", "during", "at", "from"}
_SPEAKING_VERBS = {"speak", "talk", "appear", "post", "write", "tweet", "say", "comment", "respond", "reply"}


def _framed(token, verb) -> bool:
    """A channel only where the text frames the saying with it: 'said on Telegram', 'in a post on
    X', 'in a statement', 'speaking at a news conference'; not 'holding a bank statement' or
    'Vance, who posts on Telegram, said'."""
    noun = token
    while noun.dep_ in ("compound", "amod", "nmod", "poss") and noun.head.i != noun.i:
        noun = noun.head  # "a Telegram post", "his Facebook page"
    for hop in range(5):
        prep = noun.head
        if hop and noun.dep_ == "dobj" and prep.i == verb.i:
            return True  # "claimed responsibility for the raid in a statement": inside the object
        if prep.lower_ == "to" and prep.head.lower_ == "according":
            prep = prep.head  # "according to a statement from her office"
        elif noun.dep_ != "pobj" or (hop == 0 and prep.lower_ not in _FRAMING_PREPS):
            return False  # the channel's own preposition frames; further up any phrase may hold it
        head = prep.head
        if head.i == verb.i:
            return True
        if head.pos_ in ("VERB", "AUX"):
            # "speaking at a news conference, X said" / "X told a briefing, speaking by phone"
            return (head.lemma_.lower() in _SPEAKING_VERBS and head.dep_ in ("advcl", "xcomp", "conj")
                    and head.head.i == verb.i)
        noun = head  # "in a post on X": the post frames the saying in turn
    return False


def agent_kind_of(name: str, agents: dict[str, Agent]) -> AgentKind:
    """The kind recorded for a canonical name (OTHER when unknown)."""
    agent = agents.get(name)
    return agent.kind if agent else AgentKind.OTHER


__all__ = ["extract_article", "extract_parsed", "Stance"]
