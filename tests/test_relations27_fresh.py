"""Investment fairs, provincial campaigns and joint statements (round 27): a regional investment fair
the press names by its short form (兰洽会, 哈洽会, 昆交会) is the fair of national_events.tsv,
held in its host city; a delegation's county (石柱县组团参加进博会) or a branch venue's city
(兰洽会天水分会场) is no place of the fair.  Sentences written for these tests in the shape of such
texts."""
from __future__ import annotations

from conftest import relations_of
from kg.builder import extract_document
from kg.model import Doc


def _result(text: str):
    return extract_document(Doc(id="t", source="t.txt", text=text))


_relations = relations_of  # (conftest: one text built whole, one predicate's (subject, object) names)


def _programmes(text: str) -> set[str]:
    return {e.name for e in _result(text).entities.values() if e.type == "Programme"}


def _places_of(text: str, programme: str) -> set[str]:
    return {o for s, o in _relations(text, "implementedIn") if s == programme}


def test_a_regional_fair_by_its_short_form():
    """第三十届兰洽会在兰州开幕: 兰洽会 is 中国兰州投资贸易洽谈会, held in 兰州."""
    text = "7月6日,第三十届兰洽会在兰州开幕,省内各市州组团参会。"
    assert _places_of(text, "中国兰州投资贸易洽谈会") == {"兰州市"}


def test_a_branch_venue_is_no_place_of_the_fair():
    """兰洽会天水分会场活动在天水举行: the city holding a branch venue does not hold the fair."""
    text = "天水市在兰洽会上签约项目56个\n第三十届兰洽会天水分会场活动在天水举行。本届兰洽会期间,天水市共签约项目56个。"
    assert "天水市" not in _places_of(text, "中国兰州投资贸易洽谈会")
    text = "天水市在广交会上签约项目\n第135届广交会天水分会场活动在天水举行。本届广交会期间,天水市共签约项目56个。"
    assert "天水市" not in _places_of(text, "中国进出口商品交易会")


def test_a_delegations_county_is_no_place_of_the_fair():
    """石柱县组团参加进博会: the county attends a fair held in 上海 (the text never names the city: 中国)."""
    text = "石柱县组团参加进博会\n本届进博会上,石柱县签约项目8个。"
    assert _places_of(text, "中国国际进口博览会") == {"中国"}
    text = "玉溪市组团参加昆交会\n本届昆交会期间,玉溪市签约项目12个。"
    assert _places_of(text, "中国昆明进出口商品交易会") <= {"中国", "昆明市"}
    assert "玉溪市" not in _places_of(text, "中国昆明进出口商品交易会")


def test_a_short_form_two_fairs_share_is_left_alone():
    """西洽会 names 西安's 东西部 fair and 重庆's 西部国际 fair: no expo of the table by that name alone."""
    assert not {n for n in _programmes("本届西洽会期间,各省区市代表团举办推介活动。") if "洽谈会" in n}


def test_a_fair_is_no_part_of_a_provinces_campaign():
    """A headline campaign takes the body's events as its parts, but a national expo held in its own
    city every year (厦洽会) is nobody's part."""
    text = ("甘肃省开展安全生产专项整治行动\n近日,甘肃省启动安全生产专项整治行动。"
            "此次专项整治行动由省应急管理厅牵头。厦洽会在厦门举行。")
    assert not {(s, o) for s, o in _relations(text, "subProgrammeOf") if s == "中国国际投资贸易洽谈会"}


def test_a_strategic_relationship_is_no_strategy():
    """中日战略互惠关系, 中法战略对话: 战略 qualifies a relationship or a dialogue; 乡村振兴战略 stays."""
    assert not _programmes("双方同意全面推进中日战略互惠关系。")
    assert not _programmes("双方同意落实中法战略对话成果。")
    assert "乡村振兴战略" in _programmes("深入实施乡村振兴战略。")


def test_a_count_of_events_names_none():
    """省内各市州将举办20多项投资推介洽谈会, 3场招聘会: how many events are held, no event's name."""
    assert not _programmes("省内各市州将举办20多项投资推介洽谈会。")
    assert not _programmes("全县举办3场招聘会,提供岗位1200个。")


def test_a_campaigns_duration_is_no_part_of_its_name():
    """开展为期三个月的道路交通安全专项整治行动: how long it runs is said of this holding; the campaign
    is 道路交通安全专项整治行动, run by the body 此次专项整治行动由…牵头 names."""
    text = "县政府决定在全县范围内开展为期三个月的道路交通安全专项整治行动。此次专项整治行动由县公安局牵头。"
    assert _programmes(text) == {"道路交通安全专项整治行动"}
    assert ("县公安局", "道路交通安全专项整治行动") in _relations(text, "runs")


def test_a_bare_kind_of_forum_names_none():
    """会见出席高峰论坛的外国政要: 高峰论坛 alone is the forum just named (or any forum), no second
    programme; a forum named by its field keeps its name."""
    text = "第二届“一带一路”国际合作高峰论坛在北京举行。习近平会见了出席高峰论坛的外国政要。"
    assert _programmes(text) == {"“一带一路”国际合作高峰论坛"}
    assert "2024湖北县域经济高峰论坛" in _programmes("省政府举办2024湖北县域经济高峰论坛。")
    assert not _programmes("吉林市工商联、吉林市经合局承办的高峰论坛同时举办。")


def test_this_rectification_is_the_campaign_just_named():
    """此次专项整治由省住房城乡建设厅牵头: 此次专项整治 (no 行动 or 活动 after it) is the campaign the
    article is about, run by the lead body."""
    text = ("全省开展燃气安全专项整治\n省安委会决定,自即日起在全省开展燃气安全专项整治。"
            "此次专项整治由省住房城乡建设厅牵头,省应急管理厅配合。")
    assert ("省住房和城乡建设厅", "燃气安全专项整治") in _relations(text, "runs")


def test_a_hairy_crab_is_no_sluice():
    """阳澄湖大闸蟹, 国际大闸蟹节: 大闸蟹 is the hairy crab, no water work (大闸) to name an organisation."""
    res = _result("阳澄湖大闸蟹开捕节在苏州举行,国际大闸蟹节活动菜单同时发布。")
    assert not {e.name for e in res.entities.values() if e.type == "Organization"}
