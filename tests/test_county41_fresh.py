"""Round 41 (county41): county, township and street news from fresh texts of
/tmp/s25/fresh/county41 and round 40's street stories (Shanghai 虹口/杨浦, Hebei 宣化): a 街道 written
with its street's 街 (天泰寺街街道), without its estate's 新村 (凉城街道) or by its customary name
(川北街道), each read in its own district only; no city read from an estate named after it (鞍山四村,
延吉四村), no village before 街 (新村街) and no community after an adverb and a verb (不断改善社区)."""
from __future__ import annotations

from conftest import extract_text, relation_pairs

from kg.builder import extract_document
from kg.model import Doc


def _places(doc) -> dict[str, str | None]:
    return {e.name: e.code for e in doc.entities.values() if e.type == "Place"}


def test_a_street_office_named_after_its_street_is_the_table_s_street():
    """宣化区 news: 区政府党组副书记张国庆一行到天泰寺街街道调研指导工作: the table's 天泰寺街道 of 宣化区
    (base: no 街道 at all)."""
    doc = extract_text("张国庆到天泰寺街街道调研指导工作\n"
                       "河北省张家口市宣化区召开会议。2018年10月6日上午区政府党组副书记张国庆一行到天泰寺街街道调研指导工作。"
                       "街道党工委书记杨文智陪同。")
    assert _places(doc).get("天泰寺街道") == "130705001", _places(doc)
    assert ("天泰寺街道", "宣化区") in relation_pairs(doc, "partOf")


def test_street_offices_by_their_customary_names_in_their_district():
    """虹口区: 局班子成员分别带队前往川北街道山三居委、宝安居委和凉城街道广凉居委: 四川北路街道 and
    凉城新村街道 of 虹口区 (base: a place 川北, no 凉城)."""
    doc = extract_text("区绿化市容局开展居民区走访慰问活动\n"
                       "上海市虹口区绿化市容局开展居民区走访慰问活动,局班子成员分别带队前往川北街道山三居委、"
                       "宝安居委和凉城街道广凉居委,深入社区。")
    places = _places(doc)
    assert places.get("四川北路街道") == "310109017" and places.get("凉城新村街道") == "310109016", places
    assert "川北" not in places
    elsewhere = extract_text("街道召开会议\n浙江省杭州市召开会议,凉城街道负责同志参加。")
    assert "凉城新村街道" not in _places(elsewhere)  # read in its own district only


def test_an_estate_named_after_a_city_is_no_city():
    """杨浦区: 副区长李亚萍到延吉市新村街孔江路645弄居委会 (a typo for 延吉新村街, so 延吉市 is written) …
    听取了区社区建设办公室、延吉新村街、孔江路645弄和延吉四村居委会关于睦邻中心的汇报: the estate 延吉四村
    is none of 延吉市 (base: 四村居委会 partOf 延吉市)."""
    doc = extract_text("副区长调研睦邻中心建设\n"
                       "上海市杨浦区召开会议。2月11日上午,副区长李亚萍到延吉市新村街孔江路645弄居委会,调研睦邻中心建设。"
                       "听取了区社区建设办公室、延吉新村街、孔江路645弄和延吉四村居委会关于睦邻中心建设情况的汇报。")
    assert not any(parent == "延吉市" for _c, parent in relation_pairs(doc, "partOf")), relation_pairs(doc, "partOf")


def test_a_village_word_before_a_street_is_no_village():
    """杨浦区: 副区长李亚萍到延吉市新村街孔江路645弄居委会 (a typo of 延吉新村街): no village 新村 (base:
    新村 partOf 延吉市)."""
    doc = extract_text("副区长调研睦邻中心建设\n"
                       "上海市杨浦区召开会议。2月11日上午,副区长李亚萍到延吉市新村街孔江路645弄居委会,调研睦邻中心建设。")
    assert "新村" not in _places(doc), _places(doc)


def test_an_adverb_and_verb_before_community_is_no_community():
    """虹口区四川北路街道不断改善社区硬件环境: no community 不断改善社区 (base: one, part of the 街道)."""
    doc = extract_text("四川北路街道改善社区环境\n虹口区四川北路街道不断改善社区硬件环境,引导居民积极参与。")
    assert "不断改善社区" not in _places(doc), _places(doc)
    assert "四川北路街道" in _places(doc)


def test_a_web_page_s_bar_after_the_byline_role_is_no_part_of_the_name():
    """央视新闻 (一四三团): 记者丨卢心雨 杨新禹: the reporters 卢心雨 and 杨新禹 (base: 丨卢心雨)."""
    doc = extract_text("习近平新疆行丨兵团焕新颜 走进八师石河子市一四三团\n"
                       "7月13日,习近平总书记来到八师石河子市一四三团考察。\n"
                       "记者丨卢心雨 杨新禹")
    people = {e.name for e in doc.entities.values() if e.type == "Person"}
    assert {"卢心雨", "杨新禹"} <= people and "丨卢心雨" not in people, people


