"""Round 18 (figures34): fresh government texts — city industry statistics (规上工业企业, 行业,
产品 counted before their measure's change) and poverty-alleviation reviews."""
from conftest import text_doc
from kg.pipeline import Pipeline

_FULL = Pipeline()


def _facts(text: str) -> list[tuple]:
    doc = _FULL(text_doc(text))
    return sorted(((doc.entities[m.subject].name if m.subject in doc.entities else None,
                    m.indicator, m.value) for m in doc.metrics), key=lambda f: (f[1], str(f[0])))


def test_enterprises_counted_before_their_measure_change():
    """484家规上工业企业增加值同比增长8.1%: the enterprises are counted (not 规上工业企业增加值同比),
    and the growth is their value added's."""
    facts = _facts("工业经济\n2023年，全市484家规上工业企业增加值同比增长8.1%。")
    assert [f[1:] for f in facts] == [("规上工业企业", 484), ("规上工业企业增加值同比增长", 8.1)]


def test_enterprises_counted_in_a_named_city_keep_the_measure_owner():
    """宁波市320家规上工业企业产值增长6%: never the city's bare 产值增长 — the enterprises' output."""
    facts = _facts("宁波工业\n前三季度，宁波市320家规上工业企业产值增长6%。")
    names = [f[1:] for f in facts]
    assert ("规上工业企业", 320) in names
    assert ("规上工业企业产值增长", 6) in names
    assert all(f[1] != "产值增长" for f in facts)


def test_products_counted_before_their_output_change():
    """纳入统计的136种工业产品中，80种产品产量同比实现增长: the products are counted (产品), their
    output (产量) and its basis are no part of the noun."""
    facts = _facts("工业生产\n1-12月，全市纳入统计的136种工业产品中，80种产品产量同比实现增长。")
    assert ("产品", 80) in [f[1:] for f in facts]
    assert all("产量" not in f[1] for f in facts if f[2] == 80)


def test_towns_listed_with_etc_are_counted_whole():
    """城关镇等5个乡镇检查企业120家: 乡镇 is counted (the longest division word), not 乡 leaving
    镇检查企业 to the next figure."""
    facts = _facts("安全生产\n本月，城关镇等5个乡镇检查企业120家。")
    names = [f[1:] for f in facts]
    assert ("乡镇", 5) in names
    assert ("检查企业", 120) in names


def test_steps_of_a_procedure_are_no_count():
    """经过申报、初审、复审、公示等四个环节严格筛选: the steps of a procedure are its outline."""
    facts = _facts("评选公告\n经过申报、初审、复审、公示等四个环节严格筛选，确定20个示范村。")
    assert [f[1:] for f in facts] == [("示范村", 20)]


def test_a_count_for_each_unit_is_a_norm_not_a_total():
    """每个脱贫县培育2~3个主导产业, 每个乡镇配备1名专干: what each unit has; the total stays."""
    facts = _facts("产业帮扶\n今年，全省每个脱贫县培育2~3个主导产业，每个乡镇配备1名专干，共培育主导产业180个。")
    assert [f[1:] for f in facts] == [("主导产业", 180)]


def test_industries_counted_before_their_industrial_value_added():
    """全市10个重点行业工业增加值增长11.2%: 重点行业 counted (not 重点行业工业); the growth is
    theirs, named with them."""
    facts = _facts("工业运行\n上半年，全市10个重点行业工业增加值增长11.2%，高于全市0.8个百分点。")
    names = [f[1:] for f in facts]
    assert ("重点行业", 10) in names
    assert ("重点行业工业增加值增长", 11.2) in names


def test_an_industry_name_with_ji_and_he_is_one_item_of_a_list():
    """采矿业、制造业、电力热力燃气及水生产和供应业增加值分别增长7.1%、 1.9%、 7.0%: the official name
    written without 、 is one item (it was split at 及/和, and every figure went to the last item)."""
    facts = _facts("工业生产\n分三大门类看，采矿业、制造业、电力热力燃气及水生产和供应业增加值比上年同期"
                   "分别增长7.1%、 1.9%、 7.0%。")
    got = {f[2]: f[1] for f in facts}
    assert got[7.1].startswith("采矿业增加值")
    assert got[1.9].startswith("制造业增加值")
    assert got[7].startswith("电力热力燃气及水生产和供应业增加值")


def test_a_change_after_a_share_in_zhanbi_is_the_amounts():
    """实现工业总产值790.99亿元，占…比重达76.5%，比上年同期增长18.6%: the 比 of 占比 starts no
    comparison (was 工业总产值占比上年同期增长); in % the change is the amount's, in points the share's."""
    facts = _facts("工业\n上半年，全市亿元企业实现工业总产值790.99亿元，占规模以上工业总产值比重达76.5%，"
                   "比上年同期增长18.6%。")
    got = {f[2]: f[1] for f in facts}
    assert got[18.6] == "亿元企业实现工业总产值比上年同期增长"
    facts = _facts("工业\n上半年，全市亿元企业实现工业总产值790.99亿元，占规模以上工业总产值比重达76.5%，"
                   "比上年同期提高1.2个百分点。")
    got = {f[2]: f[1] for f in facts}
    assert got[1.2] == "亿元企业实现工业总产值占比比上年同期提高"
