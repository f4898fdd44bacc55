"""Relations and programmes in shapes read on fresh county news of inspections of project sites,
investment signing ceremonies and project lists (round 17): the visitors of an inspection
(…一行先后深入A、B等项目现场) are no part of the first site's name; a company that closes a deal on
projects (与…公司完成项目签约) names no project after itself; a place opening another project's
name (中国…产业园项目总投资…，是继X项目落户…) is not where the sentence's other programme is; the
agency an article is about does not run a company's project by default.
Sentences written for these tests in the shape of such texts."""
from __future__ import annotations

from conftest import extract_relations as _extract, relations_of as _relations
from kg.builder import extract_document
from kg.model import Doc


def test_inspection_visitors_are_no_part_of_the_first_site():
    """市长李明一行先后深入A公司二期5万吨…生产线、B等项目现场: the first item is the line, not
    '李明一行先后深入…'."""
    _, progs, _ = _extract("市领导督查重大项目建设\n5月6日，市委副书记、市长李明一行，对我县重大项目建设情况进行了督查。"
                           "李明一行先后深入恒达纺织公司二期5万锭纱线生产线、城南片区改造等项目现场，实地查看项目进展。\n")
    assert "恒达纺织公司二期5万锭纱线生产线" in progs
    assert not any("一行" in p for p in progs)


def test_a_company_project_is_not_run_by_the_article_agency():
    """市委…督查 our county: the inspected 天丰棉业公司二期…生产线 is the company's, not the city committee's
    (no rule names a runner; the default of the article's agency does not hold for a company's)."""
    runs = _relations("市领导督查重大项目建设\n7月9日，市委副书记、市长李明，市委常委、常务副市长张伟一行，"
                      "对我县重大项目建设情况进行了集中督查。\n李明一行先后深入天丰棉业公司二期5万锭纱线生产线、"
                      "城南片区改造等项目现场，实地查看项目进展。\n", "runs")
    assert not any("棉业公司" in p for _, p in runs)


def test_closing_a_deal_names_no_project_after_the_company():
    """开发区管委会主任张华分别与A有限公司、B有限公司完成项目签约: no 'B有限公司完成项目'."""
    _, progs, _ = _extract("开发区项目签约\n6月2日，重点合作项目签约仪式在深圳举行，某县经济开发区管委会主任张华参加活动，"
                           "分别与中国华星工程有限公司、厦门华远药业有限公司完成项目签约。\n")
    assert not any("完成项目" in p for p in progs)
    _, progs, _ = _extract("开发区项目签约\n当天，某县人民政府与厦门华远药业有限公司达成项目合作意向。\n")
    assert not any("达成项目" in p for p in progs)


def test_a_place_opening_another_project_name_is_not_the_subject():
    """中国绿色农药科技产业园项目总投资80亿元，是继山河集团智能制造园区项目落户开发区后…: 中国 opens
    the first project's name; the second project is not in China-as-a-whole by the subject rule."""
    where = _relations("山东桓台县经济开发区招商再突破\n其中，中国绿色农药科技产业园项目总投资80亿元，"
                       "是继山河集团智能制造园区项目落户开发区后，园区签约的又一百亿级大项目。\n", "implementedIn")
    assert not any(p == "山河集团智能制造园区项目" and place == "中国" for p, place in where)


def test_a_district_is_no_part_of_the_county_before_it():
    """王某代表青川县委县政府向西湖区委区政府…表示感谢: 西湖区 (of two cities, which the text does not
    say) is no part of the county named before it in the sentence."""
    part = _relations("两地召开协作会议\n3月11日上午，西湖区与青川县东西部协作联席会议召开。"
                      "王平代表青川县委县政府向西湖区委区政府表示感谢。\n", "partOf")
    assert ("西湖区", "青川县") not in part


def test_a_district_the_text_leaves_unplaced_is_a_side_of_a_tie():
    """西湖区与青川县东西部协作联席会议召开: the district and the county cooperate, though which
    西湖区 it is the text does not say."""
    co = _relations("两地召开协作会议\n3月11日上午，西湖区与青川县东西部协作联席会议召开。\n", "cooperatesWith")
    assert ("西湖区", "青川县") in co or ("青川县", "西湖区") in co


