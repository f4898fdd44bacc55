"""Publication dates read on fresh final-accounts (决算) and budget reports: the subtitle line naming
the session that adopted the report, with no 在/于 (2024年10月18日某县…常务委员会第二十四次会议通过),
dates it as a speech's subtitle does.  Phrases written for these tests in the shape of such texts."""
from __future__ import annotations

from kg.builder import extract_document
from kg.model import Doc


def _date(text: str) -> str | None:
    doc = Doc(id="t", source="t.txt", text=text)
    extract_document(doc)
    return doc.date


def test_session_that_adopted_a_report_dates_it():
    """2023年某县决算(草案)的报告 / 2024年10月18日某县第十七届人民代表大会常务委员会第二十四次会议通过:
    the report is dated the day of the session, bracketed or not."""
    assert _date("2023年某县决算(草案)的报告\n2024年10月18日某县第十七届人民代表大会常务委员会第二十四次会议通过\n"
                 "2023年，地方一般公共预算收入38941万元。") == "2024-10-18"
    assert _date("某县人民代表大会常务委员会关于批准2023年县级决算的决议\n（2024年8月28日某县第十八届人民代表大会常务委员会"
                 "第十九次会议批准）\n会议批准2023年县级决算。") == "2024-08-28"

