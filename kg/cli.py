"""The `kg` command line: each command parses options, calls one library function and prints.

Library errors (:class:`kg.errors.KGError`) become one `Error: ...` line and exit code 1 in
:class:`kg.cli_support.KGGroup`; bad usage is click's exit code 2.
"""
from __future__ import annotations

import json
import sys

import click

from .cli_support import (
    KGGroup,
    PluginChoice,
    _echo_rows,
    _open_store,
    _report_failures,
    _terminal_width,
    format_option,
    input_options,
    render_table,
    resolver_option,
    store_option,
)
from .model import Stance

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"]}
CONTRADICTION_TABLE_COLUMNS = ["kind", "score", "source_a", "content_a", "source_b", "content_b"]
STANCES = [stance.value for stance in Stance]


@click.group(cls=KGGroup, context_settings=CONTEXT_SETTINGS)
@click.version_option(package_name="kg")
def cli():
    """kg: a knowledge graph of who asserted, denied, confirmed or could not verify what.

    \b
    Typical session:
        kg ingest articles/
        kg claims --source "Pell"
        kg query denials --format csv
        kg contradictions
        kg explore -o graph.html
    """


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@store_option
@input_options
@click.option("--strict", is_flag=True, help="Stop at the first file that cannot be read or extracted.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=1, show_default=True,
              help="Worker processes parsing articles (each loads spaCy once); use the number of cores.")
@click.option("--scheduler", metavar="ADDRESS",
              help="Extract on a Dask cluster, e.g. tcp://HOST:8786 (needs kg[dask]; see docs/scale.md).")
@click.option("--force", is_flag=True, help="Extract every article again, unchanged ones too.")
@click.option("--replace", is_flag=True,
              help="Let a file replace a stored article of the same document id that came from another file.")
@resolver_option
def ingest(paths, store_location, encoding, publisher, published, strict, jobs, scheduler, force, replace, resolver):
    """Read articles (.txt, .html, .jsonl; folders recursively) into the store.

    Each article becomes one named graph; an unchanged article is skipped, and one that an
    older version of the rules extracted is extracted again. Files that cannot be read, and
    files whose document id another file already holds, are reported one line each and the
    rest still go in (exit code 1). A folder with no article files is an error too.
    A progress line is drawn on stderr when it is a terminal.

    \b
    kg ingest articles/                             # a folder, recursively
    kg ingest feed.jsonl page.html --jobs 2         # files; parse on two cores
    kg ingest notes.txt --publisher "Harbour Ledger" --published 2025-03-01
    """
    from .ingest import ingest as run_ingest
    from .progress import ProgressBar

    with _open_store(store_location) as store, ProgressBar(sys.stderr) as bar:
        report = run_ingest(list(paths), store, encoding=encoding, publisher=publisher, published=published,
                            strict=strict, jobs=jobs, scheduler=scheduler, on_progress=bar, force=force,
                            replace=replace, resolver=resolver)
    _report_failures(report.failed)
    click.echo(f"Stored {len(report.stored)} article(s): {report.attributions} attributions, "
               f"{report.triples} triples; {len(report.reextracted)} re-extracted; {len(report.unchanged)} unchanged; "
               f"{len(report.failed)} failed.")
    if report.failed:
        sys.exit(1)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@input_options
@format_option(["table", "csv", "json", "jsonl"], "table")
@click.option("--strict", is_flag=True, help="Stop at the first file that cannot be read.")
@resolver_option
def extract(paths, encoding, publisher, published, fmt, strict, resolver):
    """Extract attributions from articles and print them; nothing is stored.

    `--format json` gives the records the scorers read: doc, source, stance, cue, content,
    channel, sentence, with character offsets into the text as read.

    \b
    kg extract article.txt                          # a table to read
    kg extract articles/ --format json > out.json   # what the scorers read
    """
    from .ingest import extract_paths

    results, failed = extract_paths(list(paths), encoding=encoding, publisher=publisher, published=published,
                                    strict=strict, resolver=resolver)
    records = [record for result in results for record in result.records()]
    _report_failures(failed)
    if fmt == "json":
        click.echo(json.dumps(records, indent=1, ensure_ascii=False))
    elif fmt == "jsonl":
        for record in records:
            click.echo(json.dumps(record, ensure_ascii=False))
    elif fmt == "csv":
        _echo_rows(records, list(records[0]) if records else ["doc", "source", "stance", "cue", "content"], fmt)
    else:
        click.echo(render_table(records, ["doc", "source", "stance", "cue", "channel", "content"]))
    if failed:
        sys.exit(1)


