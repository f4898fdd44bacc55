"""Round 106 (cunji106): village collective economy (村级集体经济) reports — 镇赉县's villages counted by
income band (吉林, 2015), Hebei's 集体收入5万元以下村清零 plan (人民日报, 2022), 睢宁县's village incomes
(江苏), 凭祥市's villages (广西), 牟定县共和镇's 共丰村 (云南), 湖北's 进步村 list, 常德's 消薄 (湖南) and
太仓 城厢镇's villages (fresh texts of /tmp/s27/txt/cunji106).  Fixes: a band of income written as a range
(5万至10万元的41个, 10万元至50万元的村要达到25%) or an amount reached (达到100万元的村2个) names the
villages counted, its ends no amounts; a bound run into a division noun (5万元以上村达到84.5%, 5万元以下
薄弱村仍占15.5%) names the class, not 以上村; villages counted whose income then reaches or passes an
amount (40个村的村集体收入可达100万元以上, 35个村集体经济收入超过50万元) are one count of the villages so
classed, the amount no level; 特别是 before a bound no copula (特别是5万元以下薄弱村); 发展壮大村集体经济 and a township before 村集体 (城厢镇村集体经济) name no
village."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def _metrics(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def test_a_range_band_names_the_villages_counted():
    """01-zhenlai-bands: 全县村级集体经济收入5万元以下的46个,占32.6%;5万至10万元的41个,占29% (base: 41
    with the bare indicator 个 and 29 with %)."""
    doc = extract_text("新闻\n截至目前,全县村级集体经济收入5万元以下的46个,占32.6%;5万至10万元的41个,占29%;"
                       "10万元以上的54个,占38.4%。")
    got = _metrics(doc)
    assert ("5万至10万元", 41, "个") in got, got
    assert ("5万至10万元占", 29, "%") in got, got
    assert not any(m[0] in ("个", "%") for m in got), got
    assert not any(m[2] == "元" for m in got), got


def test_a_range_band_before_its_villages():
    """01-zhenlai-bands: 10万元至50万元的村要达到25%以上 (base: indicator 元的村); the same band with the
    villages named and counted (5万至10万元的村41个; base: a range 5万元 and 个 41)."""
    doc = extract_text("新闻\n全县10万元至50万元的村要达到25%以上。")
    assert ("10万元至50万元的村", 25, "%") in _metrics(doc), _metrics(doc)
    doc = extract_text("新闻\n全县5万至10万元的村41个。")
    got = _metrics(doc)
    assert ("5万至10万元的村", 41, "个") in got, got
    assert not any(m[2] == "元" for m in got), got


def test_a_range_of_a_level_stays_a_range():
    """Guard: a range of money that no class noun or count follows is the figure itself."""
    doc = extract_text("新闻\n全县农民人均收入1万至2万元。")
    assert any(m.unit == "元" and m.kind == "range" for m in doc.metrics), _metrics(doc)
    doc = extract_text("新闻\n总投资5亿元至10亿元项目有16个。")
    assert ("总投资5亿元至10亿元项目", 16, "个") in _metrics(doc), _metrics(doc)


def test_a_bound_run_into_villages_names_them():
    """02-hebei-qingling: 5万元以上村达到84.5%、10万元以上村达到44.1% (base: indicator 以上村 for both)."""
    doc = extract_text("新闻\n截至2021年底,河北49442个行政村实现了集体经济零收入村全部清零,"
                       "5万元以上村达到84.5%、10万元以上村达到44.1%。")
    got = _metrics(doc)
    assert ("5万元以上村", 84.5, "%") in got, got
    assert ("10万元以上村", 44.1, "%") in got, got


def test_villages_counted_past_an_amount_are_one_class():
    """03-suining-bands: 全县40个村的村集体收入可达100万元以上,…,120个村的村集体收入可达40万元至50万元
    (base: 村 40个 and a level 村集体收入 100万元)."""
    doc = extract_text("新闻\n预计今年年底,全县40个村的村集体收入可达100万元以上,"
                       "120个村的村集体收入可达40万元至50万元。")
    got = _metrics(doc)
    assert ("村集体收入100万元以上的村", 40, "个") in got, got
    assert ("村集体收入40万元至50万元的村", 120, "个") in got, got
    assert not any(m[2] == "元" for m in got), got
    doc = extract_text("新闻\n目前,全县有35个村集体经济收入超过50万元。")
    got = _metrics(doc)
    assert ("村集体经济收入超过50万元的村", 35, "个") in got, got
    assert not any(m[2] == "元" for m in got), got


def test_villages_reaching_a_plain_amount_keep_it():
    """Guard: with no bound, no mark passed and no band, the amount the villages reach stays a figure."""
    doc = extract_text("新闻\n全县40个村的村集体收入达到100万元。")
    assert any(m.value == 1000000 and m.unit == "元" for m in doc.metrics), _metrics(doc)


def test_growing_the_collective_economy_names_no_village():
    """05-mouding-gongfeng: 共丰村委会在发展壮大村集体经济收入中 (base: a village 发展壮大村); 08: 城厢镇村集体
    经济继续保持… (base: a village 城厢镇村)."""
    doc = extract_text("新闻\n近年来,牟定县共和镇共丰村委会在发展壮大村集体经济收入中,大胆探索。")
    assert "发展壮大村" not in _names(doc, "Place"), _names(doc, "Place")
    assert "共丰村" in _names(doc, "Place")
    doc = extract_text("新闻\n去年,城厢镇村集体经济继续保持稳健的发展态势。")
    assert not any(n.endswith("镇村") for n in _names(doc, "Place")), _names(doc, "Place")


def test_villages_named_after_such_words_stay():
    """Guard: 发展村 (a village's name) after a locative verb, and a two-character stem with 镇 (新镇村)."""
    doc = extract_text("新闻\n记者来到发展村调研。")
    assert "发展村" in _names(doc, "Place"), _names(doc, "Place")


def test_an_amount_reached_names_the_villages_counted():
    """lead105's 07-zhongtuan (the same report shape): 其中,达到100万元的村2个,90-100万元的2个,80-90万元的2个
    (base: 个 2 for all three, a level 经营性收入 100万元 and ranges 金额 90万元, 80万元)."""
    doc = extract_text("新闻\n预计17个村(社区)全年经营性收入1316.5万元,其中,达到100万元的村2个,"
                       "90-100万元的2个,80-90万元的2个。")
    got = _metrics(doc)
    assert ("达到100万元的村", 2, "个") in got, got
    assert ("90-100万元", 2, "个") in got, got
    assert ("80-90万元", 2, "个") in got, got
    assert not any(m[2] == "元" and m[1] != 13165000 for m in got), got
    # guard: an amount reached with no villages counted after it stays the figure
    doc = extract_text("新闻\n全年经营性收入达到100万元。")
    assert ("经营性收入", 1000000, "元") in _metrics(doc), _metrics(doc)


def test_a_focus_word_before_a_bound_keeps_the_class():
    """02-hebei-qingling: 特别是5万元以下薄弱村仍占15.5% (base: a level 薄弱村仍占 5万元 — 是 of 特别是 read
    as a copula before the amount)."""
    doc = extract_text("新闻\n但农村集体经济普遍薄弱,特别是5万元以下薄弱村仍占15.5%。")
    got = _metrics(doc)
    assert not any(m[2] == "元" for m in got), got
    assert any(m[1] == 15.5 and m[0].startswith("5万元以下") for m in got), got
