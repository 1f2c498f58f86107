"""Analysis over the store: claim identity, contradictions, corroborations, attribution chains and
the networkx view the HTML explorer draws.

- :func:`build_network` / :func:`build_network_from_results`: the claim network (network.py);
- :func:`group_claims`: propositions that state the same claim (claims.py);
- :func:`find_contradictions`: conflicting statements with kind, score and both sides;
- :func:`find_corroborations`: claims backed by independent parties;
- :func:`find_chains`: publisher -> source -> claim, nested stances, affiliation paths, citing;
- :func:`analyze_store` / :func:`write_analysis`: results written back as RDF (results.py).

Everything reads the store through SPARQL (statements.py) and compares claims only inside
candidate blocks (index.py), so the cost grows near-linearly with the number of claims.
"""
from .chains import Chain, find_chains
from .claims import ClaimGroup, group_claims
from .contradictions import Contradiction, find_contradictions
from .corroborations import Corroboration, find_corroborations
from .network import build_network, build_network_from_results
from .results import AnalysisResult, analyze, analyze_store, write_analysis
from .statements import Statement, load_corpus

__all__ = ["AnalysisResult", "Chain", "ClaimGroup", "Contradiction", "Corroboration", "Statement",
           "analyze", "analyze_store", "build_network", "build_network_from_results", "find_chains",
           "find_contradictions", "find_corroborations", "group_claims", "load_corpus", "write_analysis"]
