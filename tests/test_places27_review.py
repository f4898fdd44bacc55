"""Review of round 11's places.

- 香港时间 and 本澳 are written by mainland texts too (珠海市…本澳居民, 广州市…香港时间下午3时): they place
  only an article naming no place of its own; a chief executive's name after 会见 is the guest's.
- 郑州各社区, 北京老小区: a character counting or describing communities keeps the city.
- 青岛市南区域: 区域 (a region), no 市南区."""
from __future__ import annotations

from conftest import relations_of
from kg.builder import extract_document
from kg.model import Doc


def _places(text: str) -> list:
    res = extract_document(Doc(id="t", source="t.txt", text=text))
    return [res.entities[a["place"]].name if a["place"] in res.entities else a["place"]
            for a in res.document["articles"]]


def _place_names(text: str) -> set[str]:
    res = extract_document(Doc(id="t", source="t.txt", text=text))
    return {e.name for e in res.entities.values() if e.type == "Place"}


def test_mainland_texts_writing_sar_words_keep_their_place():
    assert _places("珠海市召开会议，本澳居民可享受优惠。") == ["珠海市"]
    assert _places("广州市政府与香港贸发局签署协议，香港时间下午3时举行。") == ["广州市"]
    assert _places("国家发展改革委主任会见贺一诚一行。") != ["澳门"]


def test_an_acting_chief_executive_still_places_the_release():
    assert _places("行政长官李家超今日前往北京述职。在李家超离港期间，由政务司司长陈国基署理行政长官职务。") == ["香港"]


def test_counted_communities_keep_their_city():
    assert "郑州市" in _place_names("郑州各社区开展核酸检测。")
    assert "北京市" in _place_names("北京老小区加装电梯。")


def test_a_region_word_after_shi_is_no_district():
    assert not any(s == "市南区" for s, _ in relations_of("青岛市南区域协调发展取得成效。", "partOf"))
    assert "市南区" in _place_names("青岛市南区召开会议。")
