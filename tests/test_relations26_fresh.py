"""Crab festivals on lakes, county campaigns and ministries' joint notices (round 26): a lake or river
(洪泽湖, 固城湖) in a festival's or a meeting's name, or as its scene, names where the crabs come from,
never a place the event is held in (a division of the gazetteer such as 洪泽区 still is); a country
joined to the rest by a middle dot (中国·某县螃蟹节) is the brand of a local festival, not its place.
Sentences written for these tests in the shape of such texts."""
from __future__ import annotations

from conftest import relations_of
from kg.builder import extract_document
from kg.model import Doc


def _result(text: str):
    return extract_document(Doc(id="t", source="t.txt", text=text))


_relations = relations_of  # (conftest: one text built whole, one predicate's (subject, object) names)


def _places_of(text: str, programme: str) -> set[str]:
    return {o for s, o in _relations(text, "implementedIn") if s == programme}


def test_a_festival_by_a_lake_is_not_in_the_lake():
    """第十届洪泽湖螃蟹节在洪泽湖畔开幕: the lake is the crabs' water, not the festival's place."""
    text = "9月20日,第十届洪泽湖螃蟹节在洪泽湖畔开幕。"
    assert "洪泽湖" not in _places_of(text, "洪泽湖螃蟹节")


def test_a_news_conference_named_after_a_lake_is_not_in_it():
    """2017中国洪泽湖国际大闸蟹节新闻发布会: the lake in the name places no meeting."""
    text = "7月1日,淮安市洪泽区举行2017中国洪泽湖国际大闸蟹节新闻发布会。"
    assert "洪泽湖" not in _places_of(text, "2017中国洪泽湖国际大闸蟹节新闻发布会")


def test_a_lake_the_tagger_found_is_no_festival_place():
    """固城湖 (a lake outside the gazetteer) opening the festival's scene: no place of the festival."""
    text = "9月19日上午,第十五届中国·高淳固城湖螃蟹节在固城湖沙滩浴场盛大开幕。"
    assert "固城湖" not in _places_of(text, "中国·高淳固城湖螃蟹节")


def test_a_country_with_a_dot_is_a_brand():
    """中国·X螃蟹节 with no other place: 中国 before the dot is the brand, not where it is held."""
    text = "9月19日上午,第十五届中国·高淳固城湖螃蟹节盛大开幕。"
    assert "中国" not in _places_of(text, "中国·高淳固城湖螃蟹节")


def test_a_country_with_a_dot_leaves_the_county_scene():
    """中国·X螃蟹节在高淳区开幕: the county of the scene is the festival's place."""
    text = "9月19日,第十五届中国·高淳固城湖螃蟹节在高淳区开幕。"
    assert "高淳区" in _places_of(text, "中国·高淳固城湖螃蟹节")


def test_a_division_named_after_a_lake_keeps_its_festival():
    """大通湖区 is a division of the gazetteer: a festival held there is in it (or its city)."""
    text = "11月23日,第三届大通湖大闸蟹节在益阳市大通湖区开幕。"
    assert _places_of(text, "大通湖大闸蟹节") & {"大通湖区", "益阳市"}


def test_a_campaign_on_a_river_keeps_the_river():
    """长江禁渔专项整治行动: a campaign on the water (no event) keeps the river as its place."""
    text = "今年以来,沿江各地深入开展长江禁渔专项整治行动。"
    assert "长江" in _places_of(text, "长江禁渔专项整治行动")


def _runners(text: str, programme: str) -> set[str]:
    return {s for s, o in _relations(text, "runs") if o == programme}


def test_a_lead_joining_other_bodies_issues_the_document():
    """省人社厅牵头，联合省教育厅、省财政厅印发《…方案》: the lead issues it with the bodies it joins."""
    text = "省人社厅牵头,联合省教育厅、省财政厅印发《高校毕业生就业攻坚行动方案》。"
    runners = _runners(text, "高校毕业生就业攻坚行动方案")
    assert {"省人力资源和社会保障厅", "省教育厅", "省财政厅"} <= runners


def test_a_lead_drafting_with_others_runs_the_draft_not_the_policy_served():
    """为贯彻落实《省…方案》，市卫健委牵头，会同市教体局起草了《市…方案》: the lead drafts the city's
    plan; the province's plan it carries out is not its own."""
    text = ("为贯彻落实《健康安徽行动实施方案》,宣城市卫健委牵头,会同市教体局起草了"
            "《健康宣城行动实施方案》。")
    assert "宣城市卫生健康委员会" in _runners(text, "健康宣城行动实施方案")
    assert "宣城市卫生健康委员会" not in _runners(text, "健康安徽行动实施方案")


def test_a_lead_then_a_second_body_still_runs_the_programme_before():
    """…开展“清洁家园”行动，县农业农村局牵头，各乡镇具体实施: no joint verb after 牵头, the
    programme before stays the lead's."""
    text = "今年全县开展“清洁家园”行动,县农业农村局牵头,各乡镇具体实施。"
    assert "县农业农村局" in _runners(text, "清洁家园")


