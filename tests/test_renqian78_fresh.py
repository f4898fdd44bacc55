"""Round 78 (renqian78): 任前公示, 人大常委会 任免 and 干部任免 news from fresh texts of
/tmp/s26/fresh/renqian78 (天津市委组织部's 任前公示 of a 成都 cadre, 遂宁 and 惠安 acting heads, 黑龙江's acting
chief procurator, 江苏's 省管干部 任前公示, 吉林's new vice-governor).  Fixes: the proposal verbs of a
任前公示 written right after a name (拟交流, 拟推荐, 拟提拔 …) end the name and make the post after them a
nominated one; a cadre's rank written with no 级 (正厅干部, 副处干部) names no hall or division of a body;
people counted by when they were born (7名出生于1975年及之后的官员) are the noun after 的, as those counted by
where they come from (来自); 中唯一 (the one among them) ends the noun of the things counted; 获 right after
a name (倪斌获公示, 李明获提名为) is the passive marker before the verb, no character of the name; a congress's
personnel act named in 《》 (…关于接受X辞去…职务的请求的决定, 任命名单) is no programme."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def _posts(doc) -> set[tuple[str, str, str, str | None]]:
    ents = {k: e.name for k, e in doc.entities.items()}
    return {(ents.get(r.subject), ents.get(r.object), p["post"], p.get("status"))
            for r in doc.relations if r.predicate == "holdsPost" for p in r.posts}


def test_a_proposal_verb_after_a_name_ends_the_name():
    """01-tianjin-xugang-renqian (澎湃新闻): 成都彭州市委书记徐刚拟交流提任天津正厅干部 (base: a person 徐刚拟
    holding the 彭州市委 post)."""
    doc = extract_text("成都彭州市委书记徐刚拟交流提任天津正厅干部\n据天津市委组织部消息，"
                       "成都市彭州市委书记徐刚拟交流提任天津正厅干部。")
    people = _names(doc, "Person")
    assert "徐刚" in people and "徐刚拟" not in people, people
    assert ("徐刚", "彭州市委", "书记", None) in _posts(doc), _posts(doc)


def test_a_proposal_verb_after_a_comma_makes_the_post_nominated():
    """08-jiangsu-75hou (澎湃新闻): 现任扬州市交通产业集团有限公司总经理朱莉莉，拟推荐提名为扬州市江都区区长人选
    (base: only the company post; the proposed 区长 was not read, unlike 拟推荐为)."""
    doc = extract_text("江苏发布任前公示\n现任扬州市交通产业集团有限公司总经理朱丽华，拟推荐提名为扬州市江都区区长人选。")
    got = _posts(doc)
    assert ("朱丽华", "江都区", "区长", "nominated") in got, got
    assert ("朱丽华", "扬州市交通产业集团有限公司", "总经理", None) in got, got


def test_a_rank_written_without_ji_is_no_body():
    """01-tianjin-xugang-renqian: …拟交流提任天津正厅干部 (base, with 拟任: an Agency 天津市正厅 and a post
    干部 held in it); a real 厅 before a post is still a body."""
    doc = extract_text("干部任前公示\n现任某县县长李明华拟任天津正厅干部。公示期为5个工作日。")
    assert not any("正厅" in n for n in _names(doc, "Agency")), _names(doc, "Agency")
    assert not any(o and "正厅" in o for _, o, _, _ in _posts(doc)), _posts(doc)
    real = extract_text("干部任前公示\n李明华拟任天津市财政厅副厅长。")
    assert ("李明华", "天津市财政厅", "副厅长", "nominated") in _posts(real), _posts(real)


def _metrics(doc) -> set[tuple[str, float, str]]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def test_people_counted_by_when_they_were_born_are_the_noun_after_de():
    """08-jiangsu-75hou (澎湃新闻): 本次共有7名出生于1975年及之后的官员拟任区县书记 (base: the indicator 出生, cut
    at 于 and the year as the date the people acted); 来自 and a date's 于 keep their readings."""
    doc = extract_text("江苏发布省管干部任前公示\n本次共有7名出生于1975年及之后的官员拟任区县书记。"
                       "全县共有30名出生于1980年以后的干部走上领导岗位。")
    got = _metrics(doc)
    assert ("官员", 7, "名") in got and ("干部", 30, "名") in got, got
    other = extract_text("县里开展巡林\n共26名县级领导于3月下旬开展巡林。本次共有12名来自基层的代表参加会议。")
    got = _metrics(other)
    assert ("县级领导", 26, "名") in got and ("代表", 12, "名") in got, got


def test_the_one_among_the_things_counted_ends_their_noun():
    """The shape of 08-jiangsu-75hou's 7人中唯一一位…: 该县是全市12个县区中唯一的国家级贫困县 (base: the indicator
    县区中唯一)."""
    doc = extract_text("某县脱贫攻坚\n该县是全市12个县区中唯一的国家级贫困县。该村是全镇16个村中唯一的省级文明村。")
    got = _metrics(doc)
    assert ("县区", 12, "个") in got and ("村", 16, "个") in got, got


def test_huo_after_a_name_is_the_passive_of_the_verb_after_it():
    """01-tianjin-xugang-renqian: 镇江市委副书记、政法委书记倪斌获公示拟交流… (base: a person 倪斌获); the same
    获 before a verb of appointment (倪斌获提拔为…区长, 李明获提名为县长候选人) lets that verb give the post."""
    doc = extract_text("天津引进干部\n镇江市委副书记、政法委书记倪斌获公示拟交流提拔任正厅职干部。")
    people = _names(doc, "Person")
    assert "倪斌" in people and "倪斌获" not in people, people
    assert ("倪斌", "镇江市委", "副书记", None) in _posts(doc), _posts(doc)
    got = _posts(extract_text("人事任免\n常务副县长李明获提名为县长候选人。"))
    assert ("李明", "县人民政府", "县长", "nominated") in got, got
    got = _posts(extract_text("人事任免\n现任灌云县县长朱兴波获任命为海州区委书记。"))
    assert ("朱兴波", "海州区委", "书记", "appointed") in got, got
    assert "刘获荣" in _names(extract_text("县里开会\n县长刘获荣出席会议。"), "Person")


def test_a_congress_s_personnel_act_in_book_quotes_is_no_programme():
    """06-heilongjiang-jianchazhang (生活报): 表决通过了《黑龙江省人民代表大会常务委员会关于接受姜伟辞去省人民检察院检察长
    职务的请求的决定》、《黑龙江省人大常委会任命名单》 (base: two Programmes, the first 'run' by the standing
    committee and implemented in 黑龙江省); a rule on appointing (任免…办法) stays a programme."""
    doc = extract_text("黑龙江省人大常委会召开会议\n会议听取了王东华作的《关于省人大常委会主任会议提请关于接受姜伟辞职和提名徐明为"
                       "省人民检察院副检察长议案的说明》。表决通过了《黑龙江省人民代表大会常务委员会关于接受姜伟辞去省人民检察院"
                       "检察长职务的请求的决定》、《黑龙江省人大常委会任命名单》。会议还表决通过了《黑龙江省人民政府任免国家机关"
                       "工作人员办法》。")
    got = _names(doc, "Programme")
    assert not any("辞" in n or "名单" in n for n in got), got
    assert "黑龙江省人民政府任免国家机关工作人员办法" in got, got
