"""Round 111 (quanhui111): party committee plenary sessions and their reports — 四川省委十一届十次全会
(a press conference), 福建省委七届十二次全会 (traditional script), 湖南省委八届十三次全会, the Tongcheng
市委十四届八次全体(扩大)会议, 涡阳县委十一届十四次全会, 宜秀区委一届十二次全体会议, 南山区委七届一次全会
and 凤阳县委十三届六次全体(扩大)会议 (fresh texts of /tmp/s27/txt/quanhui111).  Fixes: the roll call
(出席会议的有省委委员47人, 出席全会的有县委委员31名) no word of the indicator, and its committee what the
counts are about; 和 after what a plenary heard (…的讲话和|市委常委、副市长章周中) joins two things heard,
no body 讲话和市委 nor 和县委; a place named only before its committee's session whose 精神 is studied
(学习…安庆市委十一届十次全体会议精神) a higher committee's, not the story's place."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> set[tuple]:
    return {(doc.entities[m.subject].name if m.subject in doc.entities else m.subject, m.indicator, m.value, m.unit)
            for m in doc.metrics}


def _posts(doc) -> set[tuple[str, str]]:
    return {(doc.entities[r.subject].name, doc.entities[r.object].name) for r in doc.relations
            if r.predicate == "holdsPost"}


def test_the_roll_call_is_no_word_of_the_members_counted():
    """02-fujian-shengwei-qijie: 出席會議的有省委委員47人，省委候補委員5人 (base: indicator
    出席会议的有省委委员, subject 福建省); a county communiqué writes 出席全会的有县委委员31名 the same way.
    The members are the committee's."""
    doc = extract_text("中共福建省第七届委员会第十二次全体会议11月14日在福州举行。出席会议的有省委委员47人，"
                       "省委候补委员5人。")
    got = _metrics(doc)
    assert ("福建省委", "委员", 47, "人") in got, got
    assert ("福建省委", "候补委员", 5, "人") in got, got
    doc = extract_text("中国共产党涡阳县第十五届委员会第六次全体会议于12月28日在县城召开。"
                       "出席全会的有县委委员31名，候补委员5名。")
    got = _metrics(doc)
    assert ("涡阳县委", "委员", 31, "名") in got, got
    assert not any("出席" in m[1] for m in got), got
    doc = extract_text("参加培训的有村干部120人。")  # (any roll call: base 参加培训的有村干部)
    assert any(m[1:] == ("村干部", 120, "人") for m in _metrics(doc)), _metrics(doc)


def test_a_count_of_those_present_keeps_its_noun():
    """Guard: a count with no 的有 list (出席大会的代表199名, the delegates present) keeps its noun."""
    doc = extract_text("出席大会的代表199名，其中女代表52名。")
    got = {(m[1], m[2]) for m in _metrics(doc)}
    assert ("出席大会的代表", 199) in got, got
    assert ("女代表", 52) in got, got


def test_and_after_a_speech_joins_no_body():
    """04-tongcheng-shiwei-kuoda: 全会听取和讨论了市委书记刘中汉…的讲话和市委常委、副市长章周中作…的说明
    (base: 章周中 常委 of an agency 讲话和市委).  The same after 报告 before 县委 (base: 和县委, 和县's)."""
    doc = extract_text("桐城市委召开全会。全会听取和讨论了市委书记刘中汉受市委常委会委托作的关于上半年工作的"
                       "讲话和市委常委、副市长章周中作的说明。")
    got = _posts(doc)
    assert ("章周中", "桐城市委") in got, got
    assert not any("讲话" in b for _p, b in got), got
    doc = extract_text("定远县召开县委全会。会议听取了县长李明所作的报告和县委常委、组织部部长王刚作的说明。")
    got = _posts(doc)
    assert ("王刚", "定远县委") in got, got
    assert not any(b.startswith("和县") for _p, b in got), got


def test_a_name_joined_by_and_stays_one_body():
    """Guard: 和 inside a body's name (社会和法制委员会) and 和县 itself are untouched."""
    doc = extract_text("和县县委书记张三主持会议。")
    assert any(b.startswith("和县") for _p, b in _posts(doc)), _posts(doc)


def test_a_studied_session_names_a_higher_committee():
    """04-tongcheng-shiwei-kuoda: 会议深入学习…省委十届九次全体会议、安庆市委十一届十次全体会议精神，总结我市
    上半年…; 桐城市 named only in a plan's title (base: the article's place 安庆市, 刘中汉 书记 of 安庆市委)."""
    text = ("9月5日至6日，市委十四届八次全体(扩大)会议召开。会议深入学习省委十届九次全体会议、"
            "安庆市委十一届十次全体会议精神，总结我市上半年经济社会发展工作。\n"
            "全会听取和讨论了市委书记刘中汉的讲话和市委常委、副市长章周中作《桐城市贯彻长江三角洲区域一体化"
            "发展规划纲要实施方案》的说明。")
    doc = extract_text(text)
    assert doc.entities[doc.articles[0].place].name == "桐城市", doc.articles[0].place
    assert ("刘中汉", "桐城市委") in _posts(doc), _posts(doc)
    doc = extract_text("3月2日，县委十五届六次全会召开。会议传达学习了省委十一届三次全会、滁州市委六届五次全会精神。"
                       "定远县委书记张三主持会议。")
    assert doc.entities[doc.articles[0].place].name == "定远县", doc.articles[0].place


def test_a_city_studying_its_own_session_keeps_its_place():
    """Guard: a city's own body studying its committee's plenary (滁州市政府党组…传达学习滁州市委…全会精神)
    names the city elsewhere too, and a text naming no other place keeps it."""
    doc = extract_text("滁州市政府党组召开会议，传达学习滁州市委六届五次全会精神。全市上下要抓好落实。")
    assert doc.entities[doc.articles[0].place].name == "滁州市", doc.articles[0].place
    doc = extract_text("会议传达学习了滁州市委六届五次全会精神。")
    assert doc.entities[doc.articles[0].place].name == "滁州市", doc.articles[0].place
