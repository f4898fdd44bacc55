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
