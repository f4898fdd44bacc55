"""Publication dates: a bare date line naming a county paper that opens with 今日 (session 45, 2026-12-06).

renmian96's 房县 page (县十七届人大常委会召开第二十八次会议 任命纪道清为代理县长) carries its date on the line
under its title as `2016/5/16 今日房县`: the date and the county paper's name, nothing else.  A date line was
read only when the name after the date ended in a media word (经济晚报, 人民网, 某县融媒体中心); 今日房县 ends in
the county's name, so the page had no date and its 13日 dateline no year.  County papers and apps are named
今日 and their place (今日房县, 今日永嘉): a name opening with 今日 after a bare date is the source too
(`dates.media_starts` in metric_cues.tsv).  A date line that goes on into a sentence is still no date line.
"""
from conftest import extract_text

from kg.stages.dates import header_date

_PAGE = ("县十七届人大常委会召开第二十八次会议 任命纪道清为代理县长\n2016/5/16 今日房县\n"
         "本报讯 (记者田兰兰通讯员贺玉琴) 13日,县十七届人大常委会召开第二十八次会议。\n")


def test_a_date_line_naming_a_county_paper_dates_the_page():
    assert header_date(_PAGE) == "2016-05-16"
    assert extract_text(_PAGE).date == "2016-05-16"
    assert header_date("标题\n2021年07月27日 经济晚报\n正文。") == "2021-07-27"  # (a media word's end, as before)


def test_a_date_line_going_on_into_a_sentence_is_no_date_line():
    assert header_date("标题\n2016/5/16 今日房县召开会议，部署全年工作。\n正文。") is None
    assert header_date("标题\n2016/5/16 今日\n正文。") is None  # (今日 alone names no paper)
