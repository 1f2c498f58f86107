"""Nothing lost, nobody let in: a killed ingest, a mixed batch, a busy store, round trips."""
from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import rdflib
from click.testing import CliRunner, Result
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib.compare import isomorphic

from kg.cli import cli
from kg.store import open_store
from kg.triples import article_graph, graph_iri, to_ntriples

KG = [sys.executable, "-m", "kg"]
PEOPLE = ["Mara Olsen", "Tobias Wren", "Ines Kaur", "Petra Holm", "Jonas Lidd", "Ruth Anand"]
PLACES = ["Vellport", "Kirkby Marsh", "Östervik", "Lanholm", "Drasna"]
FACTS = ["the ferry terminal will reopen on Monday", "the water supply was cut for six hours",
         "two warehouses were damaged by the storm", "the bridge inspection found no cracks",
         "the council had approved the budget in secret", "nobody was hurt in the collision"]


def article(n: int) -> str:
    person, place, fact = PEOPLE[n % len(PEOPLE)], PLACES[n % len(PLACES)], FACTS[n % len(FACTS)]
    other = PEOPLE[(n + 1) % len(PEOPLE)]
    return (f"Update number {n} from {place}\n\n"
            f"{person}, the mayor of {place}, said on Monday that {fact}.\n"
            f"\"We are watching the situation closely,\" {person.split()[1]} said.\n"
            f"{other} denied that {fact}.\n")


