"""Places on text of any province and of the world (issue 13): one-character short forms,
districts written without 区, names that are common words too, townships the table no longer
lists, jieba's ns names verified, rivers found by the gazetteer stage — on sentences written as
government and news text writes them."""
from __future__ import annotations

from conftest import text_doc
from kg.model import Doc
from kg.pipeline import Pipeline
from kg.stages.abbreviations import find_abbreviations

STAGES = ("gazetteer", "registry", "entities", "resolve", "relations")


def run(text: str, stages: tuple[str, ...] = STAGES) -> Doc:
    return Pipeline(stages)(text_doc(text))


def place_spans(doc: Doc) -> set[tuple[str, str]]:
    """(surface, canonical name) of every place mention."""
    return {(m.surface, m.norm) for m in doc.mentions if m.label == "Place"}


def short_forms(text: str) -> list[tuple[str, str]]:
    return [(text[i], r.name) for i, r, _ in find_abbreviations(text, lambda k: True, text)]


# --------------------------------------------------------------------------- one-character short forms

def test_two_countries_written_by_one_character_each():
    assert short_forms("双方一致认为，中美关系保持稳定发展符合两国人民利益。") == [("中", "中国"), ("美", "美国")]
    assert short_forms("此次日俄首脑会晤取得积极成果。") == [("日", "日本"), ("俄", "俄罗斯")]
    assert short_forms("遵守中美三个联合公报的原则。") == [("中", "中国"), ("美", "美国")]
    # a pair of countries needs what only countries take after it
    assert short_forms("白皮书呼吁以美中北京首脑会晤为动力。") == []
    assert short_forms("数月来，欧美金融业兼并热度不减。") == [("欧", "欧洲"), ("美", "美国")]


def test_travel_and_stay_verbs_and_a_countrys_side():
    assert short_forms("应邀结束访华后，代表团离京前往上海。") == [("华", "中国"), ("京", "北京市")]
    assert short_forms("会议今天在京召开。") == [("京", "北京市")]
    assert short_forms("中方支持阿方为维护国家主权所作努力，阿联酋赞赏中方立场。") == \
        [("中", "中国"), ("阿", "阿联酋"), ("中", "中国")]
    assert short_forms("俄总统与国家杜马僵持不下。") == [("俄", "俄罗斯")]


def test_provinces_written_together():
    assert short_forms("深入推进京津冀协同发展和粤港澳大湾区建设。") == [
        ("京", "北京市"), ("津", "天津市"), ("冀", "河北省"), ("粤", "广东省"), ("港", "香港"), ("澳", "澳门")]
    assert short_forms("川渝地区降雨偏多。") == [("川", "四川省"), ("渝", "重庆市")]


def test_short_form_characters_inside_ordinary_words_are_no_places():
    for text in ("他在京剧艺术上造诣很深。", "人民群众对美好生活的向往。", "在日常工作中加强管理。",
                 "美中不足的是配套设施滞后。", "中美洲国家代表出席。", "出台措施以方便群众办事。",
                 "其中方案一已经通过。", "关爱中老年人健康。", "中英文对照版本同时发布。", "实在美不胜收。"):
        assert short_forms(text) == [], text


def test_an_ambiguous_character_is_the_country_the_document_names():
    # 巴 beside 印 is the customary pair 印巴 (place_abbreviation_pairs.tsv): Pakistan (names8)
    assert short_forms("记者：印巴两国间关系和解存在困难。") == [("印", "印度"), ("巴", "巴基斯坦")]
    text = "巴基斯坦总理表示，印巴两国应通过对话解决分歧。"
    assert ("巴", "巴基斯坦") in short_forms(text)


def test_a_short_form_is_a_mention_of_the_registrys_country_without_becoming_its_name():
    doc = run("外交动态\n中国外交部发言人表示，中美关系的健康发展符合两国利益。")
    china = next(e for e in doc.entities.values() if e.name == "中国")
    assert [ev.surface for ev in china.mentions].count("中") == 1 and "中" not in china.aliases
    assert len([e for e in doc.entities.values() if e.name == "中国"]) == 1


def test_a_longer_name_wins_over_the_characters_inside_it():
    doc = run("地区合作\n中亚合作论坛在北京举行，中美洲国家代表出席。")
    assert not {s for s, _ in place_spans(doc) if len(s) == 1}


