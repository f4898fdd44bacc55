"""Round 51 (procure51): procurement, tender and land notices and procurement reports from fresh
texts of /tmp/s26/fresh/procure51 (四川成都 石盘街道, 安徽芜湖 and 金寨, 内蒙古临河区, 山东, 云南蒙自,
广东阳江): figures after a half-width colon (中标金额:, 投标报价:, 其中:货物类:) as after a full-width
one, a form's bracketed note between a label and its figure, fields set off by a space, a
contract's time in calendar days, no project named after a company the tender chose and no
Israel in the preposition 以 before 政府."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def test_half_width_colon_opens_the_figures_after_it():
    """临河区财政局 (内蒙古巴彦淖尔, 2023): 节约资金137.62万元,其中:货物类:110.01万元,工程类:13.06万元: each
    part's figure after its label's half-width colon (base: only the total; 类:110.01 was read as
    a time or a code)."""
    doc = extract_text("临河区财政局规范政府采购行为\n截至2023年6月末,临河区区直单位执行政府采购预算23220.01万元。"
                       "节约资金137.62万元,其中:货物类:110.01万元,工程类:13.06万元,服务类:14.55万元。")
    got = _metrics(doc)
    assert ("货物类节约资金", 1100100, "元") in got and ("服务类节约资金", 145500, "元") in got, got


def test_bid_prices_after_half_width_colons():
    """蒙自市 中标候选人公示 (云南红河, 2024): 第一中标候选人:浙江宏正工程咨询集团有限公司,投标报价:1368000.00元
    (base: no figure at all)."""
    doc = extract_text("蒙自市大屯海流域可持续发展工程监理\n中标候选人公示\n"
                       "评标情况: | 经评审委员会按照招标文件评审办法评审推荐前三名中标候选人:第一中标候选人:浙江宏正工程咨询集团有限公司,"
                       "投标报价:1368000.00元,得分:88.21;第二中标候选人:首盛国际工程咨询集团有限公司,投标报价:1382000.00元,得分:82.08。")
    got = _metrics(doc)
    assert ("投标报价", 1368000, "元") in got and ("投标报价", 1382000, "元") in got, got


def test_a_forms_note_between_label_and_figure_names_nothing():
    """山东建筑大学 中标(成交)公告 (山东, 2024): 中标(成交)金额:(可填写下浮率、折扣率或费率): 68.79万元: the
    award, not the note's 折扣率或费率) (base), and so with full-width marks (base: no figure)."""
    doc = extract_text("山东建筑大学2024年新一代信息技术实训教学平台建设项目中标(成交)公告\n"
                       "供应商名称: 山东航盛建设工程有限公司\n中标(成交)金额:(可填写下浮率、折扣率或费率): 68.79万元\n")
    assert {m.indicator for m in doc.metrics} == {"中标(成交)金额"}, _metrics(doc)
    doc = extract_text("山东建筑大学2024年新一代信息技术实训教学平台建设项目中标（成交）公告\n"
                       "供应商名称：山东航盛建设工程有限公司\n中标（成交）金额：（可填写下浮率、折扣率或费率）：68.79万元\n")
    assert ("中标（成交）金额", 687900, "元") in _metrics(doc), _metrics(doc)


def test_a_field_after_a_space_is_its_own_label():
    """阳江市江城第十四小学设备购置项目招标公告 (广东, 2024): 采购方式:公开招标 预算金额:1,322,675.00元: the
    budget, not 公开招标 预算金额 (base: no figure)."""
    doc = extract_text("阳江市江城第十四小学设备购置项目招标公告\n"
                       "一、项目基本情况 项目编号:YJGPC2024062Z 项目名称:阳江市江城第十四小学设备购置项目 "
                       "采购方式:公开招标 预算金额:1,322,675.00元 采购需求:\n")
    assert ("预算金额", 1322675, "元") in _metrics(doc), _metrics(doc)


def test_calendar_days_of_a_contract_and_no_project_of_the_winner():
    """芜湖医药卫生学校 (安徽芜湖, 2018): 第一候选中标人安徽硕德建筑安装有限公司被确定为二期工程项目一标段中标单位,
    合同工期260个日历天: the contract's time in calendar days (base: 日历天 | 260 个) and no project
    安徽硕德建筑安装有限公司被确定为二期工程项目 run by the company (base)."""
    doc = extract_text("芜湖医药卫生学校建设项目二期工程(一标段)开标\n"
                       "经公示并答疑后,第一候选中标人安徽硕德建筑安装有限公司被确定为二期工程项目一标段中标单位,合同工期260个日历天。")
    assert ("合同工期", 260, "日历天") in _metrics(doc), _metrics(doc)
    assert not [e.name for e in doc.entities.values() if e.type == "Programme" and "被确定" in e.name]


def test_the_preposition_yi_before_zhengfu_is_no_israel():
    """临河区财政局 (内蒙古, 2023): 临河区财政局以政府采购法为准绳: by the procurement law (base: a place
    以色列 from 以|政府)."""
    doc = extract_text("臨河區財政局規範政府采購行為\n臨河區財政局以政府采購法為準繩,以服務政府、規範采購為重點。")
    assert "以色列" not in {e.name for e in doc.entities.values()}


