"""Round 46 (budget46): budget execution reports, audit reports and government work reports from
fresh texts of /tmp/s26/fresh/budget46: a town in an inclusion aside (（含扬子洲镇）) is no subject;
实际完成 after a budget figure is the measure done; 比上年决算数X is the base of the change; the
year of a section headed 2023年预算执行情况 is the year of its 全年; 占调整预算数X is the revised
budget of the level; an undated report's 上年 is the year before the figure's; a report that
tells figures (报告显示) is no subject of them; 全区第四个 is a rank, not the subject's scope."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> list[tuple[str | None, str, float, str | None]]:
    ents = doc.entities
    ms = doc.metrics.values() if isinstance(doc.metrics, dict) else doc.metrics
    return [(ents[m.subject].name if m.subject in ents else None, m.indicator, m.value, m.period) for m in ms]


_DONGHU = ("关于2022年度区本级预算执行和其他财政收支的审计报告\n"
           "发布机构: 东湖区审计局 生成日期: 2023-11-08 15:29\n"
           "2022年,东湖区一般公共预算收入预算数为15.39亿元,实际完成15.39亿元,比上年决算数14.94亿元增长3.0%,"
           "加上上级补助收入13.36亿元;2022年一般公共预算支出预算数为26.93亿元(含扬子洲镇),实际支出24.98亿元,"
           "比上年决算数25.10亿元下降0.5%,加上上解支出6.15亿元、债务还本支出0.03亿元,支出合计31.16亿元。"
           "结转下年1.23亿元。\n"
           "2022年,东湖区政府性基金预算收入预算数为0万元,实际完成8,863万元(全部为上级转移支付)。")


def test_a_town_in_an_inclusion_aside_is_no_subject():
    """东湖区 audit report (Nanchang): 一般公共预算支出预算数为26.93亿元（含扬子洲镇），实际支出24.98亿元…:
    the district's figures, taking in one of its towns (base: every figure after the aside, 支出,
    上解支出, 结转下年, was 扬子洲镇's)."""
    subjects = {s for s, _i, _v, _p in _metrics(extract_text(_DONGHU))}
    assert "扬子洲镇" not in subjects, subjects


def test_actual_after_budget_is_the_measure_done():
    """东湖区: 支出预算数为26.93亿元，实际支出24.98亿元; 政府性基金预算收入预算数为0万元，实际完成8,863万元:
    the spending and the fund revenue done (base: 支出, and 政府性基金预算收入预算数 for 8,863万元)."""
    got = {(i, v) for _s, i, v, _p in _metrics(extract_text(_DONGHU))}
    assert ("一般公共预算支出", 2498000000) in got, got
    assert ("政府性基金预算收入", 88630000) in got, got
    assert ("政府性基金预算收入预算数", 88630000) not in got, got


def test_last_year_s_final_account_is_the_base_of_the_change():
    """东湖区: 比上年决算数14.94亿元增长3.0%: 2021's revenue, and the revenue's growth (base: an
    indicator 增长 for both)."""
    got = {(i, v, p) for _s, i, v, p in _metrics(extract_text(_DONGHU))}
    assert ("一般公共预算收入", 1494000000, "2021") in got, got
    assert ("一般公共预算收入增长", 3, "2022") in got, got
    assert not any(i == "增长" for i, _v, _p in got), got


_ZHOUZHI = ("周至县2023年财政预算执行情况和2024年财政预算草案的报告\n"
            "各位代表:\n"
            "受县人民政府委托,现将我县2023年财政预算执行情况和2024年财政预算草案报告如下,请予审议。\n"
            "一、2023年预算执行情况和财政重点工作\n"
            "(一)财政预算执行情况\n"
            "1.一般公共预算执行情况。全年县级一般公共预算收入31751万元,完成预算数31220万元的101.7%,"
            "较上年28899万元增长9.9%。\n"
            "全年一般公共预算支出537347万元,占调整预算数539267万元的99.6%,较上年508794万元增长5.6%。")


