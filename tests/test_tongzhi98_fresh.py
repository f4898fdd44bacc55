"""Round 98 (tongzhi98): notices, 意见 and 方案 of governments and their departments, second pass —
a province's 实施方案 and 工作方案 (晋政发〔2018〕13号, 晋政办发〔2017〕55号), a province's and a city's
task breakdowns of the year's targets (安徽省…重点工作及责任分解, 亳政办〔2025〕1号), a city's breakdown of
its 十一五 plan (宁政发〔2006〕275号), a county's fund rules under 财政部等11部门's notice (汉政办发〔2021〕88号)
and four Chengdu bureaus' joint 实施方案 (fresh texts of /tmp/s26/fresh/tongzhi98, from Shanxi, Anhui,
Shaanxi, Sichuan and Jiangsu, 2006–2025).  Fixes: a joint notice's title that names every issuer before
its 关于 (longer than a headline) is the article's title; a law site's or an open-information page's
fields under the title (发布部门：…, 发布文号：…, 公开责任部门：…) are metadata, not the body's first line
that cost the notice its title; a place right before a share (成华区50%的城市社区…) is whose share it is,
no word of the indicator; a plan's word between a measure and its change (固定资产投资力争增长10%以上)
makes a target, no part of the change's name; a count handed down (三个约束性指标直接分解落实到区县) ends its
noun at the verb; a congress approving the government's report (人大…审议通过的《政府工作报告》) runs none."""
from __future__ import annotations

from conftest import extract_text


def _titles(doc) -> list:
    return [a.title for a in doc.articles]


def _metrics(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.unit, m.status) for m in doc.metrics}


_SALUTATION = "各区（市）县政府（管委会），市级有关部门，有关单位：\n"
_BODY = "经市领导同意，现将《成都市城市社区嵌入式服务设施建设工程实施方案》印发给你们，请结合实际认真贯彻落实。\n"


def test_a_joint_notices_long_title_is_the_title():
    """05-chengdu-qianrushi-fangan: 成都市发展和改革委员会 中共成都市委社会工作部 成都市规划和自然资源局
    成都市住房和城乡建设局 关于印发成都市城市社区嵌入式服务设施建设工程实施方案的通知 over its salutation
    (base: no title — 88 characters, past a headline's 64).  A long first line that is a sentence, or
    that ends in no document's head, stays no title."""
    title = ("成都市发展和改革委员会 中共成都市委社会工作部 成都市规划和自然资源局 成都市住房和城乡建设局 "
             "关于印发成都市城市社区嵌入式服务设施建设工程实施方案的通知")
    doc = extract_text(title + "\n" + _SALUTATION + _BODY)
    assert _titles(doc) == [title], _titles(doc)
    prose = ("成都市发展和改革委员会 中共成都市委社会工作部 成都市规划和自然资源局 成都市住房和城乡建设局 "
             "关于城市社区嵌入式服务设施建设工程的情况介绍和下一步工作安排")
    doc = extract_text(prose + "\n" + _SALUTATION + _BODY)
    assert _titles(doc) != [prose], _titles(doc)


def test_a_law_sites_fields_under_the_title_are_metadata():
    """07-nanjing-shiyiwu-fenjie: 南京市政府关于分解落实《南京市国民经济和社会发展第十一个五年规划纲要》主要目标和任务
    的通知 over 发布部门：江苏省南京市人民政府 发布文号：宁政发〔2006〕275号 (base: no title, the field line read
    as the body's first line); 04-hanyin-zhenghe-zijin-banfa: 公开责任部门 | 汉阴县人民政府办公室."""
    title = "南京市政府关于分解落实《南京市国民经济和社会发展第十一个五年规划纲要》主要目标和任务的通知"
    body = ("各区县人民政府，市府各委办局，市各直属单位：\n《纲要》是未来五年南京经济社会发展的宏伟蓝图。"
            "为切实做好《纲要》实施工作，市政府决定将《纲要》提出的主要目标和任务分解落实到各区县政府、各部门。\n")
    doc = extract_text(title + "\n发布部门：江苏省南京市人民政府 发布文号：宁政发〔2006〕275号\n" + body)
    assert _titles(doc) == [title], _titles(doc)
    doc = extract_text(title + "\n公开责任部门：南京市人民政府办公厅 公开形式：主动公开\n" + body)
    assert _titles(doc) == [title], _titles(doc)


