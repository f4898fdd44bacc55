"""govkg: a knowledge-graph builder for Chinese government news.

    kg build                 # the sample corpus → output/
    kg build corpus/ --out out/

From Python (see kg.api):

    import kg
    g = kg.build()           # or kg.load("output/")
    g.metrics                # pandas DataFrames: .entities, .relations, .metrics

`import kg` stays light: the API (and pandas) load on first use.  `kg.build` is also the name
of the build module (`from kg.build import build`), so that module is made callable: calling
`kg.build(...)` runs `kg.api.build`, whichever of the two the attribute currently holds.
"""
import sys as _sys
import types as _types

__version__ = "0.1.0"

_API = ("load", "KnowledgeGraph", "read_extraction", "extraction_from_json")


class _CallableBuildModule(_types.ModuleType):
    """The kg.build module, callable as `kg.build(paths=None, out=None, ...)` (see kg.api.build)."""

    def __call__(self, *args, **kwargs):
        from .api import build
        return build(*args, **kwargs)


class _Package(_types.ModuleType):
    @property
    def build(self):
        from importlib import import_module
        mod = import_module(".build", __name__)
        if not isinstance(mod, _CallableBuildModule):
            mod.__class__ = _CallableBuildModule
        return mod

    @build.setter
    def build(self, _module):
        # the import system binds the kg.build submodule here; the getter returns it anyway
        pass


_sys.modules[__name__].__class__ = _Package


def __getattr__(name):
    if name in _API:
        from . import api
        return getattr(api, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return sorted(set(globals()) | set(_API) | {"build"})
