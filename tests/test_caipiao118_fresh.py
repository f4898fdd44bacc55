"""Round 118 (caipiao118): welfare and sports lottery texts — sales reports (山西 福彩, 上海 体彩, 合肥 双色球,
national 体彩 2008 and 福彩 2014) and lottery-proceeds (公益金) notices of counties, districts and cities (高台县,
会东县, 昭化区, 佛山市) (fresh texts of /tmp/s27/txt/caipiao118).
Fixes, base → now:
- a lottery centre named by its place is a body (山西省福利彩票发行中心, 上海市体彩中心, 省福彩中心 → Organization with
  locatedIn its place, was nothing); the two national centres are in the national registry (中国福利彩票发行管理中心,
  中国福彩中心, 总局体彩中心 → Agency 中国福利彩票发行管理中心 / 国家体育总局体育彩票管理中心, was nothing), each
  subOrganizationOf its ministry or department when that is named (民政部, 湖南省民政厅直属的…);
- 中央 before lottery proceeds is the money's source, no national scope (其中:中央福彩公益金116万元 in a county's
  notice → subject the county's bureau, indicator 中央福彩公益金; was subject 中国, indicator 福彩公益金, and the
  county's other shares 省级福彩公益金, 州级福彩公益金 → 中国 too);
- 即开型 (instant lottery) keeps its 即 (即开型福利彩票7.1亿元 → 即开型福利彩票, was 开型福利彩票)."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, label: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == label}


def _subjects(doc) -> dict:
    return {m.indicator: (doc.entities[m.subject].name if m.subject in doc.entities else None) for m in doc.metrics}


def _located(doc) -> set:
    names = {k: e.name for k, e in doc.entities.items()}
    return {(names.get(r.subject), names.get(r.object)) for r in doc.relations if r.predicate == "locatedIn"}


def test_a_provincial_lottery_centre_is_a_body_of_its_place():
    """06-shanxi-fucai, 02-shanghai-ticai (base: no entity for 山西省福彩中心 / 上海市体彩中心)."""
    doc = extract_text("福彩销售\n山西省福利彩票发行中心发布消息,全省共销售各类福利彩票29.79亿元。")
    assert "山西省福利彩票发行中心" in _names(doc, "Organization"), _names(doc, "Organization")
    assert ("山西省福利彩票发行中心", "山西省") in _located(doc), _located(doc)
    doc = extract_text("体彩公益金\n7月14日,上海市体彩中心通过官方渠道公示了2024年度体育彩票公益金筹集情况。")
    assert "上海市体彩中心" in _names(doc, "Organization"), _names(doc, "Organization")
    doc = extract_text("宣传推广活动\n在省福彩中心的指导下,安徽省体育彩票管理中心相关负责人出席活动。")
    assert "安徽省体育彩票管理中心" in _names(doc, "Organization"), _names(doc, "Organization")
    # its parent, the civil-affairs department, when named as such
    doc = extract_text("福彩发行\n湖南省民政厅直属的湖南省福利彩票发行中心负责全省福彩发行。")
    names = {k: e.name for k, e in doc.entities.items()}
    subs = {(names.get(r.subject), names.get(r.object)) for r in doc.relations if r.predicate == "subOrganizationOf"}
    assert ("湖南省福利彩票发行中心", "湖南省民政厅") in subs, subs


def test_the_national_lottery_centres_are_registry_agencies():
    """09-national-fucai-2014, 08-national-ticai-2008, 07-hefei-shuangseqiu (base: nothing for 中国福利彩票发行管理中心,
    中国福彩中心, 总局体彩中心)."""
    doc = extract_text("福彩销量\n12日,中国福利彩票发行管理中心表示,2014年全国福利彩票总销量达2059.68亿元。")
    assert "中国福利彩票发行管理中心" in _names(doc, "Agency"), _names(doc, "Agency")
    doc = extract_text("福彩销量\n民政部、中国福利彩票发行管理中心发布消息,全年销量2000亿元。")
    names = {k: e.name for k, e in doc.entities.items()}
    subs = {(names.get(r.subject), names.get(r.object)) for r in doc.relations if r.predicate == "subOrganizationOf"}
    assert ("中国福利彩票发行管理中心", "民政部") in subs, subs
    doc = extract_text("活动\n在中国福彩中心的指导部署下,活动在合肥举行。")
    assert "中国福利彩票发行管理中心" in _names(doc, "Agency"), _names(doc, "Agency")
    doc = extract_text("体彩销量\n根据总局体彩中心相关数据统计,上半年总销量达206.35亿元。")
    assert "国家体育总局体育彩票管理中心" in _names(doc, "Agency"), _names(doc, "Agency")


def test_centre_proceeds_in_a_county_notice_are_the_countys():
    """03-huidong-fucai, 04-zhaohua-fucai (base: 中国 | 福彩公益金, 中国 | 省级福彩公益金)."""
    doc = extract_text("会东县民政局2024年度福彩公益金使用情况公告\n2024年,会东县民政局共收到福彩公益金收入432.25万元,"
                       "其中:中央福彩公益金116万元,省级福彩公益金42.05万元。")
    got = _subjects(doc)
    assert got.get("中央福彩公益金") == "会东县民政局", got
    assert got.get("省级福彩公益金") == "会东县民政局", got
    assert "中国" not in _names(doc, "Place"), _names(doc, "Place")


def test_a_national_lottery_figure_stays_the_countrys():
    """Guard: 全国 before the lottery's sales still scopes the country."""
    doc = extract_text("福彩销量\n2014年全国福利彩票总销量达2059.68亿元,为国家筹集公益金570亿元。")
    assert set(_subjects(doc).values()) == {"中国"}, _subjects(doc)


def test_the_instant_lottery_keeps_its_kind():
    """06-shanxi-fucai (base: 开型福利彩票)."""
    doc = extract_text("福彩销售\n全省共销售福利彩票29.79亿元。其中电脑福利彩票22.69亿元;即开型福利彩票7.1亿元,增幅8.5%。")
    got = {m.value: m.indicator for m in doc.metrics}
    assert got.get(710000000) == "即开型福利彩票", got


def test_an_at_once_lead_still_goes():
    """Guard: 即 (at once) before a verb is still no part of the indicator (即开展排查120次 → 排查)."""
    doc = extract_text("通报\n接报后,即开展排查120次。")
    assert {m.value: m.indicator for m in doc.metrics}.get(120) == "排查"


def test_the_centres_proceeds_in_a_national_report_stay_the_countrys():
    """Guard: in a national report the centre's proceeds are still the country's figure (its 中央 now kept in the
    indicator)."""
    doc = extract_text("财政部公告\n2023年全国共销售彩票5796.96亿元。2023年中央彩票公益金支出545.46亿元。")
    got = _subjects(doc)
    assert got.get("中央彩票公益金支出") == "中国", got
