"""mine42: what the merged round-42 code still read wrong on round 41's texts (厦门 education
bureau, as published): a year relative to the text's date inside a would-be school's name."""
from __future__ import annotations

from conftest import body_names, extract_text


def test_a_relative_year_is_no_part_of_a_name():
    doc = extract_text("据介绍，厦门市今年新增中小学学位2万个，去年新增幼儿园学位8600个。")
    assert not body_names(doc, "Organization")


def test_a_school_named_before_its_year_stays():
    doc = extract_text("厦门市实验小学今年新增学位200个。")
    assert "厦门市实验小学" in body_names(doc, "Organization")
