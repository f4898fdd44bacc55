"""The lead's review (round 113): the people's armed forces department written after the party committee.

- agencies: 县委武装部, 市委人武部 — the 人民武装部 is under the committee's and the military district's dual lead, so
  county news writes it either way (县委武装部部长张三, 县人武部政委李四). It is one body, the place's 人民武装部, the one
  县人武部 written whole names (zhengbing105 read 县委常委、人武部政委 so). Base: 县委 and a bare, unplaced 武装部, and the
  department's head held a post in neither the county's body nor its committee.
"""
from conftest import extract_text, held_posts

CONSCRIPTION = ("和林格尔县召开征兵工作会议\n县委常委、县委人武部政委李权，县委武装部部长赵春生出席会议。"
                "县委武装部组织开展民兵训练。\n")


def _agencies(doc):
    return {e.name for e in doc.entities.values() if e.type == "Agency"}


def test_the_committee_s_armed_forces_department_is_the_county_s():
    doc = extract_text(CONSCRIPTION)
    assert "和林格尔县人民武装部" in _agencies(doc), _agencies(doc)
    assert not {"武装部", "和林格尔县委武装部", "和林格尔县委人武部"} & _agencies(doc), _agencies(doc)


def test_its_officers_hold_posts_in_the_county_s_department():
    got = held_posts(extract_text(CONSCRIPTION))
    assert ("赵春生", "和林格尔县人民武装部", "部长", None) in got, got
    assert ("李权", "和林格尔县人民武装部", "政委", None) in got, got
    assert ("李权", "和林格尔县委", "常委", None) in got, got


def test_a_city_committee_s_deputy_head():
    got = held_posts(extract_text("南阳市召开民兵工作会议\n市委武装部副部长钱七出席会议。"))
    assert ("钱七", "南阳市人民武装部", "副部长", None) in got, got


def test_guard_the_committee_s_own_departments_stay_the_committee_s():
    """Guard: 组织部, 宣传部 after 县委 are the committee's departments."""
    names = _agencies(extract_text("魏县召开会议\n县委组织部部长王二、县委宣传部部长张三出席。"))
    assert {"魏县县委组织部", "魏县县委宣传部"} <= names, names


def test_guard_a_township_s_armed_forces_head():
    """Guard: a township's 武装部长 (a post written after its committee's 委员) keeps a person."""
    got = held_posts(extract_text("大英县金元镇召开会议\n镇党委委员、武装部长郑学超出席会议。"))
    assert any(name == "郑学超" for name, *_ in got), got
