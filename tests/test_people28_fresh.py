"""People and posts in the shapes of fresh foreign-affairs reports (people28): meetings with former
foreign leaders (会见来访的美国前国务卿基辛格, 法国前总理拉法兰率团访问湖南) where the name after the
country's post was lost — to jieba's dictionary listing a transliteration as a noun (基辛格 n), or to
a place word read inside the name (拉|法兰)."""
from conftest import extract_text, held_posts


def _persons(text: str) -> set[str]:
    return {e.name for e in extract_text(text).entities.values() if e.type == "Person"}


def test_transliterated_name_the_dictionary_lists_as_a_noun():
    """美国前国务卿基辛格: all three characters are of the transliteration table, so after a foreign
    post they are a name, though jieba tags the word n; the post is a former one."""
    got = held_posts(extract_text("国防部长在北京会见来访的美国前国务卿基辛格。"))
    assert ("基辛格", "美国国务院", "国务卿", "former") in got
    assert ("基辛格", "美国国务院", "国务卿", None) in held_posts(extract_text("美国国务卿基辛格表示欢迎。"))


def test_words_of_a_post_after_the_country_stay_no_name():
    """总统选举, 首相官邸, 总统特别代表: words with characters outside the table, or two long."""
    for text in ("美国总统选举结果揭晓。", "日本首相官邸表示。", "美国总统特别代表表示。"):
        assert not _persons(text), text


def test_place_word_inside_a_name_after_a_post():
    """法国前总理拉法兰: 法兰 is a place word of jieba's, but right after a post and a character by
    sound it ends the name; elsewhere a place word after a post stays a place."""
    got = held_posts(extract_text("法国前总理拉法兰率团访问湖南。"))
    assert ("拉法兰", "法国", "总理", "former") in got
    assert "拉法兰" in _persons("法国总理拉法兰表示。")
    assert not _persons("总理访问西亚。")
