"""Agencies in court, united-front, chamber-of-commerce and liaison-office news (orgs23).  Sentences in
the shapes found on fresh county and city pages, none copied."""
from __future__ import annotations

from conftest import extract_text


def _agencies(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Agency"}


def _names(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type in ("Agency", "Organization")}


def test_a_verb_of_holding_is_no_part_of_a_name():
    """县人民法院举行审判委员会会议: the court holds a meeting of its committee; 举行 (举办) never
    stands inside an agency's name, so no agency 'X县人民法院举行审判委员会'."""
    doc = extract_text("5月9日，宁都县人民法院举行审判委员会第三次会议。")
    names = _agencies(doc)
    assert "宁都县人民法院" in names, names
    assert not any("举行" in n for n in names), names
    doc = extract_text("近日，武宁县人民检察院举办检察开放日活动领导小组会议。")
    assert not any("举办" in n for n in _agencies(doc)), _agencies(doc)


def test_a_new_term_is_no_part_of_a_name():
    """成立了以A为主席的新一届工商业联合会执行委员会, 当选为商会新一届会长: 新一届 (the new
    term) qualifies the body, it never opens or sits inside its name."""
    doc = extract_text("大会选举产生了以王明同志为主席的新一届工商业联合会执行委员会。")
    assert not any("新一届" in n for n in _names(doc)), _names(doc)
    doc = extract_text("会上，万达公司董事长李强当选为商会新一届会长。")
    assert not any("新一届" in n for n in _names(doc)), _names(doc)


def test_the_host_of_an_office_is_not_the_articles_place():
    """市纪委派员赴市政府驻北京联络处调研…驻京联络处主任: 北京 hosts the city's liaison office;
    the story is the sending city's (not named here), so 市纪委 and 市政府 are never 北京市's."""
    doc = extract_text("市纪委派员赴市政府驻北京联络处开展调研督查。驻京联络处主任刘明介绍了有关情况。")
    names = _agencies(doc)
    assert not any(n.startswith("北京市") for n in names), names


def test_a_host_named_on_its_own_too_still_counts():
    """A place named on its own besides hosting an office (北京 市委书记…在北京…) keeps counting for
    the article's place: only a place named solely as a host is left out."""
    doc = extract_text("北京市委召开会议。天津市政府驻北京办事处主任王刚出席。北京市委书记讲话。")
    assert "北京市委" in _agencies(doc), _agencies(doc)


def _bodies(doc) -> dict[str, set[str]]:
    """person → the names of the bodies they hold a post in."""
    from conftest import held_posts
    out: dict[str, set[str]] = {}
    for person, body, _post, _status in held_posts(doc):
        out.setdefault(person, set()).add(body)
    return out


def test_a_department_written_again_after_its_full_name_is_itself():
    """县委统战部常务副部长A，统战部副部长B: the second 统战部 is the same department, never a unit
    of itself (县委统战部统战部)."""
    doc = extract_text("3月5日，沈丘县召开会议。县委统战部常务副部长王刚主持会议，统战部副部长赵敏宣读了通报。")
    assert not any("统战部统战部" in n for n in _names(doc)), _names(doc)
    assert _bodies(doc).get("赵敏") == {"沈丘县委统战部"}, _bodies(doc)


def test_a_peoples_organisation_listed_after_an_agency_is_the_scopes():
    """县委常委、统战部部长A，副县长、总工会主席B; 统战部副部长、工商联主席C: 总工会 and 工商联 are
    the county's people's organisations, no units of the party committee or its department."""
    doc = extract_text("3月5日，沈丘县召开会议。县委常委、统战部部长李红，副县长、总工会主席孙伟出席。")
    assert "沈丘县总工会" in _names(doc), _names(doc)
    assert not any("县委总工会" in n for n in _names(doc)), _names(doc)
    doc = extract_text("3月5日，沈丘县召开会议。县委统战部副部长、工商联主席周涛出席。")
    assert not any("统战部工商联" in n for n in _names(doc)), _names(doc)


def test_a_units_own_union_stays_the_units():
    """县教育局局长A、工会主席B: 工会 alone is the bureau's own union (every unit has one)."""
    doc = extract_text("县教育局局长王明、工会主席李华出席。")
    assert "县教育局工会" in _names(doc), _names(doc)


def test_a_township_station_named_by_its_trade_is_an_agency():
    """寻寨镇林业工作站, 县农业技术推广站, 王阜乡林管站: the stations a township or county keeps for
    a trade (工作站, 技术推广站; 林管 for 林业管理) are its agencies like its 林业站 and 财政所."""
    doc = extract_text("近日，崇义县过埠镇林业工作站组织人员巡山护林。")
    assert "过埠镇林业工作站" in _agencies(doc), _agencies(doc)
    doc = extract_text("5月6日，沅陵县农业技术推广站开展水稻栽培培训。")
    assert "沅陵县农业技术推广站" in _agencies(doc), _agencies(doc)
    doc = extract_text("连日来，清溪乡林管站组织人员走村入户。")
    assert "清溪乡林管站" in _agencies(doc), _agencies(doc)


def test_a_station_for_experts_is_no_agency():
    """专家工作站, 名师工作站: a station named by no government trade is no agency of the scope."""
    doc = extract_text("县教育局设立名师工作站。")
    assert not any(n.endswith("工作站") for n in _names(doc)), _names(doc)


def test_a_place_and_what_it_builds_are_no_one_name():
    """我校与吉首市合作共建直属第二附属医院: the city is a party to the building, the hospital what
    is built; no organisation opens with the city and the verb.  (上海合作组织 stays one name.)"""
    doc = extract_text("我校与怀化市合作共建直属第三附属医院。")
    assert not any("共建" in n for n in _names(doc)), _names(doc)
    doc = extract_text("学校与宜春市签约共建宜春学院附属医院。")
    assert not any("签约" in n for n in _names(doc)), _names(doc)
    doc = extract_text("上海合作组织秘书长出席会议。")
    assert "上海合作组织" in _names(doc), _names(doc)


def test_a_court_written_short_by_its_level_is_that_court():
    """湖南高院, 市中院, 南昌中院: 高院 and 中院 after a place are its high and intermediate courts,
    the same bodies as their full names (one entity, not 湖南省高院 beside 湖南省高级人民法院)."""
    doc = extract_text("10月9日，江西省高级人民法院召开会议。江西高院党组书记、院长刘明讲话。")
    names = _agencies(doc)
    assert "江西省高级人民法院" in names and "江西省高院" not in names, names
    assert _bodies(doc).get("刘明") == {"江西省高级人民法院"}, _bodies(doc)
    doc = extract_text("赣州中院召开新闻发布会。")
    assert "赣州市中级人民法院" in _agencies(doc), _agencies(doc)


def test_the_writers_own_body_is_the_first_of_its_kind():
    """县人民法院召开审委会，县人民检察院检察长列席。会议由我院院长A主持: 我院 is the writer's
    court, the first 院 the article names, not the guest procuratorate named last."""
    doc = extract_text("11月2日，松阳县人民法院召开审判委员会会议。松阳县人民检察院检察长王平应邀列席。"
                       "会议由我院院长李军主持。")
    assert _bodies(doc).get("李军") == {"松阳县人民法院"}, _bodies(doc)


def test_that_body_is_still_the_nearest():
    """县教育局…县财政局。该局局长A: 该局 (that bureau) is the one named last."""
    doc = extract_text("县教育局召开会议。会后，县财政局开展检查。该局局长王涛带队。")
    assert _bodies(doc).get("王涛") == {"县财政局"}, _bodies(doc)


def test_a_unit_listed_after_an_office_elsewhere_is_the_offices():
    """省政府驻广州办事处副主任A、经济联络处处长B: the 处 of 办事处 is no division level, so the
    联络处 listed after it is the office's own unit, not a division of the provincial government."""
    doc = extract_text("河南省政府驻广州办事处副主任王刚、经济联络处处长李静参加了活动。")
    assert _bodies(doc).get("李静") == {"河南省人民政府驻广州办事处经济联络处"}, _bodies(doc)


def test_a_party_commission_after_the_committees_post_is_the_committees():
    """省委常委、政法委书记A: 政法委 (like 宣传部) is a department of the committee just named, one
    entity with 省委政法委, never the province's 政法委 beside it."""
    doc = extract_text("据通报，甘肃省委常委、政法委书记王军涉嫌严重违纪违法。")
    names = _agencies(doc)
    assert "甘肃省政法委" not in names, names
    assert "甘肃省委政法委" in _bodies(doc).get("王军", set()), _bodies(doc)


def test_a_countys_township_written_short_before_its_station():
    """秀山…龙池派出所、妙泉司法所: in a story of the county, its township written without 镇 right
    before a station it keeps (派出所, 司法所, 财政所) is that township, and the station its agency."""
    doc = extract_text("3月2日，秀山县法院联合龙池派出所、妙泉司法所召开联系会。")
    names = _agencies(doc)
    assert {"龙池镇派出所", "妙泉镇司法所"} <= names, names


def test_a_stem_alone_or_of_no_named_county_names_no_township():
    """龙池 alone (no station after it), or 龙池派出所 in a story naming no county that has a 龙池镇,
    is no township."""
    doc = extract_text("3月2日，秀山县召开会议，龙池风景很美。")
    assert "龙池镇" not in {e.name for e in doc.entities.values()}, doc.entities
    doc = extract_text("3月2日，龙池派出所民警走访群众。")
    assert "龙池镇派出所" not in _agencies(doc), _agencies(doc)


def test_the_writers_own_body_is_the_host_of_a_visit():
    """市中级人民法院副院长到县人民法院调研…我院院长A陪同 (review of round 7): the court visited is the
    writer's (到/莅临 + body: posts_words host_verbs), not the visiting court named first."""
    doc = extract_text("6月5日，丽水市中级人民法院副院长张明到松阳县人民法院调研指导工作。"
                       "我院院长李强陪同调研。")
    assert _bodies(doc).get("李强") == {"松阳县人民法院"}, _bodies(doc)
