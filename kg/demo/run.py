"""The main job on the built-in example: write the corpus, ingest it, analyse it, draw it."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from . import write_demo_corpus


@dataclass
class DemoReport:
    """What `kg demo` produced: where, how much, and the headline findings."""

    output: Path
    articles: int = 0
    attributions: int = 0
    failed: list = field(default_factory=list)
    claims: list[dict] = field(default_factory=list)
    stance_counts: dict[str, int] = field(default_factory=dict)
    contradictions: list = field(default_factory=list)
    html: Path | None = None
    site: Path | None = None


def run_demo(output: str | Path) -> DemoReport:
    """Write the demo corpus under `output`, ingest it into `output`/kg-data and analyse it."""
    from ..ingest import ingest
    from ..queries import list_claims
    from ..store import open_store

    output = Path(output)
    articles = output / "articles"
    write_demo_corpus(articles)
    report = DemoReport(output)
    with open_store(output / "kg-data") as store:
        ingested = ingest([articles], store)
        report.articles = len(ingested.stored) + len(ingested.unchanged)
        report.failed = ingested.failed
        report.claims = list_claims(store)
        report.attributions = len(report.claims)
        for row in report.claims:
            report.stance_counts[row["stance"]] = report.stance_counts.get(row["stance"], 0) + 1
        _analyse(store, report)
    return report


def _analyse(store, report: DemoReport) -> None:
    """Contradictions written back into the store, then the HTML explorations."""
    from ..analysis import analyze_store, build_network
    from ..explore import write_exploration, write_site

    report.contradictions = analyze_store(store).contradictions
    network = build_network(store)
    report.html = write_exploration(network, report.output / "graph.html")
    report.site = write_site(network, report.output / "site")
