"""Round 62 (eastwest62): east–west cooperation and paired assistance (东西部协作, 定点帮扶: 苏陕, 沪滇,
闽宁, 浙川, 粤黔 news from both sides, /tmp/s26/fresh/eastwest62).  The fixes:

- a headline's run of two province short forms before a word of their tie (闽宁携手…, 苏陕协作…) names
  the two parties of the pairing, neither the story's place: the lead decides (resolve,
  `_without_tie_runs`; place_abbreviation_cues tie-after);
- 全省 (我省) in a story naming its own province and a partner's as often is the province named first,
  not the one of the lower division code (resolve, `home_division`);
- a giver's place inside the name of the aid funds a receiver took (全省到位上海市财政援助资金…) is no
  subject of the sentence's later figures (metrics, `_funds_giver`);
- places listed before 的 and 分别 with one share each (毕节市和黔南州的贫困发生率分别…) are the subjects,
  and the indicator is the measure alone (metrics, `_measure_of_listed_place`);
- a helper's work team stationed in the place it helps (…工作队黔东南工作组进驻黔东南，累计派出…) leaves the
  figures to the helper (metric_cues visiting_parties 工作组/工作队, visit_verbs and travel_verbs 进驻);
- a bare 医院/学校 in a 、-list of kinds (组织村级、学校、医院结对814对) is no anaphor of the hospital last
  named (metrics, `_anaphor`);
- a price written with its unit after it (收购价已达到30元至120元一斤) is per that unit (元/斤), as
  每斤120元 is, not a count of 一斤 (numbers, `_one_per_after`; metric_cues per_after_units);
- the east–west aid words (援滇, 援川, 援黔 …) make a helper as 援疆 does: its front unit is not located in
  the helper (上海援滇干部联络组), and the helper's place is not the story's (relation_cues
  aid_helper_after; resolve `_aided_place` reads the word's short form, 滇 for 云南);
- what a count counts ends before a verb of going right before a place (227家粤企到毕节…投资兴业: 粤企)
  (metrics, `_counted_before_trip`; metric_cues trip_verbs_in_noun), and the figure after it is measured
  by what was done there (到云南投资108.3亿元: 投资; `_after_visited_place`);
- 为 before a count of people and a verb of service (为40余人提供咨询帮助) is "for", no copula of the
  measure before it (metrics, `_served_people`; metric_cues benefactive_verbs);
- a quoted word followed by 其名/一词 (“浙川”其名) is a word talked of, no programme (programmes,
  programme_cues word_talked_of_after)."""
from __future__ import annotations

from conftest import article_place, extract_text


def _figures(text: str) -> list[tuple[str, float, str]]:
    doc = extract_text(text)
    return [(m.indicator, m.value, doc.entities[m.subject].name if m.subject in doc.entities else m.subject)
            for m in doc.metrics]


def test_a_headline_pair_of_provinces_in_a_tie_is_no_story_place():
    """银川日报: 闽宁携手打造东西部协作新典范, then 永宁县与厦门市湖里区…: the county's story (base: 福建省,
    then 厦门市, and every figure of 闽宁产业园 given to 厦门)."""
    assert article_place("闽宁携手打造东西部协作新典范\n近年来,永宁县与厦门市湖里区、思明区共同谋划、强力推进,"
                         "持续扩大东西部协作“窗口”。") == "永宁县"
    assert article_place("苏陕协作结硕果\n今年以来,商洛市与常州市深化产业协作,共建产业园区5个。") == "商洛市"
    # the pair alone still places the story somewhere (no other place is named), and a run of
    # provinces before a word of their area (川渝地区) is no tie
    assert article_place("闽宁协作座谈会召开\n会议总结了两省区协作成效,部署下一阶段工作。") == "福建省"
    assert article_place("川渝地区联合开展执法检查\n近日,重庆市与四川省联合开展执法检查。") == "四川省"


