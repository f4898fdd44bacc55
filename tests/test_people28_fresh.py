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


def test_singapore_senior_ministers():
    """新加坡内阁资政李光耀, 新加坡国务资政李显龙: Singapore's senior ministers, a post of its cabinet
    (内阁资政) or of the state (国务资政), were no posts, so the visit reports named no holder."""
    assert ("李光耀", "新加坡内阁", "资政", None) in held_posts(extract_text("新加坡内阁资政李光耀今天下午抵达。"))
    assert ("李显龙", "新加坡", "国务资政", None) in held_posts(extract_text("新加坡国务资政李显龙将于下周访华。"))


def test_once_served_is_no_family_name():
    """…之后，曾担任新加坡内阁资政 / 王强曾担任县委书记: 曾 is the adverb "once" of a career verb, never a
    family name (曾担 + 任) nor the last character of the name before it (王强曾); the post held is
    a former one, as after 曾任."""
    assert not _persons("他退休之后，曾担任市政协主席。")
    assert ("王强", "县委", "书记", "former") in held_posts(extract_text("王强曾担任县委书记。"))
    assert ("李明", "县委", "书记", "former") in held_posts(extract_text("李明曾兼任县委书记。"))


def test_japanese_full_name_the_dictionary_lists_whole():
    """日本前首相鸠山由纪夫抵达北京: the walk over a foreign name ended at 由 (a word that may follow a
    name: 由…主持), leaving 鸠山; a five- or four-character name jieba lists whole is the name."""
    got = held_posts(extract_text("日本前首相鸠山由纪夫抵达北京。"))
    assert ("鸠山由纪夫", "日本", "首相", "former") in got
    assert "鸠山" not in _persons("日本前首相鸠山由纪夫抵达北京。")


def test_hotel_named_after_a_place_gives_no_committee_its_city():
    """市委书记夏德仁在香格里拉大饭店会见了…: 大饭店, like 大酒店, makes the short place name before it a
    hotel's name (a brand here), so the 市委 of the secretary is no 香格里拉市委."""
    got = held_posts(extract_text("市委书记夏德仁在香格里拉大饭店会见了日本客人。"))
    assert not any("香格里拉" in body for _, body, _, _ in got)
