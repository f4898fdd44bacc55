"""Round 46 (township46): township, street and village news from fresh texts of
/tmp/s26/fresh/township46: a township's inside written with 镇 (镇内) is no place, a headline's verb (完成)
ends no body's name, a slogan's 民建、民管、民享 names no democratic party, a proofreader's credit (校对)
is no part of a name, and a residents' committee's election meeting counted by its term is no event."""
from __future__ import annotations

from conftest import extract_text, post_pairs, relation_pairs


def _names(doc, label: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == label}


def test_the_inside_of_a_township_is_no_place():
    """什邡市皂角镇 (365135.com): 镇内有11个村民委员会和1个居民委员会: base read a Place 镇内 (jieba's ns)
    and gave it the township's figures."""
    doc = extract_text("皂角镇\n皂角镇位于什邡市城郊,面积15平方公里。镇内有11个村民委员会和1个居民委员会,"
                       "67个村民小组,9个居民小组。")
    assert "镇内" not in _names(doc, "Place"), _names(doc, "Place")
    subjects = {doc.entities[m.subject].name for m in doc.metrics if m.subject in doc.entities}
    assert doc.metrics and "镇内" not in subjects, subjects


def test_a_headline_verb_ends_no_street_office_s_body():
    """西安长乐西路街道 (wmxa.cn): 长乐西路街道全面完成社区居民委员会换届选举工作: base read an Agency
    长乐西路街道全面完成社区居民委员会."""
    doc = extract_text("长乐西路街道全面完成社区居民委员会换届选举工作\n"
                       "2月23日,长乐西路街道全面完成了社区居民委员会换届选举工作。")
    agencies = _names(doc, "Agency")
    assert not any("完成" in a for a in agencies), agencies


def test_a_slogan_of_the_people_names_no_democratic_party():
    """太和县双浮镇 (thxfw.gov.cn): 各村要探索建立民建、民管、民享的环境整治长效保洁制度: base read 民建 as
    中国民主建国会; the parties listed together stay."""
    doc = extract_text("双浮镇召开农村人居环境整治工作专题会\n"
                       "四是注重常态长效,各村要探索建立民建、民管、民享的环境整治长效保洁制度,切实增强群众的主动性。")
    assert "中国民主建国会" not in _names(doc, "Organization"), _names(doc, "Organization")
    parties = extract_text("市政协召开座谈会\n民革、民盟、民建、民进市委负责同志参加座谈。")
    assert "中国民主建国会" in _names(parties, "Organization")


def test_a_proofreader_s_credit_is_no_part_of_a_name():
    """盐城市盐东镇 (yanchengzx.com): 通讯员王京京张力董立新 校对王菲: base read a Person 校对王菲."""
    doc = extract_text("盐东镇探索建设社区治理“微网格”\n"
                       "9月19日,盐城市亭湖区盐东镇专门召开会议,研究探索建设社区治理“微网格”。\n"
                       "通讯员王京京 校对王菲")
    people = _names(doc, "Person")
    assert "校对王菲" not in people, people


def test_a_committee_s_election_meeting_is_no_programme():
    """泸州市小市街道 (newssc.org): 小市街道辖区5个社区举行了第十届社区居委会换届选举大会: the term of the
    residents' committees, a meeting; base read a Programme implemented in 小市街道 and 泸州市."""
    doc = extract_text("小市街道5个社区举行第十届社区居委会换届选举大会\n"
                       "2月25日,泸州市小市街道辖区5个社区举行了第十届社区居委会换届选举大会,街道党政班子成员参加。")
    assert not any("选举大会" in p for p in _names(doc, "Programme")), _names(doc, "Programme")
    assert not any("选举大会" in s for s, _ in relation_pairs(doc, "implementedIn"))


def test_the_party_committee_of_the_one_township_named_without_a_code():
    """永和镇 (rtvsilicone.net; a name many counties' townships bear, no one code): 永和镇人大主席团组织…督查活动，
    镇党委书记陈鑫淼、镇长张华尧…参加: base dropped 镇党委 (no township of known code) and with it the post."""
    doc = extract_text("永和镇人大主席团开展环境卫生专项督查活动\n"
                       "10月25日,永和镇人大主席团组织区、镇二级人大代表开展环境卫生专项督查活动,"
                       "镇党委书记陈鑫淼、镇长张华尧以及区、镇两级人大代表等50多人参加。")
    assert ("陈鑫淼", "永和镇党委") in post_pairs(doc), post_pairs(doc)
    assert ("永和镇党委", "永和镇") in relation_pairs(doc, "locatedIn")
    two = extract_text("永和镇与青峰镇开展联合督查\n10月25日,永和镇和青峰镇开展联合督查,镇党委书记陈鑫淼参加。")
    assert not any(a.endswith("镇党委") for _, a in post_pairs(two))  # which township's: not known


