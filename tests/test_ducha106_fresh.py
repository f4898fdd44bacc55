"""Round 106 (ducha106): central and provincial environmental inspection news (中央生态环境保护督察,
边督边改) — the daily 信访件 bulletins of 内蒙古自治区, 赤峰市 and 通辽市 (中央第二生态环境保护督察组, 2025),
鄂州市's page on the 中央第三督察组's Hubei batches (2021), Hubei's 中央第四督察组 batch (2024), the
feedback meetings in 四川 (2021) and 广东 (2018), 安徽's provincial team in 六安市, 陆良县's rectification
report and the ministry's round-two figures (fresh texts of /tmp/s27/txt/ducha106).  Fixes: a range of
batches right before a count (已对1-11批395件信访件…) a label, no metric; 地市 (prefecture-level cities in
general: 相关地市党委、政府) no scope of a body; what was done with the cases (已办结, 责令整改, 问责) in a
sentence a 督察组 opens the inspected place's, not the team's; a place's bare count under 从信访件分布来看
named by the things spread (信访件), not 件; 研究部署 after a count of meetings their purpose, no noun
counted; 中央 + field + 领导小组 (中央生态环境保护督察工作领导小组) a national body."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def _metrics(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def _by_subject(doc) -> set[tuple]:
    name = lambda k: doc.entities[k].name if k in doc.entities else k  # noqa: E731
    return {(name(m.subject), m.indicator, m.value) for m in doc.metrics}


def test_a_range_of_batches_before_a_count_is_no_figure():
    """01-nmg-region-batch11, 02-chifeng-city-batch17, 10-tongliao-city: 截至6月17日,全区已对1-11批395件信访件
    进行调查处理 (base: a metric 信访件 1 批, a range 1-11批, beside the 395件); 通辽市已对1—33批224件."""
    doc = extract_text("通辽市\n截至7月9日，通辽市已对1—33批224件信访件进行调查处理，其中，已办结97件。")
    got = _metrics(doc)
    assert not any(m[2] == "批" for m in got), got
    assert ("信访件", 224, "件") in got, got
    doc = extract_text("赤峰市\n截至6月23日，全市已对2-17批98件信访举报件进行调查处理。")
    assert not any(m[2] == "批" for m in _metrics(doc)), _metrics(doc)


def test_a_range_of_batches_alone_stays_a_range():
    """Guard: a range of batches with no count right after it keeps its figure (再公布2-3批示范村名单)."""
    doc = extract_text("某县\n今年将再公布2-3批示范村名单。")
    assert any(m.unit == "批" and m.kind == "range" for m in doc.metrics), _metrics(doc)


def test_prefecture_cities_in_general_are_no_body():
    """09-national-round2-batch1: 重点督察相关地市党委、政府及中央企业下属企业 (base: bodies 市党委 and
    市人民政府 of no place)."""
    doc = extract_text("生态环境部通报\n各督察组重点督察相关地市党委、政府及中央企业下属企业落实生态环境保护工作情况。")
    got = _names(doc, "Agency")
    assert "市党委" not in got and "市人民政府" not in got, got


def test_a_city_party_committee_stays_a_body():
    """Guard: 市委 and 市政府 in a city's article keep their city."""
    doc = extract_text("石家庄市\n市委书记张三主持会议，市政府各部门负责同志参加。")
    assert {"石家庄市委", "石家庄市人民政府"} <= _names(doc, "Agency"), _names(doc, "Agency")