@cli.command()
@store_option
@click.option("--source", help="Only statements whose source name contains this text.")
@click.option("--stance", type=click.Choice(STANCES), help="Only statements with this stance.")
@click.option("--doc", help="Only statements from this document id.")
@format_option(["table", "csv", "tsv", "json"], "table")
@click.option("--wide", is_flag=True,
              help="Never cut the content and sentence columns (the table is as wide as they are).")
def claims(store_location, source, stance, doc, fmt, wide):
    """A table of who said what, with stance, certainty, cue, channel, content and the evidence sentence.

    The table fits the terminal (content and sentence are cut to share the room; --wide keeps
    them whole); csv, tsv and json give every field, offsets and the statement IRI included.

    \b
    kg claims --source "Pell"                     # what one source said
    kg claims --stance denies --format csv > denials.csv
    kg claims --doc ledger-depot-fire --wide
    """
    from .queries import list_claims

    with _open_store(store_location, read_only=True) as store:
        rows = list_claims(store, source=source, stance=stance, doc=doc)
    columns = ["doc", "source", "stance", "certainty", "cue", "channel", "content", "sentence"]
    if fmt != "table":
        _echo_rows(rows, columns + ["start", "end", "statement"], fmt)
    elif not rows:
        asked = [f"{name} {value!r}" for name, value in (("source", source), ("stance", stance), ("doc", doc)) if value]
        click.echo("No claims match" + (f" {', '.join(asked)}." if asked else ": the store holds no statements."))
    else:
        click.echo(render_table(rows, columns, width=None if wide else 40, fit=None if wide else _terminal_width(),
                                flexible=("content", "sentence"), squeeze=("doc", "source")))


@cli.command()
@click.argument("sparql", required=False)
@click.option("-f", "--file", "query_file", type=click.Path(), help="Read the query from a .rq file.")
@click.option("--list", "list_queries", is_flag=True, help="List the competency query names, titles and descriptions.")
@click.option("--bind", "bindings", multiple=True, metavar="NAME=VALUE",
              help="Bind a parameter the query declares (`# param:` in its header; --list shows them); "
                   "repeat for more values or parameters. Without it the query answers for the whole store.")
@click.option("--print-sparql", is_flag=True,
              help="Print the query's SPARQL (with --bind, the bound form) instead of running it.")
@store_option
@format_option(["table", "csv", "tsv", "json"], "table")
def query(sparql, query_file, list_queries, bindings, print_sparql, store_location, fmt):
    """Run a read-only SPARQL query (inline, from -f FILE, or a competency query NAME).

    \b
    kg query --list                                # the competency queries by name
    kg query denials --format csv                  # one of them
    kg query evidence --bind statement=https://w3id.org/kg-claims/id/statement/...
    kg query timeline --bind source="Ilse Marrow"  # what one source said, in date order
    kg query 'SELECT ?n WHERE { ?a <http://schema.org/name> ?n } LIMIT 5'
    kg query -f my-question.rq --format json
    """
    from .queries import bound_query, query_catalogue, read_query, run_query
    from .query_params import parse_bindings

    if list_queries:
        rows = [{"name": q.name, "title": q.title, "binds": " ".join(p.name for p in q.params),
                 "description": q.description} for q in query_catalogue()]
        _echo_rows(rows, ["name", "title", "binds", "description"], fmt, width=_terminal_width() - 56)
        return
    if not sparql and not query_file:
        raise click.UsageError("Give a SPARQL query, a query NAME (see kg query --list) or -f FILE.")
    text = bound_query(read_query(sparql, path=query_file), parse_bindings(bindings))
    if print_sparql:  # for another SPARQL client, such as kg serve's query page
        from .query_params import ENDPOINT_FORM, with_form
        from .store import is_endpoint, resolve_location

        if is_endpoint(resolve_location(store_location)):
            text = with_form(text, ENDPOINT_FORM)  # the text kg itself would send that endpoint
        click.echo(text, nl=False)
        return
    with _open_store(store_location, read_only=True) as store:
        result = run_query(store, text)
    if result.kind == "ASK":
        click.echo("true" if result.boolean else "false")
    elif result.kind == "CONSTRUCT":
        click.echo(result.graph.serialize(format="turtle"))
    else:
        _echo_rows(result.dicts(), result.variables, fmt)


