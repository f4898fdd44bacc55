"""Round 91 (tiyu91): sports texts — city and county news of 省运会 and 机关运动会 (medal tallies,
团体总分, 名次), a 体育局 head's report on 全民健身 facilities and the national 体育场地 figures, from Gansu
(天水), Jiangsu (南京), Zhejiang (杭州), Shandong (青岛), Guangxi (北部湾城市运动会) and the national 体育总局
(fresh texts of /tmp/s26/fresh/tiyu91).  Fix: a games' medal tally written short (共收获55金39银28铜,
收获112金61银49.5铜, 36金、17银、11铜) read as so many 枚 of 金牌, 银牌 and 铜牌 — the base read none of
it; a lone count before 金 (以9金成为…) and a digit before a word that starts with 金 or 银 (3金属) stay
unread, and a tally does not take the figure after it (团体总分1869分 keeps its indicator)."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> set[tuple]:
    return {(doc.entities[m.subject].name if m.subject in doc.entities else None, m.indicator, m.value, m.unit)
            for m in doc.metrics}


def test_a_short_medal_tally_is_three_medal_counts():
    """01-tianshui-shengyunhui: 至此,我市共收获55金39银28铜,团体总分1869分,金牌和团体总分均列全省第三 (base:
    no medal count at all, only 团体总分).  Shared medals are fractions (49.5铜)."""
    doc = extract_text("天水代表团收官\n天水日报 2014-08-22\n8月21日,甘肃省第十三届运动会完成所有比赛。"
                       "天水市代表团共收获55金39银28铜,团体总分1869分,金牌和团体总分均列全省第三。")
    got = _metrics(doc)
    assert ("天水市", "金牌", 55, "枚") in got
    assert ("天水市", "银牌", 39, "枚") in got
    assert ("天水市", "铜牌", 28, "枚") in got
    assert ("天水市", "团体总分", 1869, "分") in got  # the figure after the tally keeps its own indicator
    assert not any(m[2] == 3 for m in got)  # 全省第三: a rank, no figure


def test_a_tally_with_fractions_and_list_marks():
    """01-tianshui-shengyunhui: 实力强大的兰州队收获112金61银49.5铜 (base: nothing); the same tally with
    list marks as a national games' report writes it (夺得36金、17银、11铜共64枚奖牌)."""
    got = _metrics(extract_text("省运会闭幕\n甘肃省第十三届运动会闭幕,实力强大的兰州队收获112金61银49.5铜。"))
    assert {m[1:] for m in got} >= {("金牌", 112, "枚"), ("银牌", 61, "枚"), ("铜牌", 49.5, "枚")}
    got = _metrics(extract_text("世运会闭幕\n中国体育代表团在本届世运会上夺得36金、17银、11铜共64枚奖牌。"))
    assert {m[1:] for m in got} >= {("金牌", 36, "枚"), ("银牌", 17, "枚"), ("铜牌", 11, "枚"), ("奖牌", 64, "枚")}


def test_a_lone_count_before_jin_is_no_medal_tally():
    """A count before 金 alone (以9金成为获得金牌数最多的运动员) or before a word that starts with a mark
    (3金属, 2银行) is no tally: the rule wants two marks, one right after the other."""
    got = _metrics(extract_text("大运会收官\n奥运冠军张雨霏以9金成为获得金牌数最多的运动员。"))
    assert not any(m[1] in ("金牌", "银牌", "铜牌") for m in got)
    got = _metrics(extract_text("企业情况\n该市新增3金属加工企业,2银行网点。"))
    assert not any(m[1] in ("金牌", "银牌", "铜牌") for m in got)


def test_a_tally_in_traditional_characters():
    """A Hong Kong wire's report of the national team (hkcna, 成都世運會閉幕: 中國體育代表團在本屆世運會上奪得36金、
    17銀、11銅共64枚獎牌): the page is read in simplified characters first, so its tally is read as well."""
    got = _metrics(extract_text("世運會閉幕\n中國體育代表團在本屆世運會上奪得36金、17銀、11銅共64枚獎牌。"))
    assert {m[1:] for m in got} >= {("金牌", 36, "枚"), ("银牌", 17, "枚"), ("铜牌", 11, "枚")}
