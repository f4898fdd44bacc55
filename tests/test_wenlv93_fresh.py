"""Round 93 (wenlv93): 文旅 news — holiday summaries of 文化和旅游厅/文旅局 (春节假日, 五一, 端午, 国庆/十一黄金周:
接待游客 万人次, 旅游收入 亿元, 按可比口径同比增长, A级/5A级景区 counts, 演出 场次) and a province's yearly 文旅成绩单,
from Anhui, Sichuan (成都金堂, 广元青川, 巴中平昌, the province's 五一 first-day summary), Hubei (房县), Henan and the
ministry (fresh texts of /tmp/s26/fresh/wenlv93).  Fixes: a year right after 超/超过/超出 (提前3个月超2019年全年接待量,
均超过2019年发展水平) is the level surpassed, not the time of the figures after it; 提前N个月 (how far ahead of time)
is no first N months of a year; scenic areas listed before 分别接待游客 each receive their own visitors (天柱山接待游客,
古徽州文化旅游区接待游客), not every figure the last area's, even when some are named like places (黄山, 九华山); a county
site's stamp line with its publishing unit (2018-10-08 单位:县政府办 作者:…) is page metadata, so the headline and date are
read (a lone 单位:万元 stays text); a scenic area the text writes in full (西关印象景区) and short elsewhere (在西关印象、…房州古镇
等景区) is no place 西关 in the short form either."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> list[tuple]:
    return [(doc.entities[m.subject].name if m.subject in doc.entities else None, m.indicator, m.value, m.unit,
             m.period) for m in doc.metrics]


def test_a_year_surpassed_is_no_period():
    """09-anhui-2023-chengjidan: 其中,黄山风景区提前3个月超2019年全年接待量,九华山、天柱山门票收入分别恢复至2019年的142%、
    144% (base: both shares dated 2019, the year surpassed — then, once that was read as a base, 2023-01/2023-03 from
    提前3个月).  The year of the article's opening sentence stays theirs; a year before 超过 as its subject still dates."""
    doc = extract_text("安徽文旅成绩单\n2024-01-12\n2023年,安徽全年接待国内游客8.48亿人次,均超过2019年发展水平。"
                       "其中,黄山风景区提前3个月超2019年全年接待量,九华山门票收入恢复至2019年的142%。")
    periods = {p for *_r, p in _metrics(doc)}
    assert periods == {"2023"}, _metrics(doc)
    doc = extract_text("文旅\n2024-01-12\n2020年接待游客超2万人次。")
    assert [p for *_r, p in _metrics(doc)] == ["2020"], _metrics(doc)


def test_ahead_of_time_is_no_first_months():
    """09-anhui-2023-chengjidan: 提前3个月超2019年全年接待量 — how far ahead of time (base: the first three months of the
    year, 2023-01/2023-03, for the figure after it).  前3个月 alone stays the first three months."""
    doc = extract_text("文旅\n2024-01-12\n2023年,全市接待游客8万人次。景区提前3个月完成目标,门票收入1.2亿元。")
    assert "2023-01/2023-03" not in {p for *_r, p in _metrics(doc)}, _metrics(doc)
    doc = extract_text("文旅\n2024-07-12\n前3个月接待游客2万人次。")
    assert [p for *_r, p in _metrics(doc)] == ["2024-01/2024-03"], _metrics(doc)


def test_scenic_areas_listed_before_respective_visitors():
    """01-anhui-chunjie-2025: 黄山、九华山、天柱山、古徽州文化旅游区、三河古镇分别接待游客20.6万人次、47.2万人次、20.8万人次、
    35.9万人次、36.6万人次 (base: every figure 三河古镇接待游客, the last area's).  Each area gets its own figure; a list of
    places (合肥市、芜湖市分别接待游客…) still gives each place its figure of 接待游客."""
    doc = extract_text("文旅\n2025-02-05\n春节假日期间,天柱山、古徽州文化旅游区、三河古镇分别接待游客20.8万人次、"
                       "35.9万人次、36.6万人次。")
    got = {(ind, val) for _s, ind, val, *_r in _metrics(doc)}
    assert got == {("天柱山接待游客", 208000), ("古徽州文化旅游区接待游客", 359000), ("三河古镇接待游客", 366000)}, got
    doc = extract_text("文旅\n2025-02-05\n春节假日期间,黄山、九华山、天柱山、古徽州文化旅游区、三河古镇分别接待游客20.6万人次、"
                       "47.2万人次、20.8万人次、35.9万人次、36.6万人次。")
    got = [ind for _s, ind, *_r in _metrics(doc)]
    assert sorted(got) == sorted(["黄山接待游客", "九华山接待游客", "天柱山接待游客", "古徽州文化旅游区接待游客",
                                  "三河古镇接待游客"]), got  # (some areas named like places: the list is still of areas)
    doc = extract_text("文旅\n2025-02-05\n春节假日期间,合肥市、芜湖市分别接待游客20.6万人次、47.2万人次。")
    got = {(s, ind, val) for s, ind, val, *_r in _metrics(doc)}
    assert got == {("合肥市", "接待游客", 206000), ("芜湖市", "接待游客", 472000)}, got


def test_a_stamp_line_with_the_publishing_unit():
    """05-pingchang-guoqing: 国庆黄金周,我县乡村旅游持续升温 ⏎ 2018-10-08 单位:县政府办 作者:王海林 (the county site's stamp,
    here without its clock; base: no date and no title, the line read as body text).  A lone 单位:万元 over a table
    stays text (its unit)."""
    from kg.stages import chrome
    doc = extract_text("国庆黄金周,我县乡村旅游持续升温\n2018-10-08 单位:县政府办 作者:王海林\n"
                       "我县国庆黄金周游客数量较去年黄金周都有大幅增长。")
    assert [(a.title, a.date) for a in doc.articles] == [("国庆黄金周,我县乡村旅游持续升温", "2018-10-08")], doc.articles
    assert chrome._meta("单位:万元") is None


def test_a_scenic_area_written_short_is_no_place():
    """04-fangxian-guoqing: “文化进景区”活动在西关印象、花田酒溪黄酒文化民俗村、房州古镇等景区精彩上演 … 西关印象景区接待游客突破
    10万人次 (base: 西关 a place, from the first, short mention).  The text writes the area in full elsewhere, so the
    short one is that area too; 西关 of 西关、东关两个社区 stays a place, and so does the mountain of 到天华山旅游。 beside
    天华山旅游景区 (旅游 names no area)."""
    doc = extract_text("房县国庆假期\n在西关印象、房州古镇等景区开展活动。西关印象景区接待游客突破10万人次。")
    assert not any(e.name.startswith("西关") for e in doc.entities.values() if e.type == "Place"), \
        [e.name for e in doc.entities.values()]
    doc = extract_text("社区\n西关印象景区接待游客突破10万人次。西关、东关两个社区开展活动。")
    assert "西关" in {e.name for e in doc.entities.values() if e.type == "Place"}, [e.name for e in doc.entities.values()]