def test_a_corps_regiment_after_its_division_and_city_is_a_place_of_that_city():
    """央视新闻: 习近平总书记来到八师石河子市一四三团考察。一四三团始建于1950年,前身是中国人民解放军第二十二兵团
    九军二十六师七十七团,全团人口3.67万人: 一四三团 part of 石河子市, its population its own (base: no regiment,
    the figure 中国's); the army's 二十六师七十七团 is no regiment of the corps."""
    text = ("习近平新疆行丨兵团焕新颜 走进八师石河子市一四三团\n"
            "7月13日,习近平总书记来到八师石河子市一四三团考察。\n"
            "一四三团始建于1950年,前身是中国人民解放军第二十二兵团九军二十六师七十七团,全团人口3.67万人,由21个民族构成。")
    doc = extract_text(text)
    assert ("一四三团", "石河子市") in relation_pairs(doc, "partOf"), relation_pairs(doc, "partOf")
    assert "七十七团" not in _places(doc)
    subjects = {m.indicator: doc.entities[m.subject].name for m in doc.metrics.values() if m.subject in doc.entities} \
        if isinstance(doc.metrics, dict) else {m.indicator: doc.entities[m.subject].name for m in doc.metrics if m.subject in doc.entities}
    assert subjects.get("全团人口") == "一四三团", subjects


def test_a_regiment_after_its_division_alone_is_of_the_division_s_city():
    """第一师八团位于阿拉尔市境内 (团镇概况): 八团 part of 阿拉尔市, the city 第一师 governs (base: none)."""
    doc = extract_text("团镇概况\n第一师八团位于阿拉尔市境内,创建于1958年,前身是1957年3月组建的兵团乌库公路筑路指挥部水利工程处一团。")
    assert ("八团", "阿拉尔市") in relation_pairs(doc, "partOf"), relation_pairs(doc, "partOf")
    assert "一团" not in _places(doc)


def test_a_slope_between_compass_points_and_an_emigrants_word_are_no_places():
    """团镇概况: 全团地势西高东低,总体平坦 (no 西高东); 中新网福建: 明溪县是福建“旅欧第一县” (no 旅欧)
    (base: both places, jieba's ns)."""
    doc = extract_text("中新社福建分社在三明开展调研采访\n"
                       "全团地势西高东低,总体平坦,东西长18公里。明溪县是福建“旅欧第一县”和“海西新侨乡”。")
    places = _places(doc)
    assert "西高东" not in places and "旅欧" not in places, places
    assert "明溪县" in places


def test_a_paired_aid_story_is_the_aided_place_s():
    """津和相拥情意深: 五年来,天津援疆累计实施项目389个 … 和田天津高级中学: the story is 和田地区's, 天津 the helper
    (base: placed in 天津市, and 三个一 implemented there)."""
    doc = extract_text("津和相拥情意深\n"
                       "五年来,天津援疆累计实施项目389个,投入资金26.83亿元。按照大力实施“三个一”工程,改善民生的基本思路,"
                       "和田天津高级中学、科技兴果富农、引进培育龙头企业等标准示范工程一批批成果跃于眼前。")
    place = doc.entities.get(doc.articles[0].place)
    assert place is not None and place.name == "和田地区", place
    assert ("三个一", "天津市") not in relation_pairs(doc, "implementedIn")
    home = extract_text("宜宾市对口支援藏区工作领导小组会议召开\n"  # (places39) the helper's own meeting, at home
                        "7月24日,宜宾市对口支援藏区工作领导小组会议召开。市委书记杨冬生出席会议。"
                        "四川省委、省政府作出了宜宾市承担新一轮对口援建甘孜州雅江县、新龙县的决策部署。")
    assert home.entities[home.articles[0].place].name == "宜宾市"


def test_a_lead_speaking_as_the_county_visited_is_that_county_s_story():
    """寿宁县融媒体中心 (a page without a title): 市委宣传部常务副部长蔡道华,…宁德市广播电视台台长林妃…深入我县
    融媒体中心开展调研 … 寿宁县融媒体中心紧扣县委、县政府中心工作: the story is 寿宁县's, the county 我县 is
    (base: 福建省, a province the text never names)."""
    text = ("9月12日,市委宣传部常务副部长蔡道华,市委宣传部副部长、宁德市广播电视台台长林妃,市委宣传部副部长黄其辉"
            "深入我县融媒体中心开展调研。县委常委、宣传部部长项忠红陪同。 调研组一行详细了解了我县融媒体中心的硬件设施。"
            " 据了解,今年以来,寿宁县融媒体中心紧扣县委、县政府中心工作,持续讲好新时代寿宁故事,传播寿宁声音。")
    res = extract_document(Doc(id="t", source="t.txt", text=text))
    places = {a["place"] for a in res.document["articles"]}
    assert {res.entities[p].name for p in places if p in res.entities} == {"寿宁县"}, places


def test_a_helper_s_aid_body_is_not_located_in_the_helper():
    """117名天津援疆干部爱洒天山 (round 40's 于田 story): 天津援疆指挥部副总指挥张书忠说: the headquarters work in
    和田, so 天津 is no place they are located in (base: 天津援疆指挥部 locatedIn 天津市)."""
    doc = extract_text("117名天津援疆干部爱洒天山 舍小家顾大家\n"
                       "天津援疆指挥部副总指挥张书忠说,我们一定坚守岗位,为促进和田地区社会稳定和长治久安做出应有贡献。")
    located = relation_pairs(doc, "locatedIn")
    assert not any(place == "天津市" for _b, place in located), located
    home = extract_text("李锦斌李国英会见西藏山南市党政代表团\n"  # (places39) the helper's office at home
                        "11月20日下午,省委书记李锦斌、省长李国英会见了来皖考察的西藏山南市党政代表团一行并座谈。"
                        "省发展改革委、省援藏援疆办主任张韶春会见时在座。")
    assert ("安徽省援藏援疆办", "安徽省") in relation_pairs(home, "locatedIn"), relation_pairs(home, "locatedIn")
