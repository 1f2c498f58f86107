"""The query page at `/`: YASGUI from static/, the competency queries as examples, the limits."""
from __future__ import annotations

import html
import json
from pathlib import Path

TEMPLATE = Path(__file__).resolve().parent / "page.html"


def examples() -> list[dict]:
    """Every competency query in ontology/queries with its title and description."""
    from ..queries import query_catalogue

    return [{"name": q.name, "title": q.title, "description": q.description, "text": q.text}
            for q in query_catalogue()]


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
