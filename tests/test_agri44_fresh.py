"""Round 44 (agri44): agriculture, forestry, water and ecology news from county and township pages
(/tmp/s26/fresh/agri44): no place read from produce, seasons and slopes (香瓜, 开春, 阴坡) or from the
national 京津风沙源 programme, no 以 of 以…为 in a village's name, no count in a water work's name, no
visit's verb in a company's name."""
from __future__ import annotations

from conftest import extract_text


def _places(doc) -> dict[str, str | None]:
    return {e.name: e.code for e in doc.entities.values() if e.type == "Place"}


def _orgs(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Organization"}


def test_jingjin_sand_source_programme_is_no_beijing_or_tianjin():
    """榆林市榆阳区 造林 news: 京津风沙源人工造林1.5万亩 is the national 京津风沙源治理工程 done in the
    district (base: places 北京市 and 天津市, and the district's 全民义务植树 and 森林资源管护 figures
    given to 北京市)."""
    doc = extract_text("今年计划造林12万亩\n2018年,榆林市榆阳区为推进国家森林城市创建,计划造林12万亩。"
                       "其中,京津风沙源人工造林1.5万亩,封山育林5.5万亩,灌木平茬1万亩;全民义务植树170万株;"
                       "森林资源管护480.2万亩。")
    places = _places(doc)
    assert "北京市" not in places and "天津市" not in places and "京津" not in places, places
    subjects = {doc.entities[m.subject].name for m in doc.metrics if m.subject in doc.entities}
    assert subjects == {"榆阳区"}, subjects


def test_farm_words_jieba_tags_ns_are_no_places():
    """通化县 and 镇安县 township news: 香瓜种植是江沿村的优势产业; 开春以来; 联盟村阴坡扁子; 北部沙区
    适龄公民 (base: places 香瓜, 开春, 阴坡, 沙区)."""
    doc = extract_text("快大茂镇发展特色农业\n香瓜种植是江沿村的优势产业,在当地小有口碑。"
                       "开春以来,镇安县米粮镇联盟村阴坡扁子种植连翘500亩。北部沙区适龄公民每人每年植树5株。")
    places = _places(doc)
    assert not {"香瓜", "开春", "阴坡", "沙区"} & set(places), places


def test_yi_of_yi_wei_frame_after_the_township_word_opens_no_village():
    """镇安县 米粮镇: 该镇以丰河村的小石沟、…联盟村的石子河…为核心: the village is 丰河村, 以 the
    preposition of 以…为核心 (base: a village 以丰河村, which took the 种植连翘2000多亩 figure)."""
    doc = extract_text("米粮镇建成连翘基地\n陕西省镇安县米粮镇发展连翘产业。开春以来,该镇以丰河村的小石沟、"
                       "联盟村的石子河为核心,集中连片发展,目前已种植连翘2000多亩。")
    places = _places(doc)
    assert "以丰河村" not in places and "丰河村" in places, places


def test_a_count_opens_no_reservoir_name():
    """盱眙县 河长办: 立足123座中小水库,开展中小型水库综合改造工程 (base: an organisation 座中小水库
    that runs the programme)."""
    doc = extract_text("盱眙县河长办召开工作会议\n8月9日,盱眙县河长办召开工作会议。会议要求,"
                       "立足123座中小水库,开展中小型水库综合改造工程,推动水利工程景观化。")
    orgs = _orgs(doc)
    assert not any("中小水库" in o for o in orgs), orgs


def test_a_visit_verb_is_no_part_of_a_company_name():
    """建始县: 督导组一行先后深入官店镇晟晖砂石料有限责任公司、景阳镇卫生院等…现场 (base: a company
    一行先后深入官店镇晟晖砂石料有限责任公司)."""
    doc = extract_text("州环保第三督导组来建始调研督导\n建始网讯(融媒体记者万雪芬)5月21日,州环保第三督导组来建始"
                       "调研督导落实中央环保督察反馈问题整改工作。督导组一行先后深入官店镇晟晖砂石料有限责任公司、"
                       "景阳镇卫生院、花坪镇绍光砂石料厂等环保督察交办信访问题整改现场进行实地调研。")
    orgs = _orgs(doc)
    assert "官店镇晟晖砂石料有限责任公司" in orgs, orgs
    assert not any(o.startswith(("一行", "深入", "先后")) for o in orgs), orgs


def test_figures_of_a_respective_run_filling_a_task_are_named_by_the_task():
    """福建 造林 news: 南平市、三明市、龙岩市三地植树造林任务量最大,分别将完成21.05万亩、17.3万亩、9.59万亩的
    植树造林任务: each city's 植树造林任务 (base: indicators 从各地任务分解情况来看,南三明市三地植树造林任务量最大
    and the like)."""
    doc = extract_text("福建明年植树造林90万亩\n日前,福建省政府办公厅明确明年全省植树造林任务。从各地任务分解情况来看,"
                       "南平市、三明市、龙岩市三地植树造林任务量最大,分别将完成21.05万亩、17.3万亩、9.59万亩的植树造林任务。")
    got = {(doc.entities[m.subject].name, m.indicator, m.value) for m in doc.metrics
           if m.unit == "亩" and m.value < 900000}
    assert got == {("南平市", "植树造林任务", 210500), ("三明市", "植树造林任务", 173000),
                   ("龙岩市", "植树造林任务", 95900)}, got


def test_or_opens_no_indicator():
    """延津县乡村振兴局 公示: 新修厚16厘米C25商砼水泥道路,或沥青混凝土铺面道路16.2万平方米 (base: indicator
    或沥青混凝土铺面道路)."""
    doc = extract_text("延津县2022年财政衔接乡村振兴资金项目安排情况公示\n计划投资2910万元,建设2022年延津县农村村组道路项目,"
                       "主要建设内容为新修厚16厘米C25商砼水泥道路,或沥青混凝土铺面道路16.2万平方米。")
    got = {m.indicator for m in doc.metrics if m.unit == "平方米"}
    assert got == {"沥青混凝土铺面道路"}, got


def test_a_village_branch_is_no_district_short_name():
    """奉化日报: 周村列入我区全域国土空间综合整治试点村。在周村党总支的努力下,该村顺利完成1100亩土地流转签约:
    the village 周村's own party branch (base: 周村区 of Zibo, Shandong, given the village's 1100亩)."""
    doc = extract_text("周村:党总支引领乡村振兴\n2021年至2022年,周村列入我区全域国土空间综合整治试点村。"
                       "在周村党总支的努力下,该村顺利完成1100亩土地流转签约、157亩土地征收等工作。")
    assert "周村区" not in _places(doc), _places(doc)


def test_yue_of_qianyue_stays_in_the_indicator():
    """奉化日报: 该村顺利完成1100亩土地流转签约、157亩土地征收等工作: 土地流转签约, the 约 of 签约 no "about"
    (base: indicator 土地流转签)."""
    doc = extract_text("周村:党总支引领乡村振兴\n在村党总支的努力下,该村顺利完成1100亩土地流转签约、157亩土地征收等工作。")
    got = {m.indicator for m in doc.metrics if m.value == 1100}
    assert got == {"土地流转签约"}, got


def test_levels_from_before_to_now_keep_their_measure():
    """奉化日报: 3年来,周村村集体经济收入从原先的6万多元增至现在的30多万元: both levels are the village's
    集体经济收入 (base: indicators 集体经济收入从原先 and 增至现在)."""
    doc = extract_text("周村:党总支引领乡村振兴\n3年来,周村村集体经济收入从原先的6万多元增至现在的30多万元。")
    got = {(m.indicator, m.value) for m in doc.metrics}
    assert got == {("集体经济收入", 60000), ("集体经济收入", 300000)}, got


def test_an_earlier_state_in_words_is_no_part_of_the_measure():
    """通化县 快大茂镇: 下龙头村的中药材种植规模由原来的几亩地扩大到现在的70余亩 (base: indicator 下龙头村的
    中药材种植规模由原来的几亩地扩大到现在)."""
    doc = extract_text("快大茂镇发展农民专业合作社\n下龙头村的中药材种植规模由原来的几亩地扩大到现在的70余亩,"
                       "年纯收入达到了25万元。")
    got = {m.indicator for m in doc.metrics if m.unit == "亩"}
    assert len(got) == 1 and next(iter(got)).endswith("中药材种植规模"), got
