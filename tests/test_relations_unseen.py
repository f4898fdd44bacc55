"""Relations from the grammar of county and city news other provinces write (issue 13): organisers
named with 由…主办/承办/牵头, the inner units of a body, the departments of a government."""
from __future__ import annotations

from conftest import text_doc
from kg.pipeline import Pipeline

_PIPE = Pipeline(("gazetteer", "registry", "numbers", "entities", "resolve", "posts", "relations"))


def triples(text: str) -> dict[tuple[str, str, str], set[str]]:
    doc = _PIPE(text_doc(text))
    name = {k: e.name for k, e in doc.entities.items()}
    return {(name[r.subject], r.predicate, name[r.object]): r.rules for r in doc.relations}


def test_organisers_after_you_run_the_event_the_clause_opens_with():
    t = triples("富顺县召开乡村振兴工作会\n“乡村振兴大讲堂”由县农业农村局牵头组织，每月举办一期。")
    assert t[("富顺县农业农村局", "runs", "乡村振兴大讲堂")] == {"relations.runs-organised-by"}


def test_this_event_organised_by_names_the_headlines_programme():
    t = triples("富顺县举办“文明实践大集”活动\n近日，富顺县“文明实践大集”活动在釜江广场举行。"
                "此次活动由富顺县委宣传部、县文明办主办，县融媒体中心承办，县公安局、县卫生健康局等单位协办。")
    assert ("富顺县委宣传部", "runs", "文明实践大集") in t
    assert ("富顺县融媒体中心", "runs", "文明实践大集") in t  # 承办 in the next clause
    assert ("富顺县公安局", "runs", "文明实践大集") not in t  # 协办 only assists
    assert ("富顺县卫生健康局", "runs", "文明实践大集") not in t


def test_organisers_listed_with_names_the_finder_does_not_know():
    t = triples("将乐县举行“倡导全民读书 厚德和谐将乐”主题读书活动启动仪式\n10月23日，由将乐县委宣传部、县委文明办、县文体局、县教育局、县总工会等九个单位"
                "举办的以“倡导全民读书 厚德和谐将乐”为主题的读书活动启动仪式在县城举行。")
    for body in ("将乐县委宣传部", "将乐县教育局", "将乐县总工会"):
        assert (body, "runs", "倡导全民读书 厚德和谐将乐") in t


def test_a_reason_or_a_source_after_you_names_no_organiser():
    t = triples("富顺县举办“文明实践大集”活动\n由于天气原因，“文明实践大集”活动推迟举行。"
                "此次活动经县委宣传部批准后举行。")
    assert not any(p == "runs" and "organised-by" in "".join(r) for (_, p, _), r in t.items())


def test_an_inner_unit_is_part_of_its_body_not_located_on_its_own():
    t = triples("优秀县委书记履新\n有的优秀县委书记进入省级重要部门任职，如云南省师宗县委书记孟端平任云南省纪委党风政风监督室主任。")
    assert ("云南省纪委党风政风监督室", "subOrganizationOf", "云南省纪委") in t
    assert ("云南省纪委党风政风监督室", "locatedIn", "云南省") not in t
    assert ("云南省纪委", "locatedIn", "云南省") in t


def test_a_department_of_a_committee_or_an_office_of_a_government_stays_located():
    t = triples("邯郸市召开会议\n邯郸市委、邯郸市委宣传部、邯郸市人民政府、邯郸市人民政府办公室联合发文。")
    assert ("邯郸市委宣传部", "locatedIn", "邯郸市") in t
    assert ("邯郸市人民政府办公室", "locatedIn", "邯郸市") in t


def test_a_governments_department_belongs_to_the_government_the_article_names():
    t = triples("开江县召开会议\n3月26日，开江县农业农村局按照县政府领导的要求，组织召开全县水果产业发展推进会。")
    assert t[("开江县农业农村局", "subOrganizationOf", "开江县人民政府")] == {"relations.subOrganizationOf-government"}
    t = triples("开江县召开会议\n3月26日，开江县农业农村局组织召开全县水果产业发展推进会。")
    assert not any(p == "subOrganizationOf" for _, p, _ in t)  # the government is not named


def test_a_township_the_table_does_not_know_is_part_of_the_articles_county():
    t = triples("开江县召开柑橘产业发展大会\n会后，与会人员来到新街乡观摩了柑橘种植基地。")
    assert ("新街乡", "partOf", "开江县") in t
    t = triples("达州市召开柑橘产业发展大会\n会后，与会人员来到新街乡观摩了柑橘种植基地。")
    assert not any(s == "新街乡" and p == "partOf" for s, p, _ in t)  # a city's news: which county is unsaid


