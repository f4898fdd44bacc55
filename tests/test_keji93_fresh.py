"""Round 93 (keji93): science-and-technology and industry-and-information texts — a provincial 科技厅's
half-year figures (技术合同成交额, 财政科技支出), a city's 科技局 on 高新技术企业 and 科技型中小企业, a county
工信局 chief's report and a county's first-quarter industry figures (规上工业增加值, 工业用电量), 工信部 and
People's Daily on 规上工业增加值, 专精特新“小巨人” and 5G, 国家知识产权局 on 每万人口高价值发明专利拥有量 and
国家统计局 on 数字经济核心产业增加值, from Henan, Beijing, Jiangxi and the national level (fresh texts of
/tmp/s26/fresh/keji93).  Fixes: electricity in 千瓦小时 (read as 千瓦 of a measure called 小时); 提前一个月
完成 read as the year's first month; a goal's quoted name (“三年翻两番”工业发展目标) read as a multiple; the
next sectors of a ranking (其次是信息通信技术服务业，增加值为…) given the first one's 增加值; a ranked share
(占…的比重最高，为43.6%) read as a second level; a measure written as a pair (汽车年产销量分别增长3.4%和2.1%)
given the items of the list before; and the 同 of 合同 taken for a comparison (技术合同成交额同比增长 → 技术合)."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def _by_indicator(doc) -> dict:
    return {m.indicator: m for m in doc.metrics}


def test_electricity_in_kilowatt_hours_written_out():
    """06-yugan-gongye-q1: 全县工业用电量2.61亿千瓦小时，同比增长18.5% (base: indicator 小时, 2.61亿 千瓦)."""
    doc = extract_text("工业经济首季开门红\n1-3月，全县工业用电量2.61亿千瓦小时，同比增长18.5%。")
    assert ("工业用电量", 261000000, "千瓦时") in _metrics(doc), _metrics(doc)
    assert not any(m.indicator.startswith("小时") or m.unit == "千瓦" for m in doc.metrics), _metrics(doc)
    doc = extract_text("电站投产\n电站装机容量12万千瓦，每小时发电量可观。")
    assert ("电站装机容量", 120000, "千瓦") in _metrics(doc), _metrics(doc)


def test_ahead_of_time_by_a_month_is_no_first_month():
    """07-xian-gxj-fayan: 2021年1-11月…规模以上工业企业营收为30.86亿元，提前一个月完成市下达的30亿元的任务 (base:
    the target's period 2021-01, 前一个月 read as the year's first month).  2023年前两个月 stays Jan-Feb."""
    doc = extract_text("工业运行\n据统计，2021年1-11月规模以上工业企业营收为30.86亿元，提前一个月完成市下达的30亿元的任务。")
    assert all(m.period != "2021-01/2021-01" for m in doc.metrics), [(m.indicator, m.period) for m in doc.metrics]
    doc = extract_text("工业运行\n据统计，2023年前两个月全市规模以上工业增加值增长6.1%。")
    assert [m.period for m in doc.metrics] == ["2023-01/2023-02"], [(m.indicator, m.period) for m in doc.metrics]


def test_a_goals_quoted_name_is_no_multiple():
    """07-xian-gxj-fayan: 紧紧围绕“三年翻两番”工业发展目标 / 县“三年翻两番”2022年目标任务是 (base: 4 倍 of 紧紧围绕
    and of 县三年).  A doubling quoted alone (产值实现“翻一番”) or closing its clause stays a multiple."""
    doc = extract_text("工作计划\n紧紧围绕“三年翻两番”工业发展目标，推进工作。县“三年翻两番”2022年目标任务是：全县规模以上"
                       "工业增加值达到10.86亿元。")
    assert not [m for m in doc.metrics if m.unit == "倍"], _metrics(doc)
    assert ("规模以上工业增加值", 1086000000, "元") in _metrics(doc), _metrics(doc)
    doc = extract_text("发展目标\n到2025年，全市工业产值实现“翻一番”。全县工业总产值“五年翻两番”。")
    assert {("工业产值", 2, "倍"), ("工业总产值", 4, "倍")} <= _metrics(doc), _metrics(doc)


def test_next_sectors_of_a_ranking_own_their_value_added():
    """09-tjj-shuzi-jingji: 新装备制造业规模最大，增加值为48808亿元…；其次是信息通信技术服务业，增加值为39322亿元，
    所占比重为23.3%；再次是信息通信技术制造业，增加值为32101亿元 (base: all three 新装备制造业增加值)."""
    doc = extract_text("专利密集型产业\n从内部构成看，新装备制造业规模最大，增加值为48808亿元，占专利密集型产业增加值的比重为"
                       "28.9%；其次是信息通信技术服务业，增加值为39322亿元，所占比重为23.3%；再次是信息通信技术制造业，"
                       "增加值为32101亿元，所占比重为19.0%。")
    got = _metrics(doc)
    assert {("新装备制造业增加值", 4880800000000, "元"), ("信息通信技术服务业增加值", 3932200000000, "元"),
            ("信息通信技术制造业增加值", 3210100000000, "元"),
            ("信息通信技术服务业增加值所占比重", 23.3, "%")} <= got, got
    assert len([m for m in doc.metrics if m.indicator == "新装备制造业增加值"]) == 1, got
    # a sector with a comment on it still gives its value added (其中，金融业活力凸显，前三季度增加值实现…)
    doc = extract_text("经济运行\n其中，金融业活力凸显，前三季度增加值实现200.8亿元。")
    assert ("金融业增加值", 20080000000, "元") in _metrics(doc), _metrics(doc)


def test_a_ranked_share_after_a_level_is_its_share():
    """09-tjj-shuzi-jingji: 数字技术应用业增加值为55636亿元，占数字经济核心产业的比重最高，为43.6% (base: a second
    level of 数字技术应用业增加值, 43.6 %).  A superlative clause with no 占 (城区人口最多，为…) is left alone."""
    doc = extract_text("数字经济\n从内部构成看，数字技术应用业增加值为55636亿元，占数字经济核心产业的比重最高，为43.6%；"
                       "数字产品制造业增加值为43135亿元，所占比重为33.8%。")
    m = _by_indicator(doc).get("数字技术应用业增加值占数字经济核心产业的比重")
    assert m is not None and m.value == 43.6 and m.kind == "share", _metrics(doc)
    assert ("数字技术应用业增加值", 43.6, "%") not in _metrics(doc)
    doc = extract_text("人口\n全市常住人口为500万人，其中城区人口最多，为43.6%。")
    assert not [m for m in doc.metrics if "占" in m.indicator], _metrics(doc)


def test_a_paired_measure_splits_into_its_parts():
    """03-miit-tianyulong: 电气机械、仪器仪表等行业分别增长11.9%、4.6%，汽车年产销量分别增长3.4%和2.1% (base:
    电气机械行业汽车年产销量增长 3.4 and 仪器仪表行业汽车年产销量增长 2.1)."""
    doc = extract_text("工业运行\n装备制造业增加值增长5.6%。其中，电气机械、仪器仪表等行业分别增长11.9%、4.6%，"
                       "汽车年产销量分别增长3.4%和2.1%。")
    got = _metrics(doc)
    assert {("汽车年产量增长", 3.4, "%"), ("汽车年销量增长", 2.1, "%"), ("电气机械行业增长", 11.9, "%")} <= got, got
    assert not [m for m in doc.metrics if "行业汽车" in m.indicator], got
    doc = extract_text("汽车\n1-11月，全市汽车产销量分别完成25.3万辆和24.8万辆。")
    assert {("汽车产量", 253000, "辆"), ("汽车销量", 248000, "辆")} <= _metrics(doc), _metrics(doc)
    # a bare measure after a list still measures the list's items again
    doc = extract_text("工业运行\n其中，汽车、电气行业累计增速分别为5%、6%，两年平均增速分别为3%、4%。")
    assert ("汽车两年平均增速", 3, "%") in _metrics(doc), _metrics(doc)


def test_the_tong_of_hetong_compares_nothing():
    """01-henan-kjt-h1: 技术合同成交额达612.08亿元，同比增长11.7%，占全省技术合同成交额的95.6% (base: the share's
    indicator 技术合占全省技术合同成交额, the level cut at the 同 of 合同)."""
    doc = extract_text("技术交易\n企业法人继续保持技术交易主体地位，技术合同成交额达612.08亿元，同比增长11.7%，"
                       "占全省技术合同成交额的95.6%。")
    got = _metrics(doc)
    assert ("技术合同成交额占全省技术合同成交额", 95.6, "%") in got, got
    assert not [m for m in doc.metrics if m.indicator.startswith("技术合占")], got
    # a real comparison with 同 still cuts: 工业增加值同上年相比增长
    doc = extract_text("工业\n全县工业增加值10亿元，同上年相比增长8%，占地区生产总值的40%。")
    assert ("工业增加值占地区生产总值", 40, "%") in _metrics(doc), _metrics(doc)


def test_science_and_industry_agencies_and_programmes():
    """The topic's agencies with their places and its classes of firms (no places): 深圳市科技创新委员会,
    苏州市工业和信息化局, 杭州市科学技术局; 专精特新“小巨人”企业, R&D经费投入强度, 每万人口发明专利拥有量, 5G基站
    (base already right: pinned so that no fix of this round undoes it)."""
    doc = extract_text("科技工作\n深圳市科技创新委员会发布，2023年深圳全社会研发投入强度达到5.81%，每万人口发明专利拥有量达到137.9件。"
                       "苏州市工业和信息化局介绍，全市净增国家高新技术企业1200家，新增专精特新“小巨人”企业45家，"
                       "R&D经费投入强度达3.9%。杭州市科学技术局表示，全市5G基站达到3.2万个。")
    agencies = {e.name for e in doc.entities.values() if e.type == "Agency"}
    assert {"深圳市科技创新委员会", "苏州市工业和信息化局", "杭州市科学技术局"} <= agencies, agencies
    places = {e.name for e in doc.entities.values() if e.type == "Place"}
    assert not {p for p in places if "专精" in p or "巨人" in p}, places
    got = _metrics(doc)
    assert {("每万人口发明专利拥有量", 137.9, "件"), ("R&D经费投入强度", 3.9, "%"), ("5G基站", 32000, "个"),
            ("净增国家高新技术企业", 1200, "家")} <= got, got