def test_a_notices_bare_money_fields_are_in_yuan():
    """吴桥县人民法院刑事智慧法庭装备采购招标公告 (河北, 2024): 预算金额:400000 / 最高限价:400000, and 蒙自市
    中标候选人公示: 拦标价(万元): | 140: the notice's sums, in yuan or in the label's unit (base: none)."""
    doc = extract_text("吴桥县人民法院刑事智慧法庭装备采购招标公告\n项目编号:HB2024081770010002\n"
                       "项目名称:吴桥县人民法院刑事智慧法庭装备采购\n招标方式:公开招标\n预算金额:400000\n最高限价:400000\n")
    got = _metrics(doc)
    assert ("预算金额", 400000, "元") in got and ("最高限价", 400000, "元") in got, got
    doc = extract_text("蒙自市大屯海流域可持续发展工程监理\n中标候选人公示\n"
                       "拦标价(万元): | 140 | 监督部门及联系方式: | 监督部门:红河哈尼族彝族自治州水利局;联系方式:0873-3732319\n")
    assert _metrics(doc) == {("拦标价", 1400000, "元")}, _metrics(doc)


def test_a_notices_term_is_no_figure():
    """The result notice's standard field (财政部 template, 中标(成交)结果公告 四、公告期限), as in
    the ccgp notices of this round: 公告期限:自本公告发布之日起1个工作日 (base: 工作日 | 1 个)."""
    doc = extract_text("吴桥县人民法院刑事智慧法庭装备采购中标(成交)结果公告\n"
                       "三、中标(成交)信息\n供应商名称:河北华信科技有限公司\n中标(成交)金额:128.5万元\n"
                       "四、公告期限\n自本公告发布之日起1个工作日。\n")
    assert _metrics(doc) == {("中标(成交)金额", 1285000, "元")}, _metrics(doc)


def test_a_table_cell_bar_ends_the_indicator():
    """天津市人民医院政府采购意向公告 (2021): 1 | 天津市人民医院更换部分层流机房空气净化机组项目 | 我院手术室部分
    净化机组已使用18年: no indicator across the cells (base: 更换…项目 | 我院…已使用); 叶集区教育局采购意向
    (2025): | 2025年06月 | 100%面向中小企業 |: no cell padding in the indicator (base: 面向中小企业 with a space)."""
    doc = extract_text("天津市人民医院政府采购意向公告\n"
                       "1 | 天津市人民医院更换部分层流机房空气净化机组项目 | 我院手术室部分净化机组已使用18年,虽已陆续更换部分机组。 | 248 | 2021-10 |\n")
    assert doc.metrics and not [m.indicator for m in doc.metrics if "|" in m.indicator], _metrics(doc)
    doc = extract_text("叶集区教育局2025年4月至5月政府采购意向\n"
                       "1 | 幼兒園運動場塑膠面層采購與安裝項目 | 幼兒園運動場進行改造。 | 273 | 2025年06月 | 100%面向中小企業 |\n")
    assert doc.metrics and all(m.indicator == m.indicator.strip() for m in doc.metrics), _metrics(doc)


def test_a_column_of_sums_in_an_intentions_table():
    """叶集区教育局 and 天津市人民医院 政府采购意向 (2025, 2021): 序号 | 采购项目名称 | 采购需求概况 | 预算金额(万元) |
    预计采购时间 over 1 | …项目 | … | 273 | 2025年06月: each row's budget in 万元 under its column's name (base:
    no budget at all)."""
    doc = extract_text("叶集区教育局2025年4月至5月政府采购意向\n"
                       "序號 | 采購項目名稱 | 采購需求概況 | 預算金額(萬元) | 預計采購時間(填寫到月) | 備注 |\n"
                       "1 | 幼兒園運動場塑膠面層采購與安裝項目 | 幼兒園運動場進行改造,改造面積約8500m2。 | 273 | 2025年06月 | 100%面向中小企業 |\n"
                       "2 | 小學運動場塑膠面層采購與安裝項目 | 小學運動場進行改造,改造面積約7200m2。 | 229 | 2025年06月 | 100%面向中小企業 |\n")
    got = _metrics(doc)
    assert ("预算金额", 2730000, "元") in got and ("预算金额", 2290000, "元") in got, got


def test_a_land_notices_columns_of_areas_and_prices():
    """国有土地使用权挂牌出让公告 (江苏, 2025): 编号 | 土地位置 | 土地面积(㎡) | … | 保证金(万元) | 起始价(万元) over each
    plot's row: its area in square metres, its deposit and starting price in yuan (base: no figure)."""
    doc = extract_text("国有土地使用权挂牌出让公告\n"
                       "编号 | 土地位置 | 土地面积(㎡) | 土地用途 | 容积率 | 出让年限(年) | 保证金(万元) | 起始价(万元) | 增价规则及幅度 |\n"
                       "2025B2 | 陆集街道,北至规划绿地、南至空地、西至工业路 | 12038 | 工业/一类工业 | 1 < 容积率 | 40 | 60 | 252.798 | 0.2 (万元/亩) |\n")
    got = _metrics(doc)
    assert {("土地面积", 12038, "平方米"), ("保证金", 600000, "元"), ("起始价", 2527980, "元")} <= got, got


def test_days_after_which_something_is_done_are_no_figure():
    """晋江 recruitment exam story (round 51's fresh text mine51/17, seen in this round's regression over
    every fresh text): 報考人員可于筆試結束約10個工作日后登錄晉江人事網查詢成績: when to look the results up,
    no measure (base: 工作日后登录晋江人事网查询成绩 | 10 个)."""
    doc = extract_text("晉江事業單位招聘考試\n據統計，23日晉江事業單位招聘考試共吸引近6000人參加。"
                       "報考人員可于筆試結束約10個工作日后登錄晉江人事網查詢成績。")
    assert doc.metrics and not [m for m in doc.metrics if m.value == 10], _metrics(doc)
