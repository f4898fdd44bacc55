"""Who issues a notice signed at its foot (relations18, lead): the lines right above the closing
date that hold nothing but organs' names (生态环境部 发展改革委 / 工业和信息化部 公安部 / … /
2020年10月30日) are its signers, and each runs what the title names (关于印发《X》的通知: X); an
organ's name no finder read (能源局) on such a line is passed over, not the block's end; a line of
prose above the date signs nothing.  Notices written in the shape of joint ministerial notices."""
from __future__ import annotations

from kg.builder import extract_document
from kg.model import Doc


def _runs(text: str):
    res = extract_document(Doc(id="t", source="t.txt", text=text))
    names = {k: e.name for k, e in res.entities.items()}
    return {(names[r.subject], names[r.object]) for r in res.relations if r.predicate == "runs"}


_PLAN = "某地区冬季大气污染治理行动方案"


def test_each_signer_runs_the_document_the_title_names():
    runs = _runs(f"关于印发《{_PLAN}》的通知\n各有关市人民政府：\n现将《{_PLAN}》印发给你们，请遵照执行。\n"
                 "生态环境部 发展改革委\n工业和信息化部 公安部\n市场监管总局 能源局\n浙江省人民政府 安徽省人民政府\n"
                 "2020年10月30日\n")
    signed = {a for a, p in runs if p == _PLAN}
    assert {"生态环境部", "国家发展和改革委员会", "工业和信息化部", "公安部", "国家市场监督管理总局",
            "浙江省人民政府", "安徽省人民政府"} <= signed


def test_a_prose_line_above_the_date_signs_nothing():
    runs = _runs(f"关于印发《{_PLAN}》的通知\n各有关市人民政府：\n请生态环境部门会同公安部门抓好落实。\n2020年10月30日\n")
    assert not any(a == "公安部" for a, _ in runs)
