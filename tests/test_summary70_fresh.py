"""Round 70 (summary70): work summaries and plans (工作总结, 工作计划) of streets and county bureaus
from fresh texts of /tmp/s26/fresh/summary70 (杭州钱塘区下沙街道、白杨街道, 宁波海曙区月湖街道, 上海五角场街道,
衡阳县水利局, 靖宇县水利局 …).  Fixes: a place glossing a dated outbreak's label (“4·25”(拱墅), 10·8钱塘疫情)
is no subject of the street's own figures after it; a slogan's 卓越城区 holds no 越城区 of Shaoxing; a
cumulative 1-11月 still to come in a January post (a year-end summary) is the year before's; a town
(street) opening its own summary's first line is the text's place though the district leading it is named;
关于转发下达X的通知 issues X (both verbs wrap it)."""
from __future__ import annotations

from conftest import extract_text


def _subjects(doc) -> dict[float, str | None]:
    return {m.value: (doc.entities[m.subject].name if m.subject else None) for m in doc.metrics}


def _places(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Place"}


def test_a_place_glossing_an_outbreak_label_is_no_subject():
    """01-xiasha-street (qiantang.gov.cn): 成功打赢了“1·26”(滨江)、“4·25”(拱墅)等多场疫情遭遇战,…组建…1800余名
    战时力量 (base: the 1800 of 拱墅区, where one outbreak was, not of the street that did the work)."""
    doc = extract_text("下沙街道2022年半年度工作总结\n今年以来,杭州市钱塘区下沙街道统筹推进疫情防控。"
                       "成功打赢了“1·26”(滨江)和“4·25”(拱墅)等多场疫情遭遇战,快速组建1800余名战时力量,"
                       "做好1250名管控人员的服务保障。")
    got = _subjects(doc)
    assert got.get(1800) not in ("拱墅区", "滨江区"), got
    assert got.get(1250) not in ("拱墅区", "滨江区"), got


def test_a_place_glued_to_an_outbreak_date_is_no_subject():
    """04-baiyang-street (qiantang.gov.cn): 有效应对3·5上城疫情,4·18、8·16和10·8钱塘疫情等多次疫情,累计排查居民
    17.34万人 (base: 173400 of 钱塘, the outbreak's place).  Negative check: a place in parentheses after no
    dated label (临泉县(阜阳)) keeps its say."""
    doc = extract_text("白杨街道2022年工作总结\n今年以来,白杨街道在区委、区政府的坚强领导下,扎实推进各项工作。\n"
                       "1.从严从紧抓好新冠疫情防控。有效应对3·5上城疫情,4·18、8·16和10·8钱塘疫情等多次疫情,"
                       "累计排查居民17.34万人,管控5.79万人。")
    got = _subjects(doc)
    assert got.get(173400) not in ("钱塘", "钱塘区"), got
    doc = extract_text("阜阳市卫健委消息\n今年以来,临泉县(阜阳)新建村级卫生室12个。")
    assert _subjects(doc).get(12) is not None, _subjects(doc)


def test_an_excellent_urban_district_is_no_yuecheng():
    """05-yuehu-street (宁波海曙区月湖街道): 为海曙区…全面建设现代化滨海大都市卓越城区贡献力量 (base: a Place
    越城区, Shaoxing's district, read out of 卓越城区)."""
    doc = extract_text("月湖街道2022年工作总结\n2022年,宁波市海曙区月湖街道着力推进“美好月湖”建设,"
                       "为海曙区全面建设现代化滨海大都市卓越城区贡献力量。")
    assert "越城区" not in _places(doc), _places(doc)
    doc = extract_text("越城区召开工作会议\n绍兴市越城区召开2023年经济工作会议。")
    assert "越城区" in _places(doc), _places(doc)


def _periods(doc) -> dict[float, str | None]:
    return {m.value: m.period for m in doc.metrics}


def test_months_not_yet_over_in_a_january_summary_are_last_year_s():
    """04-baiyang-street (posted 2023-01-12, 白杨街道2022年工作总结): 今年1-11月,街道实现财政总收入18.35亿元
    (base: 2023-01/2023-11, eleven months still to come).  Negative checks: a plan's 1-6月 in the same
    January text stays this year's; a December post's 今年1-11月 stays its year."""
    doc = extract_text("白杨街道2022年工作总结\n发布日期:2023-01-12 17:22 信息来源:白杨街道\n"
                       "今年1-11月,街道实现财政总收入18.35亿元,同比增长28.69%。")
    assert _periods(doc).get(1835000000) == "2022-01/2022-11", _periods(doc)
    doc = extract_text("白杨街道2022年工作总结\n发布日期:2023-01-12 17:22 信息来源:白杨街道\n1-6月,计划新建停车泊位350个。")
    assert _periods(doc).get(350) == "2023-01/2023-06", _periods(doc)
    doc = extract_text("白杨街道工作动态\n发布日期:2022-12-12 17:22 信息来源:白杨街道\n今年1-11月,街道实现财政总收入18.35亿元。")
    assert _periods(doc).get(1835000000) == "2022-01/2022-11", _periods(doc)


def test_a_street_heading_its_own_summary_is_its_place():
    """04-baiyang-street (白杨街道, a name several districts share): 白杨街道2022年工作总结及2023年工作思路 ⏎
    今年以来,白杨街道在区委、区政府的坚强领导下… (base: no place, every figure without a subject — the
    district's organs, named only leading the street, read as the text speaking as a district).
    Negative checks: a text speaking as the district (全区) or a county (我县) stays without the town."""
    doc = extract_text("白杨街道2022年工作总结及2023年工作思路\n今年以来,白杨街道在区委、区政府的坚强领导下,扎实推进各项工作。"
                       "街道领导带队敲门招商57次,新引进企业42家,完成华顺公寓、东海未名园等3个老旧小区改造。")
    assert _subjects(doc).get(57) == "白杨街道", _subjects(doc)
    doc = extract_text("白杨街道2022年工作总结及2023年工作思路\n今年以来,白杨街道在区委、区政府的坚强领导下,扎实推进各项工作。"
                       "全区新引进企业42家。")
    assert _subjects(doc).get(42) != "白杨街道", _subjects(doc)
    doc = extract_text("白杨街道召开工作会议\n今年以来,我县在县委的坚强领导下,扎实推进各项工作。全县新引进企业42家。")
    assert _subjects(doc).get(42) != "白杨街道", _subjects(doc)


def test_a_notice_passing_on_an_issued_list_names_the_list():
    """07-hengyang-water-bureau (hyx.gov.cn): 省发改委《关于转发下达2023年增发国债第二批项目清单的通知》 (base: a
    Programme 下达2023年增发国债第二批项目清单, the verb kept).  Negative check: a plain 转发 wrapper reads as before."""
    doc = extract_text("衡阳县水利局2023年工作总结\n省发改委《关于转发下达2023年增发国债第二批项目清单的通知》明确我县成功争取"
                       "国债水利项目47个。")
    names = {e.name for e in doc.entities.values() if e.type == "Programme"}
    assert "2023年增发国债第二批项目清单" in names and not any(n.startswith("下达") for n in names), names
    doc = extract_text("某县\n县政府印发《关于转发省政府关于加强安全生产工作意见的通知》。")
    names = {e.name for e in doc.entities.values() if e.type == "Programme"}
    assert "省政府关于加强安全生产工作意见" in names, names
