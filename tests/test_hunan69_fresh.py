"""Round 69 (hunan69): ordinary county and township news of 湖南 and 湖北 (恩施州 key projects, 邵阳
grain, 衡阳县 樟树乡 early rice, 枣阳 farmland, 襄州 projects, 南漳, 浠水, 衡东, 保靖 黄金村, 南岳 寿岳乡, 长阳,
郧阳) from fresh texts of /tmp/s26/fresh/hunan69.  Fixes: a meeting a place's party committee holds
(湖南省委农村工作会议) is named without the place's 委 (not 委农村工作会议); a preposition of manner
(按照大村不少于500亩) opens no village's name; a verb of being after a place (枣阳市成为襄阳市年度…项目)
names no project; 即将 closes a counted noun whole (3条全自动生产线即将…, not 全自动生产线即); bottles
(2.4万瓶) are a count; a county outlet's story of its 县长 and 县委 that names the county is the county's,
not its city's (南漳新闻网讯 …襄阳环境产业园 …南漳县武安镇); 农科院/林科院 are organisations; 据…鉴定/统计…有
opens no indicator; 老促会 is the place's 老区建设促进会 (a society); 多 right after a unit of area or mass
(两亩多地) is more than the figure; a higher body opening the lead (湖南省委 in 邵阳市's story) runs none of
the story's programmes; 今年/去年/目前 before the verb and 根据市场价格 close or open no indicator."""
from __future__ import annotations

from conftest import extract_text


