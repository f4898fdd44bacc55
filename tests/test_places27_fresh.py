"""Hong Kong and Macao releases, Qingdao district news, village news of the west (places27).

A Hong Kong release on its chief executive's trip (行政长官前往北京述职 … 在李家超离港期间，由政务司司长
署理行政长官职务, signed 香港时间10时30分) was placed in Beijing, a Macao one (行政长官不在澳门期间，
由…临时代理行政长官的职务) in Shanghai, Sichuan or Portugal, and 新华社澳门电 何厚铧抵京 in Beijing: the
title's destination won over the release's own region.  青岛市南区 named only 青岛市 (the walk read
青岛市 and lost 市南区, a district whose name begins with the city's 市), and 济南市中区 beside 枣庄市中区
left both 市中区 unresolved.  来自山南海北的游客 named 山南市 (an idiom jieba tags ns), and a title
opening with its village (曼弄村：茶产业带动群众增收) named no village."""
from __future__ import annotations

from conftest import extract_text, text_doc
from kg.pipeline import Pipeline

_PIPE = Pipeline(("gazetteer", "registry", "numbers", "entities", "resolve"))


def _doc(text: str):
    return _PIPE(text_doc(text))


def _places(text: str) -> dict[str, dict]:
    return {m.surface: m.attrs for m in _doc(text).mentions if m.label == "Place"}


def test_a_hong_kong_release_on_its_chief_executives_trip_is_hong_kongs():
    """离港期间…署理行政长官职务 / 香港时间: the release is Hong Kong's, not the city the chief executive
    goes to; a mainland story on a trip to Beijing stays Beijing's."""
    doc = _doc("行政长官前往北京述职\n行政长官将于明日下午到北京述职，向国家领导人汇报香港最新情况。"
               "在他离港期间，由政务司司长署理行政长官职务。\n2022年12月20日\n香港时间10时30分")
    assert doc.articles[0].place == "place-810000"
    doc = _doc("市长率团赴京对接项目\n近日，市长率团赴北京对接项目，与国家部委座谈。")
    assert doc.articles[0].place == "place-110000"


def test_a_macao_release_on_its_chief_executives_trip_is_macaos():
    """行政长官不在澳门期间，由行政法务司司长临时代理行政长官的职务: Macao's release, wherever he goes."""
    doc = _doc("行政长官赴上海商沪澳合作\n行政长官将于本月21日启程前往上海，与上海市领导会面。"
               "行政长官不在澳门期间，由行政法务司司长临时代理行政长官的职务。")
    assert doc.articles[0].place == "place-820000"
    doc = _doc("行政长官启程前往葡萄牙\n行政长官今晚启程前往葡萄牙，展开官式访问。"
               "行政长官离澳期间，由行政法务司司长临时代理行政长官的职务。")
    assert doc.articles[0].place == "place-820000"


def test_an_arrival_datelined_in_macao_is_macaos():
    """新华社澳门11月3日电 何厚铧…抵达北京: the dateline gives the release's place; an arrival is where
    its subject went.  A Beijing dateline keeps Beijing."""
    doc = _doc("何厚铧抵京出席会议\n新华社澳门11月3日电 全国政协副主席何厚铧今日抵达北京，出席会议。")
    assert doc.articles[0].place == "place-820000"
    doc = _doc("何厚铧抵京出席会议\n新华社北京11月3日电 全国政协副主席何厚铧今日抵达北京，出席会议。")
    assert doc.articles[0].place == "place-110000"


def test_a_district_whose_name_begins_with_its_citys_shi():
    """青岛市南区, 青岛市北区, 济南市中区: the city written short before its district 市南区 (the walk
    read 青岛市 and lost the district); each 市中区 is its own city's; 青岛市市南区 and 青岛市北部 as before."""
    got = _places("标题\n青岛市南区各街道共组织志愿者300余人。")
    assert got["青岛"]["code"] == "370200" and got["市南区"]["code"] == "370202"
    doc = _doc("标题\n青岛市北区、济南市中区、枣庄市中区同步开展活动。")
    codes = [m.attrs.get("code") for m in doc.mentions if m.label == "Place"]
    assert codes == ["370200", "370203", "370100", "370103", "370400", "370402"]
    got = _places("标题\n青岛市北部地区降雨，青岛市市南区开展活动。")
    assert got["青岛市"]["code"] == "370200" and got["市南区"]["code"] == "370202"


def test_idioms_holding_a_short_place_name():
    """来自山南海北的游客, 白山黑水: idioms of "everywhere" and of the north-east, no 山南市 nor 白山市;
    山南市 and 白山 on their own stay."""
    assert not _places("标题\n来自山南海北的游客齐聚昆明，白山黑水间的名山大川。").keys() - {"昆明"}
    got = _places("标题\n山南市召开会议，山南的发展。")
    assert got["山南"]["code"] == "540500"


def test_a_title_opening_with_its_village():
    """曼弄村：茶产业带动群众增收 / 丙凤村——腰包鼓: a title (or heading) that opens with a village's
    name before its colon or dash names the village; 示范村：, 全村： are kinds, no names."""
    assert _places("曼弄村：茶产业带动群众增收\n近年来，该村依托古茶树资源发展茶产业。")["曼弄村"]["level"] == "village"
    assert "丙凤村" in _places("丙凤村——腰包鼓、乡风好\n近年来，全村积极探索发展路径。")
    assert not _places("标题\n他说：示范村：要带头。全村：共有300户。")


