"""Round 42 (places42): places and page layout on fresh real texts (/tmp/s25/fresh, /tmp/s21/all):
a township written by its stem before its village (四庄清水村), a unique township placed by its
district's short name alone (九龙坡模式), a Uyghur name named again by its first part (阿布都巴克), 中土
in a text on Turkmenistan, a 乡 raised to a town named by its old name (庙岗乡), a page's source stamp
repeated under its story over the next item's teaser, a yearless publication field (发表时间:02-13 09:33)
and a field's news site opened by a place (中国教育新闻网)."""
from __future__ import annotations

from kg.builder import extract_document
from kg.model import Doc


def _build(text: str):
    """`text` as one whole page: (entities by name → entity, metrics as (indicator, value, unit), result)."""
    res = extract_document(Doc(id="t", source="t.txt", text=text))
    ents = res.entities if isinstance(res.entities, dict) else {e.id: e for e in res.entities}
    return {e.name: e for e in ents.values()}, {(m.indicator, m.value, m.unit) for m in res.metrics}, res


def test_a_township_s_stem_before_its_village_is_that_township():
    """咸宁日报 (通城县): `前往该县四庄清水村、马港界上村、隽水油坊村` — a village 四庄清水村, a Place 上村, no
    油坊村 (base): the county's townships 四庄乡, 马港镇, 隽水镇 written short before their villages."""
    names, _m, _res = _build("本报讯(通讯员 朱慧) 8月14日,通城县委宣传部负责人先后前往该县四庄清水村、马港界上村、"
                             "隽水油坊村,授予这三个村“最美网红乡村”荣誉牌。")
    assert names["四庄乡"].code == "421222200" and names["马港镇"].code == "421222108", names
    assert {"清水村", "界上村", "油坊村"} <= set(names), names
    assert "上村" not in names and "四庄清水村" not in names, names
    ents = {e.id: e.name for e in names.values()}
    assert ents[_res.document["articles"][0]["place"]] == "通城县", _res.document  # the townships' county


def test_a_unique_township_takes_its_code_where_its_district_is_named_short():
    """九龙坡区 (重庆): `九龙融媒讯 …西彭镇长安村…` and `九龙坡模式` — 西彭镇 had no code (base)."""
    text = ("西彭镇长安村和美乡村建设规划专题会召开\n\n九龙融媒讯 (记者 肖雨)7月5日,西彭镇长安村和美乡村建设规划专题会"
            "召开,审议长安村和美乡村建设规划方案。会议要求,着力打造乡村振兴“九龙坡模式”。\n")
    names, _m, _res = _build(text)
    assert names["西彭镇"].code == "500107110", names["西彭镇"]


def test_a_uyghur_name_named_again_by_its_first_part_holds_no_place():
    """天津援疆 (于田县): `村民阿布都巴克·托合提肉孜负责维修机器` then `像阿布都巴克这样在家门口就业` — jieba's
    ns 巴克 was a Place (base)."""
    text = ("于田县木尕拉镇博斯坦村村民阿布都巴克·托合提肉孜负责维修机器,一个月收入近4000元。"
            "在于田天津工业园区,像阿布都巴克这样在家门口就业的农民越来越多。")
    names, _m, _res = _build(text)
    assert "巴克" not in names and names["阿布都巴克·托合提肉孜"].type == "Person", names


def test_china_and_turkmenistan_are_the_pair_of_a_text_on_turkmenistan():
    """外交部 (土库曼斯坦): `中土两国政府签署了…` — 土 read as 土耳其, which the text never names (base)."""
    names, _m, _res = _build("土库曼斯坦总统别尔德穆哈梅多夫访华期间,中土两国政府签署了关于共同推进“一带一路”建设的"
                             "谅解备忘录。")
    assert "土耳其" not in names and "土库曼斯坦" in names, names


def test_a_township_raised_to_a_town_named_by_its_old_name():
    """巢湖市 庙岗镇: `庙岗乡第九届人民代表大会…全乡经济` (巢湖市 never named) — no place at all (base)."""
    text = ("庙岗乡第九届人民代表大会第四次会议胜利召开\n\n3月28日,庙岗乡第九届人民代表大会第四次会议胜利召开。"
            "61名乡人大代表出席了大会。此次会议为全乡经济和各项事业的发展指明了方向。\n")
    names, _m, _res = _build(text)
    assert names["庙岗镇"].code == "340181111", names


def test_a_source_stamp_repeated_under_the_story_closes_it():
    """乌鲁木齐 portal: `本文来源: 市政府` and the date over the story and under it, then the next item's
    title and teaser — 现有各类自然保护地 8 个 of the teaser was a figure of this story (base)."""
    text = ("马料地街西社区开展了“心愿树 我帮你”活动\n12.03.2015 15:31\n本文来源: 市政府\n"
            "日前,沙依巴克区西山片区管委会马料地街西社区开展了“心愿树 我帮你”活动,在辖区的三个大型小区悬挂心愿卡。\n"
            "本文来源: 市政府\n12.03.2015 15:31\n乌鲁木齐市自然保护地整合优化成果公示\n"
            "乌鲁木齐市现有各类自然保护地8个,批复总面积127992.市政府\n")
    _n, metrics, _res = _build(text)
    assert not any(v == 8 for _i, v, _u in metrics), metrics
    assert any(v == 3 for _i, v, _u in metrics), metrics


def test_a_yearless_publication_field_takes_the_year_its_lead_names():
    """宣城新闻网 (泾县): `发表时间:02-13 09:33` over `宣城新闻网讯 2019年春节期间,…` — no date (base);
    a summary of the year before on a page of February stays undated."""
    head = "热心村民新春义务除雪保出行\n来源: 作者: 发表时间:02-13 09:33\n\n"
    _n, _m, res = _build(head + "宣城新闻网讯 2019年春节期间,冷空气频繁南下,泾县飘起雪花,茂林镇部分道路两旁木竹被压弯。\n")
    assert res.document["date"] == "2019-02-13", res.document
    _n, _m, res = _build(head + "宣城新闻网讯 2018年,泾县茂林镇接待游客12万人次,比上年增长8%。\n")
    assert res.document["date"] is None, res.document


def test_a_field_s_news_site_opened_by_a_place_is_the_site():
    """中国教育新闻网, 中国体育新闻网 (xiamen-schools mirror): 教育 and 体育 were verbs to the site finder,
    and the page was placed in 中国 (base)."""
    for site in ("中国教育新闻网", "中国体育新闻网"):
        names, _m, _res = _build(f"来源：{site} 作者：李明\n\n厦门市今年新增中小学学位2万个。\n")
        assert names[site].type == "Organization" and "中国" not in names, names