def test_places_hand_in_hand_cooperate():
    """北京携手内蒙古深化协作, A市联手B县打造…: the two places work together."""
    co = _relations("京蒙协作结硕果\n近年来，北京携手内蒙古深化京蒙协作，共建产业园区。\n", "cooperatesWith")
    assert ("北京市", "内蒙古自治区") in co
    co = _relations("两地共建园区\n5月8日，宁波市联手延边州共建产业园区。\n", "cooperatesWith")
    assert ("宁波市", "延边朝鲜族自治州") in co


def test_relative_bodies_in_a_guest_city_leaders_list_are_the_guest_city():
    """a story about 达州's delegation in 舟山: 宜昌市委书记A，市委副书记、市长B，市人大常委会主任C，
    市政协主席D出席: the list a city's body opens is that city's leaders; 市人大常委会 and 市政协
    are 宜昌's, not the article's city's."""
    held = _relations("达州市党政代表团赴舟山市考察\n11月2日，达州市党政代表团赴浙江省舟山市考察学习。"
                      "达州市委书记刘明；宜昌市委书记王强，市委副书记、市长李伟，市人大常委会主任张华，"
                      "市政协主席赵刚出席会议。\n", "holdsPost")
    assert ("张华", "宜昌市人大常委会") in held
    assert ("赵刚", "宜昌市政协") in held
    assert ("张华", "达州市人大常委会") not in held


def test_a_verb_between_keeps_the_article_city():
    """宜昌市委书记王强在达州调研，市政协主席赵刚陪同: a verb between — 市政协 is the article's city's."""
    held = _relations("达州市召开座谈会\n11月2日，达州市召开座谈会。宜昌市委书记王强在达州调研，"
                      "市政协主席赵刚陪同。\n", "holdsPost")
    assert ("赵刚", "宜昌市政协") not in held


def test_a_project_a_company_builds_is_named_and_run_by_it():
    """由…集团有限公司投资建设的X项目: X项目 is a project, the company runs it, and a county its name
    holds is where it is."""
    _, progs, _ = _extract("项目集中签约\n其中，由宏达食品集团有限公司投资建设的宏达怀集肉牛养殖一体化产业园项目，"
                           "计划投资约12亿元。\n")
    assert "宏达怀集肉牛养殖一体化产业园项目" in progs
    runs = _relations("项目集中签约\n其中，由宏达食品集团有限公司投资建设的宏达怀集肉牛养殖一体化产业园项目，"
                      "计划投资约12亿元。\n", "runs")
    assert ("宏达食品集团有限公司", "宏达怀集肉牛养殖一体化产业园项目") in runs
    where = _relations("项目开工\n近日，由温州隆达实业有限公司投资兴建的轻纺新材料产业园项目在大田县开工。\n",
                       "implementedIn")
    assert ("轻纺新材料产业园项目", "大田县") in where
    _, progs, _ = _extract("项目开工\n近日，由温州隆达实业有限公司投资兴建的重点项目在大田县开工。\n")
    assert not progs


def test_a_base_built_at_a_county_is_named_without_the_verb():
    """温州隆达实业有限公司在大田县投资建设纺织产业基地: the base is 纺织产业基地 (not 投资建设…), the
    company runs it and the county locates it."""
    text = "项目建设提速\n去年，温州隆达实业有限公司在大田县投资建设纺织产业基地，今年将建设二期。\n"
    _, progs, _ = _extract(text)
    assert progs == {"纺织产业基地"}
    assert ("温州隆达实业有限公司", "纺织产业基地") in _relations(text, "runs")
    assert ("纺织产业基地", "大田县") in _relations(text, "implementedIn")


