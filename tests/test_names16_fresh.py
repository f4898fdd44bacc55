"""People named in the shapes of fresh Tibetan county and regional news and foreign-affairs
summaries (names16): a four-syllable Tibetan name after a post, whatever syllable opens it, and a
transliterated foreign name that runs on past a piece jieba reads as a word."""
from conftest import extract_text, held_posts


def _persons(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Person"}


def test_tibetan_name_of_four_syllables_after_a_bureau_head():
    """局长桑旦罗布表示: 桑 is a family name, but the four syllables are one Tibetan name."""
    doc = extract_text("西藏自治区林业和草原局召开会议\n西藏自治区林业和草原局局长桑旦罗布表示，要抓好生态保护。")
    assert "桑旦罗布" in _persons(doc)


def test_tibetan_name_opening_with_no_family_name_after_a_county_head():
    """县长旺堆次仁主持: 旺 opens no family name and no listed opener; the name is still read."""
    got = held_posts(extract_text("日土县召开推进会\n县委书记张伟出席会议并讲话，县长旺堆次仁主持会议。"))
    assert any(name == "旺堆次仁" and post == "县长" for name, _, post, _ in got)


def test_tibetan_name_after_a_party_deputy_secretary():
    got = held_posts(extract_text("西藏自治区召开会议\n自治区党委副书记罗布顿珠表示，要推动跨越式发展。"))
    assert any(name == "罗布顿珠" for name, _, _, _ in got)


def test_words_of_running_text_after_a_post_are_no_tibetan_name():
    """县长加强…, 局长多次强调: syllables of the class that read as verbs or counts are no name."""
    doc = extract_text("日土县召开会议\n会议要求，各乡局长加强巴西达到的学习。县长多次强调整改。")
    assert not {"加强巴西", "多次强调"} & _persons(doc)


def test_foreign_head_name_running_past_a_word_piece():
    """吉尔吉斯斯坦总统热恩别科夫: 别科 is a word of the dictionary, but 科夫 goes on the name."""
    got = held_posts(extract_text("习近平会见吉尔吉斯斯坦总统\n吉尔吉斯斯坦总统热恩别科夫出席会议。"))
    assert any(name == "热恩别科夫" and post == "总统" for name, _, post, _ in got)
    assert not any(name == "热恩" for name, _, _, _ in got)


def test_travel_verb_after_a_leaders_name_ends_it():
    """国务院总理李强乘包机离开北京: 乘 is the leader's act, not the third character of his name."""
    got = held_posts(extract_text("李强出访德国\n6月18日下午，国务院总理李强乘包机离开北京，赴德国进行正式访问。"))
    assert any(name == "李强" and post == "总理" for name, _, post, _ in got)
    assert not any(name == "李强乘" for name, _, _, _ in got)


def test_report_verb_after_a_tibetan_name_ends_it():
    """副县长赤列旺堆通报了…: 通报 is an act after the name, so the four syllables end there."""
    got = held_posts(extract_text("日土县召开推进会\n副县长赤列旺堆通报了全县草原生态保护工作情况。"))
    assert any(name == "赤列旺堆" and post == "副县长" for name, _, post, _ in got)


def test_foreign_head_named_before_the_post_in_a_summary_of_talks():
    """习近平主席同热恩别科夫总统商定: the name before 总统, after 同, holds the post in the country the
    article named with 总统 before."""
    got = held_posts(extract_text("会谈\n国家主席习近平同吉尔吉斯斯坦总统举行会谈。习近平主席同热恩别科夫总统商定，将加强合作。"))
    assert any(name == "热恩别科夫" and body == "吉尔吉斯斯坦" and post == "总统" for name, body, post, _ in got)


def test_second_foreign_head_named_before_the_post_after_an_invitation():
    """德国总统施泰因迈尔 … 由高克总统推动: a new name before 总统 holds it in the country last named
    with 总统; a common word before the post (该国总统) is no name."""
    doc = extract_text("会见\n国务院总理李强会见德国总统施泰因迈尔。双方同意，应高克总统邀请，继续推动合作。该国总统表示欢迎。")
    got = held_posts(doc)
    assert any(name == "高克" and body == "德国" for name, body, _, _ in got)
    assert "该国" not in _persons(doc)
