"""govkg: a knowledge-graph builder for Chinese government news.

    kg build                 # the sample corpus → output/
    kg build corpus/ --out out/

From Python (see kg.api):

    import kg
    g = kg.build()           # or kg.load("output/")
    g.metrics                # pandas DataFrames: .entities, .relations, .metrics

`import kg` stays light: the API (and pandas) load on first use.  The build machinery itself
lives in `kg.builder`.
"""
__version__ = "0.1.0"

_API = ("build", "load", "KnowledgeGraph", "read_extraction", "extraction_from_json")


def __getattr__(name):
    if name in _API:
        from . import api
        return getattr(api, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return sorted(set(globals()) | set(_API))
