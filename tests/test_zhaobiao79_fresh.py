"""Round 79 (zhaobiao79): procurement notices and public-resource trading reports from fresh texts of
/tmp/s26/fresh/zhaobiao79 (北京 招标公告, 揭阳 谈判邀请, 中山黄圃 中标（成交）结果公告, 石门, 富源, 保山, 张掖,
大英 trading-centre tallies): a field whose figure closes on a bracketed note (万元(人民币)) and the next
field's label after a space; a notice's numbered item opening on the demonstrative 本 (3.1 本项目) is no
count of books; the national form's 中标（成交）金额 with its bare figure after a space; a city's report
giving its counties one clause each is the city's, not the county of the lowest code; the trading centre
doing what is counted is no word of the indicator; a company opening a field or a table row keeps its
first character (达瑞…: no verb 达); a notice's 名称：field naming a body is the notice's text, no page chrome."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def test_the_field_after_a_bracketed_note_and_a_space_is_its_own_label():
    """北京 AI听说课堂…招标公告: 预算金额:119.6 万元(人民币) 最高限价:119.6 万元(人民币) — base: the ceiling
    read as a bare 金额; with (含税) the next field's label 采购需求 named it."""
    doc = extract_text("某区英语听说建设项目招标公告\n项目名称:英语听说建设项目 预算金额:119.6 万元(人民币) "
                       "最高限价:119.6 万元(人民币) 采购需求: 详见招标文件第五章采购需求。")
    got = _metrics(doc)
    assert ("最高限价", 1196000, "元") in got and ("预算金额", 1196000, "元") in got, got
    assert not any(ind == "金额" for ind, _, _ in got), got
    doc = extract_text("某县采购项目招标公告\n预算金额:119.6万元(含税) 最高限价:119.6万元 采购需求:详见。")
    assert _metrics(doc) == {("预算金额", 1196000, "元"), ("最高限价", 1196000, "元")}, _metrics(doc)


def test_a_numbered_item_opening_on_ben_counts_no_books():
    """北京 招标公告: 3.1 本项目是否属于政府购买服务 — base: a figure 项目 3.1 本; books counted stay."""
    doc = extract_text("某区设备采购项目招标公告\n3.本项目的特定资格要求:\n3.1 本项目是否属于政府购买服务: ■否\n"
                       "3.2 其他特定资格要求:/。\n4 本次采购不接受联合体投标。")
    assert not any(u == "本" for _, _, u in _metrics(doc)), _metrics(doc)
    books = extract_text("全县开展全民阅读活动\n今年以来，全县发放宣传手册3000本，新增图书5万本。")
    assert ("宣传手册", 3000, "本") in _metrics(books), _metrics(books)


def test_the_national_forms_award_field_with_a_bare_figure_after_a_space():
    """中山市黄圃人民医院…中标（成交）结果公告: 中标（成交）金额 1267500；备注 服务期：1年 — base: no award."""
    doc = extract_text("中山市黄圃人民医院医学检验外送服务项目中标（成交）结果公告\n三、中标（成交）信息\n"
                       "1：供应商名称 广州华银医学检验中心有限公司 ；供应商地址 广州市科学城揽月路80号 ；"
                       "中标（成交）金额 1267500；备注 服务期：1年 。")
    assert ("中标（成交）金额", 1267500, "元") in _metrics(doc), _metrics(doc)
    doc = extract_text("某医院服务项目中标（成交）结果公告\n中标(成交)金额：1267500\n")
    assert ("中标(成交)金额", 1267500, "元") in _metrics(doc), _metrics(doc)
    # no figure for a field whose text is words (详见附件), nor a unit for the service term
    none = extract_text("某医院服务项目中标（成交）结果公告\n中标（成交）金额 详见附件；备注 服务期：1年 。")
    assert not any(u == "元" for _, _, u in _metrics(none)), _metrics(none)