def test_a_leader_s_name_that_is_a_word_before_a_verb_of_feeling():
    """长丰县杨庙镇马郢村 (wzdj.gov.cn): “村子走到现在，因为选对一个人。”杨庙镇党委书记武林感慨: 武林 is a
    dictionary word; base read no name before 感慨."""
    doc = extract_text("驻村第一书记推动乡村振兴\n钟宇在安徽长丰县杨庙镇马郢村驻村。"
                       "“村子走到现在,因为选对一个人。”杨庙镇党委书记武林感慨。")
    assert ("武林", "杨庙镇党委") in post_pairs(doc), post_pairs(doc)


def test_a_shared_township_name_before_its_leaders_and_its_campaign_without_the_oversight():
    """寨里镇 (qlwb.com.cn; three counties have one, and jieba's 寨里 is a common noun): 寨里镇主要领导带队开展
    督查指导人居环境突出问题排查整治工作: base read no township and a Programme 督查指导人居环境突出问题排查整治
    (the leaders' oversight opening the campaign's name)."""
    doc = extract_text("寨里镇主要领导带队督查指导人居环境突出问题排查整治工作\n"
                       "3月28日,寨里镇主要领导带队开展督查指导人居环境突出问题排查整治工作。")
    assert "寨里镇" in _names(doc, "Place"), _names(doc, "Place")
    programmes = _names(doc, "Programme")
    assert "人居环境突出问题排查整治" in programmes and not any(p.startswith("督查") for p in programmes), programmes


def test_a_reporter_s_role_spaced_out_on_a_print_page():
    """寨里镇 (qlwb.com.cn, a newspaper page): 记 者 亓玉飞 / 通讯员 段海逢 under the headline: base read the
    headline as no title and missed the reporter."""
    doc = extract_text("寨里镇开展人居环境督查\n记 者 亓玉飞\n通讯员 段海逢\n3月28日,寨里镇主要领导带队开展督查。")
    assert {"亓玉飞", "段海逢"} <= _names(doc, "Person"), _names(doc, "Person")
    assert doc.articles[0].title == "寨里镇开展人居环境督查"


def test_the_law_of_a_kind_of_body_names_no_body_of_the_country():
    """开封市光明社区 (hkyyi.com): 光明社区严格执行《中华人民共和国城市居民委员会组织法》: base read an Agency
    中国城市居民委员会 out of the law's name."""
    doc = extract_text("开封市鼓楼区三里堡街道光明社区居民委员会\n"
                       "光明社区严格执行《中华人民共和国城市居民委员会组织法》,实行居民自治。")
    agencies = _names(doc, "Agency")
    assert not any(a.startswith(("中国", "中华人民共和国")) for a in agencies), agencies


def test_a_paragraph_opening_with_a_community_goes_on_about_it():
    """开封市光明社区 (hkyyi.com): 光明社区位于开封市鼓楼区三里堡街道,是一个…混合型社区。辖区面积约0.6平方公里,
    常住人口约8500人,2800余户: base gave the figures to 三里堡街道, the article's place."""
    doc = extract_text("开封市鼓楼区三里堡街道光明社区居民委员会\n"
                       "光明社区位于开封市鼓楼区三里堡街道,是一个典型的城市老旧社区与新建小区并存的混合型社区。"
                       "辖区面积约0.6平方公里,常住人口约8500人,2800余户。")
    subjects = {m.indicator: doc.entities[m.subject].name for m in doc.metrics if m.subject in doc.entities}
    assert subjects.get("常住人口") == "光明社区" and subjects.get("辖区面积") == "光明社区", subjects


def test_the_communities_counted_end_before_what_they_did():
    """泸州市小市街道 (newssc.org) and 西安长乐西路街道 (wmxa.cn): 5个社区举行了第十届社区居委会换届选举大会,
    10个社区共选举产生居民委员会成员76人: base counted 社区举行了第十届…大会 and 社区共选举产生居民委员会成员 (the
    76 members too)."""
    held = extract_text("小市街道举行换届选举大会\n2月25日,小市街道辖区5个社区举行了第十届社区居委会换届选举大会。")
    assert [m.indicator for m in held.metrics] == ["社区"], [m.indicator for m in held.metrics]
    voted = extract_text("长乐西路街道完成换届选举\n长乐西路街道辖区10个社区共选举产生居民委员会成员76人。")
    assert {(m.indicator, m.value) for m in voted.metrics} == {("社区", 10), ("居民委员会成员", 76)}, \
        [(m.indicator, m.value) for m in voted.metrics]


def test_a_count_grown_to_its_figure():
    """乾安县安字镇 (iichatc.com) reads 猪发展到6900头: 发展到 is how the count grew, no part of the noun (base:
    猪发展; the one-character 猪 alone is no indicator either way). Base read 农民专业合作社发展 for the
    same grammar with a noun of its own: 全县农民专业合作社发展到1200家."""
    doc = extract_text("安字镇介绍\n全县农民专业合作社发展到1200家。")
    assert [m.indicator for m in doc.metrics] == ["农民专业合作社"], [m.indicator for m in doc.metrics]
