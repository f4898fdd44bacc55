"""Round 110 (zhongxinzu110): party committees' study sessions and standing committee meetings —
莆田 and 北票 市政协党组理论学习中心组, 淮安 市人大常委会党组中心组, 宝丰 and 户县 县委常委会, a county
government's 党组理论学习中心组学习会议暨党组会议, 平凉 市委理论学习中心组学习会, 湖北 省委常委会(扩大)会议
and 福建 省机关管理局党组(扩大)会议 (fresh texts of /tmp/s27/txt/zhongxinzu110).  Fixes: 集中学习 and
大学习 no school (中学/大学 whose 学 opens 学习), 台吉 no run of 台湾 and 吉林; a bare post in a clause after ；
(…秘书长黄玉明出席；副主席林惠中、王少华列席) held in the body the clause before named, as after a comma;
a bare list of three names or more before 作交流发言 (and like cues) people, a list of villages there none;
《关于…的请示》 a request for approval, no programme."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def _posts(doc) -> set[tuple]:
    return {(doc.entities[r.subject].name, doc.entities[r.object].name, p["post"])
            for r in doc.relations if r.predicate == "holdsPost" for p in r.posts}


def test_a_study_session_is_no_school():
    """08-beipiao-zhengxie: 市政协党组理论中心组在台吉行政中心7楼会议室进行集中学习 (base: an organisation
    台吉行政中心7楼会议室进行集中学, 中学 the suffix; 台吉 a run of 台湾 and 吉林)."""
    doc = extract_text("政协要闻\n11月2日，市政协党组理论中心组在台吉行政中心7楼会议室进行集中学习。")
    assert not any("集中学" in n for n in _names(doc, "Organization")), _names(doc, "Organization")
    assert not {"台湾", "吉林省"} & _names(doc, "Place"), _names(doc, "Place")
    doc = extract_text("理论学习\n全县深入开展解放思想大学习大讨论活动。")
    assert not _names(doc, "Organization"), _names(doc, "Organization")


def test_a_school_before_its_act_stays_a_school():
    """Guard: a school's name before what it does (县第一中学召开, 北京大学学习贯彻) is kept."""
    doc = extract_text("教育动态\n县第一中学召开教学工作会议。北京大学学习贯彻会议精神。")
    assert {"县第一中学", "北京大学"} <= _names(doc, "Organization"), _names(doc, "Organization")


def test_bare_posts_after_a_semicolon_keep_the_body():
    """01-putian-zhengxie: 市政协党组副书记、副主席黄华，党组成员、秘书长黄玉明出席；副主席林惠中、王少华、
    赵爱红、陈道成列席 (base: no post for the four 副主席 after ；)."""
    doc = extract_text("市政协党组理论学习中心组学习会议召开\n3月17日，市政协党组书记、主席沈萌芽主持召开会议。"
                       "市政协党组副书记、副主席黄华，党组成员、秘书长黄玉明出席；副主席林惠中、王少华列席。")
    got = _posts(doc)
    assert ("林惠中", "市政协", "副主席") in got, got
    assert ("王少华", "市政协", "副主席") in got, got


def test_a_post_of_its_own_scope_after_a_semicolon_keeps_its_own_body():
    """Guard: a post that names its own level (副县长) after ； is held in its own body, not the clause's before."""
    doc = extract_text("县委常委会召开\n县委书记张明出席；副县长李强主持。")
    got = _posts(doc)
    assert ("李强", "县人民政府", "副县长") in got, got
    assert not any(n == "李强" and b == "县委" for n, b, _ in got), got


def test_speakers_listed_before_their_speech_are_people():
    """06-pingliang-shiwei: 田广慈、陈荣、李荣、寇景峨作交流发言 (base: none of the four a person)."""
    doc = extract_text("市委理论学习中心组学习会召开\n市委书记张柯兵主持会议并讲话。田广慈、陈荣、李荣、寇景峨作交流发言。")
    assert {"田广慈", "陈荣", "李荣", "寇景峨"} <= _names(doc, "Person"), _names(doc, "Person")


def test_villages_listed_before_their_speech_are_no_people():
    """A list of villages before the cue (王家村、李家村、张家村作交流发言; base: with 参加会议, three persons) is no
    list of people, though each item opens with a family name."""
    for cue in ("作交流发言", "参加会议"):
        doc = extract_text(f"乡村振兴推进会召开\n会上，王家村、李家村、张家村{cue}。")
        assert not {"王家村", "李家村", "张家村"} & _names(doc, "Person"), (cue, _names(doc, "Person"))


def test_a_request_for_approval_is_no_programme():
    """04-huxian-xianwei: 会议审议了县政府党组《关于审定户县全面推行农村集体“三资”管理工作实施方案的请示》、
    县总工会党组《关于评选户县劳动模范的请示》 (base: both programmes, the second run by 县总工会)."""
    doc = extract_text("县委常委会议召开\n会议审议了县政府党组《关于审定户县全面推行农村集体“三资”管理工作实施方案的请示》、"
                       "县总工会党组《关于评选户县劳动模范的请示》。")
    assert not any(n.endswith("请示") for n in _names(doc, "Programme")), _names(doc, "Programme")


def test_a_policy_opening_with_about_stays_a_programme():
    """Guard: 《关于…的实施意见》 studied at the same meeting is still a programme."""
    doc = extract_text("县委常委会议召开\n会议审议了《关于加快推进乡村振兴的实施意见》。")
    assert "关于加快推进乡村振兴的实施意见" in _names(doc, "Programme"), _names(doc, "Programme")