def test_a_project_located_at_a_township_or_village():
    """位于盘陀镇的天福养老产业项目 / 滨湖生态农业园项目位于中垾镇滨湖村: the project is named (without 项目,
    as one named after its place is), and it is where the verb of being located says (the village at the
    end of the chain), not the article's county."""
    where = _relations("漳浦县项目签约\n另一个为社会事业项目，位于盘陀镇的福康养老产业项目，投资额2.5亿元。\n",
                       "implementedIn")
    assert where == {("福康养老产业", "盘陀镇")}
    where = _relations("某县项目开工\n1月21日，滨湖生态农业园项目位于中垾镇滨湖村，总投资941万元。\n", "implementedIn")
    assert where == {("滨湖生态农业园", "滨湖村")}
    where = _relations("某县项目开工\n1月21日，位于中垾镇滨湖村的生态农业园项目开工，总投资941万元。\n", "implementedIn")
    assert where == {("生态农业园", "滨湖村")}
    _, progs, _ = _extract("某县项目建设\n全县重点项目位于城区，新建项目位于开发区。\n")
    assert not progs


def test_a_project_named_after_an_autonomous_county_written_short():
    """张家川县印刷包装…生产线项目，总投资…: 张家川县 (short for 张家川回族自治县, with its level's word)
    opens a project's name as a full name does; the project is in the county."""
    where = _relations("项目集中签约\n首批签约的有：张家川县食品包装智能化生产线项目，总投资1.16亿元；"
                       "张家川县恭门镇河畔康养园建设项目，总投资1.2亿元。\n", "implementedIn")
    assert ("食品包装智能化生产线", "张家川回族自治县") in where
    assert ("恭门镇河畔康养园建设", "恭门镇") in where


def test_places_a_joint_meeting_is_named_by_cooperate():
    """两市召开舟山·达州东西部协作工作联席会议, 天津市-长春市对口合作推进会: the two places the joint
    meeting's name pairs (each the last of its chain) work together."""
    co = _relations("两市召开联席会议\n11月2日，两市在宁波市召开宁波·延边东西部协作工作联席会议。\n", "cooperatesWith")
    assert ("宁波市", "延边朝鲜族自治州") in co
    co = _relations("会议召开\n德州庆云·重庆秀山东西部协作工作联席会议在秀山召开。\n", "cooperatesWith")
    assert ("庆云县", "秀山土家族苗族自治县") in co


def test_an_aid_project_named_after_the_aided_hospital():
    """莎车县维吾尔医医院援建项目 in a story about Shanghai's aid: the hospital is aided, it does not run
    the project, and the project is at the hospital's county, not in Shanghai (the story's place)."""
    text = ("上海首个援疆项目交付使用\n14日，莎车县维吾尔医医院由上海援疆前方指挥部移交给莎车县人民政府。\n"
            "莎车县维吾尔医医院援建项目是上海援建确定的工程之一。\n")
    assert ("莎车县维吾尔医医院援建项目", "莎车县") in _relations(text, "implementedIn")
    assert ("莎车县维吾尔医医院援建项目", "上海市") not in _relations(text, "implementedIn")
    assert not any(p == "莎车县维吾尔医医院援建项目" for _, p in _relations(text, "runs"))


def test_a_document_issued_by_bodies_after_it():
    """《关于…的实施方案》由商务部等9部门联合印发, 《…》由省农业农村厅、省财政厅联合印发: the bodies
    after 由 issue the document the clause opens with."""
    runs = _relations("方案印发\n近日，《关于推进县域物流体系建设的实施方案》由商务部等9部门联合印发。\n", "runs")
    assert ("商务部", "关于推进县域物流体系建设的实施方案") in runs
    runs = _relations("方案印发\n近日，《四川省农田水利建设实施方案》由省农业农村厅、省财政厅联合印发。\n", "runs")
    assert {r for r, _ in runs} == {"四川省农业农村厅", "四川省财政厅"}


