"""Names the posts stage missed (posts14): a Japanese family name, a given name that is a proper
noun of the dictionary, and appointees listed after 分别为.  Shapes of fresh foreign-affairs,
municipal and personnel news."""
from conftest import extract_text, held_posts


def _persons(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Person"}


def test_japanese_family_name_after_a_post():
    assert "菅义伟" in _persons(extract_text("首相菅义伟当天在记者会上表示。"))


def test_japanese_head_with_the_country():
    got = held_posts(extract_text("日本首相菅义伟当天表示。"))
    assert ("菅义伟", "日本", "首相", None) in got


def test_proper_noun_name_after_a_post():
    """华源 is a proper noun of jieba's dictionary (a company's name); right after a post and
    closed by a verb it is the official's name."""
    got = held_posts(extract_text("上海市副市长华源出席会议并讲话。"))
    assert ("华源", "上海市", "副市长", None) in got


def test_proper_noun_not_closed_is_no_name():
    assert _persons(extract_text("总经理华润集团出席。")) == set()


def test_appointees_after_respectively():
    text = "三所高校的党委书记或校长同日进行调整，分别为黄泰岩任武汉大学党委书记，李言荣任西北工业大学党委书记。"
    got = held_posts(extract_text(text))
    assert ("黄泰岩", "武汉大学", "党委书记", "appointed") in got
    assert ("李言荣", "西北工业大学", "党委书记", "appointed") in got
