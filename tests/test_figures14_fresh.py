"""Figures in shapes read on fresh county statistics releases, quarterly analyses, department
budget notes and county news (round 14): a bracketed yardstick value (增长7.5%（全市11.1%）,
高于全国(5.4%)、全省(5.2%)) is no figure of the subject; a part after 其中 ending in the whole's head
noun (总编制…，其中行政编13个) is named already; a visiting party (一行5人) and the titles just listed
(《…》等三个文件) are no figures; a bare 产量 after a crop's area is that crop's; a second yardstick
(高于全国…，高于全省…) compares the same growth; 占比较去年同期提升 is the change of the share just
given; a monthly brief dated only in its title gives its lead period to later paragraphs.
Sentences written for these tests in the shape of such texts (figures illustrative)."""
from __future__ import annotations

from kg.builder import extract_document
from kg.model import Doc


def _metrics(text: str, date: str | None = "2024-05-20"):
    doc = Doc(id="t", source="t.txt", text=text)
    doc.date = date
    res = extract_document(doc)
    names = {k: e.name for k, e in res.entities.items()}
    return {(m.value, m.unit): (m.indicator, names.get(m.subject), m.kind, m.period) for m in res.metrics}


def test_bracketed_yardstick_value_is_no_figure():
    """全县规模以上工业增加值同比增长8.5%（全市10.2%），较去年同期回落1.1个百分点: 10.2% is the
    city's, written to compare; the fall in points is the county's growth rate's."""
    got = _metrics("一季度，全县规模以上工业增加值同比增长8.5%（全市10.2%），较去年同期回落1.1个百分点，"
                   "六县市排名第四。")
    assert (10.2, "%") not in got
    assert got[(8.5, "%")][0] == "规模以上工业增加值同比增长"
    assert got[(1.1, "个百分点")][0] == "规模以上工业增加值同比增长较去年同期回落"
    got = _metrics("一季度，全县社会消费品零售总额18.6亿元，同比增长6.3%（全市平均为5.9%）。")
    assert (5.9, "%") not in got
    assert got[(6.3, "%")][0] == "社会消费品零售总额同比增长"


def test_bracketed_yardsticks_of_one_comparison():
    """增速高于全国(5.4%)、全省(5.2%)0.2和0.4个百分点: the bracketed rates are the yardsticks', the
    points compare the county's growth with them."""
    got = _metrics("全县农村常住居民人均可支配收入16520元，同比增长5.6%，增速高于全国(5.4%)、"
                   "全省(5.2%)0.2和0.4个百分点。")
    assert (5.4, "%") not in got and (5.2, "%") not in got
    assert got[(0.2, "个百分点")][0].startswith("农村常住居民人均可支配收入增速高于全国")
    assert got[(0.4, "个百分点")][0] == "农村常住居民人均可支配收入增速高于全省"  # the second yardstick's
    # a bracket holding no scope word is no yardstick: 增长12%（其中…）stays as it was
    got = _metrics("全县完成固定资产投资25.6亿元，同比增长12.0%。")
    assert got[(12.0, "%")][0] == "固定资产投资同比增长"


def test_part_ending_in_the_wholes_head_noun_is_named():
    """行政事业总编制为98个，其中行政编11个: 行政编 is a kind of 编制 already, not 行政编行政事业总编制;
    其中国家级2家 still names its class of the whole (国家级农业产业化龙头企业)."""
    got = _metrics("某县交通运输局为正科级行政单位。行政事业总编制为98个，其中行政编11个、全额事业编52个。")
    assert got[(11, "个")][0] == "行政编"
    assert got[(98, "个")][0] == "行政事业总编制"
    got = _metrics("全县共有农业产业化龙头企业48家，其中国家级2家、省级15家。")
    assert got[(2, "家")][0] == "国家级农业产业化龙头企业"


def test_visiting_party_and_listed_titles_are_no_figures():
    """王某一行5人来我县调研: the size of a delegation; 《…办法》等三个文件的通知: the titles named."""
    got = _metrics("3月6日，某市发展改革委副主任王某一行5人来我县调研项目建设工作。")
    assert (5, "人") not in got
    got = _metrics("某县人民政府办公室关于印发《某县政务数据共享管理办法》等三个文件的通知")
    assert (3, "个") not in got
    # a party counted as a result stays: 组织120人参加培训
    got = _metrics("3月，县人社局组织120人参加技能培训。")
    assert (120, "人") in got


