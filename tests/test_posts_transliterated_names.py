"""Foreign names of transliteration characters run on where jieba stops them at a shorter name
it knows (阿尔巴尼|斯, 阿尔巴|内塞), and stop at a plain word, a taken span or an honorific."""
import pytest

from kg.builder import extract_document
from kg.model import Doc


def _held(text):
    res = extract_document(Doc(id="t", text=text, source="t"))
    names = {e.id: e.name for e in res.entities.values()}
    persons = {e.name for e in res.entities.values() if e.type == "Person"}
    return persons, {(names[r.subject], names[r.object]) for r in res.relations if r.predicate == "holdsPost"}


@pytest.mark.parametrize("text, person, body", [
    ("澳大利亚总理阿尔巴尼斯将于11月4日至7日对中国进行正式访问。", "阿尔巴尼斯", "澳大利亚"),
    ("澳大利亚总理阿尔巴内塞将于下周访华。", "阿尔巴内塞", "澳大利亚"),
    ("美国国务卿布林肯进行会谈。", "布林肯", "美国国务院"),
    ("俄罗斯总统普京在莫斯科会见。", "普京", "俄罗斯"),
])
def test_a_foreign_name_is_read_whole(text, person, body):
    persons, held = _held(text)
    assert person in persons and (person, body) in held


def test_a_chinese_name_before_a_word_stays_as_it_is():
    persons, _ = _held("县长丁丽娜特别指出，要抓好落实。")
    assert persons == {"丁丽娜"}


@pytest.mark.parametrize("text", [
    # real MFA releases (2017, 2018): the plain word after the name opens with a character no
    # transliteration uses, so the name ends before it (was 古特雷斯共同, 古特雷斯工)
    "9月22日，外交部长王毅和联合国秘书长古特雷斯共同出席在纽约举行的签署仪式。",
    "外交部长王毅在纽约出席安理会常任理事国外长与联合国秘书长古特雷斯工作早餐会。",
])
def test_a_word_of_running_text_after_a_foreign_name_is_not_its_syllable(text):
    persons, held = _held(text)
    assert "古特雷斯" in persons and ("古特雷斯", "联合国") in held
    assert not any(p.startswith("古特雷斯") and p != "古特雷斯" for p in persons)
