"""Round 44 (meeting44): meeting and leaders' activity news from fresh texts of
/tmp/s26/fresh/meeting44 (provincial, city, district and county meetings: 常委会会议, 座谈会,
汇报会, 会谈): the leaders' own committees and governments in their attendance lists, the
returned scholars' association among a district's bodies, a meeting's ordinal and agenda no
figures, a consultation forum no named meeting."""
from __future__ import annotations

from conftest import extract_text, held_posts


def _metrics(doc) -> set[tuple]:
    ms = doc.metrics.values() if isinstance(doc.metrics, dict) else doc.metrics
    return {(m.indicator, m.value, m.unit) for m in ms}


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def test_district_secretary_after_a_city_standing_member():
    """06 (余杭区 news, 杭州 named): 市委常委、区委书记刘颖出席会议并讲话 — 刘颖 is the district's
    party secretary, the 区委 written bare as where no place is named (base: only 杭州市委 常委;
    the 区委书记 post lost)."""
    doc = extract_text("区委召开专题座谈会\n昨日上午，区委召开专题座谈会，就全会报告征求意见。"
                       "市委常委、区委书记刘颖出席会议并讲话。为杭州城市重要新中心高质量发展贡献更多智慧和力量。")
    got = held_posts(doc)
    assert ("刘颖", "区委", "书记", None) in got, got
    assert ("刘颖", "杭州市委", "常委", None) in got
    assert not any("市区委" in body for _, body, _, _ in got)


def test_bare_governor_in_provincial_news_naming_no_province():
    """02 (云南 news): 省委书记阮成发主持会议并讲话，省长王予波讲话 — the governor holds his post in
    the bare 省人民政府, as the secretary does in the bare 省委 (base: no post for 王予波)."""
    doc = extract_text("省委省政府召开全省州市经济工作汇报会\n7月28日，省委、省政府召开全省州市经济工作汇报会。"
                       "省委书记阮成发主持会议并讲话，省长王予波讲话，省政协主席李江出席。")
    got = held_posts(doc)
    assert ("王予波", "省人民政府", "省长", None) in got, got
    assert ("阮成发", "省委", "书记", None) in got


def test_bare_governor_beside_another_province_s_governor_is_not_that_province_s():
    """03 (山西日报, filed from 海口): 省长林武与海南省委书记沈晓明、海南省省长冯飞举行工作会谈 — the
    bare 省长 is not Hainan's, whose governor the sentence names in full (base: 林武 省长 of
    海南省)."""
    doc = extract_text("林武与沈晓明冯飞举行工作会谈\n本报海口电(记者张巨峰)5月6日，省长林武与海南省委书记沈晓明、"
                       "海南省省长冯飞举行工作会谈。")
    got = held_posts(doc)
    assert not any(p == "林武" and body.startswith("海南") for p, body, _, _ in got), got
    assert ("冯飞", "海南省", "省长", None) in got


def test_returned_scholars_association_is_no_europe_and_america():
    """12 (渝中区): 区工商联、区侨联、区知联会、区欧美同学会…相关负责人分别发言 — the district's
    欧美同学会 and 知联会 are associations (base: places 欧洲 and 美国, no 欧美同学会)."""
    doc = extract_text("渝中区委召开座谈会\n各民主党派区委、区工商联、区侨联、区知联会、区欧美同学会、"
                       "区新专联相关负责人分别发言。")
    places, orgs = _names(doc, "Place"), _names(doc, "Organization")
    assert "欧洲" not in places and "美国" not in places, places
    assert "渝中区欧美同学会" in orgs and "渝中区知联会" in orgs, orgs
    bare = extract_text("座谈会召开\n欧美同学会会长出席座谈会。")
    assert not {"欧洲", "美国", "欧美"} & _names(bare, "Place")


def test_meeting_number_within_a_term_is_no_count():
    """09 (香格里拉): 二届市委召开108次常委会会议 — the 108th meeting of the committee's 2nd term,
    第 left out (base: a figure 常委会会议 108 次)."""
    doc = extract_text("二届市委召开108次常委会会议\n3月20日，二届市委召开108次常委会会议，专题研究党组工作。")
    assert not any(v == 108 for _, v, _ in _metrics(doc)), _metrics(doc)


def test_agenda_items_of_a_meeting_are_no_figure():
    """10 (明光市): 研究了关于命名市博物馆…事宜等四项议题，并原则通过 — the meeting's agenda (base: a
    figure 议题 4 项)."""
    doc = extract_text("市委召开常委会议\n12月6日，明光市委召开常委会议，会议讨论了全会工作报告、研究了"
                       "关于命名市博物馆等单位为爱国主义教育基地事宜等四项议题，并原则通过。")
    assert not any(ind == "议题" for ind, _, _ in _metrics(doc)), _metrics(doc)


def test_consultation_forum_is_no_named_meeting():
    """08 (闵行区): 中共闵行区委召开专题协商座谈会 — a forum of that kind, no meeting named (base: a
    programme 专题协商座谈会 the 区委 runs)."""
    doc = extract_text("闵行区委举行专题协商座谈会\n12月13日，中共闵行区委召开专题协商座谈会，"
                       "听取各民主党派区委的意见和建议。")
    assert "专题协商座谈会" not in _names(doc, "Programme"), _names(doc, "Programme")


def test_units_counted_end_before_what_they_reported():
    """05 (乐山): 乐山区域中心城市建设工作推进机制23个省直成员单位通报了相关支持情况 — the units
    counted are 省直成员单位; 通报 is what they did (base: indicator 省直成员单位通报了相关支持情况)."""
    doc = extract_text("田向利主持召开工作调度会\n调度会上，乐山市作了工作汇报，乐山区域中心城市建设工作推进机制"
                       "23个省直成员单位通报了相关支持情况。")
    got = {ind for ind, v, _ in _metrics(doc) if v == 23}
    assert got == {"省直成员单位"}, _metrics(doc)


def test_founding_anniversary_is_no_scene_of_a_city_meeting():
    """14 (东阳 news naming no city): 市委书记傅显明…主持召开市委常委扩大会…以优异成绩迎接新中国成立70周年
    — the country is named only in its anniversary, the meeting is the city's (base: article place
    中国, and 经营类事业单位改革 implementedIn 中国)."""
    doc = extract_text("市委召开常委扩大会\n日下午，市委书记傅显明主持召开市委常委扩大会。傅显明强调，要集中精力，"
                       "以优异成绩迎接新中国成立70周年。\n傅显明强调，9月份要平稳有序，推进经营类事业单位改革。")
    assert doc.articles[0].place is None or doc.entities[doc.articles[0].place].name != "中国"
    assert not any(r.predicate == "implementedIn" and doc.entities[r.object].name == "中国"
                   for r in doc.relations), [(r.predicate, doc.entities[r.object].name) for r in doc.relations]


def test_draft_report_by_its_head_word_is_the_report_named_before():
    """06 (余杭区): 就《区委十五届十次全体(扩大)会议报告(征求意见稿)》征求意见…围绕《报告(征求意见稿)》展开
    热烈讨论 — the short title is the report named in full before (base: a second programme
    报告(征求意见稿))."""
    doc = extract_text("区委召开专题座谈会\n区委召开专题座谈会，就《区委十五届十次全体(扩大)会议报告(征求意见稿)》"
                       "征求意见建议。与会代表围绕《报告(征求意见稿)》展开热烈讨论。")
    got = _names(doc, "Programme")
    assert "报告(征求意见稿)" not in got, got
    assert "区委十五届十次全体(扩大)会议报告(征求意见稿)" in got
