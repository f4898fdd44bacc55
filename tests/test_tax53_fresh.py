"""Round 53 (tax53): tax administration news and notices from fresh texts of /tmp/s26/fresh/tax53 —
a correspondent's closing credit with 供稿 after the name (no river read inside the name), a tax
bureau's name quoted at a paragraph's head (the body, no programme), a numbered supervision group of
国家税务总局 (第34督导组: the State Taxation Administration's, not the city party committee's), and a
notice's document number written on one line with its date (the title above stays the title, the date
dates the notice), and
a figure of a policy the State Council decided (国务院…决定实施的…政策新增减税: the country's, not the
State Council's own)."""
from __future__ import annotations

from conftest import extract_text, figure_table, relation_pairs

from kg.model import Doc
from kg.stages.layout import split_articles


def _names(doc, type_: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == type_}


def test_a_closing_credit_with_supplied_by_names_its_correspondent():
    """秭归县 CPPCC news (hbzx.gov.cn): （秭归县政协经济委员会办公室 徐长江 供稿） — 徐长江 is the office's
    correspondent (base: no person, and a Place 长江, the river read inside the name)."""
    doc = extract_text("县政协视察全县国税工作\n7月16日,秭归县政协主席陶丹带领部分县政协委员对全县国税工作进行了视察。"
                       "今年上半年,共组织入库税收收入11840万元,同比增长40.64%。\n"
                       "(秭归县政协经济委员会办公室 徐长江 供稿)\n")
    assert "长江" not in _names(doc, "Place"), _names(doc, "Place")
    assert ("徐长江", "秭归县政协经济委员会办公室") in relation_pairs(doc, "holdsPost")
    river = extract_text("秭归县位于长江西陵峡畔。县里开展保护母亲河(长江)行动。")  # no family name before it
    assert "长江" in _names(river, "Place")


def test_a_quoted_tax_bureau_opening_a_paragraph_is_no_programme():
    """厦门 (2018 merger of the national and local tax bureaus): “国家税务总局厦门市税务局”昨日正式挂牌 — the
    quoted name opening the paragraph is the new bureau (base: also a Programme of that name, which
    the bureau itself `runs`)."""
    doc = extract_text("国家税务总局厦门市税务局昨日正式挂牌\n"
                       "“国家税务总局厦门市税务局”昨日正式挂牌,新机构将承继原国税、地税税费征管的各项工作。\n")
    assert "国家税务总局厦门市税务局" not in _names(doc, "Programme"), _names(doc, "Programme")
    assert "国家税务总局厦门市税务局" in _names(doc, "Agency")


def test_a_numbered_supervision_group_belongs_to_the_body_before_its_number():
    """厦门: 市委常委、常务副市长黄强,国家税务总局第34督导组常务副组长刘艳霞出席挂牌仪式 — 刘艳霞 is deputy head
    of the State Taxation Administration's 34th supervision group (base: 厦门市委督导组, the group
    read alone and given the city party committee of the post before)."""
    doc = extract_text("厦门市税务局挂牌\n厦门市召开会议。市委常委、常务副市长黄强,国家税务总局第34督导组常务副组长刘艳霞出席挂牌仪式。")
    posts = relation_pairs(doc, "holdsPost")
    assert ("刘艳霞", "国家税务总局第34督导组") in posts, posts
    assert not any(b.endswith("市委督导组") for _, b in posts)
    assert ("国家税务总局第34督导组", "国家税务总局") in relation_pairs(doc, "subOrganizationOf")


def test_a_document_number_with_its_date_on_one_line_keeps_the_title():
    """税总函〔2019〕85号 (dxtax.com): the notice's number and date share the line under the title
    (base: no title at all)."""
    (art,) = split_articles(Doc(id="t", source="t.txt", text=(
        "国家税务总局关于开展第28个全国税收宣传月活动的通知\n税总函〔2019〕85号 2019年3月18日\n"
        "国家税务总局各省、自治区、直辖市和计划单列市税务局:\n"
        "为全面贯彻党的十九大精神,税务总局决定集中开展第28个全国税收宣传月活动。现将有关事项通知如下:\n")))
    assert art.title == "国家税务总局关于开展第28个全国税收宣传月活动的通知"


def test_a_document_number_with_its_date_on_one_line_dates_the_notice():
    """税总函〔2019〕85号 2019年3月18日: the date after the number is the notice's (base: no date)."""
    doc = extract_text("国家税务总局关于开展第28个全国税收宣传月活动的通知\n税总函〔2019〕85号 2019年3月18日\n"
                       "国家税务总局各省、自治区、直辖市和计划单列市税务局:\n"
                       "为全面贯彻党的十九大精神,税务总局决定在2019年4月1日至5月20日期间集中开展第28个全国税收宣传月活动。\n")
    assert [a.date for a in doc.articles] == ["2019-03-18"]


def test_a_policy_the_state_council_decided_is_no_subject_of_its_tax_cut():
    """Q1 2023 tax cuts (esnai.com): 3月24日国务院第二次常务会议决定实施的第二批延续优化创新的政策新增减税降费
    962.6亿元 — the country's tax cut under a policy the State Council decided (base: subject 国务院)."""
    table = figure_table("一季度全国新增减税降费及退税缓费3679.8亿元\n"
                         "今年以来,税务部门认真落实税费优惠政策,一季度全国新增减税降费及退税缓费3679.8亿元。"
                         "3月24日国务院第二次常务会议决定实施的第二批延续优化创新的政策新增减税降费962.6亿元,"
                         "其中,小微企业减征所得税政策新增减税472.5亿元。", "2023-04-28")
    subjects = {v: s for (v, _u), (_i, s, _p) in table.items()}
    assert subjects[96260000000] == "中国" and subjects[47250000000] == "中国", table
