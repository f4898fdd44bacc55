"""Relations and programmes in shapes read on fresh news of forums, festivals, signing ceremonies and
pairings of aid (round 18): a pairing written with the place aided turned before the verb
(A区对B县实施对口帮扶) is the same programme as A区对口帮扶B县; an adverb between a place and its 与
(A区另与B县达成…协议) keeps the pair; the body a signer acts for (市长X代表市政府与Y签订) signs, not the
市委 of the signer's titles; words of an event's scale or rank (全国性大型论坛, 各类旅游节) describe
events and name none; a country before a middle dot (中国·X…旅游节) opens a brand and is no
place of the event; a quoted forum (“X论坛”由A与B共同创办) is a programme its founders run; a place chain that
is a speaker's affiliation (X村党支部书记某某在“Y”上发言) says nothing of where Y is; a place before
援藏/援疆 gives the aid; a body a reporter learns from (记者从X了解到) is no actor; 首届 marks an event;
X捐资与Y共同建设 is cooperation, and names no project after X; 《关于…的几点思考》 is an essay, no policy;
a signing clause that names its own (unknown) signer before 与 takes no earlier body as its signer;
达成 closes a pair of places; a joint park (A—B共建产业园) gets no guessed place; an edition before a
quoted name (第四届“X论坛”) leaves no quote in the name; 县委副书记、县长X与Y签订 is the government's signing.
Sentences written for these tests in the shape of such texts."""
from __future__ import annotations

from conftest import extract_relations as _extract, relations_of as _relations


def test_turned_pairing_of_aid_is_a_programme_in_the_place_aided():
    """西湖区对台江县开展对口帮扶以来: 对 turns the place aided before the verb; the pairing is the
    one 西湖区对口帮扶台江县 names, carried out in 台江县 (not in the donor)."""
    text = "两地协作成效明显\n5月6日，记者获悉，杭州市西湖区对台江县开展对口帮扶以来，共实施帮扶项目9个。"
    _, progs, _ = _extract(text)
    assert "西湖区对口帮扶台江县" in progs
    assert ("西湖区对口帮扶台江县", "台江县") in _relations(text, "implementedIn")
    assert ("西湖区对口帮扶台江县", "西湖区") not in _relations(text, "implementedIn")


def test_turned_pairing_with_de_and_a_plain_verb():
    """慈溪市对德江县的对口支援工作: 的 may stand before the verb; a plain 帮扶 (any help) names no pairing."""
    _, progs, _ = _extract("工作简报\n6月3日，慈溪市对德江县的对口支援工作取得新成效。")
    assert "慈溪市对口支援德江县" in progs
    _, progs, _ = _extract("工作简报\n6月3日，慈溪市对德江县开展帮扶，送去物资一批。")
    assert not any("帮扶" in p for p in progs)


def test_adverb_before_yu_keeps_the_pair_of_places():
    """西湖区另与台江县达成…协议: 另 (还, 也, 正式…) between the first place and 与."""
    text = "两地签约\n日前，西湖区另与台江县达成三年对口帮扶行动协议。"
    assert ("西湖区", "台江县") in _relations(text, "cooperatesWith")


def test_signer_acting_for_the_government_signs_for_it():
    """市委副书记、市长王刚代表市政府与X公司签订…: the government is the side, not 市委."""
    text = ("签约仪式举行\n3月2日，丹江口市委副书记、市长王刚代表市政府与中国建筑第三工程局有限公司签订了战略合作框架协议。")
    rels = _relations(text, "cooperatesWith")
    assert ("丹江口市人民政府", "中国建筑第三工程局有限公司") in rels
    assert ("丹江口市委", "中国建筑第三工程局有限公司") not in rels


