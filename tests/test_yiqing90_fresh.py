"""Round 90 (yiqing90): epidemic-control notices — county, district and city 疫情防控指挥部 通告/通报
(新增病例 and 无症状感染者, 核酸检测 notices, 风险区 lists with their 镇 and 村) from Hunan, Gansu, Ningxia,
Hainan, Jilin, Anhui, Inner Mongolia and Hubei (fresh texts of /tmp/s26/fresh/yiqing90).  Fixes: a
headquarters whose name holds 应对 (中宁县应对新冠肺炎疫情工作指挥部) or the disease's first official name
with its 的 (石门县新型冠状病毒感染的肺炎疫情防控指挥部) read as the agency it is — 对 and 的 still split
every other would-be name; the one-metre queue line (保持1米线安全距离) no distance of 1 metre; 扎堆 of
不扎堆、不聚集 no place."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def _metrics(doc) -> set[tuple]:
    return {(doc.entities[m.subject].name if m.subject in doc.entities else None, m.indicator, m.value, m.unit)
            for m in doc.metrics}


def test_a_headquarters_named_with_yingdui_is_an_agency():
    """03-zhongning-gonggao: 中宁县应对新冠肺炎疫情工作指挥部办公室 signs the notice, 中宁县应对新冠肺炎疫情工作指挥部
    the next (base: neither read; 对 of 应对 split the name).  对 as a preposition still splits one (县政府对疫情防控
    指挥部提出要求 names no 县政府对疫情防控指挥部)."""
    doc = extract_text("关于划分风险区的公告\n以上区域范围及管控要求将根据疫情防控形势变化适时调整。\n"
                       "中宁县应对新冠肺炎疫情工作指挥部办公室\n2022年9月20日\n")
    assert "中宁县应对新冠肺炎疫情工作指挥部办公室" in _names(doc, "Agency"), _names(doc, "Agency")
    doc = extract_text("关于划定高风险区的公告\n经专家研判,将石空镇部分区域划定为高风险区。\n中宁县应对新冠肺炎疫情工作指挥部\n2022年11月19日\n")
    assert "中宁县应对新冠肺炎疫情工作指挥部" in _names(doc, "Agency"), _names(doc, "Agency")
    doc = extract_text("会议\n会上,中宁县政府对疫情防控指挥部提出了工作要求。")
    assert not {n for n in _names(doc, "Agency") if "对" in n}, _names(doc, "Agency")


def test_the_diseases_first_name_with_its_de_makes_an_agency():
    """01-shimen-tonggao: 石门县成立了新型冠状病毒感染的肺炎疫情防控指挥部…石门县新型冠状病毒感染的肺炎疫情防控指挥部
    办公室会随时公布相关信息 (base: only the short 石门县疫情防控指挥部 of the source line; 的 split the name).
    Another 的 still splits (石门县感染的人员…工作组 is no body)."""
    doc = extract_text("通告\n石门县新型冠状病毒感染的肺炎疫情防控指挥部办公室会随时公布相关信息,请公众不要信谣传谣。")
    assert "石门县新型冠状病毒感染的肺炎疫情防控指挥部办公室" in _names(doc, "Agency"), _names(doc, "Agency")
    doc = extract_text("通告\n石门县感染的人员集中隔离工作组已开展工作。")
    assert not {n for n in _names(doc, "Agency") if "的" in n}, _names(doc, "Agency")


def test_a_one_metre_line_is_no_distance():
    """09-enshi-kuomian: 在等候区严格保持1米线安全距离,进入采样区后保持3米线安全距离 (base: 线安全距离 1 米 and 3 米, two
    figures).  A length before 线路 stays one (新建500米线路)."""
    doc = extract_text("恩施市核酸检测通告\n请广大市民朋友在等候区严格保持1米线安全距离,进入采样区后保持3米线安全距离,不交谈。")
    assert not {m for m in _metrics(doc) if m[3] == "米"}, _metrics(doc)
    doc = extract_text("恩施市电网改造\n今年,恩施市新建500米线路,改造台区12个。")
    assert any(m[2] == 500 and m[3] == "米" for m in _metrics(doc)), _metrics(doc)


def test_zhadui_is_no_place():
    """05-danzhou-wuzhengzhuang, 06-tiedong-tonggao: 保持安全社交距离、不扎堆、不聚集 (base: 扎堆 a Place, jieba's ns)."""
    doc = extract_text("儋州市通报\n请广大市民科学佩戴口罩、勤洗手、常通风、保持安全社交距离、不扎堆、不聚集。")
    assert "扎堆" not in _names(doc, "Place"), _names(doc, "Place")
