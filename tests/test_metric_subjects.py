"""Metric subjects on national, provincial and county texts; periods carried through a paragraph;
figures of headings folded into the body figure they announce.  Sentences written for these tests."""
from kg.stages.metrics import NATION_KEY, make_metrics
from test_metrics import make_doc

PROVINCE = ("全省", "Place", "河北省")


def _run(text, entities=(), place="place-130400", place_name="邯郸市", date="2022-07-15"):
    doc = make_doc(text, entities, place=place, place_name=place_name)
    doc.date = doc.articles[0].date = date
    make_metrics()(doc)
    return doc, {m.value: m for m in doc.metrics}


def test_national_scope_words_make_the_country_the_subject():
    doc, ms = _run("工业和信息化部日前发布通报。截至去年底，全国新能源汽车保有量达1310万辆，"
                   "其中我省新能源汽车保有量为45万辆。我国光伏发电装机容量同比增长28.1%。",
                   place="place-130000", place_name="河北省")
    assert ms[13100000].subject == NATION_KEY
    assert ms[28.1].subject == NATION_KEY
    assert ms[450000].subject == "place-130000"  # 我省 stops the national word before it
    nation = doc.entities[NATION_KEY]
    assert nation.name == "中国" and nation.mentions and nation.mentions[0].surface == "全国"
    assert ms[13100000].period == "2021-12-31"


def test_national_word_as_a_yardstick_or_a_title_is_not_the_subject():
    _doc, ms = _run("邯郸市单位生产总值能耗为全国平均水平的82%。"
                    "今年，全市有3人获评“全国劳动模范”称号。")
    assert ms[82].subject == "place-130400"
    assert ms[3].subject == "place-130400"


def test_a_national_story_falls_back_to_the_country():
    text = ("国家发展改革委等部门联合印发通知，要求各地严格控制新增产能。"
            "全国在建项目总规模较大，我国部分行业产能利用率偏低。"
            "上半年，行业利润总额为215亿元，同比下降7.3%。")
    _doc, ms = _run(text, place="place-310000", place_name="上海市")
    assert ms[21500000000].subject == NATION_KEY
    assert ms[21500000000].period == "2022-01/2022-06"


def test_places_listed_before_respectively_take_their_own_figure():
    text = "全市固定资产投资超过百亿元的县有武安、涉县、永年，投资额分别为168亿元、132亿元和105亿元。"
    ents = [("武安", "Place", "武安市"), ("涉县", "Place", "涉县"), ("永年", "Place", "永年区")]
    _doc, ms = _run(text, ents)
    assert ms[16800000000].subject == "place-武安市"
    assert ms[13200000000].subject == "place-涉县"
    assert ms[10500000000].subject == "place-永年区"


def test_a_speaking_agency_is_not_the_subject_of_what_it_reports():
    text = "市统计局表示，今年上半年全市规模以上工业增加值增长6.2%。"
    _doc, ms = _run(text, [("市统计局", "Agency", "邯郸市统计局")])
    assert ms[6.2].subject == "place-130400"


def test_a_bare_company_word_points_back_to_the_company():
    text = "调研组来到冀南钢铁公司，了解到公司近年来加大技术改造投入，吨钢综合能耗下降12%。"
    _doc, ms = _run(text, [("冀南钢铁公司", "Organization", "冀南钢铁公司")])
    assert ms[12].subject == "organization-冀南钢铁公司"


def test_periods_carry_through_the_paragraph_and_the_lead():
    text = ("今年一季度，全县各项经济指标稳中有进。数据显示，全县完成地区生产总值86.5亿元。\n"
            "农业方面，全县新建高标准农田3.2万亩。")
    _doc, ms = _run(text, date="2022-04-20")
    assert ms[8650000000].period == "2022-01/2022-03"  # from the sentence before, same paragraph
    assert ms[32000].period == "2022-01/2022-03"  # the lead paragraph's reporting period
    assert ms[32000].period_text == "今年一季度"


def test_a_dash_heading_figure_is_the_body_figure_it_announces():
    text = ("——260名村干部走进课堂。\n"
            "国庆前夕，县委组织部组织260名村干部参加乡村振兴专题培训。")
    doc, ms = _run(text, date="2022-10-12")
    assert [m.value for m in doc.metrics] == [260]
    assert len(ms[260].evidence) == 2 and ms[260].period == "2022-09"


def test_a_headline_run_into_the_page_header_folds_into_the_body_figure():
    text = ("魏县12个重点项目集中开工发布时间：2022-06-03\n"
            "据统计，今年魏县开工重点项目12个，总投资38.6亿元。")
    doc, ms = _run(text, [("魏县", "Place", "魏县")], date="2022-06-03")
    assert sorted(m.value for m in doc.metrics) == [12, 3860000000]
    assert ms[12].subject == "place-魏县" and ms[12].period == "2022"
    assert len(ms[12].evidence) == 2


def test_durations_are_figures_but_period_years_and_anniversaries_are_not():
    doc, ms = _run("过去五年，全县累计建成通村公路420公里。项目建设周期为两年整，预计5年左右收回投资。"
                   "今年是两县结对帮扶20周年，九部门联合开展检查。")
    assert sorted((m.value, m.unit) for m in doc.metrics) == [(2, "年"), (5, "年"), (420, "公里")]
    assert ms[420].period == "2017/2021"


def test_a_duration_of_something_names_the_time_spent():
    doc, ms = _run("企业历经3年左右的技术攻关，建成年产20万吨的生产线。")
    assert ms[3].indicator == "技术攻关时间" and ms[3].unit == "年" and ms[3].approx


def test_listed_counts_keep_their_own_names_and_da_counts_items():
    doc, ms = _run("全县建成128个养老服务机构、35个儿童之家，打造3大服务平台。"
                   "87%的村级综合服务站面积达到300平方米以上。")
    assert ms[128].indicator == "养老服务机构" and ms[35].indicator == "儿童之家"
    assert (ms[3].unit, ms[3].indicator) == ("个", "服务平台")
    assert ms[87].indicator == "村级综合服务站面积达标比例" and ms[87].kind == "share"
    assert ms[300].indicator == "村级综合服务站面积"


def test_same_figure_for_two_periods_is_two_facts():
    doc, _ms = _run("2021年，全县粮食总产量增长5%。2022年，全县粮食总产量增长5%。")
    assert sorted(m.period for m in doc.metrics) == ["2021", "2022"]


def test_the_three_sectors_are_no_count_of_times():
    """三次产业结构比 names the three sectors of the economy, not something done three times;
    开展培训3次 is a count."""
    doc, ms = _run("2015年全县三次产业结构比为25.72:26.84:47.44。全年开展农业技术培训3次。")
    assert [(m.value, m.unit) for m in doc.metrics if m.unit == "次"] == [(3, "次")]
    assert ms[3].indicator != "产业结构比"
