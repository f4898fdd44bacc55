"""Plain documents (no `#` headlines): a blank line after a line that is a whole unit — a numbered
heading, a signature (post and name), a document number, a date line, a title ending in a document
head — or before a salutation ends that paragraph, where a newspaper column broken mid-sentence
would run on.  The texts are written in the shapes of government notices and work reports."""
from kg.model import Doc
from kg.stages.layout import split_articles

NOTICE = """关于加快推进县域经济高质量发展的实施意见

鲁政发〔2014〕20号

各市、县（市、区）人民政府，省政府各部门：

为加快县域经济发展，现提出以下意见。

一、总体要求

坚持稳中求进工作总基调，推动县域经济高质量发展。

（二）加快产业转型

各地要加快传统产业改造提升。

第三章 保障措施

各有关部门要加强协调配合

，形成工作合力。

山东省人民政府

2014年6月12日
"""

REPORT = """政府工作报告

——2023年1月10日在县第十八届人民代表大会第二次会议上

县长 陈大用

各位代表：

现在，我代表县人民政府向大会报告工作，请予审议。

一、过去五年工作回顾

过去五年，全县地区生产总值年均增长6.5%。
"""


def _paras(text: str) -> list[str]:
    """The lines of the single article's text (one per title, heading or joined paragraph)."""
    arts = split_articles(Doc(id="t", text=text, source="t.txt"))
    assert len(arts) == 1
    return arts[0].text.split("\n")


def _spans_exact(text: str) -> None:
    """Every body span still points at the source text it came from."""
    art = split_articles(Doc(id="t", text=text, source="t.txt"))[0]
    for s, e in art.spans:
        assert text[s:e] and "\n" not in text[s:e]


def test_numbered_headings_stand_apart():
    paras = _paras(NOTICE)
    assert "一、总体要求" in paras
    assert "（二）加快产业转型" in paras
    assert "第三章 保障措施" in paras
    assert "坚持稳中求进工作总基调，推动县域经济高质量发展。" in paras


def test_title_number_salutation_and_date_lines():
    arts = split_articles(Doc(id="t", text=NOTICE, source="t.txt"))
    assert arts[0].title == "关于加快推进县域经济高质量发展的实施意见"
    paras = arts[0].text.split("\n")
    assert "鲁政发〔2014〕20号" in paras
    assert "各市、县（市、区）人民政府，省政府各部门：" in paras
    assert "山东省人民政府" in paras and "2014年6月12日" in paras
    _spans_exact(NOTICE)


def test_broken_sentence_still_joins():
    # a paragraph broken before its comma (the next opens like a fragment) is one paragraph
    assert "各有关部门要加强协调配合，形成工作合力。" in _paras(NOTICE)
    # an ordinary column break across a blank line still joins
    text = "会议对下一步工作作出部署。\n\n全县上下要深入学习贯彻党的二十大精神，坚定不移推动\n\n高质量发展，奋力谱写新篇章。\n"
    assert "全县上下要深入学习贯彻党的二十大精神，坚定不移推动高质量发展，奋力谱写新篇章。" in _paras(text)


def test_heading_broken_inside_a_word_joins():
    text = "今年以来，全县经济运行总体平稳。\n\n一、过去五年工作回\n\n顾与今后打算\n\n过去五年，全县地区生产总值年均增长6.5%。\n"
    assert "一、过去五年工作回顾与今后打算" in _paras(text)


def test_signature_and_report_heading():
    paras = _paras(REPORT)
    assert "县长 陈大用" in paras
    assert "各位代表：" in paras
    assert "一、过去五年工作回顾" in paras  # 回顾|过去 spans the junction, but 回顾 ends the line
    assert "过去五年，全县地区生产总值年均增长6.5%。" in paras


def test_decimal_is_no_enumerator():
    # 1.5 opens a figure, not a numbered heading: the broken sentence joins
    text = "今年以来，全市经济运行总体平稳。\n\n全市新增就业岗位\n\n1.5万个，城镇登记失业率控制在4%以内。\n"
    assert "全市新增就业岗位1.5万个，城镇登记失业率控制在4%以内。" in _paras(text)


def test_page_mode_unchanged_by_plain_rule():
    # with a headline the document is a page: an unterminated line runs on across a blank line
    text = "## 县政府召开常务会议\n\n一、总体要求\n\n坚持稳中求进工作总基调。\n"
    arts = split_articles(Doc(id="t", text=text, source="t.txt"))
    assert "一、总体要求坚持稳中求进工作总基调。" in arts[0].text.split("\n")


def test_title_broken_over_lines_stops_at_salutation():
    # a notice's title set over three lines joins up, then stops before its salutation; the
    # signature's issuer and date stay apart from the annex title after them
    text = ("县人民政府办公室\n\n关于印发《县城市更新\n\n三年行动计划》的通知\n\n各乡镇人民政府，县直各单位：\n\n"
            "现将《县城市更新三年行动计划》印发给你们，请认真组织实施。\n\n县人民政府办公室\n\n2023年3月15日\n\n"
            "县城市更新三年行动计划\n\n为推进城市更新，制定本计划。\n")
    paras = _paras(text)
    assert "县人民政府办公室关于印发《县城市更新三年行动计划》的通知" in paras
    assert "各乡镇人民政府，县直各单位：" in paras
    assert "2023年3月15日" in paras
    assert "县城市更新三年行动计划" in paras


def test_traditional_document_number():
    text = "今年以來，全市經濟運行總體平穩。\n\n發布時間：2023-03-15\n\n懷政辦發〔2023〕9號\n\n各縣市區人民政府：\n"
    paras = _paras(text)
    assert "懷政辦發〔2023〕9號" in paras


def test_long_dash_subtitle_stands_apart():
    # a speech's subtitle longer than a heading line still does not run into the salutation's text
    text = ("在全县高质量发展暨优化营商环境大会上的讲话\n\n"
            "——2023年2月8日在中共某某县委第十四届委员会第五次全体会议暨全县经济工作会议和全县优化营商环境暨招商引资大会上\n\n"
            "同志们：\n\n今天召开的这次会议，主要任务是总结去年工作，部署今年任务。\n")
    paras = _paras(text)
    assert "——2023年2月8日在中共某某县委第十四届委员会第五次全体会议暨全县经济工作会议和全县优化营商环境暨招商引资大会上" in paras
