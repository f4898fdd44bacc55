"""places38: places jieba's dictionary tags ns that are no places in government text (a word of
prose, a part of a name written by sound, a person's name in a signature, a notice or a list, a
people), and a short name inside an idiom (excerpts of real texts, as published)."""
from __future__ import annotations

from conftest import extract_text


def _places(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Place"}


def test_luhai_of_the_western_land_sea_corridor_is_no_place():
    """上游新闻: 西部陆海新通道, 陆海联动: 陆海 (land and sea) is prose; 重庆 stays."""
    doc = extract_text("\n从2019年国家发改委印发“总体规划”,到2022年写入党的二十大报告,再到2024年习近平总书记视察重庆、"
                       "提出新要求——如今,西部陆海新通道正不断形成南北贯通、陆海联动、开放共享、辐射有力、协同一体的综合交通运输体系。")
    places = _places(doc)
    assert "陆海" not in places and "重庆市" in places, places


def test_youguan_and_lanhai_are_words_of_prose():
    """能源安全攸关国计民生 (a verb); 一片发展的“蓝海”“热土” (a figure of speech)."""
    doc = extract_text("\n能源安全攸关国计民生和国家安全。这里是希望所在,是一片发展的“蓝海”“热土”。")
    assert not {"攸关", "蓝海"} & _places(doc), _places(doc)


def test_tianshan_nanbei_is_all_of_xinjiang_no_district_of_urumqi():
    """人民日报 西北边疆: 6月的新疆,瓜果飘香。行走天山南北 — no 天山区."""
    doc = extract_text("西北边疆—— 绘就和谐美丽画卷(奋进新征程 建功新时代·大美边疆)\n"
                       "新疆生产建设兵团第六师奇台农场职工在田间劳作。\n王志清摄(影像中国)\n"
                       "新疆伊犁边境管理支队民警为牧民送药并讲解使用方法。\n王 帅摄(影像中国)\n"
                       "新疆布尔津县禾木村景色。\n徐光健摄(人民视觉)\n"
                       "6月的新疆,瓜果飘香。行走天山南北,随处可见祥和繁荣的景象。\n"
                       "5月,新疆和田地区于田县阿热勒乡万方村里,处处是玫瑰花的芳香。")
    places = _places(doc)
    assert "天山区" not in places and "于田县" in places, places


def test_a_part_of_a_dotted_uyghur_name_is_no_place():
    """艾尔肯·吐尼亚孜: 尼亚 is inside the name's second part."""
    doc = extract_text("\n新疆维吾尔自治区主席艾尔肯·吐尼亚孜会见哈萨克斯坦客人。")
    assert "尼亚" not in _places(doc), _places(doc)


def test_a_name_signed_after_an_organ_and_a_space_is_no_place():
    """(澄江市政协 罗加荣): the writer's name; 罗加 no place."""
    doc = extract_text("\n全市上下共同爱河与护河。 (澄江市政协 罗加荣) \n")
    assert "罗加" not in _places(doc), _places(doc)


def test_a_given_name_in_a_list_of_names_is_no_place():
    """李彬、刘正东、高枫: 正东 is a given name."""
    doc = extract_text("\n副主任王伟、李康、彭钊、李彬、刘正东、高枫,秘书长全体出席。")
    assert "正东" not in _places(doc), _places(doc)


def test_a_name_after_a_by_election_is_a_person():
    """补选公保扎西为政协第十二届青海省委员会主席: 扎西 is no place."""
    doc = extract_text("\n会议补选公保扎西为政协第十二届青海省委员会主席。")
    assert "扎西" not in _places(doc), _places(doc)


def test_a_people_and_its_language_are_no_place():
    """鄂伦春和达斡尔较少民族村; “哈什太”是达斡尔语: a people and its language."""
    doc = extract_text("\n该村被黑龙江省民委命名为“鄂伦春和达斡尔较少民族村”称号。“哈什太”是达斡尔语,意为柴草淤积的地方。")
    places = _places(doc)
    assert "达斡尔" not in places and "黑龙江省" in places, places


def test_nantong_among_a_places_borders_is_a_direction_no_city():
    """淤泥彝族乡 …东邻本县的保基,南通羊场,西连鸡场坪: south, it reaches 羊场 — no 南通市 of 江苏."""
    doc = extract_text("\n淤泥彝族乡位于盘县北部,距县城红果88 公里,东邻本县的保基,南通羊场,西连鸡场坪、松河,北依普古等乡镇。"
                       "全乡辖19个村1个居委会,151个村民小组,总人口28263人。")
    places = _places(doc)
    assert "南通市" not in places and "淤泥彝族乡" in places, places
    city = extract_text("\n江苏南通市委书记到南通港调研,南通将加快建设江海联运枢纽。")
    assert "南通市" in _places(city), _places(city)  # the city written short, no borders around it


def test_bare_township_names_closed_by_a_count_of_townships_get_codes():
    """互助县 notice: 项目在东和、东沟、丹麻…台子16个乡(镇)244个村实施 — each bare name is the county's township."""
    doc = extract_text("互助县2020年产业扶贫马铃薯种植项目完成情况公示\n"
                       "互助县2020年产业扶贫马铃薯种植项目已完成种植任务, 项目总投资800万元,"
                       "项目在东和、东沟、丹麻、松多、五十、红崖子沟、哈拉直沟、塘川、东山、西山、蔡家堡、五峰、威远、林川、南门峡、台子"
                       "16个乡(镇)244个村实施,扶持贫困户及边缘户11111户。")
    coded = {e.name: e.code for e in doc.entities.values() if e.type == "Place"}
    assert coded.get("东沟乡") == "630223208" and coded.get("红崖子沟乡") == "630223202" \
        and coded.get("台子乡") == "630223200", coded
    assert "东沟" not in coded and "西山" not in coded, coded
    uncounted = extract_text("互助县2020年产业扶贫项目公示\n互助县今年在东山、西山种植马铃薯,长势良好。")
    assert "东山乡" not in {e.name for e in uncounted.entities.values()}  # no count closes that list


def test_a_county_abroad_is_part_of_the_province_written_before_it():
    """越南高平省广和县: 广和县 is part of 高平(省) as well as of 越南; 老挝…丰沙里省南塔省 (two provinces in a
    row, fresh text of 云南省政协): neither part of the other."""
    doc = extract_text("\n越南高平省广和县代表团访问我县,双方签署合作备忘录。")
    ents = doc.entities
    pairs = {(ents[r.subject].name, ents[r.object].name) for r in doc.relations if r.predicate == "partOf"}
    assert ("广和县", "高平") in pairs and ("广和县", "越南") in pairs, pairs
    laos = extract_text("\n与云南省政协共同签署《中国人民政治协商会议云南省委员会与老挝人民民主共和国丰沙里省南塔省乌多姆赛省琅勃拉邦省建国阵线友好合作备忘录》。")
    ents = laos.entities
    pairs = {(ents[r.subject].name, ents[r.object].name) for r in laos.relations if r.predicate == "partOf"}
    assert not any(a in ("南塔省", "乌多姆赛", "琅勃拉邦省") and b in ("丰沙里", "南塔省", "乌多姆赛") for a, b in pairs), pairs
