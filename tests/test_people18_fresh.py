"""People and posts in the shapes of fresh texts of university, hospital and company news and
of foreign-affairs notices naming foreign ministers and parliament heads (people18)."""
from conftest import extract_text, held_posts


def test_school_head_named_after_a_city_leader_is_no_post_of_the_city_committee():
    """市委副书记、市长A会见了校长B: a 校长 written with no school is no 校长 of the 市委 the
    person before held a post in (a school's head is held in a school only)."""
    got = held_posts(extract_text("重庆市委副书记、市长黄某帆会见了校长胡寿根一行。"))
    assert not any(name == "胡寿根" for name, *_ in got)


def test_vice_president_after_a_discipline_secretary_is_no_post_of_that_committee():
    """纪委书记A、副校长B in a university's list: 副校长 inherits no 纪委."""
    got = held_posts(extract_text("常州市召开会议\n校党委书记陈群、纪委书记邱正祥、副校长徐树法出席。"))
    assert not any(name == "徐树法" and body.endswith("纪委") for name, body, *_ in got)


def test_school_head_after_the_school_is_the_schools():
    """The school named before a bare 校长 still holds it (党委书记、校长)."""
    got = held_posts(extract_text("武汉大学党委书记韩进、校长窦贤康出席。"))
    assert any(name == "窦贤康" and body == "武汉大学" for name, body, *_ in got)


def test_discipline_secretary_after_a_hospital_post_is_the_hospitals():
    """人民医院党委副书记、纪委书记A: the 纪委 is the hospital's own, not the province's the
    hospital (or one named before) stands in."""
    got = held_posts(extract_text("山东省肿瘤医院院长于某明出席。北京大学人民医院党委副书记、纪委书记陈红松当选副会长。"))
    assert any(name == "陈红松" and body == "北京大学人民医院纪委" for name, body, *_ in got)
    assert not any(name == "陈红松" and body == "山东省纪委" for name, body, *_ in got)
