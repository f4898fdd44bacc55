"""Review of round 100 (the lead's): a national release reprinted by a paper named after a place.

leftover100 made a paper's name and day under a headline a source line (北京商报 12月16日), so the
reprint of a 国家统计局 release no longer took its headline or its place from the paper.  The release
still had no place: the source line's paper stays in the article as an organisation, and the place
inside its name (北京) counted as a place the story names, which keeps `resolve._national_voice` from
making it China's story.  A place written only inside an organisation's name is no place the story
is about; the figures of the central organ's release are the country's.
"""
from conftest import extract_text


def _place(text: str) -> str | None:
    doc = extract_text(text)
    key = doc.articles[0].place
    return doc.entities[key].name if key in doc.entities else None


def test_release_reprinted_by_a_city_paper_is_the_countrys():
    """guotong99 08 (国家统计局:11月规上工业发电量同比增长0.9%, reprinted by 北京商报): the base placed
    the article nowhere and its 18 figures had no subject (before leftover100: 北京市)."""
    text = ("国家统计局:11月规上工业发电量同比增长0.9%\n北京商报 12月16日\n"
            "北京商报讯(记者金朝力)12月16日,国家统计局发布数据显示,11月,规模以上工业发电量7495亿千瓦时,"
            "同比增长0.9%。\n")
    assert _place(text) == "中国"
    doc = extract_text(text)
    subjects = {doc.entities[m.subject].name for m in doc.metrics if m.subject in doc.entities}
    assert subjects == {"中国"}


def test_place_named_as_a_place_still_places_the_story():
    """The same release naming a city as a place (北京市规模以上工业…) is no longer the country's alone."""
    text = ("国家统计局:11月规上工业发电量同比增长0.9%\n"
            "本报讯 12月16日,国家统计局发布数据显示,11月,北京市规模以上工业发电量75亿千瓦时,同比增长0.9%。\n")
    assert _place(text) != "中国"


def test_university_story_without_national_voice_stays_unplaced():
    """A place inside an organisation's name alone does not make a story national either: no central
    organ speaks in 北京大学教授介绍…."""
    text = "北京大学举办讲座\n本报讯 12月16日,北京大学教授在讲座中介绍,今年发电量7495亿千瓦时,同比增长0.9%。\n"
    assert _place(text) != "中国"
