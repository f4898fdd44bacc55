"""County and township news of Jiangxi, Guangxi, Gansu, Yunnan and Xinjiang, and foreign-affairs
announcements (places29).

A ministry's announcement of a state visit opened with the guest (应国家主席习近平邀请，缅甸联邦共和国
总统廷觉将于4月6日至11日对中国进行国事访问): the story was placed in the guest's country, named first
in the lead, though the visit, and the briefing, are China's.  Landscape nouns jieba's dictionary
tags ns (山间桃园里, 漫步河畔, 荷塘边) were read as regions: an orchard, a bank, a pond; Taiwan's 桃园市
is kept by its full name in the world names."""
from __future__ import annotations

from conftest import text_doc
from kg.pipeline import Pipeline

_PIPE = Pipeline(("gazetteer", "registry", "numbers", "entities", "resolve"))


def _doc(text: str):
    return _PIPE(text_doc(text))


def _places(text: str) -> dict[str, dict]:
    return {m.surface: m.attrs for m in _doc(text).mentions if m.label == "Place"}


def test_a_state_visit_to_china_is_chinas_story():
    """应…邀请，X国总统将于…对中国进行国事访问 / 将访华 / 来华: the guest's country named before the
    visit is not where the story happens; China is."""
    doc = _doc("应国家主席习近平邀请，法国总统马克龙将于4月5日至7日对中国进行国事访问。\n"
               "问：法国外长昨天表示，法方将加强合作。\n答：中方欢迎法方的积极表态。")
    assert doc.articles[0].place == "place-iso-CN"
    doc = _doc("应国务院总理邀请，越南总理将于6月25日至28日来华出席论坛并对中国进行正式访问。")
    assert doc.articles[0].place == "place-iso-CN"


def test_a_title_announcing_a_visit_to_china():
    """坦桑尼亚总统哈桑将访华 (a title): the guest's country is not the story's place."""
    doc = _doc("坦桑尼亚总统哈桑将访华\n外交部发言人28日宣布：应国家主席习近平邀请，"
               "坦桑尼亚总统哈桑将于11月2日至4日对中国进行国事访问。")
    assert doc.articles[0].place == "place-iso-CN"


def test_a_visit_abroad_stays_the_hosts():
    """习近平抵达巴黎，开始对法国进行国事访问: a visit to another country is no visit to China; the
    rule leaves it alone."""
    doc = _doc("国家主席习近平抵达巴黎，开始对法国进行国事访问。")
    assert doc.articles[0].place != "place-iso-CN"


def test_landscape_nouns_tagged_ns_are_no_regions():
    """山间桃园里, 漫步河畔, 荷塘边, 江畔, 修筑海塘: orchards, banks, ponds, no places."""
    for text in ("村民们在山间桃园里采摘鲜桃。", "市民漫步河畔，欣赏荷塘美景。", "江畔步道建成开放。",
                 "沿海各地加固海塘。", "全村桃林满园，果香四溢。"):
        assert not _places(text), text


def test_taiwans_taoyuan_by_its_full_name():
    """台湾桃园市: the city of Taiwan, by its full name; a township 桃园镇 stays the table's."""
    got = _places("台湾桃园市举行活动。")
    assert got["桃园市"]["country"] == "TW"
    assert "桃园镇" in _places("他在桃园镇调研。")
