"""national43: national texts — ministries' notices publishing nationwide lists of counties
(农业农村部办公厅, 国家乡村振兴局), 应急管理部 and 国家发展改革委 briefings (fresh texts of
/tmp/s26/fresh/national43, excerpts as published): a national list is the country's story, not its
first province's or first row's; a quoted pair of summary terms (“三个下降、两个平稳”) counts nothing
and runs no programme; a figure after places of many provinces is no county's."""
from __future__ import annotations

from conftest import extract_text


def _place(doc) -> str | None:
    art = doc.articles[0]
    ent = doc.entities.get(art.place) if art.place else None
    return ent.name if ent is not None else art.place


def _subjects(doc, value) -> set[str]:
    ents = doc.entities
    return {ents[m.subject].name if m.subject in ents else m.subject for m in doc.metrics if m.value == value}


_NOTICE_2024 = (
    "农业农村部办公厅关于公布第一批农业生产全程机械化示范县创建名单的通知\n"
    "省、自治区、直辖市农业农村(农牧)厅(局、委),新疆生产建设兵团农业农村局,北大荒农垦集团有限公司:\n"
    "为贯彻落实《“十四五”推进农业农村现代化规划》有关部署要求,2023年农业农村部组织开展了第一批农业生产全程机械化示范县"
    "创建申报工作。经省级推荐、专家评审和网上公示等环节,拟同意北京市怀柔区等49个县(市、区、旗)创建农业生产全程机械化示范县"
    "(主要农作物类),北京市平谷区等69个县(市、区、旗)创建农业生产全程机械化示范县(规模养殖类)。\n"
    "农业农村部办公厅\n2024年3月1日\n附件\n第一批农业生产全程机械化示范县创建名单\n"
    "北京市 |\n怀柔区 |\n河北省 |\n邱县、任丘市 |\n山西省 |\n河津市 |\n内蒙古自治区 |\n和林格尔县、巴林右旗 |\n"
    "辽宁省 |\n凤城市、绥中县 |\n")


def test_a_ministry_offices_national_list_of_counties_is_chinas():
    """geroptin.com copy of 农业农村部办公厅's 2024-03-01 notice: a list of counties across six provinces,
    its first row 北京市怀柔区 (base: the article placed in 怀柔区, the counts 49个县 and 69个县 of
    北京市 and 平谷区 — the first example of each list)."""
    doc = extract_text(_NOTICE_2024)
    assert _place(doc) == "中国", _place(doc)
    assert _subjects(doc, 49) == {"中国"} and _subjects(doc, 69) == {"中国"}, (_subjects(doc, 49), _subjects(doc, 69))


def test_a_national_second_batch_notice_is_chinas_however_few_rows_are_kept():
    """农办机〔2017〕20号 (baogaosu.com copy, its annex cut after 河北省's row): 农业部办公厅关于公布全国第二批
    …示范县名单的通知 — a central organ's unit titling a notice of the country's second batch (全国第二批
    is no rank) (base: placed in 河北省, the only row kept)."""
    doc = extract_text(
        "农业部办公厅关于公布全国第二批率先基本实现主要农作物生产全程机械化示范县(市、区)名单的通知\n"
        "农办机〔2017〕20号\n"
        "经组织现场抽查、专家审核复评和公示,认定河北省任县等122个县为全国第二批率先基本实现主要农作物生产全程机械化示范县"
        "(名单详见附件),现予以公布。\n农业部办公厅\n2017年12月26日\n附件\n"
        "河北省 | 石家庄市栾城区、馆陶县、顺平县、深泽县、玉田县、深州市\n")
    assert _place(doc) == "中国", _place(doc)
    # the rule's bound: a provincial department's list of its own counties stays the province's
    own = extract_text(
        "河北省农业农村厅关于公布第一批全程机械化示范县名单的通知\n"
        "各市农业农村局:经专家评审,认定石家庄市栾城区等12个县(市、区)为第一批全程机械化示范县,现予以公布。\n"
        "石家庄市 | 栾城区、深泽县\n邯郸市 | 馆陶县、邱县\n")
    assert _place(own) != "中国", _place(own)


def test_a_national_bureaus_list_spanning_ten_provinces_is_chinas():
    """hnmdtv.com 2021-12-29: 国家乡村振兴局公布了国家乡村振兴重点帮扶县名单的通知,涉及内蒙古、广西、重庆… —
    the lead lists ten provinces, each heading its counties (base: placed in 内蒙古自治区, the first)."""
    doc = extract_text(
        "2021国家乡村振兴重点帮扶县名单公布\n"
        "2021年8月27日,国家乡村振兴局公布了国家乡村振兴重点帮扶县名单的通知,涉及内蒙古、广西、重庆、四川、贵州、云南、陕西、"
        "甘肃、青海、宁夏。\n1.内蒙古国家乡村振兴重点帮扶县名单\n巴林左旗、库伦旗、鄂伦春自治旗、化德县、商都县。\n"
        "2.广西国家乡村振兴重点帮扶县名单\n马山县、融水苗族自治县、三江侗族自治县、德保县、那坡县。\n"
        "3.重庆国家乡村振兴重点帮扶县名单\n城口县、巫溪县、酉阳土家族苗族自治县、彭水苗族土家族自治县。\n")
    assert _place(doc) == "中国", _place(doc)


def test_a_verb_jieba_tags_as_a_place_is_no_place():
    """chinanews 2026-02-27 (应急管理部): 全面推进安全生产治本攻坚三年行动 (base: a Place 治本, then the
    subject of 制修订重大事故隐患判定标准14项 and 整改率为99.7%)."""
    doc = extract_text("应急管理部通报安全生产形势\n申展利在会上介绍,2025年,应急管理部全面推进安全生产治本攻坚三年行动,"
                       "制修订重大事故隐患判定标准14项、总数增至67项,全年排查重大事故隐患102万项,整改率为99.7%。")
    assert "治本" not in {e.name for e in doc.entities.values() if e.type == "Place"}
    assert "治本" not in _subjects(doc, 99.7), _subjects(doc, 99.7)


