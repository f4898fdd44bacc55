"""People and posts in the shapes of fresh foreign-affairs briefings and meeting reports
naming foreign leaders (people19): where a transliterated name ends, and posts of foreign
countries the tables lacked."""
from conftest import extract_text, held_posts


def test_foreign_name_ends_before_a_preposition():
    """议长A以晚宴招待, 国务卿B将访华: a preposition or adverb that is no transliteration
    character (以, 将, 就) opens the clause after a foreign name; it is no syllable of it."""
    got = held_posts(extract_text("美国国会众议院议长佩洛西以晚宴招待代表团。"))
    assert ("佩洛西", "美国国会众议院", "议长", None) in got
    got = held_posts(extract_text("俄罗斯总统普京就此发表讲话。"))
    assert ("普京", "俄罗斯", "总统", None) in got


def test_foreign_name_after_a_dot_keeps_a_syllable_pair_that_is_a_word():
    """总理西奥本·古里拉布会见: the part after · may hold a pair of transliteration
    characters that the dictionary knows as a word (拉布), when the name can end right after it."""
    got = held_posts(extract_text("纳米比亚总理西奥本·古里拉布会见代表团。"))
    assert ("西奥本·古里拉布", "纳米比亚", "总理", None) in got



def test_removal_list_with_the_body_right_after_the_last_name():
    """免去A、B、C孟州市人民政府副市长职务: a 人大常委会's removal list writes the body right after
    the last name; a two-character name ends where a found place of three characters starts."""
    got = held_posts(extract_text("会议决定免去汤文胜、王荔孟州市人民政府副市长职务。"))
    assert ("王荔", "孟州市", "副市长", "removed") in got
    assert ("汤文胜", "孟州市", "副市长", "removed") in got


def test_verb_of_going_before_a_place_is_no_given_name():
    """县长A来泾县经济开发区调研, A回泾县人民医院: a verb of going (来, 去, 回) between a name and a
    found place is no third character of the name; a given name ending in 来 stays whole elsewhere."""
    got = held_posts(extract_text("泾县召开会议\n县长李明来泾县经济开发区调研。"))
    assert ("李明", "泾县", "县长", None) in got
    got = held_posts(extract_text("泾县召开会议\n县长李明回泾县人民医院看望职工。"))
    assert ("李明", "泾县", "县长", None) in got
    got = held_posts(extract_text("泾县召开会议\n副县长王福来出席会议。"))
    assert ("王福来", "泾县", "副县长", None) in got


def test_given_name_ending_in_wei_before_a_verb_that_follows_names():
    """市委书记陈华为出席会议: a given name may end in 为 (陈华为, 王国为) when a verb that follows
    names comes right after it and its clause holds no 的; 为 opens a clause before 出席会议的代表
    or a longer word (主持人)."""
    got = held_posts(extract_text("市委书记陈华为出席会议。"))
    assert ("陈华为", "市委", "书记", None) in got
    got = held_posts(extract_text("市委书记陈华为出席会议的代表颁奖。"))
    assert ("陈华", "市委", "书记", None) in got


def test_former_post_of_a_foreign_country():
    """日本前首相A, 俄罗斯前外长B: 前 between a foreign country and its post marks a post held
    before; the name still follows the post.  (前 after no country is a time: 节前, 会前.)"""
    got = held_posts(extract_text("李强会见日本前首相福田康夫。"))
    assert ("福田康夫", "日本", "首相", "former") in got
    got = held_posts(extract_text("王毅会见俄罗斯前外长伊万诺夫。"))
    assert ("伊万诺夫", "俄罗斯外交部", "外长", "former") in got


def test_joined_post_no_table_reads_is_no_name():
    """新加坡副总理兼经济政策统筹部长A: where the post joined by 兼 is none the tables read, the
    characters after 兼 are no foreign name (no 兼经济政策 holding 副总理)."""
    got = held_posts(extract_text("王毅会见新加坡副总理兼经济政策统筹部长王瑞杰。"))
    assert not any(name.startswith("兼") for name, *_ in got)


def test_foreign_name_ends_before_a_conjunction():
    """总理A并出席欢迎仪式: 并 (and also) is no transliteration character; it ends the name."""
    got = held_posts(extract_text("李强会见马来西亚总理安瓦尔并出席欢迎仪式。"))
    assert ("安瓦尔", "马来西亚", "总理", None) in got


def test_federal_chancellor_and_president_are_posts_of_the_state():
    """德国联邦总理A, 奥地利联邦总统B: the federal head of government or state is a post of the
    country itself; 俄罗斯联邦总统C still reads the country's full name and 总统."""
    got = held_posts(extract_text("王毅会见德国联邦总理朔尔茨。"))
    assert ("朔尔茨", "德国", "联邦总理", None) in got
    got = held_posts(extract_text("习近平会见奥地利联邦总统范德贝伦。"))
    assert ("范德贝伦", "奥地利", "联邦总统", None) in got
    got = held_posts(extract_text("俄罗斯联邦总统普京表示欢迎。"))
    assert ("普京", "俄罗斯", "总统", None) in got
