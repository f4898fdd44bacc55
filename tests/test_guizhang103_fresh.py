"""Round 103 (guizhang103): regulations and measures with numbered articles — a city government's
规定 (厦门市新型墙体材料管理规定), a city people's congress standing committee's limits on fines set by
rules (上海市…罚款限额的规定), a city government's work rules and their 印发 notice (金华, 镇巴县), a city
commission's 管理规定 (上海市文明工地), a city's draft 安全生产条例 (徐州), the penalty articles of a
safety regulation and the national 档案法 (fresh texts of /tmp/s26/fresh/guizhang103, from Fujian,
Shanghai, Zhejiang, Jiangsu, Shaanxi and national law).  Fixes: a rule's cap or floor written with its
modal (不得超过, 最高不超过, 不得低于) left 不得/最高 in the indicator; the threshold of a rule's case
(违法所得五万元以上的，…; 违法所得不足五万元的，…) read as a figure with the case as its indicator;
a field's rules and regulations in general (安全生产规章制度) read as a programme."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def _programmes(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Programme"}


def test_a_cap_written_with_its_modal_leaves_no_modal_in_the_indicator():
    """02-shanghai-fakuan-xiane: 对经营活动中违反行政管理秩序的行为设定罚款,不得超过三万元 (base: indicator 不得,
    30000 元); a subsidy cap (每户补助资金不得超过5万元: base 每户补助资金不得) and a ceiling with 最高 (补助标准
    最高不超过3000元/亩: base 补助标准最高) likewise.  A plain 不超过 and a standard with no modal keep theirs."""
    doc = extract_text("规定\n二、对经营活动中违反行政管理秩序的行为设定罚款,不得超过三万元。")
    assert {i for i, *_ in _metrics(doc)} and not any(i.endswith("不得") for i, *_ in _metrics(doc)), _metrics(doc)
    assert 30000 in {v for _, v, _ in _metrics(doc)}, _metrics(doc)
    doc = extract_text("办法\n第八条 每户补助资金不得超过5万元。")
    assert ("补助资金", 50000, "元/户") in _metrics(doc), _metrics(doc)  # minsheng117: 每户 opening it is the per part
    doc = extract_text("办法\n第九条 补助标准最高不超过3000元/亩。")
    assert ("补助标准", 3000, "元/亩") in _metrics(doc), _metrics(doc)
    doc = extract_text("办法\n第十条 企业职工最低工资不得低于1800元。")
    assert ("企业职工最低工资", 1800, "元") in _metrics(doc), _metrics(doc)
    doc = extract_text("办法\n第八条 单个项目补助不超过200万元。")
    assert ("单个项目补助", 2000000, "元") in _metrics(doc), _metrics(doc)


def test_the_threshold_of_a_rules_case_is_no_figure():
    """06-qiye-anquan-fakuan: 违法所得五万元以上的,依法并处违法所得一倍以上五倍以下的罚款;没有违法所得或者违法所得
    不足五万元的,依法单处或者并处一万元以上五万元以下的罚款 (base: figures 违法所得 50000 元 and 没有违法所得或者
    违法所得 50000 元).  A bound run into its class noun (500万元以上的企业达到120家) and a bounded figure reached
    (完成投资500亿元以上) stay."""
    doc = extract_text("规定\n第三十二条 违法所得五万元以上的,依法并处违法所得一倍以上五倍以下的罚款;没有违法所得或者违法所得"
                       "不足五万元的,依法单处或者并处一万元以上五万元以下的罚款。")
    assert not doc.metrics, _metrics(doc)
    doc = extract_text("统计\n全市年销售收入500万元以上的企业达到120家。")
    assert (120, "家") in {(v, u) for _, v, u in _metrics(doc)}, _metrics(doc)
    doc = extract_text("投资\n全年全县完成投资500亿元以上。")
    assert 50000000000 in {v for _, v, _ in _metrics(doc)}, _metrics(doc)


def test_a_fields_rules_and_regulations_are_no_programme():
    """05-xuzhou-anquan-tiaoli: 建立健全安全生产规章制度,推进安全生产标准化建设 (base: a programme 安全生产规章制度).
    A system named by what it is for (河长制, 首问负责制度) and a titled rule stay."""
    doc = extract_text("条例\n第四条 生产经营单位应当建立健全安全生产规章制度,推进安全生产标准化建设。")
    assert not {n for n in _programmes(doc) if n.endswith("规章制度")}, _programmes(doc)
    doc = extract_text("条例\n第四条 各单位应当建立首问负责制度,执行《徐州市安全生产条例》。")
    assert {"首问负责制度", "徐州市安全生产条例"} <= _programmes(doc), _programmes(doc)


def test_a_regulations_own_title_line_is_that_programme():
    """01-xiamen-qiangti: 厦门市新型墙体材料管理规定 / 福建省厦门市人民政府（2002年） / 第一条为推进本市墙体材料革新…,
    制定本规定 (base: no programme — a plan's title line over its text was read, a regulation's over its
    articles not); a county government's 工作规则 over 第一章 likewise.  A headline telling of the rule
    (我市出台安全生产条例) stays a story."""
    doc = extract_text("厦门市新型墙体材料管理规定\n福建省厦门市人民政府（2002年）\n\n"
                       "第一条为推进本市墙体材料革新和建筑节能工作,制定本规定。\n第二条凡在本市辖区的墙体材料生产企业,均应遵守本规定。")
    assert "厦门市新型墙体材料管理规定" in _programmes(doc), _programmes(doc)
    doc = extract_text("镇巴县人民政府工作规则\n\n第一章 总则\n\n一、根据有关规定,结合本县实际,制定本规则。")
    assert "镇巴县人民政府工作规则" in _programmes(doc), _programmes(doc)
    doc = extract_text("我市出台安全生产条例\n第一条 为了加强安全生产工作,制定本条例。")
    assert not _programmes(doc), _programmes(doc)
