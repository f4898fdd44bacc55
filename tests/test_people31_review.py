"""Review of round 15's people and missions.

- A Japanese given name read past 那/和 looked at the character after the name without checking
  the text's end: a text ending with 日本首相山口那津男 crashed the document (IndexError).
- 驻美国大使馆 after 俄罗斯外交部发言人…表示 is Russia's mission, not a Chinese one implied."""
from conftest import text_doc
from kg.pipeline import Pipeline

_FULL = Pipeline()


def _names(text: str) -> set[str]:
    return {e.name for e in _FULL(text_doc(text)).entities.values()}


def test_a_name_ending_the_text_is_read_without_a_crash():
    assert "山口那津男" in _names("会见\n日本首相山口那津男")
    assert "志位和夫" in _names("日本首相志位和夫")


def test_a_foreign_voice_speaks_of_its_own_mission():
    names = _names("俄罗斯外交部发言人扎哈罗娃表示，驻美国大使馆已提出抗议。")
    assert "中国驻美国大使馆" not in names
    assert "中国驻日本使馆" in _names("外交部提醒：驻日本使馆提醒在日中国公民注意安全。")


def test_the_same_post_twice_is_no_second_holder_of_one_place():
    """开封市委书记李四，市委书记赵六陪同 in a 郑州 story: a city has one party secretary, so the bare
    市委书记 after 开封's is the article's (郑州市委), not a second 开封市委书记; a different post
    (上海市委书记俞正声，市委副书记、市长韩正) still follows the city written before."""
    doc = _FULL(text_doc("郑州市新闻\n郑州市委书记王五会见了开封市委书记李四，市委书记赵六陪同。"))
    held = {(doc.entities[r.subject].name, doc.entities[r.object].name) for r in doc.relations
            if r.predicate == "holdsPost"}
    assert ("赵六", "开封市委") not in held and ("李四", "开封市委") in held
    doc = _FULL(text_doc("郑州新闻\n中共中央政治局委员、上海市委书记俞正声，市委副书记、市长韩正会见了郑州市委书记王文超。"))
    held = {(doc.entities[r.subject].name, doc.entities[r.object].name) for r in doc.relations
            if r.predicate == "holdsPost"}
    assert ("韩正", "上海市委") in held
