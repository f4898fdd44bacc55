"""Round 113 (shijian113): market-supervision news — 市场监管总局's 2023 sampling notice, 广东省's monthly
食品安全监督抽检 notice (2024年第151号), 大同市's sampling rate, a district bureau's sampling notice with its
annexes, 阜新市's and 安徽省's enforcement campaigns (立案, 罚没款), 日照市's food and drug cases,
内蒙古's catering campaign, 曾都区's inspections and 三里市场监管所's (a township station) (fresh texts of
/tmp/s27/txt/shijian113).  Fixes: an annex list's item number before its count (附件：1.24批次…, 2.1批次…)
no decimal of batches; the event pointed back to before a verb of doing (此次行动检查…68户次) no word of
the indicator."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def test_an_annex_items_number_is_no_decimal_of_its_count():
    """04-district-bureau-25-batches: 附件:1.24批次食品监督抽检合格产品信息 / 2.1批次食品监督抽检不合格产品信息
    (base: 1.24 批次 and 2.1 批次): the item's number and dot, then 24 and 1 batches."""
    doc = extract_text("食品安全监督抽检信息\n本次监督抽检共25批次，其中合格24批次，不合格1批次。\n"
                       "附件：1.24批次食品监督抽检合格产品信息\n2.1批次食品监督抽检不合格产品信息\n")
    values = {(m.value, m.unit) for m in doc.metrics}
    assert (1.24, "批次") not in values and (2.1, "批次") not in values, values
    assert (24, "批次") in values and (1, "批次") in values, values


def test_a_decimal_count_that_is_no_item_number_stays():
    """Guard: a magnitude (1.5万批次), an average with no noun after it (人均：1.5人。) and a decimal inside a
    sentence keep their value."""
    doc = extract_text("抽检情况\n全年完成抽检\n1.5万批次食品。\n户均人口：\n2.5人。\n平均每户2.5人。\n")
    values = {(m.value, m.unit) for m in doc.metrics}
    assert (15000, "批次") in values, values
    assert (2.5, "人") in values, values
    assert (5, "人") not in values, values


def test_the_event_pointed_back_to_is_no_word_of_the_measure():
    """09-sanli-market-supervision-station: 此次行动检查辖区内餐饮服务单位68户次 (base: indicator
    行动检查辖区内餐饮服务单位); the same with 本次专项行动."""
    doc = extract_text("餐饮安全检查\n此次行动检查辖区内餐饮服务单位68户次，主要存在索证索票不全等问题。")
    assert ("检查辖区内餐饮服务单位", 68, "户次") in _metrics(doc), _metrics(doc)
    doc = extract_text("餐饮安全检查\n本次专项行动检查经营户50户次。")
    assert ("检查经营户", 50, "户次") in _metrics(doc), _metrics(doc)


def test_a_doer_named_before_the_verb_stays():
    """Guard: a doer that is named, not pointed back to (各农商银行发放贷款), and a verb with no object after
    the event (此次检查共派出执法人员4人 keeps its reading) are left as they were."""
    doc = extract_text("检查情况\n此次检查共派出执法人员4人。")
    assert ("派出执法人员", 4, "人") in _metrics(doc), _metrics(doc)
    doc = extract_text("金融支持\n今年以来，各农商银行发放贷款3亿元。")
    assert any("农商银行" in m[0] for m in _metrics(doc)), _metrics(doc)
