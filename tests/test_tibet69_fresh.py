"""Round 69 (tibet69): county, prefecture and township news of 西藏 (/tmp/s26/fresh/tibet69: village work
teams, 山南's investment figures, 那曲 and 昌都 visits, 双湖县 and 墨竹工卡县 townships): a department written
after 区 alone in an autonomous region's news (区财政厅: the region's, a district keeping no 厅), 开复工 as the
verb opening a list of projects, a Tibetan name after a post closed by the home a visit goes to (村长扎西江村家),
a government's office written short before the work team it sends (市政府办驻…工作队), a clause of cause
(因为, 由于) or a work team's pronoun (她们, 他们) opening no indicator, 帕 a syllable of Tibetan names (帕珠),
a profile's quoted title (“…”——记 X) no programme, a given-name word opening a village's name (扎西|松多村) no
place, and a stretch of years before 分别 giving each figure its year (2019年至2021年…分别达到A、B、C)."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def _metrics(doc) -> set[tuple[str, float, str]]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def test_a_department_after_the_region_s_short_form_is_the_region_s():
    """09-naqu-chuntian (中国西藏新闻网): 自治区党委常务副书记胡春华在自治区党委办公厅、区发改委、区财政厅、区交通厅…的陪同下,
    前往拉萨、那曲检查指导工作 (base: bare agencies 区财政厅, 区交通厅 of no place)."""
    doc = extract_text("胡春华在拉萨那曲考察调研\n3月9日至11日,自治区党委常务副书记胡春华在自治区党委办公厅、区发改委、"
                       "区财政厅、区交通厅等有关部门负责同志的陪同下,前往拉萨、那曲检查指导工作。")
    agencies = _names(doc, "Agency")
    assert {"西藏自治区财政厅", "西藏自治区交通厅"} <= agencies, agencies
    assert "区财政厅" not in agencies, agencies
    # outside an autonomous region no 区…厅 is read as a region's department
    plain = extract_text("城关区召开会议\n兰州市城关区召开财政工作会议,区财政局局长张建国出席。")
    assert not any(a.endswith("自治区财政厅") for a in _names(plain, "Agency")), _names(plain, "Agency")


def test_started_or_resumed_opens_a_project_list():
    """03-shannan-guding (西藏日报): 国家投资累计完成53.1亿元…相继开复工藏木电站、贡嘎机场改扩建…等重点项目
    (base: a project 全市相继开复工拉洛水利枢纽 with the verb in its name)."""
    doc = extract_text("日喀则项目建设提速\n今年以来,全市相继开复工拉洛水利枢纽、日喀则至亚东铁路等重点项目。")
    progs = _names(doc, "Programme")
    assert "拉洛水利枢纽" in progs, progs
    assert not any("开复工" in p for p in progs), progs


def test_a_tibetan_name_after_a_post_ends_before_the_home():
    """08-karuo-dabu (昌都报): 达布村临时办公点便设在了村长扎西江村家 (base: no person; 扎西江村 read only where
    punctuation or a verb closes it)."""
    doc = extract_text("达布村调研\n因为原先的村委会拆除重建,达布村临时办公点便设在了村长扎西江村家。")
    assert "扎西江村" in _names(doc, "Person"), _names(doc, "Person")
    home = extract_text("入户走访\n县委书记走进脱贫户次仁多吉家,询问生产生活情况。")
    assert "次仁多吉" in _names(home, "Person"), _names(home, "Person")
    assert not any(n.endswith("家") for n in _names(home, "Person"))


def test_a_government_office_written_short_before_its_work_team():
    """01-zhucun-qipi (中新社): 山南市政府办驻浪卡子县浪卡子居委会工作队队长…介绍 (base: 山南市人民政府, the 办
    of its general office dropped)."""
    doc = extract_text("西藏派出第七批驻村干部\n山南市政府办驻浪卡子县浪卡子居委会工作队投资420万元建成了黄牛养殖基地。")
    agencies = _names(doc, "Agency")
    assert "山南市人民政府办公室" in agencies, agencies
    assert "山南市人民政府" not in agencies, agencies


def test_a_clause_of_cause_opens_no_indicator():
    """12-shuanghu-gacuo (双湖县嘎措乡党委书记): 因为我们双湖县平均海拔将近5000米 (base: the indicator
    因为我们双湖县平均海拔)."""
    doc = extract_text("藏北的集体经济\n双湖县也是世界海拔最高的一个行政县,因为我们双湖县平均海拔将近5000米,特别高。")
    assert ("平均海拔", 5000, "米") in _metrics(doc), _metrics(doc)
    other = extract_text("改则县简介\n改则县是纯牧业县,由于全县草场面积达到1200万亩,牧业发达。")
    assert ("草场面积", 12000000, "亩") in _metrics(other), _metrics(other)


def test_a_work_team_s_pronoun_is_no_part_of_the_indicator():
    """02-zhucun-biaozhang (西藏自治区气象局驻村工作队): 在藏历新年前,她们还自筹2千余元购买毛线 (base: the indicator
    她们还自筹)."""
    doc = extract_text("驻村工作队进驻下索村\n在藏历新年前,她们还自筹2千余元购买毛线,为全村儿童编织爱心毛衣。")
    assert ("自筹", 2000, "元") in _metrics(doc), _metrics(doc)
    team = extract_text("驻村工作队帮扶\n去年,他们共筹集资金50万元用于修路。")
    assert ("筹集资金", 500000, "元") in _metrics(team), _metrics(team)


def test_a_two_syllable_tibetan_name_opening_with_pa():
    """吉汝村 (岗巴县) 驻村工作队队长帕珠说 (base: no person, 帕 no syllable of tibetan_name_chars): a short
    Tibetan name right after a post."""
    doc = extract_text("西藏牧业改革的岗巴探索\n“基本家家户户都养羊。”吉汝村驻村工作队队长帕珠说。")
    assert "帕珠" in _names(doc, "Person"), _names(doc, "Person")


def test_a_profile_s_quoted_title_is_no_programme():
    """08-karuo-dabu (昌都报): “一定要让村里有变化”——记卡若区达布村第一书记扎西占堆 (base: a programme 一定要让村里有变化
    read from the quote heading the story); a quoted topic going on (“厕所革命”持续推进) stays one."""
    doc = extract_text("“一定要让村里有变化”——记卡若区达布村第一书记扎西占堆\n2018-06-12 来源:昌都报\n"
                       "古铜色的面庞,这就是昌都市卡若区达布村的第一书记扎西占堆给人留下的第一印象。")
    assert "一定要让村里有变化" not in _names(doc, "Programme"), _names(doc, "Programme")
    topic = extract_text("“厕所革命”持续推进\n近日,记者走进比如县白嘎乡,村里新建了公厕。")
    assert "厕所革命" in _names(topic, "Programme"), _names(topic, "Programme")


def test_a_given_name_word_opening_a_village_s_name_is_no_place():
    """措美县 (山南市) 牧业托管: 扎西松多村先后吸纳了96户共计1080只绵羊入股 (base: a place 扎西, the town of 威信县 jieba
    tags ns, the subject of the village's figures): 扎西 opens the village's name."""
    doc = extract_text("措美县牧业托管见成效\n近年来,措美县推进高原牧业改革。通过托管模式,扎西松多村先后吸纳了96户共计1080只绵羊入股,"
                       "群众入股率达到78%。")
    assert "扎西" not in _names(doc, "Place"), _names(doc, "Place")
    assert all(doc.entities[m.subject].name != "扎西" for m in doc.metrics if m.subject in doc.entities)


def _periods(doc) -> dict[float, str | None]:
    return {m.value: m.period for m in doc.metrics}


def test_each_figure_after_respectively_is_one_year_of_the_stretch():
    """沙玛村 (察隅县, 光明日报): 2019年至2021年沙玛村农民人均可支配收入分别达到14109元、16154元、17309元 (base: all three
    of 2019/2021): three years, three figures, the k-th figure the k-th year's; with items listed before 分别
    (城镇和农村居民…分别增长5%、6%) both stay the stretch's."""
    doc = extract_text("察隅县边境小康村\n2019年至2021年全县农民人均可支配收入分别达到14109元、16154元、17309元。")
    got = _periods(doc)
    assert (got.get(14109), got.get(16154), got.get(17309)) == ("2019", "2020", "2021"), got
    items = extract_text("察隅县居民收入\n2020年至2021年,全县城镇和农村居民人均可支配收入分别增长5%、6%。")
    assert set(_periods(items).values()) == {"2020/2021"}, _periods(items)
