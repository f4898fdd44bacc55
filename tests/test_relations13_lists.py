"""relations13: lists of projects started together (集中开工的A、B、C等N个重点项目), rites done for an
organisation (共同为…揭牌), places that only share a sentence with a co-operative (在A市和B市举办了
“一乡一农机合作社”培训班), agreements in 《》 (…框架协议书) and farm bases named after their village.
Sentences written in the shapes of county news, cooperation news and project reports."""
from __future__ import annotations

from conftest import text_doc
from kg.pipeline import Pipeline

_PIPE = Pipeline(("layout", "sentences", "gazetteer", "registry", "numbers", "entities", "resolve", "posts", "relations"))


def build(text: str):
    return _PIPE(text_doc(text))


def triples(doc, predicate: str) -> set[tuple[str, str]]:
    return {(doc.entities[r.subject].name, doc.entities[r.object].name) for r in doc.relations
            if r.predicate == predicate}


def programmes(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Programme"}


_PROJECTS = ("洛南县12个重点项目集中开工\n3月2日，洛南县12个重点项目集中开工。当天开工的陕西秦峰水泥厂新厂区建设项目、"
             "洛南县城关镇第二小学建设项目、洛南县石坡镇污水处理厂二期项目、城区棚户区改造安置小区建设项目等12个重点项目，"
             "总投资20亿元。")


def test_a_verb_inside_an_earlier_projects_name_makes_no_runner_of_the_next_item():
    runs = triples(build(_PROJECTS), "runs")
    assert ("陕西秦峰水泥厂", "陕西秦峰水泥厂新厂区建设项目") in runs  # its own project, named after it
    assert ("陕西秦峰水泥厂", "城关镇第二小学建设项目") not in runs
    assert not any(p in ("石坡镇污水处理厂二期项目", "城区棚户区改造安置小区建设项目") for _, p in runs)


def test_a_listed_project_after_its_county_and_town_is_in_the_town():
    got = triples(build(_PROJECTS), "implementedIn")
    assert ("石坡镇污水处理厂二期项目", "石坡镇") in got
    assert ("城区棚户区改造安置小区建设项目", "洛南县") in got


def test_a_place_opening_an_owners_brand_in_a_list_is_no_subject_of_the_projects():
    doc = build("宕昌县10个重点项目集中开工\n3月9日，宕昌县10个重点项目集中开工。当天集中开工的四川川能饲料厂、屠宰场和"
                "甘肃陇原乳业新厂区建设项目、城区棚户区改造安置小区建设项目等10个重点项目，总投资12亿元。")
    got = triples(doc, "implementedIn")
    assert ("城区棚户区改造安置小区建设项目", "宕昌县") in got
    assert not any(pl in ("四川省", "甘肃省") for _, pl in got)


def test_places_where_a_co_operative_is_trained_do_not_cooperate():
    doc = build("我省“一乡一农机合作社”试点启动\n近日，省农机局分别在白银市、武威市和金昌市举办了“一乡一农机合作社”"
                "农机手培训班，标志着甘肃省试点工作启动。")
    assert triples(doc, "cooperatesWith") == set()
    assert ("甘肃省农机局", "一乡一农机合作社") in triples(doc, "runs")


def test_places_that_sign_still_cooperate():
    doc = build("宁德市与定西市签订协议\n7月9日，宁德市与定西市签订东西部协作协议，双方将在产业、劳务等方面深化协作。")
    assert triples(doc, "cooperatesWith") & {("宁德市", "定西市"), ("定西市", "宁德市")}


def test_unveiling_a_plaque_for_a_hospital_is_no_support():
    doc = build("河南省人民医院淮河分院揭牌\n12月3日，河南省人民医院淮河分院在息县揭牌。河南省人民医院院长李某，"
                "省卫健委医疗服务管理中心主任王某，息县常务副县长张某等共同为河南省人民医院淮河分院揭牌。")
    assert triples(doc, "supports") == set()


def test_help_for_an_organisation_is_still_support():
    doc = build("开江县扶持农业企业\n3月5日，开江县人民政府召开会议，研究支持达州日好农业发展有限公司扩大种植规模。")
    assert ("开江县人民政府", "达州日好农业发展有限公司") in triples(doc, "supports")


_AGREEMENT = ("宁德市与定西市签订协议\n7月9日，宁德市人民政府与定西市人民政府在宁德市签订《“十四五”对口协作框架协议书》，"
              "双方将在产业、劳务等方面深化协作。")


def test_an_agreement_in_book_marks_is_a_programme_run_by_both_sides():
    doc = build(_AGREEMENT)
    assert "“十四五”对口协作框架协议书" in programmes(doc)
    runs = triples(doc, "runs")
    assert {("宁德市人民政府", "“十四五”对口协作框架协议书"), ("定西市人民政府", "“十四五”对口协作框架协议书")} <= runs


def test_an_agreement_is_not_carried_out_where_its_first_signer_is():
    doc = build(_AGREEMENT)
    assert "“十四五”对口协作框架协议书" in programmes(doc)
    got = triples(doc, "implementedIn")
    assert not any(p == "“十四五”对口协作框架协议书" for p, _ in got)


def test_a_base_named_after_its_village_is_a_programme_done_there():
    doc = build("青川县举行猕猴桃种植培训\n4月2日，青川县农业农村局组织各乡镇农技人员50余人，在乔庄镇双河村黄金猕猴桃基地"
                "举行了猕猴桃种植现场培训会。")
    assert "黄金猕猴桃基地" in programmes(doc)
    assert ("黄金猕猴桃基地", "双河村") in triples(doc, "implementedIn")


def test_a_base_named_by_its_kind_alone_is_none():
    doc = build("青川县举行猕猴桃种植培训\n4月2日，青川县农业农村局组织各乡镇农技人员50余人，在乔庄镇双河村种植基地"
                "举行了猕猴桃种植现场培训会。")
    assert not any(p.endswith("基地") for p in programmes(doc))


def test_a_division_assigned_to_help_another_is_a_pairing_done_in_the_place_helped():
    doc = build("台州市与乐山市签订协议\n按照省委、省政府对口支援工作安排，台州市对口帮扶四川省乐山市峨边彝族自治县，"
                "由椒江区结对。6月20日，台州市与乐山市签订东西部扶贫协作框架协议。")
    name = "台州市对口帮扶四川省乐山市峨边彝族自治县"
    assert name in programmes(doc)
    got = triples(doc, "implementedIn")
    assert (name, "峨边彝族自治县") in got and (name, "四川省") not in got


def test_plain_aid_makes_a_pairing_only_with_the_building_it_aids():
    doc = build("兴安盟重点项目集中开工\n自去年8月自治区党委、政府作出由通辽市支援兴安盟建设决策以来，一大批项目相继落地。")
    assert ("通辽市支援兴安盟建设", "兴安盟") in triples(doc, "implementedIn")
    doc = build("通辽市慰问兴安盟\n3月2日，通辽市支援兴安盟一批防疫物资。")
    assert not any("支援" in p for p in programmes(doc))


def test_a_pairing_written_with_short_place_names_is_not_a_second_programme():
    doc = build("青岛市结对帮扶陇南市\n中央确定青岛市结对帮扶陇南市后，扶贫协作已经有了良好开端。今年是青岛结对帮扶陇南的开局之年。")
    assert {p for p in programmes(doc) if "结对帮扶" in p} == {"青岛市结对帮扶陇南市"}


def test_a_pairing_written_with_a_short_name_only_is_named_in_full():
    doc = build("镇坪县党政代表团赴钟楼区考察\n10月20日，镇坪县县长李平说，钟楼区结对帮扶镇坪，是我县加快发展的重大机遇。")
    assert "钟楼区结对帮扶镇坪县" in programmes(doc)
    assert ("钟楼区结对帮扶镇坪县", "镇坪县") in triples(doc, "implementedIn")


def test_a_company_presenting_projects_gives_none_its_name():
    doc = build("城投集团与高校合作对接会召开\n9月27日，济南城投集团组织召开合作对接会。对接会上，城投集团精选推介"
                "长清区全域保护发展项目、济南人工智能算力中心项目等11个项目。")
    assert not any(p.startswith("城投集团") for p in programmes(doc))
    assert not any(p.startswith("城投集团") for _, p in triples(doc, "runs"))


def test_a_sentence_after_a_whole_county_is_no_campaign():
    doc = build("镇康县召开全县干部大会\n5月6日，镇康县召开全县干部大会。会议要求，全县上下要切实把思想和行动统一到县委、"
                "县政府的决策部署上来。")
    assert not any("思想" in p for p in programmes(doc))


def test_a_town_that_only_locates_its_county_is_not_where_the_county_programme_is():
    doc = build("东源县发展茶产业\n5月6日，记者来到东源县。仙塘镇所在的东源县是省“百千万工程”典型县。")
    assert ("百千万工程", "仙塘镇") not in triples(doc, "implementedIn")


def test_a_meeting_of_two_places_joined_by_a_dash_is_one_programme_of_both():
    doc = build("南关区赴天津开展合作交流\n近日，南关区区长孙冠一带队赴天津。在天津期间，孙冠一参加了天津市-长春市对口合作推进会，"
                "与河西区签署对口合作协议。")
    assert "天津市—长春市对口合作推进会" in programmes(doc)  # (named with one dash however written: relations23)


def test_places_written_after_their_cities_still_open_a_joint_meeting():
    doc = build("庆云县来秀对接东西部协作工作\n10月25日，庆云县副县长乔玉华率队来秀山县对接东西部协作工作，并召开德州庆云·重庆秀山"
                "东西部协作工作联席会议。")
    assert "德州庆云·重庆秀山东西部协作工作联席会议" in programmes(doc)
    assert not any(p.startswith("庆云") or p.startswith("重庆秀山") for p in programmes(doc))


def test_an_adverb_before_a_joint_verb_still_makes_both_run_and_cooperate():
    doc = build("市场监管局开展专项行动\n近日，泸州市市场监督管理局联合泸州市公安局开展食品安全专项行动。市市场监管局还会同"
                "市商务局推出“放心消费”创建活动。")
    assert {("泸州市市场监督管理局", "放心消费"), ("泸州市商务局", "放心消费")} <= triples(doc, "runs")
    assert ("泸州市市场监督管理局", "泸州市商务局") in triples(doc, "cooperatesWith")


def test_two_places_joined_by_a_double_dash_hold_one_meeting():
    doc = build("钟祥——崇阳区域协作对接会议召开\n4月19日，钟祥——崇阳区域协作对接会议召开，共商两地协作发展。钟祥市委书记周军、"
                "崇阳县委书记郑俊华出席会议。")
    assert "钟祥——崇阳区域协作对接会议" in programmes(doc)
