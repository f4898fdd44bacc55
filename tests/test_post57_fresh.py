"""Round 57 (post57): postal, civil aviation and railway news from fresh texts of
/tmp/s26/fresh/post57: an airport or a hub named after the district it lies in, written after its
city-province (上海虹桥国际机场, 上海虹桥站), is no township 虹桥镇; an airport's control tower (塔台) is
no place; a company named by its legal form alone (股份公司) is no organisation; and a figure whose
noun follows it through 的 (2800米的跑道、6500平方米的航站楼及…) measures that noun, not "的跑道"."""
from __future__ import annotations

from conftest import extract_text, relation_pairs


def _places(doc) -> dict[str, str | None]:
    return {e.name: e.code for e in doc.entities.values() if e.type == "Place"}


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def _metrics(doc) -> set[tuple[str, float, str]]:
    ms = doc.metrics.values() if isinstance(doc.metrics, dict) else doc.metrics
    return {(m.indicator, m.value, m.unit) for m in ms}


def test_an_airport_named_after_its_district_is_no_township():
    """济宁新闻网 (01-shandong-jining-airport-routes): 济宁曲阜机场迎来了分别从北京首都国际机场、
    上海虹桥国际机场飞来的首次航班: the airport's given name after 上海 (base: a place 虹桥镇 of 闵行区,
    partOf 上海市)."""
    doc = extract_text("济宁曲阜机场北京、上海航线正式开航\n"
                       "今日晚上,济宁曲阜机场迎来了分别从北京首都国际机场、上海虹桥国际机场飞来的首次航班,"
                       "标志着济宁曲阜机场至北京、上海航线正式通航。")
    places = _places(doc)
    assert "虹桥镇" not in places, places
    assert places.get("济宁市") == "370800" and places.get("上海市") == "310000", places


def test_a_hub_named_after_its_district_is_no_township():
    """上海虹桥站, 上海虹桥枢纽 (the railway station and the hub of the same name as the airport; cf.
    09-national-rail-3yi-2017's 开往上海虹桥的高铁列车, the station written without 站, still read as 虹桥镇):
    the hub's name (base: 虹桥镇)."""
    doc = extract_text("铁路春运\n2月6日,一列开往上海虹桥站的高铁列车驶入天津站。旅客经上海虹桥枢纽换乘。")
    assert "虹桥镇" not in _places(doc), _places(doc)
    town = extract_text("海南博鳌迎来年会\n博鳌亚洲论坛年会在海南博鳌举行。")
    assert "博鳌镇" in _places(town)  # a town after its province alone is still read


def test_an_airport_control_tower_is_no_place():
    """合肥新桥国际机场建成通航 (02-anhui-hefei-xinqiao-airport): 张宝顺、王学军一行参观了机场候机区和
    塔台指挥室: the control tower (base: a place 塔台, which jieba tags ns)."""
    doc = extract_text("合肥新桥国际机场建成通航\n"
                       "会前,安徽省委书记张宝顺一行参观了机场候机区和塔台指挥室,慰问了机场建设者和工作人员。")
    assert "塔台" not in _places(doc), _places(doc)


def test_a_company_named_by_its_legal_form_alone_is_no_organisation():
    """02-anhui-hefei-xinqiao-airport: 东航集团党组书记、股份公司总经理马须伦: the group's listed
    company, named by no name (base: an organisation 股份公司 and 马须伦 holdsPost 股份公司)."""
    doc = extract_text("合肥新桥国际机场建成通航\n"
                       "国家空管委办公室副主任孙宏伟,东航集团党组书记、股份公司总经理马须伦出席会议。")
    assert "股份公司" not in _names(doc, "Organization"), _names(doc, "Organization")
    assert not {p for p in relation_pairs(doc, "holdsPost") if p[1] == "股份公司"}
    assert ("马须伦", "中国东方航空集团有限公司") in relation_pairs(doc, "holdsPost")


