"""Township and village news of the west, Hong Kong and Macao releases, expo stories (places26): a
city's short name glued by jieba to its county (陇南康县); 中山's 街道 named 西区/东区 written without
街道, and 攀枝花's districts of those names away from 攀枝花; a village before its verb 组织; 整村
(the whole village) and 大湾区 (the Greater Bay Area written short); 本港 in a release naming only
特区政府; 我市 in a story about the expo it went to in another city.

甘肃陇南康县 lost 陇南 (jieba reads 陇|南康县); 中山市西区 / 西区妇联 took 攀枝花's 西区 (510403);
沙古塘村组织村民 lost the village (组 after 村 read as 村组); 中卫市采取整村搬迁 made a village 采取整村;
大湾区标准 made a region 大湾; 特区政府今日公布，本港失业率 had no place; 广交会在广州开幕，我市…参展
made the story (and 我市) 广州's."""
from __future__ import annotations

from conftest import text_doc
from kg.pipeline import Pipeline

_PIPE = Pipeline(("gazetteer", "registry", "numbers", "entities", "resolve"))


def _doc(text: str):
    return _PIPE(text_doc(text))


def _places(text: str) -> dict[str, dict]:
    return {m.surface: m.attrs for m in _doc(text).mentions if m.label == "Place"}


def test_a_city_short_name_before_its_own_county():
    """甘肃陇南康县: jieba reads 陇|南康县, yet 康县 lies in 陇南市, so 陇南 right before it is the city."""
    got = _places("标题\n近日，甘肃陇南康县组织干部群众植树。")
    assert got["陇南"]["code"] == "621200" and got["康县"]["code"] == "621224"
    assert _places("标题\n甘南夏河县召开会议。")["甘南"]["code"] == "623000"


def test_a_district_named_street_written_without_its_suffix():
    """中山市西区, 中山市人民政府西区办事处, ，西区妇联召开: 中山's 西区街道; 西区 inside a phrase of a
    中山 story (会议在西区召开) is none, and never 攀枝花's district unless 攀枝花 is named."""
    got = _places("中山市西区开展消防演练\n近日，西区街道组织开展消防演练。")
    assert got["西区"]["code"] == "442000004"
    assert _places("标题\n中山市人民政府西区办事处组织开展消防演练。")["西区"]["code"] == "442000004"
    assert _places("标题\n中山市东区、南区联合开展消防演练。")["东区"]["code"] == "442000002"
    # 中山|市南区 by jieba (Qingdao's district): right after 中山市 it is 中山's 南区街道
    assert _places("标题\n中山市南区召开会议。")["南区"]["code"] == "442000005"
    assert "西区" not in _places("中山市召开会议\n会议在西区召开。")
    assert "中区" not in _places("中山市召开会议\n会议在南区召开，北区、中区代表参加。")  # the middle part
    assert _places("攀枝花市西区召开会议\n近日，西区召开经济工作会议。")["西区"]["code"] == "510403"


def test_a_village_before_its_verb_organise():
    """沙河镇沙古塘村组织村民…: 组 after 村 opens the village's verb (组织 and whom it organises), not
    村组; 加强基层村组织建设 stays the village organisations."""
    got = _places("标题\n近日，博白县沙河镇沙古塘村组织党员开展志愿服务。")
    assert got["沙古塘村"]["level"] == "village"
    assert not any(a.get("level") == "village" for a in _places("标题\n沙河镇加强基层村组织建设。").values())


def test_the_whole_village_is_no_village():
    """中卫市采取整村搬迁的方式: 整村 (the whole village) is a manner, no village 采取整村."""
    got = _places("标题\n中卫市采取整村搬迁的方式安置群众。")
    assert not any(a.get("level") == "village" for a in got.values())


def test_the_bay_area_written_short():
    """大湾区标准: the Greater Bay Area written short, not a region 大湾."""
    got = _places("标题\n政府目标是让它成为大湾区标准。")
    assert "大湾" not in got and got["大湾区"]["level"] == "region"


