"""Round 49 (funds49): housing provident fund and medical insurance figures from fresh texts of
/tmp/s26/fresh/funds49 (广元, 武汉/湖北, 厦门 monthly fund reports; 河北省住房公积金2022年年度报告;
全国住房公积金2022年年度报告): the sum of money written right after a count of transactions is those
transactions' sum (贷款410笔15962万元), not a bare 金额; a place opening a counted noun (1个雄安新区
住房管理中心) is one member, not the subject of the report's figures; the noun 原因 closing a list of
causes after 等 is no part of what is measured (因购房、还贷等原因提取住房公积金)."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> dict[tuple[str, float], str]:
    """{(indicator, value): subject's name} of the document's figures."""
    names = {k: e.name for k, e in doc.entities.items()}
    return {(m.indicator, m.value): names.get(m.subject, m.subject) for m in doc.metrics}


def test_amount_after_a_count_of_transactions_is_their_sum():
    """01 (zfgjj.cngy.gov.cn, 广元): 全市新增提取使用住房公积金11286笔10950.10万元；全市新增住房公积金贷款
    410笔15962万元: the withdrawals' and the loans' sums (base: both 金额)."""
    doc = extract_text("广元市住房公积金2019年11月运行情况\n"
                       "2019年11月，全市新增住房公积金归集额18567.70万元；全市新增提取使用住房公积金11286笔"
                       "10950.10万元；全市新增住房公积金贷款410笔15962万元，其中市本级发放贷款9269万元。")
    got = _metrics(doc)
    assert ("提取使用住房公积金", 109501000) in got and ("住房公积金贷款", 159620000) in got, got
    assert not any(ind == "金额" for ind, _v in got), got
    # only a count of transactions passes its name on: the amount after households and people is
    # not theirs (南开乡2户8人10050元: the aid paid)
    aid = _metrics(extract_text("南开乡开展救助\n2023年，南开乡救助困难群众2户8人10050元。"))
    assert not any(v == 10050 and ind.startswith("救助困难群众") for ind, v in aid), aid


def test_amount_after_a_count_of_loans_and_a_comma_is_the_loans_sum():
    """14 (新华社, 全国住房公积金2022年年度报告): 发放个人住房贷款247.75万笔、11841.85亿元; 06 (湖北日报):
    全年发放贷款6万余笔342亿元 (base: 金额 for both amounts)."""
    doc = extract_text("2022年全国住房公积金发放个人住房贷款逾一万亿元\n"
                       "记者8日从住房和城乡建设部了解到，2022年，全国住房公积金各项业务运行平稳，"
                       "住房公积金缴存额31935.05亿元，发放个人住房贷款247.75万笔、11841.85亿元。")
    got = _metrics(doc)
    assert ("个人住房贷款", 1184185000000) in got and not any(ind == "金额" for ind, _v in got), got
    wuhan = _metrics(extract_text("武汉公积金综合评价居全国副省级城市之首\n"
                                  "2021年，武汉市新增归集金额535.6亿元，同比增长13.88%；全年发放贷款6万余笔342亿元，"
                                  "贷款总额达到2704亿元。"))
    assert ("贷款", 34200000000) in wuhan and not any(ind == "金额" for ind, _v in wuhan), wuhan


def test_a_place_opening_a_counted_body_is_no_subject_of_the_report():
    """13 (河北省住房公积金2022年年度报告): 全省共设11个设区城市住房公积金管理中心，1个雄安新区住房管理中心，
    9个独立设置的分中心。…实缴单位84697家，实缴职工561.55万人: Hebei's figures (base: 雄安新区's, the
    place inside the counted 住房管理中心 taken as the sentence's place and carried on)."""
    doc = extract_text("河北省住房公积金2022年年度报告\n"
                       "一、机构概况：全省共设11个设区城市住房公积金管理中心，1个雄安新区住房管理中心，"
                       "9个独立设置的分中心。从业人员2393人。\n"
                       "二、业务运行情况：2022年，新开户单位11590家；实缴单位84697家，实缴职工561.55万人，"
                       "缴存额839.22亿元。")
    got = _metrics(doc)
    assert got.get(("实缴职工", 5615500)) == "河北省", got
    assert got.get(("从业人员", 2393)) == "河北省", got
    assert "雄安新区" not in got.values(), got


def test_reason_noun_after_a_list_of_causes_is_no_part_of_the_measure():
    """04 (厦门 2011年10月): 职工因购房、还贷、外地户口离厦等原因提取住房公积金60,936人次; 共有153名职工因失业
    满二年、重大疾病、低保等原因提取住房公积金267万元 (base: 原因提取住房公积金 for both)."""
    doc = extract_text("厦门市2011年10月住房公积金运行情况\n"
                       "10月份，我市归集住房公积金4.39亿元。职工因购房、还贷、外地户口离厦等原因提取住房公积金"
                       "60,936人次，提取金额2.51亿元。共有153名职工因失业满二年、重大疾病、低保等原因提取住房公积金"
                       "267万元。")
    got = _metrics(doc)
    assert ("提取住房公积金", 60936) in got and ("提取住房公积金", 2670000) in got, got
    assert not any(ind.startswith("原因") for ind, _v in got), got


def test_since_a_dated_event_is_a_stretch_up_to_now():
    """11 (大众网, 临沂 2024-01-04): 自2019年12月1日国家组织第一批药品集中带量采购以来，临沂市共落实执行国家
    组织集采药品8批333种: the batches since that day, up to now (base: the day 2019-12-01 alone, the
    event between the date and 以来 hiding the stretch); 自2019年…以来 likewise from January 2019."""
    head = "临沂：集采药品更丰富\n时间:2024-01-04 18:53\n12月23日，临沂市召开新闻发布会。"
    day = extract_text(head + "自2019年12月1日国家组织第一批药品集中带量采购以来，临沂市共落实执行国家组织集采药品8批333种。")
    assert {m.period for m in day.metrics if m.unit == "批"} == {"2019-12-01/2024-01"}, \
        [(m.indicator, m.period) for m in day.metrics]
    year = extract_text(head + "自2019年国家组织第一批药品集中带量采购以来，临沂市共落实执行国家组织集采药品8批333种。")
    assert {m.period for m in year.metrics if m.unit == "批"} == {"2019-01/2024-01"}, \
        [(m.indicator, m.period) for m in year.metrics]
    # 自…起 is a start with no 以来: a standard from that day stays dated by it
    start = extract_text(head + "自2024年1月1日起，临沂市城乡居民医保财政补助标准提高到每人每年640元。")
    assert all(m.period != "2024-01-01/2024-01" for m in start.metrics), [(m.indicator, m.period) for m in start.metrics]


def test_an_increment_clause_after_a_level_counts_the_things_added():
    """06 (湖北日报, 武汉 2021): 实缴人数突破263万人，新增24万人，同比增长3.4倍: the 24万 are the members
    added (新增实缴人数), not the level again (base: a second 实缴人数 of 24万人 beside 263万人)."""
    got = _metrics(extract_text("武汉公积金综合评价居全国副省级城市之首\n"
                                "2021年，武汉市实缴人数突破263万人，新增24万人，同比增长3.4倍。"))
    assert ("新增实缴人数", 240000) in got and ("实缴人数", 2630000) in got, got
    assert ("实缴人数", 240000) not in got, got


def test_wei_min_is_one_word_no_copula_before_the_measure():
    """10 (钟祥市融媒体中心): 钟祥市推行国家药品集中带量采购 全年为民减负928万元: the burden lifted for the
    people, 为民减负 (base: 民减负, 为 cut as a copula after 全年)."""
    got = _metrics(extract_text("钟祥市推行国家药品集中带量采购\n钟祥市推行国家药品集中带量采购，全年为民减负928万元。"))
    assert ("为民减负", 9280000) in got, got
    assert not any(ind == "民减负" for ind, _v in got), got


def test_a_column_field_under_the_headline_keeps_the_title():
    """08 (宜昌市医疗保障局 统计快报): 宜昌市2020年上半年医疗保障事业发展统计快报 ⏎ 栏目: 宜昌市医疗保障局 -通知公告
    发布时间:2020-08-24: the CMS's column field is page metadata, its value kept like a source's (base: the
    short field line left in the text, the page lost its title)."""
    doc = extract_text("宜昌市2020年上半年医疗保障事业发展统计快报\n"
                       "栏目：宜昌市医疗保障局 -通知公告 发布时间：2020-08-24\n"
                       "一、基本医疗保险\n"
                       "截至2020年上半年，全市基本医疗保险参保人数3792077人，其中参加职工基本医疗保险1037685人。")
    assert doc.articles[0].title == "宜昌市2020年上半年医疗保障事业发展统计快报", doc.articles[0].title
    assert "宜昌市医疗保障局" in {e.name for e in doc.entities.values() if e.type == "Agency"}
