"""Round 48 (mine48): CPPCC, united-front, east-west cooperation and weather news from fresh texts of
/tmp/s26/fresh/mine48 (濮阳 and 罗甸 climate bulletins, 宁国/黄石 CPPCC, 平和 united front, Jiangsu's aid
to Tibet): the year a climate series starts (为1961年以来最高值) is no time of the figures around it;
偏多/偏少/偏高/偏低 against the normal are changes; temperatures are figures in ℃; a verb closed by 率
(落实率) is the rate's noun; a news desk after its group's name and a middle dot (江苏广电总台·融媒体新闻中心)
closes a page's stamp line; 山塘 is a kind of water work; townships listed before 等我县东部乡镇 are the
county's townships."""
from __future__ import annotations

from conftest import article_place, extract_text, figure_table


def _figures(text: str, date: str | None = None) -> dict:
    from kg.builder import extract_document
    from kg.model import Doc
    doc = Doc(id="t", source="t.txt", text=text)
    doc.date = date
    res = extract_document(doc)
    return {(m.value, m.unit): (m.indicator, m.period, m.kind) for m in res.metrics}


def test_the_year_a_climate_series_starts_is_no_period():
    """濮阳 climate bulletin (youwan77.com scrape): 去年全市平均气温…为1961年以来最高值 … 春季（3～5月）全市平均
    降水量为104.3毫米，比常年同期偏少七成多，为1961年以来同期最少 (base: the spring, summer and autumn
    rainfall dated 1961-03/1961-05 …, and 偏少七成 a share)."""
    text = ("濮阳发布2021年度气候评价公报\n"
            "2021年全市平均气温为13.8℃，较常年同期偏高1.9℃，为1961年以来最高值。\n"
            "春季（3～5月）全市平均降水量为104.3毫米，比常年同期偏少七成多，为1961年以来同期最少。"
            "夏季（6～8月）全市平均降水量为594.3毫米，比常年同期明显偏多。")
    figs = _figures(text)
    assert figs[(104.3, "毫米")][1] == "2021-03/2021-05", figs
    assert figs[(594.3, "毫米")][1] == "2021-06/2021-08", figs
    assert figs[(70, "%")][2] == "change", figs
    # a year a stretch starts from is still that stretch's time (2021年以来 with no record word after it)
    since = _figures("今年以来工作\n2021年以来，全县累计新增就业1200人。", "2023-05-10")
    assert since[(1200, "人")][1] is not None and since[(1200, "人")][1].startswith("2021"), since


def test_temperatures_are_figures_and_departures_are_changes():
    """罗甸县 weekly weather (gzluodian.gov.cn): 周平均气温28.8℃，与历年同期相比偏高1.8℃，最高气温38.2℃
    (base: no temperature at all, ℃ was no unit)."""
    figs = _figures("罗甸县一周天气预报\n上周周总降水量33.2毫米；周平均气温28.8℃，与历年同期相比偏高1.8℃，"
                    "最高气温38.2℃，最低气温22.2℃。")
    assert figs[(28.8, "℃")][0] == "周平均气温" and figs[(28.8, "℃")][2] == "level", figs
    assert figs[(1.8, "℃")][2] == "change", figs
    assert figs[(38.2, "℃")][0] == "最高气温", figs
    minus = _figures("濮阳气候\n全市极端最低气温-20.6℃（出现在1月5日）。")
    assert minus[(-20.6, "℃")][0] == "极端最低气温", minus


def test_a_verb_closed_by_rate_is_the_rates_noun():
    """黄石 CPPCC standing committee (hdhszs.com): 市政协确定的10件重点提案全部为A类，落实率100% (base:
    the indicator was the bare unit %: 落实, a lead verb, was cut from 落实率)."""
    table = figure_table("市政协召开六届四次常委会议\n市政协确定的10件重点提案全部为A类，落实率100%。", None)
    assert table[(100, "%")][0] == "落实率", table
    # the verb still opens a clause before its noun
    assert figure_table("会议召开\n今年，落实资金100万元。", None)[(1000000, "元")][0] == "资金"


def test_a_news_desk_after_its_groups_name_closes_the_stamp_line():
    """江苏广电总台 (m.people.cn): 2024江苏对口支援西藏年度资金总计5.57亿元 实施援藏项目66个 / 2024-03-31 09:38
    江苏广电总台·融媒体新闻中心 / … (base: no headline: the stamp line was read as text under it)."""
    doc = extract_text("2024江苏对口支援西藏年度资金总计5.57亿元 实施援藏项目66个\n"
                       "2024-03-31 09:38 江苏广电总台·融媒体新闻中心\n"
                       "3月30日，江苏援藏项目现场推进会在拉萨市墨竹工卡县召开。")
    assert doc.articles[0].title == "2024江苏对口支援西藏年度资金总计5.57亿元 实施援藏项目66个"