def _named(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def test_a_party_committee_s_meeting_is_named_without_its_wei():
    """02-shaoyang-grain (邵阳新闻网): 1月30日至31日,湖南省委农村工作会议召开 (base: a programme 委农村工作会议)."""
    doc = extract_text("邵阳市荣获全省粮食生产先进市\n1月30日至31日,湖南省委农村工作会议召开。会上,邵阳市获表彰为全省粮食生产先进市。")
    got = _named(doc, "Programme")
    assert "委农村工作会议" not in got, got
    assert "农村工作会议" in got, got
    doc = extract_text("新丰县召开会议\n3月16日,新丰县委经济工作会议召开,全面总结去年工作。")
    got = _named(doc, "Programme")
    assert "委经济工作会议" not in got and "经济工作会议" in got, got


def test_a_committee_word_is_not_cut_from_another_word():
    """委员会, 委托: 委 then 员 or 托 is another word, no committee holding a meeting; nothing invented."""
    doc = extract_text("洪湖召开座谈会\n12月5日,洪湖市委托第三方召开评估座谈会。")
    assert not any(n.startswith(("托", "委")) for n in _named(doc, "Programme")), _named(doc, "Programme")


def test_a_preposition_of_manner_opens_no_village():
    """03-hengyang-zhangshu-rice (衡阳日报): 樟树乡按照大村不少于500亩,小村不少于300亩落实早稻种植任务
    (base: a village 按照大村, subject of both figures)."""
    doc = extract_text("樟树乡早稻实现增产增收\n今年以来,衡阳县樟树乡按照大村不少于500亩,小村不少于300亩落实早稻种植任务。")
    assert "按照大村" not in _named(doc, "Place"), _named(doc, "Place")
    assert {doc.entities[m.subject].name for m in doc.metrics} == {"樟树乡"}


def test_a_village_after_its_township_is_still_read():
    """The negative check: a village chained after its township is still a place (樟树乡群益村)."""
    doc = extract_text("樟树乡早稻实现增产增收\n8月4日,衡阳县樟树乡群益村种粮大户完成双抢。")
    assert "群益村" in _named(doc, "Place"), _named(doc, "Place")


def test_a_verb_of_being_after_a_place_names_no_project():
    """04-zaoyang-farmland: 自此,枣阳市成为襄阳市年度高标准农田项目开工的第一个县(市) (base: a programme
    成为襄阳市年度高标准农田)."""
    doc = extract_text("枣阳市高标准农田项目开工\n2021年12月9日,枣阳市高标准农田建设项目开工仪式在王城镇举行,"
                       "自此,枣阳市成为襄阳市年度高标准农田项目开工的第一个县(市)。")
    got = _named(doc, "Programme")
    assert not any(n.startswith("成为") for n in got), got
    doc = extract_text("固安县推进项目建设\n其中,固安县航天产业园项目计划投资32亿元。")
    assert "航天产业园" in _named(doc, "Programme")


def test_jijiang_closes_the_counted_noun_whole():
    """01-enshi-ten-projects (恩施日报): 每小时可生产…的3条全自动生产线即将迎来生产许可验收 (base: the
    indicator 全自动生产线即)."""
    doc = extract_text("恩施州推进重点项目\n走进恩施市高台村的矿泉水生产车间,技术人员忙着调试,3条全自动生产线即将迎来生产许可验收。")
    got = {(m.indicator, m.value, m.unit) for m in doc.metrics}
    assert ("全自动生产线", 3, "条") in got, got


def test_bottles_are_a_count():
    """01-enshi-ten-projects: 每小时可生产2.4万瓶富硒天然饮用水 (base: 24000 with no unit and the indicator
    瓶富硒天然饮用水); 瓶颈 is still no bottle."""
    doc = extract_text("恩施州推进重点项目\n走进恩施市高台村的矿泉水生产车间,每小时可生产2.4万瓶富硒天然饮用水。")
    got = {(m.indicator, m.value, m.unit) for m in doc.metrics}
    assert ("富硒天然饮用水", 24000, "瓶") in got, got
    doc = extract_text("某县破解难题\n该县今年突破发展瓶颈3个。")
    assert all(m.unit != "瓶" for m in doc.metrics)


def test_a_county_outlet_s_story_of_its_county_is_the_county_s():
    """06-nanzhang-env-park (南漳新闻网): 县委副书记、代县长陈栋督办襄阳环境产业园…选址位于南漳县武安镇 (base:
    the story placed in 襄阳市, the project's name, so 县委 and 县人民政府 stayed bare, of no county)."""
    doc = extract_text("陈栋督办襄阳环境产业园项目\n南漳新闻网讯(全媒体记者 莫小林)10月20日,县委副书记、代县长陈栋督办襄阳环境产业园"
                       "一期项目建设工作。副县长刘渊参加活动。\n襄阳环境产业园项目是市政府确定的重点建设项目之一,"
                       "选址位于南漳县武安镇申家嘴村。襄阳环境产业园项目建设运行事关民生福祉。")
    assert [doc.entities[a.place].name for a in doc.articles] == ["南漳县"]
    held = {doc.entities[r.object].name for r in doc.relations if r.predicate == "holdsPost"}
    assert "县委" not in held and "南漳县委" in held, held


def test_a_county_outlet_s_story_elsewhere_keeps_its_place():
    """The negative check: the county's outlet reporting a township of the county keeps the township."""
    doc = extract_text("南漳新闻网讯(记者 莫小林)10月20日,县长陈栋到武安镇申家嘴村调研。南漳县武安镇申家嘴村种植香菇200亩。")
    assert [doc.entities[a.place].name for a in doc.articles] == ["武安镇"]


def test_a_provincial_forestry_academy_written_short_is_an_organisation():
    """09-baojing-huangjin-tea (团结报): 据湖南省林科院检测树龄鉴定有明代古茶树718株 (base: no organisation, and
    the figure given to 湖南省, the place inside the academy's name, with the indicator
    据湖南省林科院检测树龄鉴定有明代古茶树)."""
    doc = extract_text("孙忠焕一行来黄金村调研\n2009年,保靖县文物部门通过全面的调查、统计,现存古茶树2057株。"
                       "据湖南省林科院检测树龄鉴定有明代古茶树718株,清代古茶树1339株。")
    assert "湖南省林科院" in {e.name for e in doc.entities.values() if e.type == "Organization"}
    got = {(doc.entities[m.subject].name, m.indicator, m.value) for m in doc.metrics}
    assert ("保靖县", "明代古茶树", 718) in got, got


def test_a_source_and_its_finding_open_no_indicator():
    """据…统计…有 with no comma: who counted and how is no part of what is counted (base: the indicator
    据县统计局统计全县有贫困户); a figure named after 统计 with no 有 keeps its words."""
    doc = extract_text("某县脱贫攻坚\n据县统计局统计全县有贫困户300户。据市统计局统计人口为500万人。")
    got = {m.indicator for m in doc.metrics}
    assert "贫困户" in got, got
    assert not any(i in ("人口", "") for i in got), got


def test_a_county_s_old_base_area_society_written_short_is_that_society():
    """07-xishui-laocu (浠水县老促会): 调研组在浠水县老促会副会长何火云…陪同下 (base: an Agency 浠水县老促会,
    beside the Organization 黄冈市老区建设促进会 the same text names in full)."""
    doc = extract_text("黄冈市老促会来浠水县调研\n2024年9月19日,黄冈市老区建设促进会副会长夏春明一行来浠水县开展调研。"
                       "调研组在浠水县老促会副会长何火云陪同下参观了清泉镇张家坪村。")
    orgs = {e.name: e.type for e in doc.entities.values() if e.type in ("Organization", "Agency")}
    assert orgs.get("浠水县老区建设促进会") == "Organization", orgs


def test_duo_after_a_unit_of_area_is_more_than_the_figure():
    """08-hengdong-hejiang (红网): 准备多种一亩,目前已播种了两亩多地 (base: the indicator 多地, the figure exact);
    where 多 opens a word (3吨多种蔬菜, 12万吨多晶硅 of xinjiang69's 哈密 projects) it stays the noun's."""
    doc = extract_text("合江村种养业托起乡村振兴\n衡东县合江村村民准备多种一亩,目前已播种了两亩多地。")
    got = {(m.indicator, m.value, m.unit, m.approx) for m in doc.metrics}
    assert ("播种", 2, "亩", True) in got, got
    doc = extract_text("某村蔬菜丰收\n合江村今年共收获3吨多种蔬菜。项目整体规划为:年产40万吨工业硅、20万吨多晶硅。")
    got = {(m.indicator, m.approx) for m in doc.metrics if m.unit == "吨"}
    assert all(not a for _, a in got) and any("多晶硅" in i for i, _ in got), got


def _runs(doc) -> set[tuple[str, str]]:
    return {(doc.entities[r.subject].name, doc.entities[r.object].name) for r in doc.relations if r.predicate == "runs"}


def test_a_higher_body_opening_the_lead_runs_none_of_the_story_s_programmes():
    """02-shaoyang-grain: 湖南省委农村工作会议召开。会上,邵阳市获表彰…邵阳市…开展“万名干部联种粮大户”活动 (the whole
    text gave 湖南省委 runs 万名干部联种粮大户: the province's meeting opens a story of the city's own work)."""
    doc = extract_text("邵阳新闻网2月2日讯(通讯员 罗宁)1月30日至31日,湖南省委农村工作会议召开。会上,邵阳市获表彰为全省粮食生产"
                       "先进市,同时获表彰还有武冈市为全省粮食生产标兵县。\n去年,邵阳市高度重视粮食生产,成立早稻生产工作专班;"
                       "实行干部联点帮扶种粮大户制度,组织县、乡(镇)干部开展“万名干部联种粮大户”活动。")
    assert ("湖南省委", "万名干部联种粮大户") not in _runs(doc), _runs(doc)


def test_the_story_s_own_body_opening_the_lead_still_runs_its_programmes():
    """The negative check: the county's own committee opening the lead runs the county's programme."""
    doc = extract_text("新丰县召开农村工作会议\n3月16日,新丰县委农村工作会议召开,会议部署开展“百千万工程”。")
    assert ("新丰县委", "百千万工程") in _runs(doc), _runs(doc)


def test_a_time_word_before_the_verb_is_no_word_of_the_indicator():
    """08-hengdong-hejiang: 而传统作物水稻“双季”种植率今年达到了95% (base: the indicator …种植率今年); the
    period still reads 今年."""
    doc = extract_text("合江村种养业托起乡村振兴\n2018年10月27日\n衡东县合江村家家户户都种植了油菜,而传统作物水稻“双季”种植率今年达到了95%。")
    got = {(m.indicator, m.value, m.period) for m in doc.metrics}
    assert ("传统作物水稻双季种植率", 95, "2018") in got, got


def test_the_price_a_yield_is_valued_at_is_no_word_of_the_indicator():
    """10-nanyue-huangjing (衡阳 南岳区 寿岳乡): 根据市场价格亩产可达3万元 (base: the indicator 根据市场价格亩产)."""
    doc = extract_text("千亩黄精结出致富果\n今年,寿岳乡共种植黄精1022.37亩,预计成熟后每亩可生产750公斤以上,根据市场价格亩产可达3万元。")
    got = {(m.indicator, m.value, m.unit) for m in doc.metrics}
    assert ("亩产", 30000, "元") in got, got