def test_this_port_in_a_release_naming_only_the_sar_government():
    """特区政府今日公布，本港失业率…: Macao's releases say 本澳, a port's report has no 特区政府."""
    doc = _doc("特区政府公布最新失业率\n特区政府今日公布，本港经季节性调整的失业率为3.0%。")
    assert doc.articles[0].place == "place-810000"
    doc = _doc("宁波舟山港吞吐量创新高\n今年前10个月，本港完成集装箱吞吐量3000万标准箱。")
    assert doc.articles[0].place != "place-810000"


def test_the_expo_venue_is_not_our_city():
    """广交会在广州开幕，我市共有86家企业参展: 广州 is where 我市 went, neither the story's place nor
    我市; a city's own meeting held at home (全市经济工作会议在宜昌召开，我市…) stays the city's."""
    doc = _doc("我市企业亮相广交会\n第134届广交会在广州开幕，我市共有86家企业参展，意向成交额3亿美元。")
    assert doc.articles[0].place != "place-440100"
    assert not any(m.surface == "我市" and m.label == "Place" for m in doc.mentions)
    doc = _doc("全市经济工作会议召开\n近日，全市经济工作会议在宜昌召开，我市将加快发展。")
    assert doc.articles[0].place == "place-420500"


def test_a_village_after_its_township_and_de():
    """上察隅镇的西巴村, 新桥镇的大罗村: 的 between a township and its village, the village's name after
    it passing the test of a name after 驻 (镇的中心村, 镇的贫困村, 镇的各村 name none)."""
    got = _places("标题\n林芝市察隅县上察隅镇的西巴村是珞巴族聚居行政村。")
    assert got["西巴村"]["level"] == "village" and got["西巴村"]["parent_key"] == "place-540425101"
    got = _places("标题\n博鳌镇的中心村和贫困村都通了公路，上察隅镇的各村开展活动。")
    assert not any(a.get("level") == "village" for a in got.values())


def test_a_province_short_name_a_prefecture_shares_is_context():
    """海南推动美丽乡村试点建设 / 琼中湾岭镇…: 海南 (also Qinghai's 海南州) is the province, as the
    gazetteer reads it, so Hainan's county 琼中 written short is that county and 湾岭镇 its town; in a
    story about 青海 海南 stays the prefecture and adds no Hainan county."""
    got = _places("海南推动美丽乡村试点建设\n琼中湾岭镇岭脚村村民在政府的帮助下种桑养蚕。")
    assert got["琼中"]["code"] == "469030" and got["湾岭镇"]["code"] == "469030101"
    got = _places("青海海南州召开会议\n近日，海南州共和县召开会议，琼中湾岭镇岭脚村村民参加。")
    assert "琼中" not in got


def test_this_region_after_a_verb_of_meeting_is_no_guest():
    """行政长官会见多个本澳社团代表: 本澳 names the release's own region, never the guests' (a title's
    深圳市宝安区考察团 after 会见 stays the guests')."""
    doc = _doc("行政长官会见多个本澳社团代表\n行政长官岑浩辉会见多个团体代表，欢迎各社团主动提出有利澳门稳定发展的政策措施。")
    assert doc.articles[0].place == "place-820000"
    doc = _doc("县委书记李明会见深圳市宝安区考察团\n近日，县委书记李明在宁乡会见了深圳市宝安区考察团一行。")
    assert doc.articles[0].place == "place-430182"


def test_a_village_somebody_comes_from():
    """来自罗布村的老领导: the village after 来自, as for townships; 城中村 (an urban village: 走进城中村,
    来自城中村) is a kind, no village's name."""
    assert _places("标题\n这位来自罗布村的老领导已经在村委会工作了37年。")["罗布村"]["level"] == "village"
    assert "城中村" not in _places("标题\n参赛队员来自城中村、农村和贫困村，工作组走进城中村。")


def test_idioms_of_everywhere_are_no_regions():
    """来自天南地北的西吉人, 天南海北的朋友, 三山五岳: idioms the dictionary tags ns, no region."""
    got = _places("标题\n来自天南地北的游客，天南海北的朋友，三山五岳的风光。")
    assert not {"天南地北", "天南海北", "三山五岳"} & set(got)