def test_a_place_before_a_share_is_no_word_of_its_indicator():
    """05-chengdu-qianrushi-fangan: 到2027年底前，…确保四川天府新区、成都高新区、锦江区、青羊区、金牛区、武侯区、
    成华区50%的城市社区建成完备的社区嵌入式服务综合体 (base: indicator 成华区城市社区建成…, the last district
    glued to the noun).  A time word before a share (每月20%的进度) stays in the name."""
    doc = extract_text("社区建设方案\n到2027年底前，确保锦江区、青羊区、成华区50%的城市社区建成完备的社区服务综合体。")
    names = {m[0] for m in _metrics(doc)}
    assert "城市社区建成完备的社区服务综合体" in names, _metrics(doc)
    assert not any(n.startswith("成华区") for n in names), _metrics(doc)
    doc = extract_text("社区建设\n到2027年底前，成华区50%的城市社区建成社区服务综合体。")
    assert ("城市社区建成社区服务综合体", 50, "%", "target") in _metrics(doc), _metrics(doc)
    doc = extract_text("进度安排\n今年每月20%的进度完成。")
    assert "每月进度" in {m[0] for m in _metrics(doc)}, _metrics(doc)


def test_a_plan_word_before_a_change_is_no_part_of_its_name():
    """03-anhui-zhongdian-gongzuo-fenjie: 2﹒固定资产投资力争增长10%以上，在实际工作中奋力完成得更快一些 (base:
    indicator 固定资产投资力争增长).  确保 and 预期 likewise; the figure stays a target.  A noun of a plan
    (投资计划增长) keeps its 计划, and 同比 stays in the change's name."""
    doc = extract_text("重点工作\n2023年，全省固定资产投资力争增长10%以上。")
    assert ("固定资产投资增长", 10, "%", "target") in _metrics(doc), _metrics(doc)
    doc = extract_text("重点工作\n2023年，全省地区生产总值预期增长7%，确保增长6%。")
    assert ("地区生产总值增长", 7, "%", "target") in _metrics(doc), _metrics(doc)
    doc = extract_text("重点工作\n2023年，全省投资计划增长10%。")
    assert "投资计划增长" in {m[0] for m in _metrics(doc)}, _metrics(doc)
    doc = extract_text("经济运行\n2023年，全省地区生产总值同比增长7%。")
    assert "地区生产总值同比增长" in {m[0] for m in _metrics(doc)}, _metrics(doc)


def test_a_count_handed_down_ends_its_noun_at_the_verb():
    """07-nanjing-shiyiwu-fenjie: 将耕地保有量、单位地区生产总值能源消耗、主要污染物排放总量三个约束性指标直接分解落实到
    区县、相关行业和重点企业 (base: 3 个 约束性指标直接分解落实到区县).  The count stays (a list's count is a figure
    of the dev-set's gold, 分为…等5个标段); a noun opening with the verb (3项分解任务) keeps it."""
    doc = extract_text("分解落实通知\n市政府决定将耕地保有量、单位地区生产总值能源消耗、主要污染物排放总量三个约束性指标"
                       "直接分解落实到区县。")
    assert {m[:3] for m in _metrics(doc)} == {("约束性指标", 3, "个")}, _metrics(doc)
    doc = extract_text("任务下达\n市政府把5个项目分解到乡镇，将三个约束性指标下达到区县。")
    assert {m[0] for m in _metrics(doc)} == {"项目", "约束性指标"}, _metrics(doc)
    doc = extract_text("任务分解\n今年全县完成3项分解任务。")
    assert "分解任务" in {m[0] for m in _metrics(doc)}, _metrics(doc)


def test_a_congress_approving_a_report_runs_none():
    """03-anhui-zhongdian-gongzuo-fenjie: 根据省十三届人大五次会议审议通过的《政府工作报告》，省政府常务会议研究确定了
    13个方面重点工作 (base: 安徽省人大 runs 政府工作报告; 06-bozhou's 已经市五届人大四次会议审议通过 read none).  A
    body issuing a report still runs it, and a standing committee passing a regulation still does."""
    doc = extract_text("安徽省人民政府关于重点工作及责任分解的通知\n根据省十三届人大五次会议审议通过的《政府工作报告》，"
                       "省政府常务会议研究确定了13个方面重点工作。")
    runs = {(doc.entities[r.subject].name, doc.entities[r.object].name) for r in doc.relations if r.predicate == "runs"}
    assert not any(s.endswith("人大") for s, _o in runs), runs
    placed = {(doc.entities[r.subject].name, doc.entities[r.object].name) for r in doc.relations
              if r.predicate == "implementedIn"}
    assert ("政府工作报告", "安徽省") in placed, placed  # (still placed where the congress sits)
    doc = extract_text("报告发布\n国务院发布《政府工作报告》。县人大常委会审议通过《县城市管理条例》。")
    runs = {(doc.entities[r.subject].name, doc.entities[r.object].name) for r in doc.relations if r.predicate == "runs"}
    assert {o for _s, o in runs} >= {"政府工作报告", "县城市管理条例"}, runs
