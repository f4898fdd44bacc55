"""review38: round 37's rules probed on text where their trigger words stand in another sense
(sources in /tmp/s22/fresh/review38/SOURCES.md): a division abroad read from a common phrase
after a country (法国|南部小镇), 全区 in a 县's story of an autonomous region right after a
visited 区 is described (青秀区位于…。全区辖…)."""
from __future__ import annotations

from conftest import extract_text


def _places(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Place"}


def _metrics(doc) -> set[tuple[str, str, float]]:
    names = {k: e.name for k, e in doc.entities.items()}
    return {(names.get(m.subject, m.subject), m.indicator, m.value) for m in doc.metrics}


def test_a_small_town_of_a_country_is_no_division_of_it():
    """1888年，来到法国南部小镇阿尔 (a published biography of van Gogh): 南部小镇 (a small town in the
    south) is no division of France, nor is it France's where 德国南部小镇 and 美国南部小镇 are
    written later in the same text (was 南部小镇 partOf 法国, three times)."""
    doc = extract_text(
        "\n1886年，他来到巴黎，结识印象派和新印象派画家，并接触到日本浮世绘的作品，视野的扩展使其画风巨变。"
        "1888年，来到法国南部小镇阿尔，创作《阿尔的吊桥》；同年与画家保罗·高更交往。\n"
        "Animenz（原名郭迈克），在德国南部小镇巴特乌拉赫出生、梅青根长大的华裔青年音乐家。\n"
        "小说以一个小女孩的视角，展现了20世纪30年代美国南部小镇的社会风貌和种族问题。")
    places = _places(doc)
    assert "南部小镇" not in places, places
    assert {"法国", "德国", "美国"} <= places, places


def test_a_relation_word_after_a_country_is_no_division_of_it():
    """与日本友好县、俄罗斯友好省州、越南边境省: 友好 and 边境 say how the place stands to us, no name of
    one (was 友好县 of Japan, 友好省 of Russia, 边境省 of Vietnam); a division written so keeps its
    name (越南高平省|广和县, round 37)."""
    doc = extract_text("\n近年来，我省与日本友好县、俄罗斯友好省州的交流不断深化。会上，越南边境省代表介绍了情况。\n"
                       "越南高平省广和县与中国广西龙州县接壤。")
    places = _places(doc)
    assert not places & {"友好县", "友好省", "边境省"}, places
    assert "广和县" in places, places


def test_quanqu_right_after_a_visited_district_is_described_is_that_district():
    """三江侗族自治县's delegation visits 青秀区 (南宁): 青秀区位于南宁市东部…。全区辖4个街道: 全区 is the
    district just described, not 广西壮族自治区 (the region rule of round 37), nor 三江 (before)."""
    doc = extract_text(
        "三江侗族自治县党政代表团赴南宁市青秀区考察学习\n"
        "3月15日，县委书记率我县党政代表团赴南宁市青秀区考察学习。\n"
        "青秀区位于南宁市东部，是南宁市的中心城区。全区辖4个街道、4个镇，总人口约100万人。\n"
        "代表团一行先后参观了青秀区的多个项目。")
    got = _metrics(doc)
    assert ("青秀区", "总人口", 1000000) in got and ("青秀区", "街道", 4) in got, got
    assert not any(s in ("广西壮族自治区", "三江侗族自治县") for s, _i, _v in got), got
    doc = extract_text("察雅县召开农牧工作会议\n会议指出，今年全区粮食产量稳定在100万吨以上，察雅县要抓好春耕备耕。")
    assert {m.norm for m in doc.mentions if m.surface == "全区"} == {"西藏自治区"}, doc.mentions  # (no 区 described: the region)



def test_visitors_named_in_a_title_that_writes_the_host_short_are_not_the_story():
    """广西巴马瑶族自治县代表团来扬考察 (a Jiangsu city's news: 来扬, the host by its short form), then
    广西巴马瑶族自治县党政代表团来我市参观考察: 我市 is the host, never 巴马's city 河池市, and the story
    is not 巴马's (was: 我市 → 河池市, 冯锦跃 holdsPost 河池市委, 新坝镇 partOf 巴马)."""
    doc = extract_text(
        "广西巴马瑶族自治县代表团来扬考察\n"
        "27日,广西巴马瑶族自治县党政代表团来我市参观考察,市委副书记冯锦跃陪同。 巴马瑶族自治县位于广西西北部,"
        "面积1971平方公里,聚居着壮、汉、瑶等12个民族,全县23万多人口。 代表团一行先后参观了我市江州工艺品有限公司、"
        "新坝镇治安村农业观光区等地,并听取了相关情况介绍。")
    assert "河池市" not in _places(doc), _places(doc)
    assert ("巴马瑶族自治县", "人口", 230000) in _metrics(doc), _metrics(doc)
