"""Round 101 (shengming101): joint statements and communiqués — 中华人民共和国和XX国联合声明 / 联合公报 with the
United Arab Emirates (2024), Brazil (2015, 2024), Viet Nam (2013, the 2023 联合新闻公报), Saudi Arabia (the
2014 communiqué of the crown prince's visit) and the 2014 中国—东盟 leaders' meeting chairman's statement,
from Xinhua reprints, the foreign ministry's site and provincial news sites (fresh texts of
/tmp/s26/fresh/shengming101).  Fixes: China's 中 and a partner's one character that jieba tags ns (中巴命运共同体,
中巴建交50年来) is the pair of countries where the text names the partner in full, no region of its own
(中亚, 中南地区 stay); a post word written across two other words (沙特阿拉伯王国|王储: 国王 between 王国 and
王储, another post running past it) is no post, so no person 储兼副 after it; a foreign premier named again with a bare
post (国务院总理李强同范明政总理举行会谈) keeps the government the text gave him first, not 国务院; and 了 after an
attend verb is the verb's (出席了中巴工商界峰会), never the first character of the event."""
from __future__ import annotations

from conftest import extract_text, post_triples


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def test_china_and_partner_short_pair_is_no_place():
    """02-brazil-2024: the title's …更可持续星球的中巴命运共同体的联合声明, 双方一致认为，中巴建交50年来，两国关系经受住…考验 and 中巴关系进入历史最好时期, in a statement that
    names 巴西联邦共和国 (base: a Place 中巴 with no code, four mentions; 03-brazil-2015 the same).  Central Asia
    (中亚, a place's own name) and 中南地区 (China's own region) stay places though 南非 is named."""
    doc = extract_text("中华人民共和国和巴西联邦共和国关于携手构建更公正世界和更可持续星球的中巴命运共同体的联合声明\n"
                       "应巴西联邦共和国总统邀请，习近平于2024年11月20日对巴西进行国事访问。双方一致认为，中巴建交50年来，"
                       "两国关系始终保持积极发展。")
    places = _names(doc, "Place")
    assert "中巴" not in places
    assert {"中国", "巴西"} <= places
    doc = extract_text("中越联合声明\n中越双边合作指导委员会第六次会议举行，越南代表出席。")
    assert "中越" not in _names(doc, "Place")
    doc = extract_text("区域合作\n中亚地区合作不断加强，南非代表出席。中南地区经济平稳发展。")
    assert {"中亚", "中南"} <= _names(doc, "Place")


def test_king_read_across_kingdom_and_crown_prince_is_no_post():
    """06-saudi-2014: 沙特阿拉伯王国王储兼副首相、国防大臣萨勒曼·本·阿卜杜勒阿齐兹·阿勒沙特亲王殿下…对中国进行了正式访问
    (base: 国王 read between 王国 and 王储, a person 储兼副 after it; 王国王储萨勒曼 gave 储萨勒曼).  A king written
    after his kingdom (沙特阿拉伯王国国王萨勒曼) stays a post, and so does 县长 between 县县 and 长方 (桐庐县县长方毅:
    a word on the right is a given name's, only another post there makes the straddle)."""
    doc = extract_text("中沙联合公报\n沙特阿拉伯王国王储兼副首相、国防大臣萨勒曼·本·阿卜杜勒阿齐兹·阿勒沙特亲王殿下于2014年"
                       "3月13日至16日对中国进行了正式访问。")
    assert not any(n.startswith("储") for n in _names(doc, "Person"))
    doc = extract_text("中沙联合公报\n沙特阿拉伯王国王储萨勒曼于2014年3月13日访华。")
    assert _names(doc, "Person") == {"萨勒曼"}
    assert ("萨勒曼", "沙特阿拉伯", "王储") in post_triples(doc)
    doc = extract_text("中沙联合声明\n应沙特阿拉伯王国国王萨勒曼邀请，习近平主席对沙特进行国事访问。")
    assert ("萨勒曼", "沙特阿拉伯", "国王") in post_triples(doc)
    doc = extract_text("人事调整\n桐庐县县长方毅出席会议并讲话。")
    assert ("方毅", "县长") in {(n, p) for n, _, p in post_triples(doc)}


def test_foreign_premier_named_again_keeps_his_government():
    """04-vietnam-2023: 应中华人民共和国国务院总理李强邀请，越南社会主义共和国政府总理范明政…进行正式访问。…国务院总理李强同
    范明政总理举行会谈 (base: 范明政 also 总理 of 国务院).  李强 stays 国务院's premier."""
    doc = extract_text("中越联合新闻公报\n一、应中华人民共和国国务院总理李强邀请，越南社会主义共和国政府总理范明政于2023年6月25日"
                       "至28日对中华人民共和国进行正式访问。\n访问期间，国务院总理李强同范明政总理举行会谈。")
    posts = post_triples(doc)
    assert ("范明政", "国务院", "总理") not in posts
    assert ("范明政", "越南政府", "总理") in posts
    assert ("李强", "国务院", "总理") in posts


def test_perfective_after_attend_verb_is_no_part_of_the_event():
    """03-brazil-2015: 两国领导人共同出席了中巴工商界峰会闭幕式 (base: a Programme 了中巴工商界峰会)."""
    doc = extract_text("中巴联合声明\n两国领导人共同出席了中巴工商界峰会闭幕式，一致认为双边贸易意义重大。")
    programmes = _names(doc, "Programme")
    assert not any(n.startswith("了") for n in programmes)
    assert "中巴工商界峰会" in programmes
