"""Programmes on unseen text (programmes11): quoted names joined with + before a head word, and
quoted names before 优势产业/特色产业/主导产业; sentences in the shape of county and township news."""
from __future__ import annotations

from conftest import programmes_and_relations


def test_plus_name_before_a_head_word_is_a_programme():
    """“茶旅+”优势产业, “研学+农文旅”融合发展模式: a +-joined name before a head word is a programme of
    the county; “互联网+” alone is a slogan, and so is a product before 大产业 (“小香菇”大产业); a
    formula of figures (“6+N”模式) is none."""
    progs, rels = programmes_and_relations(
        "岳西县茶叶产业\n近年来，岳西县大力发展“茶旅+”优势产业，探索“研学+农文旅”融合发展模式，"
        "深入推进“互联网+”，做强“小香菇”大产业，按照“6+N”模式组建志愿服务队。")
    assert {"茶旅+", "研学+农文旅"} <= progs
    assert not progs & {"互联网+", "小香菇", "6+N"}
    assert ("茶旅+", "implementedIn", "岳西县") in rels


def test_quoted_name_before_special_industry():
    """发展“一村一品”特色产业: the quoted name before 特色产业 is a programme."""
    progs, _ = programmes_and_relations("岳西县乡村振兴\n岳西县各乡镇发展“一村一品”特色产业，带动农户增收。")
    assert "一村一品" in progs


def test_named_service_for_farmers():
    """土地托管 is a named service wherever it is the service (…服务, …工作) or what a running verb
    opens (推行土地托管, 开展大田作物土地托管服务工作), or a model (代耕代种模式); a bare mention of it (土地托管后…) names none."""
    progs, rels = programmes_and_relations(
        "聊城土地托管服务面积逾80万亩\n2015年以来，全市供销系统启动小麦玉米土地托管服务工作。聊城市推行农业生产托管。"
        "阳谷县探索代耕代种模式。")
    assert {"土地托管", "农业生产托管", "代耕代种"} <= progs
    assert ("土地托管", "implementedIn", "聊城市") in rels
    progs, _ = programmes_and_relations("聊城农民增收\n聊城市部分村土地托管后，农民外出务工。")
    assert "土地托管" not in progs