def test_a_higher_policy_carried_out_is_not_the_article_agencys_work():
    t = triples("农业部关于推介中国美丽休闲乡村的通知\n为贯彻落实中央一号文件关于“休闲农业和乡村旅游精品工程”的要求，"
                "农业部组织开展了“中国美丽休闲乡村”推介工作。")
    assert ("农业农村部", "runs", "中国美丽休闲乡村") in t
    assert ("农业农村部", "runs", "休闲农业和乡村旅游精品工程") not in t
    t = triples("邯郸市科技局召开会议\n今年，邯郸市科技局将围绕创新能力提升开展“科技特派员”服务活动。")
    assert ("邯郸市科技局", "runs", "科技特派员") in t  # 围绕…开展: its own work


def test_an_agency_followed_by_zai_is_found_and_runs_what_it_holds_there():
    """市生态环境局在全市范围内开展…: 在 after 局 opens what the body does (所在, 处在 stay words)."""
    t = triples("邯郸市开展“蓝天保卫战”专项行动\n近日，邯郸市生态环境局在全市范围内开展“蓝天保卫战”专项执法行动。")
    assert ("邯郸市生态环境局", "runs", "蓝天保卫战") in t
    assert ("邯郸市生态环境局", "locatedIn", "邯郸市") in t


def test_an_anaphor_of_a_body_is_no_event_organised_by():
    t = triples("富顺县举办“文明实践大集”活动\n近日，富顺县“文明实践大集”活动在釜江广场举行。"
                "该中心由县委宣传部牵头组建，负责全县志愿服务。")
    assert not any(p == "runs" and o == "文明实践大集" for _, p, o in t)


def test_bodies_that_only_lead_in_the_next_clause_run_the_programme():
    t = triples("兴国县开展“清洁家园”行动\n近日，兴国县在全县范围内开展“清洁家园”行动，县农业农村局牵头，各乡镇具体组织实施。")
    assert ("兴国县农业农村局", "runs", "清洁家园") in t
    t = triples("宁都县部署“护河行动”\n全县开展“护河行动”，县水利局、县生态环境局牵头负责，县公安局配合。")
    assert ("宁都县水利局", "runs", "护河行动") in t
    assert ("宁都县生态环境局", "runs", "护河行动") in t
    assert ("宁都县公安局", "runs", "护河行动") not in t  # 配合: it helps
    t = triples("宁都县部署“护河行动”\n全县开展“护河行动”。县水利局牵头召开了调度会。")
    assert ("宁都县水利局", "runs", "护河行动") not in t  # another sentence, another work


def test_an_organised_event_is_implemented_where_it_takes_place():
    t = triples("福州仓山区启动“一七”公益集市\n5月17日，由市民政局、仓山区民政局联合主办的仓山区“一七”公益集市活动"
                "在临江街道太平洋城小区启动。")
    assert ("一七", "implementedIn", "临江街道") in t
    assert not any(o == "太平洋" for _, _, o in t)  # no ocean inside the name of a housing estate


def test_zai_inside_another_word_opens_no_scene():
    t = triples("福州仓山区启动“一七”公益集市\n“一七”公益集市旨在通过社区、社工、社会组织联动，让居民在家门口享受服务。")
    assert not any(s == "一七" and p == "implementedIn" and "implementedIn-event" in r
                   for (s, p, _), r in t.items())


def test_a_visit_in_the_clause_before_is_where_the_activity_is_held():
    t = triples("石门县委组织部开展“党员进社区”活动\n近日，石门县委组织部组织机关党员走进楚江街道宝峰社区，"
                "开展“党员进社区”志愿服务活动。")
    assert ("党员进社区", "implementedIn", "宝峰社区") in t
    assert ("石门县委组织部", "runs", "党员进社区") in t


def test_a_strategy_a_higher_body_put_forward_is_not_the_countys():
    t = triples("瑞金市召开推进会\n为贯彻落实省委提出的打造“三大高地”、实施“五大战略”部署，瑞金市委、市政府召开推进会，"
                "部署在全市开展“项目攻坚年”活动。")
    assert not any(s in ("三大高地", "五大战略") and o == "瑞金市" for s, _, o in t)
    assert ("项目攻坚年", "implementedIn", "瑞金市") in t  # the city's own work stays the city's
    t = triples("兴国县召开大会\n近日，兴国县召开大会，全面落实江西省委提出的“三大高地”战略。")
    assert ("江西省委", "runs", "三大高地") in t  # a named body: its place
    assert ("三大高地", "implementedIn", "兴国县") not in t


