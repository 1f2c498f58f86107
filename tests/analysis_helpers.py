"""Builders shared by the tests/test_analysis_*.py files: statements made by hand (no spaCy) and
small made-up articles. Every name, place and claim is invented."""
from __future__ import annotations

import hashlib
import itertools
import json
from pathlib import Path

from kg.analysis.statements import AffiliationInfo, AgentInfo, Corpus, Statement

NS = "https://kg.example/id/"
SHARED = Path(__file__).resolve().parents[2] / "shared"
_counter = itertools.count()


def statement(doc: str, source: str, stance: str, content: str, *, pos: int | None = None,
              certainty: str = "certain", targets=(), **extra) -> Statement:
    """One attributed statement as the store would give it."""
    k = next(_counter)
    prop = hashlib.sha256(content.encode()).hexdigest()[:12]
    return Statement(iri=f"{NS}statement/{k}", doc=doc, source=source, stance=stance, content=content,
                     agent=f"{NS}agent/{source.lower().replace(' ', '-')}", proposition=f"{NS}proposition/{prop}",
                     certainty=certainty, content_start=k * 100 if pos is None else pos,
                     targets=list(targets), **extra)


def corpus(statements, affiliations=(), agents=()) -> Corpus:
    """A corpus from statements and (member name, role, organisation name) triples."""
    def iri(name):
        return f"{NS}agent/{name.lower().replace(' ', '-')}"

    infos = {iri(a.name): a for a in agents}
    for s in statements:
        infos.setdefault(s.agent, AgentInfo(s.agent, s.source))
    for member, _, org in affiliations:
        for name in (member, org):
            infos.setdefault(iri(name), AgentInfo(iri(name), name))
    links = [AffiliationInfo(iri(m), role, iri(o), None, f"{NS}affiliation/{i}")
             for i, (m, role, o) in enumerate(affiliations)]
    return Corpus(list(statements), infos, links, {})


def pairs(found) -> set[tuple[str, frozenset]]:
    """(kind, {content a, content b}) of each contradiction, for order-free assertions."""
    return {(c.kind, frozenset((c.a.content, c.b.content))) for c in found}


BLAST = """Explosion at Port Averon grain terminal

An explosion tore through the grain terminal in Port Averon on Tuesday night, officials said.

Mayor Lena Marsh said that five people were killed in the blast at the grain terminal. The Averon Coast Guard said that 14 people died in the blast at the grain terminal.

Lena Marsh's adviser, Piotr Havel, said there were no military warehouses near the terminal. A report by the Shoreline Observatory found that the terminal stands beside the largest army warehouse in the province.

Kestria's defence ministry said that its air defence shot down the missile over the bay. Lena Marsh said that the missile hit two grain silos.

The Harbor Gazette could not independently verify their claims.
"""

SUPPLIES = """Officials trade accusations over shell supplies

Velmoran foreign minister Ines Varro said that Kestria had supplied artillery shells to the rebels in the north. Kestria denied any shell deliveries.

Ines Varro added that the tanker Morning Star was carrying jet fuel for the rebels. The port authority did not confirm that the tanker carried jet fuel.

The Averon Coast Guard said that at least three people were killed in the blast at the grain terminal. A hospital spokesman, Emil Brask, said that four people died in the blast at the grain terminal.
"""


def write_articles(folder: Path) -> Path:
    """The two made-up articles above, with publisher sidecars, in `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text, publisher, date in (("averon-blast", BLAST, "Harbor Gazette", "2025-06-03"),
                                        ("averon-supplies", SUPPLIES, "Valley Courier", "2025-06-04")):
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        (folder / f"{name}.meta.json").write_text(json.dumps(
            {"publisher": publisher, "published": date, "title": text.splitlines()[0]}), encoding="utf-8")
    return folder
