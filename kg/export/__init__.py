"""Exporters, by name (like rdflib's plugin registry).

Each exporter is a plain function `write(extraction, path, **options)` that writes one file at
`path`.  The build hands every exporter a temporary path and renames it into place only when all
exporters succeeded, so a failed build never leaves a half-written output.
"""
from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module
from typing import Callable


@dataclass(frozen=True)
class Exporter:
    name: str
    filename: str
    module: str
    function: str = "write"

    def load(self) -> Callable:
        return getattr(import_module(self.module, __name__), self.function)


_EXPORTERS: dict[str, Exporter] = {}


def register(name: str, filename: str, module: str, function: str = "write") -> None:
    _EXPORTERS[name] = Exporter(name, filename, module, function)


def exporters() -> dict[str, Exporter]:
    return dict(_EXPORTERS)


# The built-in formats.  Modules are imported lazily: `kg build --formats json` needs no rdflib.
register("json", "extraction.json", ".extraction_json")
register("turtle", "graph.ttl", ".rdf", "write_turtle")
register("trig", "graph.trig", ".rdf", "write_trig")
register("nquads", "graph.nq", ".rdf", "write_nquads")  # bulk hand-over (not in the default set)
register("graphml", "graph.graphml", ".graphml")
register("html", "graph.html", ".html")
register("store", "store", "..store", "write_store")  # OUT/store/ for kg query (not default)