def test_the_numbered_items_of_a_reported_campaign_are_its_parts():
    text = ("泉港区开展“邻里守望·情暖泉港”大型公益活动\n3月5日，泉港区委文明办组织开展“邻里守望·情暖泉港”大型公益活动。\n"
            "一是“邻里守望”志愿服务进社区。20家单位在山腰街道锦祥社区开展志愿服务。\n"
            "二是“邻里关爱”服务特殊群体。区领导率民政等单位走访慰问困难老人。")
    t = triples(text)
    assert ("邻里守望", "subProgrammeOf", "邻里守望·情暖泉港") in t
    assert ("邻里关爱", "subProgrammeOf", "邻里守望·情暖泉港") in t
    t = triples(text.replace("一是“邻里守望”", "同时开展“邻里守望”").replace("二是“邻里关爱”", "区里还推出“邻里关爱”"))
    assert ("邻里关爱", "subProgrammeOf", "邻里守望·情暖泉港") not in t  # not an item of the report


def test_a_body_that_serves_a_campaign_does_not_run_it():
    t = triples("幽兰镇纪委为“三清三拆”保驾护航\n连日来，南昌县幽兰镇以“三清三拆”为切入点，扎实推进村容村貌整治提升工作。"
                "镇纪委持续加大监督检查，为“三清三拆”专项工作保驾护航。\n"
                "下一步，幽兰镇纪委将把作风督查融入“三清三拆”工作的全过程。")
    assert ("幽兰镇纪委", "runs", "三清三拆") not in t
    assert ("三清三拆", "implementedIn", "幽兰镇") in t
    t = triples("石门县委组织部开展活动\n近日，石门县委组织部组织机关党员开展志愿服务，活动命名为“党员进社区”志愿服务活动。")
    assert ("石门县委组织部", "runs", "党员进社区") in t  # named so: its own work


def test_the_supervisory_commission_is_no_department_of_the_government():
    t = triples("汉寿县召开会议\n县委常委、县纪委书记、县监察委主任曾群，县人民政府副县长宋万林出席会议。")
    assert ("汉寿县监察委", "subOrganizationOf", "汉寿县人民政府") not in t
    t = triples("汉寿县召开会议\n汉寿县人民政府、汉寿县财政局联合发文。")
    assert ("汉寿县财政局", "subOrganizationOf", "汉寿县人民政府") in t


def test_a_company_written_after_its_group_is_where_the_group_is():
    t = triples("宁都县招商引资\n县领导调研了宁都县绿源集团赣南果业公司和石城县恒达集团金源纺织公司。")
    assert ("赣南果业公司", "locatedIn", "宁都县") in t
    assert ("金源纺织公司", "locatedIn", "石城县") in t
    assert ("金源纺织公司", "locatedIn", "宁都县") not in t


def test_bodies_named_after_a_word_of_subordination_are_units_of_the_body_before():
    t = triples("宜春市召开会议\n宜春市自然资源局及其下属的宜春市不动产登记中心联合开展“便民服务月”活动。")
    assert t[("宜春市不动产登记中心", "subOrganizationOf", "宜春市自然资源局")] == {"relations.subOrganizationOf-subordinate"}
    t = triples("宜春市召开会议\n宜春市卫生健康委员会下设宜春市疾病预防控制中心、宜春市卫生计生综合监督执法局等单位。")
    assert ("宜春市疾病预防控制中心", "subOrganizationOf", "宜春市卫生健康委员会") in t
    t = triples("宜春市召开会议\n宜春市自然资源局、宜春市不动产登记中心联合开展“便民服务月”活动。")
    assert not any(p == "subOrganizationOf" for _, p, _ in t)  # a list of peers


def test_a_clause_opening_with_a_bare_event_word_names_the_event_just_reported():
    t = triples("宁都县“春风行动”启动\n2月10日，宁都县“春风行动”启动仪式在县人力资源市场举行。活动由县人社局、县总工会联合主办。")
    assert ("宁都县人力资源和社会保障局", "runs", "春风行动") in t
    assert ("宁都县总工会", "runs", "春风行动") in t
    t = triples("宁都县召开会议\n县里推出“春风行动”。\n活动由县人社局主办。")
    assert ("宁都县人力资源和社会保障局", "runs", "春风行动") not in t  # another paragraph: which event is unsaid


def test_every_body_of_the_subject_list_runs_what_they_hold_together():
    t = triples("淄博市举行启动仪式\n4日，淄博市委宣传部、市民政局、张店区委宣传部在淄博市博物馆广场南侧的文化长廊"
                "联合举行“学雷锋志愿服务月”活动启动仪式。")
    for body in ("淄博市委宣传部", "淄博市民政局", "张店区委宣传部"):
        assert (body, "runs", "学雷锋志愿服务月") in t


