"""Round 75 (natres75): natural-resources and forestry news from fresh texts of /tmp/s26/fresh/natres75
(林长制 meetings, patrols and orders of 山东曹县, 四川大英县, 福建将乐县, 新疆温泉县, 贵州镇远县; 护林员 of 江西永丰县
and 重庆彭水; 陕西渭南's land-use meeting; 贵州's approval of farmland conversion).  Fixes: a word of summing
before a head count closes the last name of a list (县长孟令选|共26名县级领导: was a person 孟令选共); a
two-character county before its own doubled 县 (曹县|县、乡、村三级林长: was no 曹县, the story 菏泽市's); a
government body's name alone over a headline is the site's, no headline nor the story's place (遂宁市林业局 ⏎
大英县召开…: was an untitled article of 遂宁市); a count's noun ends before 于 and a date (26名县级领导|于3月下旬);
a rare word of the dictionary opening three characters right after a post is a name (县热线中心主任包成鹏|主持); 总督察,
a natural-resources bureau's chief inspector, is a post (市自然资源和规划局副总督察杜任升); a county's name right after
another county's and before 林场 is the farm's own (永丰县古县林场: was 古县 of Shanxi)."""
from __future__ import annotations

from conftest import extract_text


def _people(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Person"}


def _places(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Place"}


def _article_place(doc) -> str | None:
    key = doc.articles[0].place
    return doc.entities[key].name if key in doc.entities else None


def _metrics(doc) -> set[tuple[str, str, float, str]]:
    return {(doc.entities[m.subject].name if m.subject else None, m.indicator, m.value, m.unit) for m in doc.metrics}


def test_a_sum_before_a_head_count_closes_the_last_name():
    """08-caoxian-linzhang (山东网, 山东曹县): 曹县总林长、县委书记赵福龙,县委副书记、县长孟令选共26名县级领导于3月下旬
    陆续开展了巡林活动 (base: a person 孟令选共 holding the posts)."""
    doc = extract_text("曹县林长巡林\n曹县总林长、县委书记赵福龙,县委副书记、县长孟令选共26名县级领导于3月下旬"
                       "陆续开展了巡林活动。")
    assert "孟令选" in _people(doc) and "孟令选共" not in _people(doc), _people(doc)
    other = extract_text("县领导调研\n县长王建军共同出席了签约仪式。")
    assert "王建军共" not in _people(other), _people(other)


def test_a_two_character_county_before_its_doubled_county_word():
    """08-caoxian-linzhang: the title 菏泽曹县县、乡、村三级1841名林长巡林履责! (base: no 曹县 in the title, the story
    and its counts 菏泽市's)."""
    doc = extract_text("菏泽曹县县、乡、村三级1841名林长巡林履责!\n山东网4月7日讯 目前,曹县已明确县级林长26人。"
                       "3月份全县三级林长1841人全部完成了巡林履责。")
    assert _article_place(doc) == "曹县", _article_place(doc)
    assert ("曹县", "三级林长", 1841, "人") in _metrics(doc), _metrics(doc)
    none = extract_text("联动机制\n各地形成县县联动、乡乡协作的工作机制。")
    assert not _places(none), _places(none)


def test_a_body_s_name_alone_over_a_headline_is_the_site_s():
    """06-daying-linzhang (遂宁市林业局's site, 四川大英县): 遂宁市林业局 ⏎ 大英县召开2022年林长制工作推进会… ⏎ 近日,…
    (base: no title, the article 遂宁市's and its patrol counts too)."""
    doc = extract_text("遂宁市林业局\n大英县召开2022年林长制工作推进会\n近日,大英县2022年林长制工作推进会在县自然资源和规划局"
                       "召开。县级林长巡林每季度不少于1次,镇级林长每月不少于1次。")
    assert _article_place(doc) == "大英县", _article_place(doc)
    assert doc.articles[0].title == "大英县召开2022年林长制工作推进会", doc.articles[0].title
    notice = extract_text("某某县人民政府\n关于印发安全生产工作要点的通知\n各乡镇人民政府:现将要点印发给你们,请认真贯彻执行。")
    assert notice.articles[0].title.startswith("某某县人民政府关于"), notice.articles[0].title


def test_a_count_s_noun_ends_before_a_dated_yu():
    """08-caoxian-linzhang: 共26名县级领导于3月下旬陆续开展了巡林活动 (base: the indicator 县级领导于)."""
    doc = extract_text("曹县林长巡林\n全县共26名县级领导于3月下旬陆续开展了巡林活动。")
    got = {m.indicator for m in doc.metrics if m.value == 26}
    assert got == {"县级领导"}, got


def test_a_rare_word_opening_three_characters_after_a_post_is_a_name():
    """06-daying-linzhang: 县政府机关党组成员、县热线中心主任包成鹏同志受…委托,主持召开会议 (base: no person, 包成 a rare
    verb of the dictionary); a common word after a post stays running text."""
    doc = extract_text("大英县召开林长制工作推进会\n近日,大英县召开林长制工作推进会,县热线中心主任包成鹏主持会议。")
    assert "包成鹏" in _people(doc), _people(doc)
    plain = extract_text("大英县召开林长制工作推进会\n近日,大英县召开林长制工作推进会,县长高度重视此项工作。")
    assert not _people(plain), _people(plain)


def test_a_natural_resources_bureau_s_chief_inspector_is_a_post():
    """03-weinan-yongtu (陕西渭南市): 市自然资源和规划局副总督察杜任升主持召开全市用途管制工作会议 (base: no person, 总督察 no
    post)."""
    doc = extract_text("全市用途管制工作会议召开\n10月16日下午,渭南市自然资源和规划局副总督察杜任升主持召开全市用途管制工作会议。")
    held = {(doc.entities[r.subject].name, doc.entities[r.object].name) for r in doc.relations
            if r.predicate == "holdsPost"}
    assert ("杜任升", "渭南市自然资源和规划局") in held, held


def test_a_farm_named_like_a_county_inside_another_county():
    """01-yongfeng-hulinyuan (中国吉安网, 江西永丰县): 永丰县古县林场护林员官富贵 (base: a Place 古县, Shanxi's county); a
    county's own farm after its province (江西省永丰县林场) keeps the county."""
    doc = extract_text("永丰护林员守护山林\n当天,永丰县古县林场护林员官富贵前往八江分场护林点巡逻。")
    assert "古县" not in _places(doc) and "永丰县" in _places(doc), _places(doc)
    own = extract_text("护林员守护山林\n当天,江西省永丰县林场护林员前往护林点巡逻。")
    assert "永丰县" in _places(own), _places(own)
