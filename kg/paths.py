"""Where kg's own files are, importable without rdflib (so `kg query` opens fast)."""
from pathlib import Path


def _ontology_dir() -> Path:
    """Where the ontology files are: the ``kg.ontology`` package resource.

    setup.py installs the project's top-level ``ontology/`` folder as ``kg.ontology``, so a wheel
    carries it and an editable install maps it; only a bare checkout that was never installed
    falls back to the folder beside the package.
    """
    from importlib.resources import files

    try:
        return Path(str(files("kg.ontology")))
    except ModuleNotFoundError:
        return Path(__file__).resolve().parent.parent / "ontology"


#: The ontology folder: kg.ttl, mappings.ttl, shapes.ttl and queries/*.rq (one home for the path).
ONTOLOGY_DIR = _ontology_dir()
