"""Posts of cadre moves as provincial and city news write them: the posts a person leaves and takes
(杨某从A区区长任B县委书记), a list of names paired with posts in the next sentence (两人：A、B。本次
任命前分别任X、Y), resignations accepted by a standing committee (接受A辞去…职务、B辞去…职务的请
求), and what must not become a body: a clause before a post (副省长欧某已经中央批准担任|省委常委),
a programme's 请 (请|县委常委…), a foreign minister's ministry for a 国务委员 named after him."""
from __future__ import annotations

from conftest import held_posts, text_doc
from kg.pipeline import Pipeline

_PIPE = Pipeline(("gazetteer", "registry", "numbers", "entities", "resolve", "posts"))


def held(text: str) -> set[tuple]:
    """(person, body, post, status) of `text`."""
    return held_posts(_PIPE(text_doc(text)))


def test_from_one_post_to_another_gives_the_left_post_as_former_and_the_new_one():
    got = held("丽水市干部调整情况\n近日，杨晓东从莲都区区长任缙云县委书记；陈立群从龙泉市副市长调任遂昌县委副书记。")
    assert ("杨晓东", "莲都区", "区长", "former") in got
    assert ("杨晓东", "缙云县委", "书记", "appointed") in got
    assert ("陈立群", "龙泉市", "副市长", "former") in got
    assert ("陈立群", "遂昌县委", "副书记", "transferred") in got


def test_from_as_part_of_a_word_after_a_name_is_no_move():
    got = held("缙云县召开座谈会\n会上，杨晓东从事农业技术推广多年，现任县农业农村局副局长。")
    assert not {g for g in got if g[3] == "former"}


def test_names_paired_with_posts_in_the_next_sentence():
    got = held("嘉兴市干部任前公示\n由县委书记任设区市副市长的两人：沈建中、吴丽萍。本次任命前分别任海盐县委书记、"
               "平湖市委书记。")
    assert ("沈建中", "海盐县委", "书记", "former") in got
    assert ("吴丽萍", "平湖市委", "书记", "former") in got
    assert not {g for g in got if g[0] == "沈建中" and g[1] == "平湖市委"}


def test_names_paired_across_sentences_only_when_the_counts_agree():
    got = held("嘉兴市干部任前公示\n拟提拔的三人：沈建中、吴丽萍、周海。本次任命前分别任海盐县委书记、平湖市委书记。")
    assert not {g for g in got if g[0] in ("沈建中", "吴丽萍", "周海")}


def test_an_earlier_word_before_respectively_makes_the_posts_former():
    got = held("嘉兴市干部任前公示\n沈建中、吴丽萍此前分别任海盐县委书记、平湖市委书记。")
    assert ("沈建中", "海盐县委", "书记", "former") in got
    assert ("吴丽萍", "平湖市委", "书记", "former") in got


def test_resignations_accepted_by_the_standing_committee_are_removals():
    got = held("广元市人大常委会举行会议\n会议决定接受林国强辞去广元市人民政府市长职务、何明辞去广元市监察委员会"
               "主任职务的请求。会议同意吴秀英辞去广元市人民政府副市长职务。")
    assert ("林国强", "广元市", "市长", "removed") in got
    assert ("何明", "广元市监察委员会", "主任", "removed") in got
    assert ("吴秀英", "广元市", "副市长", "removed") in got


def test_accepting_something_else_names_no_person():
    got = held("广元市召开会议\n会议接受群众监督，王府井商场辞去了部分员工。")
    assert not got


def test_a_clause_before_a_post_is_no_body():
    got = held("四川省人大常委会举行会议\n省人大常委会主任陈光明说，副省长张建华已经中央批准担任省委常委，副省长刘志"
               "和省人大常委会副主任李永红因年龄到限，请求辞去现任职务。")
    bodies = {g[1] for g in got}
    assert not [b for b in bodies if "批准" in b or "担任" in b]
    assert ("刘志", "四川省", "副省长", None) in got


def test_a_programmes_please_is_no_part_of_the_body():
    got = held("彬州市重点项目集中开工仪式\n第三项，请市委常委、常务副市长高建峰同志讲话；第四项，请市委副书记、"
               "市人大常委会主任李国民同志宣布开工令。")
    assert not [g for g in got if g[1].startswith("请")]
    assert ("高建峰", "彬州市委", "常委", None) in got
    assert ("李国民", "彬州市委", "副书记", None) in got


