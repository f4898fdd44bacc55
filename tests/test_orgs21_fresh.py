"""Agencies in development-zone and provincial-department news (orgs21): a bare unit listed after a
leader's post is not always a unit of the first body of the sentence — a zone's 管委会 after a
政协 studio's post, or a bureau after an association's post, belongs to the zone (or stays as
written).  Sentences in those shapes, none copied."""
from __future__ import annotations

from conftest import extract_text, held_posts


def _bodies(text: str) -> dict[str, set[str]]:
    """person → the names of the bodies they hold a post in."""
    out: dict[str, set[str]] = {}
    for person, body, _post, _status in held_posts(extract_text(text)):
        out.setdefault(person, set()).add(body)
    return out


def test_a_zone_committee_after_a_studio_post_is_no_unit_of_the_studio():
    """市政协高新区工作室主任A，区党工委副书记、管委会副主任B: the bare 管委会 was made a unit of the
    studio (市政协高新区工作室管委会); a studio has no management committee."""
    held = _bodies("4月2日，市政协副主席王立春带队调研。市政协高新区工作室主任赵同明，"
                   "区党工委副书记、管委会副主任孙芳陪同。")
    assert not any(b.endswith("工作室管委会") for b in held.get("孙芳", ()))
    assert any(b.endswith("管委会") for b in held.get("孙芳", ()))


def test_a_zone_committee_after_a_government_post_is_no_unit_of_the_government():
    """县政府副县长A，管委会主任B: no 县政府管委会 (a zone's committee is no unit of a government)."""
    held = _bodies("5月8日，平安县政府副县长李明华，管委会主任周海涛参加会议。")
    assert not any(b.endswith("政府管委会") for b in held.get("周海涛", ()))


def test_a_bureau_after_an_association_post_is_the_zones():
    """中国X协会副秘书长A来经开区考察，经开区管委会副主任B，招商局副局长C陪同: the bureaus were made
    units of the association (协会招商局); they are the zone's that the sentence named."""
    held = _bodies("12月3日，中国园区协会副秘书长张克明一行来天水经开区考察，经开区管委会副主任石明远，"
                   "人力资源局局长李建民，招商局副局长周北海陪同考察。")
    for person in ("李建民", "周北海"):
        assert held.get(person), person
        assert not any("协会" in b for b in held[person]), held[person]
    assert "天水经开区招商局" in held["周北海"]


def test_a_bureau_after_an_association_with_no_zone_stays_as_written():
    """省X协会会长A，财政局局长B: no 协会财政局; with no zone named it stays as written."""
    held = _bodies("6月1日，省物流协会会长王大成，财政局局长刘红梅出席会议。")
    assert not any("协会" in b for b in held.get("刘红梅", ()))


def test_a_bare_zone_word_before_its_working_committee_is_the_zone_the_article_names():
    """经开区党工委书记A … 经开区是荆州…: the zone word before 党工委 had no body (no stem before
    经开区), though the article reads 经开区 as 荆州经济技术开发区; the committee is that zone's, and
    the 管委会 after it is the same zone's."""
    held = _bodies("3月2日，经开区党工委书记、管委会主任马云山主持召开周例会。"
                   "马云山强调，经开区是荆州发展的主阵地。")
    assert {"荆州经济技术开发区党工委", "荆州经济技术开发区管委会"} <= held.get("马云山", set())


def test_a_bare_zone_word_of_no_known_zone_names_no_body():
    """经开区党工委书记A with no city named: the zone is unknown, no committee is made up."""
    held = _bodies("3月2日，经开区党工委书记马云山主持召开周例会。")
    assert not any("开发区" in b for b in held.get("马云山", ()))


def test_a_unit_of_a_visiting_provinces_office_keeps_that_province():
    """A province's delegation in another province's city: 山东省政府办公厅副主任A、省工信厅副厅长B、
    省工信厅工业互联网处处长C.  The found 省工信厅 is 山东's, but its unit (工业互联网处) was named
    after the article's place (浙江省工业和信息化厅工业互联网处); a unit is its found body's."""
    held = _bodies("5月6日，河北省副省长王成在杭州考察。河北省政府办公厅副主任张健、"
                   "省工业和信息化厅副厅长高明、省工业和信息化厅产业处处长李永红参加座谈。")
    assert held.get("李永红") == {"河北省工业和信息化厅产业处"}, held.get("李永红")


def test_a_places_office_in_another_city_is_its_governments():
    """山西省驻广州办事处党组书记、主任A: written without 人民政府 the office had no body (the finder
    turns away 广州办事处, the host's name); it is the office 山西省人民政府 keeps in 广州, under the
    name it has when the government is written."""
    doc = extract_text("5月2日，湖南省驻广州办事处党组书记、主任王世明，副主任孙建华一行来访。")
    held = {(p, b) for p, b, _post, _st in held_posts(doc)}
    assert ("王世明", "湖南省人民政府驻广州办事处") in held
    assert ("孙建华", "湖南省人民政府驻广州办事处") in held
    assert not any(b == "广州市办事处" for _p, b in held)


def test_a_city_office_in_another_city_with_a_liaison_office():
    """大连市驻上海联络处主任A: a liaison office is kept the same way."""
    doc = extract_text("9月1日，大连市驻上海联络处主任王世明出席活动。")
    assert ("王世明", "大连市人民政府驻上海联络处") in {(p, b) for p, b, _s, _t in held_posts(doc)}


