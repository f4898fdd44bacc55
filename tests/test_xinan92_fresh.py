"""Round 92 (xinan92): county and township news of the south-west — 云南 (昌宁县's 苗族 aid, 晋宁区夕阳彝族乡's
profile, 昭通市's named ethnic villages), 广西 (金秀瑶族自治县, 田林县潞城瑶族乡) and 贵州 (晴隆县's resettlement,
紫云苗族布依族自治县坝羊镇's tea, 驻村第一书记) (fresh texts of /tmp/s26/fresh/xinan92).  Fixes: 澳洲坚果
(macadamia, a cash crop of these counties) names no Australia, so the income it brings is the county's; a base
built with 打造 or described by a size inside its words (蔬菜万亩示范基地) is no programme; villages listed by
name right after an opening bracket (6个“中国传统村落”(一字格村、木鲊村、打黑村…)) are villages; a founding verb
(成立肉牛养殖专业合作社5个) and 将X打造成 (将荒山打造成高标准生态茶园3.6万亩) open the clause, no part of the
indicator."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> dict[tuple[str, float], str | None]:
    return {(m.indicator, m.value): (doc.entities[m.subject].name if m.subject else None) for m in doc.metrics}


def _places(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Place"}


def _programmes(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Programme"}


def test_macadamia_names_no_australia():
    """01-changning-miaozu (云南昌宁县): 打造澳洲坚果万亩示范基地，预计年人均增收2500元以上 (base: a place 澳大利亚,
    the subject of 年人均增收 2500元).  The country written on its own is still a place."""
    doc = extract_text("我县抓实苗族整族帮扶\n昌宁县建设蔬菜示范基地16万亩，年人均增收3600元；打造澳洲坚果万亩示范基地，"
                       "预计年人均增收2500元以上。")
    assert "澳大利亚" not in _places(doc), _places(doc)
    assert _metrics(doc).get(("年人均增收", 2500)) == "昌宁县", _metrics(doc)
    # 澳洲 before another word is still the country; a province before 坚果 is still the province
    other = extract_text("云南坚果产业发展迅速，澳洲代表团来访。")
    assert {"澳大利亚", "云南省"} <= _places(other), _places(other)


def test_a_base_built_or_sized_is_no_programme():
    """01-changning-miaozu (云南昌宁县): 昌宁县打造澳洲坚果万亩示范基地 (base, on the snippet with 蔬菜: a programme
    打造蔬菜万亩示范基地, the verb inside its name): 打造 builds the base, and a size inside the words (万亩)
    describes it and names none."""
    doc = extract_text("昌宁县打造蔬菜万亩示范基地，预计年人均增收2500元以上。")
    assert not _programmes(doc), _programmes(doc)
    # a base named by what it grows after its village stays a programme
    named = extract_text("永兴镇人民政府在永兴镇龙头桥村金果蜜柚基地举行采摘节。")
    assert "金果蜜柚基地" in _programmes(named), _programmes(named)


def test_villages_listed_in_brackets_are_villages():
    """02-xiyang-yizuxiang (昆明市晋宁区夕阳彝族乡): 有着6个“中国传统村落”(一字格村、木鲊村、打黑村、大摆衣村、雷响田村、
    鸭打甸村) (base: none of the six villages)."""
    doc = extract_text("夕阳彝族乡简介\n夕阳彝族乡有着6个“中国传统村落”(一字格村、木鲊村、打黑村、大摆衣村、雷响田村、鸭打甸村)，"
                       "展现了彝族的传统建筑风格。")
    assert {"一字格村", "木鲊村", "打黑村", "大摆衣村", "雷响田村", "鸭打甸村"} <= _places(doc), _places(doc)
    # kinds of village in brackets are no villages
    kinds = extract_text("全县建成一批示范村（示范村、重点村）。推进（新农村、美丽乡村）建设。")
    assert not {p for p in _places(kinds) if p.endswith("村")}, _places(kinds)


def test_a_founding_verb_is_no_part_of_the_indicator():
    """01-changning-miaozu (云南昌宁县): 成立肉牛养殖专业合作社5个，养殖肉牛2200余头 (base: indicator
    成立肉牛养殖专业合作社).  成立 before a noun of its own (成立大会) stays."""
    got = _metrics(extract_text("昌宁县成立肉牛养殖专业合作社5个，养殖肉牛2200余头。"))
    assert got.get(("肉牛养殖专业合作社", 5)) == "昌宁县", got
    kept = _metrics(extract_text("昌宁县召开合作社成立大会，成立大会代表120人。"))
    assert any(ind.startswith("成立大会") for ind, _v in kept), kept


def test_what_a_thing_was_made_into_is_counted():
    """07-ziyun-bayang (贵州紫云苗族布依族自治县坝羊镇): 坝羊镇…将荒山打造成高标准生态茶园3.6万亩 (base: indicator
    荒山打造成高标准生态茶园)."""
    got = _metrics(extract_text("紫云苗族布依族自治县坝羊镇将荒山打造成高标准生态茶园3.6万亩，成立8个种茶专业合作社。"))
    assert got.get(("高标准生态茶园", 36000)) == "坝羊镇", got


def test_a_verb_after_the_county_opens_no_village_s_name():
    """Counted villages of a county's poverty programme (as 德钦县's 实施叶日村、拖顶村、茂顶村、石茸村、石底村5个行政村整村推进,
    read while collecting the round's texts): the base read a village 实施叶日村 of 德钦县 beside 叶日村, and the
    count's noun 行政村整村.  The verb is the clause's; 整村(推进) is the programme's work, no word of the noun."""
    doc = extract_text("德钦县实施叶日村、拖顶村、茂顶村5个行政村整村推进，规划总投资1659.9万元。")
    assert {"叶日村", "拖顶村", "茂顶村"} <= _places(doc) and "实施叶日村" not in _places(doc), _places(doc)
    assert _metrics(doc).get(("行政村", 5)) == "德钦县", _metrics(doc)
    # a village whose name opens like a verb keeps its name (解放村: a stem of one character after the verb's two)
    kept = extract_text("城关镇解放村召开会议。城关镇发展新村召开会议。")
    assert {"解放村", "发展新村"} <= _places(kept), _places(kept)
    # a noun opening with 整村 keeps it
    assert ("整村搬迁村", 10) in _metrics(extract_text("全县10个整村搬迁村完成搬迁。"))


