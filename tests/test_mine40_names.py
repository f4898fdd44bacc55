"""mine40: a list of leaders after a collective title (杭州 city-SOE meeting report, as published):
a two-character name jieba's dictionary holds as a rare word (金志) is a name like its neighbours;
a frequent word stays a word."""
from __future__ import annotations

from conftest import body_names, extract_text, post_pairs


def test_rare_word_in_a_list_of_leaders_is_a_name():
    doc = extract_text("今天下午,杭州市委、市政府召开市属国有企业改革动员部署会。"
                       "市领导姚高员、金志、陈一行、朱华出席,柯吉欣主持并部署市属国有企业改革工作。")
    assert {"姚高员", "金志", "陈一行", "朱华"} <= body_names(doc, "Person")


def test_rare_word_in_a_list_after_a_post_holds_the_post():
    doc = extract_text("杭州市副市长王强、金志出席会议。")
    assert ("金志", "杭州市") in post_pairs(doc)


def test_frequent_word_in_a_list_stays_a_word():
    """区领导和部门负责人, 市领导金融…: a frequent word after the title is no name."""
    doc = extract_text("市领导、金融机构负责人出席会议。")
    assert not body_names(doc, "Person")


def test_a_place_inside_a_listed_leaders_name_is_no_place():
    """黄海峰 in the list: 黄海 (the sea) read inside the name is no place; the sea named on its
    own is still one."""
    doc = extract_text("市领导姚高员、金志、陈一行、黄海峰、朱华出席。")
    assert "黄海峰" in body_names(doc, "Person")
    assert not body_names(doc, "Place")
    doc = extract_text("省领导黄海峰、刘捷出席会议。黄海是中国的边缘海。")
    assert "黄海" in body_names(doc, "Place")