def test_the_year_of_a_budget_execution_section():
    """周至县 budget report (Shaanxi), undated: under 一、2023年预算执行情况, 全年县级一般公共预算收入
    31751万元 is 2023's (base: 2024, the draft budget's year named in the lead)."""
    got = {(i, v): p for _s, i, v, p in _metrics(extract_text(_ZHOUZHI))}
    assert got.get(("县级一般公共预算收入", 317510000)) == "2023", got
    assert got.get(("一般公共预算支出", 5373470000)) == "2023", got


def test_a_revised_budget_is_the_level_s_budget():
    """周至县: 占调整预算数539267万元的99.6%: the spending's revised budget (base: an indicator
    占调整预算数)."""
    got = {(i, v) for _s, i, v, _p in _metrics(extract_text(_ZHOUZHI))}
    assert ("一般公共预算支出调整预算数", 5392670000) in got, got


def test_last_year_in_an_undated_report_is_the_year_before_the_figure_s():
    """周至县: 全年…537347万元 (2023)，较上年508794万元: 2022's spending (base: no period)."""
    got = {(i, v): p for _s, i, v, p in _metrics(extract_text(_ZHOUZHI))}
    assert got.get(("一般公共预算支出", 5087940000)) == "2022", got
    assert got.get(("县级一般公共预算收入", 288990000)) == "2022", got


def test_a_report_telling_figures_is_not_their_subject():
    """人民网 on the national audit report: 《国务院关于2023年度中央预算执行和其他财政收支的审计工作报告》
    （以下简称报告）。报告显示，2023年，中央一般公共预算收入总量约10.74万亿元: the country's (base:
    the report's)."""
    doc = extract_text("审计署:2023年度中央预算执行审计发现各类问题金额226.26亿元\n"
                       "人民网北京6月25日电 (记者杨曦)据审计署消息,6月25日,受国务院委托,审计署侯凯审计长向十四届全国人大"
                       "常委会第十次会议作了《国务院关于2023年度中央预算执行和其他财政收支的审计工作报告》(以下简称报告)。\n"
                       "报告显示,2023年,中央一般公共预算收入总量约10.74万亿元,支出总量约14.9万亿元,赤字4.16万亿元。")
    got = {i: s for s, i, _v, _p in _metrics(doc)}
    assert got.get("中央一般公共预算收入总量") == "中国", got
    assert got.get("赤字") == "中国", got


def test_the_n_th_of_the_region_is_a_rank_not_the_subject():
    """赤峰市 government work report: 工业经济总量成为全区第四个突破2000亿元大关的地区，工业投资增长30%、
    领跑全区: the city's investment (base: 内蒙古自治区's)."""
    doc = extract_text("赤峰市政府工作报告\n"
                       "各位代表:\n现在,我代表市人民政府,向大会报告工作,请予审议。\n"
                       "——令人振奋和鼓舞的是,工业经济总量成为全区第四个突破2000亿元大关的地区,工业投资增长30%、领跑全区。")
    got = {i: s for s, i, _v, _p in _metrics(doc)}
    assert got.get("工业投资增长") == "赤峰市", got


def test_repaid_keeps_its_verb():
    """南漳县 debt disclosure (Hubei): 其中：再融资债券偿还4.89亿元，预算资金偿还1.75亿元: the repayments,
    not a truncated 再融资债券偿 (base: 还 stripped as an adverb)."""
    doc = extract_text("南漳县2023年全年地方政府债务信息公开\n"
                       "截止2023年12月31日,全县到期政府债券本息8.63亿元(本金6.64亿元,利息1.99亿元)。"
                       "其中:再融资债券偿还4.89亿元,预算资金偿还1.75亿元。全部按时偿还。")
    got = {i for _s, i, _v, _p in _metrics(doc)}
    assert {"再融资债券偿还", "预算资金偿还"} <= got, got


