"""Round 84 (zhongbu84): ordinary county, town and village news of 河南 (周口淮阳区, 商丘永城市), 安徽 (阜阳临泉县,
安庆岳西县), 湖北 (孝感孝南区, 孝昌县) and 江西 (赣州南康区, 吉安永丰县, 安福县) from fresh texts of
/tmp/s26/fresh/zhongbu84: an administrative village written with its kind in full after its township
(郑集乡官路边行政村: the village 官路边村, which the text then writes short), 大约 before a link verb closing an
indicator (脐橙产量大约有5万斤: no 大 in the indicator), and a run of peers' short names (供粤港澳蔬菜基地) read as
no subject place of a programme (base: the model implemented in 香港)."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, kind: str = "Place") -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def _subjects(doc) -> dict[str, str]:
    return {m.indicator: doc.entities[m.subject].name for m in doc.metrics if m.subject in doc.entities}


def test_an_administrative_village_written_in_full_is_its_village():
    """10-guanlubian (周口淮阳区): 淮阳区郑集乡官路边行政村位于郑集乡西南部,下辖8个自然村…有1067户4235人 … 官路边村在…
    承包15座大棚 (base: no village; the profile's figures counted for 郑集乡)."""
    doc = extract_text("乡村振兴影像记\n淮阳区郑集乡官路边行政村位于郑集乡西南部,下辖8个自然村、11个村民组,有1067户4235人,"
                       "耕地面积4100亩。官路边村在西红柿产业园承包15座大棚,每年实现村集体收益26万余元。")
    assert "官路边村" in _names(doc) and "官路边行政村" not in _names(doc), _names(doc)
    got = _subjects(doc)
    assert got.get("耕地面积") == "官路边村" and got.get("村民组") == "官路边村", got
    assert got.get("大棚") == "官路边村", got
    rels = {(doc.entities[r.subject].name, r.predicate, doc.entities[r.object].name) for r in doc.relations}
    assert ("官路边村", "partOf", "郑集乡") in rels, rels
    counts = extract_text("东风乡概况\n东风乡下辖七个行政村。园区试点涉及扎河乡八个行政村。东风乡关于开展行政村换届工作的通知。")
    assert not {n for n in _names(counts) if n.endswith("村")}, _names(counts)  # counts and verbs name no village


def test_dayue_before_a_link_verb_is_no_part_of_the_indicator():
    """03-nankang-xiaoling (赣州南康区): “我家现种植脐橙20多亩,今年脐橙产量大约有5万斤左右” (base: 脐橙产量大)."""
    doc = extract_text("小岭村脐橙丰收\n赣州市南康区赤土畲族乡小岭村脐橙喜获丰收。“今年脐橙产量大约有5万斤左右。”果农说。"
                       "该乡茶叶产量大约为2000吨。")
    got = {m.indicator for m in doc.metrics}
    assert {"脐橙产量", "茶叶产量"} <= got, got
    assert not any(i.endswith("大") for i in got), got


def test_a_run_of_peers_short_names_is_no_subject_place_of_a_programme():
    """08-anfu-fengtian (吉安安福县): 江西赣福农业发展有限公司投资800万元建设了供粤港澳蔬菜基地,该基地采用“公司+基地+
    农户”经营模式 (base: the model implementedIn 香港, read as 粤's inner place)."""
    doc = extract_text("千亩大棚绘丰景\n走进江西吉安市安福县枫田镇千亩大棚蔬菜基地,菜农穿梭其间。“我们种植的广东菜心很抢手,"
                       "广州、香港、澳门等地批发商都在下订单。”公司董事长李铁军说。据了解,江西赣福农业发展有限公司投资800万元"
                       "建设了供粤港澳蔬菜基地,该基地采用“公司+基地+农户”经营模式,租赁土地900余亩。")
    places = {doc.entities[r.object].name for r in doc.relations
              if r.predicate == "implementedIn" and doc.entities[r.subject].name == "公司+基地+农户"}
    assert places == {"枫田镇"}, places


def test_villages_listed_as_a_verb_s_object_are_villages():
    """01-huangkou-wuxing (商丘永城市): 目前,黄口镇正努力打造闫王庄村、道庄村、曹楼村等首批初具效益、带动有力的试点村
    (base: no village; the run opens after the verb 打造, not after a function word or a clause mark)."""
    doc = extract_text("黄口镇打造产业兴旺星\n目前,黄口镇正努力打造闫王庄村、道庄村、曹楼村等首批试点村。"
                       "下一步,重点走访贫困村、示范村和重点村。")
    villages = {n for n in _names(doc) if n.endswith("村")}
    assert villages == {"闫王庄村", "道庄村", "曹楼村"}, villages


def test_a_village_worthy_and_a_worker_named_by_what_they_are_are_people():
    """08-anfu-fengtian (吉安安福县): “我在蔬菜基地上班…”蔬菜基地工人杨丽说; 新乡贤王大明介绍 (base: no person, and
    新乡贤 read as 新乡市 of 河南)."""
    doc = extract_text("千亩大棚绘丰景\n“我在蔬菜基地上班,生活越来越有盼头了。”蔬菜基地工人杨丽说。新乡贤王大明介绍,"
                       "村里建起了合作社。该县发挥新乡贤作用。")
    assert {"杨丽", "王大明"} <= _names(doc, "Person"), _names(doc, "Person")
    assert "新乡市" not in _names(doc), _names(doc)
    city = extract_text("新乡市召开会议\n新乡人才大会在新乡召开。")
    assert "新乡市" in _names(city), _names(city)


def test_a_month_after_a_wage_is_its_span_not_its_noun():
    """07-yongfeng-veg (吉安永丰县): 基地每天务工人员有30人,人均工资2600元到2800元一个月 (base: the indicator 一个月, read as
    the noun the amount counts)."""
    doc = extract_text("永丰大力发展蔬菜产业\n永丰县佐龙乡麻田村的家庭农场里,基地每天务工人员有30人,人均工资2600元到2800元一个月。")
    got = {m.indicator for m in doc.metrics if m.unit == "元"}
    assert got == {"人均工资"}, got
