"""Round 89 (hebei89): 河北 city and county news other than 邯郸 — a 唐山 party secretary's county
inspection, the 张家口 and 围场 government work reports, a 盐山县 people's congress appointment, the 衡水
statistical bulletin, the 保定 yearbook's chronicle, 雄安新区 news, 定兴县 and 涿鹿县 project ground-breakings
and a 廊坊 inspection (fresh texts of /tmp/s26/fresh/hebei89, from city, county and news sites).
Fixes: the assistant to a government's head (县长助理陈铁) held in the body listed before him (a zone's
党工委) instead of the county; an organ's purpose (市政府为深化中央巡视组…) read into a strong-suffix team's
name, the organ lost; a lake named after a verb (重点打造灵泉湖湿地公园) read with the window's broken word
(点打造灵泉湖); a road density per hundred square kilometres (115公里/百平方公里) read as kilometres with
the indicator /百平方公."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def _metrics(doc) -> set[tuple]:
    return {(doc.entities[m.subject].name if m.subject in doc.entities else None, m.indicator, m.value, m.unit)
            for m in doc.metrics}


def _held(doc) -> set[tuple[str, str]]:
    out = set()
    for r in doc.relations:
        if r.predicate == "holdsPost":
            out.add((doc.entities[r.subject].name, doc.entities[r.object].name))
    return out


def test_a_county_heads_assistant_holds_a_post_in_the_county():
    """07-dingxing-xiangmu-kaigong: 金台经济开发区党工委书记、管委会主任秦振国，县长助理陈铁出席开工活动 (base:
    陈铁 holdsPost 金台经济开发区党工委 县长助理).  The assistant to the county head is a post of the county's
    government, held in the county like a deputy head's; the zone's chief keeps his own posts."""
    doc = extract_text("定兴县举行重点项目集中开工活动\n8月16日,县委书记张明,县长吴鹏,金台经济开发区党工委书记、"
                       "管委会主任秦振国,县长助理陈铁出席开工活动。")
    held = _held(doc)
    assert ("陈铁", "定兴县") in held, held
    assert not {(p, b) for p, b in held if p == "陈铁" and b != "定兴县"}, held
    assert ("秦振国", "金台经济开发区党工委") in held, held
    doc = extract_text("郑州市召开会议\n郑州市人民政府市长助理王伟出席会议。")
    assert ("王伟", "郑州市") in _held(doc), _held(doc)


def test_a_purpose_opens_no_teams_name():
    """05-baoding-nianjian-2016-dashiji: 专项行动是市委、市政府为深化中央巡视组反馈意见整改…而决定开展的 (base: the
    agency 保定市人民政府为深化中央巡视组 and no 保定市人民政府).  为 and the verb of a purpose end the organ:
    the city's government stands alone and the team is the centre's; 为民 in a group's name is kept."""
    doc = extract_text("保定市大事记\n专项行动是市委、市政府为深化中央巡视组反馈意见整改而决定开展的,活动为期4个月。")
    agencies = _names(doc, "Agency")
    assert "保定市人民政府" in agencies, agencies
    assert not {a for a in agencies if "为深化" in a}, agencies
    doc = extract_text("保定市大事记\n专项行动是市政府为落实省委巡视组反馈意见而开展的。")
    agencies = _names(doc, "Agency")
    assert "保定市人民政府" in agencies and not {a for a in agencies if "为落实" in a}, agencies
    doc = extract_text("会议\n县委为民服务工作领导小组召开会议。")
    assert "县委为民服务工作领导小组" in _names(doc, "Agency"), _names(doc, "Agency")


def test_a_lake_after_a_verb_is_named_without_it():
    """10-zhuolu-xiangmu-kaigong: 重点打造灵泉湖湿地公园、桃花谷、鹿鸣大道等景观节点 (base: the place 点打造灵泉湖,
    the backward window cut 重点 in two).  The leading words no name opens with (点, 打造) are skipped as
    before a work's name; a lake after its county keeps its own name (金乡县金水湖)."""
    doc = extract_text("涿鹿县项目\n项目以特色板块为支撑,重点打造灵泉湖湿地公园、桃花谷、鹿鸣大道等景观节点。")
    places = _names(doc, "Place")
    assert "灵泉湖" in places, places
    assert not {p for p in places if "打造" in p}, places
    doc = extract_text("济宁市项目\n推进济宁市金乡县金水湖湿地公园建设。")
    assert "金水湖" in _names(doc, "Place"), _names(doc, "Place")


def test_a_road_density_per_hundred_square_kilometres_is_one_unit():
    """04-hengshui-tjgb-2007: 全市公路总里程达到10137公里,公路密度达到115公里/百平方公里 (base: 115 公里 with the
    indicator /百平方公).  Per hundred square kilometres is a unit after the slash like 平方公里; the
    length before it stays a length."""
    doc = extract_text("衡水市2007年统计公报\n全市公路总里程达到10137公里,公路密度达到115公里/百平方公里;"
                       "国省干线总里程达到1074公里。")
    mets = _metrics(doc)
    assert ("衡水市", "公路密度", 115, "公里/百平方公里") in mets, mets
    assert ("衡水市", "公路总里程", 10137, "公里") in mets, mets
    assert not {m for m in mets if m[1] and m[1].startswith("/")}, mets


def test_a_phase_closes_a_listed_projects_name():
    """10-zhuolu-xiangmu-kaigong: 包括鹿鸣小镇一期、鑫瀚科技高性能混凝土外加剂项目、广源鑫茂塑料包装制品项目…等项目
    (base: the programme 鹿鸣小镇一期、鑫瀚科技高性能混凝土外加剂项目).  A phase before the separator closes
    the first project's name as 工程 does; a place's list inside one name (白马、秧补片区…项目) is kept."""
    doc = extract_text("涿鹿县项目开工\n此次集中开工项目共12项,包括鹿鸣小镇一期、鑫瀚科技高性能混凝土外加剂项目、"
                       "广源鑫茂塑料包装制品项目、县城地下管网改造项目等项目。")
    progs = _names(doc, "Programme")
    assert {"鹿鸣小镇一期", "鑫瀚科技高性能混凝土外加剂项目", "广源鑫茂塑料包装制品项目"} <= progs, progs
    assert not {p for p in progs if "、" in p}, progs
    doc = extract_text("丘北县\n民生项目3个,分别为丘北县官寨乡白马、秧补片区农业产业发展基地建设项目、南池御都花园二期项目。")
    assert "丘北县官寨乡白马、秧补片区农业产业发展基地建设项目" in _names(doc, "Programme"), _names(doc, "Programme")


def test_a_joiner_after_a_counted_noun_opens_no_indicator():
    """02-zhangjiakou-gzbg-2019: 76个场馆和相关配套基础设施项目开工了65个 (base: the indicator 和相关配套基础设施项目开工).
    和 right after the counted noun joins the two figures as it does after a figure; a partner closed by
    的 (31个省、自治区、直辖市和现役军人的人口) still gives the head after 的."""
    doc = extract_text("张家口市政府工作报告\n2018年,76个场馆和相关配套基础设施项目开工了65个。")
    mets = _metrics(doc)
    assert ("张家口市", "相关配套基础设施项目开工", 65, "个") in mets, mets
    assert not {m for m in mets if m[1] and m[1].startswith("和")}, mets
    doc = extract_text("全国公报\n31个省、自治区、直辖市和现役军人的人口为141178万人。")
    assert {m[1] for m in _metrics(doc) if m[2] == 1411780000} == {"人口"}, _metrics(doc)
