"""Round 117 (ziyou117): free trade zones and ports — 自由贸易试验区 progress releases, 片区 and 综合保税区 figures,
口岸 traffic (新华社 自贸试验区十年 with 钦州港片区, 南方网 梅州综保区 and 珠海高栏港综保区, 经济参考报 广西/安徽/重庆
自贸试验区 开门红, 河南自贸区 7周年, 郑州经开区 调研, 中新社 商务部 67个片区, 国家移民管理局 中秋口岸, 二连浩特口岸,
乌鲁木齐综保区; fresh texts of /tmp/s27/txt/ziyou117).  Fixes (base → now):
- a province's free trade zone is a place of its own, part of the province, one name for all its forms (河南自贸区,
  广西自贸试验区, 中国（河南）自由贸易试验区, 上海自贸试验区 → 中国（X）自由贸易试验区): none → the zone, and its
  figures are the zone's (广西自贸试验区新增企业6320家: 广西壮族自治区 | 自贸试验区新增企业 → the zone | 新增企业);
- a bare 自贸试验区 is any free trade zone, no repeat of the one named, and a province heading its zone stays the
  province in a story of another province's zone (重庆自贸试验区… 广西自贸试验区…): 广西 lost → kept;
- a zone named after its city's port (钦州港片区, 钦州港综合保税区, 珠海高栏港综保区, 宁波梅山港片区): none → a zone
  of the city, the figures' subject (钦州市 | 自贸试验区钦州港片区新增企业 → 钦州港片区 | 新增企业);
- a zone written against a zone (广西自贸试验区|南宁片区) is a part of it, no sibling of a list: subject none
  (group total) → 南宁片区;
- 新增 of firms registered is kept (新增企业, 新增外商投资企业, 新增市场主体): 企业 → 新增企业, as 新设企业;
- 现在 before the verb is a time word (中国自贸试验区现在已达21个): 自贸试验区现在 → 自贸试验区;
- a zone and the city its name opens with are one subject before a list paired with its figures (郑州经开区累计
  新设企业和注册资本达到13.2万家、1.8万亿元): 累计新设企业和注册资本 + 金额 → 累计新设企业 + 注册资本."""
from __future__ import annotations

from conftest import extract_text


def _places(doc) -> dict[str, str | None]:
    """Place name → its parent's name (None without one)."""
    out = {}
    for e in doc.entities.values():
        if e.type == "Place":
            out[e.name] = None
    for r in doc.relations:
        if r.predicate == "partOf" and r.subject in doc.entities and r.object in doc.entities:
            out[doc.entities[r.subject].name] = doc.entities[r.object].name
    return out


def _subjects(doc) -> dict[str, str | None]:
    return {m.indicator: (doc.entities[m.subject].name if m.subject in doc.entities else None) for m in doc.metrics}


def test_a_provinces_free_trade_zone_is_its_place():
    """03-jjckb: 今年一季度，广西自贸试验区新增企业6320家; base: 广西壮族自治区 | 自贸试验区新增企业."""
    doc = extract_text("数据显示，今年一季度，广西自贸试验区新增企业6320家，同比增长402%，其中新增外商投资企业32家。")
    places = _places(doc)
    assert places.get("中国（广西）自由贸易试验区") == "广西壮族自治区", places
    subj = _subjects(doc)
    assert subj.get("新增企业") == "中国（广西）自由贸易试验区", subj
    assert subj.get("新增外商投资企业") == "中国（广西）自由贸易试验区", subj


def test_the_full_and_short_names_are_one_zone():
    """04-henan: 中国（河南）自由贸易试验区 … 河南自贸区: one zone, the figures its own (base: 河南省's)."""
    doc = extract_text("中国（河南）自由贸易试验区挂牌以来成效明显。截至2023年底，河南自贸区累计新设企业13.2万家。")
    zones = [n for n in _places(doc) if n.endswith("自由贸易试验区")]
    assert zones == ["中国（河南）自由贸易试验区"], zones
    assert set(_subjects(doc).values()) == {"中国（河南）自由贸易试验区"}, _subjects(doc)


