"""Round 117 (renfang117): civil air defence (人民防空) — siren-test notices of 漳县 and 崇信县 (Gansu), 石泉县 and a
county of 汉中 (Shaanxi), 吕梁市国动办's inspection plan (Shanxi), 灞桥区国动办's shelter check (Xi'an), 苏州高新区's
shelter hazard campaign (Jiangsu), 宁夏's 人防 plan (autonomous region), 德州's evacuation bases (Shandong), 伊春's
人防工程 works (Heilongjiang), 固原's evacuation drill, Beijing's siren test and drills, and provincial 人防办 visits
to 界首, 富阳 and 安源 (fresh texts of /tmp/s27/txt/renfang117).  Fixes, base → now:
- a development zone's own departments are agencies (苏州高新区国防动员办公室, 烟台高新区财政局, 杭州高新区人防办 →
  杭州高新区人民防空办公室, located in the zone; was nothing: a zone without a division code opened no scope);
- 每个 before a norm reaches 24 characters, as a bracketed level word and a long noun fit in it (每个县(市)将建设人防
  人口疏散基地不少于两个: was a figure of 德州市 with indicator 每个县(市)将建设人防人口疏散基地), and a level word
  after 每 is such a mark too (德州每县将至少建两个人防人口疏散基地, 每村配备1名专干: was 德州市 | 人防人口疏散基地 2个);
- a bare area after a count of works or sites is theirs (人防工程412处，面积285.6万平方米 → 人防工程面积, was 面积;
  城市公园35个，总面积… → 城市公园总面积; 人防工程56处，总建筑面积… → 人防工程总建筑面积; left bare after two counts);
- a quoted month·day (“9·18”防空警报试鸣, “5·12”防灾减灾宣传, “9·15”防空袭紧急疏散演练) is the day the work is held on,
  no programme (was Programme 9·18 run by the 国动办);
- a municipality's districts under a title speaking as 本市 are the municipality's (本市试鸣防空警报万余人疏散掩蔽演练 …
  朝阳区团结湖小学…海淀区上地西里社区 → 北京市, was 朝阳区: a district of a municipality has no prefecture above it);
- a count of people right before (所)组成 and 的 is the size of the team named after 的 (共200余人所组成的参加演练人员
  → 参加演练人员, was 所组成; 200余人组成的参加演练人员, was 组成的参加演练人员; modelled on a 鼓楼区 drill story)."""
from __future__ import annotations

from conftest import article_place, extract_text


