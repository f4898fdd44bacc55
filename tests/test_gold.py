"""Scores against independent gold for text the team was not scored on (tests/gold/*.json).

The gold files were written by hand, following the conventions of /work/shared/gold/dev.json,
before looking at what the extractor outputs:

- seed-a2-a6.json: articles A2-A6 of the seed page (A6 continues at lines 87-91);
- xiongan-flood-2018.json: extra/hebei-xiongan-flood-2018.txt (one article, lines 1-5);
- groundwater-2023.json: extra/hebei-groundwater-2023.txt (one article, lines 1-5; no figures);
- portal-titles-2020.json: extra/handan-gov-portal-titles-2020.txt (52 dated document titles of the
  Handan government portal, some cut off with "..."; the whole file is one article, lines 1-52).

Project targets (what the hidden evaluation should see on every gold file):
    entities F1 >= 0.95, relations F1 >= 0.90, metrics F1 >= 0.98,
    metric subject accuracy >= 0.90, metric approx accuracy == 1.0.
Not every file meets them yet.  The floors below sit just under the figures measured when the
gold was written (2026-11-25), so that a regression fails; raise them as the extractor improves,
and never lower one without saying why in the commit.
"""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold"
SEED = ROOT / "kg" / "resources" / "corpus" / "hebei-daily-handan-page.txt"
EXTRA = ROOT / "tests" / "data" / "extra"

TARGETS = {"entities": 0.95, "relations": 0.90, "metrics": 0.98, "subject": 0.90, "approx": 1.0}

# gold file, source text, floors: F1 per category, subject and approx accuracy (None: no metrics)
CASES = [
    # measured: entities 1.000, relations 1.000, metrics 1.000, subject 1.000, approx 1.0
    ("seed-a2-a6.json", SEED,
     {"entities": 0.97, "relations": 0.97, "metrics": 0.97, "subject": 0.97, "approx": 1.0}),
    # measured: entities 1.000, relations 1.000, metrics 1.000, subject 1.000, approx 1.0
    ("xiongan-flood-2018.json", EXTRA / "hebei-xiongan-flood-2018.txt",
     {"entities": 0.97, "relations": 0.97, "metrics": 0.97, "subject": 0.97, "approx": 1.0}),
    # measured: entities 1.000, relations 1.000, no metrics in the text
    ("groundwater-2023.json", EXTRA / "hebei-groundwater-2023.txt",
     {"entities": 0.97, "relations": 0.97, "metrics": None, "subject": None, "approx": None}),
    # measured: entities 1.000, relations 0.990 (邯郸市 partOf 河北省: the province is never named,
    # so its entity has no mention the scorer can match), metrics 1.000, subject 1.000, approx 1.0
    ("portal-titles-2020.json", EXTRA / "handan-gov-portal-titles-2020.txt",
     {"entities": 0.97, "relations": 0.97, "metrics": 0.97, "subject": 0.97, "approx": 1.0}),
]


@pytest.fixture(scope="module")
def reports():
    from kg.evaluate import evaluate_paths
    cache = {}

    def get(gold_name, source):
        if gold_name not in cache:
            if not source.is_file():
                pytest.skip(f"source text not present: {source}")
            cache[gold_name] = evaluate_paths(GOLD / gold_name, source=str(source))
        return cache[gold_name]
    return get


@pytest.mark.parametrize("gold_name,source,floors", CASES, ids=[c[0] for c in CASES])
def test_gold_floors(reports, gold_name, source, floors):
    rep = reports(gold_name, source)
    got = {cat: rep[cat]["f1"] for cat in ("entities", "relations", "metrics")}
    got["subject"] = rep["metrics"]["subject_accuracy"]
    got["approx"] = rep["metrics"]["approx_accuracy"]
    below = []
    for key, floor in floors.items():
        if floor is None:
            continue
        if got[key] is None or got[key] < floor:
            below.append(f"{key} {got[key]} < floor {floor}")
    detail = {cat: {k: rep[cat][k] for k in ("false_positives", "false_negatives")}
              for cat in ("entities", "relations", "metrics")}
    assert not below, f"{gold_name}: {below}\n{detail}"


def test_no_metrics_invented_where_there_are_none(reports):
    """The groundwater text has no figures: any metric there is a false positive."""
    rep = reports("groundwater-2023.json", EXTRA / "hebei-groundwater-2023.txt")
    assert rep["metrics"]["fp"] == 0, rep["metrics"]["false_positives"]


def test_gold_files_are_well_formed():
    """Every relation end and metric subject of a gold file names one of its entities."""
    import json
    for gold_name, _source, _floors in CASES:
        g = json.loads((GOLD / gold_name).read_text(encoding="utf-8"))
        assert g["schema"] == "govkg-extraction/1"
        names = [e["name"] for e in g["entities"]]
        assert len(names) == len(set(names)), gold_name
        for e in g["entities"]:
            assert e["type"] in {"Place", "Agency", "Organization", "Programme", "Person"}, e
        for r in g["relations"]:
            assert r["subject"] in names and r["object"] in names, (gold_name, r)
        for m in g["metrics"]:
            assert m["subject"] and all(s in names for s in m["subject"]), (gold_name, m)
            assert isinstance(m["value"], (int, float)) and m["unit"] is not None, (gold_name, m)


def test_cut_off_titles_make_no_mangled_names():
    """Titles cut off with "..." give whole names or none: no name or metric keeps the cut."""
    source = EXTRA / "handan-gov-portal-titles-2020.txt"
    if not source.is_file():
        pytest.skip(f"source text not present: {source}")
    from kg.builder import extract
    ex, _, _ = extract([source], None)
    out = ex.to_json()
    bad = [e["name"] for e in out["entities"]
           if "..." in e["name"] or "…" in e["name"] or e["name"].count("（") != e["name"].count("）")]
    bad += [m["surface"] for m in out["metrics"] if "..." in m["surface"] or "..." in (m["indicator"] or "")]
    assert not bad, bad
