"""Round 58 (sister58): local foreign affairs and sister cities, from fresh texts of
/tmp/s26/fresh/sister58: a foreign city's mayor named after his city holds no post of the host
city by his bare 市长 later; a foreign council's speaker written bare (议长) holds no post of the
organ the sentence named first; no parliament (国会) from a name glued to 会见; no Korean
division from the level word of a metropolitan city (光州|广域市); no river from the tail of one
written by sound (因迪吉尔|卡河)."""
from __future__ import annotations

from conftest import extract_text, relation_pairs


def _places(doc) -> dict[str, str | None]:
    return {e.name: e.code for e in doc.entities.values() if e.type == "Place"}


def test_a_foreign_mayor_named_after_his_city_holds_no_host_post():
    """黄石 foreign affairs news (fohb.gov.cn): 韩国京畿道议政府市安炳龙市长一行…安炳龙市长表示: the
    mayor of 议政府市 (base: 安炳龙 holdsPost 黄石市, the host city, by the bare 市长)."""
    doc = extract_text("韩国议政府市市长访问黄石\n"
                       "应杨晓波市长邀请,3月15日下午,韩国京畿道议政府市安炳龙市长一行6人抵达黄石,对我市进行正式友好访问。\n"
                       "安炳龙市长表示,议政府市正在着力打造旅游、宜居城市,期待两市通过此次访问加强沟通。")
    posts = relation_pairs(doc, "holdsPost")
    assert ("安炳龙", "黄石市") not in posts, posts
    assert ("杨晓波", "黄石市") in posts  # the host's own mayor keeps his post


def test_a_foreign_speaker_written_bare_holds_no_post_of_the_host_congress():
    """洛阳 congress news (lysrd.henanrd.gov.cn): 市人大常委会主任吴中阳…会见了…韩国扶余郡议长一行,并与议长
    宋福燮女士进行了会谈 (base: 宋福燮 holdsPost 市人大常委会)."""
    doc = extract_text("市人大常委会主任吴中阳会见韩国扶余郡议长\n"
                       "10月29日上午,市人大常委会主任吴中阳在市人大常委会机关会见了应邀前来我市访问的韩国扶余郡议长一行,"
                       "并与议长宋福燮女士进行了会谈。")
    posts = relation_pairs(doc, "holdsPost")
    assert ("宋福燮", "市人大常委会") not in posts, posts
    assert ("吴中阳", "市人大常委会") in posts


def test_no_parliament_from_a_name_glued_to_a_meeting_verb():
    """福建日报 (kantsuu.com): the title 于伟国会见日本冲绳县友好代表团 (base: an Agency 国会 read from
    于伟国|会见)."""
    doc = extract_text("于伟国会见日本冲绳县友好代表团\n"
                       "10日,福建省委书记、省长于伟国在福州会见了由日本冲绳县知事率领的日本冲绳县友好代表团一行。")
    names = {e.name for e in doc.entities.values() if e.type == "Agency"}
    assert "国会" not in names, names
    still = extract_text("会见\n美国国会通过了该法案。")
    assert "美国国会" in {e.name for e in still.entities.values()}


def test_no_korean_division_from_a_metropolitan_city_s_level_word():
    """广州 sister cities news (gz.gov.cn): 韩国光州广域市国际关系大使郑炳厚 (base: a Korean place
    广域市 beside 光州)."""
    doc = extract_text("会见友城嘉宾\n"
                       "参加会见的嘉宾有:韩国光州广域市国际关系大使郑炳厚,吉尔吉斯共和国比什凯克副市长乌兰别克。")
    places = _places(doc)
    assert "广域市" not in places and "光州" in places, places


def test_no_river_from_the_tail_of_a_river_named_by_sound():
    """环球网 on 黑河's new sister district (chinadaily.com.cn): 奥伊米亚康区…地处雅库特以东800公里处、
    因迪吉尔卡河上游: the Indigirka written by sound (base: a river 卡河, jieba's short word)."""
    doc = extract_text("中国黑河市与俄罗斯奥伊米亚康缔结友好城市\n"
                       "奥伊米亚康区位于东西伯利亚,地处雅库特以东800公里处、因迪吉尔卡河上游。")
    assert "卡河" not in _places(doc), _places(doc)
    still = extract_text("会见\n加强黄河流域生态保护。")
    assert "黄河" in _places(still)