@cli.command()
@store_option
@click.option("--format", "fmt", type=PluginChoice("exporter"), default="trig", show_default=True,
              help="Output format: an exporter's name (kg's own below, or an installed plugin's).")
@click.option("-o", "--output", type=click.File("wb"), default="-", help="Write to this file (default: stdout).")
def export(store_location, fmt, output):
    """Write the store as RDF, as a network for Gephi or Cytoscape, or the claims as CSV.

    \b
    trig, nquads    every triple, one named graph per article (kg's prefixes bound)
    turtle, ntriples  every triple, the graphs merged
    jsonld          JSON-LD with an @context of kg's prefixes
    graphml, gexf   the networkx view `kg explore` draws: agents, claims, articles; stance,
                    contradiction, corroboration, affiliation ... edges with their attributes
    csv             the claims table with every field

    \b
    kg export --format graphml -o claims.graphml    # open in Gephi or Cytoscape
    kg export --format csv -o claims.csv            # pandas, a spreadsheet
    kg export --format trig -o store.trig
    """
    from .exports import export_bytes

    with _open_store(store_location, read_only=True) as store:
        output.write(export_bytes(store, fmt))


@cli.command()
@store_option
def validate(store_location):
    """Check the store against the SHACL shapes in ontology/shapes.ttl (exit 1 on violations).

    \b
    kg validate --store kg-data
    """
    from .queries import validate_store

    with _open_store(store_location, read_only=True) as store:
        report = validate_store(store)
    if report.conforms:
        click.echo("The store conforms to the SHACL shapes.")
        return
    for violation in report.violations[:50]:
        click.echo(f"{violation.get('focus')}  {violation.get('path')}: {violation.get('message')}", err=True)
    raise click.ClickException(f"{len(report.violations)} SHACL violation(s).")


@cli.command()
@click.option("--output", type=click.Path(file_okay=False), default="demo-output", show_default=True,
              help="Folder for the example articles, the store and the HTML pages.")
def demo(output):
    """Run the main job on the built-in example corpus: ingest, claims, contradictions, HTML.

    Writes seven short made-up articles to OUTPUT/articles, ingests them into OUTPUT/kg-data,
    prints who said what and which claims contradict, and draws OUTPUT/graph.html.

    \b
    kg demo                                         # into ./demo-output
    kg demo --output /tmp/kg-demo
    """
    from .demo.run import run_demo

    report = run_demo(output)
    _report_failures(report.failed)
    counts = ", ".join(f"{n} {stance}" for stance, n in sorted(report.stance_counts.items()))
    click.echo(f"Ingested {report.articles} articles into {report.output / 'kg-data'}: "
               f"{report.attributions} attributions ({counts}).\n")
    click.echo(render_table(report.claims, ["doc", "source", "stance", "cue", "content"], width=50))
    click.echo(f"\n{len(report.contradictions)} contradiction(s):")
    for item in report.contradictions:
        click.echo(f"  [{item.kind}] {item.a.source}: \"{item.a.content}\"  <>  {item.b.source}: \"{item.b.content}\"")
    if report.html:
        click.echo(f"\nGraph exploration: {report.html}")
    if report.site:
        click.echo(f"Site with per-agent pages: {report.site}")


@cli.command("serve")
@click.option("--store", "store_location", envvar="KG_STORE", default="./kg-data", show_default=True,
              help="Store folder (embedded Oxigraph) to serve; $KG_STORE sets it too. A SPARQL endpoint "
                   "URL is not accepted: query that endpoint directly.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; anything but loopback needs --allow-remote.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True,
              help="Port to listen on (0: any free port).")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=10.0, show_default=True,
              help="Seconds a query may run; a slower one is stopped with HTTP 503.")