def test_another_provinces_zone_keeps_the_province():
    """03-jjckb: 重庆自贸试验区 named first; base then read 广西, 安徽 as none (a zone of Chongqing's quarter)."""
    doc = extract_text("近日，重庆自贸试验区北碚板块总部基地正式建成。\n今年一季度，广西自贸试验区新增企业6320家。")
    places = _places(doc)
    assert "广西壮族自治区" in places, places
    assert _subjects(doc).get("新增企业") == "中国（广西）自由贸易试验区", _subjects(doc)


def test_a_port_zone_is_a_zone_of_its_city():
    """01-xinhua / 02-meizhou: 广西自贸试验区钦州港片区, 珠海高栏港综保区; base: no zone, the city's figures."""
    doc = extract_text("广西自贸试验区钦州港片区新增企业320家。")
    assert _places(doc).get("钦州港片区") == "钦州市", _places(doc)
    assert _subjects(doc) == {"新增企业": "钦州港片区"}, _subjects(doc)
    doc = extract_text("珠海高栏港综保区进出口额达50亿元。")
    assert _places(doc).get("珠海高栏港综保区") == "珠海市", _places(doc)
    assert _subjects(doc) == {"进出口额": "珠海高栏港综保区"}, _subjects(doc)
    doc = extract_text("钦州港综合保税区进出口额达50亿元。")
    assert _places(doc).get("钦州港综合保税区") == "钦州市", _places(doc)


def test_a_zone_against_a_zone_is_its_part():
    """广西自贸试验区南宁片区新设企业: the area's figure; with the zone before it, base read two sibling zones and
    gave the figure to none."""
    doc = extract_text("广西自贸试验区南宁片区新设企业320家。")
    assert _subjects(doc) == {"新设企业": "南宁片区"}, _subjects(doc)


def test_new_firms_keep_new():
    """03-jjckb: 新增企业6320家 after its place; base: 企业 (the stock), as 南宁市新增企业 read."""
    doc = extract_text("南宁市新增企业320家，新增市场主体1200户。")
    got = {m.indicator for m in doc.metrics}
    assert {"新增企业", "新增市场主体"} <= got, got


def test_now_is_no_word_of_the_indicator():
    """06-zhongxinshe: 中国自贸试验区现在已达21个; base: 自贸试验区现在."""
    doc = extract_text("唐文弘说，中国自贸试验区现在已达21个、共计67个片区。")
    got = {m.indicator for m in doc.metrics}
    assert "自贸试验区" in got and not any(i.endswith("现在") for i in got), got


def test_guards_zone_words_stay():
    """Guards: a national 21个自贸试验区 is no province's zone; a bare 自贸试验区 after a named one is not it;
    a province's other zone kind (广东高新区) names no zone; 实现 keeps its 现."""
    doc = extract_text("新华社北京8月2日电 2022年，21家自贸试验区实现进出口总额7.5万亿元。")
    assert not [n for n in _places(doc) if "自由贸易试验区" in n], _places(doc)
    doc = extract_text("上海自贸试验区挂牌十年。全国自贸试验区达到21个。")
    mentions = [m for m in doc.mentions if m.label == "Place" and m.norm.endswith("自由贸易试验区")]
    assert len(mentions) <= 1, [(m.norm, m.astart) for m in mentions]  # (the named one only)
    doc = extract_text("广东高新区营业收入达1000亿元。")
    assert not [n for n in _places(doc) if n.endswith("高新区") and n != "广东高新区"], _places(doc)
    assert "广东高新区" not in _places(doc), _places(doc)
    doc = extract_text("全市实现营业收入100亿元。")
    assert "实现营业收入" in {m.indicator for m in doc.metrics} or "营业收入" in {m.indicator for m in doc.metrics}


def test_a_zone_and_its_city_are_one_subject_of_a_list():
    """04-henan / 05-zhengzhou: 郑州经开区累计新设企业和注册资本达到13.2万家、1.8万亿元 — the city inside the zone's
    name is no second place of the list; base: 累计新设企业和注册资本 13.2万家 and 金额 1.8万亿元."""
    doc = extract_text("截至2023年底，郑州经开区累计新设企业和注册资本达到13.2万家、1.8万亿元。")
    got = {(m.indicator, m.unit) for m in doc.metrics}
    assert ("注册资本", "元") in got and ("累计新设企业", "家") in got, got
