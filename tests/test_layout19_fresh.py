"""Notices as government sites publish them (round 19): a joint notice's signers written one organ
to a line with blank lines between them, over the date line.  The layout kept them in one paragraph
(a line without a full stop runs on), so two organs' names read as one organ's unit
(国家发展和改革委员会市场监督管理总局, a false sub-organisation) and a signer was lost.  Each such line is
a unit of its own; a signers' line of names no finder read is still passed over on the way up; and
市场监督管理总局 (without 国家) is the national administration's name as signers write it.
Texts written for these tests in the shape of such notices."""
from __future__ import annotations

from kg.builder import extract_document
from kg.model import Doc
from kg.stages.layout import split_articles

NOTICE = """关于印发《重点行业节能降碳行动方案》的通知

各省、自治区、直辖市发展改革委：

现将《重点行业节能降碳行动方案》印发给你们，请认真贯彻执行。

国家发展和改革委员会

市场监督管理总局

国家能源局

2022年6月8日
"""

PROVINCE = """关于做好秋季学期资助工作的通知

各市（州）教育局、财政局：

现就有关事项通知如下，请遵照执行。

四川省教育厅

四川省财政厅

2023年8月20日
"""


def _result(text: str):
    doc = Doc(id="t", source="t.txt", text=text)
    res = extract_document(doc)
    names = {k: e.name for k, e in res.entities.items()}
    return res, names


def test_signer_lines_over_blank_lines_stay_apart():
    """Each organ's line is its own paragraph of the article text, not run into the next one."""
    art = split_articles(Doc(id="t", source="t.txt", text=NOTICE))[0]
    assert "国家发展和改革委员会\n市场监督管理总局\n国家能源局" in art.text
    art = split_articles(Doc(id="t", source="t.txt", text=PROVINCE))[0]
    assert "四川省教育厅\n四川省财政厅" in art.text


def test_no_organ_chained_across_signer_lines():
    """No entity spans two signers' names, and no false unit of the first organ."""
    res, names = _result(NOTICE)
    assert not any("委员会市场" in e.name for e in res.entities.values())
    assert not [r for r in res.relations if r.predicate == "subOrganizationOf"
                and names[r.object] == "国家发展和改革委员会"]


def test_every_signer_runs_the_document():
    """All three signers issue the plan the notice prints, the unread-looking middle line included."""
    res, names = _result(NOTICE)
    runs = {names[r.subject] for r in res.relations if r.predicate == "runs"
            and names[r.object] == "重点行业节能降碳行动方案"}
    assert runs == {"国家发展和改革委员会", "国家市场监督管理总局", "国家能源局"}


# A notice's title as government sites print it: broken over two or three lines (blank lines between
# or not), under a red header that names the issuer (…文件) and the document number.
RED_HEADER = """湖北省人民政府办公厅文件

鄂政办发〔2021〕15号

湖北省人民政府办公厅关于做好农村

义务教育学生营养改善工作的通知

各市、州、县人民政府，省政府各部门：

现就有关事项通知如下。

湖北省人民政府办公厅

2021年4月2日
"""

THREE_LINES = """福建省人民政府办公厅关于印发福建省

进一步促进农村消费

实施方案的通知

闽政办〔2022〕8号

各设区市人民政府，省政府各部门：

《福建省进一步促进农村消费实施方案》已经省人民政府同意，现印发给你们，请认真组织实施。

福建省人民政府办公厅

2022年5月6日
"""

AFTER_GUANYU = """黔政办发〔2019〕3号
贵阳市人民政府办公厅关于
印发《贵阳市人民政府重大行政决策程序规定》和《贵阳市人民政府规范性文件管理办法实施细则》的通知
各区（市、县）人民政府，市政府各工作部门：
经市人民政府同意，现将两个文件印发给你们，请认真贯彻执行。
2019年1月20日
"""

ISSUER_OVER_TITLE = """云南省曲靖市人民政府

曲靖市人民政府关于印发曲靖市城市管理办法的通知

各县（市、区）人民政府，市直各部门：

《曲靖市城市管理办法》已经市人民政府常务会议通过，现印发给你们，请认真贯彻执行。

2010年5月4日
"""


def _title(text: str) -> str | None:
    return split_articles(Doc(id="t", source="t.txt", text=text))[0].title