def test_a_unit_listed_after_a_unit_of_the_same_level_is_its_sibling():
    """法工委研究室主任A、立法规划室主任B: 立法规划室 was read inside 研究室 (…研究室立法规划室); two
    offices (室, 处) of one level are siblings under the body the first belongs to."""
    held = _bodies("10月9日，全国人大常委会法工委研究室主任孙明、立法规划室主任岳明参加座谈。")
    assert held.get("岳明") == {"全国人大常委会法制工作委员会立法规划室"}, held.get("岳明")
    held = _bodies("10月9日，省委办公厅秘书处处长孙明、综合处处长岳明参加座谈。")
    assert not any("秘书处综合处" in b for b in held.get("岳明", ()))


def test_a_relative_scoped_committee_unit_keeps_its_place():
    """省委教育工委书记A: the unit read through the found 省委 keeps the province it is in."""
    doc = extract_text("9月1日，山西省召开会议。省委教育工委书记王成出席会议。")
    located = {(doc.entities[r.subject].name, doc.entities[r.object].name)
               for r in doc.relations if r.predicate == "locatedIn"}
    assert ("山西省委教育工委", "山西省") in located


def test_a_listed_name_that_opens_the_next_body_is_no_name():
    """区农业农村局局长A、区畜牧发展中心主任B: 区 is a family name, and 区畜牧 was read as a second
    holder of 局长 (a person who is not there); the run after it holds a post, so it opens a body."""
    doc = extract_text("3月1日，平川区副区长张明、区农业农村局局长王蹇、区畜牧发展中心主任薛建社陪同调研。")
    persons = {e.name for e in doc.entities.values() if e.type == "Person"}
    assert "区畜牧" not in persons
    assert {"张明", "王蹇", "薛建社"} <= persons


def test_a_listed_name_before_an_appointment_verb_is_kept():
    """副市长A、B拟任市委常委: the post after B follows a verb; B is a name of the list."""
    doc = extract_text("11月2日，十堰市副市长沈学强、张歌明拟任十堰市委常委。")
    assert "张歌明" in {e.name for e in doc.entities.values() if e.type == "Person"}


def test_a_central_enterprise_written_short_with_group_company_is_the_group():
    """中国石化集团公司党组书记、董事长A: short form + 集团公司 stood as an organisation of its own
    beside the registered group (中国石油化工集团有限公司); it is the group."""
    doc = extract_text("8月19日，中国石化集团公司党组书记、董事长马永明在总部会见客人。")
    held = {(p, b) for p, b, _post, _st in held_posts(doc)}
    assert ("马永明", "中国石油化工集团有限公司") in held
    assert "中国石化集团公司" not in {e.name for e in doc.entities.values()}


def test_a_bare_management_committee_is_the_one_zone_the_article_names():
    """天水经开区召开大会 (title or an earlier sentence) … 管委会主任A、党工委副书记B: the bare 管委会
    stood alone, and B was given 党工委副书记 in that 管委会; both are the named zone's bodies."""
    held = _bodies("天水经开区召开招商大会\n3月1日，管委会主任张明远、党工委副书记李华强出席会议。")
    assert held.get("张明远") == {"天水经开区管委会"}
    assert held.get("李华强") == {"天水经开区党工委"}


def test_a_bare_management_committee_with_no_or_two_zones_stays_as_written():
    """No zone named (or two): the 管委会 is left as written."""
    held = _bodies("3月1日，召开招商大会。管委会主任张明远出席会议。")
    assert held.get("张明远") == {"管委会"}
    held = _bodies("3月1日，天水经开区与兰州新区签约。管委会主任张明远出席会议。")
    assert held.get("张明远") == {"管委会"}


def test_a_groups_board_secretary_and_general_counsel_are_posts():
    """中国石油集团董事会秘书A, 集团总法律顾问B: officers of a central enterprise listed with its
    vice-presidents had no post (the posts table had no such rows)."""
    doc = extract_text("中国石油集团副总经理覃伟明，中国石油集团董事会秘书王志远，中国石化总法律顾问李明远参加会见。")
    held = {(p, b, post) for p, b, post, _st in held_posts(doc)}
    assert ("王志远", "中国石油天然气集团有限公司", "董事会秘书") in held
    assert ("李明远", "中国石油化工集团有限公司", "总法律顾问") in held


def test_a_name_between_a_body_and_its_head_post_holds_the_post():
    """农业部农机化司李伟国司长, 市财政局王明副局长: the name written between the body and the head
    post of that kind of body (司 → 司长, 局 → 局长) held no post."""
    held = {(p, b, post) for p, b, post, _st in
            held_posts(extract_text("3月30日，农业部农机化司李伟明司长到广东调研。市财政局王明远副局长陪同。"))}
    assert ("李伟明", "农业部农机化司", "司长") in held
    assert any(p == "王明远" and post == "副局长" for p, _b, post in held), held


def test_a_head_post_inside_a_longer_word_is_no_post():
    """市财政局王明局长助理: 局长助理 is another post; no 局长 is read."""
    held = held_posts(extract_text("3月30日，市财政局王明远局长助理出席。"))
    assert not any(post == "局长" for _p, _b, post, _st in held)
