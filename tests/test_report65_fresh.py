"""Round 65 (report65): work reports and leaders' speeches — county, district, city, prefecture and
provincial 政府工作报告 (浮山县, 潮州市, 安庆市, 历城区, 湖北省, 延边州 budget report), a city 党代会报告 (梧州市),
the 全国人大常委会 report and a county speech, from fresh texts of /tmp/s26/fresh/report65.  Fixes: levels
listed in one clause with 、 then changed 较2015年分别… one each in order (not all by the last level); a
country abroad opening a firm's name (新加坡丰益国际等世界500强企业) is no subject of the city's figures nor
where its park is; yardsticks listed after 高于 (高于全国、全省1个、0.2个百分点) are no subjects; a historic
mark passed (总量跨过3000亿元历史性节点) names no indicator."""
from __future__ import annotations

from conftest import extract_text


def _named(doc) -> set[tuple[str | None, str, float]]:
    return {(doc.entities[m.subject].name if m.subject else None, m.indicator, m.value) for m in doc.metrics}


def test_levels_listed_in_one_clause_are_changed_one_each():
    """03-chaozhou-city-report (潮州市, 广东): 2020年全市实现生产总值1097亿元、规模以上工业增加值269.7亿元、一般公共
    预算收入48.6亿元、税费收入144.8亿元，较2015年分别增长26.8%、12%、0.6%和25.9% (base: all four changes
    税费收入增长)."""
    doc = extract_text("潮州市政府工作报告\n2020年全市实现生产总值1097亿元、规模以上工业增加值269.7亿元、"
                       "一般公共预算收入48.6亿元、税费收入144.8亿元,较2015年分别增长26.8%、12%、0.6%和25.9%。")
    got = {(m.indicator, m.value) for m in doc.metrics if m.unit == "%"}
    assert got == {("生产总值增长", 26.8), ("规模以上工业增加值增长", 12), ("一般公共预算收入增长", 0.6),
                   ("税费收入增长", 25.9)}, got
    clauses = extract_text("某县政府工作报告\n全县完成地区生产总值120亿元,一般公共预算收入8亿元,"
                           "比2020年分别增长30%和25%。")
    got = {(m.indicator, m.value) for m in clauses.metrics if m.unit == "%"}
    assert got == {("地区生产总值增长", 30), ("一般公共预算收入增长", 25)}, got


def test_a_country_opening_a_firm_s_name_is_not_the_city_s():
    """03-chaozhou-city-report: 新加坡丰益国际等世界500强企业入驻，“一园六区”引进项目470个，计划投资额近900亿元。
    … 常住人口城镇化率达65.8% (base: 新加坡 the subject of these and the next sentences' figures, and
    一园六区 implementedIn 新加坡)."""
    doc = extract_text("潮州市政府工作报告\n四大发展平台有效构筑。新加坡丰益国际等世界500强企业入驻,“一园六区”引进项目470个,"
                       "计划投资额近900亿元。三是生活水平稳步改善。常住人口城镇化率达65.8%。")
    subjects = {s for s, _i, _v in _named(doc)}
    assert subjects == {"潮州市"}, _named(doc)
    where = {(doc.entities[r.subject].name, doc.entities[r.object].name) for r in doc.relations
             if r.predicate == "implementedIn"}
    assert ("一园六区", "新加坡") not in where, where
    abroad = extract_text("美国经济数据公布\n美国国内生产总值增长2.5%,失业率3.9%。")
    assert {s for s, _i, _v in _named(abroad)} == {"美国"}, _named(abroad)
    home = extract_text("河北省工业经济运行\n河北省钢铁等企业完成产值1000亿元。")
    assert {s for s, _i, _v in _named(home)} == {"河北省"}, _named(home)


def test_yardsticks_listed_after_higher_than_are_no_subjects():
    """05-anqing-city-report (安庆市, 安徽): 全年GDP增长6%，高于全国、全省1个、0.2个百分点 (base: 安徽省 the
    subject of GDP增长高于全国 1个百分点)."""
    doc = extract_text("安庆市政府工作报告\n这一年,全年GDP增长6%,高于全国、全省1个、0.2个百分点。")
    got = {(s, i) for s, i, v in _named(doc)}
    assert ("安庆市", "GDP增长高于全国") in got and ("安庆市", "GDP增长高于全省") in got, got
    listed = extract_text("某市旅游统计\n依次为:长沙市接待371.54万人次、衡阳市接待340.1万人次。")
    assert {s for s, _i, _v in _named(listed)} == {"长沙市", "衡阳市"}, _named(listed)


def test_a_historic_mark_passed_names_no_indicator():
    """05-anqing-city-report: 全年GDP增长6%，…，总量跨过3000亿元历史性节点 (base: an indicator 历史性节点)."""
    doc = extract_text("安庆市政府工作报告\n全年GDP增长6%,总量跨过3000亿元历史性节点。")
    got = {(i, v) for _s, i, v in _named(doc)}
    assert ("总量", 300000000000) in got, got


def test_the_head_of_a_body_handing_over_its_report_holds_its_head_post():
    """10-npc-standing-committee-2026 (全国人大常委会 report): 受全国人大常委会委托，赵乐际委员长向大会报告全国人大
    常委会工作 (base: no person, no post — a name with a bare post reads as a person only before an
    official's act, and 向大会报告 was none; the body is named in the 受…委托 clause)."""
    doc = extract_text("全国人大常委会工作报告\n受全国人大常委会委托,赵乐际委员长向大会报告全国人大常委会工作。")
    held = {(doc.entities[r.subject].name, doc.entities[r.object].name, p["post"]) for r in doc.relations
            if r.predicate == "holdsPost" for p in r.posts}
    assert ("赵乐际", "全国人民代表大会常务委员会", "委员长") in held, held
    county = extract_text("县人大常委会工作报告\n受县人大常委会委托,王建国主任向大会作报告。")
    held = {(doc_p, p["post"]) for r in county.relations if r.predicate == "holdsPost"
            for doc_p in [county.entities[r.subject].name] for p in r.posts}
    assert held == {("王建国", "主任")}, held
    other = extract_text("县人大常委会工作报告\n受县人大常委会委托,王建国局长向大会作报告。")
    assert not [r for r in other.relations if r.predicate == "holdsPost"], other.relations
