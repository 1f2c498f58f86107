"""Exports for the tools researchers use: GraphML and GEXF (Gephi, Cytoscape) of the networkx
view, the claims table as CSV, and JSON-LD with a context (the RDF formats are in queries.py).

The network formats write exactly the view `kg explore` draws (kg/analysis/network.py): agents,
claims and articles as nodes; stance, reporting, publishing, affiliation, response, contradiction
and corroboration edges, each with its attributes. GraphML and GEXF hold only scalar values,
so a list becomes one "; "-joined string and a missing value is left out.
"""
from __future__ import annotations

import csv
import io

import networkx as nx

CLAIM_FIELDS = ["statement", "doc", "source", "stance", "certainty", "cue", "channel", "content", "start", "end",
                "sentence"]


def _scalar(value):
    if isinstance(value, (list, tuple, set)):
        return "; ".join(str(v) for v in value)
    if isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def portable_network(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of the view whose attributes GraphML and GEXF can hold (scalars, no None)."""
    out = nx.MultiDiGraph()
    for node, data in g.nodes(data=True):
        attrs = {k: _scalar(v) for k, v in data.items() if v is not None}
        # Gephi shows `label`; every node has one already, this only guards odd rows
        attrs.setdefault("label", str(node))
        out.add_node(node, **attrs)
    for u, v, key, data in g.edges(keys=True, data=True):
        out.add_edge(u, v, key=key, **{k: _scalar(x) for k, x in data.items() if x is not None})
    return out


def network_bytes(g: nx.MultiDiGraph, fmt: str) -> bytes:
    """The view serialized as GraphML or GEXF 1.2."""
    portable = portable_network(g)
    buffer = io.BytesIO()
    if fmt == "graphml":
        nx.write_graphml(portable, buffer, named_key_ids=True)
    elif fmt == "gexf":
        nx.write_gexf(portable, buffer)
    else:
        raise ValueError(fmt)
    return buffer.getvalue()


def claims_csv(rows: list[dict]) -> bytes:
    """The claims table (every field of `kg claims`) as CSV."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CLAIM_FIELDS, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows({k: ("" if r.get(k) is None else r[k]) for k in CLAIM_FIELDS} for r in rows)
    return out.getvalue().encode("utf-8")


def jsonld_context() -> dict:
    """The JSON-LD @context: kg's prefixes (one home: kg.vocab.PREFIXES)."""
    from .vocab import PREFIXES

    return {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}


def jsonld_bytes(dataset) -> bytes:
    """The store's graphs as JSON-LD, compacted with kg's @context (one named graph per article kept)."""
    from .vocab import bind_prefixes

    bind_prefixes(dataset)
    text = dataset.serialize(format="json-ld", context=jsonld_context(), auto_compact=True)
    return text.encode("utf-8") if isinstance(text, str) else text


def export_bytes(store, fmt: str) -> bytes:
    """The store in the format of the exporter registered as `fmt` (kg.plugins: kg's own below,
    and the ``kg.exporters`` entry points); an unknown name raises E040."""
    from .plugins import load

    return load("exporter", fmt)(store)


# -- kg's own exporters, registered by name in kg/plugins.py: each is export(store) -> bytes ----

def _rdf(store, fmt: str) -> bytes:
    from .queries import export_store

    return export_store(store, fmt)


def export_trig(store) -> bytes:
    """Every triple, one named graph per article, kg's prefixes bound."""
    return _rdf(store, "trig")


def export_nquads(store) -> bytes:
    """Every triple with its named graph, one a line."""
    return _rdf(store, "nquads")


def export_turtle(store) -> bytes:
    """Every triple, the graphs merged, as Turtle."""
    return _rdf(store, "turtle")


def export_ntriples(store) -> bytes:
    """Every triple, the graphs merged, one a line."""
    return _rdf(store, "ntriples")


def export_jsonld(store) -> bytes:
    """JSON-LD with an @context of kg's prefixes."""
    return jsonld_bytes(store.dataset())


def _network(store, fmt: str) -> bytes:
    from .analysis import build_network

    return network_bytes(build_network(store), fmt)


def export_graphml(store) -> bytes:
    """The networkx view `kg explore` draws, as GraphML."""
    return _network(store, "graphml")


def export_gexf(store) -> bytes:
    """The networkx view `kg explore` draws, as GEXF 1.2."""
    return _network(store, "gexf")


def export_csv(store) -> bytes:
    """The claims table with every field."""
    from .queries import list_claims

    return claims_csv(list_claims(store))