def test_a_city_report_giving_its_counties_one_clause_each_is_the_city_s():
    """张掖 (甘肃) 2016年8月公共资源交易: 全市…共完成452项…在市级平台交易中:政府采购81项…；在县级平台交易中:
    临泽县分中心…；高台县…；山丹县…；民乐县…；肃南县… — base: the article's place 肃南裕固族自治县 (the lowest
    code of the five tied counties), and the city platform's figures given to it."""
    doc = extract_text("发布日期: 2016-09-18 来源:\n2016年8月,全市公共资源交易共完成452项,总交易金额8.81亿元。\n"
                       "在市级平台交易中:工程交易114项,交易金额4.77亿元;政府采购81项,交易金额3626万元。"
                       "在县级平台交易中:临泽县分中心完成交易56项,交易金额1.22亿元;高台县分中心完成交易45项,"
                       "交易金额6919万元;山丹县分中心完成交易61项,交易金额7612万元;民乐县分中心完成交易39项,"
                       "交易金额2756万元;肃南县分中心完成交易53项,交易金额3116万元。")
    subject = {m.indicator: m.subject for m in doc.metrics if m.value in (81, 114)}
    assert set(subject.values()) == {"place-620700"}, subject
    # one county named more often than its neighbours is the story's own
    county = extract_text("临泽县公共资源交易情况\n今年以来,临泽县公共资源交易中心完成交易56项,交易金额1.22亿元,"
                          "全市排名第二;临泽县政府采购节约资金120万元。高台县、山丹县派员观摩。")
    assert [a.place for a in county.articles] == [_key(county, "临泽县")], [a.place for a in county.articles]
    assert [a.place for a in doc.articles] == [_key(doc, "张掖市")], [a.place for a in doc.articles]


def _key(doc, name: str) -> str:
    return next(k for k, e in doc.entities.items() if e.name == name)


def test_the_trading_centre_doing_what_is_counted_is_no_word_of_the_indicator():
    """保山 (云南) 月度公共资源交易: 本月全市…公共资源交易中心共完成交易项目114项 — base: 公共资源交易中心共完成交易项目;
    the centre is the doer, as 检察机关 (procur59)."""
    doc = extract_text("全市公共资源交易情况\n本月全市公共资源交易中心共完成交易项目114项，完成交易金额101132.92万元。")
    got = _metrics(doc)
    assert ("交易项目", 114, "项") in got, got
    assert not any(ind.startswith("公共资源交易中心") for ind, _, _ in got), got


def _orgs(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Organization"}


def test_a_company_opening_a_field_or_a_row_keeps_its_first_character():
    """中山市黄圃人民医院…结果公告: a flattened score table's row opening on 达瑞医学检验（广州）有限公司 — base:
    瑞医学检验（广州）有限公司, its first character read as the verb 达; a function character still opens no name."""
    doc = extract_text("某医院服务项目中标（成交）结果公告\n投标供应商名称 资格性审查 价格得分\n"
                       "广州华银医学检验中心有限公司 符合 20.00\n达瑞医学检验（广州）有限公司 符合 18.84")
    assert "达瑞医学检验（广州）有限公司" in _orgs(doc), _orgs(doc)
    doc = extract_text("某项目中标候选人公示\n第二中标候选人：达瑞医学检验有限公司，投标报价：508251.13元。")
    assert "达瑞医学检验有限公司" in _orgs(doc), _orgs(doc)
    by = extract_text("某项目建设情况\n由华为技术有限公司承建，工期90日历天。")
    assert "华为技术有限公司" in _orgs(by) and not any(n.startswith("由") for n in _orgs(by)), _orgs(by)


def test_a_notice_s_name_field_of_a_body_is_no_page_chrome():
    """The national form of a procurement notice (竞争性磋商公告, 招标公告) gives 1.采购人信息 名称：… and 2.采购代理
    机构信息 名称：…有限公司 — base: both lines dropped as a page's metadata (名称 is a weak chrome label), so
    neither the purchaser nor the agency was found; a page's 名称：关于…的通知 stays chrome."""
    doc = extract_text("某县第二中学教学设备采购项目竞争性磋商公告\n预算金额：58.6万元\n1.采购人信息\n"
                       "名称：灵寿县第二中学\n地址：灵寿县城关镇南街18号\n2.采购代理机构信息\n"
                       "名称：河北诚信招标有限公司\n联系人：王建军\n联系方式：13833112345")
    assert {"灵寿县第二中学", "河北诚信招标有限公司"} <= _orgs(doc), _orgs(doc)
    page = extract_text("关于印发方案的通知\n名称：关于印发灵寿县教育工作方案的通知\n各乡镇：现将方案印发给你们。")
    assert [a.text for a in page.articles] == ["关于印发方案的通知\n各乡镇：现将方案印发给你们。"], page.articles
