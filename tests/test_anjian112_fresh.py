"""Round 112 (anjian112): work-safety inspection news — 获嘉县应急管理局's 安全生产 campaign report (排查企业684家,
隐患整改率87%), 屯溪区安委会办公室's 隐患整治"回头看" (督查组分为3个组, 检查企业101家), 石泉县's hazardous-chemicals
check, 上海's 安全生产大检查 (市安全监管局, 16个区安全监管局), 六盘水's 五一 inspections (检查企业404家次), 山东省应急厅's
工贸企业 campaign and 大歇镇's township check (fresh texts of /tmp/s27/txt/anjian112).  Fixes: 安全监管局, the
short form of 安全生产监督管理局 (as 安监局), an agency of its place; a team split into groups (督查组分为3个组)
counts the team, no 督查组分 cut at 为, and a division so written (耕地划分为三类) the land; 深井 (a deep well,
73家深井铸造企业) no place jieba's ns tag alone makes."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def _metrics(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def test_anquan_jianguan_ju_is_the_work_safety_bureau():
    """04-shanghai-city: 市安全监管局对16个区安全监管局监督检查的覆盖率…进行统计; base: no agency."""
    doc = extract_text("安全生产\n8月22日，上海市安全监管局对各区安全监管局监督检查的覆盖率进行统计和通报。")
    assert "上海市安全生产监督管理局" in _names(doc, "Agency"), _names(doc, "Agency")
    doc = extract_text("安全生产\n近日，宜兴市安全监管局组织开展危险化学品企业专项检查，检查企业56家。")
    assert "宜兴市安全生产监督管理局" in _names(doc, "Agency"), _names(doc, "Agency")
    assert ("检查企业", 56, "家") in _metrics(doc)


def test_anjian_ju_and_full_form_stay():
    """Guard: 安监局 and the full 安全生产监督管理局 read as before."""
    doc = extract_text("安全生产\n12月10日，汶上县安监局、县住建局组成检查组开展检查。")
    assert "汶上县安全生产监督管理局" in _names(doc, "Agency"), _names(doc, "Agency")
    doc = extract_text("安全生产\n3月5日，望城区安全生产监督管理局召开会议。")
    assert "望城区安全生产监督管理局" in _names(doc, "Agency"), _names(doc, "Agency")


def test_a_team_split_into_groups_counts_the_team():
    """02-tunxi-district: 本次督查组分为3个组，…检查企业101家; base: indicator 督查组分."""
    got = _metrics(extract_text("安全生产\n本次督查组分为3个组，检查企业101家。"))
    assert ("督查组", 3, "个") in got, got
    got = _metrics(extract_text("耕地\n全县耕地划分为三类，面积120万亩。"))
    assert ("耕地", 3, "类") in got, got


def test_words_ending_in_fen_keep_it_before_wei():
    """Guard: 得分为, 部分为 keep their 分 (a score, a part), and 分为 after a count stays as it was."""
    got = _metrics(extract_text("考核\n该县考评得分为141.15分。"))
    assert ("考评得分", 141.15, "分") in got, got
    got = _metrics(extract_text("财政\n其中农业部分为3.2亿元。"))
    assert ("农业部分", 320000000, "元") in got, got
    got = _metrics(extract_text("培训\n学员120名，分为3个班。"))
    assert ("学员", 120, "名") in got, got


def test_a_deep_well_is_no_place():
    """06-shandong-province: 山东将对…73家深井铸造企业…开展全覆盖集中检查; base: Place 深井 (pos.ns)."""
    doc = extract_text("安全生产\n山东将对25家钢铁企业、73家深井铸造企业开展全覆盖集中检查。")
    assert "深井" not in _names(doc, "Place"), _names(doc, "Place")
    assert ("深井铸造企业", 73, "家") in _metrics(doc)
    doc = extract_text("台山\n台山市深井镇开展安全生产检查。")
    assert "深井镇" in _names(doc, "Place"), _names(doc, "Place")
