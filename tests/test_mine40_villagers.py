"""mine40: ordinary people introduced by what they are (county news, as such pages write them: 村民
张小明说, 种植大户王建国介绍, 牧民扎西多吉说): a whole name after the role noun, closed by a verb of
speech or in a 、-list, is a person holding no post; 村民代表, 村民小组, 居民区 are words."""
from __future__ import annotations

from conftest import body_names, extract_text, post_pairs


def test_a_villager_who_speaks_is_a_person():
    doc = extract_text("在田间地头，村民张小明说，今年的收成很好。脱贫户李大山告诉记者，他家今年养了20头牛。")
    assert {"张小明", "李大山"} <= body_names(doc, "Person")
    assert not post_pairs(doc)


def test_a_grower_and_a_herder_are_persons():
    doc = extract_text("种植大户王建国介绍，合作社带动了周边农户。牧民扎西多吉说，草场变好了。")
    assert {"王建国", "扎西多吉"} <= body_names(doc, "Person")


def test_role_words_are_no_names():
    doc = extract_text("村民代表大会召开。居民区改造完成，居民满意度高。村民们说，日子越过越好。")
    assert not body_names(doc, "Person")


def test_a_verb_and_its_object_after_a_role_noun_are_no_name():
    """合理引导牧民储草，: 储草 (storing fodder) is what the herders are guided to do."""
    doc = extract_text("强化政策宣传，合理引导牧民储草，扎实做好春季休牧及抗旱防灾工作。")
    assert not body_names(doc, "Person")
