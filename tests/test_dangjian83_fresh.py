"""Round 83 (dangjian83): party-building, organisation-department and discipline-inspection news from
fresh texts of /tmp/s26/fresh/dangjian83 (青田县 村干部违规发包 典型案例, 中央纪委 青海 通报, 每周通报
山东/辽宁, 日照东港区 处分决定落实, 北镇市 换届纪律, 鄞州区 and 湖南 党内统计, 秦安县 巡察, 武宁新宁镇
共产党员户, 铜梁太平镇).  Fixes: a township's 镇 before a village named by a proper noun (海口镇|海林村) is
no place jieba's 镇海 reads across the two, and the village and its party branch are read; an age band
before 党员 (35岁及以下党员16.3万名) is part of the indicator, no figure cutting it to 以下党员; a province's
paper before 讯 with the day between (湖南日报6月30日讯) makes a story that speaks as its province
(全省, 省委组织部) the province's; a village's level before the quoted name of its body (5名村“两委”干部)
is part of the noun counted, no indicator 村; a short post naming its village organ after the village
(铁鹅村村支书) is held in the village's 党支部, not the village, and 村支部 written short is that 党支部 (sichuan73 and sichuan80's tests follow: the schema
holds a Place for the head of a government only); a headline's count of key points (有4个关键信息) is no figure."""
from __future__ import annotations

from conftest import extract_text, relation_pairs


def _names(doc, label: str) -> dict[str, str | None]:
    return {e.name: e.code for e in doc.entities.values() if e.type == label}


def _metrics(doc) -> list[tuple[str | None, str, float]]:
    """(subject, indicator, value) of every metric of `doc`."""
    return [(doc.entities[m.subject].name if m.subject else None, m.indicator, m.value) for m in doc.metrics]


def test_a_township_s_suffix_before_a_proper_noun_village_is_no_place_across_them():
    """01-qingtian (青田县 典型案例): 2.海口镇海林村党支部书记陈伯敏违规发包本村工程项目问题 — jieba cuts
    海口|镇海|林村 (base: a place 镇海, no 海口镇, no 海林村党支部, 陈伯敏 without a post)."""
    doc = extract_text("村干部违规发包本村工程项目典型案例\n1.三溪口街道下坦村党支部书记郭足平受到党内警告处分。\n"
                       "2.海口镇海林村党支部书记陈伯敏受到党内警告处分。")
    places = _names(doc, "Place")
    assert "镇海" not in places and "海口镇" in places and "海林村" in places, places
    assert ("陈伯敏", "海林村党支部") in relation_pairs(doc, "holdsPost"), relation_pairs(doc, "holdsPost")
    # (no township before it: 镇海 is the district of 宁波 still)
    assert "镇海区" in _names(extract_text("调研\n宁波市镇海区召开会议。"), "Place")


def test_an_age_band_before_party_members_is_part_of_the_indicator():
    """07-hunan (湖南 党内统计): 其中,35岁及以下党员16.3万名,占80.4% (base: indicator 以下党员, the age
    read as a figure that cuts the name)."""
    doc = extract_text("党员队伍结构持续优化\n2021年,全省新发展党员20.2万名。其中,35岁及以下党员16.3万名,占80.4%。")
    indicators = {ind for _s, ind, _v in _metrics(doc)}
    assert "35岁及以下党员" in indicators and "以下党员" not in indicators, indicators


def test_a_province_s_paper_with_the_day_before_xun_places_a_story_of_the_province():
    """07-hunan: 湖南日报6月30日讯(全媒体记者 周帙恒)省委组织部最新党内统计数据显示,…全省共有党员421.7万名
    (base: no article place, the figures of no subject, 省委组织部 of no province)."""
    doc = extract_text("我省共有中共党员421.7万名\n湖南日报6月30日讯(全媒体记者 周帙恒)省委组织部最新党内统计数据显示,"
                       "截至2021年底,全省共有党员421.7万名。")
    assert ("湖南省", "党员", 4217000) in _metrics(doc), _metrics(doc)
    assert "湖南省委组织部" in _names(doc, "Agency"), _names(doc, "Agency")
    # (a story that names a county of its own stays the county's)
    county = extract_text("会议\n湖南日报6月30日讯 近日,宁乡市召开会议,全省有关部门参加,宁乡市共有党员5万名。")
    assert ("宁乡市", "党员", 50000) in _metrics(county), _metrics(county)


def test_a_village_level_before_the_quoted_body_is_part_of_the_noun_counted():
    """05-beizhen (北镇市 换届纪律): 张正文宴请该街道5名村“两委”换届选举包村干部 (base: indicator 村)."""
    doc = extract_text("违反换届纪律\n全镇共有38名村“两委”干部参加培训,共选派12名村“两委”成员。")
    indicators = {ind for _s, ind, _v in _metrics(doc)}
    assert "村" not in indicators and "村两委成员" in indicators, indicators


def test_a_short_branch_post_after_its_village_is_held_in_the_village_s_branch():
    """10-tongliang (铜梁区太平镇 通报): 太平镇铁鹅村村支书柏道理…违规收受礼金 (base: the post held in the
    village 铁鹅村, where 铁鹅村村党支部书记 is held in 铁鹅村党支部); written 铁鹅村支书 the same."""
    for written in ("铁鹅村村支书", "铁鹅村支书"):
        doc = extract_text(f"村支书违规收礼\n今年2月,太平镇{written}柏道理违规收受了管理服务对象礼金。")
        assert ("柏道理", "铁鹅村党支部") in relation_pairs(doc, "holdsPost"), relation_pairs(doc, "holdsPost")
    # (its 支部 written short, 铁鹅村村支部书记, is that branch too: one body however the notice writes it)
    short = extract_text("村支书违规收礼\n今年2月,太平镇铁鹅村村支部书记柏道理违规收受了管理服务对象礼金。")
    assert ("柏道理", "铁鹅村党支部") in relation_pairs(short, "holdsPost"), relation_pairs(short, "holdsPost")
    # (a post of the village's committee stays the committee's)
    head = extract_text("村支书违规收礼\n今年2月,太平镇铁鹅村村委会主任柏道理违规收受了管理服务对象礼金。")
    assert not any(b.endswith("党支部") for _p, b in relation_pairs(head, "holdsPost")), relation_pairs(head, "holdsPost")


def test_a_headline_s_count_of_key_points_is_no_figure():
    """02-qinghai (北京青年报): 十八大以来首次!中央纪委罕见通报 有4个关键信息 (base: a metric 关键信息 4个 of 中国)."""
    doc = extract_text("中央纪委罕见通报 有4个关键信息\n4月27日,中央纪委国家监委公开通报青海省6名党员领导干部严重违反"
                       "中央八项规定精神问题。")
    indicators = {ind for _s, ind, _v in _metrics(doc)}
    assert "关键信息" not in indicators and any(v == 6 for _s, _i, v in _metrics(doc)), _metrics(doc)
