"""Round 86 (xiangjiang86): 湖南 and 江西 town and village news, second pass — county media centres'
乡镇动态, 湖南日报's 市州 page, 江西日报 and 九江日报 reprints, a county portal's township profile (会同,
中方, 蒸湘, 攸县, 永州's three county districts; 赣县, 兴国, 修水, 广昌, 新干) from fresh texts of
/tmp/s26/fresh/xiangjiang86.  Fixes: a village named as its township right after it (新建镇新建村: the
seat's village, read though 新建 opens no village elsewhere); villages listed beside a village the text
named whose stems jieba cuts into common characters (胜溪村、茶冲村、上坊村); a compound family name with one
given character before 说 (乡人大主席欧阳观说); a village's stem before what lies in it (中平产业园 beside
中平村) read as that village, no region 中平; 毗 as a verb of borders (东毗隆坪乡: a neighbour, no subject);
a heading that introduces (…简介) names no sector of the bare measure after it."""
from __future__ import annotations

from conftest import extract_text


def _places(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Place"}


def _part_of(doc) -> set[tuple[str, str]]:
    return {(doc.entities[r.subject].name, doc.entities[r.object].name) for r in doc.relations
            if r.predicate == "partOf" and r.subject in doc.entities and r.object in doc.entities}


def _metrics(doc) -> set[tuple[str | None, str]]:
    return {(doc.entities[m.subject].name if m.subject in doc.entities else None, m.indicator) for m in doc.metrics}


def test_a_village_named_as_its_township_right_after_it():
    """04-zhongfang-xinjian (中方县融媒体中心): 今天新建镇新建村大棚蔬菜种植基地种植的首批蔬菜正式上市 (base: no village
    新建村 — 新建 opens no village's name, 新建村级活动场所 being built — and a programme 村大棚蔬菜种植基地); the
    village named as its township is that village; a township that builds village offices keeps no village."""
    doc = extract_text("新建镇新建村:大棚蔬菜种植基地正式生产运营\n中方融媒3月14日讯 今天中方县新建镇新建村大棚蔬菜种植基地"
                       "种植的首批蔬菜正式上市。这标志新建村大棚蔬菜种植基地已正式进入生产运营。")
    assert ("新建村", "新建镇") in _part_of(doc), _part_of(doc)
    assert not any(e.name.startswith("村") for e in doc.entities.values()), doc.entities
    built = extract_text("中方县新建镇\n中方县新建镇新建村级活动场所投入使用,铜湾镇新建村部3个。")
    assert not {"新建村", "新建村部"} & _places(built), _places(built)


def test_villages_listed_beside_a_named_one_whose_stems_are_no_words():
    """01-huitong-baozi (湖南日报 市州): 铺开会同县堡子镇“导览图”,堡子村、黄旗村、胜溪村、茶冲村、上坊村首尾相连 (base:
    胜溪村, 茶冲村, 上坊村 missed — jieba cuts their stems into common characters, so they read as no name);
    siblings of 黄旗村 (named by its township before) are villages of 堡子镇; kinds of village listed so
    (示范村, 先进村) stay no villages."""
    doc = extract_text("会同堡子镇“五村联创”共奔富路\n11月4日,怀化市会同县堡子镇黄旗村,村民正忙着移栽油菜。铺开会同县堡子镇"
                       "“导览图”,堡子村、黄旗村、胜溪村、茶冲村、上坊村首尾相连,近万亩农田平坦连片。")
    assert {("胜溪村", "堡子镇"), ("茶冲村", "堡子镇"), ("上坊村", "堡子镇")} <= _part_of(doc), _part_of(doc)
    kinds = extract_text("会同县堡子镇\n怀化市会同县堡子镇黄旗村,村民正忙着移栽油菜。黄旗村、示范村、先进村都要参加评比。")
    assert not {"示范村", "先进村"} & _places(kinds), _places(kinds)


def test_a_compound_family_name_with_one_given_character_before_speech():
    """08-xiushui-zhengcun (九江日报): “…使之成为全乡的致富花。”征村乡人大主席欧阳观说。 (base: no person — 欧阳观说
    read as one word, the post 主席 held by nobody); the name ends before 说; 欧阳建国说 keeps its four."""
    doc = extract_text("修水县征村乡金丝皇菊\n“下一步,我乡将继续壮大金丝皇菊深加工产业链。”修水县征村乡人大主席欧阳观说。")
    people = {e.name for e in doc.entities.values() if e.type == "Person"}
    assert "欧阳观" in people and "欧阳观说" not in people, people
    four = extract_text("修水县征村乡\n“我乡将继续壮大产业链。”修水县征村乡人大主席欧阳建国说。")
    assert "欧阳建国" in {e.name for e in four.entities.values() if e.type == "Person"}


def test_a_village_stem_before_what_lies_in_it_is_that_village():
    """03-hengyang-daiyingling (中国报道): 中平产业园引进金银花种植产业,由蒸湘区呆鹰岭镇中平村股份经济合作社…合作, …基地一期
    总面积30亩 (base: a place 中平 of no code, from jieba's ns, the figures' subject); the stem of the village the
    text names is that village; a region whose name is a division's short name (江南) stays itself."""
    doc = extract_text("呆鹰岭镇中平产业园\n4月14日,在湖南省衡阳市蒸湘区呆鹰岭镇中平产业园中,镇村干部正忙着培土。中平产业园引进"
                       "金银花种植产业,由蒸湘区呆鹰岭镇中平村股份经济合作社与企业合作,打造金银花产业示范基地,基地一期总面积30亩。")
    assert "中平" not in _places(doc) and "中平村" in _places(doc), _places(doc)
    assert ("中平村", "基地一期总面积") in _metrics(doc), _metrics(doc)
    region = extract_text("江南村发展产业\n某县江南镇江南村成立合作社。江南地区的产业发展很快。")
    assert "江南" in _places(region), _places(region)


def test_a_township_the_profile_adjoins_with_pi_is_no_subject():
    """07-xingguo-chayuan (兴国县 portal): 茶园乡地处兴国县城西北部,东毗隆坪乡,南接高兴镇,西邻均村乡,北界泰和县,乡政府驻地距县城
    35公里 (base: the distance given to 隆坪乡); 毗 is a verb of borders as 邻 and 接 are."""
    doc = extract_text("兴国县茶园乡基本情况\n茶园乡地处兴国县城西北部,东毗隆坪乡,南接高兴镇,西邻均村乡,北界泰和县,乡政府驻地距县城"
                       "35公里,是兴国西部的边远山区乡。全乡辖12个行政村,总户数5034户。")
    got = _metrics(doc)
    assert ("茶园乡", "距县城") in got and not any(s == "隆坪乡" for s, _ in got), got


def test_a_heading_that_introduces_names_no_sector():
    """07-xingguo-chayuan: (一)富足村红薯干加工厂简介 ⏎ 茶园是兴国有名的红薯干之乡,…正常年份销量在100万斤以上,产值达1500万元
    (base: the indicator 富足村红薯干加工厂简介产值); a heading ending in 简介 introduces, it names no sector."""
    doc = extract_text("茶园乡基本情况\n一、基本情况介绍\n(一)富足村红薯干加工厂简介\n茶园是兴国有名的红薯干之乡,是茶园三大传统产业"
                       "之一,正常年份销量在100万斤以上,产值达1500万元,是农民增收致富的重要渠道。")
    got = {m.indicator for m in doc.metrics}
    assert "产值" in got and not any("简介" in i for i in got), got
