"""Round 76 (diplomacy76): national diplomatic news (/tmp/s26/fresh/diplomacy76: 新华社 reports of talks
and meetings with foreign heads, 外交部 briefings before a tour, spokesmen's press-conference transcripts,
a forum of China and Latin America).  Fixes: a foreign head named before a post China has none of
(同萨勒总统举行会谈) holds it in the one foreign country of his sentence or the one before (a tour's
briefing takes its countries one by one); the grade of a partnership after two countries' characters
(中巴全面战略伙伴关系) makes them the countries; South–South cooperation is no place; a foreign name of
transliteration characters closed by punctuation after a post is read whole though jieba guessed a place
inside it (德萨马里亚姆: no 马里亚); a name opening two lines of a transcript before a colon is its
speaker (汪文斌：…); the commerce ministry's trade negotiator (国际贸易谈判副代表) is a post; a
country after another country and a dash opens the two countries' joint body (中国-委内瑞拉高级混合委员会:
no organ of 委内瑞拉, a joint mechanism); a ministry after a foreign official and 和 is his country's (美国国务卿蓬佩奥和
财政部长姆努钦), and two officials joined by 和 make no compound ministry (美国贸易代表莱特希泽和财政部)."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def _held(doc) -> set[tuple[str, str]]:
    return {(doc.entities[r.subject].name, doc.entities[r.object].name) for r in doc.relations
            if r.predicate == "holdsPost"}


def test_a_head_named_before_his_post_holds_it_in_the_country_of_the_sentence_before():
    """06 (吹风会 before a tour of 阿联酋, 塞内加尔, 卢旺达): 习近平主席访问塞内加尔是…再次访塞。习近平主席将同
    萨勒总统举行会谈 (base: 萨勒 held the presidency of 阿布扎比, the crown prince's emirate named first)."""
    doc = extract_text("外交部举行中外媒体吹风会\n习近平主席将会见阿布扎比王储穆罕默德,出席欢迎仪式。习近平主席访问塞内加尔是"
                       "中国国家主席时隔9年再次访塞。习近平主席将同萨勒总统举行会谈,并见证签署多项合作文件。")
    held = _held(doc)
    assert ("萨勒", "塞内加尔") in held, held
    assert ("萨勒", "阿布扎比") not in held, held
    # two foreign countries in those sentences: no country is chosen
    two = extract_text("外交部举行中外媒体吹风会\n习近平主席将访问塞内加尔和冈比亚。习近平主席将同萨勒总统举行会谈。")
    assert not any(p == "萨勒" for p, _ in _held(two)), _held(two)


def test_a_president_after_a_visit_to_a_country_written_short():
    """05 (李保东 on a tour of Latin America): 巴西是…拉美国家。访巴期间,习近平主席将同罗塞夫总统举行会谈 (base:
    no person 罗塞夫)."""
    doc = extract_text("外交部副部长介绍访问安排\n巴西是中国在拉美的重要合作伙伴。访巴期间,习近平主席将同罗塞夫总统举行会谈,"
                       "共同总结双边关系发展经验。")
    assert ("罗塞夫", "巴西") in _held(doc), _held(doc)


def test_the_grade_of_a_partnership_makes_two_characters_the_countries():
    """05: 推动新形势下中巴全面战略伙伴关系不断向前发展 (base: a place 中巴 read by jieba's tag)."""
    doc = extract_text("外交部副部长介绍访问安排\n巴西是中国在拉美的重要合作伙伴。双方将推动新形势下中巴全面战略伙伴关系"
                       "不断向前发展。")
    assert "中巴" not in _names(doc, "Place"), _names(doc, "Place")
    assert "巴西" in _names(doc, "Place")


def test_south_south_cooperation_is_no_place():
    """08 (中拉论坛): 并对促进南南合作和世界繁荣进步产生重要而深远的影响 (base: a place 南南合作)."""
    doc = extract_text("中拉论坛部长级会议开幕\n会议的召开对促进南南合作和世界繁荣进步产生重要而深远的影响。")
    assert "南南合作" not in _names(doc, "Place"), _names(doc, "Place")


def test_a_transliterated_name_closed_by_punctuation_is_read_whole():
    """04 (集体会见非洲国家领导人): 埃塞俄比亚总理海尔马里亚姆、… — a name of transliteration characters up to
    the list's 、 is the name whole, though jieba tags 马里亚 ns (base: 德萨 and a place 马里亚)."""
    doc = extract_text("集体会见非洲国家领导人\n刚果共和国总统萨苏、埃塞俄比亚总理德萨马里亚姆、莱索托首相莫西西利等出席会见。")
    held = _held(doc)
    assert ("德萨马里亚姆", "埃塞俄比亚") in held, held
    assert "马里亚" not in _names(doc, "Place"), _names(doc, "Place")
    assert ("萨苏", "刚果（布）") in held and ("莫西西利", "莱索托") in held, held


def test_a_name_opening_two_lines_of_a_transcript_is_the_speaker():
    """03 (外交部例行记者会): 汪文斌：我们注意到有关报道。… 汪文斌：中方注意到… (base: no person 汪文斌)."""
    doc = extract_text("外交部发言人例行记者会\n汪文斌：我们注意到有关报道。中非经贸往来持续紧密。\n"
                       "路透社记者：中方对此有何评论？\n汪文斌：中方注意到相关报道。")
    assert "汪文斌" in _names(doc, "Person"), _names(doc, "Person")
    # a name opening one line only is not read so (a heading, a row)
    once = extract_text("座谈会召开\n王刚：我们要抓好落实。\n李明：要加强协调。")
    assert not {"王刚", "李明"} & _names(once, "Person"), _names(once, "Person")


def test_the_commerce_ministry_s_trade_negotiator_is_a_post():
    """11 (商务部 on a state visit's deals): 中国商务部副部长兼国际贸易谈判副代表俞建华表示 (base: no person
    俞建华: the post after 兼 was unknown, so the chain held no name)."""
    doc = extract_text("商务部举行例行新闻发布会\n中国商务部副部长兼国际贸易谈判副代表俞建华表示,双方商业成果规模更大。")
    assert ("俞建华", "商务部") in _held(doc), _held(doc)


def test_a_commission_of_two_countries_written_with_a_dash_is_no_organ_of_the_second():
    """05: 共同出席中国-委内瑞拉高级混合委员会第十三次会议闭幕式 (base: an agency 委内瑞拉高级混合委员会
    located in 委内瑞拉, the joint commission cut to the second country's)."""
    doc = extract_text("外交部副部长介绍访问安排\n两国元首将共同出席中国-委内瑞拉高级混合委员会第十三次会议闭幕式。"
                       "双方同意继续发挥中国—哈萨克斯坦合作委员会作用。")
    agencies = _names(doc, "Agency")
    assert "委内瑞拉高级混合委员会" not in agencies and "哈萨克斯坦合作委员会" not in agencies, agencies
    # the commission of both is a joint mechanism (joint_forum_heads: 高级混合委员会, 混委会)
    assert "中国—委内瑞拉高级混合委员会" in _names(doc, "Programme"), _names(doc, "Programme")
    # a country's own organ after no dash stays its own
    own = extract_text("会见举行\n王毅会见哈萨克斯坦外交部长。")
    assert "哈萨克斯坦外交部" in _names(own, "Agency"), _names(own, "Agency")


def test_a_second_minister_joined_by_he_is_of_the_first_one_s_country():
    """15 (习近平会见美国经贸团队), in the shape 美国国务卿蓬佩奥和财政部长姆努钦: the ministry after 和 is the
    foreign country's (base: no person 姆努钦, the bare 财政部 read as China's own)."""
    doc = extract_text("会见举行\n国家主席习近平会见美国国务卿蓬佩奥和财政部长姆努钦。")
    held = _held(doc)
    assert ("姆努钦", "美国财政部") in held and ("蓬佩奥", "美国国务院") in held, held
    # a Chinese name after the joiner is no foreign minister
    own = extract_text("会见举行\n王毅会见美国国务卿蓬佩奥和商务部长刘鹤。")
    assert not any(b.startswith("美国商务") for _, b in _held(own)), _held(own)


def test_two_officials_joined_by_he_are_no_compound_ministry():
    """15: 美国贸易代表莱特希泽和财政部长姆努钦 (base: 姆努钦 held a post of a body 美国贸易代表莱特希泽和财政部,
    read as one ministry of two fields, the first a post and a name)."""
    doc = extract_text("会见举行\n国家主席习近平会见来华磋商的美国贸易代表莱特希泽和财政部长姆努钦。")
    bodies = {b for _, b in _held(doc)} | _names(doc, "Agency")
    assert not any("莱特希泽" in b for b in bodies), bodies
    # a ministry of listed fields stays one ministry
    comp = extract_text("会见举行\n王毅会见阿根廷外交、国际贸易和宗教事务部部长卡菲耶罗。")
    assert ("卡菲耶罗", "阿根廷外交、国际贸易和宗教事务部") in _held(comp), _held(comp)
