"""Round 104 (xingongkai104): annual reports on government information disclosure (政府信息公开工作年度报告)
of county governments and their offices, city and county departments and a provincial-level city — from
Hubei (保康县农业农村局), Jilin (长春市体育局, 通榆县人民政府办公室), Chongqing (大足区人民政府办公室), Liaoning
(建平县人民政府), Guangdong (湛江市人民政府地方志办公室), Shanghai and Fujian (福州市晋安区), 2016–2025 (fresh texts
of /tmp/s26/fresh/xingongkai104).  Fixes: an office speaking of itself (我办全年未收到…申请；各栏目共刊发…44篇)
or a department (我厅) is the agency its title names, like 我局 before; a figure whose sentence names no one,
after its paragraph's own 我局 (我局高度重视…。本年度，共受理政府信息公开申请2件), is that agency's too, not
the article's city's — while a paragraph without one, or a sentence naming its own place, keeps the place;
the offices that run the disclosure work (县政务公开办公室, 晋安区人民政府信息公开办公室) are agencies, while
the platforms and columns named after the work (政府信息公开平台, 政务公开专区, 信息公开栏) are not."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def _subjects(doc) -> dict[tuple, str | None]:
    return {(m.indicator, m.value): (doc.entities[m.subject].name if m.subject in doc.entities else None)
            for m in doc.metrics}


def test_our_office_speaks_for_the_title_agency():
    """06-zhanjiang-dfz: 2023年，我办全年未收到行政许可申请；全年未接到信息公开申请；各栏目共刊发文稿、通知、公告、
    公示等44篇 (base: 湛江市's 44篇).  我办 is the office of the title; 我办理 is no 我办."""
    doc = extract_text("湛江市人民政府地方志办公室2023年政府信息公开工作年度报告\n一、总体情况\n"
                       "2023年，我办全年未收到行政许可申请；全年未接到信息公开申请；各栏目共刊发文稿、通知、公告、公示等44篇。")
    subs = _subjects(doc)
    assert [s for (ind, v), s in subs.items() if v == 44] == ["湛江市人民政府地方志办公室"]
    doc = extract_text("湛江市人民政府地方志办公室2023年政府信息公开工作年度报告\n一、总体情况\n"
                       "2023年，由窗口为群众帮我办理证照，全市共发放证照44件。")
    assert "湛江市人民政府地方志办公室" not in [s for (ind, v), s in _subjects(doc).items() if v == 44]


def test_our_department_speaks_for_the_title_agency():
    """我厅 as 我局 (a provincial department's report): 2023年，我厅通过门户网站主动公开政府信息1200条."""
    doc = extract_text("吉林省民政厅2023年政府信息公开工作年度报告\n一、总体情况\n"
                       "2023年，我厅通过门户网站主动公开政府信息1200条。")
    assert [s for (ind, v), s in _subjects(doc).items() if v == 1200] == ["吉林省民政厅"]


def test_a_paragraphs_own_bureau_carries_to_a_sentence_naming_no_one():
    """02-changchun-tiyu: （二）依申请公开工作情况。我局高度重视依申请公开事项的答复，…。本年度，共受理政府信息公开
    申请2件，都在法定期限内予以答复 (base: 长春市's 2件; the sentence before with 我局 was already the bureau's)."""
    doc = extract_text("长春市体育局2023年政府信息公开工作年度报告\n一、总体情况\n"
                       "（二）依申请公开工作情况。我局高度重视依申请公开事项的答复，在规定时限内答复申请人。"
                       "本年度，共受理政府信息公开申请2件，都在法定期限内予以答复。")
    assert [s for (ind, v), s in _subjects(doc).items() if v == 2] == ["长春市体育局"]


def test_no_bureau_in_the_paragraph_or_a_place_named_keeps_the_place():
    """The carry stops at the paragraph and gives way to a place the sentence names: a paragraph without 我局
    keeps the city's figure, and 全县 after 我局 is the county's."""
    doc = extract_text("长春市体育局2023年政府信息公开工作年度报告\n一、总体情况\n"
                       "我局高度重视依申请公开事项的答复。\n"
                       "（二）依申请公开工作情况。本年度，共受理政府信息公开申请2件。")
    assert [s for (ind, v), s in _subjects(doc).items() if v == 2] != ["长春市体育局"]
    doc = extract_text("通榆县农业农村局2025年政府信息公开工作年度报告\n一、总体情况\n"
                       "我局统筹推进全县政府信息公开工作。2025年，全县累计主动公开政府信息9条。")
    assert [s for (ind, v), s in _subjects(doc).items() if v == 9] == ["通榆县"]


def test_the_disclosure_offices_are_agencies():
    """08-jinan-fuzhou: 由福州市晋安区人民政府信息公开办编制…可致电福州市晋安区人民政府信息公开办公室 (base: only
    晋安区人民政府); the brief's 县政务公开办公室 and 宿州市政务公开办公室 likewise."""
    doc = extract_text("福州市晋安区2016年政府信息公开工作年度报告\n本报告由福州市晋安区人民政府信息公开办编制。"
                       "如有疑问，可致电福州市晋安区人民政府信息公开办公室。")
    assert "晋安区人民政府信息公开办公室" in _names(doc, "Agency")
    doc = extract_text("宿州市人民政府2016年政府信息公开工作年度报告\n如对本年度报告有任何疑问，请与宿州市政务公开办公室联系。")
    assert "宿州市政务公开办公室" in _names(doc, "Agency")


def test_platforms_and_columns_of_the_work_are_no_agencies():
    """The words of the work name platforms, columns and days too: none of them is an agency."""
    doc = extract_text("保康县2023年政府信息公开工作年度报告\n保康县通过政府信息公开平台、政务公开专区和信息公开栏发布信息，"
                       "设立政务公开日，在县政府信息公开网站和政务公开中心公开，局政务公开科负责。")
    agencies = _names(doc, "Agency")
    assert not any("公开" in a for a in agencies), agencies
