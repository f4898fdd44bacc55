"""Round 45 (people45): 任前公示 stories, resignation decisions and leaders' resumes from fresh texts of
/tmp/s26/fresh/people45: a name before a comma and 现任/拟任 opens a resume (胡泽，现任…), also when a 的
phrase describes it (1963年出生的胡泽，现任…); any ethnic group after the name opens one as 汉族 does
(龙秀，壮族，…); a standing committee's decision on a resignation is no programme; a count of people
whose average age is given is counted as people, not as an age."""
from __future__ import annotations

from conftest import extract_text, relation_pairs


def _people(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Person"}


def test_a_described_name_before_a_comma_and_xianren_holds_the_post():
    """wenke99 (湖北 公示): 1963年出生的胡泽，现任湖北省恩施州来凤县委书记，拟提拔为恩施州委常委
    (base: no person 胡泽)."""
    doc = extract_text("官场公示\n2014年12月18日，湖北省委组织部发布干部任前公示称，1963年出生的胡泽，"
                       "现任湖北省恩施州来凤县委书记，拟提拔为恩施州委常委。")
    assert "胡泽" in _people(doc), _people(doc)
    assert ("胡泽", "来凤县委") in relation_pairs(doc, "holdsPost")


def test_a_post_holder_described_before_a_comma_and_niren():
    """wenke99 (陕西 公示): 现任西安市未央区委副书记、区长的吴智明，拟任未央区委书记 (base: no person 吴智明)."""
    doc = extract_text("官场公示\n2014年9月23日，陕西省委组织部发布干部任前公示公告，现任西安市未央区委副书记、"
                       "区长的吴智明，拟任未央区委书记。")
    assert "吴智明" in _people(doc), _people(doc)
    assert ("吴智明", "未央区委") in relation_pairs(doc, "holdsPost")


def test_a_gongshi_line_name_comma_xianren():
    """A 任前公示 line as the 湖北 notice writes it: 胡泽，现任来凤县委书记 (base: no person)."""
    doc = extract_text("干部任前公示\n湖北省恩施州召开会议。胡泽，现任来凤县委书记，拟提拔为恩施州委常委。")
    assert ("胡泽", "来凤县委") in relation_pairs(doc, "holdsPost"), relation_pairs(doc, "holdsPost")


def test_an_ethnic_group_after_the_name_opens_a_resume():
    """thepaper (广西 优秀县委书记): 龙秀，壮族，1964年11月生，…: the resume's subject (base: no person
    where no post is written before the name)."""
    doc = extract_text("公示名单\n广西壮族自治区来宾市象州县召开会议。龙秀，壮族，1964年11月生，"
                       "自治区党委党校研究生学历，现任象州县委书记。")
    assert ("龙秀", "象州县委") in relation_pairs(doc, "holdsPost"), relation_pairs(doc, "holdsPost")


def test_a_decision_on_a_resignation_is_no_programme():
    """宿州市人大常委会 (ahszrd.gov.cn): 宿州市人民代表大会常务委员会关于接受张晓东辞职请求的决定 (base: a
    Programme run by the standing committee)."""
    doc = extract_text("宿州市人民代表大会常务委员会关于接受张晓东辞职请求的决定\n"
                       "(2021年8月4日宿州市第五届人民代表大会常务委员会第三十一次会议通过)\n"
                       "因工作变动，张晓东提出辞去宿州市人民政府副市长职务。会议决定：接受张晓东辞去宿州市人民政府"
                       "副市长职务的请求。")
    assert not [e.name for e in doc.entities.values() if e.type == "Programme"]


def test_people_whose_average_age_is_given_are_counted_as_people():
    """zjol (浙江 28名任前公示): 5人平均年龄48岁: 5 people counted (base: indicator 平均年龄 for 5 人)."""
    doc = extract_text("浙江28名干部任前公示\n浙江省召开会议。5人平均年龄48岁，最年轻的是1974年9月出生的徐建役。")
    five = [m for m in doc.metrics if m.value == 5 and m.unit == "人"]
    assert five and all(m.indicator == "人数" for m in five), [(m.value, m.indicator) for m in doc.metrics]


def test_a_verb_of_holding_right_after_a_name_opens_no_resume():
    """大众网 (山东 县委书记): 已是副厅级干部的临沂市委常委、兰陵县委书记任刚拟任设区市副厅级领导职务,现任肥城市委书记
    常绪扩,也拟任…: 现任 there opens the next person's post, no clause of 任刚's resume (merged round 45:
    任刚 holdsPost 肥城市委)."""
    doc = extract_text("山东县委书记拟提拔\n其中,已是副厅级干部的临沂市委常委、兰陵县委书记任刚拟任设区市副厅级领导职务,"
                       "现任肥城市委书记常绪扩,也拟任设区市副厅级领导职务。")
    held = relation_pairs(doc, "holdsPost")
    assert ("任刚", "肥城市委") not in held and ("常绪扩", "肥城市委") in held, held
