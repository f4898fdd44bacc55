"""Round 112 (zhishu112): tree planting and greening news — township planting days (仙游县西苑乡 and
大济镇, 从江县加勉乡), county leaders' planting days (滑县, 丰顺县, 保康县) and 全国绿化委员会办公室's
2024 国土绿化状况公报 (fresh texts of /tmp/s27/txt/zhishu112).  Fixes: the species planted are no
places — 香樟 (种上了山杜英、香樟、木荷…), which jieba's dictionary tags ns, on the stop list; a place word
that opens a tree's name (天竺桂, 峨眉含笑: place_grammar plant_names_after_place) or stands before the tail
of a species called after a region (日本晚樱, 北美海棠, 美国红枫: registry_cues species_name_tails, now read
by the jieba-tag place finder too, as the registry reads them) a piece of the species' name; one numeral
and 元 after a one-character surname, closed off as an item of a list of names (张世伟、王宗惠、刘三元、刘锴等县领导),
a person's name, no sum of three yuan."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def _metrics(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def test_a_camphor_tree_is_no_place():
    """04-fengshun-county: 当天为该村种上了山杜英、香樟、木荷、枫香等树种共1.8万株; base: 香樟 a Place."""
    doc = extract_text("植树\n3月6日，丰顺县埔寨镇茅园村开展义务植树活动，当天为该村种上了山杜英、香樟、木荷、枫香等树种共1.8万株。")
    assert "香樟" not in _names(doc, "Place"), _names(doc, "Place")
    assert {"丰顺县", "埔寨镇"} <= _names(doc, "Place"), _names(doc, "Place")


def test_a_tree_named_after_a_place_is_no_place():
    """02-congjiang-jiamian: 栽植天竺桂、柏木、红豆杉、楠木、杉木、榉木、楠竹等十几个品种; base: 天竺 (an old name
    of India) a Place; 峨眉含笑 likewise (峨眉)."""
    doc = extract_text("植树\n加勉乡干部群众义务植树出动2160人次，栽植天竺桂、柏木、红豆杉、楠木等十几个品种，合计3700余株。")
    assert "天竺" not in _names(doc, "Place"), _names(doc, "Place")
    doc = extract_text("植树\n当天共栽植峨眉含笑、桂花、银杏等苗木500余株。")
    assert "峨眉" not in _names(doc, "Place"), _names(doc, "Place")


def test_an_ornamental_tree_called_after_a_country_is_no_place():
    """日本晚樱, 北美海棠, 美国红枫 among the saplings of a planting day (as 部长义务植树's 西府海棠, 碧桃 lists);
    base: 日本, 北美, 美国 Places found by jieba's tags after the registry had skipped them."""
    doc = extract_text("植树\n大家分工协作，共栽植银杏、日本晚樱、北美海棠、美国红枫等苗木1200余株。")
    got = _names(doc, "Place")
    assert not {"日本", "北美", "美国", "北美洲"} & got, got


def test_places_and_temples_stay_places():
    """Guards: 天竺 before 寺 and the countries named on their own stay (no tree after them)."""
    doc = extract_text("旅游\n游客来到天竺寺参观，又到天竺山上赏花。")
    assert "天竺" in _names(doc, "Place"), _names(doc, "Place")
    doc = extract_text("交流\n代表团赴日本考察，又在北美洲访问。")
    assert {"日本", "北美洲"} <= _names(doc, "Place"), _names(doc, "Place")


def test_a_given_name_with_three_yuan_is_no_sum():
    """05-baokang-county: 张世伟、王宗惠、周国明、刘明锋、刘三元、刘锴、徐声军、肖景湘等县领导; base: 金额 3 元
    from 刘三元."""
    doc = extract_text("植树\n张世伟、王宗惠、周国明、刘明锋、刘三元、刘锴、徐声军、肖景湘等县领导，拿起铁锹加入植树大军。")
    got = _metrics(doc)
    assert not any(u == "元" for _i, _v, u in got), got
    assert "刘三元" in _names(doc, "Person"), _names(doc, "Person")


def test_small_sums_in_yuan_stay_sums():
    """Guards: a sum of one numeral and 元 with no surname alone before it stays a sum."""
    assert ("票价", 3, "元") in _metrics(extract_text("交通\n票价由三元提高到五元。"))
    assert ("公交票价", 3, "元") in _metrics(extract_text("交通\n公交票价三元、地铁票价五元。"))