# --------------------------------------------------------------------------- division names

def test_a_district_written_without_qu_where_its_province_is_named():
    doc = run("浙江供销社系统调研\n王伟一行来到浙江杭州调研，他指出，萧山供销社结合城市化进程开展为农服务。",
              ("gazetteer",))
    assert ("萧山", "萧山区") in place_spans(doc)


def test_a_district_stem_that_is_a_common_word_is_no_place():
    doc = run("天津市推进平安建设\n天津市坚持和平发展理念，解放思想，前进一步。", ("gazetteer",))
    assert place_spans(doc) == {("天津市", "天津市")}


def test_division_names_that_are_common_words_need_their_parent_named():
    assert place_spans(run("城市更新\n市委、市政府决定对老城区进行重新规划和改造。", ("gazetteer",))) == set()
    doc = run("洛阳城市更新\n洛阳市老城区加快推进老旧小区改造。", ("gazetteer",))
    assert ("老城区", "老城区") in place_spans(doc)
    assert place_spans(run("会议\n他作为来宾代表在开幕式上发言。", ("gazetteer",))) == set()


def test_a_county_short_name_after_a_verb_of_place():
    doc = run("乡村振兴\n记者近日来到恭城，看到果园连片。", ("gazetteer",))
    assert ("恭城", "恭城瑶族自治县") in place_spans(doc)
    assert place_spans(run("乡村振兴\n恭城先后换了六届县委。", ("gazetteer",))) == set()  # no context


def test_a_city_short_name_shared_with_its_county_is_the_city():
    doc = run("江西新闻\n南昌多云转阵雨，江西全省气温回升。", ("gazetteer",))
    assert ("南昌", "南昌市") in place_spans(doc)


def test_a_township_the_table_no_longer_lists_after_a_verb_of_place():
    doc = run("开江县水果产业发展推进会召开\n会上，来自新街乡竹儿坪的梨子、柑橘种植大户代表发言。", ("gazetteer",))
    assert ("新街乡", "新街乡") in place_spans(doc)
    for text in ("干部深入乡镇开展调研。", "走进这个小镇，处处生机。", "在全镇范围内开展整治。", "在城镇建设中注重规划。"):
        assert not [m for m in run("标题\n" + text, ("gazetteer",)).mentions
                    if m.rule == "gazetteer.township-locative"], text


# --------------------------------------------------------------------------- jieba's ns names

def test_common_nouns_jieba_tags_as_places_are_no_places():
    doc = run("城市管理\n在大街小巷，在海港码头，在山坡上，处处可见志愿者的身影。")
    assert not {s for s, _ in place_spans(doc)} & {"大街", "海港", "山坡"}


def test_a_name_after_a_title_is_a_persons():
    doc = run("外事活动\n联合国秘书长科菲·安南今天会见了代表团。国务委员罗干出席。")
    assert not {s for s, _ in place_spans(doc)} & {"安南", "罗干"}


def test_a_piece_of_a_longer_word_is_no_place():
    doc = run("科技企业\n英特尔公司发布新一代处理器。")
    assert not {s for s, _ in place_spans(doc)} & {"英特", "英特尔"}


def test_jiebas_place_names_of_the_world_are_still_found():
    doc = run("国际新闻\n会议在南非港口城市德班举行。")
    assert ("德班", "德班") in place_spans(doc)


# --------------------------------------------------------------------------- rivers in the gazetteer stage

def test_rivers_and_lakes_are_the_gazetteers():
    doc = run("保定市推进河湖治理\n近日,保定市对府河、漕河、唐河等河道进行清理,加强大清河流域治理。",
              ("gazetteer",))
    assert {n for s, n in place_spans(doc)} == {"保定市", "府河", "漕河", "唐河", "大清河"}
    assert {m.attrs.get("level") for m in doc.mentions if m.norm == "府河"} == {"water"}


# --------------------------------------------------------------------------- divisions abroad

def test_a_division_abroad_written_by_sound():
    doc = run("国际新闻\n美国西北部塔科马市最近开始对莱克伍德县法官展开调查。洪水威胁到布宜诺斯艾利斯省。",
              ("gazetteer", "registry"))
    spans = place_spans(doc)
    assert {("塔科马市", "塔科马市"), ("莱克伍德县", "莱克伍德县")} <= spans
    assert not {s for s, _ in spans if s.startswith("诺斯")}  # not a piece of 布宜诺斯艾利斯


