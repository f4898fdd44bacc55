"""Round 119 (duikou119): 对口支援 / 援疆援藏 / 东西部协作 / 对口帮扶 reports — 农业农村部 东西部协作 2023 (national),
日喀则 对口援藏 四省市两企业 (city), 江苏→拉萨 援藏 and 江苏 2024 墨竹工卡县 (province, county), 新疆兵团 对口援疆 2013
(中新网), 山东/浙江/湖州/台州 援疆动态, 浙江→阿克苏 智力援疆, 福建→林芝 援藏工作队 (gov.cn), 四川 省内对口帮扶 广安→剑阁县,
常州→乌恰县 and 浦东→莎车县 (fresh texts of /tmp/s27/txt/duikou119).
Fixes, base → now:
- 对口 opens the name of an aid office written after a scope (新疆生产建设兵团对口援疆办副主任殷明胜, 自治区对口援疆办主任)
  → body 新疆生产建设兵团对口援疆办, was the body 口援疆办 (the 对 read as a preposition);
- 新疆兵团 is the Corps, one mention over both words (新疆兵团实施对口援疆项目199个 → subject 新疆生产建设兵团, indicator
  对口援疆项目; was subject 新疆维吾尔自治区, indicator 兵团实施对口援疆项目); the region's place mention stays for the
  article's place, marked so no figure reads it as its subject;
- a pairing verb or 持续 right after a one-character division counted by 个 ends the noun (35个县对口帮扶全省50个乡村振兴重点县
  → 县, was 县对口帮扶全省; 原45个县持续深化结对帮扶 → 县, was 县持续深化); 12个对口帮扶县, 50个结对村 stay whole;
- the place aided in a frame 对口支援…以来 owns none of the helper's figures (自1995年对口支援西藏拉萨以来,江苏省…投入财政资金
  61.3亿元,实施援藏项目657个 → 江苏省, was 拉萨市);
- a pairing read as a programme (江苏对口支援西藏) no longer hides its helper from the figures after it (今年,江苏对口支援
  西藏年度资金总计5.57亿元,实施援藏项目66个 → 江苏省, was the article's place 西藏自治区)."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> dict:
    return {m.value: m for m in doc.metrics}


def _name(doc, key) -> str | None:
    ent = doc.entities.get(key)
    return ent.name if ent else None


def _names(doc, label: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == label}


def _posts(doc) -> set[tuple[str, str]]:
    return {(_name(doc, r.subject), _name(doc, r.object)) for r in doc.relations if r.predicate == "holdsPost"}


def test_duikou_opens_an_aid_office_name():
    """05-bingtuan-2013: 新疆生产建设兵团对口援疆办副主任殷明胜20日称 (base: Agency 口援疆办, 殷明胜 holdsPost 口援疆办)."""
    doc = extract_text("兵团对口援疆\n新疆生产建设兵团对口援疆办副主任殷明胜20日称,今年援疆工作进展顺利。")
    agencies = _names(doc, "Agency")
    assert "新疆生产建设兵团对口援疆办" in agencies and "口援疆办" not in agencies, agencies
    assert ("殷明胜", "新疆生产建设兵团对口援疆办") in _posts(doc), _posts(doc)


def test_a_helper_province_aid_office_keeps_its_name():
    """Guard: a province's own aid office (安徽省对口援疆办主任) reads as before."""
    doc = extract_text("会议\n安徽省对口援疆办主任王明出席会议。")
    assert "安徽省对口援疆办" in _names(doc, "Agency"), _names(doc, "Agency")


def test_xinjiang_corps_short_name_is_the_corps():
    """05-bingtuan-2013: 2013年,新疆兵团实施对口援疆项目199个 (base: 新疆维吾尔自治区 | 兵团实施对口援疆项目)."""
    doc = extract_text("兵团援疆\n中新网乌鲁木齐1月20日电 新疆生产建设兵团对口援疆办副主任殷明胜20日称,2013年,新疆兵团"
                       "实施对口援疆项目199个,累计完成投资47.92亿元。\n据介绍,2013年,新疆兵团199个对口援疆项目计划总投资"
                       "46.67亿元,其中援助资金16.43亿元。")
    got = _metrics(doc)
    m = got.get(199)
    assert m is not None and m.indicator == "对口援疆项目", {k: v.indicator for k, v in got.items()}
    assert _name(doc, m.subject) == "新疆生产建设兵团", _name(doc, m.subject)
    assert _name(doc, got[4667000000].subject) == "新疆生产建设兵团", _name(doc, got[4667000000].subject)
    # the region stays where the article is
    assert _name(doc, doc.articles[0].place) == "新疆维吾尔自治区"