def test_guests_visiting_a_city_do_not_place_their_conference():
    """参加第四届X大会的嘉宾到淮安市考察，受到淮安市委、市政府的欢迎: the guests visit the city; the
    conference is not held there, and the city's committee that welcomed them does not run it."""
    text = ("6月23日,参加第四届华侨华人社团联谊大会的嘉宾应邀到淮安市考察访问,"
            "受到淮安市委、市政府的热烈欢迎。")
    assert not _places_of(text, "华侨华人社团联谊大会")
    assert not _runners(text, "华侨华人社团联谊大会")


def test_an_inspection_tour_is_where_it_goes():
    """省政协“…”专题调研活动到某县调研: a tour of inspection is held where it goes."""
    text = "5月8日,省政协“助力乡村振兴”专题调研活动到泗洪县调研。"
    assert "泗洪县" in _places_of(text, "助力乡村振兴")


def test_an_event_going_to_a_place_is_held_there():
    """“三下乡”活动走进某县开展义诊: going there to do something is the event's scene."""
    text = "9月12日,“文化科技卫生三下乡”活动走进上蔡县开展义诊。"
    assert "上蔡县" in _places_of(text, "文化科技卫生三下乡")


def test_guests_of_a_conference_visiting_give_it_no_runner():
    """第四届X大会的80余名嘉宾应邀来淮考察访问，受到淮安市委、市政府的热烈欢迎: the conference only
    names whose guests visit; the city's committee welcomed them and runs nothing."""
    text = ("5月12日至13日,第三届海外侨团联谊大会的60余名嘉宾应邀莅淮考察访问,受到淮安市委、市政府的"
            "热烈欢迎。12日下午,嘉宾们出席了淮安市委、市政府举行的投资环境推介会。")
    assert "淮安市委" not in _runners(text, "海外侨团联谊大会")
    assert not _places_of(text, "海外侨团联谊大会")
    assert "淮安市委" in _runners(text, "投资环境推介会")


def _programmes(text: str) -> set[str]:
    return {e.name for e in _result(text).entities.values() if e.type == "Programme"}


def test_a_county_campaign_is_one_name_up_to_its_last_head():
    """在全县开展货车超限超载专项整治行动: 专项整治 inside the name is no end of it (one campaign, not
    a second one without 行动 that the same bodies would run)."""
    text = "4月起,县交通运输局联合县公安局在全县开展货车超限超载专项整治行动。"
    assert _programmes(text) == {"货车超限超载专项整治行动"}
    assert _runners(text, "货车超限超载专项整治行动") == {"县交通运输局", "县公安局"}


def test_a_campaign_in_a_notice_title_is_not_the_follower_s():
    """按照《关于开展“百日攻坚”行动的通知》要求，县住建局组织开展检查: the bureau follows the notice; the
    campaign its title names is the issuer's, not the article's agency's by default."""
    text = "按照《关于开展“百日攻坚”行动的通知》要求,县住建局组织开展建筑工地安全检查。"
    assert "县住房和城乡建设局" not in _runners(text, "百日攻坚")


def test_a_campaign_in_a_notice_title_is_the_issuer_s():
    """县政府办公室印发《关于开展“百日攻坚”行动的通知》: the issuer runs the notice and its campaign."""
    text = "近日,县政府办公室印发《关于开展“百日攻坚”行动的通知》。"
    assert "县人民政府办公室" in _runners(text, "百日攻坚")


def test_a_campaign_in_the_county_s_own_plan_keeps_the_county():
    """某县城乡环境整治“百日攻坚”行动工作方案: a title that names the county is the county's own plan;
    the campaign inside it is carried out there."""
    text = ("丹棱县城乡环境整治“百日攻坚”行动工作方案\n为切实改善城乡环境面貌,决定在全县开展城乡环境"
            "整治“百日攻坚”行动。")
    assert "丹棱县" in _places_of(text, "百日攻坚")


def test_a_lead_then_helpers_then_issuing_runs_the_document():
    """由省发展改革委牵头，省工信厅、省财政厅配合，制定了《…方案》: the lead runs the plan; the helpers
    (配合) only help."""
    text = "由省发展改革委牵头,省工信厅、省财政厅配合,制定了《制造业数字化转型行动方案》。"
    runners = _runners(text, "制造业数字化转型行动方案")
    assert "省发展和改革委员会" in runners
    assert "省财政厅" not in runners


def test_a_lead_issuing_directly_runs_the_document():
    """由市商务局牵头，印发了《…方案》: no helpers' clause, the issuing clause follows the lead's."""
    text = "由市商务局牵头,印发了《外贸稳规模优结构实施方案》。"
    assert "市商务局" in _runners(text, "外贸稳规模优结构实施方案")


def test_a_meeting_watched_from_afar_is_not_the_watchers():
    """县政府组织收听收看全省…电视电话会议: the province holds the meeting; the county only watches it, so
    no meeting named with the verb of watching and no county body running it."""
    text = "6月5日,县政府组织收听收看全省安全生产电视电话会议。"
    assert not any("收看" in name for name in _programmes(text))
    assert not {s for s, _ in _relations(text, "runs")}


def test_a_meeting_the_county_holds_is_its_own():
    """县政府召开全县安全生产工作会议: convening is running."""
    text = "6月5日,县政府召开全县安全生产工作会议。"
    assert "县人民政府" in _runners(text, "全县安全生产工作会议")