def test_a_world_city_with_shi_is_the_city_and_a_state_is_not_the_city():
    doc = run("国际新闻\n代表团抵达莫斯科市，随后前往纽约州。", ("gazetteer", "registry"))
    assert {("莫斯科市", "莫斯科"), ("纽约州", "纽约州")} <= place_spans(doc)


def test_a_market_or_a_mayor_is_no_division_abroad():
    doc = run("外贸\n企业积极开拓马来西亚市场，沙发市场需求旺盛。", ("gazetteer", "registry"))
    assert not [m for m in doc.mentions if m.rule == "gazetteer.foreign-division"]


def test_customary_names_of_banners_and_autonomous_prefectures():
    doc = run("兴安盟项目建设\n科右前旗华锐风机制造厂开工，恩施州和怒江州代表参观。", ("gazetteer",))
    got = {(m.surface, m.norm, m.attrs.get("former")) for m in doc.mentions if m.label == "Place"}
    assert {("科右前旗", "科尔沁右翼前旗", None), ("恩施州", "恩施土家族苗族自治州", None),
            ("怒江州", "怒江傈僳族自治州", None)} <= got  # customary names, not former ones


def test_short_names_drop_every_ethnic_mark_but_keep_inner_mongolia():
    from kg.divisions import short_name
    assert short_name("德宏傣族景颇族自治州", "city") == "德宏"
    assert short_name("博尔塔拉蒙古自治州", "city") == "博尔塔拉"
    assert short_name("内蒙古自治区", "province") == "内蒙古"


# --------------------------------------------------------------------------- short county names (issue 13, names brief)

def test_a_short_name_of_another_prefectures_county_is_the_own_countys_township():
    """古田 in a story about 上杭县 (龙岩市) is its township 古田镇, not 古田县 of 宁德市."""
    doc = run("上杭县推进红色旅游发展\n近日，上杭县组织党员干部前往古田会议旧址开展主题教育活动。"
              "古田镇党委负责同志介绍，今年以来，古田共接待游客120万人次。")
    norms = {n for _, n in place_spans(doc)}
    assert "古田镇" in norms and "上杭县" in norms
    assert "古田县" not in norms


def test_a_short_county_name_in_a_document_about_its_own_prefecture_is_the_county():
    doc = run("宁德市推进茶产业发展\n宁德市各县积极扩大种植面积，古田今年新增茶园5000亩。")
    assert ("古田", "古田县") in place_spans(doc)


def test_a_short_county_name_that_names_a_body_stands_alone():
    """萧山供销社 in a text naming no other division: 萧山 is 萧山区 (a unique short name)."""
    doc = run("区供销联社开展为农服务\n萧山供销社以土地托管为切入点，创造性地推进综合改革。")
    assert ("萧山", "萧山区") in place_spans(doc)
    doc = run("区供销联社开展为农服务\n萧山萝卜干品牌的重塑工作取得新进展。")
    assert ("萧山", "萧山区") not in place_spans(doc)


# --------------------------------------------------------------------------- world cities

def test_world_capitals_and_major_cities_are_places_of_their_country():
    doc = run("代表团抵达伯尔尼，随后前往杜塞尔多夫和里加考察港口合作项目。")
    norms = {n for _, n in place_spans(doc)}
    assert {"伯尔尼", "杜塞尔多夫", "里加"} <= norms
    assert {("伯尔尼", "partOf", "瑞士"), ("里加", "partOf", "拉脱维亚")} <= triples(doc)


def test_a_world_city_written_with_shi_is_the_city_as_written():
    doc = run("奥地利维也纳市市长出席了开幕式，斯特拉斯堡市长也发来贺信。")
    spans = place_spans(doc)
    assert ("维也纳市", "维也纳") in spans
    assert ("斯特拉斯堡", "斯特拉斯堡") in spans  # 市长 is the mayor, not part of the name


def test_a_two_character_name_inside_a_longer_place_name_is_no_name():
    doc = run("北大西洋议会春季会议在巴塞罗那举行。")
    assert not [m for m in doc.mentions if m.norm in ("北京大学", "北大")]


def triples(doc: Doc) -> set[tuple[str, str, str]]:
    n = {k: e.name for k, e in doc.entities.items()}
    return {(n[r.subject], r.predicate, n[r.object]) for r in doc.relations}


