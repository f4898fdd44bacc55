"""The site owner named in a scraped page's footer (`主办：某县人民政府办公室`) is kept like an issuer
where the page names none: a county portal's township story names only its township, and the
owner's county is what tells which township (and which county's 镇党委) is meant.  Before the
footer became page chrome, its text did that as body text; dropping it lost the article's place."""
from __future__ import annotations

from kg.model import Doc
from kg.pipeline import DEFAULT_PIPELINE, Pipeline
from kg.stages.chrome import classify

TOWNSHIP_STORY = (
    "近日，冗渡镇组织各村开展“庆丰收”文艺活动，村民自编自演节目二十余个。\n"
    "此次活动由镇党委、镇政府统筹推进，各村同步举办。\n"
    "一审一校：冯欢\n"
    "主办：册亨县人民政府办公室 联系地址：贵州省黔西南州册亨县者楼街道拥军路43号\n"
)


def _doc(text: str) -> Doc:
    return Pipeline(DEFAULT_PIPELINE)(Doc(id="p", source="p.txt", text=text))


def test_the_footer_owner_places_a_township_story_in_its_county():
    doc = _doc(TOWNSHIP_STORY)
    names = {e.name for e in doc.entities.values()}
    assert {"册亨县人民政府办公室", "冗渡镇", "冗渡镇党委"} <= names, names
    township = next(e for e in doc.entities.values() if e.name == "冗渡镇")
    assert doc.articles[0].place == township.id
    assert not {"者楼街道", "黔西南布依族苗族自治州"} & names  # the address stays furniture


def test_only_the_owner_name_is_kept_from_the_footer_line():
    line = "主办单位：威县人民政府办公室 承办单位：威县大数据中心 网站标识码：1305330001"
    c = classify(line)
    assert c is not None and c.owner
    assert [line[s:e] for s, e in c.values] == ["威县人民政府办公室"]
    for footer in ("技术支持：某某网络科技有限公司", "联系电话：0310-1234567", "承办单位：威县大数据中心"):
        c = classify(footer)
        assert c is not None and not c.values, footer


def test_a_page_with_an_issuer_keeps_no_second_name_from_its_footer():
    page = ("发布机构：威县人民政府办公室\n\n威县召开安全生产会议\n会议部署了下一阶段安全生产工作。\n"
            "主办单位：威县人民政府 网站标识码：1305330001\n")
    doc = _doc(page)
    heads = [s for s in doc.articles[0].sections if s.kind == "heading"]
    assert [doc.articles[0].text[s.start:s.end] for s in heads] == ["威县人民政府办公室"]
