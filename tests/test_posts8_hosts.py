"""Posts in a host's meeting with foreign guests, the way provincial papers write them: the title
names the visitor's country (省长王伟中会见乌克兰外长库列巴), but 省长, 省委书记, 省政府秘书长 are the
host province's, the place of the Chinese divisions the story names; a consul-general stationed in
a Chinese city (瑞典驻上海总领事) holds no post in that city.  Sentences written in that shape."""
from __future__ import annotations

from conftest import held_posts, text_doc
from kg.pipeline import Pipeline

_PIPE = Pipeline(("layout", "sentences", "gazetteer", "registry", "numbers", "entities", "resolve", "posts"))


def posts(text: str) -> set[tuple]:
    """(person, body, post) of every post held."""
    return {held[:3] for held in held_posts(_PIPE(text_doc(text)))}


def test_a_bare_head_post_is_the_hosts_when_the_title_names_the_visitors_country():
    got = posts("省长李华会见匈牙利外长一行\n5月12日,省长李华在杭州会见匈牙利外长一行。"
                "李华对客人到访浙江表示欢迎。")
    assert ("李华", "浙江省", "省长") in got


def test_relative_organs_are_the_hosts_not_a_city_the_guests_name():
    got = posts("张明会见芬兰客人\n本报讯 昨天,省委书记张明在福州会见了芬兰驻广州总领事一行。"
                "会见时,省政府秘书长刘东在座。")
    assert ("张明", "福建省委", "书记") in got
    assert ("刘东", "福建省人民政府", "秘书长") in got
    assert not {p for p in got if p[1].startswith("广州")}


def test_a_consul_stationed_in_a_city_holds_no_post_there():
    got = posts("市长会见外宾\n3月2日,市长王刚在成都会见法国驻成都总领事马丁。")
    assert not {p for p in got if p[1] == "成都市" and p[2] == "总领事"}
    assert ("王刚", "成都市", "市长") in got


def test_a_full_name_of_the_dictionary_before_a_verb_is_a_name():
    """应国务院总理李强邀请: jieba's dictionary lists 李强 as a full name (nrfg); 邀请 ends it."""
    got = posts("外交部发言人宣布\n应国务院总理李强邀请,越南政府总理范明政将于下周访华。")
    assert ("李强", "国务院", "总理") in got
