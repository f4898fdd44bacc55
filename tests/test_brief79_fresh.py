"""Round 79 (brief79): newspaper brief columns and digest pages (要闻简报, county briefs of a city paper, 简讯 under
本报讯 heads, 创建微播报) from fresh texts of /tmp/s26/fresh/brief79 (山西, 河南, 甘肃, 湖北, 广西, 上海, 四川, 安徽):
a second dispatch head (本报讯, 又讯) in a plain-text page opens the next brief, its short headline above it
included, so a county's figures in item 2 never take item 1's county."""
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
