"""The query page at `/`: YASGUI from static/, the competency queries as examples, the limits."""
from __future__ import annotations

import html
import json
from pathlib import Path

TEMPLATE = Path(__file__).resolve().parent / "page.html"


def examples() -> list[dict]:
    """Every competency query in ontology/queries with its title, description and parameters.

    The text is the whole-store form; a query with a parameter says so in its description (the
    bound form is what `kg query NAME --bind NAME=VALUE --print-sparql` prints).
    """
    from ..queries import query_catalogue

    items = []
    for q in query_catalogue():
        description = q.description
        for p in q.params:
            description += (f" Parameter {p.name} ({p.kind}): {p.description} Here, the whole store; "
                            f"`kg query {q.name} --bind {p.name}=VALUE --print-sparql` gives the bound form.")
        items.append({"name": q.name, "title": q.title, "description": description, "text": q.text,
                      "params": [{"name": p.name, "kind": p.kind, "description": p.description} for p in q.params]})
    return items


def render_page(server) -> bytes:
    """The page's HTML for this server's settings."""
    items = examples()
    first = items[0]["text"] if items else "SELECT * WHERE { ?s ?p ?o } LIMIT 10\n"
    limits = [
        "read-only" if not server.allow_update else "updates allowed",
        f"{server.timeout:g} s per query",
        f"{server.max_rows:,} rows at most",
    ]
    options = "\n".join(f'    <option value="{html.escape(e["name"])}">{html.escape(e["title"])}</option>'
                        for e in items)
    config = json.dumps({"examples": items, "firstQuery": first, "timeout": server.timeout,
                         "maxRows": server.max_rows, "allowUpdate": server.allow_update,
                         "updateToken": server.update_token}, ensure_ascii=False)
    config = config.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    page = TEMPLATE.read_text(encoding="utf-8")
    page = (page.replace("__LIMITS__", html.escape(" · ".join(limits)))
                .replace("__OPTIONS__", options)
                .replace("__FIRST_QUERY__", html.escape(first))
                .replace("__CONFIG__", config))
    return page.encode("utf-8")
