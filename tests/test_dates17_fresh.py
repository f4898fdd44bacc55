"""Publication dates read on fresh national pages (dates17): a transcript's title opening with the
day it reports (2022年8月19日外交部发言人汪文斌主持例行记者会) dates the text when nothing else does;
a title opening with a deadline or a start (…起施行, …前完成) does not.  Titles written for these
tests in the shape of such pages."""
from __future__ import annotations

from kg.builder import extract_document
from kg.model import Doc
from kg.stages.dates import title_date


def test_a_title_opening_with_the_day_it_reports():
    assert title_date("2023年3月6日外交部发言人毛宁主持例行记者会\n问：……") == "2023-03-06"
    assert title_date("２０２１年１２月１日某部召开新闻发布会\n正文") == "2021-12-01"


def test_a_deadline_or_a_start_is_no_publication_date():
    assert title_date("2024年5月1日起施行的新规\n正文") is None
    assert title_date("2020年12月31日前完成全部改造任务\n正文") is None
    assert title_date("2019年7月1日至2020年6月30日工作总结\n正文") is None
    assert title_date("记者会实录\n2023年3月6日外交部发言人毛宁主持例行记者会") is None  # (not the first line)
    assert title_date("2023年3月6日，外交部发言人毛宁主持例行记者会。问：请介绍有关情况。") is None  # (a sentence)


def test_the_document_takes_the_title_date_last():
    doc = Doc(id="t", source="t.txt", text="2022年8月19日外交部发言人汪文斌主持例行记者会\n"
                                            "记者：请介绍会议情况。\n汪文斌：昨天，会议在北京以视频方式举行。")
    assert extract_document(doc).document["date"] == "2022-08-19"
    doc = Doc(id="t", source="t.txt", text="2022年8月19日外交部发言人汪文斌主持例行记者会\n发布时间：2022-08-20\n"
                                            "记者：请介绍会议情况。")
    assert extract_document(doc).document["date"] == "2022-08-20"  # (a header field first)


def test_a_statement_dated_under_its_title():
    """中华人民共和国和某国…联合声明 / 2023年7月10日于北京: the date line under a statement's title."""
    from kg.stages.dates import header_date
    assert header_date("中华人民共和国和某国关于建立全面战略伙伴关系的联合声明\n2023年7月10日于北京\n应邀请，…") == "2023-07-10"


def test_the_publication_field_wins_over_the_signing_field():
    """成文日期：2013年8月6日 … 发布日期：2014年7月10日: a document's page gives the day it was signed
    and the day it was published; the publication is the 发布 one, whichever comes first."""
    from kg.stages.dates import header_date
    assert header_date("发文机关:国务院\n成文日期:2013年8月6日\n标题:某批复\n发布日期:2014年7月10日\n") == "2014-07-10"
    assert header_date("成文日期：2020-01-17\n正文") == "2020-01-17"  # (alone, it still dates the page)
