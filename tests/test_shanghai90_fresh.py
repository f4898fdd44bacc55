"""Round 90 (shanghai90): 上海 district and 街镇 news — 街道 half-year and annual reports (闵行 江川路,
普陀 长寿路, 杨浦 长白新村, 浦东 沪东新村), the 浦东新区 government work report, a 长宁区 人大常委会
appointment session, the six districts' election of district heads (闵行, 杨浦, 金山, 长宁, 宝山, 崇明),
嘉定 镇 and 区 news (华亭镇, 马陆镇北管村), a 金山区 政协委员工作站 visit and 南京东路街道's staff list
(fresh texts of /tmp/s26/fresh/shanghai90, excerpts of the pages SOURCES.md lists).  Fixes: a name
right before 荣获 stops there (李芳|荣获, not 李芳荣); an election's 、-list of items (选举A为X区长、B为
监委主任) gives A only the first item's post; a digit 1类 right after a count (5个|1类新药) is the class
of the things counted, no figure; items listed before 均同比下降 each change by the figure, no 均 in
their indicator; a cue-less two-character run of short forms in a 、-list of a series (沪二、沪新、陈家宅
等小区) is no pair of provinces; a bare 管委会 after an industrial zone's 党工委 (嘉定工业区) is that
zone's; a division left with no larger place is part of its table parent once that parent is an
entity of the document (沪东新村街道 → 浦东新区); a name-colon row's post before a bracketed note
(刘玉博:…副书记(挂职,…)) is read; 来沪/返沪 name the travellers' goal, no subject of a 街道's counts."""
from __future__ import annotations

from conftest import extract_text, post_triples, surfaces


