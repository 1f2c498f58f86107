"""Parallel and distributed ingest: worker processes and a Dask cluster store what one process stores.

Twelve short articles written for these tests (ten .txt files and a .jsonl file with two
records) are ingested with --jobs 1, --jobs 2 and through a real distributed.LocalCluster with
two worker processes on loopback; the stores are compared as sorted N-Quads lines (kg writes
no blank nodes, so equal lines mean equal datasets). No timings are asserted here: speed is
measured by scripts/bench_ingest.py.
"""
from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from kg.cli import cli

pytestmark = pytest.mark.slow

ARTICLES = {
    "harbour-crane": """Crane collapse closes Velmora harbour

A loading crane collapsed at the Velmora container terminal on Tuesday, the port authority said.
Harbour master Ilse Renner said that two workers had been taken to hospital with minor injuries.
"The crane had passed its inspection in March," Renner said.
The Velmora Dockers' Union denied that the inspection had been carried out.
""",
    "bridge-repairs": """Bridge repairs delayed again

The Dunstane river bridge will stay closed until the autumn, the transport department said on Monday.
Councillor Tomas Achterberg told reporters that the contractor had run out of steel.
The contractor, Brightwater Construction, rejected claims that it had missed any payments.
""",
    "flood-warning": """Flood warning for Kestrel Bay

Forecasters said the river in Kestrel Bay could burst its banks by Thursday.
"We are moving families out of the lowest streets tonight," Mayor Celia Okafor said.
The Kestrel Bay Gazette could not independently verify reports that a levee had already failed.
""",
    "hospital-wing": """New hospital wing opens late

The new wing of Orlova General Hospital opened six months late, health officials said.
According to the hospital's director, Farid Lindqvist, the delay cost about 4 million euros.
The health ministry did not confirm the figure.
""",
    "power-cut": """Power cut hits Sundbrook

About 12,000 homes in Sundbrook lost power overnight, the energy company said.
A spokeswoman for the company, Nadia Petrescu, said a fallen tree had damaged a substation.
Residents said the lights went out shortly before midnight.
""",
    "school-closure": """School to close after roof inspection

Sundbrook Primary School will close for two weeks, the education office said on Friday.
Head teacher Oskar Fenwick said the roof had been declared unsafe.
"Nobody was in the building when the ceiling cracked," he said.
""",
    "ferry-strike": """Ferry strike enters third day

Ferry crews in Greywater stayed on strike on Wednesday, the seafarers' union said.
The ferry operator, Coastline Lines, denied that it planned to cut wages.
Union leader Wanda Marchetti insisted that the strike would go on until the weekend.
""",
    "mill-fire": """Fire at the old textile mill

A fire destroyed the old textile mill in Pellmoor, the county fire service said.
Fire chief Bruno Halloran said the blaze may have been started deliberately.
Police in Pellmoor said they were treating the fire as suspicious.
""",
    "water-board": """Water board rations supplies

The Marrow Point Water Board has said that supplies will be rationed from June.
Its chairman, Viktor Esterhazy, said the reservoirs were at their lowest level in 30 years.
Farmers in the valley said they had not been consulted.
""",
    "election-count": """Recount ordered in Tessaly

The electoral commission ordered a recount in the Tessaly district, officials said on Sunday.
Candidate Rosa Delacroix said the first count had left out two polling stations.
Her rival, Emil Garrow, dismissed the complaint as a delaying tactic.
""",
}
FEED = [
    {"id": "airport-runway", "title": "Airport runway reopens",
     "text": "The runway at Alderney Cross airport reopened on Monday, the airport operator said.\n"
             "Operations director Hana Sorensen said that all flights would run on time by Tuesday."},
    {"id": "rail-line", "title": "Northern rail line cut",
     "text": "Landslides cut the northern rail line near Radovan, the railway company said.\n"
             "Engineer Ivo Tavares told reporters that repairs could take a month."},
]
N_ARTICLES = len(ARTICLES) + len(FEED)