def test_bare_output_after_a_crops_area_is_that_crops():
    """蔬菜播种面积3930亩，同比增长2.7%，产量5346吨，同比增长3.7%: 蔬菜产量 and its growth."""
    got = _metrics("一季度，油菜籽播种面积57836亩，同比增长17%；蔬菜播种面积3930亩，同比增长2.7%，"
                   "产量5346吨，同比增长3.7%。")
    assert got[(5346, "吨")][0] == "蔬菜产量"
    assert got[(3.7, "%")][0] == "蔬菜产量同比增长"
    assert got[(3930, "亩")][0] == "蔬菜播种面积"
    # a plot's bare 面积 lends nothing: 园区占地面积1200亩，总产值15亿元 is the park's output
    got = _metrics("该园区占地面积1200亩，总产值15亿元。")
    assert got[(1500000000, "元")][0] == "总产值"
    # no area before it: 产量 stays bare (no crop to lend)
    got = _metrics("一季度，全县禽蛋产量4124吨，同比增长7.07%。")
    assert got[(4124, "吨")][0] == "禽蛋产量"


def test_second_yardstick_compares_the_same_growth():
    """同比增长10.2%，高于全国2.8个百分点，高于全省1.5个百分点: the growth beats the province's,
    not 高于全国高于全省."""
    got = _metrics("一季度，全市实现地区生产总值545.0亿元，同比增长10.2%，高于全国2.8个百分点，"
                   "高于全省1.5个百分点，增速居全省第3位。")
    assert got[(2.8, "个百分点")][0] == "地区生产总值同比增长高于全国"
    assert got[(1.5, "个百分点")][0] == "地区生产总值同比增长高于全省"


def test_change_of_the_share_just_given():
    """占全县地区生产总值比重为58.3%，占比较去年同期提升1.8个百分点: the share's change."""
    got = _metrics("一季度，全县民营企业实现增加值36.5亿元，同比增长6.2%，占全县地区生产总值比重为58.3%，"
                   "占比较去年同期提升1.8个百分点。")
    assert got[(1.8, "个百分点")][0] == "民营企业增加值占全县地区生产总值比重较去年同期提升"
    # a share stated with 占 alone: its noun (比重) is added
    got = _metrics("前三季度，县域工业增加值占全省县域生产总值的55.5%，占比较上年同期提高1.9个百分点。")
    assert got[(1.9, "个百分点")][0] == "县域工业增加值占全省县域生产总值比重较上年同期提高"


def test_monthly_brief_dated_in_its_title_only():
    """每月经济运行简况(2021年6月) with no publication date: the lead's 1-6月 is 2021's, and later
    paragraphs with no time of their own share it."""
    text = ("每月经济运行简况(2021年6月)\n"
            "今年以来，全市经济持续恢复。1-6月，实现地区生产总值1528.16亿元，增长12.2%。\n"
            "一、农业生产基本平稳。农林牧渔业总产值215.35亿元，增长6.0%。\n")
    got = _metrics(text, date=None)
    assert got[(21535000000, "元")][3] == "2021-01/2021-06"


def test_listed_times_compared_pair_with_the_figures():
    """增长6.6%，较一季度、上半年和前三季度分别提高7.9个、3.4个和1.7个百分点: each difference
    compares the growth with its own time; 位次分别较…分别前移7位、8位和7位 moves its place in the
    ranking, and the two 7位 are two facts."""
    got = _metrics("2023年全年，全市规上工业增加值同比增长6.6%，较一季度、上半年和前三季度分别提高7.9个、"
                   "3.4个和1.7个百分点，增速居全省第7位，位次分别较一季度、上半年和前三季度分别前移5位、8位和"
                   "6位。", date="2024-01-20")
    assert got[(7.9, "个百分点")][0] == "规上工业增加值同比增长较一季度提高"
    assert got[(3.4, "个百分点")][0] == "规上工业增加值同比增长较上半年提高"
    assert got[(1.7, "个百分点")][0] == "规上工业增加值同比增长较前三季度提高"
    assert got[(5, "位")][0] == "规上工业增加值增速位次较一季度前移"
    assert got[(8, "位")][0] == "规上工业增加值增速位次较上半年前移"
    assert got[(6, "位")][0] == "规上工业增加值增速位次较前三季度前移"
    assert got[(8, "位")][2] == "change"
    doc = Doc(id="t", source="t.txt", text="全年全市规上工业增加值同比增长6.6%，增速居全省第7位，位次分别较"
                                             "一季度、上半年和前三季度分别前移7位、8位和7位。")
    doc.date = "2024-01-20"
    sevens = [m for m in extract_document(doc).metrics if m.value == 7 and m.unit == "位"]
    assert len(sevens) == 2
    # a list of places before 分别 is no list of times: left to the other rules
    got = _metrics("全年，甲县、乙县和丙县分别增长5.1%、6.2%和7.3%。")
    assert not got[(6.2, "%")][0].startswith("较")


def test_rank_change_after_a_rank():
    """增速居全省第2位，比去年同期提升3位: the place in the ranking rose by 3, not the GDP."""
    got = _metrics("一季度地区生产总值按可比价格计算增长8.5%，比去年同期提高0.5个百分点，增速居全省第2位，"
                   "比去年同期提升3位。")
    assert got[(3, "位")][0] == "地区生产总值增速位次比去年同期提升"
    assert got[(3, "位")][2] == "change"
