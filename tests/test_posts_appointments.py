"""Appointment and removal notices as cities and districts publish them (任免决定): given names that
open with a character that is a particle elsewhere (侯为东), and lists of posts taken away that run
over commas up to 职务."""
from __future__ import annotations

from conftest import text_doc
from kg.pipeline import Pipeline

_PIPE = Pipeline(("gazetteer", "numbers", "entities", "resolve", "posts"))


def posts(text: str) -> set[tuple[str, str, str, str | None]]:
    doc = _PIPE(text_doc(text, "t"))
    out = set()
    for r in doc.relations:
        if r.predicate == "holdsPost":
            s, o = doc.entities[r.subject], doc.entities[r.object]
            out |= {(s.name, o.name, p["post"], p["status"]) for p in r.posts}
    return out


def test_a_given_name_opening_with_wei_is_read_before_the_verbs_wei():
    got = posts("漳州市人大常委会召开会议\n会议决定任命侯为东为漳州市人民政府副市长。")
    assert ("侯为东", "漳州市", "副市长", "appointed") in got


def test_a_given_name_opening_with_wei_before_tongzhi_and_a_removal():
    got = posts("芗城区召开领导干部大会\n侯为东同志不再担任中共漳州市芗城区委书记、常委职务。")
    assert ("侯为东", "芗城区委", "书记", "removed") in got


def test_a_particle_that_runs_into_a_clause_is_no_name():
    got = posts("邯郸市召开会议\n副市长张为大家讲解了政策。副市长李和群众交流。")
    assert not {p for p in got if p[0].startswith(("张为", "李和"))}


def test_removed_posts_listed_over_commas_up_to_zhiwu():
    got = posts("漳州市召开会议\n刘志强同志不再担任漳州市人民政府党组成员，"
                "中共漳州市委古雷港经济开发区工作委员会副书记、委员职务。")
    assert ("刘志强", "漳州市人民政府", "党组成员", "removed") in got
    assert ("刘志强", "漳州市委古雷港经济开发区工作委员会", "副书记", "removed") in got


def test_a_comma_without_zhiwu_ends_the_removed_posts():
    got = posts("邯郸市召开会议\n王建国不再担任邯郸市财政局局长，调任邯郸市审计局工作。")
    assert ("王建国", "邯郸市财政局", "局长", "removed") in got
    assert not {p for p in got if p[1] == "邯郸市审计局"}


VISIT = ("上海市崇明区党政代表团到镇康县考察调研\n10月15日，上海市崇明区委书记唐海龙率上海市崇明区党政代表团"
         "深入我县考察调研。县委书记李玉学，县委副书记、县人民政府县长董万春陪同调研。")


def test_the_hosts_county_committee_in_a_visit_story_not_the_visitors_district():
    got = posts(VISIT)
    assert ("唐海龙", "崇明区委", "书记", None) in got
    assert ("李玉学", "镇康县委", "书记", None) in got
    assert ("董万春", "镇康县", "县长", None) in got
    assert not {p for p in got if p[0] in ("李玉学", "董万春") and p[1].startswith("崇明")}


def test_a_county_scope_never_names_a_district_of_the_text():
    """No county of the text is written with 县: 县委 stays unnamed rather than 崇明区's."""
    got = posts("崇明区召开干部大会\n崇明区委书记唐海龙出席会议。县委书记李玉学介绍了对口帮扶情况。")
    assert ("唐海龙", "崇明区委", "书记", None) in got
    assert not {p for p in got if p[0] == "李玉学" and p[1].startswith("崇明")}


def test_a_delegation_clause_before_a_post_is_no_body():
    got = posts("上海市崇明区横沙乡人民政府代表团赴云县开展东西部扶贫协作工作\n"
                "横沙乡人民政府代表团一行在县委常委、县人民政府副县长罗成贵等领导的陪同下深入幸福镇调研。")
    assert not {p for p in got if "一行" in p[1]}
    assert ("罗成贵", "云县", "副县长", None) in got


def test_a_verb_after_a_two_character_name_is_not_part_of_it():
    """应…外交部长王毅邀请，: 邀请 closes the name; it does not make a four-character one."""
    got = posts("外交部发言人宣布\n外交部发言人汪文斌1日宣布：应中共中央政治局委员、外交部长王毅邀请，"
                "越南外长裴青山将访问中国。")
    assert ("王毅", "外交部", "部长", None) in got
    assert not {p for p in got if p[0].startswith("王毅") and p[0] != "王毅"}


def test_a_post_after_an_unread_body_is_not_the_previous_persons_body():
    got = posts("泉港区召开座谈会\n区委组织部副部长施德林，区农水局副局长庄延平，"
                "区委非公企业和社会组织工委专职副书记刘建荣等参加此次活动。")
    assert ("庄延平", "泉港区农水局", "副局长", None) in got
    assert not {p for p in got if p[0] == "刘建荣" and p[1] == "泉港区农水局"}


def test_a_qualified_post_after_a_comma_still_inherits_the_body():
    got = posts("开江县召开会议\n县农业农村局局长张三，专职副局长李四出席。")
    assert ("李四", "开江县农业农村局", "副局长", None) in got


def test_a_found_party_department_after_a_committee_post_is_that_committees():
    got = posts("刘献祥主委带队赴仙游县大济镇开展调研\n中共莆田市委常委、统战部部长黄珍耀参加调研。")
    assert ("黄珍耀", "莆田市委统战部", "部长", None) in got


def test_a_reports_byline_post_and_name_apart_on_one_line():
    got = posts("咸丰县政府工作报告\n——2024年12月26日在咸丰县第十九届人民代表大会第四次会议上\n"
                "县人民政府县长 覃正炜\n各位代表：现在，我代表县人民政府向大会报告工作。")
    assert ("覃正炜", "咸丰县", "县长", None) in got


def test_a_line_of_words_after_a_space_is_no_byline():
    got = posts("咸丰县政府工作报告\n县人民政府县长 主持会议\n各位代表：")
    assert not got
