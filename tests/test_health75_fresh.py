"""Round 75 (health75): 卫生健康 news and notices from fresh texts of /tmp/s26/fresh/health75 (湖北's
maternal and child health figures, 遂溪 and 顺昌's vaccination days, 明溪's county hospital group,
遂宁's disease-control centre, 衢州's doctors at 常山's township health centre, a provincial hospital's
clinic in 高邑县, 海南州's county medical community plan).  Fixes: the base and change of a figure
compared with the year before belong to that figure's place, not to the body reporting it
(metrics); 疾控中心 is the short form of 疾病预防控制中心, one body (entities); a township's health
centre named by the township's stem alone is in that township (relations); 人大 and 政协 written bare
after an organisation's post are no organs of that organisation (posts); whom a thing is handed to
(向群众发放) opens the clause, no part of the indicator (metrics); a Chinese count right after a quoted
、-list of as many items names a slogan (“责任、管理、服务、利益”四个共同体), no figure (numbers); a county's
disease-control hospitals and stations and a city's mental-health centre are public institutions (lexicon); a
short registry name between a family name and a title (苗|华为|教授) is a given name, no company (registry)."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def _rel(doc, pred: str) -> set[tuple[str, str]]:
    return {(doc.entities[r.subject].name, doc.entities[r.object].name) for r in doc.relations if r.predicate == pred}


def test_the_base_and_change_of_a_scoped_figure_are_its_place_s():
    """01-hubei-fuyou (湖北日报): 省卫健委统计,2018年我省孕产妇死亡率为9.80/10万,较上年9.87/10万下降了0.71%
    (base: the 上年 level and the 0.71% fall had the commission as their subject, the 2018 level the province)."""
    doc = extract_text("全省妇幼健康指标持续下降\n湖北日报讯 6月26日,湖北省卫生健康委发布数据。"
                       "省卫健委统计,2018年我省孕产妇死亡率为9.80/10万,较上年9.87/10万下降了0.71%。")
    got = {(m.value, doc.entities[m.subject].name) for m in doc.metrics if "孕产妇死亡率" in m.indicator}
    assert got == {(9.8, "湖北省"), (9.87, "湖北省"), (0.71, "湖北省")}, got
    # a figure the body itself holds keeps it (the agency's own count, no scope written)
    own = extract_text("县卫健局开展义诊\n顺昌县卫生健康局组织专家义诊,接受咨询300余人次,较上年200人次增加100人次。")
    subjects = {own.entities[m.subject].name for m in own.metrics if m.subject}
    assert subjects == {"顺昌县卫生健康局"}, subjects


def test_a_disease_control_centre_written_short_is_one_body():
    """03-shunchang-jiezhong (福建卫生健康新闻网): 顺昌县疾病预防控制中心…县疾控中心还通过微信公众号 (base: two
    agencies, 顺昌县疾控中心 and 顺昌县疾病预防控制中心)."""
    doc = extract_text("顺昌县开展儿童预防接种日宣传活动\n26日,顺昌县卫生健康局、顺昌县疾病预防控制中心在市民公园开展宣传活动。"
                       "此外,县疾控中心还通过微信公众号扩大宣传的覆盖面。")
    got = {n for n in _names(doc, "Agency") if "疾" in n}
    assert got == {"顺昌县疾病预防控制中心"}, got
    alone = extract_text("遂宁市疾控中心下乡\n市疾控中心主任刘宗林带领专业人员参加了活动。")
    assert "遂宁市疾病预防控制中心" in _names(alone, "Agency"), _names(alone, "Agency")


def test_a_township_health_centre_named_by_its_stem_is_in_the_township():
    """06-quzhou-yizhen (衢州市人民医院): 来到常山县球川中心卫生院开展义诊活动 (base: located in 常山县 only; 球川镇
    is the town of 常山县 it serves)."""
    doc = extract_text("名医专家走进常山开展义诊活动\n9月25日,专家团队来到常山县球川中心卫生院开展义诊活动。")
    assert ("常山县球川中心卫生院", "球川镇") in _rel(doc, "locatedIn"), _rel(doc, "locatedIn")
    assert ("球川镇", "常山县") in _rel(doc, "partOf"), _rel(doc, "partOf")
    # a stem that is no township of the county: the county only (县第一人民医院, 县中心卫生院 unchanged)
    other = extract_text("义诊活动\n9月25日,专家团队来到常山县城东中心卫生院开展义诊活动。")
    assert ("常山县城东中心卫生院", "常山县") in _rel(other, "locatedIn"), _rel(other, "locatedIn")


def test_a_congress_listed_after_an_organisation_s_post_is_no_organ_of_it():
    """07-gaoyi-yizhen (省中医院 in 高邑县): 石家庄市民盟驻会副主委崔瑞芳,…,人大副主任葛锦国 (base: an agency
    中国民主同盟人大 holding 葛锦国's post)."""
    doc = extract_text("义诊活动启动\n石家庄市民盟驻会副主委崔瑞芳,人大副主任葛锦国出席了义诊启动仪式。")
    held = {b for p, b in _rel(doc, "holdsPost") if p == "葛锦国"}
    assert held and not any("同盟" in b for b in held), held
    # an organisation's own party and discipline committees stay its own
    own = extract_text("医院召开会议\n县人民医院党委副书记张明、纪委书记李华出席会议。")
    assert any(b.endswith("人民医院纪委") for p, b in _rel(own, "holdsPost") if p == "李华"), _rel(own, "holdsPost")


def test_whom_a_thing_is_handed_to_is_no_part_of_the_indicator():
    """03-shunchang-jiezhong: 向群众累计发放预防接种相关宣传资料700多份 (base: the indicator 群众累计发放预防接种相关
    宣传资料; 发放宣传资料2000份 alone gave 宣传资料)."""
    doc = extract_text("县卫健局开展宣传活动\n县卫健局向辖区居民免费发放宣传手册2000份,共向贫困户发放补贴资金120万元。")
    got = {m.indicator for m in doc.metrics}
    assert got == {"宣传手册", "补贴资金"}, got
    # no verb of handing after the recipient: the clause stays as it was (向社会公开招聘教师)
    other = extract_text("县卫健局招聘\n县卫健局向社会公开招聘教师20名。")
    assert {m.indicator for m in other.metrics} == {"社会公开招聘教师"}, {m.indicator for m in other.metrics}


def test_a_count_of_a_quoted_list_s_items_is_a_slogan_not_a_figure():
    """08-hainanzhou-yigongti (海南州 plan): 持续推动医共体“责任、管理、服务、利益”四个共同体建设 (base: a metric
    共同体建设 4个)."""
    doc = extract_text("医共体建设实施方案\n持续推动医共体“责任、管理、服务、利益”四个共同体建设,建成分院12个。")
    got = {(m.indicator, m.value) for m in doc.metrics}
    assert got == {("分院", 12)}, got
    # the count differs from the items quoted, or the things are counted after the quotation: figures
    other = extract_text("项目建设\n推进“产业、人才”三个振兴项目,新建“健康小屋”三个。")
    assert {m.value for m in other.metrics} == {3}, {(m.indicator, m.value) for m in other.metrics}


def test_a_county_s_disease_control_hospitals_are_organisations():
    """02-suixi-jiezhong (广东遂溪县): 组织县疾控中心、县卫生监督所、县慢性病防治站、…县皮肤病防治院 (base: neither
    the chronic-disease station nor the skin-disease hospital found); a city's 精神卫生中心 likewise."""
    doc = extract_text("遂溪县开展儿童预防接种宣传\n4月25日,遂溪县卫生计生局组织县疾控中心、县慢性病防治站、"
                       "县皮肤病防治院及县中医院等机构的医务人员开展宣传活动。")
    got = _names(doc, "Organization")
    assert {"遂溪县慢性病防治站", "遂溪县皮肤病防治院"} <= got, got
    assert ("遂溪县慢性病防治站", "遂溪县") in _rel(doc, "locatedIn"), _rel(doc, "locatedIn")
    city = extract_text("精神卫生日活动\n邯郸市精神卫生中心开展世界精神卫生日宣传活动。")
    assert "邯郸市精神卫生中心" in _names(city, "Organization"), _names(city, "Organization")
    # the kind alone, with no place or scope before it, names no body
    bare = extract_text("加强基层建设\n各地加强慢性病防治站建设。")
    assert not any("防治站" in n for n in _names(bare, "Organization")), _names(bare, "Organization")


def test_a_doctor_s_given_name_before_his_title_is_no_company():
    """07-gaoyi-yizhen (省中医院 in 高邑县): 心血管科苗华为教授前排起了长队 (base: an Organization 华为技术有限公司
    read out of the professor's name 苗华为)."""
    doc = extract_text("专家义诊\n心血管科苗华为教授前排起了长队,他耐心地为每一个村民量血压。")
    assert not any("华为" in n for n in _names(doc, "Organization")), _names(doc, "Organization")
    # no family name before it: the company (华为教授级专家), and a country after a preposition (和美国教授)
    firm = extract_text("企业交流\n华为教授级专家来访,他和美国教授交流。")
    assert "华为技术有限公司" in _names(firm, "Organization"), _names(firm, "Organization")
    assert "美国" in _names(firm, "Place"), _names(firm, "Place")