def test_xinjiang_alone_is_still_the_region():
    """Guard: 新疆 not followed by 兵团 is the region as before (新疆全区粮食产量…)."""
    doc = extract_text("新疆粮食\n2023年,新疆粮食产量达到2119万吨。")
    m = next(x for x in doc.metrics if x.value == 21190000)
    assert _name(doc, m.subject) == "新疆维吾尔自治区", _name(doc, m.subject)


def test_a_pairing_verb_after_a_counted_division_ends_the_noun():
    """09-sichuan-bangfu: 形成了省内较发达的12个市和35个县对口帮扶全省50个乡村振兴重点县; 原45个县持续深化结对帮扶 (base:
    县对口帮扶全省, 县持续深化)."""
    got = _metrics(extract_text("省内对口帮扶\n去年,四川省在积极推动原45个县持续深化结对帮扶的基础上,新增了5个县,形成了"
                                "省内较发达的12个市和35个县对口帮扶全省50个乡村振兴重点县的工作格局。"))
    assert got[35].indicator == "县" and got[45].indicator == "县", {k: v.indicator for k, v in got.items()}
    assert got[50].indicator == "乡村振兴重点县"


def test_a_pairing_word_opening_the_noun_stays_whole():
    """Guard: 对口, 结对 opening the noun counted are its words (12个对口帮扶县, 50个结对村)."""
    got = _metrics(extract_text("帮扶\n全市共有12个对口帮扶县、50个结对村。"))
    assert got[12].indicator == "对口帮扶县" and got[50].indicator == "结对村", {k: v.indicator for k, v in got.items()}


def test_the_place_aided_in_a_since_frame_owns_no_figure():
    """03-jiangsu-lasa: 自1995年对口支援西藏拉萨以来,江苏省累计选派10批877名干部人才,投入财政资金61.3亿元,实施援藏项目657个
    (base: 拉萨市 | 财政资金, 拉萨市 | 援藏项目)."""
    doc = extract_text("江苏援藏\n自1995年对口支援西藏拉萨以来,江苏省累计选派10批877名干部人才,投入财政资金61.3亿元,"
                       "实施援藏项目657个。")
    got = _metrics(doc)
    assert _name(doc, got[6130000000].subject) == "江苏省", _name(doc, got[6130000000].subject)
    assert _name(doc, got[657].subject) == "江苏省", _name(doc, got[657].subject)


def test_a_place_after_a_since_frame_without_pairing_is_read_as_before():
    """Guard: 1994年以来,西藏日喀则累计接受…援藏资金 (02-shandong-rikaze): the place opening the clause after the frame
    is the receiver and owns its figures."""
    doc = extract_text("日喀则援藏\n1994年以来,西藏日喀则累计接受对口援藏项目3842个,援藏干部达1504名。")
    got = _metrics(doc)
    assert _name(doc, got[3842].subject) == "日喀则市", _name(doc, got[3842].subject)


def test_the_helper_opening_a_pairing_owns_its_funds():
    """04-jiangsu-2024: 今年,江苏对口支援西藏年度资金总计5.57亿元,实施援藏项目66个 (base: 西藏自治区, the article's place,
    the helper and the place aided read only inside the pairing's programme)."""
    doc = extract_text("江苏援藏\n今年,江苏对口支援西藏年度资金总计5.57亿元,实施援藏项目66个。")
    got = _metrics(doc)
    assert _name(doc, got[557000000].subject) == "江苏省", _name(doc, got[557000000].subject)
    assert _name(doc, got[66].subject) == "江苏省", _name(doc, got[66].subject)
    assert "江苏省对口支援西藏自治区" in _names(doc, "Programme")  # (the pairing itself stays)
