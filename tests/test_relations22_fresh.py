"""County campaigns and festivals (round 22, relations22): the perfective 了 a running or holding verb
takes (举办了首届…文化节, 开展了…行动) is the verb's, not the first character of the name; one campaign
named by two fields joined with 、 before one head (开展城乡环境卫生、交通秩序综合整治攻坚行动) is
found whole, while fields that each end in a head are a list, not one name.
Sentences written for these tests in the shape of such texts."""
from __future__ import annotations

from kg.builder import extract_document
from kg.model import Doc


def _programmes(text: str) -> set[str]:
    res = extract_document(Doc(id="t", source="t.txt", text=text))
    return {e.name for e in res.entities.values() if e.type == "Programme"}


def test_perfective_after_the_holding_verb_is_no_part_of_the_event():
    names = _programmes("10月20日，梁村镇在该镇物流园举办了首届乡村旅游文化节。")
    assert "乡村旅游文化节" in names
    assert not any(n.startswith("了") for n in names)


def test_perfective_after_the_running_verb_is_no_part_of_the_campaign():
    names = _programmes("3月5日，高唐县开展了城乡环境卫生整治百日攻坚行动。")
    assert "城乡环境卫生整治百日攻坚行动" in names
    assert not any(n.startswith("了") for n in names)


def test_two_fields_joined_before_one_head_are_one_campaign():
    names = _programmes("3月7日，石楼县召开会议，动员全县开展城乡环境卫生、交通秩序综合整治攻坚行动。")
    assert "城乡环境卫生、交通秩序综合整治攻坚行动" in names


def test_fields_each_with_a_head_are_no_joined_campaign():
    names = _programmes("全县开展禁毒宣传专项行动、消防安全专项行动。")
    assert not any("、" in n for n in names)


def _placed(text: str) -> set[tuple[str, str]]:
    res = extract_document(Doc(id="t", source="t.txt", text=text))
    names = {k: e.name for k, e in res.entities.items()}
    return {(names[r.subject], names[r.object]) for r in res.relations if r.predicate == "implementedIn"}


def test_an_event_joined_to_the_national_festival_is_kept():
    """第二届“中国农民丰收节”暨生态农业博览会: the national festival's name took the whole pair's span
    and the 博览会 after 暨 was lost."""
    names = _programmes("9月23日，青田县第二届“中国农民丰收节”暨生态农业博览会在方山乡开幕。")
    assert {"中国农民丰收节", "生态农业博览会"} <= names


def test_a_county_celebrating_the_national_festival_holds_it():
    """A county's news of the farmers' harvest festival places it in the county, not in the 中国 its
    name opens with nor only in the township of the stage."""
    text = "青田县庆祝丰收节\n9月23日，青田县举办第二届“中国农民丰收节”庆祝活动。"
    assert ("中国农民丰收节", "青田县") in _placed(text)
    assert ("中国农民丰收节", "中国") not in _placed(text)
    text = "9月23日，青田县第二届“中国农民丰收节”在方山乡开幕。"
    assert ("中国农民丰收节", "青田县") in _placed(text)


def test_a_national_text_keeps_the_festival_in_china():
    assert ("中国农民丰收节", "中国") in _placed("9月23日，中国迎来第一个“中国农民丰收节”。")


def test_a_base_sized_in_words_is_not_named():
    """万亩油菜花基地, 千亩茶叶基地: sized as 300亩蔬菜基地 is, a description, not a base's name."""
    names = _programmes("旅游节将于3月13日在锁石镇万亩油菜花基地举行。领导在永兴镇千亩茶叶基地调研。")
    assert not any(n.endswith("基地") for n in names)
    assert "蜜柚基地" in _programmes("活动在永兴镇龙头桥村蜜柚基地举行。")


def test_a_slogan_heading_the_story_is_no_programme():
    """“金色花海 醉美双峰”--…旅游节: two short phrases set apart by a space are the theme's slogan, and
    the festival was made a part of it."""
    text = "“金色花海 醉美双峰”--双峰县第五届油菜花文化旅游节将于3月13日在锁石镇举行。"
    names = _programmes(text)
    assert "油菜花文化旅游节" in names
    assert not any(" " in n for n in names)


def test_a_summit_of_two_groups_of_countries_joined_by_a_dash():
    """阿拉伯—伊斯兰国家联合特别峰会: China no party, so the joint-forum rule (China's name first) missed
    it; 联合 before 峰会 is the summit's kind, not the verb no name holds."""
    assert "阿拉伯—伊斯兰国家联合特别峰会" in _programmes("11月11日，阿拉伯—伊斯兰国家联合特别峰会在利雅得举行。")
    assert "欧盟—非盟峰会" in _programmes("2月17日，欧盟—非盟峰会在布鲁塞尔举行。")
    assert not _programmes("会议强调，要联合—协同推进峰会筹备。")
