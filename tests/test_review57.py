"""Review of round 57 on merging: defects the round's new rules left in earlier rounds' texts (per-document
diffs of all earlier fresh folders on the merged tree)."""
from __future__ import annotations

from conftest import extract_text


def _persons(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Person"}


def _metrics(text: str) -> list:
    from kg.builder import extract_document
    from kg.model import Doc
    return extract_document(Doc(id="t", source="t.txt", text=text)).metrics


def test_a_closing_credit_reads_no_glued_names_no_photo_credit_and_no_desk():
    """mine48 宁国 (…送交有关单位办理。（记者 潘登吴茜文）), scrape43 郯城 ((特约通讯员:高军 摄影)), meteo51 滨州
    (责编：应急网编辑), union55 铜山 (责编:徐微 编审:乐有钦): media57's closing credit read a person 潘登吴茜文 and a
    person 摄影, mine57's 责编 a person 应急网编辑, and 编审 was no role (a person 编审:乐有钦)."""
    doc = extract_text("政协会议闭幕\n大会闭幕后，针对立案的提案，将及时召开提案交办会，送交有关单位办理。（记者 潘登吴茜文）\n")
    assert "潘登吴茜文" not in _persons(doc)
    doc = extract_text("马头镇文化广场\n文化广场的建成满足人民群众对物质文化生活的需求，这是一段话。(特约通讯员:高军 摄影)\n下文。")
    assert "摄影" not in _persons(doc)
    doc = extract_text("寒潮预报\n26~29日气温持续较低。请注意防范。\n责编：应急网编辑\n")
    assert _persons(doc) == set(), _persons(doc)
    doc = extract_text("送温暖活动\n走访慰问60多家企业和423户困难职工家庭。\n责编:徐微 编审:乐有钦\n")
    # (round 106, biaoti106: 责编 and 编审 are desk credits read as page metadata, as 编辑: and 责任编辑: were
    # already — their editors are no people of the story; no glued 编审:乐有钦 either way)
    assert not any(":" in n or n.startswith("编审") for n in _persons(doc)), _persons(doc)
    assert not {"徐微", "乐有钦"} & _persons(doc), _persons(doc)


def test_proposed_selection_closes_the_counted_noun_before_ni():
    """tourism47 (文化和旅游部公示): 680个乡村拟入选第二批全国乡村旅游重点村名录 (mine57's 入选 cut left 乡村拟)."""
    ms = _metrics("全国共有680个乡村拟入选第二批全国乡村旅游重点村名录。")
    assert [m.indicator for m in ms] == ["乡村"], [m.indicator for m in ms]


def test_a_city_ending_in_zhou_before_a_body_is_no_list_of_levels():
    """yearbook56 文成 2011 大事记: 邀请温州市农科院吴振旺农艺师授课 (congress57's list of levels read 温州|市 as 州、市
    and dropped 农科院); 委托区县(自治县)人大常委会 still names no body."""
    doc = extract_text("县科技局、南田镇联合举办杨梅种植培训会,邀请温州市农科院吴振旺农艺师授课。")
    # (hunan69 made 农科院 an organisation suffix: the academy is now named with its city, 温州市农科院)
    assert {"农科院", "温州市农科院"} & {e.name for e in doc.entities.values() if e.type == "Organization"}
    doc = extract_text("会议决定委托区县(自治县)人大常委会开展执法检查。")
    assert not any(e.type in ("Agency", "Organization") for e in doc.entities.values())


def test_listing_in_hong_kong_beside_shenzhen_is_hong_kong():
    """science47 深圳 (培育晶泰、宜搜、佑驾三家科创公司在港上市 … 推动深港科创要素跨境流动): ocean57 made 在港 Hong
    Kong only where the text names it; 深港 and 粤港澳 name it too. Boats in port stay none."""
    doc = extract_text("培育三家科创公司在港上市。在推动深港科创要素跨境流动方面取得进展。")
    assert "香港" in {e.name for e in doc.entities.values() if e.type == "Place"}
    doc = extract_text("加强在港渔船管理,确保安全。")
    assert "香港" not in {e.name for e in doc.entities.values()}
