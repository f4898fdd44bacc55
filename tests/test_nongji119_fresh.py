"""Round 119 (nongji119): farm mechanisation, machinery-purchase subsidy, seed-industry, high-standard farmland
and grain-output notices and reports (宜宾 district's 一卡通 subsidy payout, 安定区 subsidy funds, 安图县农机局,
乐山 市中区 and 古丈县 farmland acceptance, 华蓥市 farmland projects, 悦来镇 visit, 襄阳 winter works, 国家统计局
2023 grain output, 秦安县农机管理站 三夏 report, 农业农村部 seed bases, 农业部 2017 mechanisation; fresh texts of
/tmp/s27/txt/nongji119).  Fixes (base → now):
- the stations of a county's agriculture bureau named by their work (秦安县农机管理站, 县农机安全监理站, 县农机化服务中心,
  县土肥站, 县植保植检站, 县农技推广站, 县种业发展中心, 县农田建设服务中心): no agency → the agency (department stems);
- a footbridge (200米人行桥, 11座人行桥, 人行便桥): an Agency 中国人民银行 and the bridge's metrics placed in 中国 →
  no bank, the county's bridges;
- 中央 before a longer-named subsidy fund or a centrally funded project (下达中央农机具购置补贴资金747万元,
  中央财政高标准农田建设项目22.99万亩): subject 中国 → the province or city of the story;
- a province handing funds down in the report of a county inside it (2024年,甘肃省共下达…资金747万元, in 安定区's
  report): 中国, then 甘肃省 carried to the paragraph's figures → 安定区;
- funds paid down to a place named right after (省里拨付安图县中央农机购置补贴专项资金共计1200万元): indicator
  拨付安图县中央农机购置补贴专项资金 → 中央农机购置补贴专项资金;
- the stage a farmland figure waits for (该项目实施后每亩粮食平均增产50公斤, 实施后粮食产量提高20%): 后每亩粮食平均增产
  → 每亩粮食平均增产 (实施, 改造, 整治 join the stage verbs; 实施后续资金 keeps 后续)."""
from __future__ import annotations

import pytest

from conftest import extract_text


def _agencies(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Agency"}


def _metrics(doc) -> dict[tuple, tuple[str | None, str]]:
    """(value, unit) → (subject name, indicator)."""
    out = {}
    for m in doc.metrics:
        subj = doc.entities[m.subject].name if m.subject in doc.entities else None
        out[(m.value, m.unit)] = (subj, m.indicator)
    return out


@pytest.mark.parametrize("name", ["秦安县农机管理站", "秦安县农机安全监理站", "秦安县农机化服务中心", "秦安县土肥站",
                                  "秦安县植保植检站", "秦安县农技推广站", "秦安县种业发展中心", "秦安县农田建设服务中心"])
def test_agriculture_bureau_stations_are_agencies(name):
    doc = extract_text(f"为了做好今年的小麦机收工作,{name}提前行动,精心组织,强化服务。")
    assert name in _agencies(doc)


def test_station_is_under_the_agriculture_bureau():
    doc = extract_text("县农业农村局下属的县农机管理站、县种子管理站和县土肥站联合开展检查。")
    subs = {(doc.entities[r.subject].name, doc.entities[r.object].name) for r in doc.relations
            if r.predicate == "subOrganizationOf"}
    assert ("县农机管理站", "县农业农村局") in subs and ("县土肥站", "县农业农村局") in subs


def test_footbridge_is_no_central_bank():
    doc = extract_text("古丈县高标准农田项目建设3000米农田防护墙、11座人行桥、200米人行桥、2座人行便桥。")
    assert "中国人民银行" not in _agencies(doc)
    assert _metrics(doc)[(200, "米")][0] == "古丈县"


def test_central_bank_short_form_stays():
    doc = extract_text("人行桂林市中心支行发布通知。")
    assert "中国人民银行桂林市中心支行" in _agencies(doc)


def test_central_subsidy_fund_is_the_source_not_the_subject():
    doc = extract_text("襄阳市抢抓冬春农时,力争在2025年5月底前完成2024年度中央财政高标准农田建设项目22.99万亩的田间主体工程。")
    assert _metrics(doc)[(229900, "亩")][0] == "襄阳市"


def test_province_handing_funds_down_in_a_county_report():
    text = ("安定区农机购置补贴资金落实情况\n"
            "2024年,甘肃省共下达中央农机具购置补贴资金747万元,其中第一批补贴资金520万元、第二批补贴资金227万元。"
            "截止5月28日,已兑付补贴资金504.8558万元,已补贴各类农机具1007台(套),受益购机主体599户(个)。")
    mets = _metrics(extract_text(text))
    assert mets[(7470000, "元")][0] == "安定区"
    assert mets[(5200000, "元")][0] == "安定区"
    assert mets[(599, "户")][0] == "安定区"


def test_province_own_report_keeps_its_figure():
    """Guard: the province's own report of what it handed down keeps the province."""
    doc = extract_text("甘肃省农业农村厅发布消息。2024年,甘肃省共下达中央农机具购置补贴资金7.47亿元。")
    assert _metrics(doc)[(747000000, "元")][0] == "甘肃省"


def test_funds_paid_down_to_the_county():
    doc = extract_text("安图县农机补贴资金落实工作进展顺利\n今年省里拨付安图县中央农机购置补贴专项资金共计1200万元。")
    assert _metrics(doc)[(12000000, "元")] == ("安图县", "中央农机购置补贴专项资金")


def test_stage_carried_out_is_no_word_of_the_yield_gain():
    doc = extract_text("该县建设1.75万亩高标准农田,该项目实施后每亩粮食平均增产50公斤。")
    assert _metrics(doc)[(50, "公斤")][1] == "每亩粮食平均增产"


def test_bare_stage_is_no_word_of_the_output_gain():
    doc = extract_text("实施后粮食产量提高20%。")
    assert _metrics(doc)[(20, "%")][1] == "粮食产量提高"


def test_after_noun_keeps_its_hou():
    """Guard: 后续 is a word (实施后续资金 keeps it); 投产后 still goes, 后备 stays."""
    doc = extract_text("全面实施后续资金500万元。")
    assert _metrics(doc)[(5000000, "元")][1].endswith("后续资金")
    doc = extract_text("项目投产后年产值预计达到3亿元。")
    assert _metrics(doc)[(300000000, "元")][1] == "年产值"
    doc = extract_text("后备干部达到30人。")
    assert _metrics(doc)[(30, "人")][1] == "后备干部"
