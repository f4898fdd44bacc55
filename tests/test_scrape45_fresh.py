"""Round 45 (scrape45): scraped and content-farm copies of government news (traditional characters,
pinyin glosses, contact widgets) from /tmp/s26/fresh/scrape45: a 所 of 所作的 after a two-character
name is no given name; a page's contact widget (洽谈电话 / 400-6060-805) under the headline is chrome,
not the article's first lines; a time and 新增 alone before a count in the unit of the level before
count the things added (新增个体户), not the level again."""
from __future__ import annotations

from conftest import extract_text, relation_pairs

from kg.stages.chrome import classify


def _people(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Person"}


def test_particle_suo_after_a_two_character_name():
    """双沟镇 news (jrsncn.com copy): 会议听取了…镇长张艳清所作《政府工作报告》和镇人大主席沈凯所作的
    《人大工作报告》: the chairman is 沈凯 (base: a person 沈凯所 holding the post)."""
    doc = extract_text("双沟镇召开第十八届人民代表大会第六次会议\n"
                       "会议听取了双沟镇党委副书记、镇长张艳清所作《政府工作报告》和镇人大主席沈凯所作的《人大工作报告》。")
    people = _people(doc)
    assert "沈凯" in people and "沈凯所" not in people, people
    assert "张艳清" in people, people
    assert ("沈凯", "镇人大") in relation_pairs(doc, "holdsPost")


def test_contact_widget_lines_are_chrome():
    """城廂鎮 news (zzkailai.com copy): the page's 洽談電話 / 400-6060-805 under the headline
    (base: both read as article text, so the headline was no title)."""
    for line in ("洽谈电话", "服务热线：", "400-6060-805", "0731-88886666"):
        assert classify(line) is not None, line
    for line in ("12345678", "2023", "政务服务热线12345"):
        assert classify(line) is None, line
    doc = extract_text("城廂鎮第十屆人民代表大會第三次會議召開\n洽談電話\n400-6060-805\n"
                       "會前,鎮人大主席王道燕同志組織人大代表集中學習了黨的二十大精神和全國兩會精神。\n")
    assert doc.articles[0].title == "城廂鎮第十屆人民代表大會第三次會議召開", doc.articles[0].title


def test_a_time_and_an_increment_before_a_count_counts_the_added():
    """辰溪縣2021年統計公報 (chongshemp.com copy): 2021年末個體戶17509戶,當年新增1564戶: 1564 is the
    新增个体户 of the year (base: a second 个体户 level); 比上年新增 stays a change of the level."""
    doc = extract_text("辰溪县2021年国民经济和社会发展统计公报\n"
                       "2021年末个体户17509户，当年新增1564户。年末私营企业2108户，比上年新增312户。\n")
    got = {(m.indicator, m.value) for m in doc.metrics}
    assert ("新增个体户", 1564) in got, got
    assert ("个体户", 17509) in got, got
    assert ("个体户", 1564) not in got, got
    assert ("新增私营企业", 312) not in got, got
