"""The vocabulary is data: tables in kg/resources/lexicon/ read by one loader."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kg import lexicon as L

ROOT = Path(__file__).resolve().parent.parent

# names the built-in grammar does not know: a stem (低空经济局, the low-altitude economy bureaus some cities set up in 2024)
# and a unit suffix (…工作站 of a department)
_PROBE = """邯郸市成立低空经济局
3月5日，邯郸市低空经济局挂牌成立，市低空经济局将统筹全市低空经济发展。邯郸市人力资源和社会保障服务站同日揭牌。
"""

_RUN = """
import json, sys
sys.path.insert(0, {tests!r})
from conftest import text_doc
from kg.pipeline import Pipeline
doc = Pipeline(("gazetteer", "entities", "resolve"))(text_doc(sys.stdin.read()))
print(json.dumps(sorted({{e.name for e in doc.entities.values() if e.type == "Agency"}}), ensure_ascii=False))
"""


def _agencies(extra: Path | None) -> list[str]:
    env = dict(os.environ)
    env.pop(L.EXTRA_ENV, None)
    if extra is not None:
        env[L.EXTRA_ENV] = str(extra)
    r = subprocess.run([sys.executable, "-c", _RUN.format(tests=str(ROOT / "tests"))], input=_PROBE,
                       capture_output=True, text=True, env=env, cwd=ROOT, check=True)
    return json.loads(r.stdout)


def test_every_table_has_a_header_and_a_readme_line():
    readme = (L.LEXICON_DIR / "README.md").read_text(encoding="utf-8")
    tables = sorted(p.name for p in L.LEXICON_DIR.glob("*.tsv"))
    assert len(tables) >= 20
    for name in tables:
        rows = L.load_table(name)
        assert rows, name
        assert f"`{name}`" in readme, f"{name} has no line in README.md"


def test_load_table_rows_are_dicts_by_header():
    rows = L.load_table("department_stems.tsv")
    assert {"stem", "canonical", "group"} <= set(rows[0])
    by_stem = {r["stem"]: r for r in rows}
    assert by_stem["人社"]["canonical"] == "人力资源和社会保障"
    assert by_stem["财政"]["canonical"] == ""  # a standard form stands for itself
    assert L.load_table("department_stems.tsv") == rows  # cached, same content


def test_a_new_stem_and_suffix_are_one_line_of_data(tmp_path):
    before = _agencies(None)
    assert "邯郸市低空经济局" not in before
    (tmp_path / "department_stems.tsv").write_text("stem\tcanonical\tgroup\n低空经济\t\tgovernment\n", encoding="utf-8")
    (tmp_path / "unit_suffixes.tsv").write_text("suffix\n服务站\n", encoding="utf-8")
    after = _agencies(tmp_path)
    assert "邯郸市低空经济局" in after
    assert "邯郸市人力资源和社会保障服务站" in after
    assert set(before) <= set(after)


def test_a_bad_extra_table_is_a_one_line_error(tmp_path, monkeypatch):
    (tmp_path / "organs.tsv").write_text("name\textra\n人民武装部\tx\n", encoding="utf-8")
    monkeypatch.setenv(L.EXTRA_ENV, str(tmp_path))
    L._read_table.cache_clear()
    try:
        with pytest.raises(ValueError, match=r"organs.tsv: header"):
            L.load_table("organs.tsv")
    finally:
        monkeypatch.delenv(L.EXTRA_ENV)
        L._read_table.cache_clear()


def test_cache_key_hashes_every_lexicon_file(tmp_path, monkeypatch):
    from kg import cache
    assert all(p.suffix == ".tsv" for p in L.resource_files())
    base = cache._code_digest.__wrapped__(("gazetteer", "entities"))
    (tmp_path / "organs.tsv").write_text("organ\n人民武装部\n", encoding="utf-8")
    monkeypatch.setenv(L.EXTRA_ENV, str(tmp_path))
    assert cache._code_digest.__wrapped__(("gazetteer", "entities")) != base


# --------------------------------------------------------------------------- the stage contract

def test_default_pipeline_contract_is_complete():
    from kg.pipeline import DEFAULT_PIPELINE, check_contract
    check_contract(DEFAULT_PIPELINE, complete=True)


def test_a_component_before_its_input_is_refused():
    from kg.pipeline import Pipeline
    with pytest.raises(ValueError, match="'entities' reads 'doc.mentions\\[Place\\]'"):
        Pipeline(("entities", "gazetteer", "registry"))  # both place finders come after it
    with pytest.raises(ValueError, match="'relations' reads '(doc.entities|mention.key)'"):
        Pipeline(("gazetteer", "entities", "relations", "resolve"))
    Pipeline(("gazetteer", "entities", "resolve"))  # a later start over a prepared Doc is fine


def test_a_read_nobody_writes_is_refused():
    from kg.pipeline import _REGISTRY, check_contract, component

    @component("probe-reader", reads=("doc.nothing",), writes=())
    def _probe():
        return lambda doc: doc
    try:
        with pytest.raises(ValueError, match="'doc.nothing', which no component writes"):
            check_contract(("layout", "probe-reader"))
    finally:
        _REGISTRY.pop("probe-reader")


def test_schema_is_what_model_rdf_and_evaluate_use():
    from kg import evaluate, model, schema
    from kg.export import rdf
    assert model.ENTITY_TYPES == schema.TYPE_NAMES and model.PREDICATES == schema.PREDICATE_NAMES
    assert rdf.TYPE_CLASSES["Agency"][0] == rdf.GOVKG + "Agency"
    assert evaluate.SCORED_TYPES == {"Place", "Agency", "Organization", "Programme"}
    assert all(rdf.PREFIXES[t.namespace].endswith(f"/id/{t.namespace}/") for t in schema.ENTITY_TYPES)


def test_no_table_holds_a_data_row_twice():
    """A row written twice (two helpers adding the same cue to one list) is dead weight that hides
    which line a newcomer should edit: every data row of every table is written once."""
    twice = []
    for path in sorted(L.LEXICON_DIR.glob("*.tsv")):
        seen: set[str] = set()
        for line in path.read_text(encoding="utf-8").splitlines()[1:]:
            if not line.strip() or line.startswith("#"):
                continue
            if line in seen:
                twice.append(f"{path.name}: {line!r}")
            seen.add(line)
    assert not twice, twice
