"""Round 40 (western40): county and township news of the west and the autonomous regions, from
fresh texts of /tmp/s24/fresh/western40 (Inner Mongolia, Qinghai, Tibet, Xinjiang, Sichuan's
Liangshan, Guangxi): a photo caption with its credit after its full stop read as a caption (its
village placed, its photographer a person), a short place or a jieba place word inside a
transliterated name no place, a community organising its residents found and placed under its
town, 乡党委 the 乡's where the story is set in a 镇, a township written as the table has it the
county's of that name (not another county's street by its old name), a scraped photo's caption
line no part of the next sentence's name, and 全乡/全镇 naming the township described."""
from __future__ import annotations

from conftest import extract_text, relation_pairs

from kg.builder import extract_document
from kg.model import Doc


def _places(doc) -> list[str]:
    return [e.name for e in doc.entities.values() if e.type == "Place"]


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def _subjects(text: str) -> dict[tuple, str | None]:
    """(indicator, value) → subject name of every figure of `text` built as a whole document."""
    res = extract_document(Doc(id="t", source="t.txt", text=text))
    ents = res.entities if isinstance(res.entities, dict) else {e.id: e for e in res.entities}
    return {(m.indicator, m.value): (ents[m.subject].name if m.subject in ents else None) for m in res.metrics}


def test_a_short_caption_with_its_credit_after_its_full_stop_is_a_caption():
    """凉山日报: `布拖县拖觉镇保俩姑尔村彝家新寨。 本报特约记者 俄底尔以 摄` was read as one credit line and
    dropped: no 布拖县, no village (base).  The caption's places and the photographer are read."""
    doc = extract_text("【新春走基层】凉山决战决胜深度贫困脱贫攻坚纪实(上)\n\n"
                       "布拖县拖觉镇保俩姑尔村彝家新寨。 本报特约记者 俄底尔以 摄\n\n"
                       "凉山是全国最大的彝族聚居区、典型的深度贫困地区。\n")
    assert ("保俩姑尔村", "拖觉镇") in relation_pairs(doc, "partOf"), relation_pairs(doc, "partOf")
    assert "布拖县" in _places(doc) and "俄罗斯" not in _places(doc), _places(doc)
    assert "俄底尔以" in _names(doc, "Person"), _names(doc, "Person")


def test_a_jieba_place_word_opening_a_tibetan_name_is_no_place():
    """中国西藏网 边坝县: 农牧民扎西卓嘎正将雄花的花蕊涂抹在雌花上 — 扎西 opens the name 扎西卓嘎
    (base: a Place 扎西)."""
    doc = extract_text("西藏昌都市边坝县草卡镇的温室大棚里，农牧民扎西卓嘎正将雄花的花蕊涂抹在雌花上，"
                       "进行西葫芦授粉作业。")
    assert "扎西" not in _places(doc), _places(doc)
    assert "草卡镇" in _places(doc)


def test_a_county_named_short_inside_a_transliterated_name_is_no_place():
    """德格县 … 牧民莫德格玛: 德格 between two syllables of a name by sound is no 德格县 (base: a
    second mention of 德格县 inside the name)."""
    doc = extract_text("德格县牧民莫德格玛说，今年家里的收入又增加了。")
    ent = next(e for e in doc.entities.values() if e.name == "德格县")
    assert [m.surface for m in doc.mentions if m.key == ent.id] == ["德格县"]


def test_a_community_organising_its_residents_is_placed_under_its_town():
    """塔城市二工镇林海社区组织居民开展…: 社区组织 is no word here, 组织 the community's verb
    (base: no 林海社区)."""
    doc = extract_text("近日，塔城市二工镇林海社区组织居民开展志愿服务活动。")
    assert ("林海社区", "二工镇") in relation_pairs(doc, "partOf"), relation_pairs(doc, "partOf")


def test_a_township_party_committee_is_the_xiang_named_in_its_sentence():
    """玛多县扎陵湖乡卓让村牧委会召开牧民大会，乡党委书记多杰主持 in a story set in a 镇 (二工镇): 乡党委 is
    扎陵湖乡's (base: 二工镇党委)."""
    doc = extract_text("近日，塔城市二工镇林海社区组织居民开展志愿服务活动。\n"
                       "玛多县扎陵湖乡卓让村牧委会召开牧民大会，乡党委书记多杰主持。")
    agencies = _names(doc, "Agency")
    assert "扎陵湖乡党委" in agencies and "二工镇党委" not in agencies, agencies


