"""Round 56 (eia56): environmental-assessment decisions and project approvals from fresh texts of
/tmp/s26/fresh/eia56 — a place in the clause naming the rules a decision rests on (根据我国…规定) is no
subject of the project's figures; a county's development-zone committee (文水经济开发区管委会) names its
county though the page names no other division; townships listed before 内 and a count of villages are
no villages; a works' shed (厂棚) is no factory; a practice forbidden (严禁“非农化”) is no programme."""
from __future__ import annotations

from conftest import extract_text, relation_pairs


def _places(doc) -> dict[str, str | None]:
    return {e.name: e.code for e in doc.entities.values() if e.type == "Place"}


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def _subjects(doc) -> dict[str, str]:
    """indicator -> the subject entity's name."""
    return {m.indicator: doc.entities[m.subject].name for m in doc.metrics if m.subject in doc.entities}


def test_a_place_in_the_rules_a_decision_rests_on_is_no_subject():
    """05 罗山县生态环境局 审批意见: 根据我国环保法律、法规和有关政策的规定，…在周党镇吊桥村陈湾组建设年出栏
    8000头生猪养殖场…该项目总投资3000万元: the figures are the project site's, not China's (base: every
    figure's subject 中国, read from 我国)."""
    doc = extract_text("罗山县生态环境局关于生猪养殖项目审批决定的公告\n"
                       "罗山县松源农业有限公司：根据我国环保法律、法规和有关政策的规定，对你单位生猪养殖项目环境影响"
                       "报告书作出以下审批意见：一、该项目属新建项目，主要建设内容：在周党镇吊桥村陈湾组建设年出栏8000头"
                       "生猪养殖场，育肥舍6座。该项目总投资3000万元，总占地面积16299平方米。")
    subjects = _subjects(doc)
    assert subjects.get("总投资") and subjects.get("总投资") != "中国", subjects
    assert "中国" not in subjects.values(), subjects


def test_a_zone_committee_names_its_county():
    """08 文水经济开发区管委会建设项目环境影响评价文件审批决定公告 (a page naming no other division): the
    committee, its zone and 文水县 (base: none of them, the article's place 中国)."""
    doc = extract_text("文水经济开发区管委会建设项目环境影响评价文件审批决定公告\n"
                       "根据建设项目环境影响评价审批程序有关规定，经审查，2023年8月30日我委对1个建设项目环境影响评价"
                       "文件作出审批决定。")
    assert "文水经济开发区管委会" in _names(doc, "Agency"), _names(doc, "Agency")
    assert _places(doc).get("文水县") == "141121", _places(doc)


def test_townships_before_within_and_a_village_count_are_no_villages():
    """01 魏县行政审批局 项目建议书批复: 主要在车往镇、回隆镇内11个村新建扬水点22座: the two coded
    townships, no place 回隆镇内 nor an uncoded 车往镇 (base: both, read as a list of villages)."""
    doc = extract_text("魏县行政审批局关于高标准农田建设项目项目建议书的批复\n"
                       "二、建设地址：魏县车往镇、回隆镇等2个乡镇11个村\n"
                       "三、建设规模及内容：主要在车往镇、回隆镇内11个村新建扬水点22座，灌溉面积1.3万亩。")
    places = _places(doc)
    assert "回隆镇内" not in places, places
    assert places.get("车往镇") == "130434105" and places.get("回隆镇") == "130434106", places


def test_a_works_shed_is_no_factory():
    """03 连南瑶族自治县经济发展促进局 可研批复: 2.新建彩钢瓦厂棚2800平方米 (a shed of colour-steel
    sheets): no organisation 新建彩钢瓦厂 (base: one)."""
    doc = extract_text("连南瑶族自治县经济发展促进局关于食用菌循环经济示范园区建设项目可行性研究报告的批复\n"
                       "三、建设规模和内容：1.新建一条长1000米，宽6米的机耕路；2.新建彩钢瓦厂棚2800平方米。")
    assert not any("彩钢瓦厂" in n for n in _names(doc, "Organization")), _names(doc, "Organization")


def test_a_forbidden_practice_is_no_programme():
    """01 魏县行政审批局: （项目严禁“非农化”建设，严格按照国家法律法规…进行建设）: no programme 非农化
    run by the bureau (base: one, from “非农化” and the head 建设)."""
    doc = extract_text("魏县行政审批局关于高标准农田建设项目项目建议书的批复\n"
                       "三、建设规模及内容：项目不改变土地用途。（项目严禁“非农化”建设，严格按照国家法律法规及相关规划"
                       "和标准进行建设）")
    assert "非农化" not in _names(doc, "Programme"), _names(doc, "Programme")
    assert not any(p == "非农化" for _a, p in relation_pairs(doc, "runs"))


def test_a_notice_s_project_field_names_the_project_its_builder_runs():
    """07 中江县生态环境局 环评公示: 建设单位：四川西南建兴建设工程有限公司 / 项目名称：成绵高速扩容项目配套砂石
    加工场建设项目: the whole project, run by its builder (base: a project cut at its first 项目, and none
    from the field)."""
    doc = extract_text("中江县生态环境局关于拟对建设项目环境影响报告表作出批复决定的公示\n"
                       "根据建设项目环境影响评价审批程序的有关规定，经审议，我局拟对建设项目环境影响报告表作出批复决定。\n"
                       "建设单位：四川西南建兴建设工程有限公司\n"
                       "项目名称：成绵高速扩容项目配套砂石加工场建设项目\n"
                       "建设地点：中江县富兴镇建兴村")
    assert "成绵高速扩容项目配套砂石加工场建设项目" in _names(doc, "Programme"), _names(doc, "Programme")
    assert ("四川西南建兴建设工程有限公司", "成绵高速扩容项目配套砂石加工场建设项目") in relation_pairs(doc, "runs")
    assert not any(a == "中江县生态环境局" for a, _p in relation_pairs(doc, "runs")), relation_pairs(doc, "runs")


def test_a_project_field_with_its_year_is_the_project():
    """01 魏县行政审批局: 一、项目名称：2021年魏县车往镇回隆镇高标准农田建设项目 (base: no programme of it)."""
    doc = extract_text("魏县行政审批局关于高标准农田建设项目项目建议书的批复\n"
                       "魏县农业农村局：\n你单位报来的项目建议书等相关材料收悉，经研究，现批复如下：\n"
                       "一、项目名称：2021年魏县车往镇回隆镇高标准农田建设项目\n"
                       "二、建设地址：魏县车往镇、回隆镇等2个乡镇11个村")
    assert "2021年魏县车往镇回隆镇高标准农田建设项目" in _names(doc, "Programme"), _names(doc, "Programme")


def test_a_notice_s_dated_term_is_no_figure():
    """04 宝塔区行政审批服务局 环评拟审批公示: 一、公示期：2024年9月6日-2024年9月12日（5个工作日）, and 06 徐闻分局:
    公告期为2023年7月7日—2023年7月17日（工作日7天）: how long the notice stands, no figure of the place (base: a
    metric 工作日 of 延安市 and of 湛江市)."""
    for text in ("延安市宝塔区行政审批服务局拟审批公示\n一、公示期：2024年9月6日-2024年9月12日（5个工作日）。\n"
                 "二、项目占地面积6158平方米。",
                 "湛江市生态环境局徐闻分局公告\n现将作出的审批决定情况予以公告，公告期为2023年7月7日—2023年7月17日"
                 "（工作日7天）。\n项目占地面积6158平方米。"):
        doc = extract_text(text)
        assert [m.value for m in doc.metrics] == [6158], [(m.indicator, m.value) for m in doc.metrics]
