"""Round 83 (xinan83): ordinary county, town and village news of 云南, 贵州 and 广西 (昭通's 镇雄
resettlement and bamboo, 黔东南's 锦屏 resettlement, 文山's 西畴 and the listed minority villages,
百色's 田东 and 右江 mangoes, 桂林's 资源 河口瑶族乡, 保山 and 临沧 tea) from /tmp/s26/fresh/xinan83.
Fixes: a natural village after its administrative village's committee written in full (阿峨村委会
新寨村: 新寨村, not 会新寨村); a country's character as a villager's given name (村民付朝军: no
朝鲜, and the figures after it not North Korea's); an organisation suffix inside a town's name
(镇雄县碗厂镇: no organisation 镇雄县碗厂); a count right after a list of villages, each with its
people in brackets (…兴街镇岔河村(壮族)、莲花塘乡刺竹林村(苗族)3个村寨: the county's, no item's)."""
from __future__ import annotations

from conftest import extract_text


def _places(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Place"}


def _orgs(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Organization"}


def _subjects(doc) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for m in doc.metrics:
        subj = doc.entities[m.subject].name if m.subject in doc.entities else m.subject
        out.setdefault(m.indicator, set()).add(subj)
    return out


def test_natural_village_after_a_village_committee_written_in_full():
    """05-wenshan-tesecunzhai (文山日报): 马关县仁和镇阿峨村委会新寨村 马关县南捞乡小麻栗坡村委会坡角村
    (base: villages 会新寨村 and 会坡角村, the 会 of 村委会 read as their first character)."""
    doc = extract_text("文山州5个村寨上榜\n第二批文山州上榜村寨为:马关县仁和镇阿峨村委会新寨村、"
                       "马关县南捞乡小麻栗坡村委会坡角村。")
    got = _places(doc)
    assert "新寨村" in got and "坡角村" in got, got
    assert not any(p.startswith("会") for p in got), got


def test_a_village_committee_alone_keeps_its_village():
    """The negative: 张庄村委会组织村民… names no natural village after the committee."""
    doc = extract_text("张庄村开展环境整治\n近日,马关县仁和镇阿峨村委会组织群众开展人居环境整治。")
    got = _places(doc)
    assert "阿峨村" in got, got
    assert not any(p.startswith(("会", "组织")) for p in got), got


def test_a_country_character_in_a_villager_s_name_is_no_country():
    """02-zhenxiong-zhuchanye (昭通新闻网): 官房村大房村民小组村民付朝军自豪地说。付朝军家有…方竹、筇竹60多亩
    (base: 朝鲜 from 朝军, and the bamboo's figures given to North Korea)."""
    doc = extract_text("镇雄:生态美 产业旺 群众富\n进入镇雄县碗厂镇官房村,“我们村的人都种竹子!”官房村村民付朝军自豪地说。"
                       "付朝军家有进入丰产期的方竹、筇竹60多亩,每年竹笋收入在12万元以上。")
    assert "朝鲜" not in _places(doc), _places(doc)
    assert not any("朝鲜" in s for subj in _subjects(doc).values() for s in subj), _subjects(doc)


def test_a_country_s_army_after_a_place_is_kept():
    """The negative: 朝军 with no family name and kind of person before it stays North Korea's army
    where it was read so (the rule only gives way to a name)."""
    doc = extract_text("半岛局势\n韩国国防部称,朝军当天发射一枚导弹。")
    assert "朝鲜" in _places(doc), _places(doc)


def test_an_organisation_suffix_inside_a_town_s_name():
    """02-zhenxiong-zhuchanye, 05-wenshan-tesecunzhai: 进入镇雄县碗厂镇官房村, 马关县金厂镇金厂村委会
    (base: organisations 镇雄县碗厂 and 马关县金厂, 厂 read as a factory's suffix)."""
    doc = extract_text("镇雄竹产业\n眼下正值春笋采收的季节,进入镇雄县碗厂镇官房村,仿佛进入了竹海。"
                       "马关县金厂镇金厂村委会罗家坪入选特色村寨。")
    got = _orgs(doc)
    assert not any(o.endswith("厂") for o in got), got
    assert "碗厂镇" in _places(doc), _places(doc)


def test_a_factory_after_a_town_is_kept():
    """The negative: a factory named after its town (曲靖市麒麟区越州镇水泥厂) ends where the name ends."""
    doc = extract_text("企业新闻\n近日,曲靖市麒麟区越州镇水泥厂完成技术改造。")
    assert any(o.endswith("水泥厂") for o in _orgs(doc)), _orgs(doc)


def test_a_count_after_a_list_of_villages_with_their_peoples():
    """04-xichou-minzucun (西畴县委统战部): 评选出西洒镇汤谷村(壮族)、兴街镇岔河村(壮族)、莲花塘乡刺竹林村(苗族)
    3个村寨为西畴县“最美民族村” (base: the 3 villages counted as 刺竹林村's)."""
    doc = extract_text("西畴县完成“最美民族村”评选\n西畴县组织相关乡镇开展评选,最终评选出西洒镇汤谷村(壮族)、"
                       "兴街镇岔河村(壮族)、莲花塘乡刺竹林村(苗族)3个村寨为西畴县“最美民族村”。")
    subj = _subjects(doc).get("村寨", set())
    assert subj and not subj & {"汤谷村", "岔河村", "刺竹林村", "西洒镇", "兴街镇", "莲花塘乡"}, subj


def test_a_count_of_a_village_s_own_households_is_kept():
    """The negative: a village's own figure after its town (兴街镇岔河村(壮族)有农户320户) stays the village's."""
    doc = extract_text("西畴县岔河村\n西畴县兴街镇岔河村(壮族)有农户320户。")
    subj = _subjects(doc)
    assert any("岔河村" in s for s in subj.get("农户", set())), subj


def test_a_yi_family_name_after_posts():
    """11-nayong-diaoyan (毕节市政府网): 纳雍县委副书记、副县长、代理县长禄斌到县城易地扶贫搬迁安置点调研
    (base: no person 禄斌, 禄 being no family name of surnames.tsv)."""
    doc = extract_text("禄斌到县城易地扶贫搬迁安置点调研\n8月10日,纳雍县委副书记、副县长、代理县长禄斌到县城易地扶贫搬迁安置点调研。"
                       "县委常委、县委统战部部长张勇参加调研。")
    people = {e.name for e in doc.entities.values() if e.type == "Person"}
    assert "禄斌" in people, people


def test_doers_a_relative_clause_describes_are_no_part_of_the_indicator():
    """03-jinping-banqian (黔东南信息港, 锦屏县): 对县内…交通不便、远离集镇、基础设施落后的群众共投入资金1676.59万元
    (base: the indicator 基础设施落后的群众共投入资金)."""
    doc = extract_text("锦屏县易地扶贫搬迁成效显著\n近年来,锦屏县对县内生活在偏远山区、交通不便、基础设施落后的群众共投入资金"
                       "1676.59万元实施易地扶贫搬迁工程,建成移民安置点12个。")
    got = {m.indicator for m in doc.metrics}
    assert "投入资金" in got, got


def test_land_fit_for_forest_is_no_place():
    """02-zhenxiong-zhuchanye (昭通新闻网): 宜种则种、宜养则养、宜林则林 (base: a Place 宜林, jieba's ns); so is
    宜林地 of forestry news."""
    doc = extract_text("镇雄发展特色产业\n镇雄县立足自然条件,宜种则种、宜养则养、宜林则林,全县宜林地面积12万亩。")
    got = _places(doc)
    assert not {"宜林", "宜林地"} & got, got
