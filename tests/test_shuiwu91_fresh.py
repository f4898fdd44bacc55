"""Round 91 (shuiwu91): tax news and figures — 税务局 revenue, 减税降费 and 退税 releases, district
revenue reports, a district tax bureau's work plan and a county tax branch's report, from the
national administration, Anhui, Hubei, Jiangsu, Zhejiang and Gansu (fresh texts of
/tmp/s26/fresh/shuiwu91).  Fix: a tax bureau's branch written right after the bureau, by its ordinal
or by the town it serves (国家税务总局南京市江宁区税务局|第一税务分局, 安吉县税务局|递铺税务所, the
official names of the branches, as 07-gansu-lixian-yanguan's 礼县盐关税务分局 is one) is the agency the
text speaks of, named by the whole chain — the base stopped at the bureau and lost the branch.  A word
of which branches (基层税务所, 辖区税务分局) or a verb (加强税务所建设) opens no branch."""
from __future__ import annotations

from conftest import extract_text


def _agencies(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Agency"}


def _located(doc) -> set[tuple[str, str]]:
    return {(doc.entities[r.subject].name, doc.entities[r.object].name) for r in doc.relations
            if r.predicate == "locatedIn" and r.subject in doc.entities and r.object in doc.entities}


def test_a_numbered_tax_branch_after_the_national_organs_bureau_is_the_agency():
    """07-gansu-lixian-yanguan: 礼县盐关税务分局…是典型的西部欠发达地区基层税务分局 — a county bureau's
    branch; its official name is written after the bureau (国家税务总局南京市江宁区税务局第一税务分局).
    Base: the agency stopped at 国家税务总局南京市江宁区税务局 and the branch was lost."""
    doc = extract_text("便民办税\n国家税务总局南京市江宁区税务局第一税务分局近日开展“便民办税春风行动”。")
    assert "国家税务总局南京市江宁区税务局第一税务分局" in _agencies(doc)
    assert ("国家税务总局南京市江宁区税务局第一税务分局", "江宁区") in _located(doc)
    doc = extract_text("调研\n国家税务总局东莞市税务局第二税务分局局长李明介绍，该局办税服务厅日均接待纳税人800人次。")
    assert "国家税务总局东莞市税务局第二税务分局" in _agencies(doc)
    assert "国家税务总局东莞市税务局" not in {doc.entities[r.object].name for r in doc.relations
                                     if r.predicate == "holdsPost" and r.object in doc.entities}


def test_a_tax_office_named_by_its_town_after_a_local_bureau():
    """07-gansu-lixian-yanguan: 盐关税务分局辖区涵盖盐官镇、马河乡、红河乡等5个乡镇 — a branch named by
    the town it serves; written after its bureau (安吉县税务局递铺税务所, 江宁区税务局第一税务分局) the
    chain is the branch.  Base: 国家税务总局安吉县税务局 / 江宁区税务局 only."""
    doc = extract_text("辅导\n国家税务总局安吉县税务局递铺税务所工作人员上门辅导纳税人。")
    assert "国家税务总局安吉县税务局递铺税务所" in _agencies(doc)
    doc = extract_text("活动\n江宁区税务局第一税务分局开展活动。")
    assert "江宁区税务局第一税务分局" in _agencies(doc)


def test_no_branch_from_a_word_of_which_branches_or_a_verb():
    """A word of which branches (基层税务所) or what the bureau does with them (加强税务所建设) names
    no branch: the bureau stays the agency."""
    doc = extract_text("深入企业\n县税务局基层税务所干部深入企业。")
    assert not any(n.endswith("税务所") for n in _agencies(doc))
    doc = extract_text("建设\n国家税务总局东莞市税务局加强税务所建设。")
    assert "国家税务总局东莞市税务局" in _agencies(doc)
    assert not any(n.endswith("税务所") for n in _agencies(doc))
