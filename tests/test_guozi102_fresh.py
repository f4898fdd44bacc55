"""Round 102 (guozi102): state assets and state-owned enterprises — 财政部's monthly bulletins of the country's
国有及国有控股企业 (2017 1-10月, 2021 1-9月), city and provincial 国资委 results (广州 市属国企 1-5月, 四川 前三季度
and 1-10月, 宝鸡 2022年度, 陕西 省国资委监管企业 上半年), 国务院国资委研究中心's 《中央企业高质量发展报告(2023)》, and SOE
appointment news (中国轻工集团 干部大会, 招商局/东风/中国诚通 leaders) (fresh texts of /tmp/s26/fresh/guozi102).
Fixes: a clause naming nothing but a group of enterprises (其中中央企业303080.1亿元, (1)中央企业…, 地方国有企业…)
takes the measure of the whole before it (中央企业营业总收入, not a bare 中央企业), and its change follows; the
changes of two levels of other exact values (国有企业资产负债率 and 地方国有企业资产负债率, each 0.1个百分点) are two
facts; a group's second result after a semicolon (中央企业实现营业收入…；实现利润总额) is the group's; 《报告》提到
makes the report the figures' source, no subject; 等 closing a list of people ends it before a company's name
(俞海星等|中轻集团); 新任 before a bare 公司 ends the clause before the post (no 国务院国资委新任公司)."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def _indicators(doc) -> set[str]:
    return {m.indicator for m in doc.metrics}


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def test_a_bare_group_of_enterprises_takes_the_wholes_measure():
    """02-caizheng-2021-1-9yue: 1-9月,国有企业营业总收入539981.9亿元,同比增长23.0%…。其中中央企业303080.1亿元,同比增长
    22.0%,…;地方国有企业236901.8亿元 (base: indicators 中央企业, 中央企业同比增长, 地方国有企业); 06-sichuan-2023-1-10yue:
    其中:省属国有企业5208.4亿元 (base: 省属国有企业)."""
    doc = extract_text("2021年1-9月全国国有及国有控股企业经济运行情况\n"
                       "一、营业总收入。1-9月,国有企业营业总收入539981.9亿元,同比增长23.0%。其中中央企业303080.1亿元,"
                       "同比增长22.0%;地方国有企业236901.8亿元,同比增长24.4%。\n"
                       "二、营业成本。1-10月,全省国有企业营业成本13051.7亿元,同比增长16.1%。其中:省属国有企业4546.0亿元,"
                       "同比增长5.4%;市州及以下国有企业8505.7亿元,同比增长22.7%。")
    got = _metrics(doc)
    assert ("中央企业营业总收入", 30308010000000, "元") in got, got
    assert ("地方国有企业营业总收入", 23690180000000, "元") in got, got
    assert ("中央企业营业总收入同比增长", 22, "%") in got, got
    assert ("省属国有企业营业成本", 454600000000, "元") in got, got
    assert ("市州及以下国有企业营业成本", 850570000000, "元") in got, got
    assert not {"中央企业", "地方国有企业", "省属国有企业"} & _indicators(doc), _indicators(doc)


def test_a_numbered_group_part_under_a_heading_takes_the_wholes_measure():
    """01-caizheng-2017-1-10yue: (三)实现利润。1-10月,国有企业利润总额23858.6亿元,同比增长24.6%。(1)中央企业15484亿元,
    同比增长17.8%。(2)地方国有企业8374.6亿元 (base: 中央企业, 地方国有企业)."""
    doc = extract_text("2017年1-10月全国国有及国有控股企业经济运行情况\n"
                       "(三)实现利润。1-10月,国有企业利润总额23858.6亿元,同比增长24.6%。(1)中央企业15484亿元,同比增长17.8%。"
                       "(2)地方国有企业8374.6亿元,同比增长39.4%。")
    got = _metrics(doc)
    assert ("中央企业利润总额", 1548400000000, "元") in got, got
    assert ("地方国有企业利润总额", 837460000000, "元") in got, got
    assert ("地方国有企业利润总额同比增长", 39.4, "%") in got, got


def test_a_group_rate_after_the_wholes_rate_and_two_changes_of_one_size():
    """02-caizheng-2021-1-9yue: 9月末,国有企业资产负债率64.2%,同比下降0.1个百分点,中央企业66.8%,同比下降0.5个百分点,
    地方国有企业62.6%,同比上升0.1个百分点 (base: 中央企业 66.8%; with the rate named, the part's rise of 0.1 merged into
    the whole's fall of 0.1 and was lost)."""
    doc = extract_text("2021年1-9月全国国有及国有控股企业经济运行情况\n"
                       "四、资产负债率。9月末,国有企业资产负债率64.2%,同比下降0.1个百分点,中央企业66.8%,同比下降0.5个百分点,"
                       "地方国有企业62.6%,同比上升0.1个百分点。")
    got = _metrics(doc)
    assert ("中央企业资产负债率", 66.8, "%") in got, got
    assert ("地方国有企业资产负债率", 62.6, "%") in got, got
    assert ("地方国有企业资产负债率同比上升", 0.1, "个百分点") in got, got
    assert ("国有企业资产负债率同比下降", 0.1, "个百分点") in got, got


def test_a_group_part_needs_a_whole_named_by_a_group():
    """The rule reads a group only against a whole that opens with a group of the same kind: a count of
    enterprises (全市共有企业500家，其中中央企业20家) and an output measured without a group keep their words."""
    doc = extract_text("企业情况\n全市共有企业500家,其中中央企业20家。全市实现地区生产总值100亿元,同比增长9.1%。"
                       "其中规上工业企业30亿元。")
    got = _indicators(doc)
    assert not any(i.startswith("中央企业") and len(i) > 4 for i in got), got
    assert "规上工业企业地区生产总值" not in got, got


def test_a_groups_second_result_after_a_semicolon_is_the_groups():
    """08-yangqi-gaozhiliang-2023: 2022年,中央企业实现营业收入39.6万亿元,同比增长9.1%;实现利润总额2.6万亿元,同比增长
    6.2% (base: a bare 利润总额).  A clause naming its own subject (全市…；全省实现…) keeps its words."""
    doc = extract_text("央企整体效益保持平稳增长\n2022年,中央企业实现营业收入39.6万亿元,同比增长9.1%;实现利润总额2.6万亿元,"
                       "同比增长6.2%。")
    got = _metrics(doc)
    assert ("中央企业利润总额", 2600000000000, "元") in got, got
    assert ("中央企业利润总额同比增长", 6.2, "%") in got, got
    doc = extract_text("经济运行\n2022年,全市实现地区生产总值100亿元,同比增长9.1%;实现利润总额2.6亿元。")
    assert not any(i.startswith("中央企业") for i in _indicators(doc)), _indicators(doc)


def test_a_report_that_mentions_figures_owns_none():
    """08-yangqi-gaozhiliang-2023: 《报告》提到,2022年,中央企业研发投入首次突破1万亿元 (base: the subject was the report
    中央企业高质量发展报告(2023))."""
    doc = extract_text("央企整体效益保持平稳增长\n9月22日,国务院国资委研究中心发布《中央企业高质量发展报告(2023)》(以下简称《报告》)。\n"
                       "此外,国有企业持续提升科技自立自强支撑能力。《报告》提到,2022年,中央企业研发投入首次突破1万亿元,"
                       "同比增长9.8%。")
    subjects = {doc.entities[m.subject].type for m in doc.metrics if m.subject in doc.entities}
    assert "Programme" not in subjects, [(m.indicator, m.subject) for m in doc.metrics]
    assert "中央企业研发投入" in _indicators(doc), _indicators(doc)


def test_deng_closing_a_list_of_people_ends_it_before_a_company():
    """09-zhongqing-ganbudahui: 对陈鄂生、俞海星等中轻集团领导班子成员和全体员工所付出的努力表示感谢 (base: an organisation
    俞海星等中轻集团).  高等 is a word of a school's name and stays in it."""
    doc = extract_text("中国轻工集团有限公司召开干部大会\n会议由陈鄂生同志主持。张振高同志高度评价了中轻集团重组以来所取得的成绩,"
                       "对陈鄂生、俞海星等中轻集团领导班子成员和全体员工所付出的努力表示感谢。湖南高等专科学校派员参会。")
    orgs = _names(doc, "Organization")
    assert "俞海星等中轻集团" not in orgs, orgs
    assert "中轻集团" in orgs, orgs
    assert "湖南高等专科学校" in orgs, orgs


def test_xinren_before_a_bare_company_ends_the_clause():
    """10-yangqi-renmian-dongfeng: 目前,国务院国资委网站列出了98家央企。10月27日,序号第50的招商局集团有限公司也迎来了
    新任公司董事、总经理石岱 (base: 石岱 holdsPost 国务院国有资产监督管理委员会新任公司, an organisation made of the agency
    and 新任公司)."""
    doc = extract_text("央企主要领导的调整路径\n目前,国务院国资委网站列出了98家央企。10月27日,序号第50的招商局集团有限公司也迎来了"
                       "新任公司董事、总经理石岱。石岱出生于1967年9月。")
    names = {e.name for e in doc.entities.values()}
    assert not any("新任" in n for n in names), names


def test_a_preposition_opening_a_project_list_is_no_part_of_the_name():
    """04-sichuan-qiansanjidu: 围绕“5+1”现代产业体系,以天府国际机场等118个重大项目建设为载体,推进产业发展 (base: a
    programme 以天府国际机场).  以工代赈 is one word and keeps its 以."""
    doc = extract_text("会议\n他表示,要围绕现代产业体系,以天府国际机场等118个重大项目建设为载体,推进产业发展。"
                       "全县实施以工代赈示范工程等10个项目。")
    progs = _names(doc, "Programme")
    assert "以天府国际机场" not in progs and "天府国际机场" in progs, progs
    assert "以工代赈示范工程" in progs, progs
