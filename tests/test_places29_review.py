"""Review of places29's one-character city short names (来连投资, 在甬期间, 抵榕后) (fix29a).

A city's one character after a verb of coming or staying was read as the city wherever the text
named the city's province, so province news gave false cities: 山东省冬小麦陆续返青 (返青, turning
green: 青岛), 贵州省在筑牢…屏障 (筑牢: 贵阳), 辽宁省…在连休期间 (连休, days off in a row: 大连), and a
Shandong story of its aid cadres in Qinghai (援青干部人才来青开展工作: 青海's, no 青岛).  The
character must now be a word of its own in jieba's split, verb and character no dictionary word,
followed by no lone character jieba left unread (筑|牢, 连|休); and where the character is also
another place's short form (青: 青海) only the city's own name witnesses it, never where the text
names that other place."""
from __future__ import annotations

from conftest import text_doc
from kg.pipeline import Pipeline

_PIPE = Pipeline(("gazetteer", "registry", "numbers", "entities", "resolve"))


def _one_char_places(text: str) -> list[tuple[str, str]]:
    doc = _PIPE(text_doc(text))
    return [(m.surface, m.attrs.get("code")) for m in doc.mentions
            if m.label == "Place" and len(m.surface) == 1]


def test_a_verb_and_character_that_make_a_word_are_no_city():
    """返青 (winter wheat turning green) is a dictionary word: no 青岛 in a Shandong text."""
    assert _one_char_places("山东省冬小麦陆续返青，春管工作全面展开。") == []
    assert _one_char_places("山东省各地小麦返青后加强田间管理。") == []


def test_a_character_opening_a_word_the_dictionary_lacks_is_no_city():
    """在|筑|牢, 在|连|休: jieba leaves 筑牢 and 连休 as lone characters; the character after the
    city's is no word of its own, so the pair is a word (strengthen; days off), no 贵阳, no 大连."""
    assert _one_char_places("贵州省在筑牢长江上游生态屏障上持续用力。") == []
    assert _one_char_places("辽宁省教育厅要求学校在连休期间做好安全工作。") == []
    assert _one_char_places("辽宁省气象台预计，全省在连续降雨后转晴。") == []


def test_a_qinghai_aid_story_is_no_qingdao():
    """援青干部人才来青开展工作: 青 is also 青海's short form, so a Shandong text (province named,
    Qingdao not) is no witness, nor is any text naming 青海."""
    assert _one_char_places("山东省第四批援青干部人才来青开展工作。") == []
    assert _one_char_places("山东省第四批援青干部人才来青开展工作。\n青海省海北州举行欢迎会。") == []
    assert _one_char_places("青岛市援青干部来青开展工作。\n青海省海北州举行欢迎会。") == []


def test_the_true_city_short_names_stay():
    """来连投资, 在甬期间, 抵榕后, 在蓉会见, 赴昆参加, 来青访问 in texts of that city or province."""
    cases = [("大连市商务局召开会议。\n今年以来，来连投资的外资企业达到120家。", "210200"),
             ("辽宁省召开会议。\n客商来连洽谈。", "210200"),
             ("宁波市召开会议。\n客商在甬期间考察了港口。", "330200"),
             ("福州市召开会议。\n代表团抵榕后参观了企业。", "350100"),
             ("四川省召开会议。\n外宾在蓉会见了企业家。", "510100"),
             ("云南省召开会议。\n代表团赴昆参加会议。", "530100"),
             ("青岛市召开会议。\n日本友好代表团多次来青访问。", "370200")]
    for text, code in cases:
        assert [c for _, c in _one_char_places(text)] == [code], text


def test_a_character_opening_a_common_word_is_no_city():
    """在|锡|剧院观看演出: jieba splits 锡|剧院, yet 锡剧 (the opera) is a common word of its
    dictionary, so 锡 opens it; no 无锡 (来|连|投资 stays 大连's: 连投 is a rare word)."""
    assert _one_char_places("江苏省组织群众在锡剧院观看演出。") == []