@click.option("--max-rows", type=click.IntRange(min=1), default=10_000, show_default=True,
              help="Rows (or triples) per result; longer results are cut, with an X-SPARQL-MaxRows header.")
@click.option("--allow-update", is_flag=True,
              help="Accept SPARQL Update, LOAD and SERVICE (opens the store for writing: no ingest beside it).")
@click.option("--allow-remote", is_flag=True,
              help="Allow a non-loopback --host. The endpoint has no authentication.")
@click.option("--workers", type=click.IntRange(min=1), default=2, show_default=True,
              help="Query worker processes (queries run in parallel up to this number); one more is kept "
                   "for quick queries while these run long ones.")
def serve_command(store_location, host, port, timeout, max_rows, allow_update, allow_remote, workers):
    """Serve the store as a local app: SPARQL at /sparql, a query page at /, the explorations at /explore/.

    The explorations (overview, whole graph, contradictions, a page per agent) are written
    again when the store changes; an agent's page links to the SPARQL rows of its statements.

    \b
    Read-only and on 127.0.0.1 unless told otherwise. Results by Accept header or format=:
    JSON, XML, CSV, TSV (SELECT, ASK); Turtle, N-Triples, JSON-LD (CONSTRUCT, DESCRIBE).
    `kg ingest` can run beside it: new articles show up once the query workers have reopened
    the store (at most every 0.5 s; longer during a long ingest). See docs/sparql.md.

    \b
    kg serve --store kg-data                        # http://127.0.0.1:8000/
    kg serve --port 0 --timeout 30                  # any free port, slower queries allowed
    """
    from .serve import serve as run_server
    from .serve.server import is_loopback

    if not is_loopback(host) and allow_remote:
        click.echo(f"Warning: listening on {host}: anyone who can reach this machine can query the store "
                   "(there is no authentication).", err=True)

    def ready(server):
        base = server.url.rsplit("/", 1)[0]
        mode = "updates allowed" if allow_update else "read-only"
        click.echo(f"SPARQL endpoint {server.url} ({mode}, {timeout:g} s and {max_rows:,} rows per query); "
                   f"query page {base}/; explorations {base}/explore/. Ctrl-C stops it.")
        if allow_update:
            click.echo(f"Updates: POST them as application/sparql-update, or as a form with "
                       f"token={server.update_token} (this run only; see docs/sparql.md).")
        sys.stdout.flush()

    run_server(store_location, host, port, timeout=timeout, max_rows=max_rows, allow_update=allow_update,
               allow_remote=allow_remote, workers=workers, log=True, ready=ready)


# -- analysis: contradictions, chains, corroborations (kg/analysis) -----------------------------

semantic_option = click.option(
    "--semantic", is_flag=True,
    help="Also let sentence embeddings tell which claim a denial answers (needs the optional kg[semantic] extra).")


def _existing_store(location):
    """Open a store for writing the analysis, refusing to create an empty one."""
    from pathlib import Path

    from .errors import Errors, StoreError
    from .store import is_endpoint, resolve_location

    location = resolve_location(location)
    if not is_endpoint(location) and not Path(location).exists():
        raise StoreError(Errors.E035.format(path=location))
    return _open_store(location)


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@store_option
@input_options
@click.option("--between", nargs=2, metavar="A B", help="Only contradictions between a source matching A and one matching B.")
@click.option("--threshold", type=click.FloatRange(0, 1), default=0.5, show_default=True,
              help="Lowest score reported.")