def test_hill_ponds_are_a_kind_of_water_work():
    """罗甸县 weather (gzluodian.gov.cn): 需做好山塘水库蓄水保水工作 (base: 山塘水库 an Organization)."""
    doc = extract_text("罗甸县一周天气预报\n周一到周四期晴热少雨，需做好山塘水库蓄水保水工作，合理调度水资源。")
    assert not any(e.name == "山塘水库" for e in doc.entities.values())


def test_townships_listed_before_the_countys_own_part():
    """平和网 (fjph.com.cn): 文峰、山格、小溪、坂仔等我县东部乡镇（场、区）汇报了… (base: only 坂仔镇, named in
    full earlier; the short names before 等我县东部乡镇 unread)."""
    doc = extract_text("我县召开乡镇统战工作东部片区季谈会\n作者：李文伟 来源：平和网 时间：2009-04-29\n"
                       "4月28日，我县在坂仔镇召开乡镇统战工作东部片区季谈会。"
                       "文峰、山格、小溪、坂仔等我县东部乡镇汇报了第一季度本乡镇的统战工作情况。")
    places = {e.name: e.code for e in doc.entities.values() if e.type == "Place"}
    assert places.get("文峰镇") == "350628102" and places.get("山格镇") == "350628101", places
    assert places.get("小溪镇") == "350628100", places


def test_the_stretch_a_forecast_covers_is_no_figure():
    """攀枝花日报 (traditional-character mirror, bcjhc.cn): 預計未來十天，即4月11至4月20日，我市以晴間多雲天氣為主
    (base: a figure 未来 10 天 in 攀枝花市)."""
    text = "今年以來 全市氣溫偏高降水偏少\n最新氣象資料分析顯示，預計未來十天，即4月11至4月20日，我市以晴間多雲天氣為主。"
    assert (10, "天") not in figure_table(text, "2023-04-11")
    # a span that is counted stays a figure (历经5年左右的考察)
    assert (5, "年") in figure_table("考察报告\n历经5年左右的考察，专家组完成报告。", None)


def test_he_after_a_closing_title_mark_joins_an_item_no_he_county():
    """泽库县 people's congress (zqx.gov.cn, Qinghai): 审议了…《关于全县宗教活动场所管理情况的报告》和县人大常委会
    农环委《…考察报告》 (base: 和县 of Anhui, which then placed the whole Qinghai story in 和县 with five
    和县 agencies)."""
    doc = extract_text("县第十七届人大常委会举行第二十次会议\n会议听取和审议了县人民政府《关于舟永公路建设情况的报告》，"
                       "《关于全县宗教活动场所管理情况的报告》和县人大常委会农环委《关于贫困山区农村饮水安全工程建设管理的"
                       "考察报告》。")
    assert not any(e.name.startswith("和县") for e in doc.entities.values())
    assert article_place("县人大常委会召开会议\n会议审议了《关于耕地保护工作情况的报告》和县人大常委会工作要点。") is None
    # 和县 written on its own is still the county; after a title mark where its city is named too
    assert "和县" in {e.name for e in extract_text("和县人大常委会召开第36次会议。").entities.values()}
    assert "和县" in {e.name for e in extract_text("马鞍山市：《报告》和县人大常委会出席。").entities.values()}


def test_an_address_is_no_place_and_no_day():
    """海丰县消防救援大队 fire notice (swsm.net repost): 海城镇西门市场后面西中街3巷10号附近房子着火 … 过火面积约
    20平方米 (base: 中街 a place from jieba's ns, and the burnt area dated 2024-01-10 from the house's 10号)."""
    text = ("火情通报\n2024年1月27日18时13分，海丰县消防救援大队接到汕尾市119指挥中心火情调度：海城镇西门市场后面"
            "西中街3巷10号附近房子着火。现场为一废弃危房着火，过火面积约20平方米，无人员伤亡。")
    doc = extract_text(text)
    assert "中街" not in {e.name for e in doc.entities.values()}
    assert figure_table(text, None)[(20, "平方米")][2] == "2024-01-27"
    # a day written with 号 stays a day
    assert figure_table("通报\n2024年1月10号，全县完成造林1200亩。", None)[(1200, "亩")][2] == "2024-01-10"