def test_the_province_of_quan_sheng_is_the_one_named_first_among_equals():
    """贵州省召开东西部协作推进会 … 广东省工作队 … 全省启动实施协作项目: 全省 is 贵州 (base: 广东, the lower code)."""
    assert _figures("贵州省召开东西部协作推进会\n会上,广东省工作队介绍了协作情况。今年以来,全省启动实施协作项目420个。") \
        == [("启动实施协作项目", 420, "贵州省")]
    assert _figures("广东省召开东西部协作推进会\n会上,贵州省工作队介绍了协作情况。今年以来,全省启动实施协作项目420个。") \
        == [("启动实施协作项目", 420, "广东省")]


def test_the_giver_inside_the_funds_name_is_no_subject_of_the_receiver_s_figures():
    """春城晚报 (沪滇协作): 全省到位上海市财政援助资金38.18亿元,启动实施项目495个,资金支出进度达71.42%: the
    projects and the spending pace are 云南's (base: 上海市, the place inside the funds' name)."""
    got = _figures("云南省召开东西部协作推进会\n记者从会上获悉,云南省今年到位上海市财政援助资金38.18亿元,"
                   "启动实施项目495个,资金支出进度达71.42%。")
    assert {s for _i, _v, s in got} == {"云南省"}, got
    # the giver investing its own funds stays the subject
    assert _figures("贵州省召开东西部协作推进会\n今年以来,广东省共投入财政援助资金30.5亿元,启动实施项目420个。") \
        == [("财政援助资金", 3050000000, "广东省"), ("启动实施项目", 420, "广东省")]


def test_listed_places_with_their_shares_are_subjects_not_words_of_the_indicator():
    """广州文明网: 毕节市和黔南州的贫困发生率分别下降至1.54%、0.68% (base: indicators 毕节市的贫困发生率 and
    黔南州的贫困发生率)."""
    got = _figures("烟台市林业工作综述\n龙口市和莱阳市的森林覆盖率分别为41.5%、38.2%。全市煤、油、气的比重分别为"
                   "42.9%、33.8%、5.7%。")
    assert ("森林覆盖率", 41.5, "龙口市") in got and ("森林覆盖率", 38.2, "莱阳市") in got, got
    assert ("煤的比重", 42.9, "烟台市") in got, got  # items that are no places stay in the indicator


def test_a_work_team_stationed_in_the_place_it_helps_leaves_the_figures_to_the_helper():
    """佛山已累计投入39.57亿财政援助资金 助黔东南: …成立广东省粤黔协作工作队黔东南工作组进驻黔东南,累计派出…人才
    1883人次,投入财政援助资金39.57亿元: 佛山's (base: 黔东南州, the place the team is named after and goes to)."""
    assert _figures("佛山对口协作黔东南\n佛山高站位推进协作工作,成立粤黔协作工作队黔东南工作组进驻黔东南,累计派出干部、"
                    "教师、医生等人才1883人次,投入财政援助资金39.57亿元。") \
        == [("人才", 1883, "佛山市"), ("财政援助资金", 3957000000, "佛山市")]
    assert _figures("佛山对口协作黔东南\n黔东南州高位推进协作工作,今年累计实施协作项目500个。") \
        == [("累计实施协作项目", 500, "黔东南苗族侗族自治州")]


def test_a_kind_listed_with_others_is_no_anaphor_of_the_body_last_named():
    """…组织村级、学校、医院结对814对 after a visit to 台江县民族中医院: the helper's pairings (base: the hospital's)."""
    got = _figures("佛山市党政代表团考察黔东南\n代表团考察了台江县民族中医院。佛山累计组织村级、学校、医院结对814对。")
    assert [s for _i, _v, s in got] == ["佛山市"], got
    # 医院 alone after the visit is still that hospital
    got = _figures("佛山市党政代表团考察黔东南\n代表团考察了台江县民族中医院。近年来,医院接诊患者5万人次。")
    assert [s for _i, _v, s in got] == ["台江县民族中医院"], got