def test_a_town_written_as_the_table_has_it_is_that_county_s():
    """杭锦后旗辖…团结镇 beside 临河区 (whose 团结街道 was once 团结镇): 杭锦后旗's 团结镇 (base: 团结街道
    of 临河区)."""
    doc = extract_text("杭锦后旗位于巴彦淖尔市河套平原西北部，东与临河区毗邻。杭锦后旗辖9个镇，"
                       "分别为陕坝镇、头道桥镇、二道桥镇、三道桥镇、双庙镇、沙海镇、蒙海镇、蛮会镇、团结镇。")
    assert "团结镇" in _places(doc) and "团结街道" not in _places(doc), _places(doc)
    assert ("团结镇", "杭锦后旗") in relation_pairs(doc, "partOf")


def test_a_photo_caption_line_runs_not_into_the_next_paragraph():
    """田林县: `田林县全景` ⏎⏎ `田林县三产融合乡村振兴示范区项目位于…`: the caption left alone on its line
    is no part of the project's name (base: a Programme 田林县全景田林县三产融合乡村振兴示范区)."""
    doc = extract_text("广西壮族自治区田林县三产融合乡村振兴示范区\n\n"
                       "广西壮族自治区田林县位于广西西北部，属国家乡村振兴重点帮扶县。\n\n"
                       "田林县全景\n\n"
                       "田林县三产融合乡村振兴示范区项目位于田林县潞城乡，全乡行政区域面积777平方公里。\n")
    progs = _names(doc, "Programme")
    assert not any("全景" in p for p in progs), progs


def test_the_whole_township_after_a_project_is_the_township():
    """…项目位于田林县潞城乡，全乡行政区域面积777平方公里，下辖19个行政村: the township's figures, not the
    project's that opens the sentence (base: the programme)."""
    subj = _subjects("田林县三产融合乡村振兴示范区项目位于田林县潞城乡，全乡行政区域面积777平方公里，"
                     "下辖19个行政村110个自然屯。全乡有耕地面积5.3万亩，森林覆盖率达75.6%。")
    got = {k: v for k, v in subj.items() if k[1] in (777, 19, 110, 53000, 75.6)}
    assert got and all(v == "潞城瑶族乡" for v in got.values()), subj


def test_the_whole_town_is_the_town_described_not_its_neighbour():
    """陕坝镇是…旗政府所在地，…北与蛮会镇相邻，辖区面积206平方公里…。全镇总户数5.5万户: 陕坝镇's (base:
    蛮会镇, the neighbour named last, and the banner's 总人口)."""
    subj = _subjects(
        "杭锦后旗位于祖国北疆,内蒙古自治区巴彦淖尔市河套平原西北部,隶属巴彦淖尔市。地处阴山南麓、黄河北岸、乌兰布和沙漠东缘。"
        "地域形状呈三角形,东南隔黄河与鄂尔多斯市杭锦旗相望,北靠乌拉特后旗,东北角连乌拉特中旗,东与临河区毗邻,西和西南与磴口县接壤。"
        "南北长约87公里,东西宽约52公里,总面积1751.53平方公里。杭锦后旗辖9个镇、1个国有农场(下设8个分场),分别为陕坝镇、"
        "头道桥镇、二道桥镇、三道桥镇、双庙镇、沙海镇、蒙海镇、蛮会镇、团结镇、太阳庙农场。107个行政村,1057个村民小组、"
        "17个社区(居委会)。全旗常住人口为20.48万人,其中城镇人口11.27万人。\n  陕坝镇\n  一、镇情概况 \n"
        "  陕坝镇是内蒙古巴彦淖尔市杭锦后旗的旗政府所在地,地处杭锦后旗中东部,东与临河区接壤,南邻二道桥镇,西靠三道桥镇,"
        "北与蛮会镇相邻,辖区面积206平方公里,城区规划面积30平方公里,建成面积15.5平方公里,辖区内有13个社区居民委员会,"
        "72个居民小组,19个行政村、184个自然社。全镇总户数5.5万户,总人口14万多人,城镇人口9.8万多人,农业人口4.6万多人。")
    got = {k: v for k, v in subj.items() if k[1] in (55000, 140000)}
    assert len(got) == 2 and all(v == "陕坝镇" for v in got.values()), subj


