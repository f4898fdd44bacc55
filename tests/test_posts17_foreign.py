"""Foreign officials in diplomatic news (posts17, lead): a foreign name after a post ends where the
verbs of a meeting begin (同俄罗斯外长拉夫罗夫|会面, 同美国国务卿布林肯|通电话) and a Chinese one before
即将/正在 (王毅|即将参加); a foreign ministry's head written through its name (哥伦比亚外交部|长特鲁希略,
美国国务院发言人…) is a post of that ministry with the transliterated name after it.  Sentences in the
shape of foreign-ministry briefings (names illustrative)."""
from __future__ import annotations

from kg.builder import extract_document
from kg.model import Doc


def _posts(text: str):
    res = extract_document(Doc(id="t", source="t.txt", text=text))
    names = {k: e.name for k, e in res.entities.items()}
    people = {e.name for e in res.entities.values() if e.type == "Person"}
    return people, {(names.get(r.subject), names.get(r.object)) for r in res.relations if r.predicate == "holdsPost"}


def test_a_foreign_name_ends_before_the_verb_of_a_meeting():
    people, _ = _posts("他目前正在同俄罗斯外长拉夫罗夫会面。")
    assert people == {"拉夫罗夫"}
    people, _ = _posts("外交部长王毅同美国国务卿布林肯通电话。")
    assert people == {"王毅", "布林肯"}
    people, _ = _posts("国家主席习近平同法国总统马克龙会谈。")
    assert "马克龙" in people and not any(p.endswith("会谈") for p in people)


def test_a_chinese_name_ends_before_soon():
    people, _ = _posts("国务委员兼外交部长王毅即将出席二十国集团外长会。")
    assert people == {"王毅"}


def test_the_head_of_a_foreign_ministry_written_through_its_name():
    people, held = _posts("应国务委员兼外交部长王毅邀请，哥伦比亚外交部长特鲁希略将于12月12日访华。")
    assert "特鲁希略" in people
    assert ("特鲁希略", "哥伦比亚外交部") in held
    people, held = _posts("俄罗斯外交部长拉夫罗夫会见了中方代表团。")
    assert ("拉夫罗夫", "俄罗斯外交部") in held


def test_a_name_ends_before_yu_and_a_date():
    """中国国家主席习近平于2017年7月3日…, 所罗门群岛总理梅纳西·索加瓦雷于…: 于 opens the time, never a given name's end."""
    people, _ = _posts("应俄罗斯总统普京邀请，中国国家主席习近平于2017年7月3日至4日对俄罗斯进行国事访问。")
    assert {"习近平", "普京"} <= people and not any(p.endswith("于") for p in people)
    people, _ = _posts("所罗门群岛总理梅纳西·索加瓦雷于2023年7月9日至15日对中华人民共和国进行正式访问。")
    assert "梅纳西·索加瓦雷" in people


def test_a_foreign_minister_named_again_with_the_bare_post_holds_no_chinese_ministry():
    """哥伦比亚外交部长特鲁希略…。特鲁希略外长访华…: 外长 after his name is his own country's post again."""
    _, held = _posts("哥伦比亚外交部长特鲁希略将于12月12日访华。特鲁希略外长访华是两国重要交往安排之一。")
    assert ("特鲁希略", "哥伦比亚外交部") in held and ("特鲁希略", "外交部") not in held
    _, held = _posts("外交部长王毅会见俄罗斯外长拉夫罗夫。王毅外长表示，中方愿同俄方加强合作。")
    assert ("王毅", "外交部") in held  # (China's minister keeps his)


def test_an_envoy_holds_his_post_in_the_mission():
    """中国驻加拿大大使王镝, 中国驻美大使崔天凯, 驻澳大利亚大使陈育明 (China's, its name unwritten), 美国驻华
    大使伯恩斯, 瑞典驻上海总领事林博: the post is held in the mission of the sending country there."""
    assert ("王镝", "中国驻加拿大大使馆") in _posts("中国驻加拿大大使王镝表示，愿同各方分享机遇。")[1]
    assert ("崔天凯", "中国驻美国大使馆") in _posts("中国驻美大使崔天凯致辞。")[1]
    assert ("陈育明", "中国驻澳大利亚大使馆") in _posts("驻澳大利亚大使陈育明会见侨界代表。")[1]
    assert ("伯恩斯", "美国驻华大使馆") in _posts("美国驻华大使伯恩斯出席活动。")[1]
    assert ("林博", "瑞典驻上海总领事馆") in _posts("瑞典驻上海总领事林博出席活动。")[1]
    _, held = _posts("驻村第一书记王强走访农户。")
    assert not any(b and b.endswith(("大使馆", "总领事馆")) for _, b in held)


def test_a_foreign_minister_named_first_by_the_bare_post_holds_no_chinese_ministry():
    """特鲁希略外长访华…。哥伦比亚外交部长特鲁希略…: the bare post before his full title, too."""
    _, held = _posts("特鲁希略外长访华是两国重要交往。哥伦比亚外交部长特鲁希略将于12月12日访华。")
    assert ("特鲁希略", "外交部") not in held and ("特鲁希略", "哥伦比亚外交部") in held
