"""Village, county, Hong Kong and national-release news (places25): a township written right after
its county that the county's table does not list, given the one township so named in another
county of the province; numbered natural villages after their administrative village's committee;
本港 in Hong Kong's releases; national statistics releases naming no place, left with none.

会昌县永安乡 took 柴桑区's 永安乡 (360404200); 沙古塘村委会组织沙古塘一村、沙古塘三村村民 lost the
numbered villages; 香港特区政府…本港失业率 said nothing of 本港 (a port's report says 本港 of the
port, so only where the text names 香港); 10月份，全国规模以上工业增加值… / 国家统计局… had no
article place though it speaks for the whole country."""
from __future__ import annotations

from conftest import text_doc
from kg.pipeline import Pipeline

_PIPE = Pipeline(("gazetteer", "registry", "numbers", "entities", "resolve"))


def _doc(text: str):
    return _PIPE(text_doc(text))


def _places(text: str) -> dict[str, dict]:
    return {m.surface: m.attrs for m in _doc(text).mentions if m.label == "Place"}


def test_a_township_right_after_its_county_is_that_county_s():
    """会昌县永安乡: 会昌县's table lists no 永安乡, and Jiangxi's one 永安乡 lies in 柴桑区; written
    right after 会昌县 it is 会昌县's township (no code), and the story is 会昌县's."""
    text = "会昌县永安乡开展人居环境整治\n近日，会昌县永安乡组织干部群众清理村庄垃圾。"
    got = _places(text)["永安乡"]
    assert got["code"] is None and got["parent_key"] == "place-360733"
    assert _doc(text).articles[0].place == "place-360733"
    # 海原县兴仁镇: the town moved to 沙坡头区 of the same city is the one the table lists there
    assert _places("标题\n海原县兴仁镇组织干部群众植树。")["兴仁镇"]["code"] == "640502109"


def test_numbered_villages_after_their_administrative_village():
    """沙古塘村委会组织沙古塘一村、沙古塘三村村民: natural villages named by the administrative
    village's stem and a numeral are villages of it."""
    got = _places("博白县开展清洁行动\n近日，沙河镇沙古塘村委会组织沙古塘一村、沙古塘三村村民开展清洁行动。")
    assert got["沙古塘一村"]["level"] == "village" and got["沙古塘三村"]["level"] == "village"
    assert "沙古塘三村" in _places("标题\n近日，沙河镇沙古塘村委会组织沙古塘三村村民开展清洁行动。")


def test_this_port_in_a_hong_kong_release_is_hong_kong():
    """香港特区政府…本港失业率: Hong Kong's releases call it 本港; a port's report naming no 香港
    says 本港 of the port."""
    assert _places("标题\n香港特区政府今日宣布，本港失业率下降至3.0%。")["港"]["code"] == "810000"
    assert "港" not in _places("宁波舟山港吞吐量创新高\n今年前10个月，本港完成集装箱吞吐量3000万标准箱。")


def test_a_national_release_naming_no_place_is_china_s():
    """10月份，全国规模以上工业增加值… (国家统计局): a release naming no place and speaking for the
    whole country is China's; a text speaking as a place (全县) or 全国 as an honour (创建全国文明城市)
    is not."""
    doc = _doc("2023年10月份规模以上工业增加值增长4.6%\n10月份，全国规模以上工业增加值同比实际增长4.6%。")
    assert doc.articles[0].place == "place-iso-CN" and doc.entities["place-iso-CN"].name == "中国"
    doc = _doc("国家统计局发布10月份居民消费价格数据\n10月份居民消费价格同比下降0.2%。")
    assert doc.articles[0].place == "place-iso-CN"
    doc = _doc("区工委会议召开\n5月10日，区工委会议召开，传达学习国务院办公厅文件精神。")
    assert doc.articles[0].place is None  # (a district's meeting relaying a central organ's document)
    assert _doc("动员大会召开\n会议要求，全力创建全国文明城市。").articles[0].place is None
    assert _doc("标题\n10月份，全国规模以上工业增加值增长4.6%，全县工业稳中有升。").articles[0].place is None


def test_a_national_release_naming_places_by_one_character_is_china_s():
    """1-7月份，全国规模以上工业企业…外商及港澳台商投资企业…: 港澳台 written by one character each
    are kinds of investors, no place of the story's; the release is the country's."""
    doc = _doc("标题\n1-7月份，全国规模以上工业企业利润增长17.1%。外商及港澳台商投资企业利润增长7.5%。")
    assert doc.articles[0].place == "place-iso-CN"


def test_a_county_seat_town_named_after_its_county():
    """霸州镇营上村 (霸州市 never named, 全市 only): the one township of the country named by its
    county's short name is that county's seat town; 平山镇, which six counties have, stays uncoded."""
    got = _places("霸州镇营上村旧貌换新颜\n全市重点工作开展以来，霸州镇营上村村两委积极谋划。")
    assert got["霸州镇"]["code"] == "131081100"
    assert _places("标题\n平山镇召开会议。")["平山镇"]["code"] is None


def test_a_village_opening_a_clause_before_its_committee_written_short():
    """沙古塘村委会组织… (村委会 sharing the village's 村): the village opens its clause before its
    committee, with its numbered villages after it; 全体村委会成员 names none."""
    got = _places("标题\n近日，沙古塘村委会组织沙古塘一村、沙古塘三村村民开展清洁行动。")
    assert got["沙古塘村"]["level"] == "village" and got["沙古塘三村"]["level"] == "village"
    assert not _places("标题\n会后，全体村委会成员参加。")
