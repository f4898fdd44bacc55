"""Round 51 (rural51): rural revitalisation news from fresh texts of /tmp/s26/fresh/rural51 (东西部协作,
消费帮扶, 驻村工作队, the seven bodies' 推进会): a bare unit in a person's chain is the unit of the body that
chain opens with, not of the body the sentence's list opened with (全国妇联党组成员、书记处书记); 驻 opening a
word of resident work (驻村, 驻点) makes the character before it no country (以驻村工作队: no Israel);
pairing up, mobilising and helping end the noun counted before them (社会组织结对帮扶, 省市动员)."""
from __future__ import annotations

from conftest import extract_text, post_pairs


def _places(doc) -> dict[str, str | None]:
    return {e.name: e.code for e in doc.entities.values() if e.type == "Place"}


def _metrics(doc) -> set[tuple[str, float]]:
    return {(m.indicator, m.value) for m in doc.metrics}


def test_a_bare_unit_is_the_unit_of_its_own_chain_s_body():
    """农业农村部 推进会 (nyncw.cq.gov.cn): 农业农村部副部长刘焕鑫，…全国妇联党组成员、书记处书记杜芮，中国科协专职副主席、
    书记处书记孟庆海: the federation's and the association's 书记处 (base: 农业农村部书记处 for both)."""
    doc = extract_text("七部门召开推进会\n7月14日,农业农村部联合全国妇联、中国科协召开视频会议。农业农村部副部长刘焕鑫,"
                       "全国妇联党组成员、书记处书记杜芮,中国科协专职副主席、书记处书记孟庆海出席会议并讲话。")
    pairs = post_pairs(doc)
    assert ("杜芮", "中华全国妇女联合会书记处") in pairs and ("孟庆海", "中国科学技术协会书记处") in pairs, pairs
    assert not any(body == "农业农村部书记处" for _, body in pairs)
    assert ("刘焕鑫", "农业农村部") in pairs


def test_resident_work_after_a_country_character_is_no_mission():
    """抚州市教育体育局 消费帮扶 (cqyfdl.com): 组建了以驻村工作队为主体、村委及村干部为成员的产业帮扶工作专班: 以 is
    "by", no Israel (base: 以色列, iso-IL, from 以+驻 read as Israel's side); 其中驻村第一书记 likewise no China."""
    doc = extract_text("消费帮扶显浓情\n江西省抚州市教育体育局组建了以驻村工作队为主体、村委及村干部为成员的产业帮扶工作专班。"
                       "全县选派干部120名,其中驻村第一书记35名。")
    places = _places(doc)
    assert "以色列" not in places and "中国" not in places, places
    mission = extract_text("美方发表声明\n俄驻华大使会见了有关方面负责人。")
    assert "俄罗斯" in _places(mission)  # a mission abroad still read


def test_pairing_mobilising_and_helping_end_the_counted_noun():
    """央视网 东西部协作 2023: 东部8个省市动员5760家企业、1561个社会组织结对帮扶西部地区7452个村; 东部8个省市帮助
    西部10个省区市73.1万名农村劳动力实现就业: 社会组织 and 省市 (base: 社会组织结, 省市动员, 省市帮助西部)."""
    doc = extract_text("东西部协作取得新进展\n东部8个省市动员5760家企业、1561个社会组织结对帮扶西部地区7452个村。"
                       "东部8个省市帮助西部10个省区市73.1万名农村劳动力实现就业。")
    got = _metrics(doc)
    assert ("社会组织", 1561) in got and ("省市", 8) in got, got
    assert not any(ind in ("社会组织结", "省市动员", "省市帮助西部") for ind, _ in got)
    assert ("结对村", 50) in _metrics(extract_text("结对帮扶\n全县共有50个结对村。"))


def test_a_village_posting_with_a_comma_before_the_verb():
    """内蒙古自治区中医医院 (nmgzyyy.com): 选派药学部副主任李烨到赤峰市巴林左旗碧流台镇东方红村,担任驻村第一书记:
    李烨 is 东方红村's first secretary (base: the comma before 担任 lost the post)."""
    doc = extract_text("消费帮扶\n2023年,内蒙古自治区中医医院选派药学部副主任李烨到赤峰市巴林左旗碧流台镇东方红村,"
                       "担任驻村第一书记,旨在促进消费助农扶农。")
    assert ("李烨", "东方红村") in post_pairs(doc), post_pairs(doc)


def test_a_foreign_name_opening_a_banner_named_is_no_country():
    """内蒙古自治区中医医院: 东方红村位于…赤峰市巴林左旗…林东毛谷小米、玉米碴、巴林石雕等特色产业: 巴林 is the banners'
    stone, no Bahrain (base: 巴林, iso-BH)."""
    doc = extract_text("消费帮扶\n东方红村位于内蒙古自治区赤峰市巴林左旗。林东毛谷小米、玉米碴、农家散养鸡、巴林石雕等特色产业"
                       "的发展,带动了农民增收。")
    assert _places(doc).get("巴林") != "iso-BH", _places(doc)
    assert _places(extract_text("外交部发言人\n巴林外交大臣访华。")).get("巴林") == "iso-BH"  # the country elsewhere


