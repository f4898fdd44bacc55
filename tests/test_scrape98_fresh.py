"""Round 98 (scrape98): messy scrapes of county and city government sites, second pass — pages as a
crawler saves them from 县/市 portals in Shaanxi (镇巴), Shandong (宁阳, 冠县), Heilongjiang (齐齐哈尔, 宝清,
林口), Anhui (巢湖), Hainan (海口), Jiangxi (南昌县), Zhejiang (嵊州, 淳安) and Shanxi (吕梁), with their
chrome kept: 信息公开 metadata tables (索引号/发布机构/有效性), breadcrumbs, stamp lines with 来源 and 点击数,
editors' credits (fresh texts of /tmp/s26/fresh/scrape98).  Fixes: a public-information page whose
metadata column lost its labels in the scrape (the index number, 冠县政府, 综合政务;应急管理, the date, the
title, 有效, 无 one value a line, then the title again over the text) keeps its title — the column's
values over the title set twice are no text, and a validity value (有效, 已废止) above the first sentence
no title line (below it a table's cell stays); a county news page's closing credit, a medium's name
before its editors' field (千岛湖新闻网 编辑:程就 姜智荣), is the page's metadata, no place (千岛湖) and no
text, while a name before another field (镇综合文化站 时间:每周二) stays; a leader named before his post
after 学习了 / 传达学习了 / 学习贯彻 (认真学习了李克强总理在…上所作出的政府工作报告) holds it, as after
bare 学习 and 传达了 — no person from a common word (全县县长工作会议)."""
from __future__ import annotations

from conftest import built, extract_text

GUANXIAN_TITLE = "冠县人民政府办公室关于印发冠县安全生产事故应急救援预案的通知"
GUANXIAN_BODY = ("县经济开发区管委会,各乡镇人民政府、街道办事处,县直有关部门:\n"
                 "《冠县安全生产事故应急救援预案》已经县政府研究同意,现印发给你们,望认真贯彻执行。\n"
                 "冠县人民政府办公室\n2017年9月4日\n")


def _titles(text: str) -> list:
    return [a["title"] for a in built(text).document["articles"]]


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def _held(doc) -> set[tuple[str, str]]:
    return {(doc.entities[r.subject].name, doc.entities[r.object].name)
            for r in doc.relations if r.predicate == "holdsPost"}


def test_an_unlabelled_metadata_column_over_the_title_is_no_text():
    """08-guanxian-anquan-yuan: `113715250043286799/2017-26749960` ⏎ `冠县政府` ⏎ `综合政务;应急管理` ⏎
    `2017-09-04` ⏎ the notice's title ⏎ `有效` ⏎ `无` ⏎ `2017-09-04` ⏎ `冠政办发〔2017〕83号` ⏎ the title again
    ⏎ the number again ⏎ the salutation (base: the page had no title; the index number, the publisher or
    the topics over the title cost it, and 有效 ran into it: `有效冠县人民政府办公室关于…`)."""
    column = ("113715250043286799/2017-26749960\n冠县政府\n综合政务;应急管理\n2017-09-04\n"
              f"{GUANXIAN_TITLE}\n有效\n无\n2017-09-04\n冠政办发〔2017〕83号\n{GUANXIAN_TITLE}\n冠政办发〔2017〕83号\n")
    assert _titles(column + GUANXIAN_BODY) == [GUANXIAN_TITLE]
    assert _titles(f"冠县政府\n{GUANXIAN_TITLE}\n有效\n无\n2017-09-04\n冠政办发〔2017〕83号\n{GUANXIAN_TITLE}\n"
                   "冠政办发〔2017〕83号\n" + GUANXIAN_BODY) == [GUANXIAN_TITLE]
    assert _titles(f"有效\n{GUANXIAN_TITLE}\n冠政办发〔2017〕83号\n" + GUANXIAN_BODY) == [GUANXIAN_TITLE]


def test_a_document_number_set_twice_is_no_title_and_a_plain_title_stays():
    """The number under the title set twice (冠政办发〔2017〕83号 in the column and over the salutation) is
    no title line; a page with its title once keeps it as before."""
    assert _titles(f"{GUANXIAN_TITLE}\n无\n2017-09-04\n冠政办发〔2017〕83号\n{GUANXIAN_TITLE}\n"
                   "冠政办发〔2017〕83号\n" + GUANXIAN_BODY) == [GUANXIAN_TITLE]
    assert _titles(f"{GUANXIAN_TITLE}\n冠政办发〔2017〕83号\n" + GUANXIAN_BODY) == [GUANXIAN_TITLE]


def test_a_validity_word_below_the_first_sentence_stays_text():
    """Only above the page's first sentence is a lone 有效 the metadata column's: below it a table's cell
    (a list of documents and their validity) is kept in the article's text."""
    text = "某县规范性文件清理结果\n2017-09-04\n经清理，下列文件继续有效。\n某县人民政府关于加强管理的通知\n有效\n"
    result = built(text)
    kept = [result.text[s:e] for s, e in result.document["articles"][0]["spans"]]
    assert "有效" in kept, kept


def test_a_mediums_credit_line_gives_no_place():
    """11-chunan-pingmen-qingjie: `千岛湖新闻网 编辑:程就 姜智荣` closing 屏门乡清洁乡村掀高潮 (base: Place 千岛湖
    from the medium's name, the line read as text).  The medium stays an organisation; another field
    after a name (镇综合文化站 时间:每周二, a notice's own line) is no credit."""
    from kg.stages.chrome import classify
    doc = extract_text("屏门乡清洁乡村掀高潮\n千岛湖新闻网讯 (通讯员 叶德喜)2月20日,屏门乡召集乡村干部召开清洁乡村推进会。\n"
                       "会后,还组织了乡政府驻地干部群众上街打扫卫生。\n千岛湖新闻网 编辑:程就 姜智荣\n")
    assert "千岛湖" not in _names(doc, "Place"), _names(doc, "Place")
    assert "千岛湖新闻网" in _names(doc, "Organization"), _names(doc, "Organization")
    assert classify("千岛湖新闻网 编辑:程就 姜智荣") is not None
    assert classify("镇综合文化站 时间:每周二") is None
    assert classify("今年全县完成 来源:统计局") is None


def test_a_leader_named_before_his_post_after_learning_of_him():
    """12-linkou-sandaotong-huiyi: 2018年3月8日,三道通镇召开党委政府工作会议,认真学习了李克强总理在第十三届全国
    人民代表大会第一次会议上所作出的政府工作报告 (base: no person; read after bare 学习 only)."""
    doc = extract_text("三道通镇召开党委政府工作会议\n2018年3月8日,三道通镇召开党委政府工作会议,认真学习了李克强总理在第十三届"
                       "全国人民代表大会第一次会议上所作出的政府工作报告。")
    assert ("李克强", "国务院") in _held(doc), _held(doc)
    doc = extract_text("会议\n会议学习了王小明县长的讲话。会议传达学习了刘国中副总理的批示。")
    assert {("王小明", "县人民政府"), ("刘国中", "国务院")} <= _held(doc), _held(doc)


def test_no_person_after_learning_of_a_meeting():
    """学习了 before a common word (全县县长工作会议) or a place (张家港市的经验) reads no name."""
    doc = extract_text("会议\n会议学习了全县县长工作会议精神。会议还学习贯彻了张家港市的经验。")
    assert not _names(doc, "Person"), _names(doc, "Person")
