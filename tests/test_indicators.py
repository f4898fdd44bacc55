"""Indicator vocabulary, kinds of figure and the SKOS scheme generated from the vocabulary."""
import subprocess
import sys
from pathlib import Path

import pytest
import rdflib
from rdflib.namespace import SKOS

from kg.indicators import SCHEME_IRI, concept_of, concepts, scheme_turtle
from kg.stages.metrics import make_metrics
from kg.stages.numbers import find_quantities
from test_metrics import make_doc

ROOT = Path(__file__).resolve().parent.parent


def test_scheme_file_agrees_with_the_vocabulary():
    """ontology/indicators.ttl is generated from indicators.tsv: the two must not drift apart."""
    assert (ROOT / "ontology" / "indicators.ttl").read_text(encoding="utf-8") == scheme_turtle()
    r = subprocess.run([sys.executable, str(ROOT / "scripts" / "indicators_ttl.py"), "--check"])
    assert r.returncode == 0


def test_scheme_is_skos_with_a_broader_hierarchy():
    g = rdflib.Graph().parse(data=scheme_turtle(), format="turtle")
    ids = concepts()
    assert set(g.subjects(rdflib.RDF.type, SKOS.Concept)) == {rdflib.URIRef(SCHEME_IRI + i) for i in ids}
    gbr = rdflib.URIRef(SCHEME_IRI + "general-budget-revenue")
    assert (gbr, SKOS.broader, rdflib.URIRef(SCHEME_IRI + "fiscal-revenue")) in g
    assert rdflib.Literal("一般公共预算收入", lang="zh") in set(g.objects(gbr, SKOS.prefLabel))


@pytest.mark.parametrize("indicator,concept", [
    ("全县一般公共预算收入", "general-budget-revenue"),
    ("地方一般公共预算收入", "general-budget-revenue"),
    ("项目总投资", "investment"),  # the longest label wins: the investment, not the projects
    ("新开工重点项目", "projects"),
    ("固定资产投资同比增长", "fixed-asset-investment"),
    ("注册志愿者", "volunteers"),
    ("高标准农田", "cultivated-land"),
    ("村集体经济收入", None),  # 经济, a top concept, is too general to be found inside a name
    ("网格员", None),
    ("常住人口城镇化率", "urbanization-rate"),  # the rate, not the population it is a rate of
    ("各项贷款余额比年初增加", "loans"),
    ("规模以上工业企业", "enterprises"),
    ("居民消费价格上涨", "consumer-prices"),
])
def test_concept_of(indicator, concept):
    assert concept_of(indicator) == concept


def _metrics(text, date="2022-07-15"):
    doc = make_doc(text)
    doc.date = doc.articles[0].date = date
    make_metrics()(doc)
    return sorted(doc.metrics, key=lambda m: m.evidence[0].start)


def test_kinds_change_share_linked_to_the_level():
    ms = _metrics("上半年，全县完成固定资产投资86.4亿元，同比增长11.2%。"
                  "税收收入9.8亿元，占一般公共预算收入的72.5%。")
    by = {m.value: m for m in ms}
    assert by[8640000000].kind == "level" and by[8640000000].concept == "fixed-asset-investment"
    assert by[11.2].kind == "change" and by[11.2].base == by[8640000000].id
    assert by[72.5].kind == "share" and by[72.5].base == by[980000000].id
    assert by[11.2].period == "2022-01/2022-06" and by[11.2].period_text == "上半年"


def test_ranges_fractions_cheng_and_doubling():
    qs = {q.surface: q for q in find_quantities(
        "每个乡镇建设3至5个示范点，补助标准为每户2-3万元，约三分之一的农户参与，九成以上的村完成改造，"
        "力争到2025年村集体收入翻一番。")}
    assert (qs["3至5个"].low, qs["3至5个"].high, qs["3至5个"].unit) == (3, 5, "个")
    assert (qs["2-3万元"].low, qs["2-3万元"].high, qs["2-3万元"].unit) == (20000, 30000, "元")
    assert qs["约三分之一"].value == 33.33 and qs["约三分之一"].approx
    assert qs["九成以上"].value == 90 and qs["九成以上"].unit == "%"
    assert qs["翻一番"].value == 2 and qs["翻一番"].unit == "倍"
    ms = {m.surface: m for m in _metrics("全县建设3至5个示范点，九成以上的村完成改造。")}
    kinds = sorted((m.kind, m.low, m.high) for m in ms.values())
    assert kinds == [("range", 3, 5), ("share", None, None)]


def test_no_range_in_dates_or_ordinals():
    assert [q.surface for q in find_quantities("1-4月完成投资，2006年至2010年，第3-5个批次")] == []
