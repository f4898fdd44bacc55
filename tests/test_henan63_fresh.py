"""Round 63 (henan63): ordinary county news of 河南 and 山东 (菏泽, 临沂, 聊城, 驻马店, 周口, 信阳) from fresh
texts of /tmp/s26/fresh/henan63: the kind that introduces a list of firms (在龙头企业阳谷华泰、波米科技…等龙头企业
带动下) read as part of the first firm's name; a verb of having before a figure whose noun follows 的
(因为拥有四万多亩的茶园) read as the indicator; and the figures of a paragraph that opens, after a time word,
with a county of the story's city (如今,商城茶产业…。茶园总面积…) given to the city; and a hospital's branch named by a quarter of a
province (河南省人民医院豫东南分院) cut to the hospital; a title opening with the visiting city (全市…观摩团来我县)
placing the host county's story in the city."""
from __future__ import annotations

from conftest import extract_text


def _orgs(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Organization"}


def _metrics(doc) -> set[tuple[str, str, float]]:
    return {(doc.entities[m.subject].name, m.indicator, m.value) for m in doc.metrics}


def test_the_kind_opening_a_list_of_firms_is_no_part_of_the_first_name():
    """08-liaocheng-jiqun (山东商报, 聊城): 在龙头企业阳谷华泰、波米科技、阳谷华信…等龙头企业带动下 (base: an
    Organization 龙头企业阳谷华泰)."""
    doc = extract_text("聊城培育产业集群\n阳谷县化工新材料产业集群在龙头企业阳谷华泰、波米科技、阳谷华信、顺达塑胶等"
                       "龙头企业带动下,市场占有率持续提升。")
    orgs = _orgs(doc)
    assert "阳谷华泰" in orgs and "龙头企业阳谷华泰" not in orgs, orgs
    assert {"波米科技", "顺达塑胶"} <= orgs, orgs


def test_a_verb_of_having_is_no_indicator_of_the_noun_after_de():
    """11-guangshan-liangting (信阳, 光山县凉亭乡): 因为拥有四万多亩的茶园 (base: the indicator 因为拥有)."""
    doc = extract_text("凉亭乡茶产业富民\n位于光山县的凉亭乡,因为拥有四万多亩的茶园,被称为中国名茶之乡。")
    assert ("凉亭乡", "茶园", 40000) in _metrics(doc), _metrics(doc)
    other = extract_text("郓城县乡村振兴\n郓城县拥有3万亩的林地。")
    assert ("郓城县", "林地", 30000) in _metrics(other), _metrics(other)


def test_a_paragraph_opening_with_a_county_after_a_time_word_keeps_its_figures():
    """10-shangcheng-cha (大河网, 信阳市商城县): 如今,商城茶产业发展势头强劲,已经成为当地支柱产业。茶园总面积
    20.8万亩 in a story placed in 信阳市 (base: the areas and output given to 信阳市)."""
    text = ("小小茶叶成为致富的“金叶”\n信阳毛尖是中国十大名茶之一,信阳毛尖茶中珍品当数商城高山茶。\n"
            "苏仙石乡东河村村民张仲华在其鹏茶业专业合作社扶持下种好高山茶。\n"
            "如今,商城茶产业发展势头强劲,已经成为当地支柱产业。茶园总面积20.8万亩,综合产值18亿元。\n")
    got = _metrics(extract_text(text))
    assert ("商城县", "茶园总面积", 208000) in got and ("商城县", "综合产值", 1800000000) in got, got
    # a paragraph opening with no place keeps the story's place
    plain = _metrics(extract_text(text.replace("如今,商城茶产业", "如今,茶产业")))
    assert ("信阳市", "茶园总面积", 208000) in plain, plain


def test_a_branch_named_by_a_quarter_of_a_province_is_the_body_meant():
    """07-xincai-diaoyan (驻马店网, 新蔡县): 调研组到…河南省人民医院豫东南分院、文庙等地 (base: the Organization
    河南省人民医院, the branch in 新蔡 cut off); a branch no place names stays cut (县人民医院|托管分院)."""
    doc = extract_text("张德轩一行到新蔡县调研\n调研组到明英高中、河南省人民医院豫东南分院、文庙等地调研新蔡县城市建设。")
    orgs = _orgs(doc)
    assert "河南省人民医院豫东南分院" in orgs, orgs
    other = _orgs(extract_text("新蔡县医改\n新蔡县人民医院托管分院运行良好。"))
    assert not any(o.endswith("托管分院") for o in other), other


def _place_of(doc) -> str:
    return doc.entities[doc.articles[0].place].name


def test_a_city_s_delegation_coming_to_our_county_is_the_county_s_story():
    """03-caoxian-guanmo (曹县政府办公室): 全市经济社会发展现场观摩团来我县观摩… (base: the article placed in
    菏泽市, so 县委 and 县人民政府 of 县委书记张乾山, 县长梁惠民 left bare).  A title of the city's own (全市…
    会议召开) stays the city's."""
    doc = extract_text("全市经济社会发展现场观摩团来我县观摩经济社会发展情况\n11月2日上午,市委书记张新文率观摩团一行来我县,"
                       "现场观摩曹县经济社会发展情况。张新文指出,曹县要持续优化营商环境,为菏泽跨越发展做出曹县贡献。\n"
                       "市政协副主席、县委书记张乾山,县委副书记、县长梁惠民参加活动。")
    assert _place_of(doc) == "曹县", _place_of(doc)
    assert {"曹县县委"} <= {e.name for e in doc.entities.values() if e.type == "Agency"}, doc.entities
    city = extract_text("全市经济社会发展观摩会议召开\n11月2日上午,菏泽市委书记张新文主持会议,曹县、郓城县作交流发言。")
    assert _place_of(city) == "菏泽市", _place_of(city)
