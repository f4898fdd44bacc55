"""Publication dates in page headers seen on fresh county and prefecture pages: an issuer's
name and the date alone on a line.  Lines written for these tests in that shape."""
from kg.stages.dates import header_date


def test_an_issuers_line_with_the_date_dates_the_page():
    assert header_date("湘西州巩固拓展脱贫攻坚成果\n湘西州委宣传部 2024年2月6日\n2023年，全州…") == "2024-02-06"
    assert header_date("标题\n某县融媒体中心　2022-10-08 16:55\n正文") == "2022-10-08"


def test_a_date_inside_a_sentence_is_no_header():
    assert header_date("全县完成投资 2023年5月6日，再次调度。") is None
    assert header_date("会议要求，各乡镇于 2023年5月6日前上报。") is None
