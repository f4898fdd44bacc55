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


# investment-by-county: one row per county, indicator and period, overlapping figures counted once
money = m[(m["unit"] == "元") & m["indicator"].str.contains("投资")]
assert not invest.duplicated(["county", "indicatorName", "period"]).any()
for r in invest.itertuples():
    inside = set(g.within(r.code))
    same = money[(money["indicator"] == r.indicatorName) & (money["period"].fillna("") == r.period)
                 & (money["place"].isin(inside) | money["subject"].isin(inside))]
    # the total holds the largest figure (the whole) and never more than its figures add up to
    assert same["value"].max() - 0.5 <= float(r.total_yuan) <= same["value"].sum() + 0.5
    assert r.figures <= len(same)
# 馆陶县: 173.6亿 (the year's key projects) counted once, the 53.65亿 started on one day not added
gt = invest[(invest["county"] == "馆陶县") & (invest["indicatorName"] == "总投资")]
assert gt["total_yuan"].astype(float).max() == 17_360_000_000
assert set(total["indicatorName"]) <= {"总投资"} | set(invest["indicatorName"])
assert total["total_yuan"].astype(float).sum() <= invest["total_yuan"].astype(float).sum()

# approx-vs-exact
assert approx["figures"].sum() == len(m)
assert approx["approximate"].sum() == m["approx"].sum()
by_unit = m.groupby("unit")["approx"].agg(["sum", "count"])
assert dict(zip(approx["unit"], approx["figures"])) == by_unit["count"].to_dict()

# your own SPARQL
assert "魏县" in set(places["place"])
assert set(places["place"]) <= set(ents.loc[ents["id"].isin(g.within("邯郸市")), "name"])

# timeseries: the illustrative county series, one level figure per year
assert len(levels) == 3
assert len(ax.lines[0].get_xdata()) == 3
