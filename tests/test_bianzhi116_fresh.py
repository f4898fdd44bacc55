"""Round 116 (bianzhi116): institutional staffing — 编办/编委办 texts on staffing quotas (核定编制, 行政编制, 事业编制,
实有人数), institutional reform, 三定 provisions and public institution registration (事业单位法人年度报告), at every
level (曹县编委办 gazetteer entry, 荆州市委编办 on pooling staffing, 魏县 and 永登县 annual-report notices, a county
编办's 机构编制工作常识, 江西省 三定 of the government's research centre, the 机构编制工作条例 commentary, 潍坊市
机构编制管理暂行办法; fresh texts of /tmp/s27/txt/bianzhi116).  Fixes (base → now):
- 编办 after a scope is the 机构编制委员会办公室 (县编办, 市编办): 县机构编制办公室 → 县机构编制委员会办公室; after
  市委/县委 the office's short form wins at an equal end (荆州市委编办 → 荆州市委机构编制委员会办公室);
- the registry of public institutions is a department (魏县事业单位登记管理局): none → agency;
- 中编办 is the central staffing office: none → 中央机构编制委员会办公室;
- a government's research centre (江西省人民政府发展研究中心): none → agency;
- the text's own layout is no figure (本章共三条, 本办法共二十条): 本章 3 条 → none;
- 核定 opens a quota (核定行政编制15名): 核定行政编制 → 行政编制 (核定床位, 核定征收户 stay whole);
- 实有N人 after a quota (行政编制12人，实有6人): 曹县 人数 → 实有人数 (of the office);
- a count run into a reform's change verb (市直382家事业单位撤并转减少132家): 事业单位撤并转减少 ×2 →
  事业单位 382 (level), 事业单位减少 132 (change); 1133个重大项目开工1116个 still 开工重大项目."""
from __future__ import annotations

from conftest import extract_text


def _agencies(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Agency"}


def _metrics(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def _kinds(doc) -> dict[tuple, str]:
    return {(m.indicator, m.value): str(getattr(m, "kind", "")) for m in doc.metrics}


def _subjects(doc) -> dict[str, str | None]:
    return {m.indicator: (doc.entities[m.subject].name if m.subject in doc.entities else None) for m in doc.metrics}


def test_bianban_is_the_staffing_committee_office():
    """05-county-changshi, 04-yongdeng: 来源:县编办; 现将市编办《…通知》转发; base 县机构编制办公室, a body no one names."""
    doc = extract_text("机构编制工作常识\n来源：县编办\n县编办对全县事业单位开展年度报告公示。")
    got = _agencies(doc)
    assert "县机构编制委员会办公室" in got, got
    assert "县机构编制办公室" not in got, got


def test_city_committee_bianban_is_its_office():
    """02-jingzhou: ●荆州市委编办; base kept 荆州市委编办 as written beside the full name of the same office."""
    doc = extract_text("统筹调配编制资源\n荆州市委编办\n荆州市委编办收回空余编制。")
    got = _agencies(doc)
    assert "荆州市委机构编制委员会办公室" in got, got
    assert "荆州市委编办" not in got, got


def test_a_committee_department_stays_as_written():
    """Guard: 市委宣传部, 县委老干局 are not office short forms and keep their own names."""
    doc = extract_text("荆州市委宣传部召开会议。县委老干局召开会议。")
    got = _agencies(doc)
    assert "荆州市委宣传部" in got and "县委老干部局" in got, got


def test_public_institution_registry_is_an_agency():
    """03-weixian, 04-yongdeng: 在魏县事业单位登记管理局进行登记; base: no agency."""
    doc = extract_text("在魏县事业单位登记管理局进行登记的事业单位法人。由事业单位委托永登县事业单位登记管理局在网站公示。")
    got = _agencies(doc)
    assert "魏县事业单位登记管理局" in got and "永登县事业单位登记管理局" in got, got


def test_zhongbianban_is_the_central_office():
    """04-yongdeng: 3月31日前未按期年检的将被中编办通过网络注销事业单位资格; base: no agency."""
    doc = extract_text("3月31日前未按期年检的将被中编办通过网络注销事业单位资格。")
    assert "中央机构编制委员会办公室" in _agencies(doc), _agencies(doc)


def test_government_research_centre_is_an_agency():
    """06-jiangxi-sanding: 保留江西省人民政府发展研究中心(以下简称省政府研究中心); base: only 江西省人民政府."""
    doc = extract_text("保留江西省人民政府发展研究中心(以下简称省政府研究中心),为省人民政府直属正厅级事业单位。")
    assert "江西省人民政府发展研究中心" in _agencies(doc), _agencies(doc)


def test_own_article_count_is_no_metric():
    """07-tiaoli: 本章共三条，分别明确了…; base: metric 本章 3 条 of 中国."""
    doc = extract_text("第二章 领导体制\n本章共三条，分别明确了中央机构编制委员会的设置和主要职责。本办法共二十条。")
    assert not any(m.unit == "条" for m in doc.metrics), _metrics(doc)


def test_a_count_of_articles_cleared_stays():
    """Guard: a count of documents cleared is a figure (全县共清理文件12条)."""
    doc = extract_text("全县共清理文件12条。")
    assert any(m.value == 12 and m.unit == "条" for m in doc.metrics), _metrics(doc)


def test_hedings_quota_drops_the_verb():
    """Modelled on 三定 replies: 平江县农业农村局核定行政编制15名; base: indicator 核定行政编制."""
    doc = extract_text("平江县农业农村局核定行政编制15名。平江县检验检测中心为公益一类事业单位，核定事业编制45名。")
    got = _metrics(doc)
    assert ("行政编制", 15, "名") in got and ("事业编制", 45, "名") in got, got


def test_approved_beds_stay_whole():
    """Guard: 核定床位 is a hospital measure of its own."""
    doc = extract_text("平江县人民医院核定床位500张。")
    assert ("核定床位", 500, "张") in _metrics(doc), _metrics(doc)


def test_actual_staff_after_quota():
    """01-caoxian: 行政编制12人, 实有6人，事业编制8人，实有8人; base: 曹县 人数 6, 8."""
    doc = extract_text("曹县编制委员会办公室为县委工作部门。行政编制12人，实有6人，事业编制8人，实有8人。")
    got = _metrics(doc)
    assert ("实有人数", 6, "人") in got and ("实有人数", 8, "人") in got, got
    assert ("人数", 6, "人") not in got, got
    assert _subjects(doc)["实有人数"] == "曹县编制委员会办公室", _subjects(doc)


def test_reform_cut_of_counted_institutions():
    """02-jingzhou: 市直382家事业单位撤并转减少132家; base: 事业单位撤并转减少 for both figures."""
    doc = extract_text("在分类改革中，荆州市市直382家事业单位撤并转减少132家。")
    got = _metrics(doc)
    assert ("事业单位", 382, "家") in got, got
    assert ("事业单位减少", 132, "家") in got, got
    assert "change" in _kinds(doc)[("事业单位减少", 132)], _kinds(doc)


def test_a_part_that_did_something_stays():
    """Guard: 1133个重大项目开工1116个 counts the projects that started (开工重大项目)."""
    doc = extract_text("全县1133个重大项目开工1116个。")
    assert ("开工重大项目", 1116, "个") in _metrics(doc), _metrics(doc)