def test_quoted_summary_terms_count_nothing_and_run_no_programme():
    """2961688.com copy of 应急管理部's 2025-01-15 briefing: 安全生产工作呈现“三个下降、两个平稳”的特点。
    “三个下降”是:… (base: metrics 下降 3个 and 平稳 2个, programmes 三个下降 and 两个平稳, and the
    year's accident figures the programme 三个下降's)."""
    doc = extract_text(
        "应急管理部:2024年中国重特大事故明显下降\n"
        "1月15日,应急管理部举行新闻发布会。会上,应急管理部新闻发言人申展利介绍,2024年应急管理工作坚持固本强基,"
        "安全生产工作呈现“三个下降、两个平稳”的特点。\n"
        "“三个下降”是:事故总量持续下降。2024年全年共发生各类生产安全事故2.18万起、死亡1.96万人,同比分别下降11%、7.6%。\n"
        "“两个平稳”是:大部分地区安全生产形势平稳。中国32个省级统计单位中,有24个未发生重特大事故。\n")
    assert not [m for m in doc.metrics if m.indicator in ("下降", "平稳")], [m.indicator for m in doc.metrics]
    assert not {"三个下降", "两个平稳"} & {e.name for e in doc.entities.values() if e.type == "Programme"}
    assert _subjects(doc, 21800) == {"中国"}, _subjects(doc, 21800)


def test_a_figure_after_projects_of_many_provinces_is_no_countys_nor_the_speakers_office():
    """chinafabu.com (新华社 2025-12-31): 国家发展改革委政策研究室副主任、新闻发言人李超…表示,…共计约2950亿元 /
    …广州新机场…辽宁省…云南省丽江市…四川大渡河丹巴水电站等能源设施…总投资超过4000亿元 (base: 2950亿元 the
    research office's, 4000亿元 丹巴县's — the most specific place of a nationwide list)."""
    doc = extract_text(
        "国家发展改革委下达2026年提前批“两重”建设项目清单\n"
        "新华社北京12月31日电(记者魏玉坤、魏弘毅)国家发展改革委政策研究室副主任、新闻发言人李超12月31日表示,近日,"
        "国家发展改革委组织下达2026年提前批“两重”建设项目清单和中央预算内投资计划,共计约2950亿元,加快各类资金拨付和使用节奏。\n"
        "在国家发展改革委当日举行的新闻发布会上,李超表示,国家发展改革委近期批复或核准多个重大基础设施项目,包括广州新机场、"
        "新建湛江至海口跨海轮渡及相关线路工程等交通设施,辽宁省辽东半岛水资源配置工程、云南省丽江市南瓜坪水库工程等水利设施,"
        "浙江特高压交流环网工程、四川大渡河丹巴水电站等能源设施,总投资超过4000亿元。\n")
    assert not _subjects(doc, 4e11) & {"丹巴县", "四川省", "丽江市"}, _subjects(doc, 4e11)
    assert "国家发展和改革委员会政策研究室" not in _subjects(doc, 2.95e11), _subjects(doc, 2.95e11)


def test_a_state_council_offices_list_of_rewarded_places_is_chinas():
    """辽宁日报 2022-06-10 (据新华社北京6月9日电): 国务院办公厅…督查激励 of 199 places — 北京市大兴区、湖南省株洲市、
    广东省深圳市等10个地方… (base: placed in 北京市, the wire's city written in the text, and the counts of
    the list — 10个地方, 市级89个 — 北京市's, 福建省's)."""
    doc = extract_text(
        "国务院办公厅通报对2021年落实有关重大政策措施真抓实干成效明显地方予以督查激励\n"
        "据新华社北京6月9日电 国务院办公厅近日印发通报,对2021年落实有关重大政策措施真抓实干、取得明显成效的199个地方予以督查激励。\n"
        "此次督查激励的地方名单共30组,包括江苏、山东等5个省份实施创新驱动发展战略等方面成效明显;北京市大兴区、湖南省株洲市、"
        "广东省深圳市等10个地方促进工业稳增长等方面成效明显;福建省三明市、河南省周口市、四川省成都市等10个地方深化医药卫生"
        "体制改革成效明显等。\n"
        "此次199个受激励地方典型性、示范性较强,其中,东部地区82个,中部地区59个,西部地区58个;市级89个,县级92个。\n")
    assert _place(doc) == "中国", _place(doc)
    assert _subjects(doc, 10) == {"中国"} and _subjects(doc, 89) == {"中国"}, (_subjects(doc, 10), _subjects(doc, 89))


def test_each_item_of_a_respective_list_keeps_its_figure_when_two_are_equal():
    """中新社 2023-11-15 (财政部 1-10月财政收支): 东部、中部、西部、东北地区收入分别同比增长8.1%、6.1%、12.5%、12.5% —
    four regions, four figures (base: 东北地区's 12.5% merged into 西部地区's, the indicators alike)."""
    doc = extract_text("1到10月中国财政收入同比增长8.1%\n"
                       "中新社北京11月15日电 中国财政部15日公布的数据显示,1-10月,地方一般公共预算收入同比增长8.8%。"
                       "分地区看,东部、中部、西部、东北地区收入分别同比增长8.1%、6.1%、12.5%、12.5%。")
    assert {m.indicator for m in doc.metrics if m.value == 12.5} == {"西部地区收入同比增长", "东北地区收入同比增长"}, \
        [(m.indicator, m.value) for m in doc.metrics]