def test_descriptions_of_events_are_no_names():
    """…每年举办的全国性大型论坛, 通过举办各类旅游节庆活动, 承办的国家级综合博览会: what kind of event,
    not which one."""
    _, progs, _ = _extract("论坛将在长沙举行\n据悉，“潇湘发展论坛”是由省发展研究会发起、每年举办的全国性大型论坛。")
    assert "全国性大型论坛" not in progs
    _, progs, _ = _extract("旅游工作会召开\n近年来，县委、县政府通过举办各类旅游节庆活动，展示文化旅游资源。")
    assert not any(p.startswith("各类") for p in progs)
    _, progs, _ = _extract("博览会将开幕\n这是由商务部主办、湖南省人民政府承办的国家级综合博览会。")
    assert not any("国家级综合博览会" in p for p in progs)


def test_country_before_a_middle_dot_is_no_place_of_the_event():
    """中国·南屏第三届桃花文化旅游节开幕式举行: the brand's 中国 says nothing of where the festival is,
    as the subject of its sentence nor as the article's place."""
    text = "桃花节开幕\n3月20日，中国·南屏第三届桃花文化旅游节开幕式举行。副县长出席。"
    assert not any(o == "中国" for _, o in _relations(text, "implementedIn"))


def test_quoted_forum_founded_by_two_bodies():
    """外交部发言人表示，“X论坛”由A与B共同创办: A and B run the forum, not the speaker's ministry."""
    text = ("外交部举行例行记者会\n外交部发言人表示，“南岭国际论坛”由中国人民对外友好协会与广东省人民政府共同创办，"
            "已成功举办五届。")
    runs = _relations(text, "runs")
    assert ("中国人民对外友好协会", "南岭国际论坛") in runs
    assert ("广东省人民政府", "南岭国际论坛") in runs
    assert not any(s == "外交部" for s, _ in runs)


def test_speakers_affiliation_is_not_where_the_forum_is():
    """衡东县杨桥镇新民村党支部书记李华在“X”活动上发言: the speaker's village is not where X is, and his
    branch does not run X; the forum 杨桥镇党委 holds is the town's."""
    text = ("论坛开讲\n这是衡东县杨桥镇新民村党支部书记李华在“乡村振兴大讲堂”活动上作发言时的开场白。"
            "12月5日，由杨桥镇党委举办的“杨桥论坛”首次开讲。")
    assert ("乡村振兴大讲堂", "新民村") not in _relations(text, "implementedIn")
    assert not any(o == "乡村振兴大讲堂" for _, o in _relations(text, "runs"))
    assert ("杨桥论坛", "杨桥镇") in _relations(text, "implementedIn")


def test_place_before_a_word_of_aid_to_a_region_is_the_donor():
    """南京市援藏项目现场推进会在墨竹工卡县召开: 援藏 names the region aided; Nanjing gives the aid, the
    meeting is held where the sentence says."""
    text = "推进会召开\n3月30日，南京市援藏项目现场推进会在墨竹工卡县召开。"
    places = {o for s, o in _relations(text, "implementedIn") if "推进会" in s}
    assert "墨竹工卡县" in places and "南京市" not in places


def test_body_a_reporter_learns_from_is_no_actor():
    """记者从X县教育局了解到，由…基金会捐献支持…小学建设: the bureau tells the news, it supports nothing."""
    text = ("善款到位\n7月14日讯，记者从南靖县教育局了解到，由香港福建希望工程基金会捐献支持南靖县山城希望小学"
            "综合楼建设的50万港币善款已到位。")
    assert not any(s == "南靖县教育局" for s, _ in _relations(text, "supports"))
    assert ("南靖县教育局", "南靖县") in _relations(text, "locatedIn")  # (it is still where it is)


def test_first_edition_names_an_event():
    """首届厨艺大赛由县委宣传部主办: 首届 marks a named event as 第一届 does; its organisers run it."""
    text = "文化活动丰富\n清水县组织多项文化活动。其中，首届厨艺大赛由县委宣传部主办，县旅游局承办。"
    runs = _relations(text, "runs")
    assert ("清水县委宣传部", "厨艺大赛") in runs and ("清水县旅游局", "厨艺大赛") in runs


def test_donor_and_government_building_together_cooperate():
    """该项目是X集团捐资与Y县人民政府共同建设: the donor and the government build it together."""
    text = "项目开工\n4月2日，希望乡村项目开工，该项目是华侨城集团捐资与旺苍县人民政府共同建设，总投资2亿元。"
    assert ("华侨城集团", "旺苍县人民政府") in _relations(text, "cooperatesWith")


