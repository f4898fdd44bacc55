"""Round 53 (audit53): audit work reports and rectification reports (审计工作报告, 审计查出问题整改情况的报告)
from fresh texts of /tmp/s26/fresh/audit53: the signer after a post and a space (市审计局局长 俞金华) is a person,
his given name no place; 迈上百亿台阶 counts no machines in 台; 主要是 opens no indicator; a report's
“十四五”良好开局 is the plan's first year; 建立健全规章制度 names no mechanism; the figures after an
audit office urging others on (市审计局督促落实…整改) are not the office's own; 占2022年预计规模的77.6% is the
amount's share, the year no cut; 人大常委会 written alone is no body of its own."""
from __future__ import annotations

from conftest import extract_text, post_pairs


def _facts(doc) -> list[tuple]:
    ents = doc.entities
    ms = doc.metrics.values() if isinstance(doc.metrics, dict) else doc.metrics
    return [(ents[m.subject].name if m.subject in ents else None, m.indicator, m.value, m.unit, m.period) for m in ms]


def _named(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def test_a_signer_after_a_post_and_a_space_is_a_person_not_a_place():
    """慈溪市 整改 report (cixird.gov.cn): 市审计局局长 俞金华 — the signer's given name 金华 (base: a place
    金华市 330700, no person, no post)."""
    doc = extract_text("关于2017年度本级预算执行和其他财政收支审计查出问题整改情况的报告\n"
                       "2018年11月22日在慈溪市十七届人大常委会第十六次会议上\n"
                       "市审计局局长 俞金华\n"
                       "主任、各位副主任、各位委员:\n"
                       "我受市人民政府委托,向市人大常委会报告我市2017年度本级预算执行情况。")
    assert "金华市" not in _named(doc, "Place"), _named(doc, "Place")
    assert ("俞金华", "慈溪市审计局") in post_pairs(doc), post_pairs(doc)


def test_a_step_passed_counts_no_machines():
    """福田区 审计工作报告 (audit.sz.gov.cn): 较2018年再上百亿台阶 — a round mark passed (base: a figure
    100亿 台)."""
    doc = extract_text("福田区2019年度本级预算执行和其他财政收支审计工作报告\n"
                       "2019年,福田区辖区税收总额完成1,825.95亿元,增长8.13%,较2018年再上百亿台阶,税收规模继续稳占全市之首。")
    assert not any(f[3] == "台" for f in _facts(doc)), _facts(doc)
    assert any(f[1] == "辖区税收总额" and f[2] == 182595000000 for f in _facts(doc)), _facts(doc)


def test_mostly_opens_no_indicator():
    """徐闻县 审计工作报告 (xuwen.gov.cn): 2020年总支出52.4亿元,主要是教育支出10.79亿元 — the indicator is
    教育支出 (base: 主要是教育支出)."""
    doc = extract_text("关于2020年县级预算执行和其他财政收支的审计工作报告\n"
                       "——着力提高民生和教育保障水平。徐闻县2020年总支出52.4亿元,主要是教育支出10.79亿元,"
                       "占一般公共预算支出28.09%。")
    inds = {f[1] for f in _facts(doc)}
    assert "教育支出" in inds and not any(i.startswith("主要是") for i in inds), inds


def test_a_plans_good_start_is_its_first_year():
    """大埔县 审计工作报告 (dabu.gov.cn): …统筹疫情防控和经济社会发展,实现“十四五”良好开局。——财政收支平稳增长。
    …县级一般公共预算总收入52.33亿元 — the figures of 2021, the plan's first year, as they are (base:
    2021/2025, read as targets)."""
    doc = extract_text("大埔县人民政府关于2021年度县级预算执行和其他财政收支的审计工作报告\n"
                       "县审计局组织对2021年度县级预算执行情况进行了审计。审计结果表明,全县各级各部门统筹疫情防控和"
                       "经济社会发展,实现“十四五”良好开局。\n"
                       "——财政收支平稳增长。积极应对新冠肺炎疫情的冲击,组织财政收入,县级一般公共预算总收入52.33亿元,"
                       "比上年增加1.73亿元,增长3.42%。")
    periods = {f[4] for f in _facts(doc) if f[1].startswith("县级一般公共预算总收入")}
    assert periods == {"2021"}, _facts(doc)


def test_rules_and_regulations_name_no_mechanism():
    """广西审计厅 (sjt.gxzf.gov.cn): 被审计单位建立健全规章制度和制定整改措施1664项 — rules in general
    (base: a Programme 规章制度)."""
    doc = extract_text("广西壮族自治区审计厅 2023年审计工作情况\n"
                       "2023年1至12月,全区审计机关累计完成审计项目1790个,查出问题金额3114.93亿元。"
                       "提出建议7206条,被采纳6680条;被审计单位建立健全规章制度和制定整改措施1664项。")
    assert "规章制度" not in _named(doc, "Programme"), _named(doc, "Programme")


def test_an_audit_office_urging_others_on_is_no_figure_s_subject():
    """滕州市 (tengzhou.gov.cn): 市审计局督促落实2021年度省级预算执行审计整改,有关部门(单位)…完成整改问题15个
    — what the overseen bodies did, the city's (base: the audit office's own figures)."""
    doc = extract_text("滕州市审计局推进审计整改全过程闭环管理\n"
                       "市审计局督促落实2021年度省级预算执行审计整改,有关部门(单位)采取加快资金拨付、盘活存量或闲置资金"
                       "等方式,完成整改问题15个,金额1712.64万元,制定完善相关制度3项。")
    subjects = {f[0] for f in _facts(doc) if f[1].endswith("整改问题")}  # (完成整改问题 since inspection69)
    assert subjects == {"滕州市"}, _facts(doc)


def test_a_share_of_a_year_s_whole_is_the_amount_s_share():
    """江西省审计厅 整改 report: 提前下达金额672.8亿元,占2022年预计规模的77.6% — the amount's share, as
    占预计规模的77.6% reads (base: a level 规模 77.6%, the year cutting the share verb off)."""
    doc = extract_text("关于2021年度省级预算执行审计查出问题整改情况的报告\n"
                       "对提前下达比例未达到要求问题,截至2021年11月底,江西省级已提前下达2022年转移支付项目64个,下达率100%。"
                       "提前下达金额672.8亿元,占2022年预计规模的77.6%,达到预算法和财政部要求的提前下达比例。")
    shares = {f[1] for f in _facts(doc) if f[2] == 77.6}
    assert shares == {"提前下达金额占比"}, _facts(doc)
