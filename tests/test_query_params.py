"""Query parameters (`# param:` and `kg query NAME --bind NAME=VALUE`): the bound form of a
competency query returns exactly the whole-store form's rows for that value, on a store of the
demo corpus; bad bindings are one-line usage errors."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kg.cli import cli
from kg.errors import BindError
from kg.queries import QUERY_DIR, bound_query, query_catalogue
from kg.query_params import ENDPOINT_FORM, bind_query, parse_bindings, query_params, with_form

DEMO = Path(__file__).resolve().parents[1] / "kg" / "demo"


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory, nlp) -> str:
    """The demo corpus ingested, with the analysis graph written (unconfirmed reads kg:sameClaimAs)."""
    from click.testing import CliRunner

    from kg.ingest import ingest
    from kg.store import open_store

    path = str(tmp_path_factory.mktemp("params") / "kg-data")
    with open_store(path) as store:
        ingest([DEMO], store, nlp=nlp)
    result = CliRunner().invoke(cli, ["contradictions", "--store", path, "--format", "json"])
    assert result.exit_code == 0, result.output
    return path


def _rows(runner, store: str, *args: str) -> list[dict]:
    result = runner.invoke(cli, ["query", *args, "--store", store, "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def _key(row: dict) -> str:
    return json.dumps(row, sort_keys=True, default=str)


def _sources(runner, store: str) -> list[str]:
    claims = _rows(runner, store, "SELECT DISTINCT ?n WHERE { ?s <http://www.w3.org/ns/prov#wasAttributedTo> ?a . "
                                  "?a <http://schema.org/name> ?n }")
    return sorted(row["n"] for row in claims)


def test_evidence_bound_to_a_statement_is_that_statements_rows(runner, demo_store):
    whole = _rows(runner, demo_store, "evidence")
    statements = sorted({row["statement"] for row in whole})
    assert len(statements) > 20
    for statement in statements:
        bound = _rows(runner, demo_store, "evidence", "--bind", f"statement={statement}")
        expected = [row for row in whole if row["statement"] == statement]
        assert bound == expected, statement
    # in angle brackets too, and two values at once (one VALUES row each)
    first, second = statements[:2]
    both = _rows(runner, demo_store, "evidence", "--bind", f"statement=<{first}>", "--bind", f"statement={second}")
    assert sorted(map(_key, both)) == sorted(_key(r) for r in whole if r["statement"] in (first, second))


def test_timeline_bound_to_a_source_is_the_rows_of_its_propositions(runner, demo_store):
    whole = _rows(runner, demo_store, "timeline")
    said = _rows(runner, demo_store, "SELECT DISTINCT ?n ?text WHERE { "
                                     "?s <http://www.w3.org/ns/prov#wasAttributedTo> ?a ; "
                                     "<https://w3id.org/kg-claims/ns#proposition> ?p . "
                                     "?a <http://schema.org/name> ?n . ?p <http://schema.org/text> ?text }")
    sources = _sources(runner, demo_store)
    assert len(sources) > 5
    for source in sources:
        texts = {row["text"] for row in said if row["n"] == source}
        bound = _rows(runner, demo_store, "timeline", "--bind", f"source={source}")
        assert bound == [row for row in whole if row["claim"] in texts], source
        assert bound


def test_unconfirmed_bound_to_a_source_is_that_asserters_rows(runner, demo_store):
    whole = _rows(runner, demo_store, "unconfirmed")
    asserters = sorted({row["asserter"] for row in whole})
    assert len(asserters) > 3
    for source in _sources(runner, demo_store):
        bound = _rows(runner, demo_store, "unconfirmed", "--bind", f"source={source}")
        assert bound == [row for row in whole if row["asserter"] == source], source


def test_a_name_no_agent_has_gives_no_rows_not_an_error(runner, demo_store):
    assert _rows(runner, demo_store, "timeline", "--bind", 'source=Nobody "Quoted" Here') == []


@pytest.mark.parametrize("args, code", [
    (["evidence", "--bind", "source=Ilse Marrow"], "E093"),  # evidence binds statement, not source
    (["denials", "--bind", "source=Ilse Marrow"], "E093"),  # a query with no parameter
    (["evidence", "--bind", "statement"], "E092"),  # no '='
    (["evidence", "--bind", "=x"], "E092"),  # no name
    (["evidence", "--bind", "statement=not an iri"], "E094"),
    (["evidence", "--bind", "statement=<https://example.org/a b>"], "E094"),
    (["timeline", "--bind", "source=  "], "E094"),
])
def test_a_binding_that_does_not_fit_is_a_one_line_usage_error(runner, demo_store, args, code):
    result = runner.invoke(cli, ["query", *args, "--store", demo_store])
    assert result.exit_code == 2, result.output
    assert result.output.startswith(f"Error: [{code}]") and len(result.output.strip().splitlines()) == 1


def test_the_python_api_binds_like_the_cli(runner, demo_store):
    import kg

    sources = _sources(runner, demo_store)
    def plain(rows):  # the values as `kg query --format json` prints them (dates as text)
        return json.loads(json.dumps(list(rows), default=str))

    with kg.open(demo_store) as db:
        assert plain(db.competency("timeline", source=sources[0])) == _rows(runner, demo_store, "timeline", "--bind",
                                                                           f"source={sources[0]}")
        assert plain(db.competency("timeline")) == _rows(runner, demo_store, "timeline")
        with pytest.raises(BindError):
            db.competency("timeline", statement="https://example.org/s")


def test_print_sparql_gives_the_bound_text_without_opening_a_store(runner, tmp_path):
    result = runner.invoke(cli, ["query", "timeline", "--bind", "source=Ilse Marrow", "--print-sparql",
                                 "--store", str(tmp_path / "none")])
    assert result.exit_code == 0, result.output
    assert 'VALUES ?sourceName { "Ilse Marrow" }' in result.output
    assert not [line for line in result.output.splitlines() if line.rstrip().endswith("#[!source]")]


def test_the_query_page_names_each_examples_parameter():
    from kg.serve.page import examples

    by_name = {e["name"]: e for e in examples()}
    assert [p["name"] for p in by_name["evidence"]["params"]] == ["statement"]
    assert "--bind statement=VALUE" in by_name["evidence"]["description"]
    assert by_name["denials"]["params"] == []


def test_list_shows_each_querys_parameters(runner):
    result = runner.invoke(cli, ["query", "--list", "--format", "json"])
    binds = {row["name"]: row["binds"] for row in json.loads(result.output)}
    assert binds["evidence"] == "statement" and binds["timeline"] == "source" and binds["denials"] == ""


def test_without_bindings_the_text_is_the_file_as_written():
    for query in query_catalogue():
        assert bound_query(query.text) == query.text


def test_every_marker_names_a_declared_parameter_and_every_parameter_is_used():
    for path in sorted(QUERY_DIR.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        declared = {p.name for p in query_params(text)}
        used = set(re.findall(r"#\[!?([A-Za-z_]\w*)\]", text)) - {ENDPOINT_FORM}
        assert used == declared, path.name


def test_bind_rewrites_only_the_marked_lines():
    text = ("# param: who literal A name.\n# param: thing iri A thing.\nSELECT * WHERE {\n"
            "#[who]  VALUES ?n { $who }\n  ?a ?p ?n .   #[!who]\n  ?x ?y ?z .   #[!thing]\n}\n")
    bound = bind_query(text, parse_bindings(['who=Ann "A" Lee', "who=Bo"]))
    assert bound.splitlines() == ["# param: who literal A name.", "# param: thing iri A thing.",
                                  "SELECT * WHERE {", '  VALUES ?n { "Ann \\"A\\" Lee" "Bo" }',
                                  "  ?x ?y ?z .   #[!thing]", "}"]
    with pytest.raises(BindError):
        query_params("# param: who number A count.\n")


# -- the endpoint form (`#[endpoint]` lines: the text kg sends a SPARQL endpoint) -------------------

def test_the_endpoint_form_rewrites_only_its_own_lines():
    text = ("# param: who literal A name.\nSELECT * WHERE {\n"
            "#[endpoint]  ?a ?p ?o .\n  { SELECT ?a WHERE { ?a ?p ?o } }   #[!endpoint]\n"
            "#[who]  VALUES ?n { $who }\n  ?x ?y ?z .   #[!who]\n}\n")
    assert with_form(text, ENDPOINT_FORM).splitlines() == [
        "# param: who literal A name.", "SELECT * WHERE {", "  ?a ?p ?o .",
        "#[who]  VALUES ?n { $who }", "  ?x ?y ?z .   #[!who]", "}"]
    plain = "SELECT * WHERE { ?s ?p ?o }"
    assert with_form(plain, ENDPOINT_FORM) is plain  # a user's own query goes out as typed


def test_a_parameter_may_not_take_the_endpoint_forms_name():
    with pytest.raises(BindError, match="E132"):
        query_params("# param: endpoint iri A thing.\n")


def test_each_shipped_endpoint_form_gives_the_rows_of_the_file_as_written(runner, demo_store):
    forms = [q for q in query_catalogue() if f"#[{ENDPOINT_FORM}]" in q.text]
    assert forms, "no shipped query has an endpoint form; this test would prove nothing"
    for query in forms:
        written = _rows(runner, demo_store, query.text)
        endpoint = _rows(runner, demo_store, with_form(query.text, ENDPOINT_FORM))
        assert written, f"{query.name} answers nothing on the demo corpus"
        assert sorted(map(_key, endpoint)) == sorted(map(_key, written)), query.name


def test_print_sparql_for_an_endpoint_prints_the_endpoint_form(runner, tmp_path):
    local = runner.invoke(cli, ["query", "quoted_in_same_articles", "--print-sparql", "--store", str(tmp_path / "none")])
    remote = runner.invoke(cli, ["query", "quoted_in_same_articles", "--print-sparql",
                                 "--store", "http://127.0.0.1:9/sparql"])
    assert local.exit_code == 0 and remote.exit_code == 0, local.output + remote.output
    assert "#[!endpoint]" in local.output and "#[!endpoint]" not in remote.output
    assert "\n  ?agent schema:name ?source .\n" in remote.output


def test_the_sparql_store_sends_the_endpoint_form():
    import threading
    import urllib.parse
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from kg.sparql_store import SparqlStore

    received = []

    class Endpoint(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802 (the handler's name is http.server's)
            body = self.rfile.read(int(self.headers["Content-Length"])).decode("utf-8")
            received.append(urllib.parse.parse_qs(body)["query"][0])
            answer = b'{"head": {"vars": ["source"]}, "results": {"bindings": []}}'
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Endpoint)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        text = next(q.text for q in query_catalogue() if q.name == "quoted_in_same_articles")
        SparqlStore(f"http://127.0.0.1:{server.server_port}/sparql", read_only=True).query(text)
    finally:
        server.shutdown()
        server.server_close()
    assert received == [with_form(text, ENDPOINT_FORM)]
    assert "#[!endpoint]" not in received[0]