def test_building_the_project_together_names_no_project():
    """县人民政府与X基金会共同建设该项目: 共同…该项目 is what the two do, no project named after X."""
    _, progs, _ = _extract("项目落地\n县人民政府与中国扶贫基金会共同建设该项目。")
    assert not any("基金会" in p for p in progs)


def test_paper_titled_about_is_no_policy():
    """《关于推进…的几点思考》: a paper's title opens with 关于 as a policy's does; 思考 makes it an essay."""
    _, progs, _ = _extract("文章刊发\n近日，县委书记王明撰写的《关于推进县域经济高质量发展的几点思考》在《求是》杂志刊发。")
    assert not any("思考" in p for p in progs)


def test_a_clause_naming_its_own_signer_takes_no_earlier_body():
    """…，A区社会保障局与B县人社局签订X协议，A区总工会与B县总工会签订Y协议: the second clause's signer is
    the unknown 总工会, not B县人社局 (the partner of the first) nor the article's agency."""
    text = ("联席会议召开\n会上，常州经开区社会保障局与旬阳市人社局签订劳务合作协议，"
            "常州经开区总工会与旬阳市总工会签订结对合作框架协议。")
    rels = _relations(text, "cooperatesWith")
    assert not any(o == "旬阳市总工会" for _, o in rels)


def test_agreeing_on_a_long_agreement_ties_the_places():
    """西湖区与台江县达成2021年至2023年三年对口帮扶行动协议: 达成 closes the pair, however long what they
    agree on is."""
    text = "两地签约\n日前，西湖区与台江县达成2021年至2023年三年对口帮扶行动协议。"
    assert ("西湖区", "台江县") in _relations(text, "cooperatesWith")


def test_joint_park_gets_no_guessed_place():
    """研究宁波—黔西南共建产业园建设工作: the park lies in one of the two, which its name does not say; not
    the article's city by default, yet where the text says (…产业园在兴义市开工)."""
    text = "协作会议\n近日，宁波市召开会议，研究宁波—黔西南共建产业园建设工作。"
    assert not any("产业园" in s for s, _ in _relations(text, "implementedIn"))
    text = "园区开工\n近日，宁波—黔西南共建产业园在兴义市开工。"
    assert ("宁波—黔西南共建产业园", "兴义市") in _relations(text, "implementedIn")


def test_edition_before_a_quoted_name_keeps_no_quote():
    """第四届“潇湘发展论坛”将在衡阳市举行: the event is 潇湘发展论坛, not '“潇湘发展论坛' (the quote closes
    after the head word)."""
    _, progs, _ = _extract("论坛预告\n记者获悉，第四届“潇湘发展论坛”将于5月在衡阳市举行。")
    assert "潇湘发展论坛" in progs
    assert not any(p.startswith("“") for p in progs)


def test_county_head_signs_for_the_government_not_the_party_committee():
    """县委副书记、县长李四与X签订…: he signs as 县长, for the county government when the article names
    it, never for the 县委 of his first title; a 县委书记 alone signs for the 县委."""
    text = ("签约\n5月6日，黟县人民政府与中国中化集团有限公司签约。黟县县委副书记、县长李四与中国建筑第五工程局有限公司"
            "签订合作协议。")
    rels = _relations(text, "cooperatesWith")
    assert ("黟县人民政府", "中国建筑第五工程局有限公司") in rels
    assert ("黟县县委", "中国建筑第五工程局有限公司") not in rels
    text = "签约\n5月6日，黟县县委副书记、县长李四与中国建筑第五工程局有限公司签订合作协议。"
    assert not any(s == "黟县县委" for s, _ in _relations(text, "cooperatesWith"))
    text = "签约\n5月6日，黟县县委书记王五与中国建筑第五工程局有限公司签订合作协议。"
    assert ("黟县县委", "中国建筑第五工程局有限公司") in _relations(text, "cooperatesWith")
