"""Round 73 (appoint73): appointments, removals and resignations decided by the standing committees of
district, county and city people's congresses (fresh texts of /tmp/s26/fresh/appoint73: 济源, 甘谷, 上海长宁
and 黄浦, 天津滨海新区, 平顶山新华区, 襄阳樊城区, 邵阳北塔区).  Fixes (kg/stages/posts.py, kg/model.py): a
post a verb of proposal gives, followed by 人选 and names (…部长龚某，拟任区人民政府副区长人选赵某、董某), is the
named candidates', not the guest's before the verb; a 决定任命: list a scraped page wrote with a space after the
colon still carries its verb to the first item; a name with 等N名同志 after it (申某等3名同志为…委员) takes the
post the carried verb gives; the verb of the meeting (主持, 出席) is no given name (主任石|主持, a page that lost
the name); a post proposed (nominated) and appointed later in the same document keeps the decision; 组成部门 and
组成人员 (a government's member departments, a committee's members) one noun after a count (metric_cues.tsv);
a district name several cities share (新华区) is the one whose own town the article names (焦店镇; kg/stages/gazetteer.py)."""
from __future__ import annotations

from conftest import extract_text


def _people(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Person"}


def _posts(doc) -> set[tuple[str, str, str, str | None]]:
    """(person, body, post, status) of every holdsPost."""
    ents = doc.entities
    return {(ents[r.subject].name, ents[r.object].name, p["post"], p.get("status"))
            for r in doc.relations if r.predicate == "holdsPost" for p in r.posts}


def test_candidates_named_after_the_proposed_post_are_its_holders():
    """06-xinhua-district-pds (平顶山新华区): 区委常委、区委组织部部长龚宪君,拟任区人民政府副区长人选赵海洋、董冲、
    朱平生,…列席会议 (base: 龚宪君 nominated 副区长 as well as the three candidates)."""
    doc = extract_text("新华区人大常委会举行会议\n8月13日,区十届人大常委会第三十六次会议召开。区委常委、区委组织部部长"
                       "龚宪君,拟任区人民政府副区长人选赵海洋、董冲、朱平生,区人民法院院长杨红卫列席会议。")
    got = _posts(doc)
    assert not any(p == "龚宪君" and post == "副区长" for p, _, post, _ in got), got
    assert ("龚宪君", "区委组织部", "部长", None) in got, got
    assert {p for p, _, post, st in got if post == "副区长" and st == "nominated"} == {"赵海洋", "董冲", "朱平生"}, got
    # negative: a resume line whose own person is the candidate (no name after 人选) keeps the proposal
    doc = extract_text("泾县干部任前公示\n王立新,男,汉族,1975年生,现任泾县财政局局长,拟任泾县人民政府副县长人选。")
    assert any(p == "王立新" and post == "副县长" and st == "nominated" for p, _, post, st in _posts(doc)), _posts(doc)


def test_a_list_after_a_colon_and_a_scraped_space_takes_the_verb():
    """07-fancheng-district-list (襄阳樊城区): …常务委员会任命名单 (…通过) 决定任命: 余兴军为樊城区人民政府副区长
    (base: no person 余兴军 at all)."""
    doc = extract_text("樊城区人大常委会召开会议\n樊城区人民代表大会常务委员会任命名单 决定任命: 余兴军为樊城区人民政府副区长。")
    assert ("余兴军", "樊城区", "副区长", "appointed") in _posts(doc), _posts(doc)


def test_a_name_and_the_count_of_others_appointed_with_it():
    """06-xinhua-district-pds: 任命吕洪武、谢登魁为区监察委员会副主任,申永杰等3名同志为区监察委员会委员
    (base: 申永杰 a person of no post)."""
    doc = extract_text("新华区人大常委会举行会议\n会议进行了人事任免,任命吕洪武、谢登魁为区监察委员会副主任,"
                       "申永杰等3名同志为区监察委员会委员。")
    got = _posts(doc)
    assert ("申永杰", "区监察委员会", "委员", "appointed") in got, got
    assert ("谢登魁", "区监察委员会", "副主任", "appointed") in got, got


def test_the_meeting_s_verb_is_no_given_name():
    """09-huangpu-district (上海黄浦): 会议由区人大常委会主任石主持 — a page that lost the given name (base: a
    person 石主持, 主任 of the committee)."""
    doc = extract_text("黄浦区人大常委会召开会议\n10月27日上午,会议由区人大常委会主任石主持。")
    assert "石主持" not in _people(doc), _people(doc)
    doc = extract_text("黄浦区人大常委会召开会议\n10月27日上午,会议由区人大常委会主任石伟主持。")  # negative
    assert ("石伟", "黄浦区人大常委会", "主任", None) in _posts(doc), _posts(doc)


def test_a_candidate_appointed_later_holds_the_post_appointed():
    """06-xinhua-district-pds: 拟任区人民政府副区长人选赵海洋、董冲…列席会议 … 任命赵海洋、董冲为区人民政府副区长
    (base: the post kept the first status read, nominated)."""
    doc = extract_text("新华区人大常委会举行会议\n8月13日上午,区十届人大常委会第三十六次会议召开。拟任区人民政府副区长"
                       "人选赵海洋、董冲列席会议。\n会议进行了人事任免,任命赵海洋、董冲为区人民政府副区长。")
    got = _posts(doc)
    assert ("赵海洋", "区人民政府", "副区长", "appointed") in got, got
    assert ("董冲", "区人民政府", "副区长", "appointed") in got, got
    doc = extract_text("泾县干部任前公示\n拟任泾县人民政府副县长人选王立新列席会议。")  # negative: no decision told
    assert any(p == "王立新" and post == "副县长" and st == "nominated" for p, _, post, st in _posts(doc)), _posts(doc)


def test_a_government_s_member_departments_are_one_noun():
    """08-beita-district (邵阳北塔区): 20位区政府组成部门负责人和6位区人民法院庭长、副庭长全部作了任职表态发言 (base:
    the indicator 区政府, 组成 read as the verb that ends the noun)."""
    doc = extract_text("北塔区人大常委会举行会议\n20位区政府组成部门负责人和6位区人民法院庭长、副庭长全部作了任职表态发言。"
                       "25名常委会组成人员出席会议。")
    got = {(m.indicator, m.value) for m in doc.metrics}
    assert ("区政府组成部门负责人", 20) in got and ("常委会组成人员", 25) in got, got
    doc = extract_text("北京由333个街乡镇组成。")  # negative: 组成 still the verb after a noun
    assert ("街乡镇", 333) in {(m.indicator, m.value) for m in doc.metrics}


def test_a_district_shared_by_several_cities_is_the_one_whose_town_is_named():
    """06-xinhua-district-pds: …会议在新华区人大常委会会议室召开…焦店镇人大主席团主席…列席会议 (新华区: a district
    of 石家庄, 沧州 and 平顶山; 焦店镇 is 平顶山's; base: 新华区 unresolved, the article's place 焦店镇)."""
    doc = extract_text("区十届人大常委会举行第三十六次会议\n8月13日上午,区十届人大常委会第三十六次会议在新华区人大常委会"
                       "会议室召开。区人民法院院长杨红卫,焦店镇人大主席团主席,各街道人大工委主任列席会议。")
    assert doc.articles[0].place == "place-410402", doc.articles[0].place
    doc = extract_text("区十届人大常委会举行第三十六次会议\n8月13日上午,区十届人大常委会第三十六次会议在新华区人大常委会"
                       "会议室召开。区人民法院院长杨红卫,各街道人大工委主任列席会议。")  # negative: no town, no guess
    assert doc.articles[0].place != "place-410402", doc.articles[0].place