def test_a_price_with_its_unit_after_it_is_per_that_unit():
    """新华网 (天河区 帮扶 七星关区): 太极古树茶…收购价已达到30元至120元一斤 (base: indicator 一斤, unit 元)."""
    doc = extract_text("太极村茶叶丰收\n太极古树茶的收购价已达到30元至120元一斤。猪肉价格为15元一斤。散装米5元一斤装。")
    got = {(m.indicator, m.value, m.unit) for m in doc.metrics}
    assert ("太极古树茶的收购价", 30, "元/斤") in got and ("猪肉价格", 15, "元/斤") in got, got
    assert not any(m.indicator.startswith("一斤") and m.unit == "元/斤" for m in doc.metrics), got
    assert ("一斤装", 5, "元") in got, got  # 一斤 opening a word (一斤装, a pack) is no per unit


def test_east_west_aid_words_make_helpers_as_aid_to_xinjiang_does():
    """上海第十一批援滇干部联络组组长、云南省乡村振兴局副局长边慧夏 (base: the liaison group located in 上海市);
    浙江援川干部在青川县调研 (base: 浙江省's story)."""
    doc = extract_text("援滇干部座谈会召开\n上海第十一批援滇干部联络组组长、云南省乡村振兴局副局长边慧夏介绍了情况。")
    located = {(doc.entities[r.subject].name, doc.entities[r.object].name) for r in doc.relations
               if r.predicate == "locatedIn"}
    assert ("上海市第十一批援滇干部联络组", "上海市") not in located, located
    assert ("云南省乡村振兴局", "云南省") in located, located
    assert article_place("浙江援川干部助力乡村振兴\n浙江援川干部在青川县调研白茶产业发展情况。") == "青川县"
    # the aided province's own place before the word receives the aid: it stays the story's
    assert article_place("援滇资金助力产业发展\n昆明市援滇资金项目进展顺利。") == "昆明市"


def test_a_count_s_noun_ends_before_the_trip_its_members_make():
    """广州文明网: 共227家粤企到毕节、黔南两地投资兴业 (base: indicator 粤企到毕节); 组织86家企业赴贵州考察."""
    got = _figures("广州帮扶毕节\n截至目前,共227家粤企到毕节、黔南两地投资兴业。全年组织86家企业赴贵州考察。"
                   "全年接待3万名游客到访。")
    assert [(i, v) for i, v, _s in got] == [("粤企", 227), ("企业", 86), ("游客到访", 30000)], got
    # the figure after the trip is measured by what was done there (base: 341家企业到云南 and 投资)
    got = _figures("上海帮扶云南\n今年上半年,上海引导341家企业到云南投资108.3亿元。")
    assert [(i, v) for i, v, _s in got] == [("企业", 341), ("投资", 10830000000)], got


def test_people_served_are_measured_by_the_service_not_the_measure_before():
    """青岛日报 (莱西市驻两当县劳务协作工作站): 现场发放宣传单300余份,为40余人提供咨询帮助 (base: 40人 of 现场发放宣传单)."""
    got = _figures("两当县举办招聘会\n现场发放宣传单300余份,为40余人提供咨询帮助。")
    assert [(i, v) for i, v, _s in got] == [("现场发放宣传单", 300), ("提供咨询帮助", 40)], got
    # a copula 为 with no service after it keeps the measure before it
    got = _figures("两当县举办招聘会\n今年全县粮食播种面积12万亩,其中玉米为5万亩。")
    assert all(not i.startswith("提供") for i, _v, _s in got), got


def test_a_quoted_word_talked_of_is_no_programme():
    """四川日报: “浙川”其名,蕴含浓浓的“浙川情” (base: a programme 浙川)."""
    doc = extract_text("浙川协作谱新篇\n“浙川”其名,蕴含浓浓的“浙川情”。\n“万企兴万村”行动深入推进。")
    names = {e.name for e in doc.entities.values() if e.type == "Programme"}
    assert "浙川" not in names and "万企兴万村" in names, names