def test_a_lake_named_after_its_county():
    """东平湖生态保护, 微山湖治理: the lake (a word of the dictionary), no 东平县 nor 微山县; 江苏湖南两省
    keeps both provinces, 东平县 and 东平 on their own stay the county."""
    text = "标题\n东平县委召开会议，东平湖生态保护，微山湖治理，江苏湖南两省，东平发展。"
    county = [m.surface for m in _doc(text).mentions if m.label == "Place" and m.attrs.get("code") == "370923"]
    assert county == ["东平县", "东平"]
    got = _places(text)
    assert got["江苏"]["code"] == "320000" and got["湖南"]["code"] == "430000"
    assert "微山" not in got


def test_a_gacha_opening_its_clause():
    """巴音塔拉嘎查是我旗新组建的嘎查: Inner Mongolia's village (嘎查, names of up to five characters)
    opening its clause before 是 or its organs; 该嘎查, 全嘎查 are none, nor a resettlement village
    (乌盖苏木移民村: a kind)."""
    got = _places("标题\n巴音塔拉嘎查是我旗新组建的嘎查。哈日朝鲁嘎查党支部召开会议。该嘎查是示范点。")
    assert {"巴音塔拉嘎查", "哈日朝鲁嘎查"} <= set(got) and got["巴音塔拉嘎查"]["level"] == "village"
    assert "移民村" not in _places("标题\n牧民搬迁至乌盖苏木移民村。")


def test_a_chief_executive_receiving_a_mainland_visitor():
    """李家超会见深圳市委书记: the visitor's city is no place of the story, which was placed nowhere; the
    chief executive's name gives his region then (an entity of its own through the whole pipeline, though
    never named).  习近平会见…行政长官李家超 in Beijing stays Beijing's."""
    doc = _doc("李家超会见深圳市委书记\n李家超今日在礼宾府会见深圳市委书记孟凡利一行，双方交换意见。")
    assert doc.articles[0].place == "place-810000"
    doc = _doc("岑浩辉会见广东省委书记\n行政长官岑浩辉今日会见广东省委书记一行，双方就粤澳合作交换意见。")
    assert doc.articles[0].place == "place-820000"
    doc = _doc("习近平会见李家超\n国家主席习近平今天在北京会见来京述职的香港特别行政区行政长官李家超。")
    assert doc.articles[0].place == "place-110000"
    doc = extract_text("李家超会见深圳市委书记\n李家超今日在礼宾府会见深圳市委书记孟凡利一行，双方交换意见。")
    assert doc.articles[0].place == "place-810000" and doc.entities["place-810000"].name == "香港"


def test_a_dateline_with_a_space_before_the_region():
    """中新社 香港12月21日电 行政长官李家超今日抵达北京述职, 中新社澳门十一月二十二日电: the dateline is
    the region's all the same."""
    doc = _doc("李家超抵京述职\n中新社 香港12月21日电 行政长官李家超今日抵达北京述职。")
    assert doc.articles[0].place == "place-810000"
    doc = _doc("何厚铧抵京述职\n中新社澳门十一月二十二日电 澳门特区行政长官何厚铧今日下午抵达北京述职。")
    assert doc.articles[0].place == "place-820000"  # (a date in Chinese numerals)


def test_a_community_whose_name_holds_a_short_place_name():
    """凯都社区与山东头社区: one community's name (山东头), no 山东 and no 头社区; 北京东社区 (a compass
    word) and the street's 山东头社区 after its 街道 as before."""
    got = _places("标题\n凯都社区与山东头社区则将非遗搬进社区。")
    assert "山东" not in got and "头社区" not in got
    got = _places("标题\n青岛市崂山区金家岭街道山东头社区开展活动。")
    assert got["山东头社区"]["level"] == "community"


def test_an_estate_named_after_a_city_abroad():
    """夏宝龙一行下榻新竹苑, 巴黎花园小区: an estate's name, no Hsinchu nor Paris; 台湾新竹 and 巴黎 alone
    stay the cities."""
    got = _places("标题\n夏宝龙一行在澳门期间下榻新竹苑，参观巴黎花园小区。")
    assert set(got) == {"澳门"}
    got = _places("标题\n代表团访问巴黎、东京和台湾新竹。")
    assert {"巴黎", "东京", "新竹"} <= set(got)


def test_a_county_name_shared_by_cities_after_one_of_them():
    """济南市市中区 beside 内江市中区, 北京市朝阳区 beside 长春市朝阳区: the district of the division
    written right before it, not one reading for the whole story."""
    doc = _doc("标题\n内江市中区、济南市市中区召开会议。")
    assert [m.attrs.get("code") for m in doc.mentions if m.surface == "市中区"] == ["511002", "370103"]
    doc = _doc("标题\n北京市朝阳区、长春市朝阳区召开会议。")
    assert [m.attrs.get("code") for m in doc.mentions if m.surface == "朝阳区"] == ["110105", "220104"]
