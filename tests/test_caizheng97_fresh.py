"""Round 97 (caizheng97): public finance — county budget execution and final-account reports
(预算执行情况, 决算草案的报告), monthly 一般公共预算 revenue and spending releases of finance bureaus
(1—N月, 上半年, 元至5月) and finance-bureau news of special-purpose bonds (新增专项债券), from Shaanxi
(周至县), Guangxi (天等县), Jiangxi (湖口县), Hunan (常德市), Shandong, Tianjin, Guangdong (广州市), Anhui
(铜陵市), Henan (巩义市) and Chongqing (巴南区) (fresh texts of /tmp/s26/fresh/caizheng97).  Fixes: the
year a sentence names held for the figures after a 年初 budget in it (2023年全县财政总收入…，完成年初上报…
预算收入计划…的98.9%: 2023, not the publication's 2024); a colon line's earlier sentence (…完成调整预算
收入计划…的100%。主要收入项目完成情况是：) no longer makes the items listed below it targets; budget
functions sharing the spending their list closes with (公共卫生、扶贫、社会保障和就业、农业农村支出分别增长…:
公共卫生支出增长, not 公共卫生增长; 教育、科技、农林水支出: 教育支出, not 教育水支出); and the parts of a whole
broken down after 其中 by budget tier or by place (其中：市本级完成44.11亿元；市辖区完成49.5亿元: 市本级一般
公共预算支出, not a bare 市本级; 其中：武陵区完成10亿元: 武陵区's 一般公共预算收入, not dropped)."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> dict[tuple[str | None, str], list]:
    out: dict[tuple[str | None, str], list] = {}
    for m in doc.metrics:
        subject = doc.entities[m.subject].name if m.subject in doc.entities else None
        out.setdefault((subject, m.indicator), []).append(m)
    return out


def test_the_sentence_year_holds_after_a_budget_set_at_year_start():
    """03-hukou-yusuan: 2023年全县财政总收入完成545876万元,完成年初上报县人民代表大会预算收入计划552200万元的
    98.9%,…,同比增长4% in a report published 2024-12-06 (base: the share and the growth after 年初 read as
    2024, the publication's year — 年初 named the budget, the sentence had named its year).  With no year
    named in the sentence no year is taken from elsewhere (the 年初 budget is the publication's year, if any)."""
    doc = extract_text("湖口县财政预算执行情况\n来源:湖口县人民政府网站 2024-12-06\n"
                       "2023年全县财政总收入完成545876万元,完成年初上报县人民代表大会预算收入计划552200万元的98.9%,"
                       "完成调整预算收入计划550000万元的99.3%,同比增长4%。\n")
    got = _metrics(doc)
    assert {m.period for m in got[("湖口县", "财政总收入为计划")]} == {"2023"}, got
    assert [m.period for m in got[("湖口县", "财政总收入同比增长")]] == ["2023"], got
    doc = extract_text("湖口县财政预算执行情况\n来源:湖口县人民政府网站 2024-12-06\n"
                       "全县财政总收入完成545876万元,完成年初预算的98.9%。\n")
    assert {m.period for ms in _metrics(doc).values() for m in ms} <= {None, "2024"}, _metrics(doc)


def test_a_colon_lines_earlier_sentence_makes_no_targets_of_the_items():
    """03-hukou-yusuan: …完成调整预算收入计划275000万元的100%,同比增收56533万元,同比增长26%。主要收入项目完成情况是:
    ⏎ 税收收入完成169975万元,完成预算98%,同比增长6%,其中: 增值税91260万元,… (base: 税收收入, 增值税 and their
    changes all targets — the 计划 of the sentence before the colon line's own).  A colon line that itself
    states targets (主要预期目标是：) still makes the items below it targets."""
    doc = extract_text("湖口县财政预算执行情况\n"
                       "一般公共预算收入完成数274609万元,完成调整预算收入计划275000万元的100%,同比增长26%。主要收入项目完成情况是:\n"
                       "税收收入完成169975万元,完成预算98%,同比增长6%,其中: 增值税91260万元,完成预算111%,同比增长21%。\n")
    got = _metrics(doc)
    for key in (("湖口县", "税收收入"), ("湖口县", "税收收入同比增长"), ("湖口县", "增值税"), ("湖口县", "增值税同比增长")):
        assert [m.status for m in got[key]] == [None], (key, got)
    doc = extract_text("湖口县政府工作报告\n全县生产总值增长5%。今年主要预期目标是:\n地区生产总值增长6%;\n")
    assert [m.status for m in _metrics(doc)[("湖口县", "地区生产总值增长")]] == ["target"], _metrics(doc)


def test_budget_functions_share_the_spending_their_list_closes_with():
    """05-shandong-shangbannian: 公共卫生、扶贫、社会保障和就业、农业农村支出分别增长53.6%、20.3%、5.4%、1.1%
    (base: 公共卫生增长, 扶贫增长, 社会保障和就业增长 — no spending named).  教育、科技、农林水支出 gives 教育支出, not
    教育水支出 (the cut at the middle item's length stranded 水 on the head); 国有、集体、私营企业 still share
    企业."""
    doc = extract_text("山东省财政收支\n今年1至6月份,全省一般公共预算支出5170亿元,下降7.7%。"
                       "公共卫生、扶贫、社会保障和就业、农业农村支出分别增长53.6%、20.3%、5.4%、1.1%。"
                       "教育、科技、农林水支出分别增长3.1%、4.2%、5.3%。"
                       "国有、集体、私营企业分别增长1.5%、2.5%、3.5%。\n")
    got = {ind: [m.value for m in ms] for (_s, ind), ms in _metrics(doc).items()}
    assert got.get("公共卫生支出增长") == [53.6] and got.get("扶贫支出增长") == [20.3], got
    assert got.get("社会保障和就业支出增长") == [5.4] and got.get("农业农村支出增长") == [1.1], got
    assert got.get("教育支出增长") == [3.1] and got.get("科技支出增长") == [4.2], got
    assert got.get("农林水支出增长") == [5.3], got
    assert got.get("国有企业增长") == [1.5] and got.get("私营企业增长") == [3.5], got
    assert not {i for i in got if i in ("公共卫生增长", "扶贫增长", "教育水支出增长")}, got


def test_a_budget_tiers_part_of_the_whole_before():
    """04-changde-1-5yue: 全市累计完成一般公共预算支出227.53亿元,增加19.54亿元,增长9.39%。其中:市本级完成
    44.11亿元,增加4.37亿元,增长11.01%;市辖区完成49.5亿元,…;省直管县完成133.92亿元 (base: indicators
    市本级, 市辖区, 省直管县 — the tier with no measure).  A tier with no whole before it names nothing more."""
    doc = extract_text("常德市财政收支情况\n(二)支出情况:元至5月,全市累计完成一般公共预算支出227.53亿元,增加19.54亿元,"
                       "增长9.39%。其中:市本级完成44.11亿元,增加4.37亿元,增长11.01%;市辖区完成49.5亿元,"
                       "增加4.71亿元,增长10.52%;省直管县完成133.92亿元,增加10.45亿元,增长8.47%。\n")
    got = {ind: [m.value for m in ms] for (_s, ind), ms in _metrics(doc).items()}
    assert got.get("市本级一般公共预算支出") == [4411000000], got
    assert got.get("市本级一般公共预算支出增长") == [11.01], got
    assert got.get("市辖区一般公共预算支出") == [4950000000], got
    assert got.get("省直管县一般公共预算支出") == [13392000000], got
    assert not {"市本级", "市辖区", "省直管县"} & set(got), got
    doc = extract_text("常德市财政\n全市召开会议。市本级完成44.11亿元。\n")
    assert not any(ind.startswith("市本级") and len(ind) > 3 for (_s, ind) in _metrics(doc)), _metrics(doc)


def test_a_places_part_of_the_whole_after_a_breakdown_mark():
    """The same breakdown by place (常德市's 元至5月 release lists its counties so): 全市一般公共预算收入126亿元,
    增长3%。其中:武陵区完成10亿元,增长5%;鼎城区完成8亿元 (base: the districts' amounts dropped, the growth
    named 武陵区增长).  A percentage after a place is no part of that kind."""
    doc = extract_text("常德市财政收支\n全市一般公共预算收入126亿元,增长3%。其中:武陵区完成10亿元,增长5%;鼎城区完成8亿元。\n")
    got = _metrics(doc)
    assert [m.value for m in got.get(("武陵区", "一般公共预算收入"), [])] == [1000000000], got
    assert [m.value for m in got.get(("鼎城区", "一般公共预算收入"), [])] == [800000000], got
    assert [m.value for m in got.get(("武陵区", "一般公共预算收入增长"), [])] == [5], got
    assert ("武陵区", "武陵区增长") not in got, got
    doc = extract_text("常德市财政收支\n全市一般公共预算收入126亿元,增长3%。其中武陵区完成10亿元,增长5%。\n")
    assert [m.value for m in _metrics(doc).get(("武陵区", "一般公共预算收入"), [])] == [1000000000], _metrics(doc)
    doc = extract_text("常德市财政收支\n全市一般公共预算收入126亿元。武陵区召开会议,部署工作。\n")
    assert not any(s == "武陵区" for (s, _i) in _metrics(doc)), _metrics(doc)


def test_a_figure_after_a_run_of_places_with_their_figures_is_the_wholes():
    """08-tongling-zhuanxiangzhai: 今年一季度全市成功发行两批次新增专项债5.31亿元,其中市本级1.12亿元,铜官区1.6亿元,
    郊区0.78亿元,义安区0.81亿元,枞阳县1亿元,支持产业园区、交通、教育、生态环保等领域14个项目 (base: the 14
    projects 枞阳县's, the last place of the run).  Each district keeps its own amount; a place whose clause
    holds a noun of its own (新建项目12个 after 岳阳市完成8亿元) is not such a run."""
    doc = extract_text("铜陵市财政局\n今年一季度全市成功发行两批次新增专项债5.31亿元,其中市本级1.12亿元,铜官区1.6亿元,"
                       "郊区0.78亿元,义安区0.81亿元,枞阳县1亿元,支持产业园区、交通、教育、生态环保等领域14个项目。\n")
    got = _metrics(doc)
    assert [m.value for m in got.get(("铜陵市", "项目"), [])] == [14], got
    assert ("枞阳县", "项目") not in got, got
    assert [m.value for m in got.get(("枞阳县", "新增专项债"), [])] == [100000000], got
    assert [m.value for m in got.get(("铜官区", "新增专项债"), [])] == [160000000], got