def test_a_numeral_before_townships_counts_them():
    """东南网 2017-08-07: 晋江与长汀九乡镇签订结对帮扶协议 晋江再捐2000万; …等9个乡镇分别与长汀9个乡镇签订结对帮扶协议:
    no township 九乡镇 of 长汀县, the counted noun is 乡镇 and the gift is in 元 (base: a place 九乡镇, 乡镇签订结,
    再捐 2000万 with no unit)."""
    doc = extract_text("晋江与长汀九乡镇签订结对帮扶协议 晋江再捐2000万\n8月5日,晋江市党政代表团到长汀县开展对口帮扶"
                       "互访活动。晋江安海镇、陈埭镇、英林镇等9个乡镇分别与长汀9个乡镇签订结对帮扶协议。")
    assert "九乡镇" not in _places(doc), _places(doc)
    got = {(m.indicator, m.value, m.unit) for m in doc.metrics}
    assert ("乡镇", 9, "个") in got and ("再捐", 20000000, "元") in got, got


def test_jd_is_the_company():
    """福清|寿宁 (ndwww.cn): 福清市将与京东合作召开‘元洪国际产业园招商会’，由京东帮助做产品宣传和推广: the company
    (base: a place 京东 read by jieba's ns tag)."""
    doc = extract_text("福清|寿宁:合作谋发展\n9月10日,福清市将与京东合作召开招商会,由京东帮助做产品宣传和推广。")
    assert "京东" not in _places(doc), _places(doc)
    assert any(e.name == "京东集团" and e.type == "Organization" for e in doc.entities.values())


def test_an_as_of_month_end_not_reached_by_publication_is_the_year_told_of():
    """央视网 2024-11-09: 2023年，在协作双方共同努力下…。截至11月底，东部8个省市向西部10个省区市投入财政援助资金231.9亿元:
    the end of November had not come on 9 November 2024, so it is 2023's, the year the text told of (base: 2024-11-30)."""
    doc = extract_text("2023年东西部协作取得新进展新成效\n发布时间:2024-11-09\n央视网消息:记者从农业农村部了解到,2023年,"
                       "在协作双方共同努力下,东西部协作取得新进展、新成效。截至11月底,东部8个省市向西部10个省区市投入"
                       "财政援助资金231.9亿元,县均投入5187万元。")
    periods = {m.indicator: m.period for m in doc.metrics}
    assert periods.get("财政援助资金") == "2023-11-30", periods


def test_a_side_of_the_county_seat_and_the_distance_to_a_spot():
    """统战部驻村工作队典型经验材料 (天镇县): 该村位于天镇县城南约20公里处: no place 城南 (县城|南) and no figure of
    20公里, the distance to where the village lies (base: a place 城南, a metric 位于天镇县城南 20 公里)."""
    doc = extract_text("驻村工作队典型经验材料\n该村位于天镇县城南约20公里处,距离贾家屯乡政府驻地8公里。全村总面积6997亩,"
                       "其中耕地面积2600亩。")
    assert "城南" not in _places(doc) and "天镇县" in _places(doc), _places(doc)
    got = _metrics(doc)
    assert ("耕地面积", 2600) in got and not any(v == 20 for _, v in got), got
    built = extract_text("道路建设\n全县新建农村公路20公里处于全市前列。")
    assert any(v == 20 for _, v in _metrics(built))  # 处 opening a word of its own: the length built stays


def test_a_rare_family_name_yao():
    """抚州市教育体育局 消费帮扶: 市教育体育局驻村第一书记尧春明表示: a person of the family 尧, holding the post the
    bureau stationed him in (base: no person at all)."""
    doc = extract_text("消费帮扶显浓情\n来源:抚州市教育体育局\n市教育体育局驻村第一书记尧春明表示,将继续落实消费帮扶措施。")
    assert any(e.name == "尧春明" and e.type == "Person" for e in doc.entities.values())
    assert any(p == "尧春明" for p, _ in post_pairs(doc)), post_pairs(doc)


def test_a_field_edge_before_in_the_village_is_no_village():
    """北京日报 草帽书记 (怀柔区中榆树店村): 因总是戴着草帽忙碌在地头村里…到全村拥有65家民俗院: no village 地头村 (地头|村里),
    and the guest houses are 中榆树店村's (base: a village 地头村, the subject of 65家民俗院)."""
    doc = extract_text("草帽书记的乡村振兴四部曲\n出城一路北行140公里,来到怀柔区喇叭沟门满族乡中榆树店村。彭兴利是中榆树店村"
                       "党支部书记,因总是戴着草帽忙碌在地头村里,全心全意为村民谋福利。从带头开搞民俗旅游,到全村拥有65家民俗院。")
    assert "地头村" not in _places(doc) and "中榆树店村" in _places(doc), _places(doc)
    names = {e.id: e.name for e in doc.entities.values()}
    assert {names.get(m.subject) for m in doc.metrics if m.value == 65} == {"中榆树店村"}
    assert "李家村" in _places(extract_text("驻村\n工作队常驻在李家村里。"))  # a family's name before 村里 stays a village


def test_an_age_before_three_characters_makes_them_a_name():
    """兴化市新垛镇港西村: 68岁的张本全在我渔我乐民宿上班: no place 张本 read by jieba's ns tag inside a person's name."""
    doc = extract_text("港西村民宿\n68岁的张本全在我渔我乐民宿上班,管理养护民宿区的绿化。")
    assert "张本" not in _places(doc), _places(doc)


def test_customs_and_flower_fields_are_no_places():
    """镇安县青铜关镇丰收村 (163.com): 还可实地感受传统结婚和拜寿仪式; rural tourism's 千亩花海: no places 拜寿, 花海
    (base: both, by jieba's ns tag)."""
    doc = extract_text("丰收村融文于旅\n镇安县青铜关镇丰收村还原传统结婚和拜寿仪式,打造千亩花海,吸引游客。")
    places = _places(doc)
    assert "拜寿" not in places and "花海" not in places and "丰收村" in places, places
