"""Round 65 (appoint65): appointments, removals and resignations decided by the standing committees of
county and city people's congresses (fresh texts of /tmp/s26/fresh/appoint65: 清徐, 西昌, 临沧, 丹阳,
济南, 武汉, 南皮) and cadre notices before appointment (任前公示 of 湖南 and 肇庆).  Fixes: a three-character name whose first two characters jieba tags as a place
(魏国|荣) read as the person after a notice's verb (选举任命魏国荣同志为…); the second item of a removal
list (免去A同志…职务、B同志…职务) removed too; the leaders of a people's congress or a CPPCC named as a
group (市人大领导A、B…出席) read as persons; an acting post given to 其 in the clause after an appointment
(任命A为…副市长，并决定其为代理市长) given to the person appointed; a resume line's name read up to the
comma before the sex (陈敬就,男,…: 就 no adverb there); a resume's dates (1976年7月出生, 1999年10月参加工作) no
figure's period."""
from __future__ import annotations

from conftest import extract_text


def _people(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Person"}


def _places(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Place"}


def _posts(doc) -> set[tuple[str, str, str, str | None]]:
    """(person, body, post, status) of every holdsPost."""
    ents = doc.entities
    return {(ents[r.subject].name, ents[r.object].name, p["post"], p.get("status"))
            for r in doc.relations if r.predicate == "holdsPost" for p in r.posts}


def test_a_name_after_a_notice_verb_is_no_ancient_state():
    """07-danyang-changweihui (丹阳市人大常委会): 会议通过无记名投票方式选举任命魏国荣同志为丹阳市人民政府副市长
    (base: a Place 魏国 and no person 魏国荣)."""
    doc = extract_text("丹阳市人大常委会召开会议\n会议通过无记名投票方式选举任命魏国荣同志为丹阳市人民政府副市长。")
    assert "魏国" not in _places(doc), _places(doc)
    assert "魏国荣" in _people(doc), _people(doc)
    assert ("魏国荣", "丹阳市", "副市长", "appointed") in _posts(doc), _posts(doc)
    doc = extract_text("邯郸市文物局举办讲座\n讲座介绍了战国时期魏国的都城。")  # negative: no name's shape after it
    assert not any(p.startswith("魏国") for p in _people(doc)), _people(doc)


def test_the_second_item_of_a_removal_list_is_removed_too():
    """04-xichang-daishizhang (西昌市): 票决同意免去马廷贵同志西昌市人民政府市长职务、徐阳同志西昌市人民政府
    副市长职务 (base: 徐阳 a person with no post)."""
    doc = extract_text("西昌市人大常委会举行会议\n会议票决同意免去马廷贵同志西昌市人民政府市长职务、"
                       "徐阳同志西昌市人民政府副市长职务。")
    got = _posts(doc)
    assert ("马廷贵", "西昌市", "市长", "removed") in got, got
    assert ("徐阳", "西昌市", "副市长", "removed") in got, got


def test_a_removal_list_of_county_bodies():
    """The same shape with a county's bureau: each item keeps its own body and post."""
    doc = extract_text("某县人大常委会举行会议\n会议决定免去王刚同志县人民政府副县长职务、李明同志县教育局局长职务。")
    got = _posts(doc)
    assert ("李明", "县教育局", "局长", "removed") in got, got
    assert ("王刚", "县人民政府", "副县长", "removed") in got, got
    # negative: a 、 that closes no removal item (no 职务 before it) carries no removal
    doc = extract_text("某县召开会议\n县长王刚、李明同志县教育局局长出席会议。")
    assert not any(s == "removed" for _, _, _, s in _posts(doc)), _posts(doc)


def test_the_leaders_of_a_congress_named_as_a_group_are_persons():
    """07-danyang-changweihui: 市人大领导李忠法、马耿良、周爱仙、蒋明辉、符红海、韩静慧、蔡国璐出席会议 (base: none
    of the seven a person)."""
    doc = extract_text("丹阳市人大常委会召开会议\n市人大领导李忠法、马耿良、周爱仙、蒋明辉出席会议,"
                       "市委常委、常务副市长赵立群列席会议。")
    assert {"李忠法", "马耿良", "周爱仙", "蒋明辉"} <= _people(doc), _people(doc)


def test_the_leaders_of_a_cppcc_named_as_a_group_are_persons():
    """The same for a county's CPPCC (县政协领导王某、李某出席), and no person from 领导班子."""
    doc = extract_text("某县政协召开常委会议\n县政协领导王建国、李红出席。县政协领导班子成员参加学习。")
    assert {"王建国", "李红"} <= _people(doc), _people(doc)
    assert not any("班子" in p for p in _people(doc)), _people(doc)


def test_an_acting_head_decided_for_him_after_his_appointment():
    """06-lincang-xuanshi (临沧市人大常委会): 决定任命杜建辉为临沧市人民政府副市长,并决定其为代理市长 (base: only
    副市长; the acting mayor's post lost on 其)."""
    doc = extract_text("临沧市人大常委会举行会议\n会议决定任命杜建辉为临沧市人民政府副市长,并决定其为代理市长。")
    assert ("杜建辉", "临沧市", "代理市长", "appointed") in _posts(doc), _posts(doc)
    # negative: 其 after a verb that gives no post (要求) takes none
    doc = extract_text("某县人大常委会举行会议\n会议任命李明为县教育局局长，并要求其尽快到岗。")
    assert {(n, b, p) for n, b, p, _ in _posts(doc)} == {("李明", "县教育局", "局长")}, _posts(doc)


def test_a_resume_line_s_name_runs_to_the_comma_before_the_sex():
    """13-zhaoqing-gongshi (肇庆市管干部任职前公示): 陈敬就,男,1974年5月出生,…,现任市纪委宣传部部长,拟任市纪委常委
    (base: a person 陈敬, 就 read as an adverb, and none of his posts)."""
    doc = extract_text("肇庆市管干部任前公示\n陈敬就,男,1974年5月出生,中专,现任市纪委宣传部部长,拟任市纪委常委。\n"
                       "张为,男,1975年5月出生,现任市财政局科长。")
    assert "陈敬就" in _people(doc) and "陈敬" not in _people(doc), _people(doc)
    got = _posts(doc)
    assert ("陈敬就", "肇庆市纪委宣传部", "部长", None) in got, got
    assert ("陈敬就", "肇庆市纪委", "常委", "nominated") in got, got
    assert ("张为", "肇庆市财政局", "科长", None) in got, got  # (a name the finder reads whole stays as it is)


def test_a_resume_s_birth_date_is_no_figure_s_time():
    """13-zhaoqing-gongshi: 叶晓芬,女,1976年7月出生,…(基层工作经历不满2年,属破格提拔) (base: the figure's period
    1976-07, the month she was born); a birth year closing its clause only (2023年出生人口 keeps its year)."""
    doc = extract_text("肇庆市管干部任前公示\n叶晓芬,女,1976年7月出生,大学,1999年10月参加工作,现任市政协机关人事科科长,"
                       "拟提名为市政协专门委员会副职人选(基层工作经历不满2年,属破格提拔)。")
    assert not any((m.period or "").startswith(("1976", "1999")) for m in doc.metrics), \
        [(m.indicator, m.period) for m in doc.metrics]
    doc = extract_text("某县统计公报\n2023年出生人口1.2万人,死亡人口0.9万人。")
    assert {(m.indicator, m.period) for m in doc.metrics} >= {("出生人口", "2023")}, \
        [(m.indicator, m.period) for m in doc.metrics]
