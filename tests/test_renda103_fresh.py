"""Round 103 (renda103): county, district and city 人大常委会 sessions and their appointment decisions —
会议 news (出席/列席, 第X次会议), 决定任命…为, 免去…的…职务, 接受…辞去…职务 (fresh texts of /tmp/s26/fresh/renda103:
宣州区 and the province of Anhui, 柳州 in Guangxi, 嘉兴市南湖区, 上海长宁区, 雅安).  Fixes: a name before an
entrusting (市委组织部副部长解思明受市委委托作说明) read as 谢明受 or not at all (受…委托, like 应…邀请, ends
the name); a given name ending in a particle (朱永和, 朱明和) lost before the word its clause's verb calls
for (决定任命朱永和为…, 免去朱永和的…职务, 接受朱永和辞去…职务); the head count of a session's members joined
by 及 (秘书长罗强及委员共26人出席会议) read with the noun 秘书长罗强及委员 as its indicator, not 出席会议人数."""
from __future__ import annotations

from conftest import extract_text, held_posts


def _people(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Person"}


def _metrics(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def test_an_entrusting_after_a_name_ends_it():
    """02-liuzhou-changweihui: 市委组织部副部长解思明受市委委托对拟任职的人选作有关情况说明 (base: no 解思明, and
    谢明受 for a name of two).  受 is no given name's last character where 委托 closes its clause; a 受
    with no 委托 after it (副县长李受出席会议) stays the name's."""
    doc = extract_text("常委会会议\n市委组织部副部长解思明受市委委托对拟任职的人选作有关情况说明。")
    assert ("解思明", "市委组织部", "副部长", None) in held_posts(doc), held_posts(doc)
    doc = extract_text("常委会会议\n市人民政府副市长徐明受市长委托作工作报告。")
    assert "徐明" in _people(doc) and "徐明受" not in _people(doc), _people(doc)
    doc = extract_text("常委会会议\n县人民政府副县长李受出席会议。")
    assert "李受" in _people(doc), _people(doc)


def test_a_given_name_ending_in_he_before_the_word_its_clause_calls_for():
    """07-ahrd-renmian: 朱永和提出辞去省十二届人大代表职务…朱永和的…职务相应终止 (base: no 朱永和 where a
    clause of naming or removal frames the name: 决定任命朱永和为…, 免去朱永和的…职务, 接受朱永和辞去…).  The
    为, 的 or 辞去 its clause's verb (任命, 免去, 接受) calls for closes the name; with no such verb
    (王明和为群众办实事) nothing is read, and 王刚和李明 stays two names."""
    doc = extract_text("人事任免\n会议决定任命朱永和为县人民政府副县长。")
    assert ("朱永和", "县人民政府", "副县长", "appointed") in held_posts(doc), held_posts(doc)
    doc = extract_text("人事任免\n会议决定免去朱永和的县人民政府副县长职务。")
    assert ("朱永和", "县人民政府", "副县长", "removed") in held_posts(doc), held_posts(doc)
    doc = extract_text("人事任免\n会议决定接受朱永和辞去县人民政府副县长职务的请求。")
    assert ("朱永和", "县人民政府", "副县长", "removed") in held_posts(doc), held_posts(doc)
    doc = extract_text("人事任免\n会议决定任命李强、朱明和为县人民政府副县长。")
    assert {"李强", "朱明和"} <= _people(doc), _people(doc)
    doc = extract_text("人事任免\n会议决定免去王刚和李明的县人民政府副县长职务。")
    assert {"王刚", "李明"} <= _people(doc) and "王刚和" not in _people(doc), _people(doc)
    doc = extract_text("走访\n王明和为群众办实事。")
    assert "王明和" not in _people(doc), _people(doc)


def test_members_joined_by_ji_before_their_head_count_attend():
    """06-yaan-changweihui: 市人大常委会主任李伊林主持会议，副主任李首成、吴志君，秘书长罗强及委员共26人出席会议
    (base: 26 人 with the indicator 秘书长罗强及委员).  Groups joined by 及 before a count of people taking
    part are counted together, as a 、-list is: 出席会议人数.  One group alone (镇村两级干部60余人参加会议)
    keeps its noun."""
    doc = extract_text("常委会会议\n市人大常委会主任李伊林主持会议，秘书长罗强及委员共26人出席会议。")
    assert ("出席会议人数", 26, "人") in _metrics(doc), _metrics(doc)
    assert not any("罗强" in m[0] for m in _metrics(doc)), _metrics(doc)
    doc = extract_text("培训会\n镇村两级干部60余人参加会议。")
    assert ("镇村两级干部", 60, "人") in _metrics(doc), _metrics(doc)