def test_people_hurrying_to_a_scene_end_before_the_verb():
    """福安 fire (qzce.com) and 大英县 (yybnet.net): 25名消防官兵赶赴现场处置, 14名指战员赶赴现场进行救援
    (base: indicators 消防官兵赶赴现场处置, 指战员赶赴现场)."""
    table = figure_table("小区楼道起火 消防救出8人\n福安消防大队立即出动2辆消防水罐车，25名消防官兵赶赴现场处置。"
                         "红旗路消防中队出动14名指战员赶赴现场进行救援。", None)
    assert table[(25, "名")][0] == "消防官兵" and table[(14, "名")][0] == "指战员", table


def test_the_first_months_of_a_named_year_are_no_figure():
    """甘肃省供销合作社 (zh-hz.com): 2012年前11个月，全省供销合作社商品购进总额达219亿元 (base: a figure 11 个月
    of 甘肃省; 今年前11个月 was already a time)."""
    table = figure_table("甘肃省供销合作社购销两旺\n2012年前11个月，全省供销合作社商品购进总额达219亿元。", None)
    assert (11, "个月") not in table, table
    assert table[(21900000000, "元")][2] == "2012-01/2012-11", table


def test_a_group_picked_from_ends_before_its_partitive():
    """新京报 on the spokespeople's list (fubaore.com mirror): 民政部两位新闻发言人中，李保俊是时隔两年再次担任该职
    (base: indicator 新闻发言人中)."""
    table = figure_table("中央国家机关和地方新闻发言人增至262位\n民政部两位新闻发言人中，李保俊是时隔两年再次担任该职。", None)
    assert table[(2, "位")][0] == "新闻发言人", table


def test_a_national_organs_short_name_after_a_level_is_a_local_body():
    """宝鸡市国资委 (gzw.baoji.gov.cn): 2022年度，在市国资委系统企业拉动下，市属国有企业…克服疫情影响 (base:
    国务院国有资产监督管理委员会, the national commission, in a city's report)."""
    doc = extract_text("2022年度市属国有企业经济运行情况\n2022年度，在市国资委系统企业拉动下，市属国有企业克服疫情影响。")
    assert "国务院国有资产监督管理委员会" not in {e.name for e in doc.entities.values()}
    # written alone it is still the national commission
    assert "国务院国有资产监督管理委员会" in {e.name for e in extract_text("国资委召开会议。").entities.values()}


def test_a_level_owned_by_keeps_its_level_character():
    """北京市国资委 (yahdsy.com mirror): 2023年1月至6月，北京市属国企实现营业收入1.05万亿元 (base: indicator
    属国企营业收入: the 市 of 市属 read as 北京市's)."""
    table = figure_table("北京市属国企上半年营收超万亿元\n2023年1月至6月，北京市属国企实现营业收入1.05万亿元，较上一年同期增长4.9%。",
                         None)
    assert table[(1050000000000, "元")][:2] == ("市属国企营业收入", "北京市"), table


def test_in_a_sentence_of_bodies_each_clause_is_its_own_bodys():
    """宁陕县 (ningshan.gov.cn): 启动仪式上，中国红十字会总会为陕西省红十字会捐赠救助物资65万元，陕西省红十字会为安康市
    红十字会捐赠救助物资26.63万元，安康市红十字会为宁陕红十字会捐赠物资16.38万元 (base: all three gifts 中国红十字会's)."""
    doc = extract_text("2011年红十字博爱送万家活动在宁陕\n启动仪式上，中国红十字会总会为陕西省红十字会捐赠救助物资65万元，"
                       "陕西省红十字会为安康市红十字会捐赠救助物资26.63万元，安康市红十字会为宁陕红十字会捐赠物资16.38万元。")
    names = {m.value: doc.entities[m.subject].name for m in doc.metrics if m.subject in doc.entities}
    assert names[650000] == "中国红十字会" and names[266300] == "陕西省红十字会", names
    assert names[163800] == "安康市红十字会", names
    # a sentence opening with no body keeps the place the funds are for
    doc = extract_text("云南12个教育基础设施项目获7.55亿元支持\n3月3日，来自云南省发展和改革委员会的消息，国家发展改革委日前下达"
                       "首批中央预算内投资共计7.55亿元，支持云南省12个教育基础设施项目建设。")
    names = {m.value: doc.entities[m.subject].name for m in doc.metrics if m.subject in doc.entities}
    assert names[755000000] == "云南省", names
