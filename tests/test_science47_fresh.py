"""Round 47 (science47): science, technology and industry news from fresh texts of
/tmp/s26/fresh/science47: the rare family names 缑 and 阴 after a post (副局长缑云峰, 部长阴和俊);
外|相关 read as 相关, no 外相 'foreign minister' before a name 关科技; 省绿色工厂 a title a factory is
awarded, no organisation 江苏省绿色工厂; 我们的 no part of an indicator; a period right after 获批
(获批2023-2026年度…基地) the title's term, not the time of the figures after it."""
from __future__ import annotations

from conftest import extract_text, post_pairs


def _metrics(doc) -> list[tuple[str | None, str, float, str | None]]:
    ents = doc.entities
    ms = doc.metrics.values() if isinstance(doc.metrics, dict) else doc.metrics
    return [(ents[m.subject].name if m.subject in ents else None, m.indicator, m.value, m.period) for m in ms]


def _persons(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Person"}


_ZHONGYUAN = ("市科技局至我区就科技服务业发展开展调研座谈\n"
              "3月31日下午,市科技局党组成员、副局长缑云峰,科技金融与服务处处长李金岭,副处长韩雄一行到我区就科技孵化载体"
              "和科技服务机构发展情况开展实地调研并召开座谈会,区科技局党组书记、局长梅琳,副局长王鹏陪同。\n"
              "在区科技局的陪同下,市科技局一行对疫情后我区科技孵化载体运营情况,以及除孵化载体外相关科技服务机构运营情况"
              "进行实地调研。\n"
              "中原区科技局\n2021年3月31日")


def test_a_rare_henan_family_name_after_a_deputy_head_s_post():
    """郑州市中原区科技局 news: 市科技局党组成员、副局长缑云峰: 缑云峰 holds his post in 郑州市科技局
    (base: no person, 缑 missing from the family names)."""
    doc = extract_text(_ZHONGYUAN)
    assert "缑云峰" in _persons(doc), _persons(doc)
    assert ("缑云峰", "郑州市科技局") in post_pairs(doc), post_pairs(doc)


def test_xiangguan_after_wai_is_no_foreign_minister_before_a_name():
    """Same text: 除孵化载体外相关科技服务机构 — 外 closes 除…外 and 相关 is 'related' (base: 外相
    'foreign minister' read as a post and a person 关科技 after it)."""
    assert "关科技" not in _persons(extract_text(_ZHONGYUAN))


def test_the_minister_of_science_and_technology_by_a_rare_family_name():
    """科技部部长 press corridor (2024): 有记者提问科学技术部部长阴和俊: 阴和俊 holds his post in 科学技术部
    (base: no person, 阴 missing from the family names)."""
    doc = extract_text("科技部部长:我国去年授权发明专利92.1万件\n"
                       "有记者提问科学技术部部长阴和俊,请问过去一年我们在创新驱动发展有哪些新进展?")
    assert ("阴和俊", "科学技术部") in post_pairs(doc), post_pairs(doc)


_SHUYANG = ("县工信局荣获全市新型工业化建设先进单位\n"
            "2023年,在县委、县政府的正确领导下,县工信局认真贯彻落实省、市、县新型工业化建设会议精神。"
            "全县工业企业实现开票销售1581.2亿元,同比增长21.54%。"
            "此外,沭阳获批2023-2026年度中国家居绿色供应链生产基地,全市唯一;"
            "获批省智能制造示范工厂2个、省绿色工厂3个;"
            "获批省星级“上云”企业140家,其中五星级上云企业1家。")


def test_a_green_factory_title_is_no_organisation():
    """沭阳县工信局 news (Jiangsu): 获批省智能制造示范工厂2个、省绿色工厂3个: a title of the green
    manufacturing lists, a class of factories (base: an organisation 江苏省绿色工厂)."""
    doc = extract_text("江苏省沭阳县" + _SHUYANG)
    names = {e.name for e in doc.entities.values()}
    assert not any(n.endswith("绿色工厂") for n in names), names


def test_an_awarded_title_s_term_is_no_time_of_the_figures_after_it():
    """Same text: 沭阳获批2023-2026年度中国家居绿色供应链生产基地 — the base's term; the counts after it
    are the 2023 the paragraph opens with (base: 2023/2026 for 省绿色工厂3个, 上云企业140家…)."""
    got = {(i, v): p for _s, i, v, p in _metrics(extract_text(_SHUYANG))}
    counts = {k: p for k, p in got.items() if k[1] in (3.0, 140.0)}
    assert counts and all(p == "2023" for p in counts.values()), got


def test_the_speaker_s_our_is_no_part_of_the_indicator():
    """科技部部长 (2024): 我们的授权发明专利达到92.1万件: 授权发明专利 (base: 我们的授权发明专利)."""
    doc = extract_text("科技部部长:我国去年授权发明专利92.1万件\n"
                       "阴和俊介绍,2023年新签订的技术合同达到了95万项。我们的授权发明专利达到92.1万件。")
    inds = {i for _s, i, v, _p in _metrics(doc) if v == 921000}
    assert inds == {"授权发明专利"}, _metrics(doc)
