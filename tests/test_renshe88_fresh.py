"""Round 88 (renshe88): human resources and social security news — city and county 人社局 reports
of employment figures (城镇新增就业, 城镇登记失业率, 农村劳动力转移就业), 春风行动 job fairs with their
organisers (主办/承办), firms and posts, 劳动保障监察 wage-arrears cases and a province's quarterly
figures, from Jiangxi, Anhui, Hubei, Sichuan, Jiangsu, Shaanxi, Ningxia and Zhejiang (fresh texts of
/tmp/s26/fresh/renshe88).  Fixes: a human-resources bureau's employment bureau and job-placement
centre read as agencies (浙江省就业管理服务局, 大冶市就业局, 浙江省职业介绍服务指导中心) — 就业局势 and
就业形势 stay no bureau; the co-organisers' clause of a fair (由A主办，B、C承办) read when it opens with
bodies the finders do not know or with the place written before a body (东岳路街道、大冶市残联…承办,
庐阳区杏林街道办事处承办的) — a clause of other words before the body stays no organiser; organisers
written without 由 before a 的 and the fair (A、B主办，C承办的…专场招聘会) all run it, not only the last;
insurances of unequal length listed before 分别 share the class word the last names (企业职工基本养老、城镇
基本医疗、失业、工伤和生育保险参保人数, not a bare 人数); a source line stamped with a month and no day is
metadata, so the headline over it stays the title; a bare number in quotes (“4050”人员) is part of the
indicator; the 业 of 创业 closes no trade (no 大学生业人数); the next tier of a standard named bare
(第二档) is that standard's."""
from __future__ import annotations

from conftest import extract_text, relation_pairs


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def _runners(doc, programme_end: str) -> set[str]:
    return {a for a, p in relation_pairs(doc, "runs") if p.endswith(programme_end)}


def test_employment_bureaus_and_placement_centres_are_agencies():
    """11-hangzhou-zhaopinzhou: 本次招聘会由浙江省人力资源和社会保障厅、杭州市劳动和社会保障局主办，浙江省就业管理
    服务局、浙江省职业介绍服务指导中心、杭州市就业管理服务局承办 (base: none of the three an agency, so none
    ran the fair); 04-daye-chunfeng: 大冶市就业局 (base: no agency).  就业局势 and 就业形势 of a place name
    no bureau."""
    doc = extract_text("“农民工就业服务招聘周”活动启动\n本次招聘会由浙江省人力资源和社会保障厅主办，浙江省就业管理服务局、"
                       "浙江省职业介绍服务指导中心、杭州市就业管理服务局承办。大冶市就业局派员参加。")
    assert {"浙江省就业管理服务局", "浙江省职业介绍服务指导中心", "杭州市就业管理服务局",
            "大冶市就业局"} <= _names(doc, "Agency"), _names(doc, "Agency")
    assert {"浙江省就业管理服务局", "浙江省职业介绍服务指导中心"} <= _runners(doc, "招聘周"), relation_pairs(doc, "runs")
    doc = extract_text("就业形势稳定\n今年全市就业局势保持稳定，该县就业局面良好，我省就业形势总体平稳。")
    assert not _names(doc, "Agency"), _names(doc, "Agency")


def test_co_organisers_listed_after_a_body_unknown_to_the_finders():
    """04-daye-chunfeng: 由大冶市人社局主办，东岳路街道、大冶市残联、大冶市就业局、高新区招工稳岗指挥部承办 (base: only
    the 人社局 ran 春风行动 — the clause opened with a street, no body, and was dropped).  A clause of other
    words before the body (他说大冶市残联承办) names no organiser."""
    title = "大冶市“春风行动”专场招聘会拉开序幕\n"
    doc = extract_text(title + "此次招聘会由大冶市人社局主办，东岳路街道、大冶市残联、大冶市就业局承办。")
    assert {"大冶市人力资源和社会保障局", "大冶市残联", "大冶市就业局"} <= _runners(doc, "春风行动"), \
        relation_pairs(doc, "runs")
    doc = extract_text(title + "此次招聘会由大冶市人社局主办，他说大冶市残联承办。")
    assert "大冶市残联" not in _runners(doc, "春风行动"), relation_pairs(doc, "runs")


def test_organisers_before_de_and_the_fair_all_run_it():
    """03-luyang-zhaopinhui: 庐阳区人力资源和社会保障局、庐阳区妇联主办，庐阳区杏林街道办事处承办的2022年庐阳区春风
    行动专场招聘会在这里举行 (base: only 杏林街道办事处 ran it; with 由 before them neither the bureau nor the
    federation did — the co-organiser's clause opened with the place 庐阳区).  A bare 主办 clause not
    closed by 的 and the fair names no organiser of it."""
    fair = "庐阳区春风行动专场招聘会"
    for by in ("", "由"):
        doc = extract_text("招聘会举行\n2月20日，" + by + "庐阳区人力资源和社会保障局、庐阳区妇联主办，庐阳区杏林街道办事处"
                           "承办的2022年庐阳区春风行动专场招聘会在这里举行。")
        assert {"庐阳区人力资源和社会保障局", "庐阳区妇联", "杏林街道办事处"} <= _runners(doc, fair), \
            relation_pairs(doc, "runs")
    doc = extract_text("招聘会举行\n2月20日，庐阳区妇联主办，庐阳区杏林街道办事处负责宣传。2022年庐阳区春风行动专场招聘会在这里举行。")
    assert "庐阳区妇联" not in _runners(doc, fair), relation_pairs(doc, "runs")


