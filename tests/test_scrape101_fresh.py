"""Round 101 (scrape101): messy scrapes of local government and local media sites — pages copied whole
with their chrome (breadcrumbs, source stamps, pagers, related-picture lists, phone lines, metadata
tables) from Gansu (甘谷县 news of 天水), Jilin (吉网), Hunan (益阳市农业农村局 公示, 新宁县 金石镇,
张家界日报, 华声在线), Ningxia (固原市政府办 metadata table) and Shanxi (清徐 bulletin) (fresh texts of
/tmp/s26/fresh/scrape101).  Fixes: a related-pictures list (摄影相关图片, then a line of linked headlines
each tagged (图)/(组图)) and a story's pager (本新闻共2页,当前在第01页) are page furniture, so the
places in the other headlines (秦安蜜桃熟了) are no places of the story; 我市 in a lead that first cites
a higher division's body (根据湖南省农业农村厅办公室《…》要求，我市…) still speaks for the city, not for a
county-level city listed later (沅江市); a count's noun ends before a day word (五个部门日前联合下文: 部门)."""
from __future__ import annotations

from conftest import article_place, extract_text


def _places(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Place"}


def _metrics(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


_GANGU = ("甘谷县大庄乡举行撤乡改镇揭牌仪式(组图)\n"
          "(2015-12-3 10:10:00)  来源:甘谷县新闻中心   打印本页\n\n"
          "  12月2日,甘谷县大庄乡举行“撤乡改镇”揭牌仪式,县政协副主席王金生出席揭牌仪式。\n\n")


def test_a_related_pictures_list_is_no_text():
    """01-gansu-gangu-dazhuang: under the story, `摄影相关图片` then one line of linked headlines
    `… 雪染麦积山(图) 天水在线航拍李广墓(图) … 秦安蜜桃熟了(组图)` (base: 秦安县 and 天水市 read from the
    headlines as places of the story).  A story's own sentence with one tagged picture stays text."""
    doc = extract_text(_GANGU + "摄影相关图片\n"
                       "全景麦积山(图) 雪染石门(组图) 天水在线航拍李广墓(图) 秦安蜜桃熟了(组图)\n")
    assert not {"秦安县", "天水市"} & _places(doc), _places(doc)
    assert {"甘谷县", "大庄镇"} <= _places(doc), _places(doc)
    # the headlines alone, without their head, are furniture too (two tagged titles on one line)
    doc = extract_text(_GANGU + "全景麦积山(图) 雪染石门(组图) 秦安蜜桃熟了(组图)\n")
    assert "秦安县" not in _places(doc), _places(doc)
    # one tagged title before a sentence's words is no list of links: the county stays
    doc = extract_text(_GANGU + "秦安县领导调研(图) 群众踊跃参加活动\n")
    assert "秦安县" in _places(doc), _places(doc)


def test_a_stories_pager_is_no_text():
    """01-gansu-gangu-dazhuang: `本新闻共2页,当前在第01页  0102` under the story (base: kept as a line of
    the article).  A sentence that counts pages stays."""
    from kg.stages.chrome import classify
    for line in ("本新闻共2页,当前在第01页  0102", "共3页 上一页 1 2 3 下一页", "第1页/共2页"):
        assert classify(line) is not None, line
    for line in ("全县共5页材料已上报。", "甘谷县大庄乡举行撤乡改镇揭牌仪式(组图)", "县相关部门"):
        assert classify(line) is None, line
    assert classify("摄影相关图片").link_head and classify("相关图片").link_head


def test_my_city_after_a_provincial_body_cited_first():
    """03-hunan-yiyang-gongshi: 根据湖南省农业农村厅办公室《关于申报…的通知》(湘农办函【2024】71号)要求,我市…
    拟推荐安化县、桃江县为…重点县,沅江市为…试点县,资阳区为…试点县 ⏎ 益阳市农业农村局 (base: the article's
    place 沅江市, the county-level city listed; the province cited first kept 我市 from being read)."""
    text = ("关于推荐申报试点县的公示\n"
            "根据湖南省农业农村厅办公室《关于申报试点县的通知》(湘农办函【2024】71号)要求,我市坚持实事求是原则,"
            "拟推荐安化县、桃江县为2025年丘陵山区粮食社会化服务重点县,沅江市为2025年水果产业社会化服务试点县,"
            "资阳区为2025年茶叶产业社会化服务试点县。现予以公示。\n益阳市农业农村局\n2025年1月9日\n")
    assert article_place(text) == "益阳市", article_place(text)


def test_a_counts_noun_ends_before_a_day_word():
    """06-hunan-zhangjiajie-tese: 省农业农村厅、省发改委等五个部门日前联合下文,确定了张家界市…等10个县市区
    (base: the indicator 部门日前联合下文).  A day that closes a noun (5个工作日) is not cut."""
    doc = extract_text("优势区创建\n近日,省农业农村厅、省发改委等五个部门日前联合下文,确定了10个县市区作为创建单位。"
                       "全县12个项目近日集中开工。")
    got = _metrics(doc)
    assert ("部门", 5, "个") in got and ("项目", 12, "个") in got, got
    assert not any("日前" in i or "近日" in i for i, _, _ in got), got
    doc = extract_text("办理时限\n申请人应在5个工作日前提交材料。")
    assert not any(i.startswith("前") and u == "个" for i, _, u in _metrics(doc)), _metrics(doc)
