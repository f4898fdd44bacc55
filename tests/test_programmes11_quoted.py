"""Programmes on unseen text (programmes11): quoted names joined with + before a head word, and
quoted names before 优势产业/特色产业/主导产业; sentences in the shape of county and township news."""
from __future__ import annotations

from conftest import programmes_and_relations


def test_plus_name_before_a_head_word_is_a_programme():
    """“茶旅+”优势产业, “研学+农文旅”融合发展模式: a +-joined name before a head word is a programme of
    the county; “互联网+” alone is a slogan, and so is a product before 大产业 (“小香菇”大产业)."""
    progs, rels = programmes_and_relations(
        "岳西县茶叶产业\n近年来，岳西县大力发展“茶旅+”优势产业，探索“研学+农文旅”融合发展模式，"
        "深入推进“互联网+”，做强“小香菇”大产业。")
    assert {"茶旅+", "研学+农文旅"} <= progs
    assert not progs & {"互联网+", "小香菇"}
    assert ("茶旅+", "implementedIn", "岳西县") in rels


def test_quoted_name_before_special_industry():
    """发展“一村一品”特色产业: the quoted name before 特色产业 is a programme."""
    progs, _ = programmes_and_relations("岳西县乡村振兴\n岳西县各乡镇发展“一村一品”特色产业，带动农户增收。")
    assert "一村一品" in progs
