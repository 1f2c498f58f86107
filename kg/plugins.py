"""The plugin registry: stores, speaker resolvers and exporters, each registered by name.

A plugin is named by a lazy dotted path, ``"package.module:attribute"``, imported only when it is
first used (as rdflib registers its parsers and stores), so registering costs nothing. kg's own
plugins are registered that way below; another package adds its own through entry points in the
groups ``kg.stores``, ``kg.resolvers`` and ``kg.exporters`` (in its ``pyproject.toml``:
``[project.entry-points."kg.exporters"] mine = "my_package.export:to_bytes"``), or at run time
with :func:`register`.

What each kind of plugin is:

- a **store**: a class called as ``cls(location, read_only=bool)`` that implements
  :class:`kg.store.Store`; ``open_store("NAME:location")`` opens it (kg.store).
- a **resolver**: a callable ``factory(registry)`` returning an object with the ``resolve``
  method of :class:`kg.extraction.speakers.SpeakerResolver`; ``kg ingest --resolver NAME``.
- an **exporter**: a callable ``export(store) -> bytes``; ``kg export --format NAME``.

A name registered with :func:`register` wins over an entry point of the same name, and an entry
point never replaces one of kg's own plugins.
"""
from __future__ import annotations

import importlib
from importlib.metadata import entry_points

from .errors import Errors, UnknownPlugin

#: plugin kind -> the entry point group third-party packages register under
GROUPS = {"store": "kg.stores", "resolver": "kg.resolvers", "exporter": "kg.exporters"}

BUILTIN: dict[str, dict[str, str]] = {
    "store": {
        "oxigraph": "kg.store:OxigraphStore",
        "sparql": "kg.sparql_store:SparqlStore",
    },
    "resolver": {
        "rules": "kg.extraction.speakers:RuleResolver",
    },
    "exporter": {
        "trig": "kg.exports:export_trig",
        "nquads": "kg.exports:export_nquads",
        "turtle": "kg.exports:export_turtle",
        "ntriples": "kg.exports:export_ntriples",
        "jsonld": "kg.exports:export_jsonld",
        "graphml": "kg.exports:export_graphml",
        "gexf": "kg.exports:export_gexf",
        "csv": "kg.exports:export_csv",
    },
}

_registered: dict[str, dict[str, object]] = {kind: {} for kind in GROUPS}
_entry_points: dict[str, dict[str, str]] = {}


def register(kind: str, name: str, target) -> None:
    """Register `target` (a ``"module:attribute"`` path, or the object itself) as plugin `name`."""
    _registered[_kind(kind)][name] = target


def unregister(kind: str, name: str) -> None:
    """Forget a plugin registered with :func:`register` (kg's own and entry points stay)."""
    _registered[_kind(kind)].pop(name, None)


def refresh() -> None:
    """Read the installed entry points again (after installing a plugin in a running process)."""
    _entry_points.clear()


def names(kind: str) -> list[str]:
    """Every plugin name of a kind: kg's own first, in their order, then the others sorted."""
    builtin = list(BUILTIN[_kind(kind)])
    others = sorted((set(_installed(kind)) | set(_registered[kind])) - set(builtin))
    return builtin + others


def load(kind: str, name: str):
    """The plugin registered as `name`, imported now; an unknown name raises E040 with the known ones."""
    target = _registered[_kind(kind)].get(name) or BUILTIN[kind].get(name) or _installed(kind).get(name)
    if target is None:
        raise UnknownPlugin(Errors.E040.format(kind=kind, name=name, available=", ".join(names(kind))))
    if not isinstance(target, str):
        return target
    module_path, _, attribute = target.partition(":")
    value = importlib.import_module(module_path)
    for part in attribute.split(".") if attribute else ():
        value = getattr(value, part)
    return value


def _kind(kind: str) -> str:
    if kind not in GROUPS:
        raise UnknownPlugin(Errors.E040.format(kind="plugin kind", name=kind, available=", ".join(GROUPS)))
    return kind


def _installed(kind: str) -> dict[str, str]:
    """The entry points of a kind's group, by name, read once per process (see :func:`refresh`)."""
    if kind not in _entry_points:
        _entry_points[kind] = {ep.name: ep.value for ep in entry_points(group=GROUPS[kind])}
    return _entry_points[kind]
