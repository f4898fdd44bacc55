"""People and posts in the shapes of fresh foreign-affairs reports and county news (people26):
transliterated names jieba ends early (米舒斯京 → 米舒斯, 阿卜杜拉希扬 → 阿卜杜拉), a headline's 冀双方
('hopes both sides') read as a name after 外长."""
from conftest import extract_text, held_posts


def _persons(text: str) -> set[str]:
    return {e.name for e in extract_text(text).entities.values() if e.type == "Person"}


def test_transliterated_name_runs_past_jiebas_end():
    """俄罗斯总理米舒斯京举行会谈: jieba tags 米舒斯 a name and stops; 京 is no character of the
    place-name transliteration table, so the name did not run on.  卜 (阿卜杜拉希扬) is the same: the
    few characters personal names use beyond that table (char_classes.tsv
    name_transliteration_chars) let the name run to where the text ends it."""
    got = held_posts(extract_text("国务院总理李强同俄罗斯总理米舒斯京举行会谈。"))
    assert ("米舒斯京", "俄罗斯", "总理", None) in got
    assert "米舒斯" not in _persons("俄罗斯总理米舒斯京表示，俄方愿意合作。")
    got = held_posts(extract_text("王毅同伊朗外长阿卜杜拉希扬通电话。"))
    assert any(p == "阿卜杜拉希扬" for p, *_ in got)
    assert not any(p == "阿卜杜拉" for p, *_ in got)


def test_transliterated_name_still_ends_at_a_word():
    """The added characters only continue an all-transliteration name: 普京总统 and a Chinese name
    before 京 (李强在北京) are read as before."""
    assert "普京" in _persons("俄罗斯总统普京表示欢迎。")
    assert "李强" in _persons("国务院总理李强在北京会见外宾。")


def test_both_sides_is_no_given_name():
    """王毅晤新西兰外长 冀双方深化合作 (a headline: 冀 'hopes', 双方 'both sides'): 冀 is a family
    name, so the post's name rule read 冀双方 after 外长.  Words of persons taken together (双方,
    各方, 两国, 大家) are never a given name."""
    text = "王毅晤新西兰外长 冀双方深化各领域合作\n\n外长王毅18日与新西兰外长彼得斯会面。"
    persons = _persons(text)
    assert "冀双方" not in persons and "彼得斯" in persons
    assert "盼各方" not in _persons("外交部长 盼各方保持克制\n\n外交部长王毅出席会议。")
