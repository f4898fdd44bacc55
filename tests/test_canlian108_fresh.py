"""Round 108 (canlian108): disabled persons' work — 残联 news from 潘集区 (淮南, 阳光家园计划 托养服务), 潞州区
(长治), 利川市, 文昌市 (海南省残联维权部, 家庭无障碍改造), 萧县 (宿州, 无障碍改造回访), a city paper's 市残联
春节走访慰问, 正午镇 (民政所、残联 走访), 马鞍山市's “十四五” plan, 中国残联 (全体干部大会) and 国新办's
release on 110万户 家庭无障碍设施改造 (fresh texts of /tmp/s27/txt/canlian108).  Fixes: 残疾人两项补贴 a
scheme's name (a Programme; no count of 2 项); each place of a 、-list before a people's organisation
has that body (芦集镇、贺疃镇残联: 芦集镇残联 too); 列支, 带队, 送去 open a clause, no word of the
indicator; 超额, 保质保量 before 完成 end the counted noun (…改造任务超额保质完成); a span of days right
after a date (8月17、18日两天) no figure; 每人每月 after 分别's verb (标准分别提高到每人每月80元和90元) no
bar to reading the list item by item."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def _metrics(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def test_the_two_subsidies_are_a_scheme_not_a_count():
    """08-zhengwu-zoufang: 工作人员积极宣传了残疾人两项补贴和社会救助政策 (base: a metric 补贴 2 项, no
    programme); the money given under it keeps the scheme's name."""
    doc = extract_text("残疾人工作\n近日，镇村工作人员积极宣传了残疾人两项补贴和社会救助政策。")
    assert "残疾人两项补贴" in _names(doc, "Programme"), _names(doc, "Programme")
    assert not any(m[2] == "项" for m in _metrics(doc)), _metrics(doc)
    doc = extract_text("残疾人工作\n2023年，全县发放残疾人两项补贴1200万元，惠及残疾人8000人。")
    got = _metrics(doc)
    assert ("残疾人两项补贴", 12000000, "元") in got, got
    assert not any(m[2] == "项" for m in got), got


def test_a_plain_count_of_subsidies_stays_a_count_of_items():
    """Guard: a count of other subsidies (提高了三项补贴标准) is untouched by the scheme's name."""
    doc = extract_text("社会保障\n2023年，全市提高了三项补贴标准，涉及群众1.2万人。")
    assert ("补贴标准", 3, "项") in _metrics(doc), _metrics(doc)
    assert "残疾人两项补贴" not in _names(doc, "Programme")


def test_each_listed_place_has_the_people_organisation():
    """01-panji-yangguang: 区残联及时组织芦集镇、贺疃镇残联及村(社区)残协工作人员 (base: 贺疃镇残联 only)."""
    doc = extract_text("残疾人工作\n会后，区残联及时组织芦集镇、贺疃镇残联工作人员集中学习托养服务政策。")
    orgs = _names(doc, "Organization")
    assert {"芦集镇残联", "贺疃镇残联"} <= orgs, orgs
    assert "芦集镇" in _names(doc, "Place"), _names(doc, "Place")


def test_places_of_another_level_do_not_share_the_organisation():
    """Guard: a county before a township's 残联 (萧县、贺疃镇残联) is another level's place: no 萧县残联."""
    doc = extract_text("残疾人工作\n会后，淮南市、贺疃镇残联工作人员集中学习托养服务政策。")
    orgs = _names(doc, "Organization")
    assert "贺疃镇残联" in orgs and "淮南市残联" not in orgs, orgs


def test_earmarking_and_handing_verbs_open_the_clause():
    """07-jingzhou-weiwen: 市残联…列支专项慰问金18万元 (base: indicator 列支专项慰问金); a visit's
    leader and gift (王建国带队走访慰问一户多残家庭12户，送去慰问金3.6万元)."""
    doc = extract_text("残疾人工作\n1月28日，市残联列支专项慰问金18万元，走访慰问困难残疾人。")
    assert ("专项慰问金", 180000, "元") in _metrics(doc), _metrics(doc)
    doc = extract_text("残疾人工作\n5月19日，县残联理事长王建国带队走访慰问一户多残家庭12户，送去慰问金3.6万元。")
    got = _metrics(doc)
    assert ("走访慰问一户多残家庭", 12, "户") in got, got
    assert ("慰问金", 36000, "元") in got, got


def test_a_tasks_manner_of_completion_ends_the_noun():
    """05-guoxinban-wuzhangai: 110万户困难重度残疾人家庭无障碍设施改造任务超额保质完成 (base: indicator
    …改造任务超额保质); 保质保量完成 the same."""
    doc = extract_text("残疾人工作\n周长奎表示，110万户困难重度残疾人家庭无障碍设施改造任务超额保质完成。")
    assert ("困难重度残疾人家庭无障碍设施改造任务", 1100000, "户") in _metrics(doc), _metrics(doc)
    doc = extract_text("残疾人工作\n2023年，全县1200户残疾人家庭无障碍改造任务保质保量完成。")
    assert ("残疾人家庭无障碍改造任务", 1200, "户") in _metrics(doc), _metrics(doc)


def test_excess_profit_is_still_a_noun():
    """Guard: 超额利润 is a noun of its own, not cut at 超额."""
    doc = extract_text("企业\n2023年，3家企业超额利润达500万元。")
    assert any("超额利润" in m[0] for m in _metrics(doc)), _metrics(doc)


def test_the_days_just_dated_are_no_figure():
    """06-xiaoxian-huifang: 8月17、18日两天，萧县残联维权股工作人员，深入到全县47户… (base: a metric 天 2天)."""
    doc = extract_text("残疾人工作\n8月17、18日两天，萧县残联工作人员深入到全县47户残疾人家中进行回访。")
    assert not any(m[2] == "天" for m in _metrics(doc)), _metrics(doc)
    doc = extract_text("残疾人工作\n8月17日至18日两天，县残联工作人员深入回访。")
    assert not any(m[2] == "天" for m in _metrics(doc)), _metrics(doc)


def test_days_counted_after_a_date_clause_stay():
    """Guard: days counted in their own clause after a date (截至5月31日，…运行300天) stay figures."""
    doc = extract_text("安全生产\n截至5月31日，全县连续无事故运行300天。")
    assert any(m[1] == 300 and m[2] == "天" for m in _metrics(doc)), _metrics(doc)


def test_per_head_rate_after_respectively_reads_item_by_item():
    """A province's raise of the two subsidies' standards: 困难残疾人生活补贴和重度残疾人护理补贴标准分别提高到
    每人每月80元和90元 (base: both read as …和重度残疾人护理补贴标准); 城市和农村低保标准 the same."""
    doc = extract_text("残疾人工作\n2022年，全省困难残疾人生活补贴和重度残疾人护理补贴标准分别提高到每人每月80元和90元。")
    got = _metrics(doc)
    assert ("困难残疾人生活补贴标准", 80, "元") in got, got
    assert ("重度残疾人护理补贴标准", 90, "元") in got, got
    doc = extract_text("社会救助\n2022年，城市和农村低保标准分别提高到每人每月800元和600元。")
    got = _metrics(doc)
    assert ("城市低保标准", 800, "元") in got and ("农村低保标准", 600, "元") in got, got


def test_one_standard_raised_per_head_is_unchanged():
    """Guard: one standard raised per head and month keeps its indicator (农村低保标准)."""
    doc = extract_text("社会救助\n2022年，农村低保标准提高到每人每月650元。")
    assert ("农村低保标准", 650, "元") in _metrics(doc), _metrics(doc)