def test_title_over_two_lines_under_red_header():
    """The red header (…文件) and the document number are no title; the title's two lines are one."""
    assert _title(RED_HEADER) == "湖北省人民政府办公厅关于做好农村义务教育学生营养改善工作的通知"


def test_title_over_three_lines():
    """A title set over three lines with blank lines between reads whole."""
    assert _title(THREE_LINES) == "福建省人民政府办公厅关于印发福建省进一步促进农村消费实施方案的通知"
    res, names = _result(THREE_LINES)
    runs = {(names[r.subject], names[r.object]) for r in res.relations if r.predicate == "runs"}
    assert ("福建省人民政府办公厅", "福建省进一步促进农村消费实施方案") in runs


def test_title_broken_after_guanyu_over_a_long_line():
    """…办公厅关于 / 印发《…》和《…》的通知: the long second line is the title's end, not prose."""
    assert _title(AFTER_GUANYU) == ("贵阳市人民政府办公厅关于印发《贵阳市人民政府重大行政决策程序规定》"
                                    "和《贵阳市人民政府规范性文件管理办法实施细则》的通知")


def test_issuer_header_over_title_stays_in_text():
    """A red header naming the issuer (云南省曲靖市人民政府) is no title; its places are still read."""
    assert _title(ISSUER_OVER_TITLE) == "曲靖市人民政府关于印发曲靖市城市管理办法的通知"
    res, names = _result(ISSUER_OVER_TITLE)
    part = {(names[r.subject], names[r.object]) for r in res.relations if r.predicate == "partOf"}
    assert ("曲靖市", "云南省") in part


# A notice's annex line (附件：…) set right above its signers, across a blank line: it did run on into
# the first signer's line (附件：…监测表江西省农业农村厅), and that signer was lost.
ANNEX = """关于开展2022年度农业龙头企业监测工作的通知

各市、县（区）农业农村局：

为做好监测工作，现将有关事项通知如下。

附件：农业龙头企业监测表

江西省农业农村厅
江西省财政厅
2022年9月5日

抄送：省发展改革委、省统计局
"""


def test_annex_line_stays_apart_from_signers():
    """The annex line is a unit of its own; both signers issue the notice; the copy line issues nothing."""
    art = split_articles(Doc(id="t", source="t.txt", text=ANNEX))[0]
    assert "附件：农业龙头企业监测表\n" in art.text
    res, names = _result(ANNEX)
    runs = {names[r.subject] for r in res.relations if r.predicate == "runs"}
    assert runs == {"江西省农业农村厅", "江西省财政厅"}


ISSUER_LINE_TITLE = """山西省晋中市人民政府办公室

关于印发晋中市政务服务事项办理规程的通知
（ 市政办发〔2015〕21号 ）

市政府各部门，市直各单位：

现将《晋中市政务服务事项办理规程》印发给你们，请遵照执行。

二〇一五年六月九日
"""


def test_issuer_line_over_title_and_bracketed_number():
    """The issuer set on its own line over 关于…的通知, the document number in brackets under it: the two
    title lines are one title, the bracketed number a unit of its own."""
    assert _title(ISSUER_LINE_TITLE) == "山西省晋中市人民政府办公室关于印发晋中市政务服务事项办理规程的通知"


REPLY = """省人民政府关于同意设立某某经济开发区的批复
某政函〔2013〕86号
某某市人民政府：
你市《关于设立某某经济开发区的请示》收悉。现批复如下：
一、同意设立某某经济开发区。
二、所需人员编制和经费由你市自行解决。
省人民政府
二0一三年八月六日
"""


def test_signature_date_typed_with_a_digit_zero():
    """二0一三年八月六日: the zero typed as the digit 0 (as ○ and O are) still reads as the reply's date."""
    doc = Doc(id="t", source="t.txt", text=REPLY)
    res = extract_document(doc)
    assert res.document["date"] == "2013-08-06"


def test_headline_with_guanyu_over_dash_subtitle_not_joined():
    """Guard: a news headline holding 关于 over a ——subtitle that ends in a document head is no title
    broken over lines; the headline stays the title alone."""
    text = ("省政府出台关于促进消费的政策措施\n\n——解读《关于进一步促进消费的实施意见》\n\n"
            "近日，省政府印发实施意见，提出十条措施。\n")
    assert _title(text) == "省政府出台关于促进消费的政策措施"