def test_a_state_councillor_after_a_list_of_foreign_ministers_holds_no_post_in_their_ministry():
    got = held("外交部发言人宣布王毅将访问南非\n发言人宣布，应南非国际关系与合作部长潘多尔、瑞士联邦委员兼外交部长"
               "卡西斯邀请，国务委员兼外交部长王毅将对两国进行正式访问。")
    assert not {g for g in got if g[0] == "王毅" and g[1] != "外交部"}
    assert ("王毅", "外交部", "部长", None) in got


def test_the_verb_before_a_named_persons_posts_gives_the_posts_after_the_name():
    got = held("房县人大常委会召开会议\n会议审议表决通过有关人事任免事项，任命县委副书记纪道清同志为县人民政府副县长、"
               "代理县长。")
    assert ("纪道清", "房县", "副县长", "appointed") in got
    assert ("纪道清", "房县", "代理县长", "appointed") in got
    assert ("纪道清", "房县县委", "副书记", None) in got
    assert not [g for g in got if "任命" in g[1]]


def test_a_name_after_its_posts_with_for_and_no_verb_takes_no_posts():
    got = held("永丰县召开会议\n县委副书记王明为大家作报告。")
    assert {g for g in got if g[0] == "王明"} == {("王明", "永丰县委", "副书记", None)}


def test_respectively_pairs_posts_joined_by_and():
    got = held("荣县乡镇党委换届\n李强、丁敦武分别当选为荣县高山镇党委书记和荣县乐德镇党委书记。")
    assert ("李强", "高山镇党委", "书记", "elected") in got
    assert ("丁敦武", "乐德镇党委", "书记", "elected") in got
    assert not {g for g in got if g[0] == "李强" and g[1] == "乐德镇党委"}


def test_respectively_with_a_post_in_no_body_read_pairs_nobody():
    got = held("荣县乡镇党委换届\n李强、丁敦武分别当选为荣县雷音乡党委书记和高山镇党委书记。")
    assert not {g for g in got if g[0] in ("李强", "丁敦武")}


def test_respectively_with_one_post_gives_it_to_every_name():
    got = held("永丰县人事任免\n李强、丁敦武分别任县委常委。")
    assert ("李强", "永丰县委", "常委", "appointed") in got
    assert ("丁敦武", "永丰县委", "常委", "appointed") in got


def test_taking_over_a_post_is_an_appointment_and_the_name_ends_before_it():
    got = held("宁夏调整干部\n姜志刚调离宁夏后，张柱接任银川市委书记，此前张柱任固原市委书记。")
    assert ("张柱", "银川市委", "书记", "appointed") in got
    assert ("张柱", "固原市委", "书记", "former") in got
    assert not [g for g in got if g[0] == "张柱接"]


def test_currently_before_a_name_makes_no_former_post():
    got = held("宁夏调整干部\n会议指出，当前张柱任银川市委书记。")
    assert not {g for g in got if g[3] == "former"}


def test_a_department_listed_after_a_government_post_is_named_by_the_place_not_the_government():
    got = held("广西壮族自治区主席会见参访团\n自治区政府秘书长莫恭明、教育厅厅长秦斌、办公厅副主任王强参加会见。")
    assert ("秦斌", "广西壮族自治区教育厅", "厅长", None) in got
    assert ("王强", "广西壮族自治区人民政府办公厅", "副主任", None) in got
    assert ("莫恭明", "广西壮族自治区人民政府", "秘书长", None) in got


def test_a_unit_written_out_before_its_heads_post_is_not_read_through_the_post():
    got = held("彬州市举行开工仪式\n我们邀请到市档案局副局长邢小平、秘书科科长赵军堂出席今天的开工仪式。")
    assert not [g for g in got if g[1].endswith("科科")]
    assert ("邢小平", "彬州市档案局", "副局长", None) in got
    got = held("永丰县召开会议\n县委宣传部长王明、县公安局长李强出席。")
    assert ("王明", "永丰县委宣传部", "部长", None) in got


def test_respectively_followed_by_for_pairs_names_and_posts_with_the_verb_before_the_names():
    got = held("永丰县人大常委会举行会议\n会议选举李强、丁敦武分别为县人大常委会副主任、秘书长。")
    assert ("李强", "永丰县人大常委会", "副主任", "elected") in got
    assert ("丁敦武", "永丰县人大常委会", "秘书长", "elected") in got
    got = held("永丰县领导分工调整\n李强、丁敦武分别为县农业局局长、县林业局局长。")
    assert ("李强", "永丰县农业局", "局长", None) in got
    assert ("丁敦武", "永丰县林业局", "局长", None) in got


def test_respectively_for_the_audience_is_no_post():
    got = held("永丰县召开会议\n会上，李强、丁敦武分别为大家介绍了情况。")
    assert not got
