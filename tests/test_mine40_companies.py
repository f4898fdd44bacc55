"""mine40: city state-owned companies written with a relative scope (荆门 and 杭州 SOE meetings, as
published): 城 after 市 reads as 市城区 elsewhere, but 市城投集团 and 市城控集团 are the city's, as
市交旅集团 always was."""
from __future__ import annotations

from conftest import body_names, extract_text


def test_city_investment_groups_are_the_citys():
    doc = extract_text("8月30日,荆门市政府组织召开专题会议研究国企改革和高质量发展工作。会议听取市政府国资委及"
                       "市城控集团、中荆集团、市交旅集团、市水务集团等市属重点国有企业工作汇报。")
    orgs = body_names(doc, "Organization")
    assert {"荆门市城控集团", "荆门市交旅集团", "荆门市水务集团"} <= orgs
    assert "市城控集团" not in orgs


def test_a_county_seat_company_is_no_relative_scope():
    doc = extract_text("县城建设投资有限公司在县城开工建设安置房。")
    assert not {o for o in body_names(doc, "Organization") if o.endswith("县城建设投资有限公司") and o != "县城建设投资有限公司"}