def test_items_of_a_bulleted_list_share_the_year_stated_by_an_earlier_item():
    """广东 government work report story: 报告指出： ●2023年广东地区生产总值达到13.57万亿元… ●地方一般公共
    预算收入达1.39万亿元、增长4.3%: 2023's (base: no period)."""
    doc = extract_text("13.57万亿!全国首个\n"
                       "1月23日上午,广东省十四届人大二次会议在广州开幕。省长王伟中向大会作政府工作报告。\n"
                       "报告指出:\n"
                       "●2023年广东地区生产总值达到13.57万亿元、增长4.8%,总量连续35年居全国首位;\n"
                       "●地方一般公共预算收入达1.39万亿元、增长4.3%;\n"
                       "●社会消费品零售总额达4.7万亿元、增长5.8%。\n"
                       "报告提出,今年广东经济社会发展的主要预期目标是:\n"
                       "◆地区生产总值增长5%;\n"
                       "◆地方一般公共预算收入增长3%。")
    got = {(i, v): p for _s, i, v, p in _metrics(doc)}
    assert got.get(("地方一般公共预算收入", 1390000000000)) == "2023", got
    assert got.get(("社会消费品零售总额增长", 5.8)) == "2023", got
    assert got.get(("地方一般公共预算收入增长", 3)) != "2023", got  # another list: this year's targets


def test_new_bonds_keep_their_class():
    """南漳县 debt disclosure: 发行新增政府债券11.31亿元(新增一般债券2.54亿元,新增专项债券8.77亿元): new
    bonds, as against refinancing ones (base: 一般债券, 专项债券, 新增 stripped as a verb)."""
    doc = extract_text("南漳县2023年全年地方政府债务信息公开\n"
                       "2023年全年发行新增政府债券11.31亿元(新增一般债券2.54亿元,新增专项债券8.77亿元)。")
    got = {i for _s, i, _v, _p in _metrics(doc)}
    assert {"新增一般债券", "新增专项债券"} <= got, got


_CHIFENG = ("赤峰市政府工作报告\n"
            "各位代表:\n现在,我代表市人民政府,向大会报告工作,请予审议。\n"
            "一、2024年工作回顾\n"
            "刚刚过去的一年,是深入实施“十四五”规划的关键之年。一年来,在市委带领下,经济社会发展迈出了新步伐。"
            "预计全市地区生产总值增长4%左右,固定资产投资增长10%左右。一般公共预算收入增长11.6%。\n"
            "——令人振奋和鼓舞的是,工业经济总量成为全区第四个突破2000亿元大关的地区,工业投资增长30%、领跑全区。"
            "新能源装机规模突破1000万千瓦,提前一年完成“十四五”规划目标。")


def test_the_past_year_of_an_undated_review_is_its_section_s_year():
    """赤峰市 government work report, undated: 一、2024年工作回顾 ⏎ 一年来，…预计全市地区生产总值增长4%左右:
    2024's (base: no period)."""
    got = {i: p for _s, i, _v, p in _metrics(extract_text(_CHIFENG))}
    assert got.get("地区生产总值增长") == "2024", got
    assert got.get("一般公共预算收入增长") == "2024", got


def test_a_year_ahead_of_schedule_is_no_period():
    """赤峰市: 提前一年完成“十四五”规划目标: how far ahead of time, no 前一年 (base: 前一年 read as a period,
    and the dash lead-in's figures took it; nor the plan's 2021/2025)."""
    from kg.periods import find_periods
    text = "新能源装机规模突破1000万千瓦,提前一年完成“十四五”规划目标。"
    assert not any(w == "前一年" for _a, _b, w in find_periods(text, 0, len(text)))
    got = {i: p for _s, i, _v, p in _metrics(extract_text(_CHIFENG))}
    assert got.get("工业投资增长") == "2024", got


