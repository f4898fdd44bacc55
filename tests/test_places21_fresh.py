"""Hong Kong and Macao releases, county reports from Gansu, Qinghai, Jilin, Guizhou (places21):
short forms inside the names of national offices, Kowloon, numbered schools, idioms, and people
whose given names are continents.

A Macao government release opens with 中央港澳工作办公室主任、国务院港澳事务办公室主任…抵达本澳:
the 港 of the offices' names was read as Hong Kong, and the release became Hong Kong's, while
本澳 (this Macao) said nothing.  A Hong Kong release on 九龙 (Kowloon) named Sichuan's 九龙县.  A
county's 六中新校区 (its sixth middle school) was a place 六中, 寿比南山 (an idiom) a mountain,
钟南山院士 a mountain too, and the expert 吕亚洲 in a list of experts the continent Asia."""
from __future__ import annotations

from conftest import text_doc
from kg.pipeline import Pipeline

_PIPE = Pipeline(("gazetteer", "registry", "numbers", "entities", "resolve"))


def _doc(text: str):
    return _PIPE(text_doc(text))


def _places(text: str) -> dict[str, dict]:
    return {m.surface: m.attrs for m in _doc(text).mentions if m.label == "Place"}


def test_short_forms_inside_an_offices_name_are_no_places():
    """国务院港澳事务办公室主任: 港 and 澳 belong to the office's name (as 上海 in 中国人民银行上海总部),
    no Hong Kong the release is about (the place was 香港 in a text on Macao)."""
    doc = _doc("标题\n中央港澳工作办公室主任、国务院港澳事务办公室主任夏宝龙今日抵达本澳，展开考察调研。"
               "夏宝龙在中央政府驻澳门特区联络办公室主任的陪同下，与澳门特区主要负责人交流。")
    places = [m for m in doc.mentions if m.label == "Place"]
    assert not any(m.attrs.get("code") == "810000" for m in places)
    assert doc.articles[0].place == "place-820000"


def test_this_macao_names_macao():
    """本澳居民: Macao's own releases call it 本澳 (this Macao); 本澳门大学 is no such short form."""
    assert _places("标题\n本澳居民可于明日起申请。")["澳"]["code"] == "820000"
    assert "澳" not in _places("标题\n该基金会资助本澳门大学学生。")


def test_kowloon_in_a_hong_kong_text_is_no_sichuan_county():
    """香港特区政府…住在九龙的市民: Kowloon, a region of Hong Kong (it was 九龙县 of Sichuan); a text
    that names neither Hong Kong nor Sichuan keeps its place 九龙 (the county, as before), and so does
    a Sichuan text."""
    got = _places("标题\n香港特区政府发言人表示，九龙城区将加强巡查。住在九龙的市民可到社区会堂领取。")
    assert got["九龙"].get("code") != "513324" and got["九龙"].get("country") == "HK"
    assert "九龙" in _places("标题\n住在九龙的人都知道。")
    assert _places("标题\n四川省甘孜州九龙县召开会议，九龙发展迅速。")["九龙"]["code"] == "513324"


def test_a_numbered_school_is_no_place():
    """六中新校区, 九中扩建: the sixth and ninth middle schools of the county, no place 六中."""
    got = _places("标题\n甘谷县确保六中新校区、九中扩建工程秋季投入使用。")
    assert "六中" not in got and "九中" not in got and "甘谷县" in got


def test_idioms_and_academicians_are_no_mountains():
    """寿比南山 is a birthday wish; 钟南山院士 an academician (a person's title after the name)."""
    assert not _places("标题\n寿比南山，福如东海，老人们欢度重阳。")
    assert "钟南山" not in _places("标题\n钟南山院士表示，疫情可防可控。")


def test_a_listed_expert_named_after_a_continent_is_no_continent():
    """专家组潘伟行、陈涛、吕亚洲、张勇: 吕亚洲 is an expert among people; a list of places keeps
    亚洲 (中国与印度、亚洲、非洲国家)."""
    assert "亚洲" not in _places("标题\n省内外专家组潘伟行、陈涛、吕亚洲、张勇参加调研。")
    assert "亚洲" in _places("标题\n中国与印度、亚洲、非洲国家加强合作。")


def test_a_foreign_organs_short_form_stays_its_country():
    """越南外交部长与广西…会谈 (a title): 越 of the foreign ministry is Vietnam, the place of the
    talks; only China's own offices (港澳办, 台办) hold no place of the text."""
    doc = _doc("越南外交部长与广西壮族自治区政府主席举行会谈\n外交部长黎怀忠高度评价韦韬及多位广西领导选择越南作为首访国家。")
    assert doc.articles[0].place == "place-iso-VN"


