"""Round 44 (minority44): news of autonomous regions and ethnic areas, fresh texts of
/tmp/s26/fresh/minority44: a Mongolian name after a banner body's post read across 先后 and a longer
body (旗人大常委会副主任宝龙), the leader (总领队) of an aid team holding his post, no project named
by a clause ending in 相关 (…主任徐智杰协助配合完成相关项目) and no township read from a date's 日
(8月22日东乡解放)."""
from __future__ import annotations

from conftest import extract_text, relation_pairs


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def test_mongolian_name_after_a_banner_congress_post_and_before_xianhou():
    """扎鲁特旗人大 news: 旗人大常委会副主任宝龙先后到格日朝鲁苏木…调研 (base: no person 宝龙, the
    banner's 旗 too far before the name and 先后 no end of a name)."""
    doc = extract_text("旗人大常委会副主任宝龙到格日朝鲁苏木调研\n"
                       "5月10日至12日,扎鲁特旗人大常委会副主任宝龙先后到格日朝鲁苏木、阿日昆都楞镇,"
                       "对当前重点工作进行调研指导。")
    assert "宝龙" in _names(doc, "Person"), _names(doc, "Person")
    assert ("宝龙", "扎鲁特旗人大常委会") in relation_pairs(doc, "holdsPost")


def test_leader_of_an_aid_team_holds_his_post():
    """琼结县 news (中国西藏网): 山南市委副书记、湖北省第八批援藏工作队总领队陈正祥 (base: no person
    陈正祥, 总领队 no post)."""
    doc = extract_text("襄阳市考察团赴对口援藏的琼结县考察\n"
                       "山南市委副书记、湖北省第八批援藏工作队总领队陈正祥,琼结县委书记安兴国,"
                       "县委副书记、县长索朗多吉等市、县领导陪同考察。")
    posts = relation_pairs(doc, "holdsPost")
    assert ("陈正祥", "山南市委") in posts and ("陈正祥", "湖北省第八批援藏工作队") in posts, posts


def test_no_project_named_by_a_clause_ending_in_xiangguan():
    """上海援青 story of 玛多县: 玛多县人民政府办公室主任徐智杰协助配合完成相关项目 (base: a Programme
    人民政府办公室主任徐智杰协助配合完成相关, and no person 徐智杰)."""
    doc = extract_text("上海援青干部在玛多\n"
                       "作为上海援青干部,玛多县委副书记、副县长王启洋负责统筹推进上海援青项目,"
                       "玛多县人民政府办公室主任徐智杰协助配合完成相关项目。")
    assert not _names(doc, "Programme"), _names(doc, "Programme")
    assert ("徐智杰", "玛多县人民政府办公室") in relation_pairs(doc, "holdsPost")


def test_no_township_read_from_a_dates_day_character():
    """甘肃 press release on 东乡族自治县: 1949年8月22日东乡解放 (base: a township 日东乡 of 东乡族自治县)."""
    doc = extract_text("三个自治县成立70周年县庆活动新闻发布会举行\n"
                       "东乡族自治县位于甘肃省中部西南面,临夏回族自治州东面。1949年8月22日东乡解放,"
                       "1950年9月25日成立东乡自治区(县级)。")
    places = _names(doc, "Place")
    assert "日东乡" not in places and "东乡族自治县" in places, places


def test_a_county_s_figures_take_no_time_from_its_naming_or_liberation_day():
    """甘肃 press release on 东乡族自治县: 1949年8月22日东乡解放, …，1955年5月，正式定名为东乡族自治县。
    全县总面积1510平方公里，辖8镇16乡 (base: every figure of 1949-08-22, the liberation's day)."""
    doc = extract_text("三个自治县成立70周年县庆活动新闻发布会举行\n"
                       "东乡族自治县位于甘肃省中部西南面,临夏回族自治州东面。1949年8月22日东乡解放,"
                       "1950年9月25日成立东乡自治区(县级),1953年6月改称东乡族自治区,1955年5月,正式定名为东乡族自治县。"
                       "全县总面积1510平方公里,辖8镇16乡、215个行政村、14个社区、31.47万人,其中东乡族占87.93%。")
    periods = {m.indicator: m.period for m in doc.metrics}
    assert periods.get("总面积", "missing") is None and periods.get("行政村", "missing") is None, periods


def test_a_governing_clause_counts_the_county_its_whole_scope_named():
    """The same release, titled with the province (我省…): 全县总面积1510平方公里,辖8镇16乡、215个行政村 —
    the 辖 clause has no subject of its own and goes on with 全县 (base: 镇, 乡, 行政村 of 甘肃省)."""
    doc = extract_text("我省民族团结进步事业发展及三个自治县成立70周年县庆活动新闻发布会举行\n"
                       "7月28日下午,省政府新闻办举行我省民族团结进步事业发展新闻发布会。\n"
                       "东乡族自治县位于甘肃省中部西南面。全县总面积1510平方公里,辖8镇16乡、215个行政村、14个社区。")
    subjects = {m.indicator: m.subject for m in doc.metrics}
    assert subjects.get("行政村") == "place-622926" and subjects.get("乡") == "place-622926", subjects


def test_a_leaders_list_opened_by_a_dotted_name():
    """新疆 大事记 (2014): 自治区领导努尔·白克力、车俊、韩勇,安徽省委副书记李锦斌等参加会见 (base: none of
    the three leaders read, the list's first name written with its dot)."""
    doc = extract_text("张春贤会见安徽省党政代表团\n"
                       "6月6日 中共中央政治局委员、自治区党委书记张春贤会见安徽省委副书记、省长王学军率领的安徽省党政代表团。"
                       "自治区领导努尔·白克力、车俊、韩勇,安徽省委副书记李锦斌等参加会见。")
    assert {"努尔·白克力", "车俊", "韩勇"} <= _names(doc, "Person"), _names(doc, "Person")


def test_a_kingdom_of_history_is_no_place():
    """琼结县 news (中国西藏网): 考察五世故居、吐蕃故都步行街 (base: a Place 吐蕃, the Tibetan kingdom of the
    7th–9th centuries, no place of today)."""
    doc = extract_text("襄阳市考察团赴琼结县考察\n"
                       "秦军率襄阳市考察团先后考察五世故居、吐蕃故都步行街、达娃卓玛故居等文化旅游项目。")
    assert "吐蕃" not in _names(doc, "Place"), _names(doc, "Place")


def test_dotted_names_with_a_long_first_part_and_a_village_head():
    """和田 (中科院新疆分院, 2018): 公司董事长图拉尼亚孜·如孜艾提介绍了…, 阿依玛克村村长亚尔麦提·如则麦麦提分别作了
    汇报 (base: neither person: a first part of five characters before the dot, and 村长 no post)."""
    doc = extract_text("和田地委领导调研阿依玛克村经济发展\n"
                       "和田地委副书记、行署专员艾则孜·木沙调研阿依玛克村。公司董事长图拉尼亚孜·如孜艾提介绍了设备运行和生产销售。"
                       "加汗巴格乡党委书记董万斌、阿依玛克村村长亚尔麦提·如则麦麦提分别作了汇报。")
    assert {"图拉尼亚孜·如孜艾提", "亚尔麦提·如则麦麦提"} <= _names(doc, "Person"), _names(doc, "Person")
