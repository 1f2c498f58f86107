"""Packaging. The metadata, dependencies and package data live in setup.cfg; this file only adds
what setup.cfg cannot say: the top-level ``ontology/`` folder (the vocabulary, the SHACL shapes
and the competency queries, kept at the top of the project where readers look for it) is
installed inside the package as ``kg.ontology``, so an installed kg finds its own ontology with
``importlib.resources`` wherever it runs. tests/test_packaging.py builds the wheel and checks it.
"""
from setuptools import find_namespace_packages, setup

setup(
    # namespace discovery, as setup.cfg says: data-only folders (kg/serve/static) are packages too
    packages=find_namespace_packages(include=["kg", "kg.*"], exclude=["*.__pycache__"]) + ["kg.ontology", "kg.ontology.queries"],
    package_dir={"kg.ontology": "ontology"},
)
