"""Round 100 (minqiong100): county and township news from 福建 (宁德 寿宁/蕉城, 龙岩 长汀/漳平, 三明 泰宁)
and 海南 (文昌, 澄迈, 琼中, 白沙, 保亭, 儋州, the 海垦 farms) — village work, rural revitalisation, leaders'
visits and projects (fresh texts of /tmp/s26/fresh/minqiong100, from the provinces' and counties' news
pages).  Fixes: a place written between 包括 and 在内的 is one member of the counted group, never the
subject of its count (包括那凡村在内的20个文明生态村); a place opening a quoted name in a run of quoted
names (“古田银耳”“福鼎白茶”) is a word of a brand, no subject, and the run is a list that 分别 pairs with
its figures (古田银耳品牌价值, 福鼎白茶品牌价值); a post's body never reaches back over a person named
before it, nor does a chain of posts join the post of a person named before (三明市科协主席阎伟强率市科协
副主席刘辉: no body 三明市科协主席阎伟强率市科协; 老促会会长阎伟强率秘书长刘辉: 会长 is not 刘辉's); the time a
feat took (仅用半个月时间就完成流转土地) no word of its indicator; a meeting named after a preposition of
topic and a time word (就今年…座谈会在泰宁召开相关事宜) without them."""
from __future__ import annotations

from conftest import extract_text, post_triples


def _metrics(doc) -> set[tuple]:
    return {(doc.entities[m.subject].name if m.subject in doc.entities else None, m.indicator, m.value, m.unit)
            for m in doc.metrics}


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def test_a_place_included_in_a_counted_group_is_no_subject():
    """04-baisha-wenming-shengtaicun: 计划创建包括那凡村在内的20个文明生态村,巩固提高细水乡花道下村等10个村庄
    (base: both counts 那凡村's, the village named earlier in the story).  The county's; a figure of the
    village itself stays the village's."""
    doc = extract_text("白沙投入7610万元创建文明生态村\n文明生态村的创建,让白沙黎族自治县牙叉镇那凡村村民王文瑞非常高兴。"
                       "今年白沙在文明生态村建设上再下大手笔,总投入达7610万元。"
                       "计划创建包括那凡村在内的20个文明生态村,巩固提高细水乡花道下村等10个村庄。")
    got = _metrics(doc)
    assert ("白沙黎族自治县", "文明生态村", 20, "个") in got, got
    assert not any(s == "那凡村" for s, *_ in got), got
    doc = extract_text("那凡村发展\n白沙黎族自治县牙叉镇那凡村加快发展。那凡村全村共有53户。")
    assert any(s == "那凡村" and v == 53 for s, _i, v, _u in _metrics(doc)), _metrics(doc)


def test_quoted_brand_names_are_a_list_and_no_subject():
    """10-ningde-xiangcun-fabuhui: 宁德市农业农村发展…, “古田银耳”“福鼎白茶”品牌价值分别达到147.32亿元和70.66亿元。
    今年上半年,…农林牧渔业总产值达295.45亿元 (base: 福鼎市's 银耳福鼎白茶品牌价值 twice, and the output
    福鼎市's too).  Each brand its own figure, the city's; a single quoted brand is no run (left as it was read)."""
    doc = extract_text("宁德市乡村振兴专场发布会\n据介绍,宁德市农业农村发展坚决守牢粮食安全底线,打造了一批农业小微园,"
                       "“古田银耳”“福鼎白茶”品牌价值分别达到147.32亿元和70.66亿元,双双突破新高。"
                       "今年上半年,超额完成春、夏粮播种面积,农林牧渔业总产值达295.45亿元。")
    got = _metrics(doc)
    assert ("宁德市", "古田银耳品牌价值", 14732000000, "元") in got, got
    assert ("宁德市", "福鼎白茶品牌价值", 7066000000, "元") in got, got
    assert ("宁德市", "农林牧渔业总产值", 29545000000, "元") in got, got
    assert not any(s == "福鼎市" for s, *_ in got), got
    doc = extract_text("宁德市乡村振兴\n宁德市打造了一批农业园区,“福鼎白茶”品牌价值达到70.66亿元。")
    assert any(i.endswith("白茶品牌价值") and "、" not in i for _s, i, *_ in _metrics(doc)), _metrics(doc)


