"""Round 63 (guangdong63): ordinary city and county news of 广东 (梅州, 湛江, 清远; 百千万工程) and 海南
(儋州, 琼海) from fresh texts of /tmp/s26/fresh/guangdong63.  Fixes: the adverb 率先 before a mark
passed (地区生产总值率先突破300亿元) is no word of the indicator; a small river (两条小河流域治理) is no
river's name; a sentence opening with 该村/该镇 has that place for the subject of its later clauses'
figures; posts held besides after a comma and 兼 (市委副书记、市长，兼洋浦经济开发区工委副书记…邹广)
do not drop the posts before the comma; a rank in the city (稳居全市第一) does not stop 全区 from governing
the clause after a semicolon."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> set[tuple[str, float, str]]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def _subjects(doc) -> dict[float, str | None]:
    return {m.value: (doc.entities[m.subject].name if m.subject else None) for m in doc.metrics}


def _posts(doc) -> set[tuple[str, str]]:
    return {(doc.entities[r.subject].name, doc.entities[r.object].name)
            for r in doc.relations if r.predicate == "holdsPost"}


def test_leading_adverb_is_no_word_of_the_indicator():
    """02-meijiang-baiqianwan (广东梅州梅江区): 2023年全区地区生产总值率先突破300亿元、比增6% (base: the
    indicators 地区生产总值率先 and 地区生产总值率先比增)."""
    doc = extract_text("梅江区召开推进会。2023年全区地区生产总值率先突破300亿元、比增6%,获省考核“良好”等次。")
    got = {i for i, _v, _u in _metrics(doc)}
    assert "地区生产总值" in got and not any("率先" in i for i in got), got
    # a rate noun before 先 keeps its 率 (森林覆盖率率先达到: the rate, then the adverb)
    doc = extract_text("全县森林覆盖率率先达到75.3%。")
    assert ("森林覆盖率", 75.3, "%") in _metrics(doc), _metrics(doc)


def test_a_small_river_of_a_village_is_no_place():
    """08-lianzhou-renda (广东清远连州市): 先后投入近千万元进行村两条小河流域治理 (base: a place 小河 that then
    took the village's figures)."""
    doc = extract_text("连州市人大代表到丰阳镇的畔水村视察。该村先后投入近千万元进行村两条小河流域治理,"
                       "投入68万元对四条主巷道的改造。")
    places = {e.name for e in doc.entities.values() if e.type == "Place"}
    assert "小河" not in places, places
    # a river named before 流域 stays one
    doc = extract_text("推进漳河流域治理,投入资金500万元。")
    assert "漳河" in {e.name for e in doc.entities.values() if e.type == "Place"}


def test_a_sentence_opening_with_the_village_demonstrative_is_its_village_s():
    """08-lianzhou-renda: 在畔水村,…。该村依靠发展生态农业,集体经济收入从2014年不足1.5万元提高到2017年31.79万元
    (base: the figures 连州市's, the article's place)."""
    doc = extract_text("连州市人大代表到丰阳镇的夏东村、畔水村视察。在畔水村,各人大代表实地了解了美丽乡村建设情况。"
                       "该村依靠发展生态农业,集体经济收入从2014年不足1.5万元提高到2017年31.79万元。")
    got = _subjects(doc)
    assert got.get(317900) == "畔水村", got
    # a demonstrative that is an object, not the sentence's subject, takes no figure
    doc = extract_text("连州市人大代表到丰阳镇的夏东村、畔水村视察。在畔水村,各人大代表实地了解了情况。"
                       "市财政局向该村拨付资金,全市集体经济收入达3.5亿元。")
    assert _subjects(doc).get(350000000) != "畔水村", _subjects(doc)


def test_posts_held_besides_after_a_comma_keep_the_posts_before():
    """03-danzhou-kaigong (海南儋州市): 市委副书记、市长，兼洋浦经济开发区工委副书记、管委会主任邹广 (base: only
    the 洋浦 posts, not 儋州市委 and 儋州市)."""
    doc = extract_text("儋州市举行集中开工仪式。市委副书记、市长,兼洋浦经济开发区工委副书记、管委会主任邹广,"
                       "市委常委、常务副市长,兼洋浦经济开发区工委委员、管委会副主任李爱华,副市长莫正群出席。")
    got = _posts(doc)
    assert {("邹广", "儋州市委"), ("邹广", "儋州市"), ("邹广", "洋浦经济开发区工委"),
            ("李爱华", "儋州市委"), ("李爱华", "儋州市"), ("莫正群", "儋州市")} <= got, got
    assert ("莫正群", "洋浦经济开发区工委") not in got, got


def test_a_rank_in_the_city_does_not_stop_the_district_s_scope_after_a_semicolon():
    """02-meijiang-baiqianwan (梅江区, the story opening with a photo caption of 西阳镇): 2024年全区地区生产总值
    324.91亿元，总量稳居全市第一…；2025年第一季度地区生产总值78.96亿元 (base: the quarter's figure 西阳镇's, the
    article's place, as 全市 of the rank was read as a place named after 全区)."""
    doc = extract_text("西阳镇美丽圩镇入口旧貌换新颜。(林翔 摄)\n梅江区召开推进会,部署“百千万工程”。\n"
                       "2024年全区地区生产总值324.91亿元,总量稳居全市第一,在年度考核中均获全市第一;"
                       "2025年第一季度地区生产总值78.96亿元。")
    got = _subjects(doc)
    assert got.get(7896000000) == "梅江区", got