def test_a_bracketed_share_of_a_part_is_kept():
    """人民网 on the national audit report: 此次发现各类问题金额226.26亿元。其中部门本级36.29亿元(占16%),
    所属单位189.97亿元(占84%): each part's share of the whole (base: both dropped as a yardstick's
    value in brackets, 占 read as a comparison)."""
    doc = extract_text("审计署:2023年度中央预算执行审计发现各类问题金额226.26亿元\n"
                       "在中央部门预算执行方面,此次发现各类问题金额226.26亿元。"
                       "其中部门本级36.29亿元(占16%),所属单位189.97亿元(占84%)。")
    got = {(i, v) for _s, i, v, _p in _metrics(doc)}
    assert ("部门本级占比", 16) in got and ("所属单位占比", 84) in got, got
    kept = extract_text("某县经济运行情况\n全县规模以上工业增加值增长7.5%(全市11.1%)。")
    assert not any(v == 11.1 for _s, _i, v, _p in _metrics(kept))  # a yardstick's value stays out


def _statuses(doc) -> dict[tuple[str, float], str | None]:
    ms = doc.metrics.values() if isinstance(doc.metrics, dict) else doc.metrics
    return {(m.indicator, m.value): m.status for m in ms}


def test_items_below_a_targets_colon_line_are_targets():
    """广东 government work report story: 报告提出，今年广东经济社会发展的主要预期目标是： ⏎ ◆地区生产总值
    增长5%； ⏎ ◆固定资产投资增长4%，社会消费品零售总额增长6%； ⏎ ◆粮食产量1270万吨: targets, kept
    apart from the results (base: no status, read as results)."""
    doc = extract_text("13.57万亿!全国首个\n"
                       "1月23日上午,广东省十四届人大二次会议在广州开幕。省长王伟中向大会作政府工作报告。\n"
                       "报告提出,今年广东经济社会发展的主要预期目标是:\n"
                       "◆地区生产总值增长5%;\n"
                       "◆固定资产投资增长4%,社会消费品零售总额增长6%;\n"
                       "◆粮食产量1270万吨。")
    got = _statuses(doc)
    assert got.get(("地区生产总值增长", 5)) == "target", got
    assert got.get(("社会消费品零售总额增长", 6)) == "target", got
    assert got.get(("粮食产量", 12700000)) == "target", got
    review = extract_text("某县政府工作报告\n一年来,我们较好完成了县十八届人大一次会议确定的目标任务:\n"
                          "地区生产总值增长6%;\n固定资产投资增长4%。")
    assert _statuses(review).get(("地区生产总值增长", 6)) is None  # results of the targets set


def test_items_below_a_colon_line_take_its_time():
    """广东 story, dated: 今年广东经济社会发展的主要预期目标是： ⏎ ◆地区生产总值增长5.1%； ⏎ ◆粮食产量
    1270万吨: this year's targets, 2024 (base: no period for the items on their own lines)."""
    doc = extract_text("广东省政府工作报告\n发布时间:2024-01-23\n"
                       "1月23日上午,广东省十四届人大二次会议在广州开幕。\n"
                       "报告提出,今年广东经济社会发展的主要预期目标是:\n"
                       "◆地区生产总值增长5.1%;\n"
                       "◆粮食产量1270万吨。")
    got = {i: p for _s, i, _v, p in _metrics(doc)}
    assert got.get("地区生产总值增长") == "2024" and got.get("粮食产量") == "2024", got


def test_dash_items_take_the_year_of_their_intro():
    """宁波市 audit report: 审计结果表明，2022年，…各项工作取得了明显成效。 ⏎ ——全力助企纾困稳链，确保经济
    平稳运行。全面顶格落实…，为企业降本减负585.7亿元: 2022's (base: no period past the item's first
    sentence)."""
    doc = extract_text("关于2022年度宁波市级预算执行和全市其他财政收支的审计工作报告\n"
                       "审计结果表明,2022年,面对复杂严峻的外部环境,我市各地区各部门高效统筹疫情防控和经济社会发展,"
                       "各项工作取得了明显成效。\n"
                       "——全力助企纾困稳链,确保经济平稳运行。全面顶格落实国家和省稳经济一揽子政策,"
                       "为企业降本减负585.7亿元,落实增值税留抵退税409亿元。")
    got = {i: p for _s, i, _v, p in _metrics(doc)}
    assert got.get("企业降本减负") == "2022" and got.get("增值税留抵退税") == "2022", got
