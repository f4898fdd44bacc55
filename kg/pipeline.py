"""The extraction pipeline: small components, each taking a Doc and returning it.

Modelled on spaCy's `Language`: components are registered by name with what they read and
write, and `Pipeline` runs them in order.  Extraction of one document is a pure function
(Doc in, Doc out), which is what lets the build run it in worker processes or on Dask.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from .model import Doc

Component = Callable[[Doc], Doc]


@dataclass(frozen=True)
class ComponentInfo:
    name: str
    factory: Callable[..., Component]
    reads: tuple[str, ...]
    writes: tuple[str, ...]
    doc: str


_REGISTRY: dict[str, ComponentInfo] = {}

DEFAULT_PIPELINE = ("layout", "sentences", "gazetteer", "numbers", "entities", "resolve",
                    "posts", "relations", "metrics")


def component(name: str, *, reads: tuple[str, ...] = (), writes: tuple[str, ...] = ()):
    """Register a component factory: `factory(**config) -> callable(Doc) -> Doc`."""
    def wrap(factory):
        _REGISTRY[name] = ComponentInfo(name, factory, tuple(reads), tuple(writes),
                                        (factory.__doc__ or "").strip().split("\n")[0])
        return factory
    return wrap


def registered() -> dict[str, ComponentInfo]:
    _load_builtin()
    return dict(_REGISTRY)


def _load_builtin(names=DEFAULT_PIPELINE) -> None:
    """Importing a stage module registers its components."""
    from importlib import import_module
    for name in names:
        if name not in _REGISTRY:
            import_module(f".stages.{name}", __package__)


class Pipeline:
    """An ordered list of named components."""

    def __init__(self, names=DEFAULT_PIPELINE, config: dict | None = None):
        config = config or {}
        self.names = tuple(names)
        _load_builtin(self.names)
        missing = [n for n in self.names if n not in _REGISTRY]
        if missing:
            raise ValueError(f"unknown pipeline component(s): {', '.join(missing)}; "
                             f"known: {', '.join(sorted(_REGISTRY))}")
        self.components = [(n, _REGISTRY[n].factory(**config.get(n, {}))) for n in self.names]

    def __call__(self, doc: Doc) -> Doc:
        for _name, comp in self.components:
            doc = comp(doc)
        return doc

    def describe(self) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
        return [(n, _REGISTRY[n].reads, _REGISTRY[n].writes) for n in self.names]