def test_a_village_committee_s_groups_before_etc_are_an_example_counted():
    """03-zhaotong-tesecunzhai (云南昭通市): 我市巧家县蒙姑镇拖坑村委会二组三组等7个村寨和镇雄县芒部镇上榜 (base: 蒙姑镇's
    7个村寨): the chain, the village's committee and its numbered groups name the first village counted, an
    example; the count is the city's (我市)."""
    doc = extract_text("昭通市7个村寨1个镇被命名为少数民族特色村镇\n近日，名单公布，我市巧家县蒙姑镇拖坑村委会二组三组等7个村寨"
                       "和镇雄县芒部镇上榜。")
    assert {s for (ind, v), s in _metrics(doc).items() if v == 7} == {"昭通市"}, _metrics(doc)
    # the list of the same paragraph's later sentence: 我市 opens the examples its count closes (base: 蒙姑镇)
    listed = extract_text("昭通市特色村寨\n经省市择优推荐、严格评审、社会公示,我市巧家县蒙姑镇拖坑村委会二组三组、镇雄县以古镇"
                          "岩洞脚村委会下寨自然村、水富市两碗镇三角村委会坪头自然村等7个村寨被命名为第二批特色村寨。")
    assert {s for (ind, v), s in _metrics(listed).items() if v == 7} == {"昭通市"}, _metrics(listed)
    # a scope word with a verb between it and the first example opens no examples: the 等 count's own rules apply
    named = _metrics(extract_text("名单公布\n近日，我市推荐的巧家县蒙姑镇拖坑村委会二组三组等7个村寨入选。"))
    assert named.get(("村寨", 7)) != "蒙姑镇", named
    # the committee acting on its own keeps its village's figures
    own = _metrics(extract_text("近日，蒙姑镇拖坑村委会组织村民开展培训，共培训村民120人。"))
    assert own.get(("培训村民", 120)) == "拖坑村", own


def test_a_base_conferred_as_a_title_is_no_programme():
    """05-tianlin-lucheng (广西田林县): 2016年，潞城瑶族乡中心校被授予“田林县瑶族铜鼓舞校园传习基地” (base: a programme
    瑶族铜鼓舞校园传习基地 of 田林县): the base is the title the school holds, no project built there."""
    doc = extract_text("田林县潞城瑶族乡\n2016年，潞城瑶族乡中心校被授予“田林县瑶族铜鼓舞校园传习基地”。")
    assert not _programmes(doc), _programmes(doc)
    assert "潞城瑶族乡" in _places(doc), _places(doc)
    # a base named after its village where an event is held stays a programme
    named = extract_text("永兴镇人民政府在永兴镇龙头桥村金果蜜柚基地举行采摘节。")
    assert "金果蜜柚基地" in _programmes(named), _programmes(named)
