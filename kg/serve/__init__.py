"""`kg serve`: a SPARQL 1.1 Protocol endpoint over a kg store, with an offline query page.

Safe by default: it binds to 127.0.0.1, opens the store read-only, refuses SPARQL Update,
LOAD and SERVICE, and stops queries at a time and a row limit. The server itself is
:mod:`kg.serve.server`; queries run in worker processes (:mod:`kg.serve.worker`) so a
runaway query can be killed without taking the endpoint down.

    from kg.serve import make_server
    server = make_server("kg-data", port=0)          # port 0: any free port
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(server.url)                                 # http://127.0.0.1:PORT/sparql
    ...
    server.close()                                    # stops the server and its workers
"""
from __future__ import annotations


def make_server(store_location, host="127.0.0.1", port=8000, **options):
    """Build (but do not start) the endpoint; see :func:`kg.serve.server.make_server`."""
    from .server import make_server as _make_server

    return _make_server(store_location, host=host, port=port, **options)


def serve(store_location, host="127.0.0.1", port=8000, **options):
    """Serve until interrupted; see :func:`kg.serve.server.serve`."""
    from .server import serve as _serve

    return _serve(store_location, host=host, port=port, **options)


__all__ = ["make_server", "serve"]
