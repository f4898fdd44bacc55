"""Round 58 (utility58): water, power and gas utilities' notices and news from fresh texts of
/tmp/s26/fresh/utility58: a group's water company signing its notice is one name (温州市公用集团
自来水公司), a speaker's "our power company" (我们供电公司) names no body, a clause pointing back at
"this" project (此次农网改造升级项目) is no programme's name, a reprint's newspaper (潇湘晨报) is a
medium, no place, a headline over its reprint stamp (2013年08月24日14:20 今晚报) stays the title, and a
voltage class or rating between a count and its noun (3条10千伏线路, 5台400千伏安配变) is part of the noun;
南开 in a list of Tianjin's districts is 南开区, no 南开大学; households counted end before the service they get
(4249户农民|用上安全电)."""
from __future__ import annotations

from conftest import extract_text, figure_table


def _names(doc, label: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == label}


def test_a_group_s_water_company_signing_its_notice_is_one_name():
    """温州 停水通告 (cncn.gov.cn): the notice is signed 温州市公用集团自来水公司 (base: the group
    温州市公用集团 alone, its water company lost)."""
    doc = extract_text("停水通告\n因赵山渡引水渠系检修,停止原水供应,状元水厂停产。\n"
                       "请广大客户做好蓄水准备,由此带来不便,敬请谅解!\n温州市公用集团自来水公司\n2019年3月15日\n")
    orgs = _names(doc, "Organization")
    assert "温州市公用集团自来水公司" in orgs and "温州市公用集团" not in orgs, orgs


def test_our_power_company_in_a_quote_names_no_body():
    """砀山 供电公司 news (dbnyb.com): 运检部主任薛威介绍说:“…我们供电公司在每个供电所…成立了…服务队”: the
    speaker's own company, named 砀山供电公司 before (base: an organisation 我们供电公司)."""
    doc = extract_text("安徽省砀山县高温天气用电负荷持续创新高\n"
                       "为做好供电保障工作,砀山供电公司优化停电计划检修。供电公司运检部主任薛威介绍说:\"进入迎峰度夏后,"
                       "我们供电公司在每个供电所和城区都成立了有党员带头的'抢修保电服务队'。\"")
    orgs = _names(doc, "Organization")
    assert "我们供电公司" not in orgs and "砀山供电公司" in orgs, orgs


def test_a_clause_about_this_project_is_no_programme_s_name():
    """大李集镇农网改造升级 (bbslixin.com): 大李集镇党委政府非常重视此次农网改造升级项目: the town's
    leaders heed the project the text named (base: a programme 党委政府非常重视此次农网改造升级)."""
    doc = extract_text("大李集镇农网改造升级\n大李集镇积极争取农网改造升级工程。"
                       "大李集镇党委政府非常重视此次农网改造升级项目,成立大李集镇电网建设领导小组。")
    progs = _names(doc, "Programme")
    assert not any("重视" in p for p in progs), progs


def test_a_reprint_s_metropolitan_paper_is_a_medium_not_a_place():
    """宁海县水务集团 停水 news (caijingnews.net) closing 潇湘晨报综合 (base: a place 潇湘)."""
    doc = extract_text("宁海县部分区域将停水或低压供水\n据宁海县水务集团有限公司消息,定于4月27日对岔路镇供水管网进行"
                       "例行维护冲洗。请广大用水户提前做好蓄水准备。\n潇湘晨报综合\n")
    assert "潇湘" not in _names(doc, "Place")
    assert "潇湘晨报" in _names(doc, "Organization")


def test_a_headline_over_its_reprint_stamp_and_paper_is_the_title():
    """天津 燃气管网改造 (360doc, from 今晚报): 燃气管网改造第三阶段竣工 / 2013年08月24日14:20 今晚报 /
    本报讯…: the first line is the title (base: no title; the stamp, its clock right after 日 and the
    paper after it, was no stamp)."""
    for stamp in ("2013年08月24日14:20 今晚报", "2013年08月24日14:20"):
        doc = extract_text(f"燃气管网改造第三阶段竣工\n{stamp}\n"
                           "本报讯 (记者李倩 通讯员高继德 张萍)燃气旧管网改造第三阶段现已全面竣工。"
                           "燃气集团完成全市10个区52片居民区共80公里燃气旧管网的更新改造,8万余户居民受益。\n")
        assert doc.articles[0].title == "燃气管网改造第三阶段竣工", (stamp, doc.articles[0].title)
        assert doc.articles[0].date == "2013-08-24"


def test_a_voltage_class_between_a_count_and_its_noun_is_part_of_the_noun():
    """巴州 农网改造 (cnbzol.com): 新建3条10千伏线路: three 10千伏线路 (base: the indicator was the bare
    classifier 条); a transformer's rating so written (5台400千伏安配变) is each one's, no figure, while
    the total after the count's noun (更换变压器70台4400千伏安) stays."""
    table = figure_table("省电力公司2014年投入巴州区农网改造总投资3900万元,计20个小项目。新建3条10千伏线路,"
                         "改造5台400千伏安配变,新增更换变压器70台4400千伏安。", "2014-08-17")
    assert table[(3, "条")][0] == "10千伏线路", table
    assert table[(5, "台")][0] == "400千伏安配变", table
    assert (400, "千伏安") not in table, table
    assert table[(4400, "千伏安")][0] == "更换变压器" and table[(70, "台")][0] == "更换变压器", table


def test_nankai_in_a_list_of_districts_is_the_district_not_the_university():
    """天津 燃气管网改造 (360doc, from 今晚报): 燃气集团还对河西、南开、红桥、北辰等7个区100余片小区进行户内燃气
    管道改造: Tianjin's 南开区 among its neighbours (base: also an organisation 南开大学)."""
    doc = extract_text("天津燃气改造\n燃气集团还对河西、南开、红桥、北辰等7个区100余片小区进行户内燃气管道改造。\n")
    assert "南开大学" not in _names(doc, "Organization")
    assert {"南开区", "河西区", "红桥区", "北辰区"} <= _names(doc, "Place"), _names(doc, "Place")
    other = extract_text("校企合作\n市科技局组织清华、南开、天大等高校专家开展论证。\n")
    assert "南开大学" in _names(other, "Organization")  # a list of universities keeps the university


def test_the_households_counted_end_before_the_service_they_get():
    """巴州 农网改造 (cnbzol.com): 让4249户农民用上安全电、放心电: 4249 households of farmers (base: the
    indicator 农民用上安全电); so for water (让10万群众喝上放心水: 群众)."""
    table = figure_table("国网巴州供电公司部署2014年农网改造升级工程,让4249户农民用上安全电、放心电,"
                         "让10万群众喝上放心水。", "2014-08-17")
    assert table[(4249, "户")][0] == "农民", table
    assert any(k[0] == 100000 and v[0] == "群众" for k, v in table.items()), table