def write_articles(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        (folder / f"a{n:03d}.txt").write_text(article(n), encoding="utf-8")
    return folder


def statement_counts(store) -> dict[str, int]:
    rows = store.query("""PREFIX kg: <https://w3id.org/kg-claims/ns#>
        PREFIX schema: <http://schema.org/> PREFIX prov: <http://www.w3.org/ns/prov#>
        SELECT ?id (COUNT(DISTINCT ?s) AS ?n) WHERE {
          ?a a schema:NewsArticle ; schema:identifier ?id .
          OPTIONAL { ?s a kg:AttributedStatement ; prov:wasDerivedFrom ?a } } GROUP BY ?id""").dicts()
    return {row["id"]: int(row["n"]) for row in rows}


SUMMARY = re.compile(r"Stored (\d+) article\(s\): \d+ attributions, \d+ triples; (?:(\d+) re-extracted; )?"
                     r"(\d+) unchanged; (\d+) failed\.")


def summary(output: str) -> dict[str, int]:
    """The counts of `kg ingest`'s summary line."""
    found = SUMMARY.search(output)
    assert found, output
    return dict(zip(("stored", "reextracted", "unchanged", "failed"), (int(n or 0) for n in found.groups())))


def assert_summary_is_the_store(output: str, store_dir: Path, *, before: int = 0) -> dict[str, int]:
    """What the summary says is what the store holds: `before` articles were there, the run added the
    ones it stored under new ids, and every article the run read is in the store once."""
    counts = summary(output)
    with open_store(store_dir, read_only=True) as store:
        held = statement_counts(store)
    new = counts["stored"] - counts["reextracted"]
    assert before <= len(held) <= before + new, (counts, sorted(held))
    assert counts["stored"] + counts["unchanged"] <= len(held), (counts, sorted(held))
    if before == 0:
        assert len(held) == counts["stored"], (counts, sorted(held))
    return counts


def _graphs_committed(store_dir: Path) -> int:
    """How many article graphs a reader sees beside the running writer (0 while it cannot open)."""
    import pyoxigraph

    try:
        return sum(1 for _ in pyoxigraph.Store.read_only(str(store_dir)).named_graphs())
    except (OSError, RuntimeError):  # not created yet, or mid-creation
        return 0


@pytest.mark.slow
def test_killed_ingest_keeps_whole_articles_and_a_second_ingest_finishes(tmp_path, nlp):
    from kg.ingest import extract_paths

    folder = write_articles(tmp_path / "articles", 120)
    expected = {r.article.doc_id: len(r.attributions) for r in extract_paths([folder], nlp=nlp)[0]}
    store_dir = tmp_path / "store"
    proc = subprocess.Popen(KG + ["ingest", str(folder), "--store", str(store_dir)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.time() + 120
    while time.time() < deadline and proc.poll() is None:
        if _graphs_committed(store_dir) >= 3:  # a few articles are in; kill it mid-folder
            break
        time.sleep(0.1)
    assert proc.poll() is None, "the ingest finished before it could be killed; use more articles"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()

    with open_store(store_dir) as store:
        partial = statement_counts(store)
    assert 0 < len(partial) < len(expected)
    assert all(partial[doc] == expected[doc] for doc in partial), "an article was stored in part"

    result = subprocess.run(KG + ["ingest", str(folder), "--store", str(store_dir)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert f"{len(partial)} unchanged" in result.stdout
    counts = assert_summary_is_the_store(result.stdout, store_dir, before=len(partial))
    assert counts["stored"] + counts["unchanged"] == len(expected)
    with open_store(store_dir) as store:
        assert statement_counts(store) == expected


def test_twenty_good_and_ten_bad_files(tmp_path):
    folder = write_articles(tmp_path / "mixed", 20)
    bad = {
        "empty.txt": b"", "blank.txt": b"   \n\n", "image.txt": b"\x89PNG\r\n\x1a\n" + bytes(200),
        "archive.txt": b"PK\x03\x04" + bytes(100), "nul.txt": b"abc\x00\x00\x00def" * 20,
        "mixed.txt": "caf\u00e9 ".encode() * 50 + b"\xff\xfe\xfa bad bytes",
        "page.html": b"<html><body><nav>Home</nav></body></html>",
        "feed.jsonl": b'{"text": \n', "notext.jsonl": b'{"id": "x", "title": "no text"}\n',
        "types.jsonl": b'{"id": "y", "text": 42}\n',
    }
    for name, data in bad.items():
        (folder / name).write_bytes(data)
    result = CliRunner().invoke(cli, ["ingest", str(folder), "--store", str(tmp_path / "store")])
    assert result.exit_code == 1
    assert "Stored 20 article(s)" in result.output and "10 failed" in result.output
    errors = [line for line in result.output.splitlines() if line.startswith("Error: [E")]
    assert len(errors) == 10
    for name in bad:
        assert any(name in line for line in errors), name
    with open_store(tmp_path / "store") as store:
        assert len(statement_counts(store)) == 20
    assert assert_summary_is_the_store(result.output, tmp_path / "store") == {
        "stored": 20, "reextracted": 0, "unchanged": 0, "failed": 10}


def test_a_second_writer_gets_a_clear_busy_error(tmp_path):
    folder = write_articles(tmp_path / "few", 2)
    store_dir = tmp_path / "store"
    with open_store(store_dir):
        result = subprocess.run(KG + ["ingest", str(folder), "--store", str(store_dir)],
                                capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert "[E031]" in result.stderr and "busy" in result.stderr
    assert "Traceback" not in result.stderr
    assert "Stored" not in result.stdout  # no summary claims anything
    with open_store(store_dir, read_only=True) as store:
        assert statement_counts(store) == {}


def _simple(term):
    """RDF 1.1: a literal typed xsd:string is the same as a simple literal."""
    if isinstance(term, rdflib.Literal) and term.datatype == rdflib.XSD.string:
        return rdflib.Literal(str(term))
    return term


_texts = st.lists(st.sampled_from(FACTS + ["\u201cThe road is closed,\u201d she said.", "Caf\u00e9 owners said prices rose.",
                                           "\u0645\u0631\u062d\u0628\u0627 said the sign.", "\U0001F525 fire"]),
                  min_size=1, max_size=5)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(person=st.sampled_from(PEOPLE), parts=_texts, noise=st.text(alphabet="abqxyz \u00c4\u00e9\u00f8\u00df\u0416\u0436\u03a9\u4e2d\u6587,.;!?'-\u2014", max_size=40))
def test_rdf_round_trip_is_isomorphic_and_reingest_is_a_no_op(tmp_path_factory, nlp, person, parts, noise):
    from kg.extraction import extract_article
    from kg.ingest import ingest
    from kg.model import Article

    text = f"{person} said that {' '.join(parts)}. {noise}\n"
    result = extract_article(Article("roundtrip", text, publisher="The Test Wire"), nlp=nlp)
    graph = article_graph(result)
    with open_store(":memory:") as store:
        store.replace_graph(str(graph_iri("roundtrip")), to_ntriples(graph))
        back = rdflib.Graph()
        for s, p, o in store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph_iri('roundtrip')}> "
                                   "{ ?s ?p ?o } }").graph:
            back.add((s, p, _simple(o)))
    assert isomorphic(graph, back)

    folder = tmp_path_factory.mktemp("again")
    (folder / "roundtrip.txt").write_text(text, encoding="utf-8")
    with open_store(folder / "store") as store:
        first = ingest([folder], store, nlp=nlp)
        before = store.dump("nquads")
        second = ingest([folder], store, nlp=nlp)
        assert first.stored == ["roundtrip"] and second.unchanged == ["roundtrip"] and not second.stored
        assert store.dump("nquads") == before


def test_cli_errors_never_show_a_traceback(tmp_path):
    runner = CliRunner()
    for args in (["ingest", str(tmp_path / "missing.txt"), "--store", str(tmp_path / "s")],
                 ["query", "SELECT ?x WHERE {", "--store", str(tmp_path / "s")],
                 ["claims", "--store", str(tmp_path / "nothing-here")]):
        result = runner.invoke(cli, args)
        assert result.exit_code == 1, args
        assert result.output.startswith("Error: [E") or "\nError: [E" in result.output, result.output
        assert "Traceback" not in result.output
        assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit)


def test_json_output_of_extract_is_valid_for_the_scorer(tmp_path):
    folder = write_articles(tmp_path / "json", 3)
    result = CliRunner().invoke(cli, ["extract", str(folder), "--format", "json"])
    assert result.exit_code == 0
    records = json.loads(result.output)
    assert {r["doc"] for r in records} == {"a000", "a001", "a002"}
    assert all(r["stance"] in {"asserts", "denies", "confirms", "does_not_confirm", "cannot_verify"} for r in records)


# -- part two: what a new user found ----------------------------------------------------------

def ingest_cli(*args) -> Result:
    return CliRunner().invoke(cli, ["ingest", *map(str, args)])


def test_two_files_of_one_name_are_never_stored_over_each_other(tmp_path):
    (tmp_path / "in" / "a").mkdir(parents=True)
    (tmp_path / "in" / "b").mkdir()
    (tmp_path / "in" / "a" / "story.txt").write_text(article(1), encoding="utf-8")
    (tmp_path / "in" / "b" / "story.txt").write_text(article(2), encoding="utf-8")
    store_dir = tmp_path / "store"
    result = ingest_cli(tmp_path / "in", "--store", store_dir)
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("Error: ")]
    assert len(errors) == 1 and "[E017]" in errors[0]
    assert str(tmp_path / "in" / "a" / "story.txt") in errors[0] and str(tmp_path / "in" / "b" / "story.txt") in errors[0]
    assert assert_summary_is_the_store(result.output, store_dir) == {
        "stored": 1, "reextracted": 0, "unchanged": 0, "failed": 1}


def test_a_jsonl_id_used_twice_is_reported_and_the_summary_is_the_store(tmp_path):
    feed = tmp_path / "feed.jsonl"
    records = [{"id": "w1", "text": article(1)}, {"id": "w2", "text": article(2)}, {"id": "w1", "text": article(3)},
               {"id": "w3", "text": article(4)}]
    feed.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    result = ingest_cli(feed, "--store", tmp_path / "store")
    assert result.exit_code == 1
    assert f"[E017] {feed}, line 3" in result.output and f"{feed}, line 1" in result.output
    assert assert_summary_is_the_store(result.output, tmp_path / "store")["stored"] == 3


def test_another_file_with_a_stored_id_replaces_it_only_on_purpose(tmp_path):
    (tmp_path / "first").mkdir()
    (tmp_path / "later").mkdir()
    text = tmp_path / "first" / "story.txt"
    text.write_text(article(1), encoding="utf-8")
    page = tmp_path / "later" / "story.html"
    page.write_text(f"<html><head><title>Copy</title></head><body><article><p>{article(2)}</p></article></body></html>",
                    encoding="utf-8")
    store_dir = tmp_path / "store"
    assert ingest_cli(text, "--store", store_dir).exit_code == 0

    def stored_text():
        with open_store(store_dir, read_only=True) as store:
            return store.query("SELECT ?t WHERE { ?a <http://schema.org/identifier> 'story' ; "
                               "<http://schema.org/text> ?t }").dicts()[0]["t"]

    result = ingest_cli(page, "--store", store_dir)
    assert result.exit_code == 1
    assert "[E016]" in result.output and str(page) in result.output and str(text) in result.output
    assert "--replace" in result.output
    assert assert_summary_is_the_store(result.output, store_dir, before=1)["stored"] == 0
    assert stored_text().startswith("Update number 1")
    result = ingest_cli(page, "--store", store_dir, "--replace")
    assert result.exit_code == 0, result.output
    assert summary(result.output)["stored"] == 1
    assert "Update number 2" in stored_text()
    # the changed file itself, at its own path, still replaces its own article as before
    page.write_text(page.read_text(encoding="utf-8").replace("Update number 2", "Update number 3"), encoding="utf-8")
    result = ingest_cli(page, "--store", store_dir)
    assert result.exit_code == 0 and "Update number 3" in stored_text()


@pytest.mark.parametrize("layout", ["empty", "symlink loop", "no article files"])
def test_a_folder_with_nothing_to_ingest_is_an_error(tmp_path, layout):
    folder = tmp_path / "in"
    folder.mkdir()
    if layout == "symlink loop":
        (folder / "again").symlink_to(folder, target_is_directory=True)
    elif layout == "no article files":
        (folder / "notes.md").write_text("# notes", encoding="utf-8")
    result = ingest_cli(folder, "--store", tmp_path / "store")
    assert result.exit_code == 1
    assert f"Error: [E018] {folder}: the folder holds no article files" in result.output
    assert assert_summary_is_the_store(result.output, tmp_path / "store") == {
        "stored": 0, "reextracted": 0, "unchanged": 0, "failed": 1}


ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_a_rules_change_re_extracts_the_articles_it_wrote(tmp_path):
    """Ingest with kg as it is, then with a copy of kg whose denial verbs lack "reject": the article is
    re-extracted (and the summary says so), not reported unchanged with the old statements."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "cranes.txt").write_text(
        "Harbour works resume\n\nLena Brandt, the director of the port authority, said on Tuesday that the "
        "cranes were safe.\nOskar Falk rejected the claim that the cranes were safe.\n", encoding="utf-8")
    store_dir = tmp_path / "store"
    changed = tmp_path / "changed"
    shutil.copytree(ROOT / "kg", changed / "kg", ignore=shutil.ignore_patterns("__pycache__"))
    lexicon = changed / "kg" / "extraction" / "lexicon.py"
    source = lexicon.read_text(encoding="utf-8")
    assert '"deny", "reject", ' in source
    lexicon.write_text(source.replace('"deny", "reject", ', '"deny", '), encoding="utf-8")

    def run(kg_root, *extra):
        env = {**os.environ, "PYTHONPATH": str(kg_root)}
        result = subprocess.run(KG + ["ingest", str(folder), "--store", str(store_dir), *extra], cwd=tmp_path,
                                env=env, capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, result.stderr
        return result.stdout

    def stances():
        with open_store(store_dir, read_only=True) as store:
            return sorted(row["stance"] for row in store.query(
                "PREFIX kg: <https://w3id.org/kg-claims/ns#> SELECT ?stance WHERE { ?s kg:stance ?stance }").dicts())

    first = run(ROOT)
    assert summary(first)["stored"] == 1 and stances() == ["https://w3id.org/kg-claims/ns#Asserts",
                                                           "https://w3id.org/kg-claims/ns#Denies"]
    again = run(changed)
    assert "1 re-extracted" in again and summary(again) == {"stored": 1, "reextracted": 1, "unchanged": 0, "failed": 0}
    assert stances() == ["https://w3id.org/kg-claims/ns#Asserts"]  # the old statements are gone
    assert_summary_is_the_store(again, store_dir, before=1)
    assert summary(run(changed))["unchanged"] == 1  # the same rules again: nothing to do
    assert summary(run(changed, "--force"))["reextracted"] == 1
