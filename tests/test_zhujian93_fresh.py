"""Round 93 (zhujian93): 住建 and 城管 news — a provincial 住房和城乡建设厅's year of 老旧小区改造, 棚改 and
保障房 figures, a county's report on its estate renovation, city and district 城管 bureaus' meetings and
work summaries, and 住建局 checks of 物业 and 保障房 estates, from Shanxi, Guangdong (Shenzhen, Qingyuan),
Jiangsu (Changzhou), Anhui (Huangshan), Hubei (Jingzhou), Guangxi (Guilin), Yunnan (Lincang) and Shaanxi
(fresh texts of /tmp/s26/fresh/zhujian93).  Fixes: a capacity per day written with 日 (18万立方米/日) is
one unit, no amount of 立方米 with an indicator /日; 城管和综合执法局 is the bureau 城市管理和综合执法局 the
same article names in full; a city's or county's short name right before 公路 names the road (桂阳公路
雁山段), no place of the text; a name between a township or 街道 (or its 办事处) and its head's post
(西林街道黄东辉主任) holds that post, as the post written first does."""
from __future__ import annotations

from conftest import extract_text, post_triples


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def _metrics(doc) -> set[tuple]:
    return {(doc.entities[m.subject].name if m.subject in doc.entities else None, m.indicator, m.value, m.unit)
            for m in doc.metrics}


def test_a_capacity_per_day_is_one_unit():
    """01-shanxi-laojiu: 同时,实施既有住宅加装电梯500部,新增污水处理能力18万立方米/日 (base: 180000 立方米 with
    the indicator /日).  The day is the unit's, as 立方米/秒 of a flow is; a plain 立方米 stays an amount."""
    doc = extract_text("山西老旧小区改造\n2023年,山西省实施既有住宅加装电梯500部,新增污水处理能力18万立方米/日。")
    got = {(ind, v, u) for _, ind, v, u in _metrics(doc)}
    assert any(u == "立方米/日" and v == 180000 and "污水处理能力" in ind for ind, v, u in got), got
    assert not any(ind == "/日" or ind.endswith("/日") for ind, *_ in got), got
    doc = extract_text("污水处理\n2023年,全市新建污水管网20公里,新增调蓄池容积5万立方米。")
    assert any(u == "立方米" and v == 50000 for _, _, v, u in _metrics(doc)), _metrics(doc)


def test_the_short_cheng_guan_bureau_is_the_full_one():
    """03-shenzhen-jiequzhi: 深圳市城市管理和综合执法局在大鹏新区召开…现场会。市城管和综合执法局黄立新副局长…参加
    (base: two agencies, 深圳市城管和综合执法局 beside 深圳市城市管理和综合执法局, the deputy head in the short one)."""
    doc = extract_text("市城管和综合执法局召开现场会\n11月1日,深圳市城市管理和综合执法局召开推进会。"
                       "市城管和综合执法局黄立新副局长参加。")
    agencies = {n for n in _names(doc, "Agency") if "执法局" in n}
    assert agencies == {"深圳市城市管理和综合执法局"}, agencies
    assert ("黄立新", "深圳市城市管理和综合执法局", "副局长") in post_triples(doc), post_triples(doc)


def test_a_road_named_after_a_county_is_no_place():
    """08-yanshan-chengguan-zongjie (桂林 雁山区): 在桂阳公路雁山段沿线发放1500多份限期整改通知书 (base: 桂阳县 of
    Hunan, the article's place).  A province's short name before 公路 stays the province (湖南公路建设), and a
    city's road office (宁波公路管理局) and a border port (霍尔果斯公路口岸) keep their city."""
    doc = extract_text("城市管理局工作总结\n今年,雁山区在桂阳公路雁山段沿线发放1500多份限期整改通知书。")
    assert "桂阳县" not in _names(doc, "Place"), _names(doc, "Place")
    assert "雁山区" in _names(doc, "Place"), _names(doc, "Place")
    assert "湖南省" in _names(extract_text("交通\n今年湖南公路建设投资增长10%。"), "Place")
    assert "宁波市" in _names(extract_text("检查\n宁波公路管理局开展检查。"), "Place")
    assert "霍尔果斯市" in _names(extract_text("口岸\n霍尔果斯公路口岸通关车辆增长。"), "Place")


def test_a_name_between_a_subdistrict_and_its_heads_post_holds_it():
    """04-changzhou-zhonglou: 随后,西林街道黄东辉主任汇报了今年西林城管主要工作 (base: the person, no post; the
    post written first, 西林街道主任黄东辉, gave it).  So too a town's head (城关镇王明镇长) and a 街道办事处's
    (its 主任, no 处长).  A name with no post after it (城关镇王明等人) and a rank word (主任科员) hold none."""
    doc = extract_text("点评会\n随后,西林街道黄东辉主任汇报了今年西林城管主要工作。")
    assert ("黄东辉", "西林街道", "主任") in post_triples(doc), post_triples(doc)
    doc = extract_text("会议\n城关镇王明镇长主持会议。")
    assert ("王明", "城关镇", "镇长") in post_triples(doc), post_triples(doc)
    doc = extract_text("会议\n随后,西林街道办事处黄东辉主任汇报了工作。")
    assert ("黄东辉", "西林街道办事处", "主任") in post_triples(doc), post_triples(doc)
    assert not post_triples(extract_text("会议\n城关镇王明等人参加会议。"))
    assert not post_triples(extract_text("会议\n西林街道主任科员王明参加会议。"))


def test_a_count_after_a_list_of_groups_attending_counts_them_all():
    """04-changzhou-zhonglou: 区商务局、农业局、…分管领导、…西林中队正、副负责人共60余人参加了会议 (base: the indicator
    副负责人, the list's last group).  The count is of everyone listed, as 等共60余人参加了会议 reads it
    (参加了会议人数).  One group alone (镇村两级干部60余人参加会议) keeps its noun, and a list of figures
    (新增就业1200人、农民工300人参加培训) keeps each figure's own noun."""
    doc = extract_text("点评会\n区商务局、农业局分管领导、西林中队正、副负责人共60余人参加了会议。")
    assert {(ind, v) for _, ind, v, _ in _metrics(doc)} == {("参加了会议人数", 60)}, _metrics(doc)
    doc = extract_text("会议\n镇村两级干部60余人参加会议。")
    assert {(ind, v) for _, ind, v, _ in _metrics(doc)} == {("镇村两级干部", 60)}, _metrics(doc)
    doc = extract_text("就业\n今年新增就业1200人、农民工300人参加培训。")
    assert ("农民工", 300) in {(ind, v) for _, ind, v, _ in _metrics(doc)}, _metrics(doc)