def test_the_inspected_place_handles_the_cases_a_team_hands_over():
    """03-ezhou-hubei-batch24: 中央第三生态环境保护督察组转办第十五批信访投诉件共计127件,已办结63件,阶段性办结64件。
    其中,责令整改28家,立案处罚11家,罚款金额70万元,约谈8人,问责9人 (base: all of them the team's)."""
    doc = extract_text("湖北省\n9月24日,中央第三生态环境保护督察组向我省交办信访件159件。"
                       "中央第三生态环境保护督察组转办第十五批信访投诉件共计127件,已办结63件,阶段性办结64件。"
                       "其中,责令整改28家,立案处罚11家,罚款金额70万元,约谈8人,问责9人。")
    got = _by_subject(doc)
    for ind, value in (("办结", 63), ("阶段性办结", 64), ("责令整改", 28), ("问责", 9), ("罚款金额", 700000)):
        assert ("湖北省", ind, value) in got, (ind, got)
    assert not any(s == "中央第三生态环境保护督察组" and v in (63, 64, 28, 9) for s, _i, v in got), got


def test_a_team_keeps_what_it_did_itself():
    """Guard: what a team receives or hands over stays its own (省委第二巡视组共受理信访举报326件)."""
    doc = extract_text("某市\n省委第二巡视组共受理信访举报326件，向被巡视党组织移交问题线索25件。")
    got = _by_subject(doc)
    assert any(s.endswith("第二巡视组") and v == 326 for s, _i, v in got), got


def test_a_spread_over_places_names_the_things_spread():
    """03-ezhou-hubei-batch24: 从信访件分布来看,武汉市50件、黄冈市21件… (base: indicators 件 and, for 武汉市,
    重点交办件 of the sentence before); 04-hubei-central4-2024: 从5月17日交办的第九批信访件分布情况来看,其中
    武汉42件."""
    doc = extract_text("湖北省\n9月24日,中央第三生态环境保护督察组向我省交办信访件159件,其中重点交办件16件。\n"
                       "从信访件分布来看,武汉市50件、黄冈市21件、黄石市17件、恩施州5件。")
    got = _by_subject(doc)
    assert ("武汉市", "信访件", 50) in got and ("黄冈市", "信访件", 21) in got, got
    doc = extract_text("湖北省\n从5月17日交办的第九批信访件分布情况来看,其中武汉42件、襄阳8件。")
    got = _by_subject(doc)
    assert ("武汉市", "第九批信访件", 42) in got, got


def test_a_spread_over_regions_names_no_region():
    """Guard: 从区域分布看 names the places themselves, no thing counted: no indicator 区域."""
    doc = extract_text("某省\n从区域分布看,武汉市30家、黄冈市20家。")
    assert not any(m[0] == "区域" for m in _metrics(doc)), _metrics(doc)


def test_meetings_counted_before_their_purpose():
    """06-guangdong-feedback-2018: 累计召开省委常委会13次、省政府常务会20次、省政府专题会27次研究部署环境保护督察
    整改工作 (base: indicator 研究部署环境保护督察整改工作 for the 27)."""
    doc = extract_text("广东省\n2016年11月以来，广东省累计召开省委常委会13次、省政府常务会20次、"
                       "省政府专题会27次研究部署环境保护督察整改工作。")
    got = _metrics(doc)
    assert any(m[1] == 27 and m[0].endswith("专题会") for m in got), got
    assert not any("研究部署" in m[0] for m in got), got


def test_a_central_leading_group_is_a_body():
    """05-sichuan-feedback-2021: 2021年11月19日,中央生态环境保护督察工作领导小组第四次会议审议通过督察报告 (base:
    no body); its office (…领导小组办公室专门致函被督察对象) too."""
    doc = extract_text("四川省\n2021年11月19日，中央生态环境保护督察工作领导小组第四次会议审议通过督察报告。"
                       "中央生态环境保护督察工作领导小组办公室专门致函被督察对象。")
    got = _names(doc, "Agency")
    assert "中央生态环境保护督察工作领导小组" in got, got
    assert "中央生态环境保护督察工作领导小组办公室" in got, got


def test_a_sentence_about_founding_a_group_is_no_body():
    """Guard: 中央要求各地成立领导小组 is a sentence, no body 中央要求各地成立领导小组."""
    doc = extract_text("某省\n中央要求各地成立领导小组，加强组织领导。")
    assert not any(n.startswith("中央要求") for n in _names(doc, "Agency")), _names(doc, "Agency")
