"""Interactive, offline HTML explorations of the claim graph (who asserted, denied, confirmed or
could not verify which claim), drawn with vis-network through pyvis.

- :func:`select_view` picks what one page shows (a source's network, the contradictions, or the
  most-quoted sources) and says what was left out.
- :func:`build_network` styles it as a pyvis ``Network``; :func:`render_html` and
  :func:`write_exploration` produce one self-contained page.
- :func:`write_site` writes an overview with corpus statistics and a page per top source.

pyvis is optional (``pip install -e '.[viz]'``); it is imported only when a page is built.
"""
from kg.explore.page import build_network, render_html, write_exploration
from kg.explore.site import corpus_statistics, write_site
from kg.explore.view import View, find_agent, select_view

__all__ = ["View", "build_network", "corpus_statistics", "find_agent", "render_html",
           "select_view", "write_exploration", "write_site"]