def _agencies(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Agency"}


def _programmes(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Programme"}


def _metrics(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def _located(doc) -> set[tuple[str, str]]:
    n = {k: e.name for k, e in doc.entities.items()}
    return {(n.get(r.subject), n.get(r.object)) for r in doc.relations if r.predicate == "locatedIn"}


def test_a_zones_civil_defence_office_is_an_agency():
    """07-suzhou-gaoxin: 近日，苏州高新区国防动员办公室全面启动2025年度人防工程安全隐患专项排查整治工作 (base: no agency)."""
    doc = extract_text("近日，苏州高新区国防动员办公室全面启动2025年度人防工程安全隐患专项排查整治工作。")
    assert any(a.endswith("国防动员办公室") and a.startswith("苏州高新") for a in _agencies(doc)), _agencies(doc)


def test_a_zones_bureau_and_short_office_are_agencies_located_in_the_zone():
    """Modelled on 07-suzhou-gaoxin: 烟台高新区财政局, 杭州高新区人防办 (base: nothing)."""
    doc = extract_text("烟台高新区财政局召开会议。杭州高新区人防办开展人防工程安全检查。")
    assert {"烟台高新区财政局", "杭州高新区人民防空办公室"} <= _agencies(doc), _agencies(doc)
    assert ("烟台高新区财政局", "烟台高新区") in _located(doc), _located(doc)


def test_a_coded_zones_office_stays():
    """Guard: a zone with a division code (苏州工业园区) was a scope already; its office stays one agency."""
    doc = extract_text("苏州工业园区国防动员办公室开展检查。")
    assert "苏州工业园区国防动员办公室" in _agencies(doc), _agencies(doc)


def test_a_norm_for_each_county_with_a_bracketed_level_is_no_city_figure():
    """09-dezhou: 至2015年前，每个县(市)将建设人防人口疏散基地不少于两个 (base: 德州市 | 每个县(市)将建设人防人口疏散基地 2个)."""
    doc = extract_text("德州市人防工作。至2015年前，每个县(市)将建设人防人口疏散基地不少于两个。")
    assert not any(m.value == 2 for m in doc.metrics), _metrics(doc)


def test_a_norm_for_each_county_in_a_title_is_no_city_figure():
    """09-dezhou (title): 德州每县将至少建两个人防人口疏散基地 (base: 德州市 | 人防人口疏散基地 2个)."""
    doc = extract_text("德州每县将至少建两个人防人口疏散基地\n19日，记者从德州市人民防空办公室了解到相关情况。")
    assert not any(m.value == 2 for m in doc.metrics), _metrics(doc)


def test_an_average_for_each_village_stays():
    """Guard: 平均每村3.2人 is an average measured, no norm (average_before_each)."""
    doc = extract_text("全县驻村干部工作。平均每村3.2人。")
    assert any(m.value == 3.2 for m in doc.metrics), _metrics(doc)


def test_a_city_count_without_each_stays():
    """Guard: 全市将建设人防人口疏散基地不少于两个 is the city's own target."""
    doc = extract_text("德州市人防工作。至2015年前，全市将建设人防人口疏散基地不少于两个。")
    assert any(m.value == 2 and m.indicator.endswith("人防人口疏散基地") for m in doc.metrics), _metrics(doc)


def test_a_bare_area_after_a_count_of_works_is_theirs():
    """Modelled on 08-ningxia / 10-yichun: 全市现有人防工程412处，面积285.6万平方米 (base: indicator 面积)."""
    doc = extract_text("宜昌市人防工作。全市现有人防工程412处，面积285.6万平方米。全市共建成城市公园35个，总面积120万平方米。")
    got = {m.value: m.indicator for m in doc.metrics}
    assert got.get(2856000).endswith("人防工程面积"), got
    doc = extract_text("汇川区人防工作。全区共有人防工程56处，总建筑面积32.5万平方米。")
    assert ("人防工程总建筑面积", 325000, "平方米") in _metrics(doc), _metrics(doc)
    assert got.get(1200000) == "城市公园总面积", got


def test_a_bare_area_after_two_counts_stays_bare():
    """Guard: after two counts (乡镇12个，其中建制镇8个) a bare 面积 may be all of them: left as written."""
    doc = extract_text("全市有乡镇12个，其中建制镇8个，面积1200平方公里。")
    assert ("面积", 1200, "平方公里") in _metrics(doc), _metrics(doc)


def test_a_quoted_month_day_is_no_programme():
    """11-guyuan: 2025年“9·15”防空袭紧急疏散演练活动…活动由市国防动员办公室主办; 市国动办…开展“9·18”防空警报试鸣
    (base: Programme 9·15 / 9·18 run by the office)."""
    doc = extract_text("西宁市人防工作。9月18日，市国动办在城东区开展“9·18”防空警报试鸣暨疏散演练。"
                       "市人防办组织“5·12”防灾减灾宣传活动。")
    assert not (_programmes(doc) & {"9·18", "5·12"}), _programmes(doc)


def test_a_quoted_campaign_name_stays_a_programme():
    """Guard: a quoted campaign name with digits of its own (“净网2022”专项行动) is still run."""
    doc = extract_text("市公安局开展“净网2022”专项行动。")
    assert any("净网2022" in p for p in _programmes(doc)), _programmes(doc)


def test_a_municipalitys_districts_under_a_city_anaphor_title_give_the_municipality():
    """12-beijing: 本市试鸣防空警报万余人疏散掩蔽演练 … 朝阳区团结湖小学学生…、海淀区上地西里社区组织居民迅速集结 (base: 朝阳区)."""
    text = ("本市试鸣防空警报万余人疏散掩蔽演练\n全市44个社区共11900多人参加人员疏散掩蔽演练。预先警报响起后，"
            "朝阳区团结湖小学学生沿避险线路顺利到达学校操场、海淀区上地西里社区组织居民迅速集结。")
    assert article_place(text) == "北京市"


def test_a_prefecture_citys_districts_under_a_city_anaphor_title_stay_with_their_city():
    """Guard: 全市开展… naming 雁塔区 and 碑林区 gives 西安市, as before."""
    text = "全市开展防空警报试鸣\n预先警报响起后，雁塔区学生到达学校操场、碑林区社区组织居民迅速集结。"
    assert article_place(text) == "西安市"


def test_people_forming_the_team_named_after_de_count_the_team():
    """Modelled on a 鼓楼区 drill: 由…居民群众等共200余人所组成的参加演练人员，有序向防空地下室进行疏散 (base: 所组成)."""
    doc = extract_text("鼓楼区人民防空疏散演练\n由鼓楼区各街镇干部、民兵以及居民群众等共200余人所组成的参加演练人员，"
                       "有序向防空地下室进行疏散。")
    assert ("参加演练人员", 200, "人") in _metrics(doc), _metrics(doc)
    doc = extract_text("鼓楼区人民防空疏散演练\n由居民群众等共200余人组成的参加演练人员，有序疏散。")
    assert ("参加演练人员", 200, "人") in _metrics(doc), _metrics(doc)


def test_people_forming_a_team_after_the_count_stay_the_people():
    """Guard: 抽调民警20余人组成专案组 counts the police named before (not 组成专案组), and 组成40余人的宣传队伍 the team."""
    doc = extract_text("县公安局抽调民警20余人组成专案组。县国税局及各新闻单位组成40余人的宣传队伍。")
    got = _metrics(doc)
    assert not any(i.startswith("组成") for i, _v, _u in got), got
    assert ("宣传队伍", 40, "人") in got, got
