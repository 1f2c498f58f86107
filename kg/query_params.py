"""Parameters of a query file: a value the user binds (`kg query evidence --bind statement=IRI`).

A query declares each parameter in its header comment, with the kind of value it takes:

    # param: statement iri  One statement's IRI: its evidence only.
    # param: source literal A source's name (schema:name): what that source said.

and marks the lines that differ between its two forms. The file as written is the whole-store
form (valid SPARQL on its own: every marker is a comment). Bound, each line

    #[statement] VALUES ?statement { $statement }

is un-commented, with `$statement` replaced by the value(s) as SPARQL terms (repeating
``--bind statement=...`` gives several values, one VALUES row each), and each line ending in
``#[!statement]`` is left out. So the bound form can start from the value where Oxigraph's plan
needs it (docs/store.md, "Parameters"), while the whole-store form keeps the passes and hash
joins that suit a query over every statement.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .errors import BindError, Errors

KINDS = ("iri", "literal")
_PARAM = re.compile(r"(?m)^#\s*param:\s*([A-Za-z_]\w*)\s+(\w+)[ \t]*(.*)$")
_BOUND_LINE = re.compile(r"^(\s*)#\[([A-Za-z_]\w*)\](.*)$")
_UNBOUND_LINE = re.compile(r"\s*#\[!([A-Za-z_]\w*)\]\s*$")
# An absolute IRI (a scheme, a colon, no space or character that IRIs exclude); RFC 3987 in short.
_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|^`\\]+$")


@dataclass(frozen=True)
class QueryParam:
    """One declared parameter: its name, the kind of value ("iri" or "literal") and what it means."""

    name: str
    kind: str
    description: str


def query_params(text: str) -> list[QueryParam]:
    """The parameters a query text declares in `# param: NAME KIND description` lines."""
    params = []
    for name, kind, description in _PARAM.findall(text):
        if kind not in KINDS:
            raise BindError(Errors.E095.format(name=name, kind=kind, kinds=" or ".join(KINDS)))
        if name == ENDPOINT_FORM:
            raise BindError(Errors.E132.format(name=name))
        params.append(QueryParam(name, kind, description.strip()))
    return params


def parse_bindings(items: Iterable[str]) -> dict[str, list[str]]:
    """`NAME=VALUE` strings (the --bind options) as {name: [values]}, in the order given."""
    bindings: dict[str, list[str]] = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise BindError(Errors.E092.format(item=item))
        bindings.setdefault(name.strip(), []).append(value)
    return bindings


def bind_query(text: str, bindings: Mapping[str, str | Iterable[str]]) -> str:
    """The query text with its parameters bound; with no bindings, the text unchanged (the whole store).

    Raises E093 for a name the query does not declare and E094 for a value that is not of the
    parameter's kind (an IRI with a space, an empty value).
    """
    params = {p.name: p for p in query_params(text)}
    terms = {}
    for name, values in bindings.items():
        if name not in params:
            declared = ", ".join(f"`{p}`" for p in params) if params else "none"
            raise BindError(Errors.E093.format(name=name, declared=declared))
        values = [values] if isinstance(values, str) else list(values)
        if not values:
            raise BindError(Errors.E094.format(name=name, value="", reason="no value was given"))
        terms[name] = " ".join(sparql_term(params[name], value) for value in values)
    if not terms:
        return text
    lines = []
    for line in text.splitlines():
        unbound = _UNBOUND_LINE.search(line)
        if unbound and unbound.group(1) in terms:
            continue
        bound = _BOUND_LINE.match(line)
        if bound and bound.group(2) in terms:
            line = bound.group(1) + re.sub(r"\$([A-Za-z_]\w*)\b",
                                           lambda m: terms.get(m.group(1), m.group(0)), bound.group(3))
        lines.append(line)
    return "\n".join(lines) + "\n"


#: The form a query file may give a SPARQL endpoint (`--store URL`): its `#[endpoint]` lines replace
#: those ending in `#[!endpoint]`, as a bound parameter's lines do. The file as written is the
#: embedded store's form; the two engines can want opposite texts (docs/store.md, "Endpoint forms").
ENDPOINT_FORM = "endpoint"


def with_form(text: str, form: str) -> str:
    """The text with its `#[form]` lines un-commented and its `#[!form]` lines left out; a text
    with neither marker comes back unchanged."""
    if f"#[{form}]" not in text and f"#[!{form}]" not in text:
        return text
    lines = []
    for line in text.splitlines():
        unbound = _UNBOUND_LINE.search(line)
        if unbound and unbound.group(1) == form:
            continue
        bound = _BOUND_LINE.match(line)
        if bound and bound.group(2) == form:
            line = bound.group(1) + bound.group(3)
        lines.append(line)
    return "\n".join(lines) + "\n"


def sparql_term(param: QueryParam, value: str) -> str:
    """The value as a SPARQL term of the parameter's kind: `<iri>` or a quoted string literal."""
    if param.kind == "iri":
        iri = value.strip()
        if iri.startswith("<") and iri.endswith(">"):
            iri = iri[1:-1]
        if not _IRI.match(iri):
            raise BindError(Errors.E094.format(name=param.name, value=value,
                                               reason="not an absolute IRI (a scheme such as https:, no spaces)"))
        return f"<{iri}>"
    if not value.strip():
        raise BindError(Errors.E094.format(name=param.name, value=value, reason="the value is empty"))
    escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{escaped}"'
