"""Round 119 (linye119): forestry and grassland reports — 林长制 set-ups (a 街道's three-tier chiefs, a 镇's chiefs
and rangers, 横塘镇's quarterly meeting), a 总林长令 (新疆), county and city afforestation round-ups (道县, 全南县林业局,
宿迁市, a 市林业局), the national forestry work conference (全国林业和草原工作会议) and a county forest-fire plan
(淅川县) (fresh texts of /tmp/s27/txt/linye119).
Fixes, base → now:
- a second team formed after a joiner is sized by its own noun (组建18人的专业森林消防队伍和120人的半专业应急扑火队 →
  专业森林消防队伍 18人, 半专业应急扑火队 120人; was 专业森林消防队伍和 for both);
- 设立 is a verb of putting at a spot (在重点进山路口设立卡口18个 → 卡口, was 重点进山路口设立卡口; 在重点地段设立
  林长责任公示牌16块 → 林长责任公示牌);
- 下设 and an anaphoric reserve or forest farm open the clause (下设村级林长12名 → 村级林长, was 下设村级林长; 该保护区面积
  5.65万公顷 → 面积, was 该保护区面积);
- 初期/之初 close the early step a change starts from (森林覆盖率由建场初期的11.4%提高到82% → 森林覆盖率, was
  森林覆盖率由建场初期);
- a place after a verb of focusing is its object, no subject (聚焦青藏高原生态屏障区等重点区域，全年安排中央投资292亿元 →
  中国, was 青藏高原);
- an area and 内有 open the clause (保护区内有野生脊椎动物286种 → 野生脊椎动物, was 保护区内有野生脊椎动物; 境内有河流 → 河流);
- the northeast's state forest groups are known (龙江森工集团, 大兴安岭林业集团公司): their forest police keep the
  group's name (大兴安岭林业集团公司森林公安局, was the group alone and 森林公安局破获涉林案件 as the indicator)."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> dict:
    return {m.value: m.indicator for m in doc.metrics}


def _names(doc, label: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == label}


def _subject_names(doc) -> dict:
    return {m.value: (doc.entities[m.subject].name if m.subject in doc.entities else None) for m in doc.metrics}


def test_a_second_team_after_a_joiner_is_sized_by_its_own_noun():
    """03-jiedao-linzhang (base: 专业森林消防队伍和 for 18人 and 120人)."""
    got = _metrics(extract_text("林长制工作\n街道组建18人的专业森林消防队伍和120人的半专业应急扑火队，开展防火演练。"))
    assert got.get(18) == "专业森林消防队伍" and got.get(120) == "半专业应急扑火队", got
    got = _metrics(extract_text("防火工作\n乡镇组建30人的扑火队及12人的护林巡逻队。"))
    assert got.get(30) == "扑火队" and got.get(12) == "护林巡逻队", got


def test_a_single_team_formed_reads_as_before():
    """Guard: one team formed, and a team listed with 、, keep their nouns."""
    got = _metrics(extract_text("防火工作\n全县组建40余人的宣传队伍。"))
    assert got.get(40) == "宣传队伍", got
    got = _metrics(extract_text("防火工作\n组建18人的专业森林消防队伍、120人的半专业应急扑火队。"))
    assert got.get(18) == "专业森林消防队伍" and got.get(120) == "半专业应急扑火队", got


def test_setting_up_at_a_spot_opens_the_clause():
    """03-jiedao-linzhang, 08-zhen-linzhang-tixi (base: 重点进山路口设立卡口, 重点地段设立林长责任公示牌)."""
    got = _metrics(extract_text("林长制工作\n在重点进山路口设立卡口18个。全镇在重点地段设立林长责任公示牌16块。"))
    assert got.get(18) == "卡口" and got.get(16) == "林长责任公示牌", got


def test_setting_under_and_an_anaphoric_reserve_open_the_clause():
    """03-jiedao-linzhang (base: 下设村级林长); a reserve's profile (base: 该保护区面积)."""
    got = _metrics(extract_text("林长制工作\n由党工委书记担任街道级总林长，下设村级林长12名、网格护林员45名。"))
    assert got.get(12) == "村级林长" and got.get(45) == "网格护林员", got
    got = _metrics(extract_text("保护区概况\n武夷山国家级自然保护区始建于1979年，该保护区面积5.65万公顷。"))
    assert got.get(56500) == "面积", got


def test_the_early_stage_a_change_starts_from_is_no_part_of_the_measure():
    """A forest farm's profile (base: 森林覆盖率由建场初期)."""
    got = _metrics(extract_text("林场概况\n塞罕坝机械林场现有林地面积115万亩，森林覆盖率由建场初期的11.4%提高到82%。"))
    assert got.get(11.4) == "森林覆盖率" and got.get(82) == "森林覆盖率", got


def test_a_place_after_a_verb_of_focusing_is_no_subject():
    """06-quanguo-linye-huiyi (base: 青藏高原 as the subject of 中央投资 and 重点项目)."""
    doc = extract_text("全国林业和草原工作会议召开\n据介绍，过去一年我国持续开展大规模国土绿化行动，聚焦青藏高原生态屏障区等重点区域，"
                       "全年安排中央投资292亿元，实施337个重点项目。")
    got = _subject_names(doc)
    assert got.get(29200000000) == "中国" and got.get(337) == "中国", got
    doc = extract_text("林草工作\n今年，四川省聚焦青藏高原生态屏障区等重点区域，安排中央投资29亿元。")
    assert _subject_names(doc).get(2900000000) == "四川省", _subject_names(doc)


def test_a_place_doing_the_focusing_stays_the_subject():
    """Guard: the place before the verb of focusing is the doer, whose the figure is."""
    doc = extract_text("林草工作\n青海省聚焦生态保护，安排中央投资29亿元。")
    assert _subject_names(doc).get(2900000000) == "青海省", _subject_names(doc)


def test_the_northeast_forest_groups_keep_their_forest_police():
    """A forest police round-up (base: Organization 大兴安岭林业集团公司 alone, indicator 森林公安局破获涉林案件)."""
    doc = extract_text("专项行动\n大兴安岭林业集团公司森林公安局破获涉林案件35起。")
    assert "大兴安岭林业集团公司森林公安局" in _names(doc, "Organization") | _names(doc, "Agency"), doc.entities
    assert _metrics(doc).get(35) == "破获涉林案件", _metrics(doc)
    doc = extract_text("专项行动\n龙江森工集团森林公安局破获案件12起。")
    assert "龙江森工集团森林公安局" in _names(doc, "Organization") | _names(doc, "Agency"), doc.entities


def test_an_area_and_inside_have_open_the_clause():
    """A reserve's profile (base: 保护区内有野生脊椎动物, 境内有河流; 林区内共有 → was 林区内野生植物)."""
    got = _metrics(extract_text("保护区概况\n保护区内有野生脊椎动物286种。全县境内有河流32条。林区内共有野生植物1200余种。"))
    assert got.get(286) == "野生脊椎动物" and got.get(32) == "河流" and got.get(1200) == "野生植物", got


def test_inside_have_opening_a_word_stays():
    """Guard: 有 opening a word of its own (有关, 有效) keeps 内有 in the indicator's words."""
    got = _metrics(extract_text("通报\n室内有效面积120平方米。"))
    assert got.get(120) == "室内有效面积", got
