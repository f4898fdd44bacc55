"""Organisations and agencies in expo-organiser, association and resettlement-bureau news (orgs30).
Sentences in the shapes found on fresh provincial, city and event pages, none copied."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, *types: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type in (types or ("Agency", "Organization"))}


def test_an_events_committee_is_named_after_the_event():
    """进博会组委会, 服贸会执委会, 第22届东博会秘书处, 中国—亚欧博览会秘书处: the committee or secretariat
    written right after an event's name is that event's body, named after the event in full (the
    suffix scan cut the short form, 博会组委会, or stopped at the dash of a joint name); the edition
    (第22届) is no part of the body's name."""
    for text, name in (("进博会组委会日前召开会议。", "中国国际进口博览会组委会"),
                       ("服贸会执委会召开会议。", "中国国际服务贸易交易会执委会"),
                       ("第22届东博会秘书处发布通知。", "中国—东盟博览会秘书处"),
                       ("中国—东盟博览会秘书处发布通知。", "中国—东盟博览会秘书处"),
                       ("中国—亚欧博览会秘书处在广州召开座谈会。", "中国—亚欧博览会秘书处"),
                       ("第二届全国青年运动会组委会召开会议。", "全国青年运动会组委会")):
        names = _names(extract_text(text))
        assert name in names, (text, names)
        assert not any(n != name and name.endswith(n) for n in names), (text, names)


def test_an_events_committee_keeps_the_event():
    """进博会组委会: the event is still named beside its committee (the short form its alias)."""
    doc = extract_text("进博会组委会日前召开会议。")
    assert "中国国际进口博览会" in _names(doc, "Programme"), _names(doc, "Programme")


def test_a_work_bureau_of_resettlement_is_an_agency():
    """湖北省水库移民工作管理局: the stem 水库移民, then 工作管理局; the province's 水库 is no reservoir."""
    for text, name in (("湖北省水库移民工作管理局召开会议。", "湖北省水库移民工作管理局"),
                       ("柳州市水库移民工作管理局主持召开协调会。", "柳州市水库移民工作管理局")):
        doc = extract_text(text)
        assert name in _names(doc, "Agency"), (text, _names(doc))
        assert not any(n.endswith("水库") for n in _names(doc)), (text, _names(doc))


def test_two_trades_joined_after_a_place_are_one_associations_name():
    """柳州市物流与采购协会, 市旅游和酒店协会, 广西物流与采购联合会: 与/和 joining two trade words right
    after the place is inside the association's name (the backward scan stopped at it and the
    association was lost); a joiner after a body (柳州市政府与物流协会) still parts two bodies."""
    for text, name in (("柳州市物流与采购协会召开第二届会员大会。", "柳州市物流与采购协会"),
                       ("柳州市旅游和酒店协会正式成立。", "柳州市旅游和酒店协会"),
                       ("广西物流与采购联合会召开会议。", "广西物流与采购联合会")):
        names = _names(extract_text(text))
        assert name in names, (text, names)
    names = _names(extract_text("柳州市政府与物流协会签约。"))
    assert not any("与" in n for n in names), names


def test_a_zone_written_short_is_the_zone_the_document_names_in_full():
    """南宁市综合保税区 … 南宁综保区: a zone's kind written short (综保区, 高新区) after the same place is the
    zone the document names in full, one zone with the short form its alias (two zones before); a
    short form alone stays as written (梅州综保区)."""
    doc = extract_text("南宁市综合保税区今年进出口总额增长10%。南宁综保区新引进企业20家。")
    assert "南宁市综合保税区" in _names(doc, "Place"), _names(doc, "Place")
    assert "南宁综保区" not in _names(doc, "Place"), _names(doc, "Place")
    doc = extract_text("贵阳高新技术产业开发区管委会召开会议。贵阳高新区新增企业30家。")
    assert not any(n.endswith("高新区") for n in _names(doc, "Place")), _names(doc, "Place")
    assert "梅州综保区" in _names(extract_text("梅州综保区通过正式验收。"), "Place")


def test_a_resettlement_centre_is_named_by_its_place():
    """福建省移民发展中心, 三明市移民发展中心: the resettlement centre of a province or city is a public
    institution named by its place alone (missed before)."""
    for text, name in (("湖北省移民发展中心召开会议。", "湖北省移民发展中心"),
                       ("三明市移民发展中心与省水利厅座谈。", "三明市移民发展中心")):
        assert name in _names(extract_text(text)), text


def test_a_meeting_verb_after_a_place_opens_no_name():
    """长沙县召开第四届镇街商会换届工作动员会, 宁波市召开商会会长座谈会: the place held a meeting; no
    body's name runs through 召开 (长沙县召开第四届镇街商会, 宁波市召开商会 were organisations)."""
    for text in ("4月10日,长沙县召开第四届镇街商会换届工作动员会。", "宁波市召开商会会长座谈会。"):
        names = _names(extract_text(text))
        assert not any("召开" in n for n in names), (text, names)
    assert "宁波市商会" in _names(extract_text("宁波市商会召开会员大会。"))


def test_a_zones_part_before_its_bureau_is_no_relative_district():
    """甘眉工业园区南区招商局, 开发区北区管委会: a direction before 区 names a part of a zone; its bureau
    is not the bureau of the article's district (东坡区招商局, 东坡区管委会 were read)."""
    for text in ("东坡区委副书记张文鹏调研。甘眉工业园区南区招商局局长参加座谈。",
                 "东坡区委副书记张文鹏调研。开发区北区管委会主任参加座谈。"):
        names = _names(extract_text(text))
        assert not {"东坡区招商局", "东坡区管委会"} & names, (text, names)
        assert "东坡区委" in names, (text, names)


def test_a_list_after_a_short_office_shares_its_scope():
    """区党政办、财政局、商务局: the departments listed after a scoped short office (党政办) are the same
    district's, as after a scoped bureau (they were lost)."""
    names = _names(extract_text("东坡区召开会议。区党政办、财政局、商务局相关人员参加活动。"))
    assert {"东坡区财政局", "东坡区商务局"} <= names, names