def test_the_paragraph_above_a_short_credited_caption_stays_text():
    """澎湃 绥滨县: `松花江畔的绥滨县城。 澎湃新闻记者 朱伟辉 摄` is a caption with its credit; the lead above it
    (位于我国东北角的黑龙江省…) is the story's text, not the photo's caption (base: read as the caption of
    the line it took for a bare credit), and the story led by its province is its county's."""
    doc = extract_text("位于我国东北角的黑龙江省不仅耕地多,省内水资源同样非常丰富。\n"
                       "松花江畔的绥滨县城。 澎湃新闻记者 朱伟辉 摄\n"
                       "这个位于中俄边境、三面环水的小县城内无一山一石。澎湃新闻记者近日在绥滨县永德村采访发现,"
                       "这个小村庄已于2018年底整村脱贫出列,个中经验亦可窥见绥滨县的发展历程。\n"
                       "永德村有640户1841人,是绥滨县第一大村。")
    art = doc.articles[0]
    body = "".join(art.text[s.start:s.end] for s in art.sections if s.kind == "body")
    assert "黑龙江省不仅耕地多" in body, [(s.kind, art.text[s.start:s.end]) for s in art.sections]
    assert [c.credit for c in art.captions] == ["澎湃新闻记者 朱伟辉 摄"], art.captions
    assert doc.entities[art.place].name == "绥滨县"


def test_a_list_of_people_closed_by_its_count_keeps_its_last_name():
    """刚察县: 援青干部高志国、吴建海、白雪亮、王巍、张为骅五人克服高原反应 — 五人 counts the list and
    ends its last name (base: no 张为骅)."""
    doc = extract_text("援青干部深入刚察县各乡镇调研\n近日，来自山东等地的援青干部高志国、吴建海、白雪亮、王巍、"
                       "张为骅五人克服高原反应，深入刚察县五个乡镇开展调研。")
    people = _names(doc, "Person")
    assert {"高志国", "王巍", "张为骅"} <= people, people


def test_the_county_pointed_at_before_a_verb_holds_the_figures_of_its_clauses():
    """金秀: 来宾市委常委、金秀瑶族自治县县委书记韦德斌说,2016年,该县推动…,地区生产总值28.19亿元 — the
    county's (base: 来宾市委's, the committee opening the sentence)."""
    subj = _subjects("“在推进旅游扶贫产业工作中,结合金秀独特的自然资源和民族风情,推动全县各项事业迈上新台阶。”"
                     "来宾市委常委、金秀瑶族自治县县委书记韦德斌说,2016年,该县推动县域经济全面发展,脱贫攻坚扎实有效,"
                     "地区生产总值28.19亿元,其中农林牧渔业增速排名全市第一。")
    assert subj.get(("地区生产总值", 2819000000)) == "金秀瑶族自治县", subj


def test_a_credit_after_a_caption_s_full_stop_names_the_photographer_and_the_registry_s_agency():
    """这是习近平和夫人彭丽媛在人民大会堂同特朗普夫妇合影。新华社记者 兰红光 摄: 兰红光 is a person, and
    新华社 the registry's 新华通讯社, not a second body so named (base: no 兰红光)."""
    doc = extract_text("习近平举行仪式欢迎美国总统特朗普访华\n"
                       "11月9日,国家主席习近平在北京人民大会堂东门外广场举行欢迎仪式。这是习近平和夫人彭丽媛在人民大会堂同"
                       "特朗普夫妇合影。新华社记者 兰红光 摄\n"
                       "国家主席习近平9日在人民大会堂同美国总统特朗普举行会谈。")
    assert "兰红光" in _names(doc, "Person"), _names(doc, "Person")
    orgs = _names(doc, "Organization")
    assert "新华社" not in orgs, orgs
