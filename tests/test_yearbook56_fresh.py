"""Round 56 (yearbook56): yearbooks and chronicles of events (大事记) from fresh texts of
/tmp/s26/fresh/yearbook56: an election's results listed with 、 after each post (选举A为…主任、B为县长),
a resignation accepted with its reason before the act (接受X因工作变动辞去…), a chronicle's title
after its year (2011大事记), the generic 乡镇 before its committees (暨乡镇党委书记), and the cubic metre
written short (128万立方)."""
from __future__ import annotations

from conftest import extract_text, post_pairs


def _people(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Person"}


def _places(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Place"}


def test_an_election_listed_with_dunhao_after_each_post():
    """County chronicle 1981 (mzbdt.cn): 选举魏焕全为本届人大常委会主任、涂麟清为县长,廖勇为人民法院院长、
    吴玉隆为人民检察院检察长: every name after a 、 that closes a post is elected too (base: no 涂麟清,
    no 吴玉隆; the comma's 廖勇 only)."""
    doc = extract_text("1981年\n1月18日,县召开第六届第一次人民代表大会。选举魏焕全为本届人大常委会主任、涂麟清为县长,"
                       "廖勇为人民法院院长、吴玉隆为人民检察院检察长。")
    assert {"魏焕全", "涂麟清", "廖勇", "吴玉隆"} <= _people(doc), _people(doc)
    assert ("涂麟清", "县人民政府") in post_pairs(doc)
    listed = extract_text("临沭县人民政府任免通知\n临沭县人民政府决定:任命张建华、李明为临沭县人民政府副县长。")
    assert {"张建华", "李明"} <= _people(listed), _people(listed)  # 、 between names: still the list's


def test_a_resignation_accepted_with_its_reason():
    """毕节地区通志 大事记: 会议接受陈昌旭因工作变动辞去毕节市人民政府市长职务的请求: the reason between the
    name and 辞去 is passed over (base: no person 陈昌旭, no post)."""
    doc = extract_text("毕节市人大常委会会议\n9月12日 毕节市一届人大常委会召开第三十八次会议。会议接受陈昌旭因工作变动"
                       "辞去毕节市人民政府市长职务的请求;任命桑维亮为毕节市人民政府副市长、代理市长。")
    assert "陈昌旭" in _people(doc), _people(doc)
    assert ("陈昌旭", "毕节市") in post_pairs(doc)


def test_a_chronicle_title_after_its_year_is_no_count():
    """文成县 2011大事记: the title 2011大事记 is the year's chronicle, not 2011 items of 事记 (base: a
    metric 事记 2011 个), and its year dates the events after it (base: 2012, the page's date)."""
    doc = extract_text("2011大事记\n时间:2012-01-01 来源:文成县\n1月7日  县第36届中小学生田径运动会在体育中心开幕,"
                       "来自全县各中小学的19支代表队512名运动员参加角逐。")
    assert not any(m.value == 2011 for m in doc.metrics), [(m.indicator, m.value) for m in doc.metrics]
    athletes = [m for m in doc.metrics if m.value == 512]
    assert athletes and athletes[0].period == "2011-01-07", [(m.indicator, m.period) for m in athletes]


def test_both_township_kinds_before_their_committees_are_no_town():
    """临沭县 yearbook: 工作转段暨乡镇党委书记抓基层党建工作述职会议: 乡镇党委 are every township's
    committees (base: a town 段暨乡镇 and its committee)."""
    doc = extract_text("临沭县大事记\n8日, 全县第二批深入学习实践科学发展观活动工作转段暨乡镇党委书记抓基层党建工作述职会议召开。"
                       "县领导孙丰刚、马祥营等出席会议。")
    assert not any("乡镇" in n for n in _places(doc)), _places(doc)
    assert not any("乡镇" in e.name for e in doc.entities.values() if e.type == "Agency")


def test_the_cubic_metre_written_short():
    """County chronicle 1981: 8月,石正黄竹良水库建成。总库容128万立方。: 1,280,000 立方米 of 总库容 (base: no unit,
    indicator 立方)."""
    doc = extract_text("县大事记\n8月,石正黄竹良水库建成。总库容128万立方。")
    got = [(m.indicator, m.value, m.unit) for m in doc.metrics]
    assert ("总库容", 1280000, "立方米") in got, got


def test_a_year_told_inside_an_entry_is_not_the_chronicle_s_year():
    """County chronicle 1981: 4月,县动工兴建人民政府办公大楼。…1982年建成使用。 ⏎ 8月,…总库容128万立方。: the
    August entry is 1981's, the heading's (base: 1982-08, the completion year told in April's entry)."""
    doc = extract_text("1981年\n4月,县动工兴建人民政府办公大楼。主楼5层,计3000平方米。1982年建成使用。\n"
                       "8月,石正黄竹良水库建成。总库容128万立方。\n")
    got = {m.value: m.period for m in doc.metrics}
    assert got.get(1280000) == "1981-08", got
    assert got.get(3000) == "1981-04", got
