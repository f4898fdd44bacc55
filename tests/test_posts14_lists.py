"""Names listed after a collective title (县领导梁薇、石峰…) and the 党委 of a place after its head
(太和镇镇长、党委副书记) (posts14): sentences in the shapes of fresh county news."""
from conftest import extract_text, held_posts


def _persons(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Person"}


def test_names_after_a_collective_title():
    doc = extract_text("县领导梁军、石峰、张正东、黄齐飞等参加慰问。")
    assert {"梁军", "石峰", "张正东", "黄齐飞"} <= _persons(doc)
    assert held_posts(doc) == set()  # 县领导 is no post and names no body


def test_names_before_etc_and_the_title():
    doc = extract_text("连日来，刘志忠、孙宏光、吕德林等区领导分别深入街道指导工作。")
    assert {"刘志忠", "孙宏光", "吕德林"} <= _persons(doc)


def test_list_closed_by_a_verb():
    doc = extract_text("区领导王珠瑛、张龙生、汤金友参加活动。")
    assert {"王珠瑛", "张龙生", "汤金友"} <= _persons(doc)


def test_collective_title_before_words_gives_no_person():
    for text in ("区领导陈述了意见。", "市领导向大家拜年。", "市领导和部门负责人参加。", "县领导高度重视。"):
        assert _persons(extract_text(text)) == set(), text


def test_party_committee_of_a_town_after_its_head():
    got = held_posts(extract_text("太和镇镇长、党委副书记李明主持会议。"))
    assert ("李明", "太和镇党委", "副书记", None) in got
    assert ("李明", "太和镇", "镇长", None) in got


def test_party_committee_of_a_town_after_an_appointment_verb():
    got = held_posts(extract_text("任命李明为太和镇镇长、党委副书记。"))
    assert ("李明", "太和镇党委", "副书记", "appointed") in got


def test_university_party_committee_unchanged():
    got = held_posts(extract_text("四川大学校长、党委副书记李言荣出席。"))
    assert ("李言荣", "四川大学", "党委副书记", None) in got


def test_party_committee_after_an_anaphor_of_the_place():
    """该区区委副书记、区长: 该区 is the district the story is about; its 区委 is that district's."""
    doc = extract_text("中站区举行元旦长跑活动。当日9时，该区区委副书记、区长董红明宣布活动开始。")
    got = held_posts(doc)
    assert ("董红明", "中站区委", "副书记", None) in got
    assert ("董红明", "中站区", "区长", None) in got
    committee = next(e for e in doc.entities.values() if e.name == "中站区委")
    assert "该区区委" not in committee.aliases  # 该区 names no body
