"""Round 55 (court55): court and procuratorate news and work reports from fresh texts of
/tmp/s26/fresh/court55 (东莞, 呼和浩特 intermediate courts' reports, 南京铁路运输法院, 北京知识产权法院,
最高人民检察院's public-interest report): a specialised court named after its city (铁路运输法院,
知识产权法院) found and kept as written; no mechanism named by a demonstrative (这一制度); the change
written after a rate is that rate's; rates listed before 分别提高到 paired item by item; a court right
after 其中 is the part of the whole its figures count."""
from __future__ import annotations

from conftest import extract_text, figure_table, relation_pairs


def _agencies(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Agency"}


def test_a_railway_transport_court_is_the_city_s_court_as_written():
    """15-nanjing-tielu-fayuan (法制日报): 2012年7月，…南京铁路运输法院所有人财物正式移交江苏省高级人民法院:
    南京铁路运输法院, located in 南京市 (base: no court at all — 铁路运输 between the city and 法院)."""
    doc = extract_text("南京铁路运输法院承担知识产权专门法院试点\n"
                       "2012年7月,根据中央关于铁路运输法院管理体制改革要求,南京铁路运输法院所有人财物正式移交"
                       "江苏省高级人民法院,顺利实现从铁路管理体系向正式纳入地方司法体系的转变。")
    assert "南京铁路运输法院" in _agencies(doc), _agencies(doc)
    assert ("南京铁路运输法院", "南京市") in relation_pairs(doc, "locatedIn")


def test_an_intellectual_property_court_keeps_its_city_s_short_name():
    """16-beijing-zhichan-fayuan: 北京知识产权法院党组成员、副院长宋鱼水发布: the court is 北京知识产权法院, its
    official name (base: 北京市知识产权法院, a name no court has)."""
    doc = extract_text("北京知识产权法院十年审判工作白皮书发布\n"
                       "11月6日,北京知识产权法院召开新闻发布会。北京知识产权法院党组成员、副院长宋鱼水发布。")
    assert ("宋鱼水", "北京知识产权法院") in relation_pairs(doc, "holdsPost")
    assert "北京市知识产权法院" not in _agencies(doc)
    assert ("北京知识产权法院", "北京市") in relation_pairs(doc, "locatedIn")


def test_a_system_named_by_a_demonstrative_is_no_programme():
    """06-zuigaojian-gongyi-baogao: 2017年6月修改民事诉讼法、行政诉讼法，正式建立这一制度: 这一制度 points
    back to the public-interest litigation system (base: a Programme 这一制度)."""
    doc = extract_text("最高人民检察院关于开展公益诉讼检察工作情况的报告\n"
                       "全国人大常委会加强公益诉讼检察立法保障,2015年7月作出决定,授权在13个省区市开展为期两年的试点;"
                       "2017年6月修改民事诉讼法、行政诉讼法,正式建立这一制度。")
    programmes = {e.name for e in doc.entities.values() if e.type == "Programme"}
    assert "这一制度" not in programmes, programmes


def test_the_change_after_a_rate_is_the_rate_s():
    """04-huhehaote-zhongyuan-baogao: 案件平均审理天数60天，同比减少15天，一审服判息诉率89.62%，同比上升
    1.31%: 1.31% is the rate's change (base: 案件平均审理天数同比上升, the days')."""
    table = figure_table("呼和浩特市中级人民法院工作报告\n"
                         "2022年,全市法院受理案件10.2万件,结案8.8万件,案件平均审理天数60天,同比减少15天,"
                         "一审服判息诉率89.62%,同比上升1.31%;二审发回重审率4.4%,同比下降1.62%。", "2023-01-28")
    assert table[(1.31, "%")][0] == "一审服判息诉率同比上升", table[(1.31, "%")]
    assert table[(15, "天")][0] == "案件平均审理天数同比减少"


def test_rates_listed_before_a_verb_to_a_new_level_pair_with_their_figures():
    """01-dongguan-zhongyuan-baogao: 法定审限内结案率和一审服判息诉率分别提高到99.4%和83.1%: each rate its
    own figure (base: both figures 法定审限内结案率和一审服判息诉率)."""
    table = figure_table("东莞市中级人民法院工作报告\n"
                         "2022年,全市法院受理各类案件25.4万件。法定审限内结案率和一审服判息诉率分别提高到99.4%和83.1%,"
                         "审判质效稳步提升。", "2023-02-09")
    assert table[(99.4, "%")][0] == "法定审限内结案率"
    assert table[(83.1, "%")][0] == "一审服判息诉率"


def test_a_court_after_qizhong_is_the_part_its_figures_count():
    """01-dongguan-zhongyuan-baogao: 全市法院受理各类案件25.4万件…。其中市中院受理2.8万件，办结2.4万件: the
    intermediate court's cases (base: 东莞市's, the whole's subject)."""
    table = figure_table("东莞市中级人民法院工作报告\n"
                         "2022年,全市法院受理各类案件25.4万件,办结23.1万件,同比分别上升3.6%和3.1%,均创历史新高。"
                         "其中市中院受理2.8万件,办结2.4万件。", "2023-02-09")
    assert table[(28000, "件")][1] == "东莞市中级人民法院", table[(28000, "件")]
    assert table[(24000, "件")][1] == "东莞市中级人民法院"
    assert table[(254000, "件")][1] == "东莞市"


def test_cases_a_central_office_supervised_are_the_city_s_courts():
    """02-wenzhou-zhongyuan-baogao: 审结中央扫黑办挂牌督办的特大跨境敲诈勒索系列案等涉黑恶案件71件159人: the
    Wenzhou courts' cases; 中央 names who supervised them (base: 中国's figures)."""
    table = figure_table("温州市中级人民法院工作报告\n"
                         "2023年,全市法院依法惩治各类刑事犯罪,审结一审刑事案件12265件,判处罪犯16578人。常态化推进扫黑除恶,"
                         "审结中央扫黑办挂牌督办的特大跨境敲诈勒索系列案等涉黑恶案件71件159人。", "2024-01-28")
    assert table[(71, "件")][1] == "温州市", table[(71, "件")]
    assert table[(159, "人")][1] == "温州市"


def test_a_political_department_in_a_court_officer_s_chain_is_the_court_s():
    """16-beijing-zhichan-fayuan: 北京知识产权法院党组成员、副院长宋鱼水发布，党组成员、政治部主任、新闻发言人路光
    主持: 路光 heads the court's 政治部 (base: 北京市政治部, a body of the city)."""
    doc = extract_text("北京知识产权法院发布白皮书\n"
                       "6日上午,北京知识产权法院召开新闻发布会。北京知识产权法院党组成员、副院长宋鱼水发布,"
                       "党组成员、政治部主任、新闻发言人路光主持。")
    assert ("路光", "北京知识产权法院政治部") in relation_pairs(doc, "holdsPost")
    assert "北京市政治部" not in _agencies(doc)


def test_a_bare_enforcement_bureau_is_the_story_s_court_s():
    """07-lushan-fayuan-zhixing: 鲁山县法院开展执行案款集中发放活动…执行局局长时增旭通报了…: the county court's
    执行局 (base: a body named 执行局 alone)."""
    doc = extract_text("鲁山县法院开展执行案款集中发放活动\n"
                       "11月18日上午,鲁山县法院开展执行案款集中发放活动。活动期间,执行局局长时增旭通报了2021年执行工作开展情况。")
    assert ("时增旭", "鲁山县人民法院执行局") in relation_pairs(doc, "holdsPost")
    assert "执行局" not in _agencies(doc)
    two = extract_text("会议\n县人民法院和县人民检察院召开会议。执行局局长时增旭出席。")
    assert not any(b.endswith("院执行局") for _p, b in relation_pairs(two, "holdsPost"))  # two bodies: neither


def test_a_bare_district_bureau_in_a_province_s_story_is_the_district_s_named():
    """05-shanxi-jianchayuan-gongyi (山西省人民检察院's cases): 经尖草坪区水务局会议研究…目前，区水务局已收缴罚款
    72万余元: the province's story has no district of its own; 区水务局 is 尖草坪区水务局 (base: a body
    named 区水务局, of no place)."""
    doc = extract_text("山西省人民检察院发布公益诉讼典型案例\n"
                       "太原市尖草坪区人民检察院依法向尖草坪区水务局发出诉前检察建议。2018年9月17日经尖草坪区水务局会议研究,"
                       "依法下发行政处罚决定书。之后,区水务局开展专项整治行动。目前,区水务局已收缴罚款72万余元。")
    assert "区水务局" not in _agencies(doc), _agencies(doc)
    subjects = {doc.entities[m.subject].name for m in doc.metrics if m.subject in doc.entities}
    assert "尖草坪区水务局" in subjects