def test_a_joint_event_is_placed_where_its_first_organiser_is():
    t = triples("淄博市举行启动仪式\n4日，淄博市委宣传部、市民政局、张店区委宣传部在广场联合举行“学雷锋志愿服务月”活动启动仪式。")
    assert ("张店区委宣传部", "runs", "学雷锋志愿服务月") in t
    assert ("学雷锋志愿服务月", "implementedIn", "淄博市") in t
    assert ("学雷锋志愿服务月", "implementedIn", "张店区") not in t


def test_a_campaign_beside_the_headlines_campaign_is_no_part_of_it():
    t = triples("兴国县深入开展“蓝天保卫战”\n今年以来，兴国县扎实开展“蓝天保卫战”，全面整治工地扬尘。"
                "各乡镇同步开展“清洁家园”行动，改善农村人居环境。")
    assert ("清洁家园", "subProgrammeOf", "蓝天保卫战") not in t
    t = triples("兴国县深入开展“蓝天保卫战”\n今年以来，兴国县扎实开展“蓝天保卫战”。4月2日，兴国县举办“护蓝天环保知识讲座”。")
    assert ("护蓝天环保知识讲座", "subProgrammeOf", "蓝天保卫战") in t  # an event of it stays a part


def test_this_event_as_the_sentences_subject_with_a_theme_before_you():
    """本次活动以“…”为主题，由A、B主办，C承办: the anaphor opens the sentence, not the 由 clause
    (and the theme's own comma does not cut it off)."""
    t = triples("市总工会开展“清凉一夏”送温暖活动\n7月5日，“清凉一夏”送温暖活动在邯郸市启动。"
                "本次活动以“关爱职工，情暖一线”为主题，由邯郸市总工会、邯郸市人力资源和社会保障局主办，"
                "邯郸市卫生健康委员会承办。")
    for body in ("邯郸市总工会", "邯郸市人力资源和社会保障局", "邯郸市卫生健康委员会"):
        assert (body, "runs", "清凉一夏") in t


def test_an_anaphor_in_an_earlier_sentence_names_no_organiser():
    t = triples("邯郸市启动“清凉一夏”送温暖活动\n7月5日，“清凉一夏”送温暖活动在邯郸市启动。"
                "本次活动持续一个月。由邯郸市卫生健康委员会负责的体检工作同步展开。")
    assert ("邯郸市卫生健康委员会", "runs", "清凉一夏") not in t


def test_the_country_that_hosts_not_the_one_that_congratulates():
    """祝贺中国成功举办第二届“…”论坛: the place right before the verb of hosting holds the event;
    the sentence's subject (阿方) only congratulates."""
    t = triples("中华人民共和国和阿拉伯联合酋长国联合声明\n——阿方支持共建“一带一路”倡议，"
                "祝贺中国成功举办第二届“一带一路”国际合作高峰论坛。")
    held = {o for (s, pr, o) in t if pr == "implementedIn" and "高峰论坛" in s}
    assert held == {"中国"}


def test_a_headline_naming_again_a_campaign_the_body_met_first_places_it():
    """宁县扎实开展X while the body first names X in 全省X视频会议: the headline's mention is a
    repeat, yet its title sentence says where X is carried out."""
    t = triples("宁县扎实开展农资打假专项治理行动\n正值春耕关键时刻，根据全省农资打假专项治理行动视频会议精神，"
                "宁县农业农村局联合县市场监管局、县公安局开展专项检查。")
    assert ("农资打假专项治理行动", "implementedIn", "宁县") in t


def test_a_forum_named_before_its_numbered_session_is_not_placed_where_the_session_meets():
    t = triples("中阿联合声明\n——中方感谢阿方2019年6月18日在阿布扎比举办中阿合作论坛第十六次高官会。")
    assert not {k for k in t if k[0] == "中阿合作论坛" and k[1] == "implementedIn"}


def test_a_programme_held_somewhere_is_still_placed_there():
    t = triples("邯郸市举办文化活动\n近日，在邯郸市肥乡区举办“文明实践大集”活动。")
    assert ("文明实践大集", "implementedIn", "肥乡区") in t


def test_the_body_whose_instructions_are_studied_does_not_run_the_articles_campaign():
    t = triples("全县“三个领域”专项整治集中推进会议召开\n8月28日，全县“三个领域”专项整治集中推进会议召开，"
                "传达学习市委、市政府和县委主要领导批示要求，安排部署专项整治任务。")
    assert not {k for k in t if k[1] == "runs" and k[0] in ("市委", "市人民政府")}
