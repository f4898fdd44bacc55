"""Round 79 (brief79): newspaper brief columns and digest pages (要闻简报, county briefs of a city paper, 简讯 under
本报讯 heads, 创建微播报) from fresh texts of /tmp/s26/fresh/brief79 (山西, 河南, 甘肃, 湖北, 广西, 上海, 四川, 安徽):
a second dispatch head (本报讯, 又讯) in a plain-text page opens the next brief, its short headline above it
included, so a county's figures in item 2 never take item 1's county; a listed crop whose name opens the next
item's (大豆3万亩,大豆玉米带状复合种植3万亩) is a fact of its own, not merged into the longer one by their common value; people counted then
going somewhere (作家20余人到商城县, 30余人赴浙江) are named before the figure, not by the place they went to; 县直工委 (the organs'
working committee without 机关) and 县卫体局 (health and sports in one bureau) are agencies of the county."""
from __future__ import annotations

from conftest import extract_text


def _subjects(doc) -> set[tuple[str, str]]:
    return {(doc.entities[m.subject].name if m.subject in doc.entities else m.subject, m.indicator)
            for m in doc.metrics}


def test_a_second_dispatch_head_opens_the_next_brief():
    """02-xinyang-county-briefs (信阳日报): 商城 item, then 潢川整治非法载客营运三轮车成效显著 / 本报讯(邬 盛)…该县共
    查扣非法载客营运三轮车178辆: the figures are 潢川县's, the second brief its own article under its headline
    (base: one article placed in 商城县, every figure 商城县's)."""
    doc = extract_text("商城县举办作家采风活动\n"
                       "本报讯(商 闻)近日,省市作家到商城县进行为期3天的采风活动。\n"
                       "潢川整治三轮车成效显著\n"
                       "本报讯(邬 盛)近期,潢川县对城区非法载客营运三轮车进行整治。截至目前,该县共查扣非法载客营运三轮车178辆。")
    assert [a.title for a in doc.articles] == ["商城县举办作家采风活动", "潢川整治三轮车成效显著"], \
        [a.title for a in doc.articles]
    subjects = _subjects(doc)
    assert ("潢川县", "查扣非法载客营运三轮车") in subjects, subjects
    assert not any(s == "商城县" for s, _ in subjects), subjects


def test_you_xun_opens_another_brief_and_one_dispatch_head_splits_nothing():
    """meeting77 05-minhou (闽侯乡音报): 本报讯 5月23日,… / 又讯 5月29日,…: two meetings, two articles, each
    dated by its own head (base: one article); a story with a single 本报讯 and a reporter's 通讯员 line stays whole."""
    doc = extract_text("县政府常务会议召开\n本报讯 5月23日,县长主持召开县政府常务会议。\n会议研究了有关事项。\n"
                       "又讯 5月29日,县长主持召开县政府第17次常务会议。\n会议研究了有关事项。")
    assert len(doc.articles) == 2, [a.text[:20] for a in doc.articles]
    one = extract_text("县政府常务会议召开\n本报讯 5月23日,县长主持召开县政府常务会议。\n"
                       "本报通讯员张某报道,会议研究了有关事项。")
    assert len(one.articles) == 1, [a.text[:20] for a in one.articles]


def _facts(doc) -> set[tuple[str, float, str]]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def test_a_listed_item_named_on_by_the_next_one_keeps_its_figure():
    """03-zhenyuan-spring-sowing (陇东报, 甘肃镇原县): 播种玉米70万亩、马铃薯6.1万亩、大豆3万亩,大豆玉米带状复合种植3万亩:
    大豆 and 大豆玉米带状复合种植 are two crops of the list, 3万亩 each (base: 大豆 merged into the longer one);
    the same figure repeated in a headline and the body still merges into one fact."""
    doc = extract_text("镇原县抓好春播生产\n今年,镇原县一季度完成整地83.6万亩,其中播种玉米70万亩、马铃薯6.1万亩、"
                       "大豆3万亩,大豆玉米带状复合种植3万亩。")
    got = _facts(doc)
    assert ("大豆", 30000, "亩") in got and ("大豆玉米带状复合种植", 30000, "亩") in got, got
    twice = extract_text("镇原县播种大豆3万亩\n今年,镇原县播种大豆3万亩。")
    assert len([m for m in twice.metrics if m.value == 30000]) == 1, _facts(twice)


def test_people_going_somewhere_are_named_before_the_count():
    """02-xinyang-county-briefs (信阳日报): 省市知名作家20余人到商城县进行为期3天的采风活动: 20 writers (base: the
    indicator 到商城县); so 30余人赴浙江考察; a count with its noun after it keeps that noun."""
    doc = extract_text("商城县举办采风活动\n近日,省市知名作家20余人到商城县进行为期3天的采风活动。")
    assert {m.indicator for m in doc.metrics} == {"省市知名作家"}, _facts(doc)
    went = extract_text("县领导外出考察\n3月5日,县直部门负责人30余人赴浙江考察学习。")
    assert {m.indicator for m in went.metrics} == {"县直部门负责人"}, _facts(went)
    noun = extract_text("活动举行\n5月21日,120多名党员志愿者到新龙社区开展清理活动。")
    assert {m.indicator for m in noun.metrics} == {"党员志愿者"}, _facts(noun)


def _agencies(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Agency"}


def test_zhi_gongwei_and_wei_ti_ju_are_the_countys_agencies():
    """01-changzi-yaowen-jianbao (长子县): 由县直工委、县卫体局、县总工会…联合举办; 08-anqing (迎江区): 区直工委 (base: neither
    body named at all); 教科卫体委 of a congress stays the committee it is."""
    doc = extract_text("长子县举办篮球赛\n9月24日,由县直工委、县卫体局、县总工会联合举办的篮球赛在县体育馆开赛。")
    got = _agencies(doc)
    assert {"长子县直工委", "长子县卫生健康和体育局"} <= got, got
    other = extract_text("某县召开会议\n县教科卫体委主任王五出席。")
    assert "县卫生健康和体育委员会" not in _agencies(other) and "县教科卫体委" in _agencies(other), _agencies(other)
