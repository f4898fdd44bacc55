"""Round 55 (fire55): fire and rescue, work safety news from fresh texts of /tmp/s26/fresh/fire55
(国家消防救援局 half-year and yearly figures, county 消防救援大队 checks, a district's joint
inspection): holidays listed as examples of a kind of days are no time of the figures after them,
fire engines sent out are counted in 辆次, a county site's 原作者 line is metadata, a quoted event
before 期间 is no programme, and a district's bureau listed after a named township is the
district's."""
from __future__ import annotations

from conftest import extract_text, figure_table, relation_pairs


def test_holidays_listed_as_examples_set_no_time():
    """shfzyf.com (国家消防救援局, 2023 上半年): 春节、五一、端午等节假日期间火灾总量明显高于往年。接报农村
    地区火灾24.5万起: the holidays are examples of a kind of days, so the figures after them keep the
    half year (base: 2023-01, the month of 春节)."""
    t = figure_table("国家消防救援局:今年上半年全国共接报火灾55万起\n"
                     "今年上半年,全国共接报火灾55万起。节假日火灾增势较为强劲,春节、五一、端午等节假日期间"
                     "火灾总量明显高于往年。接报农村地区火灾24.5万起,比去年同期上升29.1%。", "2023-07-14")
    assert t[(245000, "起")][2] == "2023-01/2023-06", t
    assert t[(29.1, "%")][2] == "2023-01/2023-06", t


def test_fire_engines_sent_out_are_counted_in_vehicle_turns():
    """shfzyf.com: 出动消防救援人员1199.5万人次、消防车214.6万辆次: 辆次 is the count's own unit as
    人次 is (base: 2146000 辆)."""
    t = figure_table("今年上半年,全国消防救援队伍共接报处置各类警情105.7万起,出动消防救援人员1199.5万人次、"
                     "消防车214.6万辆次。", "2023-07-14")
    assert (2146000, "辆次") in t and (2146000, "辆") not in t, t


def test_original_writer_line_is_metadata():
    """tongde.gov.cn (青海 同德县): 原作者:扎西拉毛 审核人:程彦平 closes the page: a credit line, no
    text (base: a place 扎西 read from the writer's name)."""
    doc = extract_text("同德县消防救援大队开展消防安全检查\n"
                       "近日,同德县消防救援大队开展两会前消防安全检查活动。\n原作者:扎西拉毛 审核人:程彦平")
    names = {e.name for e in doc.entities.values()}
    assert "扎西" not in names and "同德县消防救援大队" in names, names


def test_quoted_event_before_its_days_is_no_programme():
    """tongde.gov.cn: 同德县消防救援大队开展“两会”期间 消防安全检查: “两会” is the meeting whose days the
    checks fall in (base: a programme 两会 the brigade runs)."""
    doc = extract_text("同德县消防救援大队开展“两会”期间 消防安全检查\n近日,同德县消防救援大队开展消防安全检查活动。")
    assert not [e.name for e in doc.entities.values() if e.type == "Programme"]
    assert ("同德县消防救援大队", "两会") not in relation_pairs(doc, "runs")


def test_district_bureau_listed_after_a_named_township():
    """ahtxq.gov.cn (安徽 黄山 屯溪区): 由阳湖镇、区科技经信局、区消防救援大队和九龙园区等组成联合督查组: the
    town's 镇 and the district's 区 are two members of the list, no levels in general (base: no
    屯溪区科技经信局)."""
    doc = extract_text("屯溪区开展安全生产督查\n近日,屯溪区安委会办公室牵头,由阳湖镇、区科技经信局、区消防救援大队"
                       "和九龙园区等组成联合督查组。")
    names = {e.name for e in doc.entities.values() if e.type == "Agency"}
    assert "屯溪区科技经信局" in names, names
    doc = extract_text("县政府召开会议\n各乡、镇人民政府参加会议。")
    assert not [e.name for e in doc.entities.values() if "镇人民政府" in e.name]
