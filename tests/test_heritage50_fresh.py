"""Round 50 (heritage50): cultural heritage, museum and archaeology news from fresh texts of
/tmp/s26/fresh/heritage50: holdings and finds counted in 件/套 or 件(套), one unit (no indicator
"/套"); a 博物院 named after its city (南京博物院) a body of that city, no mention of the city; and
museums or sites the dictionary tags as places (故宫博物院, 龙门石窟, 良渚遗址) no places; 全国 after a
survey's round (第四次全国文物普查) no national scope; the stages of a plan no figure; a county's
“四普”领导小组 one body."""
from __future__ import annotations

from conftest import extract_text, relation_pairs


def _places(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Place"}


def _orgs(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type in ("Organization", "Agency")}


def test_museum_holdings_counted_in_pieces_or_sets():
    """文旅部 via 中新网: 截至2021年底,全国博物馆机构数为5772个,藏品数量4665万件/套: the holdings,
    indicator 藏品数量 in 件/套 (base: indicator "/套", unit 件)."""
    doc = extract_text("文旅部:截至2021年底,全国博物馆机构数达到5772个\n"
                       "截至2021年底,全国博物馆机构数为5772个,藏品数量4665万件/套;"
                       "2012年全国博物馆机构数为3069个,藏品数量2318万件/套。")
    got = {(m.indicator, m.value, m.unit) for m in doc.metrics if m.value in (46650000, 23180000)}
    assert got == {("藏品数量", 46650000, "件/套"), ("藏品数量", 23180000, "件/套")}, got
    assert not any(m.indicator.startswith("/") for m in doc.metrics)


def test_finds_counted_in_pieces_with_sets_in_brackets():
    """新华社 (安徽长丰): 已出土漆木器、瓷器、金银器等文物51件(套): 51 in 件/套 (base: 51 件, the (套)
    dropped)."""
    doc = extract_text("安徽发现一北宋家族墓葬群\n"
                       "新华社合肥5月29日电 从安徽省文物考古研究所获悉,安徽省合肥市长丰县境内发现一座规模较大的"
                       "北宋家族墓葬群,已出土漆木器、瓷器、金银器等文物51件(套)。")
    got = {(m.indicator, m.unit) for m in doc.metrics if m.value == 51}
    assert got == {("文物", "件/套")}, got


def test_a_museum_named_after_its_city_is_a_body_of_the_city():
    """央视网 (江苏巡展): 汇聚了南京博物院、中国大运河博物馆和苏州博物馆的30余件珍贵文物: 南京博物院 an
    organisation located in 南京市 (base: no 南京博物院, a place 南京市 read out of its name)."""
    doc = extract_text("全国多家博物馆创新展陈方式\n"
                       "正在镇江市博物馆举办的“家门口看大展”活动,汇聚了南京博物院、中国大运河博物馆和苏州博物馆的"
                       "30余件珍贵文物。")
    assert "南京博物院" in _orgs(doc), _orgs(doc)
    assert ("南京博物院", "南京市") in relation_pairs(doc, "locatedIn")
    assert not [m for e in doc.entities.values() if e.name == "南京市" for m in e.mentions]  # no mention


def test_museums_and_sites_the_dictionary_tags_as_places_are_no_places():
    """故宫博物院 and 龙门石窟, as heritage news name them among other museums and sites: the museum an
    organisation, the grottoes and 良渚 (the name of 良渚遗址) no places (base: places 故宫博物院,
    龙门石窟, 良渚)."""
    doc = extract_text("文物保护工作会议召开\n"
                       "河南博物院、山西博物院和故宫博物院联合举办展览。"
                       "省文物局组织专家赴良渚遗址、龙门石窟调研。")
    places = _places(doc)
    assert not places & {"故宫博物院", "龙门石窟", "良渚"}, places
    assert "故宫博物院" in _orgs(doc)


def test_the_stages_a_survey_is_carried_out_in_are_no_figure():
    """定远县 notice on the fourth cultural relics survey: 此次普查从2024年2月开始,到2026年6月结束,
    分三个阶段进行: the plan's outline, no figure (base: 3 个 of 阶段, period 2026-06)."""
    doc = extract_text("关于做好第四次全国文物普查工作的通知\n"
                       "按照国务院统一部署,此次普查从2024年2月开始,到2026年6月结束,分三个阶段进行。")
    assert not [m for m in doc.metrics if m.value == 3], [(m.indicator, m.value) for m in doc.metrics]


def test_a_national_survey_named_by_its_round_scopes_no_figure():
    """镇巴县 (陕西): 镇巴县第四次全国文物普查实地调查从3月18日开始…普查队员将分为8个小组到全县各镇
    (街道)开展文物普查工作: the county's teams; 全国 opens the survey's name (base: subject 中国 and a
    mention of China)."""
    doc = extract_text("镇巴启动第四次全国文物普查工作\n"
                       "据了解,镇巴县第四次全国文物普查实地调查从3月18日开始至4月中旬结束,"
                       "相关专家和普查队员将分为8个小组到全县各镇(街道)开展文物普查工作。")
    subjects = {doc.entities[m.subject].name for m in doc.metrics if m.value == 8}
    assert subjects == {"镇巴县"}, subjects


def test_a_campaign_s_leading_group_named_with_its_quoted_short_name():
    """内丘县 (河北邢台): 内丘县“四普”领导小组组长葛建敏汇报了我县“四普”工作的开展: the county's leading
    group of the survey, 葛建敏 its head (base: a bare body 领导小组)."""
    doc = extract_text("河北省督导组赴内丘督导工作\n"
                       "随后,督导组召开了座谈会,内丘县“四普”领导小组组长葛建敏汇报了我县“四普”工作的开展及工作推进情况。")
    assert "领导小组" not in _orgs(doc), _orgs(doc)
    assert ("葛建敏", "内丘县四普领导小组") in relation_pairs(doc, "holdsPost")