@semantic_option
@format_option(["table", "csv", "json"], "table")
def contradictions(paths, store_location, encoding, publisher, published, between, threshold, semantic, fmt):
    """Contradicting statements: opposite stances, disputed claims, polarity, outcome and number conflicts.

    Without PATHS, over the store (and the results are written into its analysis graph, so
    SPARQL sees them); with PATHS, the articles are analysed in memory and nothing is stored.
    `--format json` gives records {"a": {doc, source, stance, content, ...}, "b": {...}, "kind", "score"};
    `--format csv` every field of both sides, suffixed _a and _b.

    \b
    kg contradictions                               # over the store
    kg contradictions --between "Pell" "Health Board"   # only between two sides
    kg contradictions articles/ --format csv        # straight from articles, nothing stored
    kg contradictions articles/ --semantic          # with sentence embeddings (kg[semantic])
    """
    from .analysis.report import (
        CONTRADICTION_CSV_COLUMNS,
        contradiction_records,
        contradiction_rows,
        path_contradictions,
        require_semantic,
        store_contradictions,
    )

    require_semantic(semantic)
    failed = []
    if paths:
        found, failed = path_contradictions(paths, threshold=threshold, between=between, encoding=encoding,
                                            publisher=publisher, published=published, semantic=semantic)
    else:
        with _existing_store(store_location) as store:
            found = store_contradictions(store, threshold=threshold, between=between, semantic=semantic)
    _report_failures(failed)
    if fmt == "json":
        click.echo(json.dumps([c.to_record() for c in found], indent=1, ensure_ascii=False))
    elif fmt == "csv":
        _echo_rows(contradiction_records(found), CONTRADICTION_CSV_COLUMNS, fmt)
    else:
        where = "among these articles" if paths else "in the store"
        if found:  # the table fits the terminal: documents are in csv and json, the contents share the room
            click.echo(render_table(contradiction_rows(found), CONTRADICTION_TABLE_COLUMNS, width=24,
                                    fit=_terminal_width(), flexible=("content_a", "content_b"),
                                    squeeze=("source_a", "source_b")))
        else:
            click.echo(f"No contradictions found {where} (score at least {threshold:g}"
                       f"{', between ' + ' and '.join(repr(b) for b in between) if between else ''}).")
    if failed:
        sys.exit(1)


@cli.command()
@click.argument("agent", required=False)
@click.option("--claim", help="Only chains about this claim: a statement, proposition or claim-group IRI, or its words.")
@store_option
@format_option(["table", "csv", "json"], "table")
def chains(agent, claim, store_location, fmt):
    """Attribution chains: stances toward others' claims, affiliation paths, cited evidence, reporters.

    \b
    kg chains "Tobias Renn"        # spokesman -> health board; who could not verify him
    kg chains --claim "case count"
    """
    from .analysis.report import CHAIN_COLUMNS, chain_rows, chain_text, find_chains

    with _open_store(store_location, read_only=True) as store:
        found = find_chains(store, agent=agent, claim=claim)
    if fmt == "json":
        click.echo(json.dumps([c.to_dict() for c in found], indent=1, ensure_ascii=False))
    elif fmt == "csv":
        _echo_rows(chain_rows(found), CHAIN_COLUMNS, fmt)
    elif not found:
        about = " and ".join(f"{k} {v!r}" for k, v in (("for", agent), ("about", claim)) if v)
        click.echo(f"No chains found{' ' + about if about else ' in the store'}: no stances toward other "
                   "sources' claims, affiliations, cited evidence or reporters.")
    else:
        click.echo(chain_text(found))


@cli.command()
@click.option("--min-sources", type=click.IntRange(min=2), default=2, show_default=True,
              help="Fewest independent sources a claim needs.")
@click.option("--min-score", type=click.FloatRange(0, 1), default=None,
              help="Lowest score reported (the claim group's cohesion times k/(k+1) for k sources)  [default: 0.4].")
@store_option
@format_option(["table", "csv", "json"], "table")
def corroborations(min_sources, min_score, store_location, fmt):
    """Claims asserted or confirmed by independent sources (not one agent, not linked by affiliations).

    \b
    kg corroborations --min-sources 3
    kg corroborations --min-score 0       # also weakly grouped claims
    kg corroborations --format csv > corroborated.csv
    """
    from .analysis.report import (
        CORROBORATION_COLUMNS,
        CORROBORATION_CSV_COLUMNS,
        corroboration_records,
        corroboration_rows,
        find_corroborations,
    )

    with _open_store(store_location, read_only=True) as store:
        found = find_corroborations(store, min_sources, min_score=min_score)
    if fmt == "json":
        click.echo(json.dumps([c.to_record() for c in found], indent=1, ensure_ascii=False))
    elif fmt == "csv":
        _echo_rows(corroboration_records(found), CORROBORATION_CSV_COLUMNS, fmt)
    else:
        _echo_rows(corroboration_rows(found), CORROBORATION_COLUMNS, fmt,
                   empty=f"No claims are held by {min_sources} or more independent sources in the store.")


