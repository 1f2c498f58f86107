"""Plain data classes shared by every stage: articles, spans, attributions, affiliations.

These know nothing of spaCy, RDF or click; each stage takes and returns them.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from enum import Enum


class Stance(str, Enum):
    """What a source does with a claim."""

    ASSERTS = "asserts"
    DENIES = "denies"
    CONFIRMS = "confirms"
    DOES_NOT_CONFIRM = "does_not_confirm"
    CANNOT_VERIFY = "cannot_verify"

    @property
    def label(self) -> str:
        """A human label: 'does not confirm' rather than 'does_not_confirm'."""
        return self.value.replace("_", " ")


class Certainty(str, Enum):
    """How firmly the claim is put, after NewsReader's factuality values."""

    CERTAIN = "certain"
    PROBABLE = "probable"
    POSSIBLE = "possible"


class AgentKind(str, Enum):
    """What sort of agent holds a stance."""

    PERSON = "person"
    ORGANIZATION = "organization"
    PLACE = "place"
    PUBLISHER = "publisher"
    GROUP = "group"
    OTHER = "other"


@dataclass(frozen=True)
class Span:
    """A stretch of an article's text: character offsets (end exclusive) and the text itself."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict:
        """The span as a JSON-ready dict."""
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass
class Article:
    """One article as read from disk: its id (file stem or jsonl id), text and metadata."""

    doc_id: str
    text: str
    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    published: str | None = None
    path: str | None = None
    body_start: int = 0

    @property
    def content_hash(self) -> str:
        """SHA-256 of the text and metadata: equal hashes mean nothing to re-ingest."""
        digest = hashlib.sha256()
        for part in (self.doc_id, self.text, self.title, self.url, self.publisher, self.published):
            digest.update((part or "").encode("utf-8"))
            digest.update(b"\x00")
        return digest.hexdigest()


@dataclass
class Evidence:
    """Where one attribution stands in the article: the sentence and the three mentions."""

    sentence: Span
    cue: Span
    content: Span
    source_mention: Span | None = None


@dataclass
class Attribution:
    """Who holds which stance toward which content, with the evidence it came from."""

    doc_id: str
    source: str
    source_kind: AgentKind
    stance: Stance
    cue: str
    content: Span
    evidence: list[Evidence]
    channel: str | None = None
    certainty: Certainty = Certainty.CERTAIN
    source_mention: Span | None = None
    cue_span: Span | None = None
    sentence: Span | None = None
    targets: list[int] = field(default_factory=list)
    citing: str | None = None
    quoted: bool = False
    # Later pieces of the same claim: a quote split around its cue ('"A," X said, "B."') or
    # continued right after it in the same paragraph. `content` is the first piece.
    continuation: list[Span] = field(default_factory=list)

    @property
    def content_spans(self) -> list[Span]:
        """Every piece of the content, in text order (one span unless the quote was split)."""
        return [self.content, *self.continuation]

    @property
    def claim_text(self) -> str:
        """The whole claim: the content pieces joined with a space."""
        return " ".join(piece.text for piece in self.content_spans)

    @property
    def key(self) -> str:
        """A content-derived identity: same doc, source, stance and words make the same key."""
        words = " ".join(normalize_words(self.claim_text))
        raw = "\x00".join([self.doc_id, self.source.lower(), self.stance.value, words])
        return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:20]

    def to_record(self) -> dict:
        """The flat JSON record the scorers and `kg extract --format json` use."""
        primary = self.evidence[0] if self.evidence else None
        mention = self.source_mention or (primary.source_mention if primary else None)
        cue = self.cue_span or (primary.cue if primary else None)
        sentence = self.sentence or (primary.sentence if primary else None)
        return {
            "doc": self.doc_id,
            "source": self.source,
            "source_kind": self.source_kind.value,
            "source_mention": mention.text if mention else None,
            "source_start": mention.start if mention else None,
            "source_end": mention.end if mention else None,
            "stance": self.stance.value,
            "certainty": self.certainty.value,
            "cue": self.cue,
            "cue_start": cue.start if cue else None,
            "cue_end": cue.end if cue else None,
            "content": self.claim_text,
            "content_start": self.content.start,
            "content_end": self.content_spans[-1].end,
            "content_spans": [[piece.start, piece.end] for piece in self.content_spans],
            "channel": self.channel,
            "sentence": sentence.text if sentence else None,
            "sentence_start": sentence.start if sentence else None,
            "quoted": self.quoted,
            "citing": self.citing,
            "targets": list(self.targets),
            "evidence": [
                {"sentence_start": ev.sentence.start, "sentence_end": ev.sentence.end,
                 "content_start": ev.content.start, "content_end": ev.content.end,
                 "cue_start": ev.cue.start, "cue_end": ev.cue.end}
                for ev in self.evidence
            ],
        }


@dataclass
class Affiliation:
    """A role one agent holds in or toward another: `Maria Lind` is `governor` of `Saltmere region`."""

    doc_id: str
    member: str
    role: str
    organization: str | None
    evidence: Span
    organization_kind: AgentKind = AgentKind.ORGANIZATION

    def to_record(self) -> dict:
        """The affiliation as a JSON-ready dict."""
        return {"doc": self.doc_id, "person": self.member, "role": self.role,
                "of": self.organization, "evidence": self.evidence.text,
                "start": self.evidence.start, "end": self.evidence.end}


@dataclass
class Agent:
    """A canonical agent of one article, with every name it went by there."""

    name: str
    kind: AgentKind
    aliases: set[str] = field(default_factory=set)


@dataclass
class ExtractionResult:
    """Everything extraction found in one article."""

    article: Article
    attributions: list[Attribution]
    affiliations: list[Affiliation]
    agents: dict[str, Agent]

    def records(self) -> list[dict]:
        """The attributions as flat records (see :meth:`Attribution.to_record`)."""
        return [a.to_record() for a in self.attributions]


_STOP = set("""a an the of to in on at by for from with and or but that this these those is are was were be
been being has have had it its as which who whom whose their there they he she his her them we our
not no will would can could may might than then so also into over""".split())


def normalize_words(text: str) -> list[str]:
    """Lower-cased content words of a text, with quotes folded and function words dropped."""
    import re

    text = (text or "").replace("\u201c", '"').replace("\u201d", '"').replace("\u2019", "'").replace("\u2018", "'")
    return [w for w in re.findall(r"[a-z0-9]+(?:[-'][a-z0-9]+)*", text.lower()) if w not in _STOP]
