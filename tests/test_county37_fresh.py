"""county37: county and township news from provinces our texts had not covered (内蒙古 旗/苏木/嘎查,
西藏, 新疆, 青海, 贵州 民族乡, 云南, 黑龙江): the article's own county, county anaphora, village
names and transliterated names (excerpts of real texts, as published)."""
from __future__ import annotations

from conftest import article_place, body_names, extract_text, post_pairs


def _metrics(doc) -> set[tuple[str, str, float]]:
    names = {k: e.name for k, e in doc.entities.items()}
    return {(names.get(m.subject, m.subject), m.indicator, m.value) for m in doc.metrics}


def _places(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Place"}


def test_wo_xian_of_a_delegation_gone_to_a_city_is_the_county_not_the_city():
    """县委书记付宇率我县党政代表团赴浙江省义乌市 (义乌 then named over and over, 浠水 once): 我县 is a
    县, so the story is 浠水县's, never 义乌市's."""
    text = ("浠水县党政代表团赴义乌考察\n"
            "3月8日,县委书记付宇率我县党政代表团赴浙江省义乌市开展招商考察活动。浙江省金华市委常委、义乌市委书记王健陪同考察。\n"
            "我县党政代表团首先考察了浙中农副产品物流中心,该中心是义乌市市场发展集团打造的综合性市场。"
            "付宇要求,要认真学习借鉴义乌建设商贸城的成功经验,充分发挥我县交通区位优势,为浠水经济社会高质量发展作出积极贡献。")
    lead_only = text.split("\n", 1)[1]
    assert article_place("\n" + lead_only) == "浠水县", article_place("\n" + lead_only)


def test_quanxian_in_a_districts_trip_story_is_the_county_described():
    """嘉定工业区's visit to 楚雄州's counties, then 武定县位于…，东邻…禄劝县…，西与元谋县接壤。全县辖11个
    乡镇: 全县 is 武定县 (the 县 whose profile it is), neither 嘉定区 (a district) nor a neighbour."""
    doc = extract_text(
        "\n"
        "日前,嘉定工业区管委会副主任丁根龙一行十人,来到位于云南省楚雄自治州下辖双柏县、牟定县、武定县,了解当地沪滇扶贫协作项目推进落实情况。\n"
        "在接下去的几天中,一行人继续来到武定县和牟定县的下辖几个乡镇,实地查看这里的情况。\n"
        "武定县\n"
        "武定县位于滇中高原北部,隶属楚雄彝族自治州。武定自古就有“省会之藩篱,滇西之右臂”之说,东邻昆明市禄劝县、富民县,南与禄丰县毗邻,西与元谋县接壤,北与四川省会理县隔金沙江相望。\n"
        "县域国土面积3322平方公里,全县辖11个乡镇,133个村民(社区)委员会,1570个村民小组,总人口27.4万人。山区面积占全县总面积的97%,少数民族占总人口的52.17%,其中彝族占29.05%。\n"
        "据了解,武定县是国家第一批重点扶贫开发县,而且在1986年就被评定为国家级深度贫困县。截至目前,是楚雄彝族自治州唯一一个深度贫困县。\n"
        "上海市嘉定区村居工作协会 办公地址:上海市嘉定区塔城路702号(邮编:201800)")
    got = _metrics(doc)
    assert ("武定县", "乡镇", 11) in got and ("武定县", "总人口", 274000) in got, got
    assert not any(s in ("嘉定区", "元谋县", "嘉定工业区") and ind in ("乡镇", "总人口") for s, ind, _ in got), got


def test_no_village_of_a_quantifier_or_a_rank():
    """覆盖了新疆所有行政村和社区 (every village), 永德村…是綏濱縣第一大村 (the largest village): no
    village named 所有行政村 or 第一大村."""
    doc = extract_text("\n已持续5年的新疆“访惠聚”驻村工作开展以来,累计超过35万人次接力驻村,服务基层,覆盖了新疆所有行政村和社区。\n"
                       "永德村有640户1841人,是绥滨县第一大村。")
    places = _places(doc)
    assert "所有行政村" not in places and "第一大村" not in places, places
    assert "绥滨县" in places, places


def test_a_tibetan_name_piece_is_no_place():
    """革吉县布贡村一组的尼玛扎西一家: 扎西 (a town's name in the dictionary) is the second word of a
    herdsman's Tibetan name, no place."""
    doc = extract_text("\n清晨,太阳还未升起,在初冬朦胧的夜色中,革吉县布贡村一组的尼玛扎西一家在帐篷里开始了冬季转场前的准备。\n"
                       "尼玛扎西一家有200只羊、40头牛。")
    places = _places(doc)
    assert "扎西" not in places and "革吉县" in places, places


def test_zuo_ends_a_name_before_a_report():
    """听取镇党委书记贾轶做2022年上半年宣传工作汇报: 做 (as 作) is the verb, the name is 贾轶."""
    doc = extract_text("\n7月15日,奈曼旗委常委、宣传部部长赵志刚一行前往大沁他拉镇调研宣传思想文化工作,镇党委书记贾轶、党委副书记包玉海陪同。"
                       "赵志刚一行首先来到了大沁他拉镇人民政府,并听取镇党委书记贾轶做2022年上半年宣传工作汇报以及下一步工作举措。")
    people = {e.name for e in doc.entities.values() if e.type == "Person"}
    assert "贾轶" in people and "贾轶做" not in people, people


def test_a_three_character_name_before_a_post_is_no_kingdom():
    """听取了该村项目建设汇报,吴国才处长指出: 吴国 (the ancient state, in jieba's dictionary) opens the
    name 吴国才 before his post 处长, no place."""
    doc = extract_text("\n随后,省民委领导与律令村村支两委成员召开了座谈会,听取了该村项目建设汇报,吴国才处长指出:要突出资源优势。")
    assert "吴国" not in _places(doc), _places(doc)


def test_a_listed_name_running_into_a_post_is_none():
    """省民委财务处处长吴国才、党办主任蒙洪敏: 党 is a family name, but 党办主|任 runs into the post
    主任 — the next pair's office and post, no person 党办主."""
    doc = extract_text("\n6月13日,省民委财务处处长吴国才、党办主任蒙洪敏、财务处副调研员杨臻桢等在镇远县委副书记黄明祥的陪同下到尚寨土家族乡进行调研。")
    people = {e.name for e in doc.entities.values() if e.type == "Person"}
    assert "党办主" not in people and {"吴国才", "蒙洪敏", "杨臻桢"} <= people, people


def test_a_six_syllable_mongolian_name_after_a_gacha_secretary():
    """苏尼特左旗巴彦洪格尔嘎查党支部书记阿拉腾巴根那深有感触: the herdsmen's branch secretary's name is
    six transliteration syllables (Altan Bagana), all of it."""
    doc = extract_text("\n长期在牧区生活的苏尼特左旗巴彦洪格尔嘎查党支部书记阿拉腾巴根那深有感触:“我们嘎查土地面积1100多平方公里。”")
    assert ("阿拉腾巴根那", "巴彦洪格尔嘎查党支部") in post_pairs(doc), post_pairs(doc)


def test_a_mongolian_name_ending_in_he_is_whole():
    """嘎查党支部书记那顺孟和带领牧民: 孟和 (Möngke) ends the name; 和 joins nothing here."""
    doc = extract_text("\n苏尼特左旗巴彦洪格尔嘎查党支部书记那顺孟和带领牧民储草。")
    people = {e.name for e in doc.entities.values() if e.type == "Person"}
    assert "那顺孟和" in people and "那顺孟" not in people, people


def test_a_count_of_years_before_an_industry_suffix_is_no_company():
    """东乌珠穆沁旗's report: 牧区常住居民人均可支配收入连续33年位居全区牧业旗县首位 — a rank held for
    33 years, no organisation named …位居全区牧业 (牧业 ends company names elsewhere)."""
    doc = extract_text("\n预计全旗地区生产总值累计完成232.75亿元,年均增长3.56%;城乡常住居民人均可支配收入分别达到44846元和37342元,"
                       "年均增长4.9%和7.2%,牧区常住居民人均可支配收入连续33年位居全区牧业旗县首位。")
    assert not any("牧业" in n for n in body_names(doc)), body_names(doc)


def test_a_county_city_opening_a_list_of_its_leaders_keeps_its_own_organs():
    """浙江省金华市委常委、义乌市委书记王健陪同考察 … 义乌市委常委、市纪委书记、市监委主任傅晓辉 in 浠水县's
    story of its trip: 县委 is 浠水县委, but 市纪委 after 义乌市委 is 义乌市's (a county-level city), not
    浠水's city 黄冈市's;
    and the figures of the market the delegation saw are not 浠水县's."""
    text = ("\n3月8日,县委书记付宇率我县党政代表团赴浙江省义乌市开展招商考察活动。浙江省金华市委常委、义乌市委书记王健陪同考察。\n"
            "我县党政代表团首先考察了浙中农副产品物流中心,该中心是义乌市市场发展集团打造的集农产品批发、仓储、配送于一体的综合性市场,"
            "总投资5.08亿元,占地面积200余亩。考察过程中,付宇要求我县认真学习借鉴义乌打造大物流、大市场的成功经验,为浠水经济社会高质量发展作出积极贡献。\n"
            "义乌市委常委、市纪委书记、市监委主任傅晓辉,县委副书记、副县长时扬参加考察。")
    doc = extract_text(text)
    names = body_names(doc, "Agency")
    assert {"义乌市纪委", "浠水县委"} <= names and "黄冈市纪委" not in names, names
    assert ("浠水县", "总投资", 508000000) not in _metrics(doc), _metrics(doc)


def test_a_places_south_gate_is_no_place():
    """鸡场乡地处西秀区南大门: the township lies at the district's south gate (a figure of speech),
    no place named 南大门."""
    doc = extract_text("\n16、鸡场布依族苗族乡 鸡场乡地处西秀区南大门,距城区约34公里,是一个以布依族、苗族为主的农业乡。")
    assert "南大门" not in _places(doc) and "西秀区" in _places(doc), _places(doc)


def test_quanqu_in_a_county_of_an_autonomous_region_is_the_region():
    """林周县 (西藏): 青稞产量接近全市产量一半,是全区第三个粮食总产过亿斤的农业大县 — 全区 is 西藏自治区,
    not the county (a 县 is never a 区) nor a district named elsewhere."""
    doc = extract_text("\n據林周縣委常委,、副縣長劉靜靜介紹,,林周縣耕地保有量 24.2萬畝,占拉薩市耕地面積的三分之一,,優越的水肥光熱為農作物生長提供了得天獨厚的自然條件,。"
                       "同時,,通過“北水南調”“北畜南養”等方式,,青稞產量接近全市產量一半,是全區第三個糧食總產過億斤的農業大縣,、農牧融合示範縣,,"
                       "拉薩市第一產糧大縣、第二牧業大縣,,被譽為“拉薩糧倉”,,獲評全區“農業強縣(大縣)”稱號。")
    mentions = {(doc.entities[m.key].name, m.surface) for m in doc.mentions if m.key in doc.entities and m.label == "Place"}
    assert ("西藏自治区", "全区") in mentions, mentions
    assert ("林周县", "全区") not in mentions, mentions


def test_a_border_run_of_countries_is_not_the_story_place():
    """绥滨县 (黑龙江): 这个位于中俄边境、三面环水的小县城 — 中|俄 before 边境 bound the county; the
    story is 绥滨县's, not China's (its lead's only places are the two countries)."""
    text = ("位于我国东北角的黑龙江省不仅耕地多,省内水资源同样非常丰富。\n"
            "松花江畔的绥滨县城。 澎湃新闻记者 朱伟辉 摄\n"
            "这个位于中俄边境、三面环水的小县城内无一山一石,两江水的滋养为当地水稻种植提供了得天独厚的条件。澎湃新闻记者近日在绥滨县永德村采访发现,这个小村庄已于2018年底整村脱贫出列,个中经验亦可窥见绥滨县的发展历程。\n"
            "永德村有640户1841人,是绥滨县第一大村。")
    doc = extract_text(text)
    place = doc.entities.get(doc.articles[0].place)
    assert place is not None and place.name == "绥滨县", place
