"""Exports and fixed costs of a one-process build (issue 17, ninth session): each faster path
gives the answers of the slow one it replaced.

The explorer lays out a dict of neighbour sets instead of a networkx graph (no networkx import
in the HTML or GraphML writers); the layout of both is compared here on the graph of real text
(the shipped sample page and the real texts of `shared/corpus/extra` when present) and on a
graph beyond FR_MAX nodes, with a self-loop.
"""
from __future__ import annotations

import subprocess
import sys

import networkx as nx
import pytest

from conftest import sample_and_extra_docs
from kg import builder
from kg.export import html as H
from kg.model import Doc



def _docs() -> list[Doc]:
    """The sample page and the real extra texts (when shared/ is here)."""
    return sample_and_extra_docs()


@pytest.fixture(scope="module")
def extraction():
    return builder.merge(builder.extract_document(d) for d in _docs())


def _both(edges, nodes):
    """The same undirected graph as networkx's Graph and as the explorer's dict of sets."""
    g = nx.Graph()
    g.add_nodes_from(nodes)
    adj: dict[str, set] = {v: set() for v in nodes}
    for a, b in edges:
        g.add_edge(a, b)
        adj[a].add(b)
        adj[b].add(a)
    return g, adj


def test_layout_of_real_graph_same_with_dict_of_sets(extraction):
    ex = extraction
    edges = [(r.subject, r.object) for r in ex.relations.values()
             if r.subject in ex.entities and r.object in ex.entities and r.subject != r.object]
    g, adj = _both(edges, sorted(ex.entities))
    assert len(edges) > 50 and g.number_of_nodes() > 60  # 80 on the sample page alone
    deg = dict(g.degree())
    core = sorted(sorted(v for v in g if deg[v]), key=lambda v: (-deg[v], v))[:60]
    assert H.layout(adj, core) == H.layout(g, core)
    assert H.layout(adj, sorted(g)) == H.layout(g, sorted(g))


def test_big_component_and_self_loop_same_with_dict_of_sets():
    ba = nx.barabasi_albert_graph(H.FR_MAX + 300, 1, seed=5)  # one component beyond FR_MAX
    edges = [(f"n{a:05d}", f"n{b:05d}") for a, b in ba.edges()] + [("n00007", "n00007")]
    nodes = [f"n{i:05d}" for i in range(H.FR_MAX + 300)] + ["lone"]
    g, adj = _both(edges, nodes)
    assert H._degree(adj, "n00007") == g.degree("n00007")
    index = {v: i for i, v in enumerate(sorted(nodes)[:400])}
    assert H._subgraph_edges(adj, index) == sorted(
        (min(index[a], index[b]), max(index[a], index[b]))
        for a, b in g.subgraph(index).edges())
    core = sorted(nodes)[: H.FR_MAX + 100]
    assert H.layout(adj, core) == H.layout(g, core)


def test_explorer_and_graphml_writers_import_no_networkx(tmp_path):
    code = ("import sys; from kg import builder; from kg.export import graphml, html; "
            "ex = builder.merge(builder.extract_document(d) for d in "
            "builder.read_corpus(builder.sample_corpus()) if hasattr(d, 'text')); "
            "mods = set(sys.modules); "
            "graphml.write(ex, sys.argv[1] + '/g.graphml'); "
            "html.write(ex, sys.argv[1] + '/g.html'); "
            "print('networkx' in sys.modules, 'networkx' in mods)")
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True,
                         text=True, check=True).stdout.split()
    assert out == ["False", "False"]
    assert (tmp_path / "g.graphml").stat().st_size > 10_000


# ------------------------------------------------------------ the start-up's dictionary tables

_TABLES = (
    "import glob, hashlib, os, sys\n"
    "from kg import text\n"
    "text.segmenter()\n"
    "import jieba, jieba.posseg as pseg\n"
    "freq, tags = jieba.dt.FREQ, pseg.dt.word_tag_tab\n"
    "h = hashlib.sha256(repr((list(freq.items()), jieba.dt.total, list(tags.items()))).encode())\n"
    "ids = set(map(id, freq))\n"
    "shared = all(id(w) in ids for w in tags) and len({id(t) for t in tags.values()}) < 100\n"
    "files = glob.glob(os.path.join(text.cache_dir(), 'jieba-tables-*'))\n"
    "print(h.hexdigest(), len(tags), shared, len(files))\n"
)


def test_dictionary_tables_cached_with_shared_strings_equal_jiebas_own(tmp_path):
    """jieba's own loading (an empty cache folder: it parses the dictionary, then writes the
    cache file) and the cache file's tables are the same tables, in the same order; the file's
    tag table refers to the frequency table's words and to one string per tag."""
    env = dict(__import__("os").environ, XDG_CACHE_HOME=str(tmp_path))
    (tmp_path / "govkg").mkdir(mode=0o700)

    def run():
        return subprocess.run([sys.executable, "-c", _TABLES], capture_output=True, text=True,
                              check=True, env=env).stdout.split()
    slow, cached = run(), run()
    assert slow[3] == "1" and cached[3] == "1"  # the first run wrote the file, the second read it
    assert slow[:2] == cached[:2] and int(slow[1]) > 300_000
    assert slow[2] == "False" and cached[2] == "True"
