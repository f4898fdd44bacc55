# Checks run by tests/test_notebooks.py in the kernel of notebooks/02-sparql.ipynb, after its
# last cell: each SPARQL answer of the notebook equals the same question asked of the pandas
# tables (g, ents, rels, m, handan, wei, runs, per_county, invest, total, approx, places).

# metrics-of-place: figures whose place or subject lies inside 邯郸市
inside = set(g.within("邯郸市"))
expected = m[m["place"].isin(inside) | m["subject"].isin(inside)]
assert len(expected) > 0
assert set(handan["surface"]) == set(expected["surface"])
assert set(handan["placeName"]) <= set(ents.loc[ents["id"].isin(inside), "name"])
assert set(g.sparql("metrics-of-place", place="130400")["surface"]) == set(handan["surface"])
assert 0 < len(set(wei["surface"])) < len(set(handan["surface"]))
assert set(wei["surface"]) <= set(handan["surface"])

# agency-programmes
pairs = set(zip(runs["agencyName"], runs["programme"]))
table = rels[rels["predicate"] == "runs"]
assert pairs == set(zip(table["subject_name"], table["object_name"]))
if len(runs):
    one = runs["agencyName"].iloc[0]
    only = g.sparql("agency-programmes", agency=one)
    assert set(only["agencyName"]) == {one} and len(only) == (runs["agencyName"] == one).sum()

# programmes-per-county
COUNTY = r"\d{4}(?!00)\d{2}"  # a 6-digit code below city level
counties = ents[(ents["type"] == "Place") & ents["code"].fillna("").str.fullmatch(COUNTY)]
impl = rels[rels["predicate"] == "implementedIn"]
expected = {}
for c in counties.itertuples():
    progs = set(impl.loc[impl["object"].isin(g.within(c.id)), "subject"])
    if progs:
        expected[c.name] = len(progs)
assert dict(zip(per_county["county"], per_county["programmes"])) == expected


# investment-by-county
def yuan_per_county(frame):
    """Total 元 per county of a query result (summing its indicator rows)."""
    return frame.assign(t=frame["total_yuan"].astype(float)).groupby("county")["t"].sum().to_dict()


def pandas_per_county(selection):
    out = {}
    for c in counties.itertuples():
        inside = set(g.within(c.id))
        sel = selection[selection["place"].isin(inside) | selection["subject"].isin(inside)]
        if len(sel):
            out[c.name] = sel["value"].sum()
    return out


money = m[(m["unit"] == "元") & m["indicator"].str.contains("投资")]
got, expected = yuan_per_county(invest), pandas_per_county(money)
assert got.keys() == expected.keys()
assert all(abs(got[k] - expected[k]) < 0.5 for k in got)
assert got.get("馆陶县", 0) >= 17_360_000_000  # 总投资173.6亿元 is one of 馆陶县's figures
sel = money[money["indicator"].str.contains("总投资")]
got, expected = yuan_per_county(total), pandas_per_county(sel)
assert got.keys() == expected.keys() and all(abs(got[k] - expected[k]) < 0.5 for k in got)
assert sum(got.values()) <= sum(yuan_per_county(invest).values())

# approx-vs-exact
assert approx["figures"].sum() == len(m)
assert approx["approximate"].sum() == m["approx"].sum()
by_unit = m.groupby("unit")["approx"].agg(["sum", "count"])
assert dict(zip(approx["unit"], approx["figures"])) == by_unit["count"].to_dict()

# your own SPARQL
assert "魏县" in set(places["place"])
assert set(places["place"]) <= set(ents.loc[ents["id"].isin(g.within("邯郸市")), "name"])
