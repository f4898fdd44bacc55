"""Round 111 (tuopin111): poverty alleviation and its consolidation — county and township summaries
and news (湖北 嘉鱼县 扶贫日 news, a 甘肃 county's 脱贫攻坚 report, 四川 凉山州's last push, 贵州 贵定县's
摘帽 story, 云南 保山市's 防返贫监测 notice and the province's 2022 figures, 木棠镇's and 同心镇's township
summaries; fresh texts of /tmp/s27/txt/tuopin111).  Fixes: a fall to nothing written as a bare zero
(贫困发生率从14.14%下降到0, 由1.33%下降为零) a level of 0 in the unit of the figure it fell from, which was
lost; the people of a household count written after a comma (脱贫144户,630人; 总人口7587户,26932人)
the same group's count, not the bare 人数; in an undated text, a year written right after 占 (占全市2014年末
农业人口总数的2.63%) dates the whole a share is taken of, so a later 全年 no longer runs on it."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def test_a_fall_to_a_bare_zero_is_the_level_after_it():
    """01-jiayu-fupinri: 贫困发生率从14.14%下降到0; 02-gansu-xian-huibao: 贫困发生率由1.33%下降为零;
    base: only the level fallen from (14.14%, 1.33%), the zero lost."""
    doc = extract_text("扶贫\n据统计，截至目前，全县建档立卡贫困人口全部脱贫，贫困发生率从14.14%下降到0，公共基础服务设施明显改善。")
    got = _metrics(doc)
    assert ("贫困发生率", 14.14, "%") in got, got
    assert ("贫困发生率", 0, "%") in got, got
    doc = extract_text("扶贫\n2020年9月，经县级验收认定，剩余贫困人口全部脱贫，贫困发生率由1.33%下降为零，正在接受州级抽查。")
    got = _metrics(doc)
    assert ("贫困发生率", 1.33, "%") in got, got
    assert ("贫困发生率", 0, "%") in got, got
    zero = next(m for m in doc.metrics if m.value == 0)
    assert zero.period == "2020-09", zero.period


def test_a_fall_to_zero_in_people_keeps_the_unit():
    """贫困人口由2013年的3421人减少到0 (the same shape in a count): 0 人, the unit of the figure before."""
    got = _metrics(extract_text("扶贫\n全县贫困人口由2013年的3421人减少到0。"))
    assert ("贫困人口", 0, "人") in got, got


def test_a_zero_with_no_figure_fallen_from_is_left_alone():
    """Guard: 下降到0 with no 由/从 figure right before it reads nothing new; a zero that starts a
    longer number, a figure with its own unit (下降到0.5%) or 零下 (降至零下3℃) is no bare zero."""
    doc = extract_text("安全\n全年事故死亡人数下降到0，安全形势平稳。")
    assert not any(m.value == 0 for m in doc.metrics), _metrics(doc)
    got = _metrics(extract_text("天气\n受冷空气影响，最低气温由5℃降至零下3℃。"))
    assert not any(v == 0 for _i, v, _u in got), got
    got = _metrics(extract_text("扶贫\n全县贫困发生率由14.1%下降到0.5%。"))
    assert ("贫困发生率", 0.5, "%") in got and not any(v == 0 for _i, v, _u in got), got


def test_the_people_after_a_comma_count_the_same_households():
    """08-tongxin-zhen-huibao: 2018年脱贫144户,630人 and 全镇总人口7587户,26932人, 2020年预脱贫135户,567人;
    base: 630人, 26932人 and 567人 each the bare 人数."""
    got = _metrics(extract_text("扶贫\n2018年脱贫144户,630人,力冲村摘帽。全镇总人口7587户,26932人。其中2020年预脱贫135户，567人。"))
    assert ("脱贫", 630, "人") in got, got
    assert ("总人口", 26932, "人") in got, got
    assert ("预脱贫", 567, "人") in got, got


def test_a_comma_before_a_clause_of_its_own_joins_nothing():
    """Guard: after the comma a count with its own noun or verb (1300人受益, 带动500人就业) is its own
    figure, not the households' people."""
    got = _metrics(extract_text("扶贫\n全年改造危房120户，1300人受益。帮扶300户，带动500人就业。"))
    assert ("受益人数", 1300, "人") in got, got
    assert ("就业", 500, "人") in got, got
    assert not any(i in ("改造危房", "帮扶") and u == "人" for i, _v, u in got), got


_BAOSHAN = ("监测通报\n(一)监测对象总体情况。2021年末，全市监测总数为16369户54851人，占2020年末脱贫人口总数的13.99%，"
            "占全市2014年末农业人口总数的2.63%；累计消除风险7282户27256人，风险消除率49.69%。\n"
            "(二)月监测情况。全年开展月监测10次，全年累计新增识别“三类对象”6189户19409人。")


def test_the_year_of_a_share_base_is_no_year_of_the_text():
    """05-baoshan-jiance-tongbao (undated): 2021年末…占全市2014年末农业人口总数的2.63%… ⏎ 全年开展月监测10次;
    base: the monthly checks and the new 三类对象 dated 2014 (the share's whole), not 2021."""
    doc = extract_text(_BAOSHAN)
    periods = {(m.indicator, m.value): m.period for m in doc.metrics}
    assert periods[("月监测", 10)] == "2021", periods
    assert periods[("三类对象", 6189)] == "2021", periods
    assert periods[("累计消除风险", 7282)] == "2021-12-31", periods


def test_a_year_after_another_verb_still_dates_what_follows():
    """Guard: a year that opens its own clause (2022年，…) still dates a later 全年; only the year right
    after 占 is passed over."""
    doc = extract_text("监测通报\n2021年末，全市监测总数为16369户。2022年，新增识别监测对象2000户。\n全年开展月监测10次。")
    periods = {(m.indicator, m.value): m.period for m in doc.metrics}
    assert periods[("月监测", 10)] == "2022", periods
