"""Round 90 (suzhe90): 江苏/浙江 town (镇/街道) and county news, second pass — visits to and round-ups of
towns in 苏州 (太仓 城厢镇, 吴江 七都镇 and 盛泽镇), 常州 (武进 湖塘镇; 奔牛镇、郑陆镇、邹区镇 after the
2015 boundary change), 南通 (the statistics bureau's coastal towns), 宁波 (象山 西周镇, 北仑 大碶街道, 镇海
招宝山街道), 台州 (天台 白鹤镇's government work report), 绍兴 (嵊州 甘霖镇's yearbook entry) and 金华 (义乌
苏溪镇) (fresh texts of /tmp/s26/fresh/suzhe90).  Fixes: a bare 镇党委书记, 镇长 in a paragraph that names
one other town (郑陆镇是…。镇党委书记曹志伟) was read as the article's first town's; a kind of community a
programme builds (现代社区, 未来社区, 完整社区) read as a community named so; 分乡镇(园区)看 (the breakdown by
township) read as 夷陵区's 分乡镇 and made the subject of its figures; 通州 inside 通州湾示范区 read as 通州区;
a verb before a village (在保留江村历史风貌) read into its name."""
from __future__ import annotations

from conftest import extract_text, post_triples


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def _subjects(doc) -> set[str | None]:
    return {doc.entities[m.subject].name if m.subject in doc.entities else None for m in doc.metrics}


_ROUND_UP = ("三镇加快对接\n"
             "常州市新北区奔牛镇党委书记张华锋表示,要积极融入新北区发展。\n"
             "常州市天宁区郑陆镇是我市东部工业强镇。镇党委书记曹志伟、镇长杨康成表示,要全力冲刺双过半。\n"
             "钟楼区邹区镇历来是常州西部重镇。镇党委书记周仲华表示,要实现产城融合发展。\n")


def test_a_bare_town_post_is_the_town_its_paragraph_names():
    """09-changzhou-benniu: 郑陆镇是我市东部工业强镇…。镇党委书记曹志伟、镇长杨康成表示 and 邹区镇历来是常州西部重镇…。
    镇党委书记周仲华、镇长丁献忠表示 in a round-up placed in 奔牛镇 (named first) — base: all four held posts of
    奔牛镇党委 and 奔牛镇.  奔牛镇's own secretary, named with his town, keeps it."""
    posts = post_triples(extract_text(_ROUND_UP))
    assert ("曹志伟", "郑陆镇党委", "书记") in posts, posts
    assert ("杨康成", "郑陆镇", "镇长") in posts, posts
    assert ("周仲华", "邹区镇党委", "书记") in posts, posts
    assert ("张华锋", "奔牛镇党委", "书记") in posts, posts
    assert not {p for p in posts if p[0] in ("曹志伟", "杨康成", "周仲华") and p[1].startswith("奔牛镇")}, posts


def test_a_bare_town_post_alone_is_the_town_its_paragraph_names():
    """A bare head's post with no 镇党委 before it (郑陆镇是…。镇长杨康成表示) — base: 奔牛镇's 镇长."""
    posts = post_triples(extract_text("三镇加快对接\n常州市新北区奔牛镇党委书记张华锋表示,要积极融入新北区。\n"
                                      "常州市天宁区郑陆镇是我市东部工业强镇。镇长杨康成表示,要加快发展。\n"))
    assert ("杨康成", "郑陆镇", "镇长") in posts, posts


def test_a_paragraph_naming_two_towns_or_the_own_town_leaves_the_article_its_post():
    """Negative: a paragraph naming two other towns (邹区镇与罗溪镇结对) says not whose 镇长 speaks, nor does one
    that names the writer's own town (我镇): the post stays the article's town's, as before."""
    posts = post_triples(extract_text("三镇加快对接\n常州市新北区奔牛镇党委书记张华锋表示,要积极融入新北区。\n"
                                      "钟楼区邹区镇与新北区罗溪镇开展结对。镇长丁献忠表示,要加强合作。\n"))
    assert not {p for p in posts if p[0] == "丁献忠" and p[1].startswith(("邹区镇", "罗溪镇"))}, posts
    posts = post_triples(extract_text("奔牛镇召开会议\n常州市新北区奔牛镇召开会议。\n"
                                      "天宁区郑陆镇客商来我镇考察。镇长杨震乾表示欢迎。\n"))
    assert ("杨震乾", "奔牛镇", "镇长") in posts, posts


def test_a_kind_of_community_a_programme_builds_is_no_community():
    """06-ningbo-shequ: 宁波市现代社区建设工作实、亮点多、成效好 (base: a community 现代社区 of 宁波市, seven
    mentions); 浙江's 未来社区 and the ministry's 完整社区 alike.  Negative: 现代城社区 keeps its name."""
    doc = extract_text("调研现代社区建设\n调研组指出,宁波市现代社区建设工作实、亮点多。杭州市未来社区建设提速。"
                       "嘉兴市完整社区试点推进。绍兴市现代城社区开展活动。")
    places = _names(doc, "Place")
    assert not {"现代社区", "未来社区", "完整社区"} & places, places
    assert "现代城社区" in places, places


def test_a_breakdown_by_township_is_no_township():
    """07-nantong-xianghai: 分乡镇(园区)看,吕四港、海门港新区、洋口港等7个乡镇(园区)GDP总量突破百亿 — base: 夷陵区's
    分乡镇, subject of seven figures.  Negative: 分乡镇 named as a town (分乡镇党委) stays a place."""
    doc = extract_text("2024年南通沿海乡镇经济\n2024年,南通市沿海前沿区域14个乡镇(园区)实现GDP 1626.6亿元。\n"
                       "分乡镇(园区)看,吕四港、洋口港等7个乡镇(园区)GDP总量合计1232.1亿元。")
    assert "分乡镇" not in _names(doc, "Place"), _names(doc, "Place")
    assert "分乡镇" not in _subjects(doc), _subjects(doc)
    doc = extract_text("分乡镇调研\n宜昌市夷陵区分乡镇党委召开会议。")
    assert "分乡镇" in _names(doc, "Place"), _names(doc, "Place")


def test_tongzhouwan_zone_is_no_tongzhou_district():
    """07-nantong-xianghai: 海门港新区、长沙镇、角斜镇、通州湾示范区第二产业增速均超10% — base: 通州区 (通州 read
    inside the zone's name) and an indicator 湾示范区第二产业增速.  Negative: 通州区 written as such stays."""
    doc = extract_text("南通沿海\n2024年,南通市海门港新区、角斜镇、通州湾示范区第二产业增速均超10%。")
    places = _names(doc, "Place")
    assert "通州湾示范区" in places and "通州区" not in places, places
    assert not {m.indicator for m in doc.metrics if m.indicator.startswith("湾")}, [m.indicator for m in doc.metrics]
    doc = extract_text("南通\n南通市通州区召开会议。")
    assert "通州区" in _names(doc, "Place"), _names(doc, "Place")


def test_a_verb_of_keeping_opens_no_village():
    """02-wujiang-qidu: 在保留江村历史风貌的同时,形成更加完善的功能布局 — base: a village 保留江村."""
    doc = extract_text("调研七都镇\n李铭指出,在保留江村历史风貌的同时,形成更加完善的功能布局。")
    assert "保留江村" not in _names(doc, "Place"), _names(doc, "Place")
