"""Publication dates from a story's opening date, as reviewed at the merge of the seventh round.

A page with no header, dateline, signature or title date is dated by the full date its first
sentence opens with (2023年7月11日上午，县长…): the day of the event it reports.  A text of one
sentence opening with a bare date is a date recalled (1986年4月26日，切尔诺贝利…发生爆炸。 — a
corpus of sentences, a quotation, an anniversary line), never the day the text was published."""
from kg.stages.dates import lead_date


def test_a_story_dated_by_its_opening_date():
    assert lead_date("县政府召开第18次常务会议\n2023年7月11日，县长主持召开会议。会议研究了项目。") == "2023-07-11"
    assert lead_date("2023年7月11日上午，县长主持召开会议。") == "2023-07-11"
    assert lead_date("县政府召开常务会议\n2023年7月11日，县长主持召开会议。\n") == "2023-07-11"
    assert lead_date("当地时间2023年10月27日，外长会见了来访的客人。") == "2023-10-27"


def test_a_bare_date_opening_a_single_sentence_is_no_publication_date():
    assert lead_date("1986年4月26日，切尔诺贝利4号机组发生爆炸，造成严重的核泄漏。") is None
    assert lead_date("1937年12月13日，中共中央政治局作出《对于南方游击区工作的决议》。\n") is None
    assert lead_date("1989年10月27日正式成立。协会现有会员200人。") is None


def test_a_deadline_under_a_title_is_no_publication_date():
    """报名截止2024-06-30, 有效期至2025-12-31 under a notice's title: a deadline or a term
    (dates.deadline_words), not an issuer's name with the day it dated the page (四川省商务厅2022-10-08)."""
    from kg.stages.dates import header_date
    assert header_date("关于举办技能大赛的通知\n报名截止2024-06-30\n各单位：请按时报名。") is None
    assert header_date("关于某事的公告\n有效期至2025-12-31\n内容。") is None
    assert header_date("四川省商务厅2022-10-08\n正文。") == "2022-10-08"
    assert header_date("湘西州委宣传部 2024年2月6日\n正文。") == "2024-02-06"

