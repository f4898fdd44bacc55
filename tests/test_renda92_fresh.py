"""Round 92 (renda92): 人大/政协 news, second pass — city 人大常委会 meetings and their 任免 (泉州, 漳州, 中山,
湖州, 青岛), a province's report on its deputies' 建议 (四川), a province's press conference on 议案 and 建议
(山东), a city 政协 session's 提案 count (青岛), a city 政协 chairman's visit to a county 政协 (眉山/丹棱) and a
city 人大's note on the 任免 powers (十堰), from Fujian, Guangdong, Zhejiang, Shandong, Sichuan and Hubei (fresh texts of /tmp/s26/fresh/renda92).  Fixes: the
person of a resignation accepted with no post written (关于接受于冲辞职请求的决定) read as a person; a name
opening a clause, the reason of a request and the word asking it before the post left (于冲因已调任…党组书记，
请求辞去市政府副市长职务) read as that person leaving the post; a count of proposals before a list of the
rates taken over them (200余件代表建议办结率、沟通率、满意度均达到100%) no figure of its own, each rate of the
list the shared figure, and a count's 余 no word of the rate after it (no indicator 件代表建议办结率); a
court's 审判员 and a procuratorate's 检察员, appointed by name in 任免 lists, posts."""
from __future__ import annotations

from conftest import extract_text


def _persons(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Person"}


def _metrics(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def _held(doc) -> set[tuple]:
    out = set()
    for r in doc.relations:
        if r.predicate != "holdsPost":
            continue
        for p in r.posts or []:
            out.add((doc.entities[r.subject].name, doc.entities[r.object].name, p["post"], p.get("status")))
    return out


def test_the_person_of_a_resignation_accepted_is_a_person():
    """05-qingdao-changweihui: 第二次全体会议表决通过《青岛市人民代表大会常务委员会关于接受于冲辞职请求的决定》
    (base: no person 于冲; 接受X辞去…职务的请求 was read, 接受X辞职请求 with no post written was not).  A
    request accepted with no name before it names no one."""
    doc = extract_text("任免\n会议表决通过《青岛市人民代表大会常务委员会关于接受于冲辞职请求的决定》。")
    assert "于冲" in _persons(doc), _persons(doc)
    doc = extract_text("任免\n会议表决通过关于接受王冲辞职的请求的决定。")
    assert "王冲" in _persons(doc), _persons(doc)
    doc = extract_text("任免\n会议决定接受辞职请求。同意全体辞职请求。")
    assert not _persons(doc), _persons(doc)


def test_a_name_asking_to_leave_a_post_after_its_reason_leaves_it():
    """05-qingdao-changweihui: 于冲因已调任山东省旅游局党组书记，请求辞去市政府副市长职务 (base: no person, no
    post left; 王某辞去… alone was read).  The reason may be a listed one (因工作调动) or any clause of 因 when
    请求/申请 follows its comma; 因病住院，请求社会帮助 asks for no post to be left."""
    doc = extract_text("任免\n青岛市人大常委会举行会议。于冲因已调任山东省旅游局党组书记,请求辞去市政府副市长职务。")
    assert ("于冲", "青岛市", "副市长", "removed") in _held(doc), _held(doc)
    doc = extract_text("任免\n青岛市人大常委会举行会议。王书坚因工作调动,申请辞去市政府副市长职务。")
    assert ("王书坚", "青岛市", "副市长", "removed") in _held(doc), _held(doc)
    doc = extract_text("任免\n青岛市人大常委会举行会议。王书坚因病住院,请求社会帮助。")
    assert not _held(doc), _held(doc)


def test_a_count_before_a_list_of_rates_names_their_set():
    """07-shandong-yian: 常委会重点督办的200余件代表建议办结率、沟通率、满意度均达到100% (base: 代表建议办结率
    200件, and only 满意度 100%).  The count names the proposals the rates are taken over; each rate of the
    list is 100%.  A count before a single rate after 均 stays a count (30个乡镇和200个村覆盖率均达到100%:
    as before, 村 200个)."""
    doc = extract_text("人大\n常委会重点督办的200余件代表建议办结率、沟通率、满意度均达到100%。")
    got = _metrics(doc)
    assert {("代表建议办结率", 100, "%"), ("沟通率", 100, "%"), ("满意度", 100, "%")} <= got, got
    assert not any(u == "件" for _, _, u in got), got
    doc = extract_text("人大\n全县30个乡镇和200个村覆盖率均达到100%。")
    assert ("村", 200, "个") in _metrics(doc), _metrics(doc)


def test_a_counts_approximation_is_no_word_of_the_rate_after_it():
    """07-shandong-yian (the same sentence with one rate): 200余件代表建议办结率达到100% (base: indicator
    件代表建议办结率 — the figure before was read as 200余, its unit left to open the rate's words).  A
    number that is a name (12345热线) is kept whole."""
    doc = extract_text("人大\n常委会重点督办的200余件代表建议办结率达到100%。")
    assert ("代表建议办结率", 100, "%") in _metrics(doc), _metrics(doc)
    doc = extract_text("人大\n全市200多家企业用工率达到90%。")
    assert ("企业用工率", 90, "%") in _metrics(doc), _metrics(doc)
    doc = extract_text("热线\n全市12345热线受理率、办结率均达100%。")
    assert ("12345热线受理率", 100, "%") in _metrics(doc), _metrics(doc)


def test_rates_and_a_degree_listed_share_their_figure():
    """07-shandong-yian: …办结率、沟通率、满意度均达到100% — a list mixing rates (率) and a degree (度) shares
    the figure as a list of rates does (base: only 满意度).  Items of another kind (办结率、工作进展均为…)
    are no such list."""
    doc = extract_text("建议办理\n全市按时办结率、群众满意度均为100%。")
    assert {("按时办结率", 100, "%"), ("群众满意度", 100, "%")} <= _metrics(doc), _metrics(doc)
    doc = extract_text("建议办理\n全市办结率、工作进展均为100%。")
    assert ("办结率", 100, "%") not in _metrics(doc), _metrics(doc)


def test_a_courts_judge_and_a_prosecutor_are_posts_a_congress_appoints():
    """10-shiyan-renmianquan: 任免最高人民法院副院长、审判委员会委员、庭长、副庭长、审判员等 … 任免最高人民检察院
    副检察长、检察委员会委员、检察员 — the posts of a court and a procuratorate a 人大常委会 appoints by name; in a
    任免 list of 01-quanzhou-renmian's shape (任命刘某为丹棱县人民法院审判员, 免去周某的…人民检察院检察员职务) base
    read no post (审判员 and 检察员 were no posts).  The word with no name (审判员要加强学习) names no one."""
    doc = extract_text("任免名单\n三、任命：\n刘洋为丹棱县人民法院审判员。\n四、免去：\n周平的丹棱县人民检察院检察员职务。")
    held = _held(doc)
    assert ("刘洋", "丹棱县人民法院", "审判员", "appointed") in held, held
    assert ("周平", "丹棱县人民检察院", "检察员", "removed") in held, held
    doc = extract_text("任免\n会议决定任命刘洋为丹棱县人民法院副院长、审判委员会委员、审判员。")
    assert ("刘洋", "丹棱县人民法院", "审判员", "appointed") in _held(doc), _held(doc)
    doc = extract_text("法院\n助理审判员和书记员参加培训，审判员要加强学习。")
    assert not _persons(doc) and not _held(doc), _held(doc)
