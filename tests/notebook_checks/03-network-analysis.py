# Checks run by tests/test_notebooks.py in the kernel of notebooks/03-network-analysis.ipynb,
# after its last cell, on its variables (g, G, U, central, communities, Q, table, spans,
# by_county, fig, ax, cjk).
import warnings
from pathlib import Path

import networkx as nx

assert G.number_of_nodes() == len(g.entities)
assert G.number_of_edges() == len(g.relations)
# what Gephi sees is the same graph
H = nx.read_graphml("work/output/graph.graphml")
assert set(H.nodes) == set(G.nodes) and H.number_of_edges() == G.number_of_edges()

# centrality
handan = g.find("邯郸市")[0]
top3 = central.sort_values(["degree", "name"], ascending=[False, True]).head(3)
assert handan in top3.index, "the city is a hub of a page of city news"
assert central["degree_centrality"].between(0, 1).all()
# an entity with a single neighbour lies on no shortest path between two others
assert (central.loc[central["degree"] <= 1, "betweenness"] == 0).all()

# communities: a partition of the graph, every node in exactly one community
assert sum(len(c) for c in communities) == len(U) and set().union(*communities) == set(U)
assert U.number_of_edges() == 0 or Q > 0

# programmes across counties: the same pairs as the SPARQL query programmes-per-county counts
per_county = g.sparql("programmes-per-county")
assert per_county["programmes"].sum() == table["counties"].sum()
assert set(per_county["county"]) == {name[c] for cs in spans.values() for c in cs}

# the chart: one bar per county, every Chinese label drawn when a CJK font is installed
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    fig.canvas.draw()
    fig.savefig("work/metrics-by-county.png", dpi=100, bbox_inches="tight")
missing = [str(w.message) for w in caught if "missing from" in str(w.message)]
if cjk:
    assert not missing, missing[:3]
assert [t.get_text() for t in ax.get_yticklabels()] == list(by_county.index)
assert len(by_county) > 0 and "馆陶县" in by_county.index
assert Path("work/metrics-by-county.png").stat().st_size > 5_000
# the county figures are a part of what the city-wide query returns
city = g.sparql("metrics-of-place", place="邯郸市")
assert by_county["total"].max() <= city["surface"].nunique()
