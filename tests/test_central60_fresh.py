"""Round 60 (central60): county and city news of 河南, 湖北, 湖南, 安徽, 江西 from fresh texts of
/tmp/s26/fresh/central60: a visiting county's delegation (团风县党政代表团一行先后来到…产业园) does not
carry out what it visits, a bare site (深入企业或项目现场) names no project, and a side of the county
town (城南新区) is no place of its own that takes the county's figures."""
from __future__ import annotations

from conftest import extract_text, mentioned, relation_pairs


def _metric_subjects(doc) -> set[str]:
    metrics = doc.metrics.values() if isinstance(doc.metrics, dict) else doc.metrics
    return {doc.entities[m.subject].name for m in metrics if m.subject in doc.entities}


def test_a_visiting_delegation_s_county_is_not_where_the_park_it_visits_is():
    """武穴市 news (m.hbwuxue.com/p/71933): 团风县党政代表团一行先后来到国鼎华明纳米新材料有限公司、
    中化学新祥云新材料产业园…: the park is the host city's (base: implementedIn 团风县, the visitors')."""
    doc = extract_text("团风县党政代表团来我市考察交流\n"
                       "6月10日,团风县委书记刘君峰,县委副书记、县长胡凯率党政代表团一行来我市考察交流。"
                       "我市市委书记、市长查俊陪同考察。\n"
                       "团风县党政代表团一行先后来到国鼎华明纳米新材料有限公司、中化学新祥云新材料产业园、"
                       "大别山武穴港区多式联运工程等项目和企业,实地考察专业园区打造、重点项目建设等情况。")
    pairs = relation_pairs(doc, "implementedIn")
    assert ("中化学新祥云新材料产业园", "团风县") not in pairs, pairs


def test_a_site_of_firms_or_projects_names_no_project():
    """通城县 news (m-tongcheng.cjyun.org/p/49898): 代表团深入企业或项目现场: two kinds of site, the second
    the bare 项目 (base: a programme 企业或, implementedIn 通城县)."""
    doc = extract_text("通城党政代表团赴赤壁考察学习\n"
                       "3月14日,县委书记刘中英率通城县党政代表团赴赤壁市考察学习。"
                       "在湖北人福药用辅料股份有限公司、高正新材料项目等地,代表团深入企业或项目现场,"
                       "了解赤壁市重点项目建设、工业经济发展等情况。")
    assert "企业或" not in mentioned(doc, "Programme"), mentioned(doc, "Programme")


def test_the_county_town_s_south_side_is_no_place_taking_the_county_s_figures():
    """封丘县 government work report (bx2200.com/baogao/huazhong/12538): 协同推进城南新区和飞地产业园区
    建设,总投资166.25亿元的37个项目: the county's figures (base: a place 城南 with no code, the
    subject of seven figures)."""
    doc = extract_text("封丘县政府工作报告\n"
                       "封丘县人民政府县长 王振海\n"
                       "2024年全县地区生产总值完成239.76亿元,同比增长6%。区域协同发展平稳有序。"
                       "深入践行“长封一体化”发展战略,协同推进城南新区和飞地产业园区建设,"
                       "总投资166.25亿元的37个项目,累计完成投资68.39亿元。")
    assert "城南" not in mentioned(doc, "Place")
    assert "城南" not in _metric_subjects(doc) and "封丘县" in _metric_subjects(doc), _metric_subjects(doc)
    road = extract_text("县医院新院启用\n“新院位置正好位于县城南环路边上,交通非常便利。”")
    assert not {"城南", "南环路"} & mentioned(road, "Place")  # (the ring road, read once 城南 is none: edu44)


def test_the_schools_of_every_level_in_a_county_are_no_school():
    """通城县 news (m-tongcheng.cjyun.org/p/49898): 先后参观了嘉鱼大中小学劳动教育综合实践基地: the
    county's schools of every level, a class (base: an organization 嘉鱼大中小学 locatedIn 嘉鱼县)."""
    doc = extract_text("通城党政代表团赴嘉鱼考察学习\n"
                       "通城县党政代表团来到嘉鱼县考察,在嘉鱼县委书记王永等领导的陪同下,"
                       "先后参观了嘉鱼大中小学劳动教育综合实践基地。")
    assert "嘉鱼大中小学" not in mentioned(doc, "Organization"), mentioned(doc, "Organization")


def test_the_county_government_s_office_written_short_before_its_staff():
    """沈丘县 news (shenqiu.gov.cn/newslast_22696): 县政府办有关人员参加了会议: the county government's
    general office (base: no office)."""
    doc = extract_text("县政府召开县长周例会\n"
                       "5月14日,县政府召开县长周例会,听取近期工作情况汇报。县领导刘国庆、郝四春出席会议,"
                       "县政府办有关人员参加了会议。")
    assert "县人民政府办公室" in mentioned(doc, "Agency"), mentioned(doc, "Agency")
