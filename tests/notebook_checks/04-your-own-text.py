# Checks run by tests/test_notebooks.py in the kernel of notebooks/04-your-own-text.ipynb, after
# its last cell, on its variables (base, g, rels, golds, gold_dir, reports, base_reports, runs).
import json
import subprocess
import sys

assert len(base.extraction.documents) == 2
places = dict(zip(base.entities["name"], base.entities["code"]))
assert places["丛台区"] == "130403" and places["魏县"] == "130434"
m = base.metrics
assert ((m["value"] == 12_000) & (m["unit"] == "元")).any()
assert ((m["value"] == 30_000) & (m["unit"] == "人次") & m["approx"]).any()

# the user dictionary's entries are found, with their types and parent place
ents = g.entities.set_index("name")
assert ents.loc["梨乡人家", "type"] == "Organization"
assert ents.loc["梨花节", "type"] == "Programme"
assert ((rels["subject_name"] == "梨乡人家") & (rels["predicate"] == "locatedIn")
        & (rels["object_name"] == "魏县")).any()

# exactly what `kg eval --json` prints, for each gold
for name in golds:
    out = subprocess.run([sys.executable, "-m", "kg", "eval", "--gold", str(gold_dir / f"{name}.json"),
                          "--out", "work/my-output", "--json"], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout) == reports[name], name
assert cli.stdout.startswith("gold: weixian.txt\nscored: lines 1–3 of weixian.txt")

for name, data in golds.items():
    for r in (reports[name], base_reports[name]):
        required = [e for e in data["entities"] if not e.get("optional")]
        assert r["entities"]["tp"] + r["entities"]["fn"] == len(required)
        assert r["metrics"]["tp"] + r["metrics"]["fn"] == len(data["metrics"])
        for cat in ("entities", "relations", "metrics"):
            assert 0 <= r[cat]["f1"] <= 1
# the dictionary's entries are found, and it never costs recall
missed = reports["weixian"]["entities"]["false_negatives"]
assert not any(n in x for x in missed for n in ("梨乡人家", "梨花节")), missed
for name in golds:
    assert reports[name]["entities"]["recall"] >= base_reports[name]["entities"]["recall"]
assert reports["weixian"]["entities"]["recall"] > base_reports["weixian"]["entities"]["recall"]

assert (gold_dir.parent / "my-output" / "graph.html").is_file()
assert set(zip(runs["agencyName"], runs["programme"])) == set(
    zip(rels.loc[rels["predicate"] == "runs", "subject_name"],
        rels.loc[rels["predicate"] == "runs", "object_name"]))