@pytest.fixture(scope="module")
def articles(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("parallel") / "articles"
    (folder / "regional").mkdir(parents=True)
    for number, (doc_id, text) in enumerate(sorted(ARTICLES.items())):
        (folder / ("regional" if number % 2 else "") / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    (folder / "kg.meta.json").write_text(json.dumps({"publisher": "The Valley Monitor"}), encoding="utf-8")
    (folder / "feed.jsonl").write_text("".join(json.dumps(r) + "\n" for r in FEED), encoding="utf-8")
    return folder


def nquads(runner, store: str) -> list[str]:
    result = runner.invoke(cli, ["export", "--store", store, "--format", "nquads"])
    assert result.exit_code == 0, result.output
    return sorted(line for line in result.stdout_bytes.decode("utf-8").splitlines() if line.strip())


def run_ingest(runner, articles: Path, store: str, *options: str):
    return runner.invoke(cli, ["ingest", str(articles), "--store", store, *options])


@pytest.fixture(scope="module")
def runner():
    from click.testing import CliRunner

    return CliRunner()


@pytest.fixture(scope="module")
def serial_store(runner, articles, tmp_path_factory, nlp) -> str:
    store = str(tmp_path_factory.mktemp("serial") / "store")
    result = run_ingest(runner, articles, store, "--jobs", "1")
    assert result.exit_code == 0, result.output
    assert f"Stored {N_ARTICLES} article(s)" in result.output and "0 failed" in result.output
    return store


@pytest.fixture(scope="module")
def serial_quads(runner, serial_store) -> list[str]:
    quads = nquads(runner, serial_store)
    assert len(quads) > 500 and not any(" _:" in q or q.startswith("_:") for q in quads)
    return quads


# -- worker processes ---------------------------------------------------------------------------

def test_jobs_2_stores_exactly_the_graphs_of_jobs_1_and_then_skips_them_all(runner, articles, serial_quads,
                                                                            tmp_path):
    store = str(tmp_path / "store")
    result = run_ingest(runner, articles, store, "--jobs", "2")
    assert result.exit_code == 0, result.output
    assert f"Stored {N_ARTICLES} article(s)" in result.output
    assert "\r" not in result.output  # the progress bar stays quiet when stderr is not a terminal
    assert nquads(runner, store) == serial_quads

    again = run_ingest(runner, articles, store, "--jobs", "2")
    assert again.exit_code == 0, again.output
    assert "Stored 0 article(s)" in again.output and f"{N_ARTICLES} unchanged" in again.output
    assert nquads(runner, store) == serial_quads


def test_a_changed_article_replaces_only_its_own_graph_with_jobs_2(runner, articles, serial_quads, tmp_path):
    import shutil

    copy = tmp_path / "articles"
    shutil.copytree(articles, copy)
    store = str(tmp_path / "store")
    assert run_ingest(runner, copy, store, "-j", "2").exit_code == 0
    path = copy / "mill-fire.txt"
    path.write_text(path.read_text(encoding="utf-8").replace("Pellmoor", "Brindlewick"), encoding="utf-8")
    result = run_ingest(runner, copy, store, "-j", "2")
    assert "Stored 1 article(s)" in result.output and f"{N_ARTICLES - 1} unchanged" in result.output
    changed = nquads(runner, store)
    assert any("Brindlewick" in q for q in changed) and not any("Pellmoor" in q for q in changed)
    mill, shared = "graph/mill-fire>", "graph/shared>"

    def others(quads):  # every other article's graph, less the file it was read from (a copy here)
        return [q for q in quads if not q.endswith((f"{mill} .", f"{shared} .")) and "#sourceFile>" not in q]

    def shared_nodes_of_others(quads):  # the shared nodes other articles mention, with their triples
        used = {q.split(" ")[2] for q in others(quads) if " <http://schema.org/mentions> " in q}
        return [q for q in quads if q.endswith(f"{shared} .") and q.split(" ")[0] in used]

    assert others(changed) == others(serial_quads)
    assert shared_nodes_of_others(changed) == shared_nodes_of_others(serial_quads)
    mentioned = {q.split(" ")[2] for q in changed if " <http://schema.org/mentions> " in q}
    assert {q.split(" ")[0] for q in changed if q.endswith(f"{shared} .")} == mentioned  # no orphans left


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_article_whose_extraction_raises_is_reported_and_the_rest_stored(monkeypatch, articles, tmp_path, jobs,
                                                                            nlp):
    import kg.ingest_extract
    from kg.ingest import ingest
    from kg.store import open_store

    if jobs > 1 and not sys.platform.startswith("linux"):
        pytest.skip("worker processes see the monkeypatch only when forked (Linux)")
    real = kg.ingest_extract.extract_to_ntriples

    def broken(article, **kwargs):
        if article.doc_id == "ferry-strike":
            raise RuntimeError("rule crashed on purpose")
        return real(article, **kwargs)

    monkeypatch.setattr(kg.ingest_extract, "extract_to_ntriples", broken)
    seen = []
    with open_store(tmp_path / "store") as store:
        report = ingest([articles], store, jobs=jobs, on_progress=seen.append)
        stored = set(store.document_hashes())
    assert len(report.failed) == 1 and len(report.stored) == N_ARTICLES - 1
    message = str(report.failed[0])
    assert message.startswith("[E015]") and "ferry-strike.txt" in message and "rule crashed on purpose" in message
    assert "ferry-strike" not in stored and len(stored) == N_ARTICLES - 1
    assert seen[-1].failed == 1 and seen[-1].stored == N_ARTICLES - 1


def test_the_cli_reports_a_failed_extraction_as_one_line_and_exits_1(monkeypatch, runner, articles, tmp_path):
    import kg.ingest_extract

    def broken(article, **kwargs):
        raise ValueError("no sentences")

    monkeypatch.setattr(kg.ingest_extract, "extract_to_ntriples", broken)
    result = run_ingest(runner, articles, str(tmp_path / "store"), "--jobs", "1")
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.startswith("Error: [E015]")]
    assert len(lines) == N_ARTICLES and "Traceback" not in result.output
    assert any("feed.jsonl (rail-line)" in line for line in lines)  # a record of a jsonl file is named by id
    assert f"{N_ARTICLES} failed" in result.output


def test_an_article_the_rdf_stage_cannot_write_fails_alone_in_a_worker(runner, tmp_path, nlp):
    folder = tmp_path / "articles"
    folder.mkdir()
    for doc_id in ("power-cut", "school-closure", "mill-fire"):
        (folder / f"{doc_id}.txt").write_text(ARTICLES[doc_id], encoding="utf-8")
    (folder / "school-closure.meta.json").write_text(json.dumps({"url": "http://example.com/a page"}),
                                                     encoding="utf-8")  # an IRI cannot hold a space
    result = run_ingest(runner, folder, str(tmp_path / "store"), "--jobs", "2")
    assert result.exit_code == 1
    assert "Stored 2 article(s)" in result.output and "1 failed" in result.output
    assert "Error: [E015]" in result.output and "school-closure.txt" in result.output
    assert "Traceback" not in result.output


def test_progress_callback_counts_every_article_once(articles, tmp_path, nlp):
    from kg.ingest import ingest
    from kg.progress import Progress
    from kg.store import open_store

    (tmp_path / "extra").mkdir()
    (tmp_path / "extra" / "empty.txt").write_text("", encoding="utf-8")  # a read failure counts too
    seen: list[Progress] = []
    with open_store(tmp_path / "store") as store:
        report = ingest([articles, tmp_path / "extra"], store, jobs=2, on_progress=seen.append)
        assert seen[0].done == 0  # reported at once, before the first article is back
        assert [p.done for p in seen] == list(range(N_ARTICLES + 2))
        assert (seen[-1].stored, seen[-1].unchanged, seen[-1].failed) == (N_ARTICLES, 0, 1)
        assert all(b.elapsed >= a.elapsed for a, b in zip(seen, seen[1:]))
        assert len(report.stored) == N_ARTICLES and report.triples > 0 and report.attributions > 0

        again: list[Progress] = []
        ingest([articles], store, jobs=2, on_progress=again.append)
        assert (again[-1].stored, again[-1].unchanged, again[-1].failed) == (0, N_ARTICLES, 0)


def test_progress_bar_draws_on_a_terminal_and_is_silent_otherwise():
    from kg.progress import Progress, ProgressBar

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    terminal, pipe = Terminal(), io.StringIO()
    for stream in (terminal, pipe):
        with ProgressBar(stream, interval=0) as bar:
            bar(Progress(0, 0, 0, 0.0))
            bar(Progress(stored=40, unchanged=5, failed=2, elapsed=10.0))
    assert pipe.getvalue() == ""
    drawn = terminal.getvalue()
    assert drawn.startswith("\r0 articles") and drawn.endswith("\n")
    assert "47 articles  4.7/s  5 unchanged  2 failed  [00:10]" in drawn


# -- a Dask cluster -----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def cluster():
    try:
        from distributed import LocalCluster
    except ImportError:
        pytest.skip("SKIPPED LOUDLY: dask.distributed is not installed, so `kg ingest --scheduler` is NOT tested; "
                    "install it with pip install -e '.[dask]'")
    with LocalCluster(n_workers=2, processes=True, threads_per_worker=1, host="127.0.0.1",
                      dashboard_address=None) as local:
        yield local


def test_dask_cluster_stores_the_same_graphs_and_then_skips_them(runner, cluster, articles, serial_quads, tmp_path):
    store = str(tmp_path / "store")
    result = run_ingest(runner, articles, store, "--scheduler", cluster.scheduler_address)
    assert result.exit_code == 0, result.output
    assert f"Stored {N_ARTICLES} article(s)" in result.output
    assert nquads(runner, store) == serial_quads

    again = run_ingest(runner, articles, store, "--scheduler", cluster.scheduler_address)
    assert "Stored 0 article(s)" in again.output and f"{N_ARTICLES} unchanged" in again.output


def test_dask_path_reports_an_unreachable_scheduler_clearly(cluster):
    import socket

    from kg.errors import KGError
    from kg.ingest_parallel import dask_extract

    with socket.socket() as probe:  # a loopback port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(KGError, match=r"\[E080\] Cannot reach the Dask scheduler at tcp://127.0.0.1:\d+"):
        list(dask_extract(iter([]), f"tcp://127.0.0.1:{port}", timeout=1))
