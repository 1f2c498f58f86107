"""Where kg's own files are, importable without rdflib (so `kg query` opens fast)."""
from pathlib import Path

ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontology"
