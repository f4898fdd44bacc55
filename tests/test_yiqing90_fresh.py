"""Round 90 (yiqing90): epidemic-control notices — county, district and city 疫情防控指挥部 通告/通报
(新增病例 and 无症状感染者, 核酸检测 notices, 风险区 lists with their 镇 and 村) from Hunan, Gansu, Ningxia,
Hainan, Jilin, Anhui, Inner Mongolia and Hubei (fresh texts of /tmp/s26/fresh/yiqing90).  Fixes: a
headquarters whose name holds 应对 (中宁县应对新冠肺炎疫情工作指挥部) or the disease's first official name
with its 的 (石门县新型冠状病毒感染的肺炎疫情防控指挥部) read as the agency it is — 对 and 的 still split
every other would-be name; villages listed on the line under their township's heading ((一)塘渡口镇 ⏎
白羊铺村、双杏村、书堂山村) that township's; the one-metre queue line (保持1米线安全距离) no distance of 1 metre; 扎堆 of
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


def test_villages_listed_under_their_township_heading_are_its_villages():
    """04-shaoyang-fengxianqu: 一、新增高风险区域 ⏎ (一)塘渡口镇 ⏎ 白羊铺村、双杏村、书堂山村 ⏎ (三)九公桥镇 ⏎ 四联村 ⏎
    (四)金称市镇 ⏎ 金珠社区 (base: 四联村 and 金珠社区 not read, 白羊铺村… read with no township).  A prose line
    under a heading is no list, and a kind of village (新农村) is no name."""
    doc = extract_text("邵阳县关于新增划定风险区域的通告\n一、新增高风险区域\n(一)塘渡口镇\n白羊铺村、双杏村、书堂山村\n"
                       "(三)九公桥镇\n四联村\n(四)金称市镇\n金珠社区\n高风险区域实行“足不出户、上门服务”管控措施。")
    parts = {(a, b) for a, b in _part_of(doc)}
    assert {("白羊铺村", "塘渡口镇"), ("书堂山村", "塘渡口镇"), ("四联村", "九公桥镇"), ("金珠社区", "金称市镇")} <= parts, parts
    doc = extract_text("邵阳县乡村振兴\n(一)塘渡口镇\n建设新农村、美丽乡村\n(三)九公桥镇\n全镇新建村部3个,完成率100%。")
    assert not {p for p in _names(doc, "Place") if p.endswith("村")}, _names(doc, "Place")


def _part_of(doc) -> set[tuple[str, str]]:
    return {(doc.entities[r.subject].name, doc.entities[r.object].name) for r in doc.relations
            if r.predicate == "partOf" and r.subject in doc.entities and r.object in doc.entities}
