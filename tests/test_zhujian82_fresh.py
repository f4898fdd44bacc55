"""Round 82 (zhujian82): housing and urban-construction news (老旧小区改造, 加装电梯, 雨污分流, 建筑业, 违建整治)
from fresh texts of /tmp/s26/fresh/zhujian82 (苍溪县, 天柱县, 蓬安县, 四川, 长治, 常州, the ministry): a
university's short name before a street's word (清华街) names the road, not the university; a role noun that
opens a common word with the character after it (居民楼加装电梯: 楼 is also a surname) introduces no person;
a city a national organ's story names only in its dateline (本报北京…电) is no default place of its programmes;
a count after 比上年增加 that names again the noun of the level before (建筑业企业169家，比上年增加6家企业) is its change;
the points an item pulls after its share (占…比重为82.0%，拉动全市增速8.18个百分点) are the item's pull, not the share's change;
a partner joined by 和 and closed by 共 is part of the count (189家总承包和专业承包建筑业企业共完成…)."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def test_a_street_named_after_a_university_s_short_name_is_no_university():
    """08-changzhi-yuwu (长治市住建局): 已完成回化路、石头街、清华街、景里街9条道路雨污分流改造 (base: an
    Organization 清华大学 read from 清华街)."""
    doc = extract_text("主城区雨污分流改造加快推进\n市住建局高效推进建设，已完成回化路、石头街、清华街、景里街等4条道路雨污分流改造。"
                       "南开路排水管网改造同步开工。")
    orgs = _names(doc, "Organization")
    assert "清华大学" not in orgs and "南开大学" not in orgs, orgs
    kept = extract_text("校地合作签约\n市住建局与清华大学签订合作协议，清华专家团队将参与城市更新规划。")
    assert "清华大学" in _names(kept, "Organization"), _names(kept, "Organization")


def test_a_residential_building_is_no_resident_s_name():
    """02-tianzhu-dianti (贵州天柱县): 北部新区蓝天片区居民楼加装电梯工程; 决定为其中的9栋居民楼加装电梯 (base: a
    Person 楼加装, 居民 read as the role noun before a name)."""
    doc = extract_text("天柱县老旧小区加装电梯\n天柱县北部新区蓝天片区居民楼加装电梯工程将在春节前完工。"
                       "天柱县住建局决定为其中的9栋居民楼加装电梯。")
    assert "楼加装" not in _names(doc, "Person"), _names(doc, "Person")
    assert any(m.value == 9 and m.unit == "栋" and m.indicator.startswith("居民楼") for m in doc.metrics), \
        [(m.indicator, m.value, m.unit) for m in doc.metrics]
    kept = extract_text("小区改造惠民生\n小区居民楼国华说：“改造以后，小区干净多了。”居民楼国华已在小区住了三十年。")
    assert "楼国华" in _names(kept, "Person"), _names(kept, "Person")


def _implemented_in(doc) -> set[tuple[str, str]]:
    return {(doc.entities[r.subject].name, doc.entities[r.object].name) for r in doc.relations
            if r.predicate == "implementedIn"}


def test_a_dateline_city_is_no_place_of_a_ministry_s_programmes():
    """07-gmrb-laojiu2025 (光明日报): 本报北京1月28日电 记者…从住房城乡建设部获悉…2026年将着力…“温暖工程”建设
    (base: 温暖工程 implementedIn 北京市, the city the report was filed from)."""
    doc = extract_text("全国新开工改造城镇老旧小区2.71万个\n本报北京1月28日电 记者邱玥28日从住房城乡建设部获悉，2025年，"
                       "全国新开工改造城镇老旧小区2.71万个、499万户。住房城乡建设部相关负责人表示，2026年将推进完整社区建设、"
                       "“温暖工程”建设。")
    assert ("温暖工程", "北京市") not in _implemented_in(doc), _implemented_in(doc)
    kept = extract_text("北京推进老旧小区改造\n本报北京1月28日电 记者从北京市住房城乡建设委获悉，北京市将推进“温暖工程”建设。")
    assert ("温暖工程", "北京市") in _implemented_in(kept), _implemented_in(kept)


def test_a_count_after_a_comparison_naming_the_level_s_noun_is_its_change():
    """05-jianzhuye-q1 (一季度全市建筑业生产平稳增长): 单位数169，比上年同期增加6家企业 (base: a level 企业 6家, a
    count of its own); written 建筑业企业169家，比上年增加6家企业 it is the change of 建筑业企业."""
    doc = extract_text("一季度全市建筑业生产平稳增长\n2022年一季度，全市建筑业企业169家，比上年同期增加6家企业。")
    got = {(m.indicator, m.value, m.kind) for m in doc.metrics}
    assert ("企业", 6, "level") not in got, got
    assert any(v == 6 and k == "change" and i.startswith("建筑业企业") for i, v, k in got), got
    kept = extract_text("市场主体稳步增长\n2022年，全市新增市场主体1200户，比上年同期增加300户企业。")
    assert all(m.kind == "level" for m in kept.metrics), [(m.indicator, m.value, m.kind) for m in kept.metrics]


def test_the_pull_after_an_item_s_share_is_the_item_s():
    """05-jianzhuye-q1: 土木工程建筑业…完成产值43.65亿元，同比增长10.2%，占建筑业总产值的比重为82.0%，拉动全市增速
    8.18个百分点 (base: 产值占建筑业总产值的比重增速, a change of the share; the points are the item's pull)."""
    doc = extract_text("一季度全市建筑业生产平稳增长\n2022年一季度，土木工程建筑业完成产值43.65亿元，同比增长10.2%，"
                       "占建筑业总产值的比重为82.0%，拉动全市增速8.18个百分点。")
    got = {m.indicator for m in doc.metrics if m.value == 8.18}
    assert got == {"土木工程建筑业产值拉动增速"}, got
    kept = extract_text("工业结构优化\n2022年，高技术产业增加值占规上工业的比重为18.2%，比上年提高1.1个百分点。")
    got = {m.indicator for m in kept.metrics if m.value == 1.1}
    assert got and all("比重" in i for i in got), got


def test_firms_of_two_kinds_summed_are_one_count():
    """05-jianzhuye-q1: 我市189家总承包和专业承包建筑业企业（以下简称“建筑业企业”）共完成建筑业总产值53.22亿元 (base:
    总承包 189家, and the output's indicator 和专业承包建筑业企业共完成建筑业总产值)."""
    doc = extract_text("一季度全市建筑业生产平稳增长\n2022年一季度，我市189家总承包和专业承包建筑业企业（以下简称“建筑业企业”）"
                       "共完成建筑业总产值53.22亿元，同比增长8.1%。")
    got = {(m.indicator, m.value) for m in doc.metrics}
    assert ("总承包和专业承包建筑业企业", 189) in got and ("建筑业总产值", 5322000000) in got, got
    kept = extract_text("经营主体\n全市有230家企业和45个合作社，共吸纳就业1200人。")
    got = {(m.indicator, m.value) for m in kept.metrics}
    assert ("企业", 230) in got and ("合作社", 45) in got, got
