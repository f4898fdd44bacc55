"""Round 100 (yibao100): 医疗保障 releases — the national 医保局's statistics bulletin news (《2020年医疗保障事业
发展统计快报》), its press conferences on 参保 and on the fight against 欺诈骗保, and the fraud and fund-supervision
reports of provincial, prefectural, county and district 医疗保障局 (云南, 青海海西州, 安徽利辛县 and two county/district
sites; fresh texts of /tmp/s26/fresh/yibao100, taken from the pages corpus).  Fixes: the fund's income and spending
listed before 分别为 (基本医疗保险基金(含生育保险)总收入、总支出分别为2.46万亿元、2.09万亿元) read as 金额 twice —
a bracketed scope note adds no length to a listed item and a later item that is only a sibling measure (总支出, 支出,
累计结存) takes the first item's modifier; 其中,前10批已达办结时限的线索 no count of ten batches; the part of an
amount given in brackets after 含 ((含医疗机构自查自纠163.18万元)) named without 含; 完善监管机制 no programme; a
reporter's credit closing the last line without brackets (。记者 赵维) read as a credit; a reform named with its
method's Latin initials (DRG支付方式改革) and a mechanism opening with a quoted short name (“两病”门诊用药保障机制)
named."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def _metrics(doc) -> dict[str, tuple]:
    return {m.indicator: (m.value, m.unit) for m in doc.metrics}


def test_income_and_spending_listed_before_fenbie_are_each_named():
    """02-quanguo-yibao-kuaibao-2020: 全年基本医疗保险基金(含生育保险)总收入、总支出分别为2.46万亿元、2.09万亿元
    (base: two figures named 金额).  The note in brackets is the items' scope; 总支出 is the same fund's."""
    doc = extract_text("医保快报\n2020年,全国基本医疗保险基金(含生育保险)总收入、总支出分别为2.46万亿元、2.09万亿元。")
    got = _metrics(doc)
    assert got.get("基本医疗保险基金(含生育保险)总收入") == (2460000000000, "元"), got
    assert got.get("基本医疗保险基金(含生育保险)总支出") == (2090000000000, "元"), got
    assert "金额" not in got, got


def test_a_sibling_measure_after_the_first_item_takes_its_modifier():
    """The same shape without a note and with three items (收入、支出、累计结存; base: 支出 bare, and
    收入结存, 支出结存 from the last item's head); an item with words of its own (利润) is left as written."""
    got = _metrics(extract_text("医保基金\n2023年,全市基本医疗保险基金收入、支出、累计结存分别为32.5亿元、28.1亿元、41.2亿元。"))
    assert {"基本医疗保险基金收入", "基本医疗保险基金支出", "基本医疗保险基金累计结存"} <= set(got), got
    got = _metrics(extract_text("财政\n2023年,全市一般公共预算收入、支出分别为2.46亿元、2.09亿元。"))
    assert "一般公共预算支出" in got and "支出" not in got, got
    got = _metrics(extract_text("工业\n2023年,全市规模以上工业增加值、利润分别增长5.1%、3.2%。"))
    assert "规模以上工业增加值利润增长" not in got and "规模以上工业利润增长" not in got, got


def test_the_first_n_of_a_series_picked_out_is_no_count():
    """04-guojia-yibaoju-zhuanxiang-zhengzhi: 向各省(区、市)移交13批1586例线索,其中,前10批已达办结时限的线索,
    办结率83.9% (base: 已达办结时限的线索 10 批).  前 closing a word (目前, 此前) opens no clause: those counts stay."""
    doc = extract_text("专项整治\n共收到举报线索12841例,向各省移交13批1586例线索,其中,前10批已达办结时限的线索,办结率83.9%。")
    got = _metrics(doc)
    assert all(unit != "批" or value != 10 for value, unit in got.values()), got
    assert got.get("办结率") == (83.9, "%"), got
    got = [(m.value, m.unit) for m in extract_text("企业\n目前45家企业已投产,此前3个项目已开工。").metrics]
    assert (45, "家") in got and (3, "个") in got, got


def test_a_part_included_in_brackets_is_named_without_han():
    """09-lixin-xian-yibaoju-2025: 追回违规使用的医保基金278.99万元(含医疗机构自查自纠163.18万元) (base: the
    part named 含医疗机构自查自纠).  含 opening a word of its own (含水率) stays in the name."""
    got = _metrics(extract_text("医保\n全县共追回违规使用的医保基金278.99万元(含医疗机构自查自纠163.18万元)。"))
    assert got.get("医疗机构自查自纠") == (1631800, "元"), got
    assert "含医疗机构自查自纠" not in got, got
    got = _metrics(extract_text("水质\n污泥总量50吨(含水率12%)。含氮量0.5毫克。"))
    assert "含水率" in got and "含氮量" in got, got


def test_a_supervision_mechanism_is_a_kind_none_named():
    """09-lixin-xian-yibaoju-2025: 以协议监管和依法监管两把“利剑”为抓手,不断完善监管机制 (base: a programme
    监管机制).  One naming what is supervised (医保基金监管联动机制) stays a programme."""
    doc = extract_text("医保\n利辛县医保局不断完善监管机制,健全监督机制,建立医保基金监管联动机制。")
    got = _names(doc, "Programme")
    assert not {"监管机制", "监督机制"} & got, got
    assert "医保基金监管联动机制" in got, got


def test_a_reporters_credit_closing_the_last_line_without_brackets():
    """07-yunnan-shengyibaoju-2019: …督促指导各州市有效开展基金监管。记者 赵维 (base: no person).  The
    credit must follow the sentence's end."""
    doc = extract_text("云南省医保局查处违规定点医疗机构\n下一步,省医保局将持续开展专项行动,"
                       "督促指导各州市有效开展基金监管。记者 赵维")
    assert "赵维" in _names(doc, "Person"), _names(doc, "Person")
    doc = extract_text("会议\n会议召开。本报记者 李明 王强")
    assert {"李明", "王强"} <= _names(doc, "Person"), _names(doc, "Person")


def test_a_reform_named_with_latin_initials_and_a_quoted_mechanism():
    """The topic's programmes (DRG/DIP 支付方式改革, “两病”门诊用药保障): 深入推进DRG支付方式改革 and 健全“两病”门诊
    用药保障机制 (base: no programme, the name runs being Chinese characters only).  A post's title quoted before
    the head still names none (建立“第一书记”帮扶机制, shandong69)."""
    doc = extract_text("医保\n市医保局深入推进DRG/DIP支付方式改革,健全“两病”门诊用药保障机制,建立“第一书记”帮扶机制。")
    got = _names(doc, "Programme")
    assert {"DRG/DIP支付方式改革", "“两病”门诊用药保障机制"} <= got, got
    assert not {n for n in got if "第一书记" in n}, got
    got = _names(extract_text("医保\n市医保局深入推进DRG支付方式改革。"), "Programme")
    assert "DRG支付方式改革" in got, got
