"""Which place a story belongs to (resolve17): a national story that tells officials' careers is not
about the county one of them comes from (张某，男，汉族，…生，辽宁庄河人) nor about the first
province a later sentence names; a résumé's native place is never an article's place.  Sentences in
the shapes of national press releases and county résumé notices."""
from __future__ import annotations

from conftest import text_doc
from kg.pipeline import Pipeline

_PIPE = Pipeline(("gazetteer", "registry", "numbers", "entities", "resolve"))


def _place_of(doc):
    code = (doc.articles[0].place or "place-none")[len("place-"):]
    return next((e.name for e in doc.entities.values() if e.code == code), code)


def test_a_national_release_naming_an_officials_home_county_is_the_countrys():
    doc = _PIPE(text_doc("3月2日，国务院新闻办公室发布了新闻发言人名录。名录中共有中央部门发言人150位。\n"
                         "公开资料显示，王某，男，汉族，1966年5月生，辽宁海城人，毕业于中国人民大学。他曾任山西省委常委、"
                         "宣传部部长，2021年调任湖南省委常委。"))
    assert _place_of(doc) in ("中国", "none")  # the country, or no place where the text never names it
    doc = _PIPE(text_doc("新闻发言人名录发布\n3月2日，国务院新闻办公室发布了新闻发言人名录。名录中共有中央部门发言人150位，"
                         "地方发言人110位。\n王某，男，汉族，1966年5月生，辽宁海城人，曾任中国外文局局长、山西省委常委。"))
    assert _place_of(doc) in ("中国", "none")


def test_a_native_place_alone_is_not_the_story_place():
    doc = _PIPE(text_doc("近日，市委组织部对拟任人选进行公示。\n李某，男，汉族，1975年3月生，山东莒县人，大学学历，"
                         "现任临沂市农业农村局副局长。"))
    assert _place_of(doc) == "临沂市"


def test_a_county_named_as_a_native_place_and_as_the_scene_stays_the_place():
    doc = _PIPE(text_doc("莒县召开乡村振兴推进会\n5月6日，莒县召开乡村振兴推进会。县委书记张某，莒县人，出席会议并讲话。"))
    assert _place_of(doc) == "莒县"


def test_a_national_notice_listing_counties_evenly_is_the_countrys():
    """国务院办公厅通报…的地方包括天津市西青区、…楚雄市: every county named once, none stands out."""
    doc = _PIPE(text_doc("8市县获用地指标奖励\n日前，国务院办公厅发布通报，对落实稳就业保民生、深化改革优化营商环境、推动创新"
                         "驱动发展等有关重大政策措施成效明显的地方予以督查激励。"
                         "其中，获得用地计划指标奖励的地方包括辽宁省海城市，江苏省丰县、泰兴市，浙江省嘉善县、义乌市，"
                         "湖南省浏阳市、澧县和云南省楚雄市。这项工作由中国自然资源部组织实施。"))
    assert _place_of(doc) in ("中国", "none")
    doc = _PIPE(text_doc("义乌市获用地指标奖励\n日前，国务院办公厅发布通报，对义乌市予以督查激励。义乌市将用好奖励指标，"
                         "浙江省嘉善县也获表扬。"))
    assert _place_of(doc) == "义乌市"  # (a county named more often than the others is still the story's)


def test_a_national_notice_addressed_to_many_provinces_is_no_provinces():
    """天津、河北、…新疆省(自治区、直辖市)工业和信息化主管部门: 某部办公厅关于公布…城市名单的通知 — a list
    of provinces and of cities across them is no one province's story (was the most-named one)."""
    doc = _PIPE(text_doc("某部办公厅关于公布重点联系城市名单的通知\n天津、河北、山西、辽宁、吉林、江苏、浙江、"
                         "广东省(自治区、直辖市)工业和信息化主管部门:\n现将名单公布如下：天津市、沈阳市、大连市、"
                         "南京市、杭州市、广州市。"))
    assert _place_of(doc) in ("中国", "none")