def _metrics(doc) -> set[tuple]:
    return {(m.indicator, m.value) for m in doc.metrics}


def test_insurances_of_unequal_length_share_the_class_word():
    """10-jiangsu-qiansanjidu: 9月末，企业职工基本养老、城镇基本医疗、失业、工伤和生育保险参保人数分别达到1997.54万人、
    3906.05万人、1477.11万人、1578.28万人和1447.76万人 (base: every figure a bare 人数).  Two items too (base:
    养老、医疗保险参保人数 read 医疗保险参保人数 twice); the equal-length list keeps its shared prefix rule
    (基本养老、失业、工伤保险参保人数 → 失业保险参保人数, no 基本失业)."""
    doc = extract_text("前三季度江苏省城镇新增就业104.68万人\n9月末，企业职工基本养老、城镇基本医疗、失业、工伤和生育保险参保人数"
                       "分别达到1997.54万人、3906.05万人、1477.11万人、1578.28万人和1447.76万人。")
    assert {("企业职工基本养老保险参保人数", 19975400), ("城镇基本医疗保险参保人数", 39060500),
            ("失业保险参保人数", 14771100), ("工伤保险参保人数", 15782800),
            ("生育保险参保人数", 14477600)} <= _metrics(doc), _metrics(doc)
    doc = extract_text("社保\n全省养老、医疗保险参保人数分别为100万人和200万人。")
    assert {("养老保险参保人数", 1000000), ("医疗保险参保人数", 2000000)} <= _metrics(doc), _metrics(doc)
    doc = extract_text("社保\n全省基本养老、失业、工伤保险参保人数分别为10.74亿人、2.48亿人、3.04亿人。")
    assert {("基本养老保险参保人数", 1074000000), ("失业保险参保人数", 248000000)} <= _metrics(doc), _metrics(doc)


def test_a_source_line_stamped_with_a_month_keeps_the_title():
    """01-nanchang-minsheng: under the headline, 来源:南昌市人力资源和社会保障局 2021年12月 (base: a month's stamp
    without its day made the line no metadata, and the headline was read as body: no title).  A body
    sentence after the headline stays body."""
    from conftest import built
    res = built("全市民生工程人社工作专项指标完成情况通报\n来源:南昌市人力资源和社会保障局 2021年12月\n"
                "全市城镇新增就业人数64558人，完成全年指标任务的110.4%。\n")
    titles = [a.get("title") for a in res.document["articles"]]
    assert titles == ["全市民生工程人社工作专项指标完成情况通报"], titles
    assert any(m.value == 64558 for m in res.metrics), res.metrics


def test_the_next_tier_of_a_standard_named_bare():
    """No text of the round holds this sentence: it is written from the topic's brief (最低工资标准 notices set
    their tiers so): 月最低工资标准第一档调整为2200元，第二档为2000元 (base: the second figure a bare 第二档).
    A tier after a figure whose indicator names no tier of its own stays as written."""
    doc = extract_text("最低工资标准调整\n自2023年1月1日起，我省月最低工资标准第一档调整为2200元，第二档为2000元，"
                       "小时最低工资标准第一档为22元，第二档为20元。")
    assert {("月最低工资标准第一档", 2200), ("月最低工资标准第二档", 2000), ("小时最低工资标准第一档", 22),
            ("小时最低工资标准第二档", 20)} <= _metrics(doc), _metrics(doc)
    doc = extract_text("电价\n全市居民用电价格为0.5元，第二档为0.6元。")
    assert not any(i.startswith("居民用电价格第") for i, _v in _metrics(doc)), _metrics(doc)


def test_a_quoted_number_is_part_of_the_indicator():
    """01-nanchang-minsheng: 全市“4050”人员再就业人数5361人，完成全年指标任务的103.1% (base: 人员再就业人数 — the
    quoted “4050”, the 40- and 50-year-olds the programme helps, was read as a figure ending the noun)."""
    doc = extract_text("民生工程\n全市“4050”人员再就业人数5361人，完成全年指标任务的103.1%。")
    assert ("4050人员再就业人数", 5361) in _metrics(doc), _metrics(doc)


def test_the_ye_of_chuangye_closes_no_trade():
    """10-jiangsu-qiansanjidu: 扶持大学生、农民创业分别达1.71万人、3.73万人, written with the count's noun
    (大学生、农民创业人数分别达…; base: 大学生业人数 — the 业 of 创业 read as a trade's, as in 限上批发、零售业零售额).
    The trades' list keeps its shared 业 (限上批发业零售额)."""
    doc = extract_text("创业\n全省大学生、农民创业人数分别达1.71万人、3.73万人。")
    assert not any("生业" in i for i, _v in _metrics(doc)), _metrics(doc)
    doc = extract_text("消费\n限上批发、零售业零售额分别增长5%、6%。")
    assert ("限上批发业零售额增长", 5) in _metrics(doc), _metrics(doc)
