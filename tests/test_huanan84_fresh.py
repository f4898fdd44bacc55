"""Round 84 (huanan84): ordinary county, town and village news of 福建 (南平 建阳区, 龙岩 永定区), 广东 (汕尾
陆丰市, 梅州 蕉岭县) and 海南 (文昌市, 儋州 新州镇) from fresh texts of /tmp/s26/fresh/huanan84.  Fixes: townships
listed and counted by a bare numeral with no 个 (东海、金厢、碣石三镇17个村: three townships, and no villages
途经东海, 碣石三镇), a route's 途经 opening such a list; common words jieba tags ns read as no place (入海口,
沧海桑田, 碧海, 苏区); a place after 距/离 with a distance in its clause read as the point measured from, no
subject of a town profile's figures (距儋州市区(那大镇)约44公里…总人口8.57万人: the town's); places inside the
items a 包括 lists before a total read as the items' sites, no subject of it (包括…、会文镇沙港村水美乡村工程…,总投资
50.9亿元: 文昌市's); a length's adverb after a verb of works naming no measure (修建长达12公里的旅游公路: 旅游公路,
was 修建长); a size tier between a count and its noun opening the noun (两个8000吨级专用码头, was 个); 写好…四篇文章 read as the idiom of fields worked on, no count."""
from __future__ import annotations

from conftest import extract_text