def _metrics(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def _part_of(doc) -> set[tuple[str, str]]:
    return {(doc.entities[r.subject].name, doc.entities[r.object].name)
            for r in doc.relations if r.predicate == "partOf"}


def test_a_name_stops_before_an_award_verb():
    """06-yangpu-changbai-2020: 图们路居民区党总支书记李芳荣获全国抗击新冠感染疫情先进个人称号 (base: person
    李芳荣).  Where the verb's second character makes a word with the next (获得, 获评) the name keeps
    its third character: 张建荣获得… is 张建荣."""
    doc = extract_text("长白新城居民区入选示范社区,图们路居民区党总支书记李芳荣获全国抗击新冠感染疫情先进个人称号。")
    assert "李芳" in surfaces(doc, "Person") and "李芳荣" not in surfaces(doc, "Person"), surfaces(doc, "Person")
    doc = extract_text("村党支部书记张建荣获得全国劳动模范称号。")
    assert "张建荣" in surfaces(doc, "Person"), surfaces(doc, "Person")
    doc = extract_text("村党支部书记张建荣获评全国劳动模范。")
    assert "张建荣" in surfaces(doc, "Person"), surfaces(doc, "Person")


def test_an_election_lists_items_each_of_its_own_appointee():
    """09-shanghai-6qu-quzhang: 大会以无记名投票方式选举陈宇剑为闵行区区长、李忠兴为闵行区监察委员会主任
    (base: 陈宇剑 also 闵行区监察委员会主任).  One person's posts joined by 、 stay his."""
    doc = extract_text("大会以无记名投票方式选举陈宇剑为闵行区区长、李忠兴为闵行区监察委员会主任。")
    got = post_triples(doc)
    assert ("陈宇剑", "闵行区", "区长") in got and ("李忠兴", "闵行区监察委员会", "主任") in got, got
    assert ("陈宇剑", "闵行区监察委员会", "主任") not in got, got
    doc = extract_text("会议任命王刚为县发展改革委主任、县统计局局长。")
    assert {p for n, _, p in post_triples(doc) if n == "王刚"} == {"主任", "局长"}, post_triples(doc)


def test_a_class_number_after_a_count_is_no_figure():
    """02-pudong-gzbg-2025: 5个1类新药、9个三类创新医疗器械获批上市 (base: a figure 新药 1 类).  A count of
    classes with no count before it (全市共有3类企业) stays a figure."""
    doc = extract_text("浦东新区工作报告\n2024年,浦东新区5个1类新药、9个三类创新医疗器械获批上市。")
    got = _metrics(doc)
    assert not any(u == "类" for _, _, u in got), got
    assert any(v == 5 and u == "个" for _, v, u in got), got
    doc = extract_text("某县工作报告\n2024年,全县共有3类企业获得补贴。")
    assert any(v == 3 and u == "类" for _, v, u in _metrics(doc)), _metrics(doc)


def test_items_before_a_shared_year_on_year_change_each_change():
    """01-minhang-jiangchuanlu-2025h1: “12345”热线投诉类工单总量、每万人投诉量均同比下降35.8% (base: one
    indicator 每万人投诉量均同比下降).  Without 同比 (均下降) it already read so."""
    doc = extract_text("江川路街道工作报告\n上半年,街道热线投诉类工单总量、每万人投诉量均同比下降35.8%。")
    got = {i for i, v, _ in _metrics(doc) if v == 35.8}
    assert "每万人投诉量同比下降" in got and not any("均" in i for i in got), got
    assert any(i.endswith("工单总量同比下降") for i in got), got


def test_a_series_of_estate_names_is_no_run_of_provinces():
    """07-pudong-hudongxincun-2023: 多路径推进沪二、沪新、陈家宅等小区剩余小梁薄板及不成套房屋改造 (base:
    沪新 read as 上海 and 新疆).  Runs whose neighbour items are runs too (沪苏、沪浙合作) stay places."""
    doc = extract_text("街道工作报告\n多路径推进沪二、沪新、陈家宅等小区剩余小梁薄板及不成套房屋改造。")
    assert not surfaces(doc, "Place"), surfaces(doc, "Place")
    doc = extract_text("区域合作\n推动沪苏、沪浙合作取得新进展。")
    assert {"沪", "苏", "浙"} <= surfaces(doc, "Place"), surfaces(doc, "Place")


def test_a_bare_management_committee_after_an_industrial_zones_committee_is_the_zones():
    """08-jiading-huating-xiangcun: 嘉定工业区党工委书记、管委会常务副主任李超 (base: 嘉定区管委会)."""
    doc = extract_text("华亭镇召开推进会\n会前,何蓉一行在嘉定工业区党工委书记、管委会常务副主任李超的陪同下参观了灯塔村。")
    got = post_triples(doc)
    assert ("李超", "嘉定工业区管委会", "常务副主任") in got, got
    assert not any(b == "嘉定区管委会" for _, b, _ in got), got


def test_a_street_is_part_of_its_district_named_only_by_its_organs():
    """07-pudong-hudongxincun-2023: the report of 沪东新村街道办事处, whose 区委、区政府 are 浦东新区's (base:
    part of 上海市, read from the 沪 of 沪二; with that gone, part of nothing)."""
    doc = extract_text("沪东新村街道办事处工作报告\n2023年,街道办事处按照区委、区政府具体工作部署,较好地完成了全年目标任务。")
    assert ("沪东新村街道", "浦东新区") in _part_of(doc), _part_of(doc)


def test_a_name_colon_rows_post_before_a_bracketed_note():
    """11-huangpu-nanjingdonglu-renyuan: 刘玉博:南京东路街道党工委副书记(挂职,派出单位为上海社会科学院城市与人口发展
    研究所)。 (base: no person, no post; the note's comma split the field).  Nothing inside the note is
    read (上海社会科学院 gives him no post), and a field after the note still is (县委书记(兼),县人武部第一书记)."""
    doc = extract_text("人员\n沈云:南京东路街道党工委副书记。\n"
                       "刘玉博:南京东路街道党工委副书记(挂职,派出单位为上海社会科学院城市与人口发展研究所)。\n"
                       "叶瑞:南京东路街道党建办副主任。")
    got = post_triples(doc)
    assert ("刘玉博", "南京东路街道党工委", "副书记") in got, got
    assert {b for n, b, _ in got if n == "刘玉博"} == {"南京东路街道党工委"}, got
    doc = extract_text("领导\n张强:县委书记(兼),县人武部第一书记。")
    assert {p for n, _, p in post_triples(doc) if n == "张强"} == {"书记", "第一书记"}, post_triples(doc)


def test_the_city_people_come_back_to_is_no_subject_of_a_streets_counts():
    """06-yangpu-changbai-2020: 共接收重点地区及境外返沪居家隔离人员296名 … 完成来沪返沪人员登记共10558人 (base:
    subject 上海市, the 沪 of 返沪).  The city named in full stays the subject of its own count."""
    def subjects(text):
        doc = extract_text(text)
        return {doc.entities[m.subject].name for m in doc.metrics if m.subject in doc.entities}
    got = subjects("长白新村街道工作总结\n2020年全年,街道共接收重点地区及境外返沪居家隔离人员296名。"
                   "完成来沪返沪人员登记共10558人。")
    assert got == {"长白新村街道"}, got
    assert subjects("上海市统计公报\n2020年,上海市完成来沪人员登记共10558人。") == {"上海市"}
