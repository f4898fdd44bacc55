"""Round 62 (sichuan62): ordinary county and city news of 四川 (/tmp/s26/fresh/sichuan62: 凉山's villages,
阿坝's 马尔康 plenum, 巴中 and 南充 project openings, 渠县, 兴文, 丹棱 visits, 甘孜's report): a Yi name
after a post (吉克劲松: a clan and a given name of two, no person 吉克), a city's party committee written
with the party's full name and its term (中国共产党马尔康市第三届委员会: 马尔康市委, no unit of the
national party), a decimal point with a space after it (总投资31. 4亿元: no 4亿元), a word of the whole
prefecture (全州) that ends the carrying of the paragraph's place to later figures, and a counted list of
places in a figure's own clause that keeps a place of an earlier clause from it, and a post's title quoted
alone (“第一书记”) read as no programme, a figure pointed back at (这个数字) that takes the figure before's
indicator, common words jieba tags as places (福地, 远山), and a villager's Yi name opening with a country's
character (村民俄的曲西: no 俄罗斯), and a place's share of a count written with no noun (巴州区10个: the
重点项目 counted before), and a verb of carrying out (落实, 贯彻) before a leader's post that opens the body after
it (要认真落实|省委副书记: no agency 要认真落实省委), a congress's presidium listed after 执行主席是, and a body
a title carries out the word of (传达学习中央、省委有关部署要求) that is no article agency running its works, and a
demonstrative (这个总投资…的项目) that opens no indicator."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def _held(doc) -> set[tuple[str, str]]:
    return {(doc.entities[r.subject].name, doc.entities[r.object].name) for r in doc.relations
            if r.predicate == "holdsPost"}


def test_a_yi_name_after_a_post_is_read_whole():
    """14-liangshan-villages (凉山村寨纪行): 解放沟镇党委书记吉克劲松说, 三河村党支部副书记洛古有格说 (base: a
    person 吉克 and no 洛古有格)."""
    doc = extract_text("凉山村寨纪行\n“火普村现在年人均收入已超过15000元。”解放沟镇党委书记吉克劲松说。"
                       "三河村党支部副书记洛古有格说,每亩产值达6000元以上。")
    people = _names(doc, "Person")
    assert {"吉克劲松", "洛古有格"} <= people and "吉克" not in people, people
    assert ("吉克劲松", "解放沟镇党委") in _held(doc), _held(doc)
    # a Han name of three characters and its verb is no clan's name (马海 is no clan of the list,
    # and the fourth character after a clan must not follow a name that could end at the third)
    han = extract_text("会议召开\n副县长阿西说明了情况。县长沙马拉毅主持会议。")
    assert "阿西说明" not in _names(han, "Person"), _names(han, "Person")
    assert "沙马拉毅" in _names(han, "Person"), _names(han, "Person")


def test_a_city_party_committee_with_the_party_s_full_name_and_term():
    """01-maerkang-plenum (马尔康市委全会公报): 中国共产党马尔康市第三届委员会第十次全体会议 (base: an
    organisation 中国共产党马尔康市第三届委员会, a unit of the national party)."""
    doc = extract_text("马尔康市委全会公报\n中国共产党马尔康市第三届委员会第十次全体会议于12月31日在马尔康举行。"
                       "市委书记朱锐作了讲话。")
    assert "马尔康市委" in _names(doc, "Agency"), _names(doc, "Agency")
    assert not any(n.endswith("委员会") for n in _names(doc, "Organization")), _names(doc, "Organization")
    # the national party's own units stay its units
    central = extract_text("通知印发\n中国共产党中央委员会办公厅印发通知。")
    assert "中国共产党中央委员会办公厅" in _names(central, "Agency"), _names(central, "Agency")


def test_a_decimal_point_with_a_space_after_it():
    """10-bazhong-projects (巴中集中开工64个重点项目): 民生及社会事业项目10 个,总投资31. 4亿元, 总投资 3. 5亿元
    (base: 4亿元 and 5亿元, the whole part dropped)."""
    doc = extract_text("巴中集中开工重点项目\n民生及社会事业项目10个,总投资31. 4亿元,2022年计划投资11. 2亿元。"
                       "华润希望乡村项目总投资 3. 5亿元,改建农户住宅等1. 7万平方米。")
    values = {m.value for m in doc.metrics}
    assert {3140000000, 1120000000, 350000000, 17000} <= values, values
    assert not {400000000, 200000000, 500000000} & values, values
    # a list's number opening a line is no whole part
    listed = extract_text("培训工作\n全县开展技能培训。\n2. 10万人参加培训。")
    assert 100000 in {m.value for m in listed.metrics}, [(m.indicator, m.value) for m in listed.metrics]


def _subjects(doc) -> dict[float, str]:
    return {m.value: doc.entities[m.subject].name for m in doc.metrics if m.subject in doc.entities}


def test_a_word_of_the_whole_prefecture_ends_the_paragraph_s_place():
    """12-ganzi-report (甘孜州政府工作报告): 加快道孚和两河口抽蓄电站建设…。完成全州风能规划编制。实施制造业
    “智改数转”项目9个 (base: the 9 projects 道孚县's, the place of the paragraph's figure before)."""
    doc = extract_text("甘孜州政府工作报告\n加快道孚抽蓄电站建设,总装机210万千瓦。完成全州风能规划编制。"
                       "实施制造业“智改数转”项目9个,建设国家数字乡村试点项目8个。")
    got = _subjects(doc)
    assert got.get(9) == "甘孜藏族自治州" and got.get(8) == "甘孜藏族自治州", got
    # with no word of the whole in between the paragraph's place goes on
    kept = extract_text("甘孜州政府工作报告\n加快道孚抽蓄电站建设,总装机210万千瓦。同步实施配套道路项目9个。")
    assert _subjects(kept).get(9) == "道孚县", _subjects(kept)


def test_a_counted_list_of_places_in_the_figure_s_clause_owns_the_figure():
    """12-ganzi-report: 加快道孚和两河口抽蓄电站建设,抓好新龙、理塘、色达等5个总装机600万千瓦的抽蓄项目前期工作
    (base: 600万千瓦 道孚县's, the place of the clause before)."""
    doc = extract_text("甘孜州政府工作报告\n加快道孚和两河口抽蓄电站建设,抓好新龙、理塘、色达等5个总装机600万千瓦的"
                       "抽蓄项目前期工作。")
    assert _subjects(doc).get(6000000) == "甘孜藏族自治州", _subjects(doc)


def test_a_quoted_post_is_no_programme():
    """17-ebian-village (峨边彝族自治县): “第一书记”周文杰是来自乐山市财政局的科长; 下派河沟村任“第一书记”
    (base: a programme 第一书记 the 财政局 runs)."""
    doc = extract_text("奔赴勒乌山峰村\n“第一书记”周文杰是来自乐山市财政局的科长。2013年他下派峨边县沙坪镇河沟村任"
                       "“第一书记”,一干就是三年。")
    assert "第一书记" not in _names(doc, "Programme"), _names(doc, "Programme")
    # a quoted name of what is run stays a programme (a post before its head is the head's name)
    run = extract_text("河长制工作会议\n全县全面推行“河长制”,持续巩固治理成效。")
    assert "河长制" in _names(run, "Programme"), _names(run, "Programme")


def test_more_yi_clans_after_a_post():
    """15-liangshan-pigs (经济日报, 昭觉县谷莫村), 17-ebian-village: 谷莫村党支部书记木坡曲尔告诉记者, 县文联副主席
    贝史根尔的陪同下 (base: no person)."""
    doc = extract_text("凉山发展种养产业\n谷莫村党支部书记木坡曲尔告诉记者,村里变化很大。在县文联副主席贝史根尔的陪同下,"
                       "记者驾车离开县城。")
    assert {"木坡曲尔", "贝史根尔"} <= _names(doc, "Person"), _names(doc, "Person")


def test_a_figure_pointed_back_at_takes_the_figure_before_s_indicator():
    """16-huopu-village (凉山,跨越再跨越): 1978年,凉山地区…生产总值达到6.47亿元;2017年,这个数字已经变为1400多亿元
    (base: an indicator 这个数字已经变)."""
    doc = extract_text("凉山跨越再跨越\n1978年,凉山地区生产总值达到6.47亿元;2017年,这个数字已经变为1400多亿元。")
    got = {(m.indicator, m.value) for m in doc.metrics}
    assert ("地区生产总值", 140000000000) in got, got
    # in another unit the word points at no figure of that kind: left as written
    other = extract_text("凉山跨越再跨越\n1978年,凉山地区生产总值达到6.47亿元;2017年,这一比例达到45%。")
    assert all(m.indicator != "地区生产总值" for m in other.metrics if m.unit == "%"), \
        [(m.indicator, m.unit) for m in other.metrics]


def test_common_words_jieba_tags_as_places():
    """13-hongyuan (红原县), 16-huopu-village: 民族团结和谐福地的发展思路, 蓝天白云之下远山青绿 (base: places 福地, 远山)."""
    doc = extract_text("红原县草原生态\n红原县委、县政府提出建设草原经济示范基地、民族团结和谐福地的发展思路。"
                       "从昭觉县城出发,蓝天白云之下远山青绿、近树繁茂。")
    assert not {"福地", "远山"} & _names(doc, "Place"), _names(doc, "Place")


def test_a_villager_s_name_opening_with_a_country_s_character():
    """15-liangshan-pigs (经济日报, 昭觉县谷莫村): 村民俄的曲西大娘正忙着…接待客人 (base: a place 俄罗斯 read out of the Yi
    name's first character)."""
    doc = extract_text("凉山发展种养产业\n凉山州昭觉县特布洛乡谷莫村凉风习习。村民俄的曲西大娘正忙着用自酿的米酒在新居里接待客人。")
    assert "俄罗斯" not in _names(doc, "Place"), _names(doc, "Place")
    # the character alone after a verb is the country still
    world = extract_text("国际观察\n美国对俄实施制裁,俄将采取反制措施。")
    assert "俄罗斯" in _names(world, "Place"), _names(world, "Place")


def test_a_place_s_share_of_a_count_takes_the_count_s_noun():
    """10-bazhong-projects: 本次巴中集中开工重点项目共64个…。从区域看:巴州区10个,总投资24.4亿元;恩阳区12个
    (base: indicators 个, the bare unit)."""
    doc = extract_text("巴中集中开工64个重点项目\n本次巴中集中开工重点项目共64个,总投资230亿元。\n"
                       "从区域看:巴州区10个,总投资24.4亿元;恩阳区12个,总投资60亿元。")
    got = {(doc.entities[m.subject].name, m.indicator) for m in doc.metrics if m.value in (10, 12)}
    assert got == {("巴州区", "集中开工重点项目"), ("恩阳区", "集中开工重点项目")}, got
    # a count after a word that is no place keeps its own noun
    parts = extract_text("新建学校\n全市新建学校12所。其中,城区5所,乡镇7所。")
    assert "学校" not in {m.indicator for m in parts.metrics if m.value in (5, 7)}, \
        [(m.indicator, m.value) for m in parts.metrics]


def test_a_verb_of_carrying_out_before_a_leader_s_post_is_no_part_of_the_body():
    """19-aba-standing (阿坝州委常委会): 会议指出,要认真落实省委副书记、省长施小琳来州调研要求 (base: an agency
    要认真落实省委, 施小琳 its 副书记)."""
    doc = extract_text("州委常委会召开会议\n4月24日,州委常委会召开会议。会议指出,要认真落实省委副书记、省长施小琳来州调研要求,"
                       "协同推进高水平保护。")
    assert not any("落实" in n for n in _names(doc, "Agency")), _names(doc, "Agency")
    # a body named for what it carries out keeps its name
    office = extract_text("会议召开\n县委落实办主任张三出席会议。")
    assert "县委落实办" in _names(office, "Agency"), _names(office, "Agency")


def test_a_congress_presidium_listed_after_its_title():
    """20-aba-congress (阿坝州十三届人大五次会议开幕): 大会的执行主席是徐芝文、李为国、冯宇、…、杨文松。 (base: no
    person of the list but those named again elsewhere)."""
    doc = extract_text("州人代会开幕\n大会的执行主席是徐芝文、李为国、冯宇、李昱隆、贺松、米建康、祁玲、董永富、唐远益、杨文松。")
    assert {"冯宇", "李昱隆", "唐远益", "杨文松"} <= _names(doc, "Person"), _names(doc, "Person")
    # the title before no list names nobody
    none = extract_text("州人代会开幕\n本届大会的执行主席是一项重要安排。")
    assert not _names(none, "Person"), _names(none, "Person")


def test_a_body_whose_word_a_title_carries_out_runs_nothing():
    """19-aba-standing: 州委常委会召开会议 传达学习中央、省委有关部署要求 研究我州贯彻落实意见 … 要做深做实群众工作“石榴籽”
    工程 (base: 四川省委 runs 石榴籽, the body the title studies taken for the article's)."""
    doc = extract_text("州委常委会召开会议 传达学习中央、省委有关部署要求 研究我州贯彻落实意见\n4月24日,州委常委会召开会议。"
                       "会议强调,要做深做实群众工作“石榴籽”工程。")
    runs = {(doc.entities[r.subject].name, doc.entities[r.object].name) for r in doc.relations if r.predicate == "runs"}
    assert not any(s.endswith("省委") for s, _ in runs), runs
    # a body the title names as the one meeting still runs the work
    own = extract_text("市委召开常委会会议\n4月24日,市委召开常委会会议。会议强调,要做深做实“石榴籽”工程。")
    assert any(own.entities[r.object].name == "石榴籽" for r in own.relations if r.predicate == "runs"), \
        own.relations


def test_a_demonstrative_opens_no_indicator():
    """11-nanchong-q3 (南充市融媒体中心): 这个总投资11.3亿元的项目 (base: an indicator 这个总投资)."""
    doc = extract_text("南充重点项目建设\n近日,成渝北部农副产品进出口集散中心项目建设现场热火朝天。这个总投资11.3亿元的项目,"
                       "未来将有效完善川东北地区的仓储功能。")
    assert "总投资" in {m.indicator for m in doc.metrics}, [m.indicator for m in doc.metrics]
