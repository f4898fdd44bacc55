"""Round 56 (expro56): land expropriation and house expropriation notices from fresh texts of
/tmp/s26/fresh/expro56 (云南牟定县 and 昌宁县, 四川梓潼县, 福建三元区 and 海沧区, 浙江泰顺县, 广西贺州市,
福州鼓楼区, 广州番禺区): the expropriation office a notice names as 房屋征收部门, the same area in
another unit in brackets (（计71.04亩）, （合193.296亩）), a square metre written m², a label spaced
from its colon (面积 :12.8864公顷), no county read from a village group named like it (清水河第一村民小组),
no place from the land class 灌木林地, no bounds or owning collective in an area's indicator
(…农场范围内占地面积, …村民小组的集体土地), the approved county's land its own (审批同意泰顺县…) and no
school running the plot beside it (小蕉小学南侧地块项目)."""
from __future__ import annotations

from conftest import extract_text, relation_pairs


def _places(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Place"}


def _agencies(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Agency"}


def _metrics(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def test_the_house_expropriation_office_is_an_agency_of_its_district():
    """海沧区 房屋征收决定 (厦海政〔2018〕25号): 二、房屋征收部门:海沧区土地房屋征收办公室 — the district's
    office (base: no agency at all)."""
    doc = extract_text("关于一农小学、湖头幼儿园建设项目房屋征收决定\n"
                       "厦门市海沧区人民政府决定征收房屋。\n"
                       "二、房屋征收部门:海沧区土地房屋征收办公室。\n"
                       "三、房屋征收组织实施单位:海沧区人民政府新阳街道办事处\n")
    assert "海沧区土地房屋征收办公室" in _agencies(doc), _agencies(doc)
    assert ("海沧区土地房屋征收办公室", "海沧区") in relation_pairs(doc, "locatedIn")


def test_the_area_in_mu_after_ji_in_brackets_is_the_same_area():
    """泰顺县人民政府土地征收公告 2023: 批准建设用地4.736公顷(计71.04亩),其中征收集体土地4.6677公顷(计70.0155亩)
    — each 亩 figure is the area before it (base: indicator 亩)."""
    doc = extract_text("泰顺县人民政府土地征收公告\n"
                       "省政府于2023年8月30日审批同意泰顺县2023年度计划第四批次建设用地,批准建设用地4.736公顷(计71.04亩),"
                       "其中征收集体土地4.6677公顷(计70.0155亩)。\n")
    got = _metrics(doc)
    assert ("批准建设用地", 71.04, "亩") in got and ("征收集体土地", 70.0155, "亩") in got, got
    assert not any(ind == "亩" for ind, _v, _u in got), got


def test_a_label_spaced_from_its_colon_still_labels_its_area():
    """番禺区人民政府征收土地预公告 (穗番府预征字〔2024〕16号): 三、拟征收土地面积 :12.8864公顷(合193.296亩,
    以2000国家大地坐标计算) — both figures are 拟征收土地面积 (base: no 公顷 figure, the 亩 one named 亩)."""
    doc = extract_text("番禺区人民政府征收土地预公告\n"
                       "三、拟征收土地面积 :12.8864公顷(合193.296亩,以2000国家大地坐标计算)。\n")
    got = _metrics(doc)
    assert ("拟征收土地面积", 12.8864, "公顷") in got and ("拟征收土地面积", 193.296, "亩") in got, got


def test_square_metres_written_m2():
    """福州晚报 on 鼓楼区 房屋征收告知书: 总用地面积142773m²(约214.16亩) — 142773 square metres, and the
    亩 figure is the same area (base: no m² figure, the 亩 one named 总用地面积142773m²)."""
    doc = extract_text("鼓楼区人民政府发布房屋征收告知书\n"
                       "项目选址意见函显示地块选址范围位于西二环路东侧,总用地面积142773m²(约214.16亩)。\n")
    got = _metrics(doc)
    assert ("总用地面积", 142773, "平方米") in got and ("总用地面积", 214.16, "亩") in got, got


def test_a_village_group_named_like_a_county_is_no_county():
    """牟定县人民政府征收土地预公告 2022: 涉及牟定县新桥镇新桥村民委员会清水河第一村民小组 — a group of
    新桥村, not 清水河县 of Inner Mongolia (base: Place 清水河县 150124)."""
    doc = extract_text("牟定县人民政府征收土地预公告\n"
                       "根据《中华人民共和国土地管理法》相关规定,结合我县国民经济和社会发展规划和公共利益的需要,"
                       "现将拟征收土地有关事项告知如下:\n"
                       "一、征收的目的\n"
                       "位置范围:涉及牟定县新桥镇新桥村民委员会清水河第一村民小组、新桥村民委员会第二村民小组、"
                       "杨家山第四村民小组、水箐第六村民小组、麦冲王家村民小组;江坡镇福龙村民委员会伏土龙村民小组,"
                       "详见拟征地示意图。\n")
    assert "清水河县" not in _places(doc), _places(doc)
    assert "新桥镇" in _places(doc)


def test_the_land_class_shrubland_is_no_place():
    """贺州市 征收土地方案公告 (桂政土批函〔2018〕948号): 其中水田11.0873公顷、旱地0.0009公顷、灌木林地0.1659公顷
    — a land class, no place 灌木林 owning the figure (base: Place 灌木林 as the metric's subject)."""
    doc = extract_text("贺州市人民政府征收土地方案公告\n"
                       "该批次用地需征收的平桂区西湾街道上宋村民委员会第二、三、四村民小组的集体土地共11.8741公顷,"
                       "其中水田11.0873公顷、旱地0.0009公顷、灌木林地0.1659公顷、其他林地0.0015公顷。\n")
    assert "灌木林" not in _places(doc), _places(doc)
    subjects = {doc.entities[m.subject].name for m in doc.metrics if m.subject in doc.entities}
    assert "灌木林" not in subjects, subjects


def test_the_bounds_of_the_land_are_no_part_of_the_area_measured():
    """海沧区 房屋征收决定: 现决定征收海沧区国营厦门市第一农场范围内占地面积18832.99㎡的国有土地上房屋 — the
    figure is 占地面积 (base: 现决定征收海沧区国营厦门市第一农场范围内占地面积)."""
    doc = extract_text("关于一农小学、湖头幼儿园建设项目房屋征收决定\n"
                       "因一农小学、湖头幼儿园建设用地项目需要,现决定征收海沧区国营厦门市第一农场范围内"
                       "占地面积18832.99㎡的国有土地上房屋及附属物。\n")
    assert ("占地面积", 18832.99, "平方米") in _metrics(doc), _metrics(doc)
    # the rule's bound: only an area drops its bounds; a cost within the policy's scope is a kind of cost
    doc = extract_text("医保基金运行情况\n全年职工政策范围内住院费用6273.52万元。\n")
    assert any(ind.endswith("政策范围内住院费用") for ind, _v, _u in _metrics(doc)), _metrics(doc)


def test_the_collective_owning_the_land_is_no_part_of_the_area_measured():
    """贺州市 征收土地方案公告: …西湾村民委员会第一、二、三、八、九、十五、十六村民小组的集体土地共11.8741公顷 and
    番禺区 预公告: …明经村股份合作经济社属下的集体土地12.8864公顷 — the figure is 集体土地 (base:
    十六村民小组的集体土地, 股份合作经济社属下的集体土地)."""
    doc = extract_text("贺州市人民政府征收土地方案公告\n"
                       "该批次用地需征收的平桂区西湾街道上宋村民委员会第二、三、四村民小组,西湾村民委员会第一、二、三、八、九、"
                       "十五、十六村民小组的集体土地共11.8741公顷。\n")
    assert ("集体土地", 11.8741, "公顷") in _metrics(doc), _metrics(doc)
    doc = extract_text("番禺区人民政府征收土地预公告\n"
                       "因公共利益需要,需征收广州市番禺区石楼镇茭塘东村股份合作经济社、广州市番禺区化龙镇明经村"
                       "股份合作经济社属下的集体土地12.8864公顷。\n")
    assert ("集体土地", 12.8864, "公顷") in _metrics(doc), _metrics(doc)


def test_the_land_a_province_approves_is_the_county_s():
    """泰顺县人民政府土地征收公告 2023: 省政府于2023年8月30日作出的…《浙江省建设用地审批意见书》,审批同意泰顺县
    2023年度计划第四批次建设用地,批准建设用地4.736公顷 — the county's land, not the approving government's
    (base: subject 浙江省人民政府)."""
    doc = extract_text("泰顺县人民政府土地征收公告\n"
                       "省政府于2023年8月30日作出的浙土字(330329)A[2023]-0003号《浙江省建设用地审批意见书》,"
                       "审批同意泰顺县2023年度计划第四批次建设用地,批准建设用地4.736公顷(计71.04亩)。\n")
    subjects = {(m.indicator, m.value): doc.entities[m.subject].name for m in doc.metrics if m.subject in doc.entities}
    assert subjects.get(("批准建设用地", 4.736)) == "泰顺县", subjects


def test_a_site_beside_a_school_is_no_project_the_school_runs():
    """三元区人民政府关于三元区小蕉小学南侧地块项目国有土地上房屋征收决定书: the plot south of the school is
    expropriated by the district; the school runs nothing (base: 三元区小蕉小学 runs the project)."""
    doc = extract_text("三元区人民政府关于三元区小蕉小学南侧地块项目国有土地上房屋征收决定书\n"
                       "因三元区小蕉小学南侧地块项目建设需要,根据国务院《国有土地上房屋征收与补偿条例》等有关规定,"
                       "现决定对下列范围内国有土地上的房屋及其附属物实施征收。\n"
                       "二、房屋征收部门:三元区住房和城乡建设局。\n")
    runs = relation_pairs(doc, "runs")
    assert not any(a == "三元区小蕉小学" for a, _b in runs), runs