def test_listed_counties_of_the_province_are_read_beside_a_county_of_another_city():
    """龙江县 (of 齐齐哈尔) … 先进县分别为肇东、望奎、宝清: a list of the province's counties by short
    name, each its county (only the counties of 龙江's own city were read); a short name opening a
    longer item (、恩平公所, an association) and a county's township (上杭县…古田、蛟洋) stay out."""
    got = _places("标题\n龙江县位于黑龙江省西部。这些县分别为五常、肇东、龙江、望奎、宝清。")
    assert got["肇东"]["code"] == "231282" and got["望奎"]["code"] == "231221" and got["宝清"]["code"] == "230523"
    assert "古田" not in _places("标题\n上杭县召开会议，古田、蛟洋、步云等乡镇负责人参加。")


def test_a_given_name_after_a_family_name_before_a_report_is_no_place():
    """张本锋通报, 吴国玉一行: a family name, a place word of the dictionary and one character
    before what a person does (通报, 汇报, 一行) make a person's name, no 张本 nor 吴国."""
    assert "张本" not in _places("标题\n会上，张本锋通报了全县安全生产情况。")
    assert "吴国" not in _places("标题\n吴国玉一行来到该村调研。")


def test_hong_kong_estates_and_districts():
    """到長安邨探望: 長安邨 is an estate of Kwai Tsing, no 长安区 of Xi'an (whose officials the Home
    Affairs officers became); 葵青民政事務專員 names the district 葵青 (葵青区) by its customary name."""
    got = _places("标题\n局長在葵青民政事務專員陪同下，到長安邨探望雙老家庭。")
    assert not any(a.get("code") == "610116" for a in got.values())
    assert "葵青" in got


def test_a_paper_named_after_a_region_is_no_place():
    """据陇东报报道, (西海全媒体记者): the paper and the media centre are named after the region;
    the region is no place of the text."""
    assert "陇东" not in _places("标题\n据陇东报报道，西峰区推进项目建设。")
    assert "西海" not in _places("标题\n（西海全媒体记者 季蓉）代表们热议乡村振兴。")


def test_a_company_opening_with_the_academys_short_form_is_no_place():
    """立兰酒庄、中科嘉业、凯盛浩丰等企业: 中科 (the Academy of Sciences, short) opens a company's
    name; the dictionary's ns tag made it a place."""
    assert "中科" not in _places("标题\n副书记深入立兰酒庄、中科嘉业、凯盛浩丰等企业调研。")


def test_a_county_listed_with_its_townships_is_the_articles_place():
    """永吉县口前镇、一拉溪镇和万昌镇获得前三名: the county is written against its first township, so
    it is an item of the list too; the county holds every listed place and is the story's place
    (it was the province, the nearest division above the county)."""
    assert _doc("标题\n永吉县口前镇、一拉溪镇和万昌镇获得总分前三名。").articles[0].place == "place-220221"
    assert _doc("标题\n岑巩县天星乡、水尾镇负责人作了表态发言。").articles[0].place == "place-522626"


def test_people_of_county_news_named_like_provinces():
    """种粮大户张吉林介绍, 村民张吉林介绍: a family name, a province's short name and what a person does —
    the grower, no Jilin; 吉林表示 (no family name before it) stays the province."""
    assert "吉林" not in _places("标题\n种粮大户张吉林介绍，今年玉米丰收。")
    assert "吉林" not in _places("标题\n村民张吉林介绍，今年玉米丰收。")
    assert _places("标题\n吉林表示将加大投入。")["吉林"]["code"] == "220000"


def test_a_reporter_in_a_byline_is_no_state_abroad():
    """本报记者 马兰州, 记者马兰州报道: the reporter, no state written by sound (马兰|州); 美国马里兰州
    stays Maryland."""
    assert not _places("标题\n本报记者 马兰州\n全县粮食喜获丰收。")
    assert not _places("标题\n记者马兰州报道：全县粮食喜获丰收。")
    assert "马里兰州" in _places("标题\n据了解，美国马里兰州发生火灾。")


def test_a_road_built_to_a_village_names_no_village_opening_with_the_verb():
    """该县新修兴隆村至大洋村公路: the county built a road; 新修兴隆村 is no village (it was one, read
    after 该县); 走进该镇东岳村 still names its village."""
    assert "新修兴隆村" not in _places("标题\n该县新修兴隆村至大洋村公路12公里。")
    assert "东岳村" in _places("标题\n走进该镇东岳村，村民正在忙碌。")


def test_a_list_of_rivers_names_no_county_by_short_name():
    """左江、右江、邕江 (rivers in a Nanning story): a 、 list takes its counties by short name only
    when another item of it is a division too (五常、肇东、宝清); 右江 here is no 右江区 of 百色市."""
    text = "南宁市将对辖区内的邕江及其上游左江、右江河段的采砂权实行招投标。左江、右江、邕江正常水位时的河岸为禁采区。"
    assert not any(e.name == "右江区" for e in _doc(text).entities.values())