def _places(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Place"}


def _subjects(doc) -> dict[str, str]:
    return {m.indicator: doc.entities[m.subject].name for m in doc.metrics if m.subject in doc.entities}


def test_townships_counted_by_a_bare_numeral():
    """04-lufeng-binhai-zoulang (陆丰市人民政府网): 示范带全长47公里,途经东海、金厢、碣石三镇17个村(居) (base: villages
    途经东海, 金厢 and 碣石三镇 of no code; now 东海街道, 金厢镇, 碣石镇 of 陆丰市)."""
    doc = extract_text("陆丰推进滨海走廊示范带建设\n陆丰市滨海走廊乡村振兴示范带启动建设以来,示范带全长47公里,"
                       "途经东海、金厢、碣石三镇17个村(居)、覆盖面积100平方公里。")
    got = _places(doc)
    assert {"东海街道", "金厢镇", "碣石镇"} <= got, got
    assert not got & {"途经东海", "碣石三镇", "金厢"}, got


def test_a_bare_count_of_names_no_township_is_no_list():
    """The same shape over words that are no townships of the text's county (南北、东西两乡 of an invented
    county): no township read, as for 等乡镇 with no count."""
    doc = extract_text("陆丰推进示范带建设\n陆丰市示范带途经南北、东西两乡,覆盖面积100平方公里。")
    got = _places(doc)
    assert not got & {"南北", "东西", "东西两乡", "途经南北"}, got


def test_common_words_jieba_tags_ns_are_no_places():
    """07-danzhou-xinzhou, 04-lufeng, 08-jiaoling: 位于北门江和春江入海口, 感沧海桑田, 碧海银滩的蓝色, 推动老区苏区加快发展
    (base: places 入海口, 沧海桑田, 碧海, 苏区)."""
    doc = extract_text("新州镇红树林保护区\n儋州市新英湾红树林保护区位于北门江和春江入海口,长12公里。金厢段确定了“感沧海桑田,"
                       "游文化长廊”的形象定位,将碧海银滩的蓝色融合发展。蕉岭县推动老区苏区加快发展。")
    assert not _places(doc) & {"入海口", "沧海桑田", "碧海", "苏区"}, _places(doc)


def test_the_place_a_distance_is_measured_from_is_no_subject():
    """07-danzhou-xinzhou: 距儋州市区(那大镇)约44公里,距洋浦20公里,…总面积79平方公里,…总人口8.57万人 (base: every
    figure of the town's profile was 那大镇's, the city seat the distance is measured from)."""
    doc = extract_text("儋州新州镇:做大做优特色产业\n新州镇是儋州市的一个镇。距儋州市区(那大镇)约44公里,距洋浦20公里,"
                       "是环新英湾城镇群的主要城镇之一,总面积79平方公里,下辖30个村(居)委会,总人口8.57万人。")
    got = _subjects(doc)
    assert got.get("总人口") == "新州镇" and got.get("总面积") == "新州镇", got


def test_a_place_after_a_distance_word_with_no_distance_stays_the_subject():
    """Negative: 离 with no distance after the place in its clause (儋州市离不开…) leaves the place the subject."""
    doc = extract_text("儋州发展\n儋州市全市总人口105万人。")
    assert _subjects(doc).get("全市总人口", _subjects(doc).get("总人口")) == "儋州市", _subjects(doc)


def test_places_inside_listed_items_are_no_subject_of_their_total():
    """05-wenchang-kaigong (中国侨网): 民生公共服务项目6个,包括航天城市综合体、…、会文镇沙港村水美乡村工程、…,总投资50.9亿元,
    年度计划投资19.24亿元 (base: both totals 沙港村's, the village one project stands in)."""
    doc = extract_text("文昌集中开工17个项目\n1月3日,海南省文昌市2023年度第一批集中开工活动举行。民生公共服务项目6个,包括航天城市"
                       "综合体、文昌市基础教育工程、会文镇沙港村水美乡村工程、海南省文昌市文城镇青山岭公墓修建工程(二期),"
                       "总投资50.9亿元,年度计划投资19.24亿元。")
    got = _subjects(doc)
    assert got.get("总投资") == "文昌市" and got.get("年度计划投资") == "文昌市", got


def test_a_village_opening_its_own_figure_after_a_list_stays_the_subject():
    """Negative: a place opening the figure's own clause after the 包括 list keeps its figure (会文镇完成投资…)."""
    doc = extract_text("文昌新闻\n文昌市开工项目包括航天城市综合体、文昌市基础教育工程,会文镇完成投资300万元。")
    assert _subjects(doc).get("投资") == "会文镇", _subjects(doc)


def test_a_length_adverb_after_a_works_verb_names_no_measure():
    """04-lufeng-binhai-zoulang: 建成长达38.1公里的旅游路 (base: the indicator 陆丰市建成长, and 修建长 for 修建长达…)."""
    doc = extract_text("陆丰新闻\n陆丰市建成长达38.1公里的旅游路。文昌市会文镇修建长达12公里的旅游公路。")
    got = {m.indicator for m in doc.metrics}
    assert {"旅游路", "旅游公路"} <= got, got


def test_a_size_tier_between_a_count_and_its_noun_opens_the_noun():
    """03-lufeng-xiangxian (陆丰政协网): 以及两个8000吨级专用码头及防波堤 (base: the indicator 个, and 该港区建成 for
    建成2个5万吨级泊位): the tier opens the noun counted, as 3条10千伏线路 does."""
    doc = extract_text("汕尾海洋工程基地\n该基地规划有风机综合厂等,以及两个8000吨级专用码头及防波堤。该港区建成2个5万吨级泊位。")
    got = {(m.indicator, m.value) for m in doc.metrics}
    assert ("8000吨级专用码头", 2) in got and ("5万吨级泊位", 2) in got, got


def test_fields_written_well_are_no_count_of_articles():
    """04-lufeng-binhai-zoulang: 着力写好规划、建设、经营、治理四篇文章 (base: a figure 文章 4篇); 写了三篇文章 stays a count."""
    doc = extract_text("陆丰新闻\n陆丰市着力写好规划、建设、经营、治理四篇文章,努力打造示范区。")
    assert not [m for m in doc.metrics if m.unit == "篇"], [(m.indicator, m.value) for m in doc.metrics]
    doc = extract_text("某县新闻\n他今年写了三篇文章。")
    assert [m for m in doc.metrics if m.unit == "篇"], "a count of articles written"
