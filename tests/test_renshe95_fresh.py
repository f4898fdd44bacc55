"""Round 95 (renshe95): human resources and social security news, second pass — district and county
人社局 reports on wage arrears (根治欠薪, 追发工资), labour and personnel dispute arbitration courts and
their case counts and rates (结案率, 调解成功率), a province's mid-year 人社 figures and a county's pension
work, from Fujian, Sichuan, Henan, Jiangsu, Hunan, Shandong, Zhejiang, Gansu and Guangdong (fresh texts of
/tmp/s26/fresh/renshe95).  Fixes: the arbitration court and commission a human-resources bureau runs,
and its joint mediation centre, are agencies of their place (鄞州区劳动人事争议仲裁院, 市劳动人事争议仲裁委员会,
建邺区劳动人事争议联合调处中心), and so is a Shenzhen district's 人力资源局 — 劳动人事争议仲裁工作 and a counted
centre stay none; the workers wages are won back for are counted, no indicator 农民工追发工资 (为2.4万名农民工追发
工资2.17亿元: 农民工, and 追发工资 for the sum); a quoted 成绩单 is the report card of the figures after it, no
programme and no subject of them; 在全市最先完成… is the whole a court came first in, no subject of its figures
(全市率先实现… without 在 stays the doer); a year in 年度 naming an assessment (完成国务院2024年度…工作考核) is
no time of the figures of the sentences after it — a year's work report (2024年度工作情况) still is."""
from __future__ import annotations

from conftest import extract_text, relation_pairs


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def _metrics(doc) -> dict[tuple, tuple]:
    """(indicator, value) → (subject name, period)."""
    out = {}
    for m in doc.metrics:
        subject = doc.entities[m.subject].name if m.subject in doc.entities else None
        out[(m.indicator, m.value)] = (subject, m.period)
    return out


def test_arbitration_courts_and_mediation_centres_are_agencies():
    """07-yinzhou-zhongcaiyuan: 鄞州区劳动人事争议仲裁院获评“工作突出仲裁机构” (base: no agency, so 该院's 快调速裁 was
    the 人社局's); 09-luohu-zhongcaiyuan: 罗湖区劳动人事争议仲裁院共受理劳动人事争议案件2995件 (base: no agency, the
    indicator 劳动人事争议仲裁院受理劳动人事争议案件) and 来源：罗湖区人力资源局 (base: no agency);
    04-nanjing-zhongcai: 建邺区劳动人事争议联合调处中心受理后 (base: none).  The work of arbitration and a
    count of centres name no body."""
    doc = extract_text("区劳动人事争议仲裁院获评全国先进\n2024年，鄞州区劳动人事争议仲裁院处理劳动人事争议3864件。"
                       "罗湖区人力资源局、市劳动人事争议仲裁委员会、县劳动争议仲裁院和建邺区劳动人事争议联合调处中心参加会议。")
    assert {"鄞州区劳动人事争议仲裁院", "罗湖区人力资源局", "县劳动争议仲裁院",
            "建邺区劳动人事争议联合调处中心"} <= _names(doc, "Agency"), _names(doc, "Agency")
    assert ("鄞州区劳动人事争议仲裁院", "鄞州区") in relation_pairs(doc, "locatedIn"), relation_pairs(doc, "locatedIn")
    doc = extract_text("仲裁工作成效显著\n2022年，罗湖区劳动人事争议仲裁院共受理劳动人事争议案件2995件。")
    assert ("受理劳动人事争议案件", 2995) in _metrics(doc), _metrics(doc)
    doc = extract_text("仲裁工作成效显著\n全县劳动人事争议仲裁工作成效显著，我市已建成14个劳动人事争议联合调处中心，"
                       "县人力资源市场举办招聘会。")
    assert not _names(doc, "Agency"), _names(doc, "Agency")