@cli.command()
@store_option
@format_option(["table", "csv", "json"], "table")
def echoes(store_location, fmt):
    """Claims one source states in several articles of a story: repetition, not corroboration.

    `--format json` gives records {"claim", "source", "docs", "members": [{doc, source, content, ...}]}.

    \b
    kg echoes
    kg echoes --format csv > echoes.csv
    """
    from .analysis.report import ECHO_COLUMNS, ECHO_CSV_COLUMNS, echo_records, echo_rows, find_echoes

    with _open_store(store_location, read_only=True) as store:
        found = find_echoes(store)
    if fmt == "json":
        click.echo(json.dumps([e.to_record() for e in found], indent=1, ensure_ascii=False))
    elif fmt == "csv":
        _echo_rows(echo_records(found), ECHO_CSV_COLUMNS, fmt)
    else:
        _echo_rows(echo_rows(found), ECHO_COLUMNS, fmt,
                   empty="No claim is stated by one source in several articles of a story in the store.")


@cli.command()
@store_option
@click.option("--threshold", type=click.FloatRange(0, 1), default=0.5, show_default=True,
              help="Lowest contradiction score written.")
@semantic_option
def analyze(store_location, threshold, semantic):
    """Recompute claim groups, contradictions and corroborations and write them into the store.

    \b
    kg analyze --threshold 0.6
    kg analyze --semantic          # with sentence embeddings (kg[semantic])
    """
    from .analysis.report import analysis_summary, require_semantic, store_analysis

    require_semantic(semantic)
    with _existing_store(store_location) as store:
        result = store_analysis(store, threshold=threshold, semantic=semantic)
    click.echo(analysis_summary(result))


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@store_option
@input_options
@click.option("-o", "--output", type=click.Path(dir_okay=False), default="kg-graph.html", show_default=True,
              help="The HTML file to write.")
@click.option("--focus", metavar="AGENT", help="Only this agent's neighbourhood: what they said, who contradicts them.")
@click.option("--contradictions", "contradictions_only", is_flag=True, help="Only contested claims and both sides.")
@click.option("--max-nodes", type=click.IntRange(min=10), default=400, show_default=True,
              help="Above this, the view keeps the most-quoted sources and says what it left out.")
@click.option("--site", "site_dir", type=click.Path(file_okay=False),
              help="Write an index page with statistics and per-agent pages into this folder instead.")
def explore(paths, store_location, encoding, publisher, published, output, focus, contradictions_only, max_nodes,
            site_dir):
    """Draw the graph as one self-contained HTML page that works offline.

    \b
    kg explore -o graph.html                        # the whole store
    kg explore --focus "Anton Pell" -o pell.html    # one agent's neighbourhood
    kg explore --contradictions -o disputes.html    # contested claims only
    kg explore articles/ -o quick.html              # straight from articles, nothing stored
    kg explore --site site/                         # index page with per-agent pages
    """
    from .explore import write_exploration, write_site
    from .explore.source import exploration_network

    if paths:
        network, failed = exploration_network(paths, encoding=encoding, publisher=publisher, published=published)
    else:
        with _open_store(store_location, read_only=True) as store:
            network, failed = exploration_network(store=store)
    _report_failures(failed)
    if site_dir:
        click.echo(f"Wrote {write_site(network, site_dir)}")
    else:
        path = write_exploration(network, output, focus=focus, contradictions_only=contradictions_only,
                                 max_nodes=max_nodes)
        click.echo(f"Wrote {path}")
    if failed:
        sys.exit(1)


def main():  # pragma: no cover - console entry point
    """Entry point for `python -m kg`."""
    cli()
