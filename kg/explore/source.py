"""Where an exploration's graph comes from: the store, or articles read in memory."""
from __future__ import annotations


def exploration_network(paths=None, store=None, **read_options):
    """(network, failures): from articles at `paths` (nothing stored) or else from `store`."""
    from ..analysis import build_network, build_network_from_results

    if paths:
        from ..ingest import extract_paths

        results, failed = extract_paths(list(paths), **read_options)
        return build_network_from_results(results), failed
    return build_network(store), []