def test_a_body_stops_at_the_person_named_before_the_post():
    """13-taining-laocuhui: 三明市老促会会长阎伟强率市老促会副会长刘辉、… (base: 刘辉 会长 as well as 副会长); written
    with 科协 (三明市科协主席阎伟强率市科协副主席刘辉) the base made a body 三明市科协主席阎伟强率市科协.  A post
    glued to the next body with no 、 (区委常委统战部部长) still chains."""
    doc = extract_text("调研\n11月8日,三明市老促会会长阎伟强率市老促会副会长刘辉到泰宁县开展工作调研。")
    got = post_triples(doc)
    assert ("刘辉", "三明市老区建设促进会", "副会长") in got, got
    assert ("阎伟强", "三明市老区建设促进会", "会长") in got, got
    assert ("刘辉", "三明市老区建设促进会", "会长") not in got, got
    doc = extract_text("调研\n11月8日,三明市老促会会长阎伟强率秘书长刘辉到泰宁县开展工作调研。")
    assert not any(p == "刘辉" and post == "会长" for p, _b, post in post_triples(doc)), post_triples(doc)
    doc = extract_text("调研\n11月8日,三明市科协主席阎伟强率市科协副主席刘辉到泰宁县开展工作调研。")
    assert not any("阎伟强" in n for n in _names(doc, "Organization") | _names(doc, "Agency")), _names(doc, "Organization")
    assert ("刘辉", "三明市科协", "副主席") in post_triples(doc), post_triples(doc)
    doc = extract_text("会议\n5月8日,泰宁县委常委统战部部长李明出席会议。")
    got = {(p, post) for p, _b, post in post_triples(doc)}
    assert {("李明", "常委"), ("李明", "部长")} <= got, got


def test_the_time_a_feat_took_is_no_word_of_its_indicator():
    """11-danzhou-wangwu-shanying: 王五镇的党员干部积极引导群众开展土地集中流转,仅用半个月时间就完成流转土地逾1万亩
    (base: the indicator 用半个月时间就完成流转土地).  A noun opening with 时间 stays whole."""
    doc = extract_text("土地流转\n王五镇的党员干部积极引导群众开展土地集中流转,仅用半个月时间就完成流转土地逾1万亩。")
    inds = {i for _s, i, *_ in _metrics(doc)}
    assert inds and not any("时间" in i or "半个月" in i for i in inds), inds
    doc = extract_text("项目\n该县项目建设时间跨度3年。")
    assert any("时间跨度" in i for _s, i, *_ in _metrics(doc)), _metrics(doc)


def test_a_meeting_after_a_preposition_of_topic():
    """13-taining-laocuhui: 阎伟强一行与县领导…领导,就今年闽西南五市老促会工作交流座谈会在泰宁召开相关事宜进行协商
    (base: the programme 就今年闽西南五市老促会工作交流座谈会).  就业 opening a meeting's name is its word."""
    doc = extract_text("调研\n阎伟强一行与县领导和民政局领导,就今年闽西南五市老促会工作交流座谈会在泰宁召开相关事宜进行协商。")
    names = _names(doc, "Programme")
    assert "闽西南五市老促会工作交流座谈会" in names, names
    assert not any(n.startswith(("就", "今年")) for n in names), names
    doc = extract_text("会议\n5月8日,就业创业工作推进会在县政府召开。")
    assert "就业创业工作推进会" in _names(doc, "Programme"), _names(doc, "Programme")


def test_a_state_farms_company_is_an_organisation():
    """12-haiken-nongchang-diaoyan: 在西联农场公司新盈胶厂集中居住点建设项目地…; 包洪文来到…八一总场公司页岩砖厂 (base:
    neither company; 西联 and 八一 are no proper names to the dictionary).  A kind of farm company, or one
    counted or pointed at, is none."""
    doc = extract_text("调研\n在西联农场公司新盈胶厂集中居住点建设项目地,包洪文实地查看项目进展情况。"
                       "包洪文来到八一总场公司页岩砖厂。")
    assert {"西联农场公司", "八一总场公司"} <= _names(doc, "Organization"), _names(doc, "Organization")
    for text in ("招商\n该县引进大型农场公司3家。", "会议\n全省两个农场公司参加。", "发展\n这家农场公司发展很快。"):
        doc = extract_text(text)
        assert not any(n.endswith("农场公司") for n in _names(doc, "Organization")), _names(doc, "Organization")
