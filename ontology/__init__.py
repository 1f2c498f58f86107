"""The kg ontology as a package resource: installed as ``kg.ontology`` (see setup.py).

The Turtle files and ``queries/*.rq`` are the content; this file only makes the folder
importable, so ``importlib.resources.files("kg.ontology")`` finds it in a wheel install and in
an editable one alike. Nothing else belongs here.
"""
