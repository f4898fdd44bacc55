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
