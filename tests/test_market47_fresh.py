"""Round 47 (market47): market regulation news (市场监督管理局: special equipment checks, registration
figures of 市场主体 and 个体工商户, school canteen checks) from the fresh texts of /tmp/s26/fresh/market47:
no state abroad read from an estate named after it (加州阳光小区), no reporter's source taken for the
name of a multiple (记者10月13日从…获悉，…是2012年的2.7倍), no body named by a class of registrations or
of an office's area (新设农民专业合作社, 辖区中小学校), and 台次/台套 kept as the count's own units."""
from __future__ import annotations

from conftest import extract_text


def _places(doc) -> dict[str, str | None]:
    return {e.name: e.code for e in doc.entities.values() if e.type == "Place"}


def _orgs(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Organization"}


def test_an_estate_named_after_a_state_abroad_is_no_place():
    """Special equipment news (m.news.wmxa.cn): 在世纪兴城小区、加州阳光小区组织开展了电梯应急救援演练活动:
    an estate (base: a Place 加利福尼亚, part of 美国); the state itself is still read (加州华人社区)."""
    doc = extract_text("市场监管局加大特种设备安全检查力度\n"
                       "同时,大力宣传,并在世纪兴城小区、加州阳光小区组织开展了电梯应急救援演练活动。")
    assert not _places(doc), _places(doc)
    state = extract_text("侨务新闻\n美国加州华人社区举办活动。")
    assert "加利福尼亚" in _places(state)


def test_a_reporter_s_source_does_not_name_a_multiple():
    """经济参考报: 记者10月13日从市场监管总局获悉,截至2022年8月底,全国登记在册个体工商户已达1.09亿户,
    是2012年的2.7倍,十年来年均增长10.9%: the households' multiple and growth (base: indicators
    记者10月13日 and 记者10月13日年均增长, the byline before 从 read as a former level)."""
    doc = extract_text("全国登记在册个体工商户已达1.09亿户\n"
                       "记者10月13日从市场监管总局获悉,截至2022年8月底,全国登记在册个体工商户已达1.09亿户,"
                       "是2012年的2.7倍,十年来年均增长10.9%。")
    inds = {(m.indicator, m.unit) for m in doc.metrics}
    assert ("登记在册个体工商户", "倍") in inds, inds
    assert not any(i.startswith("记者") for i, _ in inds), inds
    moved = extract_text("发展成就\n城镇化率从2012年的45%提高到60%。")  # (a level moved from: still named)
    assert {m.indicator for m in moved.metrics} == {"城镇化率"}


def test_new_registrations_and_an_area_s_schools_are_no_bodies():
    """市场监管总局 news conference (5g.rexun.cn): 新设农民专业合作社12.6万户,下降3.6% (base: an
    Organization 新设农民专业合作社, the subject of its own figures); 马召市场监管所: 对辖区中小学校、幼儿园
    食堂等进行全覆盖检查 (base: an Organization 辖区中小学校)."""
    doc = extract_text("前三季度全国新设市场主体1845.0万户\n"
                       "其中,新设企业589.8万户,增长7.7%;新设农民专业合作社12.6万户,下降3.6%,降幅收窄。")
    assert not _orgs(doc), _orgs(doc)
    assert {m.indicator for m in doc.metrics} >= {"新设农民专业合作社", "新设农民专业合作社下降"}
    school = extract_text("马召市场监管所启动秋季校园及周边食品安全专项检查\n"
                          "此次行动马召市场监管所检查人员对辖区中小学校、幼儿园食堂等进行全覆盖检查。")
    assert not _orgs(school), _orgs(school)


def test_equipment_counted_per_visit_keeps_its_unit():
    """Special equipment checks (m.news.wmxa.cn; 和平县市场监督管理局): 检查特种设备设备377台次,
    抽查各类特种设备12台套 (base: 377 台, the 次 of the visits lost; 台套 not read as one unit)."""
    doc = extract_text("市场监管局加大特种设备安全检查力度\n"
                       "共出动监察人员240人次,检查特种设备使用单位110家,检查特种设备设备377台次。"
                       "此次检查共计出动执法人员20人次,抽查各类特种设备12台套。")
    units = {m.value: m.unit for m in doc.metrics}
    assert units.get(377) == "台次" and units.get(12) == "台套", units


def test_a_quarter_inside_a_paragraph_does_not_time_the_next_breakdown():
    """市场监管总局 (m.vdsvyglz.cn): 2023年上半年…监督抽检不合格率为2.40%…。其中,第二季度监督抽检不合格率为2.49%。
    ⏎ 从抽样食品品种来看,…粮食加工品…不合格率分别为0.43%…: the half-year's rates (base: 2023-04/2023-06,
    the quarter of the 其中 sentence carried into the next paragraph)."""
    doc = extract_text("市场监管总局:上半年食品安全监督抽检不合格率2.40%\n"
                       "2023年上半年,全国市场监管部门完成食品安全监督抽检2921763批次,监督抽检不合格率为2.40%,"
                       "较2022年同期下降0.11个百分点。其中,第二季度监督抽检不合格率为2.49%。\n"
                       "从抽样食品品种来看,粮食加工品,食用油、油脂及其制品等大类食品,监督抽检不合格率分别为0.43%、0.53%。")
    periods = {m.value: m.period for m in doc.metrics}
    assert periods.get(2.49) == "2023-04/2023-06", periods
    assert periods.get(0.43) == "2023-01/2023-06" and periods.get(0.53) == "2023-01/2023-06", periods
