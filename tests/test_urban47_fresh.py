"""Round 47 (urban47): housing and urban-management news from fresh texts of /tmp/s26/fresh/urban47
(老旧小区改造 in 湖北公安县 and 浠水县, 城管 and 燃气 stories): an estate named after the bank or firm whose
staff it housed (农行小区, 工行小区) names no bank; 加 between two sources of money (中央补助加政府配套投资)
is "plus", no Canada; an adverb, a verb of pledge or a time after 于 closes the noun a count is of
(8个小区正式开工 → 小区)."""
from __future__ import annotations

from conftest import extract_text

from kg.builder import extract_document
from kg.model import Doc


def _metrics(doc) -> list[tuple[str | None, str, float]]:
    ents = doc.entities
    ms = doc.metrics.values() if isinstance(doc.metrics, dict) else doc.metrics
    return [(ents[m.subject].name if m.subject in ents else None, m.indicator, m.value) for m in ms]


def _names(doc, type_: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == type_}


_XISHUI = ("浠水县推进老旧小区改造\n"
           "记者从市、浠水县住建部门获悉,中央补助加政府配套投资共2.3亿元,推动浠水老旧小区改造工作。\n"
           "据悉,纳入今年第一批改造的包括15个片区,十月保健院小区、金刚石小区、油脂小区、农行小区、运管小区、"
           "国税小区、工行小区、线务局小区、邮政小区等34个小区,涉及4186户居民。")


def test_an_estate_named_after_a_bank_names_no_bank():
    """huanggang.cjyun.org (浠水县): 农行小区、运管小区、国税小区、工行小区: old staff estates, no bank
    (base: Organizations 中国农业银行 and 中国工商银行)."""
    orgs = _names(extract_text(_XISHUI), "Organization")
    assert not orgs & {"中国农业银行", "中国工商银行"}, orgs
    bank = extract_text("标题\n浠水县农行为小微企业发放贷款3亿元。")
    assert "中国农业银行" in _names(bank, "Organization")  # the bank itself, as before


def test_plus_between_two_sources_of_money_is_no_canada():
    """浠水县: 中央补助加政府配套投资共2.3亿元: the money is the county's, 加 is "plus" (base: a Place
    加拿大, subject of the 2.3亿元)."""
    doc = extract_text(_XISHUI)
    assert "加拿大" not in _names(doc, "Place")
    assert ("浠水县", "中央补助加政府配套投资", 230000000) in {(s, i, v) for s, i, v in _metrics(doc)}, _metrics(doc)
    canada = extract_text("标题\n中方愿同加方加强合作,加政府表示欢迎。")
    assert "加拿大" in _names(canada, "Place")  # Canada's government, as before


def test_an_adverb_or_pledge_after_the_counted_estates_closes_the_noun():
    """jingzhou.cjyun.org (公安县): 8个小区正式开工; 4个小区于本月开工; 11个小区确保所有项目12月底具备开工条件:
    counts of 小区 (base: indicators 小区正式, 小区于本月, 小区确保所有项目)."""
    doc = extract_text("公安县城启动老旧小区改造工作\n"
                       "目前,23个小区中,幸福小区、临江小区8个小区正式开工;科技局小区、企业小区4个小区于本月开工;"
                       "实验小区、向阳小区等11个小区确保所有项目12月底具备开工条件。")
    got = {(i, v) for _s, i, v in _metrics(doc)}
    assert {("小区", 4), ("小区", 11)} <= got, got
    assert not any(i.startswith("小区") and len(i) > 2 for i, _v in got), got



_LESHAN = ("市中区拆除违建4处\n"
           "记者1月8日从市中区违章搭建整治工作领导小组了解到,1月1日至7日,市中区拆除违建4处,面积450.43㎡。截至目前,全"
           "区已累计拆违200处,面积达23407.44㎡。为完成拆违目标,市中区在总结前阶段拆违工作经验的基础上,制定了2016年"
           "拆违计划,继续坚持做好“拆控结合”,进一步加大宣传力度,严格执法,稳步推进拆违工作。\n"
           "1月1日至1月7日,城西街道对民族路413号、民族路595号2幢两处违章搭建进行了拆除;乐贤街道组织人员对新光村10组、"
           "永兴村5组两农户的违章搭建进行强拆,拆除违章建筑简易棚210.43㎡。\n"
           "市中区城管执法大队对幸福小区门口搭建的砖混结构违建和世纪滨江3期现浇砖混结构违建进行了拆除,面积共29㎡。据统计,该大队"
           "已累计拆违31处,面积1898㎡。\n"
           "上周,区目标办、区纪委、区发改局等相关部门对城东街道违章建筑整治工作进行了督导检查。\n")


def test_a_county_named_like_others_is_the_one_its_streets_lie_in():
    """bbs.mala.cn (乐山): 市中区拆除违建4处 … 城西街道 … 乐贤街道 …: 乐山's 市中区 (511002), whose streets are
    named, its city not, is the article's place (base: no mention of 市中区, the article placed in Hangzhou's
    滨江区 read from the estate 世纪滨江)."""
    res = extract_document(Doc(id="t", source="t.txt", text=_LESHAN))
    places = [res.entities[a["place"]] for a in res.document["articles"] if a["place"] in res.entities]
    assert [(p.name, p.code) for p in places] == [("市中区", "511002")], places
    assert not {"滨江区", "市中区"} & {e.name for e in extract_text("标题\n对市中区老旧小区进行改造。").entities.values()
                                  if e.type == "Place" and e.code}  # no street named: no division, as before


def test_a_short_name_before_an_estate_phase_is_no_county():
    """乐山: 世纪滨江3期现浇砖混结构违建: the estate's third phase, no Hangzhou 滨江区 (base: 滨江区 330108)."""
    res = extract_document(Doc(id="t", source="t.txt", text=_LESHAN))
    assert "330108" not in {e.code for e in res.entities.values() if e.type == "Place"}