def test_workers_wages_are_won_back_for_are_counted():
    """05-hunan-chengjidan: 查处欠薪案件183件，为2.4万名农民工追发工资2.17亿元 (base: 农民工追发工资 for both figures);
    04-nanjing-zhongcai: 劳动保障监察共为1.32万名劳动者追发工资等待遇0.95亿元 (base: 劳动者追发工资 for the count).
    追回 already cut the noun (为1202名农民工追回拖欠工资1842余万元) and still does; 补发 the same."""
    doc = extract_text("湖南城镇新增就业\n2020年，全省查处欠薪案件183件，为2.4万名农民工追发工资2.17亿元。")
    got = _metrics(doc)
    assert ("农民工", 24000) in got and ("追发工资", 217000000) in got, got
    doc = extract_text("追发工资\n上半年，劳动保障监察共为1.32万名劳动者追发工资等待遇0.95亿元，为300名职工补发工资120万元，"
                       "为1202名农民工追回拖欠工资1842余万元。")
    got = _metrics(doc)
    assert {("劳动者", 13200), ("职工", 300), ("农民工", 1202), ("补发工资", 1200000),
            ("追回拖欠工资", 18420000)} <= set(got), got


def test_quoted_report_card_is_no_programme():
    """05-hunan-chengjidan: 公布了全省人社工作1至5月“成绩单”…。“成绩单”显示，…截至5月底，城镇新增就业34.9万人 (base: a
    programme 成绩单, the subject of the five figures after it).  A named campaign in quotes stays one."""
    doc = extract_text("湖南城镇新增就业34.9万人\n湖南省人社厅近日召开的全省人社半年工作会议上，公布了全省人社工作1至5月“成绩单”，"
                       "干货满满。\n“成绩单”显示，全省就业大局在上半年保持总体稳定。截至5月底，城镇新增就业34.9万人。"
                       "全省组织开展“春风行动”。")
    assert "成绩单" not in _names(doc, "Programme") and "春风行动" in _names(doc, "Programme"), _names(doc, "Programme")
    assert _metrics(doc)[("城镇新增就业", 349000)][0] == "湖南省", _metrics(doc)


def test_first_in_the_city_is_no_subject():
    """09-luohu-zhongcaiyuan: 仲裁院想尽办法，…在全市最先完成结案率95%的考核任务，共审结案件2965件，累计结案率达98.9%
    (base: 深圳市 the subject of all three).  Without 在 (全市率先实现…全覆盖) the city is the doer and its subject."""
    doc = extract_text("罗湖区劳动人事争议仲裁院结案率创历史新高\n2022年，罗湖区劳动人事争议仲裁院共受理劳动人事争议案件2995件。"
                       "仲裁院想尽办法，在全市最先完成结案率95%的考核任务，共审结案件2965件，累计结案率达98.9%。")
    got = _metrics(doc)
    assert got[("审结案件", 2965)][0] == "罗湖区" and got[("累计结案率", 98.9)][0] == "罗湖区", got
    doc = extract_text("罗湖区就业\n2022年，罗湖区城镇新增就业2995人。全市率先实现城乡居民养老保险全覆盖，参保人数120万人。")
    assert _metrics(doc)[("参保人数", 1200000)][0] == "深圳市", _metrics(doc)


def test_assessed_year_is_no_time_of_later_figures():
    """01-shaxian-qianxin: 2025年，沙县区人社局…。二是加强欠薪案件查处。代表福建省高质量完成国务院2024年度保障农民工工资支付
    工作考核。通过“线上+线下”渠道受理和调处各类欠薪线索案件933件 (base: 2024 for the 933 cases and the workers after).
    A sentence giving a year's work in 年度 (公布了2024年度工作情况) still times the figures after it."""
    doc = extract_text("根治欠薪顽疾\n2025年，沙县区人社局强化劳动权益保障。二是加强欠薪案件查处。代表福建省高质量完成国务院2024年度"
                       "保障农民工工资支付工作考核。通过线上渠道受理和调处各类欠薪线索案件933件。")
    periods = {v: p for (_i, v), (_s, p) in _metrics(doc).items()}
    assert periods[933] == "2025", _metrics(doc)
    doc = extract_text("根治欠薪\n2025年，全县强化劳动权益保障。全县公布了2024年度工作情况。全县受理欠薪线索案件933件。")
    periods = {v: p for (_i, v), (_s, p) in _metrics(doc).items()}
    assert periods[933] == "2024", _metrics(doc)