def test_a_word_referring_to_china_is_no_name_of_it_but_keeps_the_facts():
    """我国 refers to 中国 (the mention stays for what it carries) without naming it: the entity
    lists no mention of its own for it."""
    doc = run("近年来我国航空货运量持续增长，中国已与多个国家签署了航空运输协定。")
    china = next(e for e in doc.entities.values() if e.name == "中国")
    assert [ev.surface for ev in china.mentions] == ["中国"]
    assert any(m.surface == "我国" and m.norm == "中国" for m in doc.mentions)


def test_a_division_suffix_that_opens_a_word_leaves_the_stem_as_the_name():
    """广州|市场, 永年|县域: 市场 and 县域 are words, so the place is written by its short name
    (span without the suffix); 邯郸市|民政局 and 魏县|城关镇 keep their full names."""
    doc = run("广州市场供应充足，永年县域内新建项目12个。邯郸市民政局和魏县城关镇召开会议。")
    spans = place_spans(doc)
    assert ("广州", "广州市") in spans and ("广州市", "广州市") not in spans
    assert ("永年", "永年区") in spans and ("永年县", "永年区") not in spans
    assert ("邯郸市", "邯郸市") in spans and ("魏县", "魏县") in spans


def test_a_zone_written_by_its_kind_in_a_list_of_a_citys_counties():
    """莱阳、栖霞、开发区、蓬莱: 开发区 is the city's one economic-technological development zone;
    开发区 outside such a list (加强开发区建设) is the kind, not a place."""
    doc = run("烟台市一季度采购额超过1亿元的县市区有莱阳、栖霞、开发区、蓬莱、海阳。各地要加强开发区建设。")
    zones = [(m.surface, m.norm, m.attrs.get("code")) for m in doc.mentions
             if m.label == "Place" and m.rule == "gazetteer.listed-zone"]
    assert zones == [("开发区", "烟台经济技术开发区", "370676")]


def test_a_number_of_divisions_is_no_place_name():
    """一体推进“三区”建设: jieba tags 三区 ns, but a count and a division word name no place;
    三峡 (a numeral and no division word) stays a candidate."""
    doc = run("要一体推进“三区”建设，扎实开展城市品质提升年行动。")
    assert not [m for m in doc.mentions if m.label == "Place" and m.surface == "三区"]
    from kg.stages.entities.pos import _counted_divisions
    assert _counted_divisions("三区") and _counted_divisions("两县") and not _counted_divisions("三峡")


# --------------------------------------------------------------------------- routes, currencies, former names

def test_a_road_named_by_its_ends_short_forms_names_no_province():
    # 桂新高速: 桂阳 to 新田 (Hunan), not 广西 and 新疆; 京港澳 is a route too
    assert short_forms("调研组一行先后实地考察了桂新高速公路项目。") == []
    assert short_forms("车队沿京港澳高速北上，京沪铁路运输繁忙。") == []
    # a pair of provinces before a word of places is still read
    assert short_forms("川渝地区合作不断深化。") == [("川", "四川省"), ("渝", "重庆市")]


def test_a_currency_named_after_its_country_is_no_mention_of_it():
    doc = run("挪威央行宣布，全年减少至少250亿挪威克朗的支出。瑞士法郎兑美元汇率上涨。")
    places = {s for s, _ in place_spans(doc)}
    assert "瑞士" not in places
    assert [m for m in doc.mentions if m.label == "Place" and m.surface == "挪威"
            and doc.text[m.end:m.end + 2] == "克朗"] == []


def test_former_names_of_renamed_divisions_are_the_current_division():
    doc = run("1996年夏天，监利县遭受百年未遇的洪灾。黑龙江省阿城市地处哈尔滨东南。萧山市农业局和襄樊市召开会议。")
    spans = place_spans(doc)
    assert {("监利县", "监利市"), ("阿城市", "阿城区"), ("萧山市", "萧山区"), ("襄樊市", "襄阳市")} <= spans


def test_special_zones_and_free_trade_zones_are_no_relative_district():
    doc = run("香港特区政府高度重视。自贸区政府服务中心昨日开业。")
    # the SAR's own government (香港特别行政区政府) is an agency of 香港, no relative district's
    assert not {m.norm for m in doc.mentions if m.label == "Agency" and "区" in (m.norm or "")
                and m.norm != "香港特别行政区政府"}
