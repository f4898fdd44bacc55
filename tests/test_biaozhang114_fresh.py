"""Round 114 (biaozhang114): commendation and award decisions — 宁夏回族自治区人民政府's decision on the 园艺博览会's
先进单位 and 先进个人 (01), 四川省人民政府's 通报 praising the 2013 flood-control 先进集体 and 先进个人 (02),
洛阳市人民政府's decision on the deputies' proposals (03, with its list of units), 南阳市's 通达杯 (04), 菏泽市's
通报 on the flood works (05), 嘉鱼县人民政府's 集体嘉奖 (06), 指前镇's 优胜村 (07) and 金殿镇's 两优一先 meeting
(08) (fresh texts of /tmp/s27/txt/biaozhang114).  Fixes: a count after one named person and 等 that a
commendation verb closes or opens (对闫波等170名先进个人予以通报表扬, 对卢南等45名同志予以表彰) is the roll, a figure
(base: dropped as a count that only sums up the names); the honour's other deed joined by 并 before the award
(分别颁发荣誉证书并各奖励1000元) no word of the award (奖励); 珍惜 after the units counted (希望受表彰的2家单位珍惜荣誉)
ends their noun; a second verb after the first before a list of villages (决定授予社头村、东浦村…) opens no
village's name (base: 授予社头村)."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def _metrics(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def test_a_commended_roll_after_a_named_person_is_counted():
    """02-sichuan: 省政府决定对成都市人民政府防汛指挥部办公室等80个先进集体和闫波等170名先进个人予以通报表扬;
    03-luoyang: 决定对新安县人民政府等14个单位和卢南等45名同志予以表彰; base: the people's count dropped."""
    doc = extract_text("表扬通报\n省政府决定对成都市人民政府防汛指挥部办公室等80个先进集体和闫波等170名先进个人予以通报表扬。")
    got = _metrics(doc)
    assert ("先进集体", 80, "个") in got, got
    assert ("先进个人", 170, "名") in got, got
    doc = extract_text("表彰决定\n经市政府研究，决定对新安县人民政府等14个单位和卢南等45名同志予以表彰。")
    assert ("同志", 45, "名") in _metrics(doc), _metrics(doc)
    doc = extract_text("表彰决定\n县委、县政府决定，表彰王建国等20名同志。")
    assert ("同志", 20, "名") in _metrics(doc), _metrics(doc)


def test_named_people_that_are_the_subject_stay_uncounted():
    """Guards: the roll as the subject of 受到表彰, a count with no noun before the verb, and named people summed
    up stay no figure, as before."""
    for text in ("张三等5人受到表彰。", "对张三等170人予以表彰。", "给予张三等5人通报嘉奖。", "对张三等5人进行调查。",
                 "援青干部高志国、吴建海等五人克服高原反应。"):
        doc = extract_text("简报\n" + text)
        assert not [m for m in doc.metrics if m.unit in ("人", "名")], (text, _metrics(doc))


def test_an_award_after_the_certificate_is_the_award():
    """01-ningxia: 授予张国礼等59名同志为“…先进个人”称号，分别颁发荣誉证书并各奖励1000元; base: the indicator
    颁发荣誉证书并各奖励."""
    doc = extract_text("表彰决定\n授予张国礼等59名同志为“先进个人”称号，分别颁发荣誉证书并各奖励1000元。")
    got = _metrics(doc)
    assert ("奖励", 1000, "元") in got, got
    assert ("同志", 59, "名") in got, got
    doc = extract_text("表彰决定\n对获奖个人颁发荣誉证书并奖励2000元。")
    assert ("奖励", 2000, "元") in _metrics(doc), _metrics(doc)


def test_award_words_after_bing_keep_their_reading():
    """Guards: 并发放奖金 (the money named after the verb), 合并发放补贴, 各奖励以奖代补资金 (biaozhang102) and a
    joined deed with no award (造林并验收合格) read as before."""
    assert ("奖金", 1000, "元") in _metrics(extract_text("表彰\n为其颁发荣誉证书并发放奖金1000元。"))
    assert ("奖励以奖代补资金", 150000, "元") in _metrics(extract_text("表彰\n确定为优胜单位，各奖励以奖代补资金15万元。"))
    assert ("造林并验收合格", 1000, "亩") in _metrics(extract_text("林业\n完成造林并验收合格1000亩。"))


def test_cherishing_the_honour_ends_the_units_counted():
    """06-jiayu: 希望受表彰的2家单位珍惜荣誉、再接再厉; base: the indicator 单位珍惜荣誉."""
    doc = extract_text("表彰决定\n希望受表彰的2家单位珍惜荣誉、再接再厉。")
    got = _metrics(doc)
    assert ("单位", 2, "家") in got, got
    assert not any("珍惜" in m[0] for m in got), got


def test_a_verb_after_the_verb_opens_no_village():
    """07-zhiqian: 经研究，决定授予社头村、东浦村、指前村、建春村“2018年度农村综合考核优胜村”荣誉称号; base: the
    village 授予社头村."""
    doc = extract_text("表彰决定\n经研究，决定授予社头村、东浦村、指前村、建春村“2018年度农村综合考核优胜村”荣誉称号。")
    places = _names(doc, "Place")
    assert {"社头村", "东浦村", "指前村", "建春村"} <= places, places
    assert not any(p.startswith("授予") for p in places), places


def test_village_lists_after_one_verb_stay():
    """Guards: a list after one verb (打造闫王庄村、道庄村、曹楼村等, 介绍孟垓村…) and kinds of village (文明村) read
    as before."""
    places = _names(extract_text("黄口镇\n黄口镇正努力打造闫王庄村、道庄村、曹楼村等首批试点村。"), "Place")
    assert {"闫王庄村", "道庄村", "曹楼村"} <= places, places
    places = _names(extract_text("调研\n，介绍孟垓村、前张庄村、土山村基本情况。"), "Place")
    assert {"孟垓村", "前张庄村", "土山村"} <= places, places
    places = _names(extract_text("表彰\n决定授予文明村、东浦村称号。"), "Place")
    assert "文明村" not in places and "授予文明村" not in places, places
