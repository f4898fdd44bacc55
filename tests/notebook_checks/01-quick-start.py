# Checks run by tests/test_notebooks.py in the kernel of notebooks/01-quick-start.ipynb, after
# its last cell: they read the notebook's variables (g, ents, rels, m, handan, counties, city,
# per_unit, again, files).  The notebook itself shows; this file asserts.
import pandas as pd

assert {"extraction.json", "graph.ttl", "graph.trig", "graph.graphml", "graph.html"} <= set(files["file"])
assert g.errors == [], g.errors

assert handan["type"] == "Place" and handan["code"] == "130400"
assert isinstance(ents["type"].dtype, pd.CategoricalDtype)
assert (ents.loc[ents["type"] == "Place", "code"].dropna().str.fullmatch(r"\d{6}(\d{3})?|iso-[A-Z]{2}(-[0-9a-f]{8})?|region-[0-9a-f]{8}")).all()  # division, ISO 3166 or region code
assert by_type.sum() == len(ents)

assert "魏县" in set(counties) and "馆陶县" in set(counties)

assert len(city) > 0, "邯郸市 has city-wide figures on this page"
assert m["value"].dtype == "float64" and m["approx"].dtype == bool
big = m[(m["unit"] == "元") & (m["value"] == 17_360_000_000)]
assert len(big) == 1 and big.iloc[0]["surface"].endswith("173.6亿元")
assert per_unit["figures"].sum() == len(m) and per_unit["approximate"].sum() == m["approx"].sum()

# every figure's evidence is the source text at its span
assert all(g.extraction.texts[r.doc][r.start:r.end] == r.sentence for r in m.itertuples())

pd.testing.assert_frame_equal(again.entities, g.entities)
pd.testing.assert_frame_equal(again.relations, g.relations)

page = g.explorer_html()
assert "邯郸市" in page and "<script" in page
assert g._repr_html_().startswith('<div class="govkg-explorer"><iframe srcdoc=')