def test_a_figure_s_noun_after_de_is_the_measure():
    """民航局 reply on 万州、达州机场 (10-caac-wanzhou-dazhou-reply): 达州机场…现有1条长2000米的跑道、
    2400平方米的航站楼及3个机位的站坪等设施: the runway and the terminal measured (base: indicators
    "的跑道" and "的航站楼及")."""
    doc = extract_text("民航局协办意见\n"
                       "达州机场飞行区等级指标4C,现有1条长2000米的跑道、2400平方米的航站楼及3个机位的站坪等设施,"
                       "2020年旅客吞吐量54.9万人次。")
    got = _metrics(doc)
    assert ("跑道", 2000, "米") in got and ("航站楼", 2400, "平方米") in got, got
    assert not any(ind.startswith("的") for ind, _, _ in got), got


def test_a_bare_committee_after_a_company_s_defined_short_form_is_the_company_s():
    """01-shandong-jining-airport-routes: 上海航空股份有限公司(Shanghai Airlines Co., Ltd.,简称“上航”)纪委
    副书记阮祖瑞 at a ceremony of 济宁市: the airline's own discipline committee, its English name and
    its quoted short form in the brackets before it (base: 阮祖瑞 holdsPost 济宁市纪委, the host city's)."""
    doc = extract_text("济宁曲阜机场航线正式开航\n"
                       "上海航空股份有限公司(Shanghai Airlines Co., Ltd.,简称“上航”)纪委副书记阮祖瑞,"
                       "济宁市委常委、纪委书记迟丽华等出席通航仪式。")
    posts = relation_pairs(doc, "holdsPost")
    assert ("阮祖瑞", "济宁市纪委") not in posts, posts
    assert ("阮祖瑞", "上海航空股份有限公司纪委") in posts and ("迟丽华", "济宁市纪委") in posts, posts
    quoted = extract_text("航线开航\n济宁市召开会议。上海航空股份有限公司(简称“上航”)党委副书记阮祖瑞出席。")
    assert ("阮祖瑞", "上海航空股份有限公司") in relation_pairs(quoted, "holdsPost")


def test_a_dimension_alone_after_another_measures_the_same_thing():
    """伊春林都机场正式通航 (04-heilongjiang-yichun-airport): 机场跑道长2300米，宽45米: the runway's
    width (base: indicator 米, the bare unit)."""
    doc = extract_text("伊春林都机场正式通航\n"
                       "伊春市召开会议。机场于2008年7月开工建设,机场跑道长2300米,宽45米,飞行区技术等级为4C级。")
    got = _metrics(doc)
    assert ("机场跑道宽", 45, "米") in got and ("机场跑道长", 2300, "米") in got, got
    assert not any(ind == "米" for ind, _, _ in got), got


def test_a_bounded_amount_naming_the_class_counted_after_wei_is_no_figure():
    """民航总局 2007 bulletin (11-caac-2007-airport-bulletin): 年旅客吞吐量在1000万人次以上的机场为10个:
    the ten airports of that class are the figure (base: a level 年旅客吞吐量 10000000 人次, and the count
    of a bare 机场)."""
    doc = extract_text("民航总局发布公报\n公报显示,去年我国内地民用航空定期航班通航机场148个。"
                       "年旅客吞吐量在1000万人次以上的机场为10个。")
    got = _metrics(doc)
    assert not any(v == 10000000 for _, v, _ in got), got
    assert ("年旅客吞吐量在1000万人次以上的机场", 10, "个") in got, got


def test_a_congress_whose_session_a_reply_s_title_names_is_no_speaker():
    """民航局 reply (10-caac-wanzhou-dazhou-reply), titled 对十三届全国人大四次会议第1723号建议的协办意见:
    我局安排民航发展基金6.43亿元 is the administration's grant to 达州's airport (base: subject
    全国人民代表大会, the congress the proposal went to, as the title's agency)."""
    doc = extract_text("对十三届全国人大四次会议第1723号建议的协办意见\n"
                       "近年来,我局积极推动万州、达州机场建设。达州机场迁建工程项目已于2017年7月开工建设,"
                       "我局安排民航发展基金6.43亿元,预计今年底竣工投产。")
    ms = doc.metrics.values() if isinstance(doc.metrics, dict) else doc.metrics
    subjects = {doc.entities[m.subject].name for m in ms if m.value == 643000000 and m.subject in doc.entities}
    assert subjects and "全国人民代表大会" not in subjects, subjects
