"""Round 84 (gongan84): public-security, fire-and-rescue and emergency-management news from fresh texts of
/tmp/s26/fresh/gongan84 (莆田 and 大理 anti-fraud figures, 徐州 fire bulletin, 利州 and 栾川 emergency
bureaus, 周口 and 铁岭 household-registration desks, 霍山 fire brigade, 西华 work-safety survey).
Fixes: a fire bulletin's one-character casualty words (亡8人，伤4人) written out as 死亡/受伤, not the bare
人数; 全国 right after a verb of going (奔赴全国9个省) is a destination, not the national scope of the
squad's figures; a count of people right before a verb of forming a team (民警20余人组成专案组) counts the
people named before it, not the team; a span or a doer before 共 and an inspection verb (两个月共派出检查组,
检查组三天共检查企业) is no part of what is counted; a loss bound before 的 and 案件 (损失50万元以上的案件) classes
the cases, no loss of the place; 警方 doing what is counted (莆田警方累计止付…) is the doer, as 公安机关 is."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> set[tuple[str, float, str]]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def test_one_character_casualty_words_before_the_count():
    """03-xuzhou-xiaofang: 今年1-5月全市共发生火灾4250起，亡8人，伤4人 (base: two figures 人数 8人, 4人)."""
    doc = extract_text("徐州市通报火灾形势\n今年1-5月全市共发生火灾4250起，亡8人，伤4人，直接财产损失1839.4万元。")
    got = _metrics(doc)
    assert ("死亡", 8, "人") in got and ("受伤", 4, "人") in got, got
    assert not any(ind == "人数" for ind, _v, _u in got), got
    # negative: 伤 inside a word before the count (轻伤3人) is not rewritten
    doc = extract_text("某县通报事故\n全县共发生交通事故12起，造成轻伤3人。")
    got = {m.indicator for m in doc.metrics}
    assert "受伤" not in got and "死亡" not in got, got


def test_going_across_the_country_is_no_national_scope():
    """02-dali-dianzha: 专案组先后奔赴全国9个省14个县市同步开展集中行动，共抓获犯罪嫌疑人16人 (base: every
    figure of the sentence the country's, subject 中国)."""
    doc = extract_text("大理市公安局破获电信诈骗案件\n大理市公安局专案组先后奔赴全国9个省14个县市同步开展集中行动，"
                       "共抓获犯罪嫌疑人16人，侦破电信网络诈骗案件8起。")
    subjects = {m.indicator: m.subject for m in doc.metrics}
    assert subjects.get("抓获犯罪嫌疑人") not in (None, "place-iso-CN"), subjects
    assert all(s != "place-iso-CN" for s in subjects.values()), subjects
    # negative: 全国 opening its clause still scopes the figures
    doc = extract_text("公安部通报打击电信网络诈骗战果\n一年来，全国共破获电信网络诈骗案件39.4万起，抓获犯罪嫌疑人63.4万名。")
    assert any(m.subject == "place-iso-CN" for m in doc.metrics), [(m.indicator, m.subject) for m in doc.metrics]


def test_people_forming_a_team_are_counted_not_the_team():
    """02-dali-dianzha: 抽调全市公安机关各警种民警20余人形成一案一策 (base: the indicator 形成一案一策);
    县公安局抽调精干警力30人组成专案组 (base: 组成专案组)."""
    doc = extract_text("县公安局开展专项打击\n县公安局抽调精干警力30人组成专案组，奔赴外地开展抓捕。")
    got = {m.indicator for m in doc.metrics if m.value == 30}
    assert got and all("专案组" not in ind and "警力" in ind for ind in got), got
    # negative (a guangdong63 text's shape): a list closed by 等 before the count is not read back into the
    # clause before (which gave 活动)
    doc = extract_text("港门镇组织开展专题调研活动。本次活动由镇党委书记罗允升亲自带队，镇在家班子、各村党支部书记、"
                       "镇村干部等36人组成调研团，分别到岭北镇田增村实地考察学习。")
    got = {m.indicator for m in doc.metrics if m.value == 36}
    assert "活动" not in got, got


def test_span_and_doer_before_gong_and_an_inspection_verb():
    """05-luanchuan-fangxun: 7月份以来，…两个月共派出各类安全检查组27个 (base: the indicator 两个月共派出各类安全检查组);
    检查组三天共检查企业480家 (base: 检查组三天共检查企业)."""
    doc = extract_text("县应急管理局开展汛期检查。7月份以来，两个月共派出各类安全检查组27个，检查各类企业480家。"
                       "检查组三天共检查企业120家，共发现隐患73处。")
    got = _metrics(doc)
    assert ("派出各类安全检查组", 27, "个") in got, got
    assert ("检查企业", 120, "家") in got, got


def test_a_loss_bound_classes_the_cases_counted():
    """02-dali-dianzha: 侦破个案损失50万元以上的电信网络诈骗案件8起; 对…涉案经济损失50万元以上的案件进行深度分析
    (base: figures 侦破个案损失 500000元 and …涉案经济损失 500000元, a bound read as a loss)."""
    doc = extract_text("大理市公安局破获电信诈骗案件\n市公安局重点对全市范围内发生的涉案经济损失50万元以上的案件进行深度分析，"
                       "共侦破个案损失50万元以上的电信网络诈骗案件8起。")
    got = _metrics(doc)
    assert not any(u == "元" for _i, _v, u in got), got
    assert any(v == 8 and u == "起" for _i, v, u in got), got


def test_the_police_doing_what_is_counted_is_no_word_of_the_indicator():
    """01-putian-dianzha: 莆田警方累计止付电信诈骗涉案资金3.5亿余元 (base: the indicator 警方止付电信诈骗涉案资金);
    警方已抓获犯罪嫌疑人5人 (base: 警方已抓获犯罪嫌疑人)."""
    doc = extract_text("莆田止付电信诈骗涉案资金超3.5亿元\n今年1月至10月，莆田警方累计止付电信诈骗涉案资金3.5亿余元。"
                       "据悉，警方已抓获犯罪嫌疑人5人。")
    got = {m.indicator for m in doc.metrics}
    assert got and not any("警方" in ind for ind in got), got
    assert "抓获犯罪嫌疑人" in got, got
