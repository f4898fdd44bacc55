"""Round 77 (meeting77): summaries of 政府常务会议, 政府党组会议 and 县委常委会 meetings from fresh texts of
/tmp/s26/fresh/meeting77 (上海宝山区, 福建闽侯县, 安徽太湖县, 河北阜城县, 湖北通城县).  Fixes: a leader of the level above
quoted by name and bare title (赵革书记的讲话, 吴贤德市长批示, 王某书记指出) is a person — the verbs of speech and
a meeting's 批示, 的讲话 make the name before a bare post a person's; a name after 以及 in what a meeting relays
carries its title as after 和 (以及吴贤德市长批示要求), and so does one after the 、 joining those items
(…省委常委会精神、胡春华副总理关于乡村振兴讲话); a civil servant's rank after a bare scope word
(区二级巡视员杨立红, 县一级调研员) is held in that division's government, as 副区长 is."""
from __future__ import annotations

from conftest import extract_text


def _people(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Person"}


def _holdings(doc) -> set[tuple[str, str, str]]:
    return {(doc.entities[r.subject].name, doc.entities[r.object].name, p["post"])
            for r in doc.relations if r.predicate == "holdsPost" for p in r.posts}


def test_a_leader_quoted_by_name_and_bare_title_is_a_person():
    """08-fucheng-xwcwh (阜城宣传, 河北阜城县): 会议传达了市委四届八次全会精神…赵革书记的讲话站位高、思路明
    (base: no person 赵革); the same shape with a verb of speech (赵革书记强调); 全县书记的讲话 and 缪边负责人汇报 (a village's head) name nobody."""
    doc = extract_text("县委常委会召开\n会议传达了市委四届八次全会精神,研究我县贯彻落实意见。"
                       "申文霞指出,全会是一次重要会议。赵革书记的讲话站位高、思路明、措施实。")
    assert "赵革" in _people(doc), _people(doc)
    said = extract_text("县委常委会召开\n会议传达了市委全会精神。赵革书记强调,要抓好各项工作落实。")
    assert "赵革" in _people(said), _people(said)
    common = extract_text("县委常委会召开\n会议听取了县法院工作汇报。全县书记的讲话要有针对性。")
    assert not _people(common), _people(common)  # (全县 is no name)
    village = extract_text("乡村振兴推进会召开\n会上,缪边负责人汇报了特色精品村创建工作情况。")
    assert "缪边" not in _people(village), _people(village)  # (a village's head: 负责人 stands for its unit)


def test_a_name_after_yiji_in_what_a_meeting_relays():
    """05-minhou-cwhy (闽侯乡音报, 福建闽侯县): 会议还传达学习中共中央、国务院印发的《党政机关厉行节约反对浪费条例》,
    以及吴贤德市长批示要求 (base: no person 吴贤德)."""
    doc = extract_text("县政府常务会议召开\n会议还传达学习中共中央、国务院印发的《党政机关厉行节约反对浪费条例》,"
                       "以及吴贤德市长批示要求,研究县政府初步贯彻意见。")
    assert "吴贤德" in _people(doc), _people(doc)


def test_a_titled_name_after_the_mark_joining_what_a_meeting_relays():
    """09-tongcheng-xwcwh (通城县, 湖北): 会议传达学习了…6月29日省委常委会传达学习习近平总书记考察湖北重要讲话精神、
    胡春华副总理关于乡村振兴讲话以及上级有关会议、文件精神 (base: no person 胡春华); a 、 between bodies names nobody."""
    doc = extract_text("县委常委会召开\n会议传达学习了6月29日省委常委会精神、胡春华副总理关于乡村振兴讲话以及上级有关会议精神。")
    assert ("胡春华", "国务院", "副总理") in _holdings(doc), _holdings(doc)
    bodies = extract_text("县委常委会召开\n会议听取了县财政局、高新区管委会、林业局的工作汇报。")
    assert not _people(bodies), _people(bodies)


def test_a_rank_after_a_bare_scope_word_is_held_in_its_government():
    """04-baoshan-cwhy (上海宝山区): 副区长王益群、陈尧水,区二级巡视员杨立红,区政府办公室主任申向军出席会议 (base:
    杨立红 holds no post); a 社区's rank is no district's."""
    doc = extract_text("区政府常务会议召开\n区长陈杰主持召开区政府第115次常务会议,副区长王益群、陈尧水,"
                       "区二级巡视员杨立红,区政府办公室主任申向军出席会议。")
    got = _holdings(doc)
    assert ("杨立红", "区人民政府", "二级巡视员") in got, got
    assert ("王益群", "区人民政府", "副区长") in got, got
    other = extract_text("社区工作会议召开\n区长陈杰主持会议,社区二级巡视员杨立红出席会议。")
    assert not any(n == "杨立红" and "区人民政府" in b for n, b, _ in _holdings(other)), _holdings(other)