def test_a_located_project_is_one_entity_with_its_place_named_form():
    """巢湖市滨湖生态农业园项目开工建设。滨湖生态农业园项目位于中垾镇滨湖村: one project (named without
    项目 both times), in the city its name opens with and in the village the verb says."""
    names, progs, _ = _extract("巢湖市项目开工\n1月21日，巢湖市滨湖生态农业园项目开工建设。\n"
                               "滨湖生态农业园项目位于中垾镇滨湖村，总投资941万元。\n")
    assert progs == {"滨湖生态农业园"}


def test_the_project_of_the_sentence_before_is_where_this_project_is():
    """…滨湖生态农业园项目开工建设。（\\n）该项目位于中垾镇滨湖村: the project the sentence before names is in
    the village; a campaign before 该项目 is no project and gets nothing."""
    for gap in ("", "\n"):
        where = _relations(f"巢湖市项目开工\n1月21日，巢湖市滨湖生态农业园项目开工建设。{gap}"
                           "该项目位于中垾镇滨湖村，总投资941万元。\n", "implementedIn")
        assert ("滨湖生态农业园", "滨湖村") in where
    where = _relations("巢湖市会议\n1月21日，巢湖市召开“清洁家园”行动推进会。该项目位于中垾镇滨湖村。\n", "implementedIn")
    assert not any(place == "滨湖村" for _, place in where)


def test_a_sized_project_a_company_builds_at_a_county():
    """…公司计划在大田县投资建设年产10万吨纺织品项目: the project (a size in its name) is named, the
    company runs it and the county locates it; 在京口镇建设3个项目 names none (a count)."""
    text = "项目落地\n今年，温州隆达实业有限公司计划在大田县投资建设年产10万吨纺织品项目。\n"
    assert ("温州隆达实业有限公司", "年产10万吨纺织品项目") in _relations(text, "runs")
    assert ("年产10万吨纺织品项目", "大田县") in _relations(text, "implementedIn")
    _, progs, _ = _extract("项目落地\n今年，该县在京口镇建设3个项目。\n")
    assert not progs


def test_a_district_government_is_no_county_government_near_it():
    """王平代表青川县委县政府向西湖区委区政府表示感谢: 区政府 is the district's (of 西湖区, unplaced), not
    青川县's, though 青川县's bodies are the nearest before it in the sentence."""
    doc = Doc(id="t", source="t.txt", text="两地召开协作会议\n3月11日上午，西湖区与青川县东西部协作联席会议召开。\n"
                                          "王平代表青川县委县政府向西湖区委区政府表示感谢。\n")
    gov = next(e for e in extract_document(doc).entities.values() if e.name == "青川县人民政府")
    assert "区政府" not in gov.aliases


def test_a_municipality_lists_its_own_city_level_bodies():
    """天津市人大常委会副主任、市政府合作交流办主任张某 in a story about 天水: 市政府合作交流办 is
    天津's (a municipality is a 市 though a province by rank), not the article's city's."""
    held = _relations("天水市与天津市协作会议召开\n12月5日，天水市与天津市东西部协作对接会议召开。"
                      "天津市人大常委会副主任、市政府合作交流办主任张华，天水市委书记王刚出席会议。\n", "holdsPost")
    assert ("张华", "天津市人民政府合作交流办") in held
    assert ("张华", "天水市人民政府合作交流办") not in held


def test_bodies_hand_in_hand_cooperate():
    """县人民政府联手…公司打造…: they work together, as with 携手."""
    co = _relations("合作\n近日，茶陵县人民政府联手广州白云山药业有限公司打造中药材基地。\n", "cooperatesWith")
    assert ("茶陵县人民政府", "广州白云山药业有限公司") in co


def test_a_county_signs_with_a_company():
    """茶陵县与广州白云山药业有限公司签订…: the county and the company cooperate; 在茶陵县与…签订 names the
    scene, not a side."""
    co = _relations("合作\n会上，茶陵县与广州白云山药业有限公司签订战略合作协议。\n", "cooperatesWith")
    assert ("茶陵县", "广州白云山药业有限公司") in co
    co = _relations("合作\n会上，在茶陵县与广州白云山药业有限公司签订战略合作协议。\n", "cooperatesWith")
    assert not co
