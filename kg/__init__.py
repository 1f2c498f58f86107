"""kg: a claim-attribution knowledge graph of who asserted, denied, confirmed or could not verify what.

The library never prints; `kg.cli` is the thin command-line layer over it. Heavy packages
(spaCy, pyvis, pyshacl) are imported only inside the functions that need them.
"""
__version__ = "0.1.0"

from .errors import KGError  # noqa: E402
from .model import Article, Attribution, Certainty, Stance  # noqa: E402

__all__ = ["__version__", "KGError", "Article", "Attribution", "Certainty", "Stance"]


def __getattr__(name):
    """Lazy `kg.open` / `kg.api` (see kg/api.py): nothing heavy is imported by `import kg`."""
    if name in ("open", "api", "KnowledgeGraph"):
        import importlib

        api = importlib.import_module(".api", __name__)
        return api if name == "api" else getattr(api, name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
