"""Round 52 (mass52): news of people's organisations (总工会, 妇联, 团委, 科协, 侨联) from the fresh
texts of /tmp/s26/fresh/mass52: the Youth League's committee written with its province's short name
after a preposition (从团海南儋州市委) or after its place's short name (临安团区委), and a count of
listed examples (县人民法院、县公安局刑侦大队等18个先进集体) about none of the bodies listed."""
from __future__ import annotations

from conftest import extract_text, relation_pairs


def _typed(doc) -> dict[str, str]:
    return {e.name: e.type for e in doc.entities.values()}


def _subjects(doc) -> dict[str, str | None]:
    names = {k: e.name for k, e in doc.entities.items()}
    return {m.indicator: names.get(m.subject) for m in doc.metrics}


def test_the_league_committee_after_a_preposition_and_its_province():
    """中国青年报 (团儋州市委): 记者日前从团海南儋州市委了解到 is the Youth League's committee of
    儋州市 (base: the party's 儋州市委, an agency, which then ran the League's programmes)."""
    doc = extract_text("团儋州市委推动青年志愿服务\n"
                       "中国青年报客户端讯 记者日前从团海南儋州市委了解到,近年来,团儋州市委着力加强青年志愿服务组织体系建设。")
    typed = _typed(doc)
    assert typed.get("共青团儋州市委") == "Organization" and "儋州市委" not in typed, typed
    assert ("共青团儋州市委", "儋州市") in relation_pairs(doc, "locatedIn")
    other = extract_text("集团海南儋州市委书记王建设一行到访。")  # 团 ending a word: no league
    assert not any("共青团" in n for n in _typed(other)), _typed(other)


def test_the_league_committee_after_its_place_s_short_name():
    """浙江农林大学团委 (临安区人大调研): 临安团区委书记季煜程 is the committee of 临安区, 共青团临安区委
    (base: a bare 团区委)."""
    doc = extract_text("临安区人大调研青年志愿服务体系建设\n"
                       "临安区委社工部、临安团区委、锦北街道负责人参加座谈会。\n"
                       "临安团区委书记季煜程汇报青年志愿服务体系建设情况。")
    assert ("季煜程", "共青团临安区委") in relation_pairs(doc, "holdsPost")
    assert "团区委" not in _typed(doc), _typed(doc)


def test_a_count_of_listed_bodies_is_none_of_theirs():
    """桑植县融媒体中心 (三八 大会): 县人民法院、县公安局刑侦大队等18个获妇女儿童工作先进集体 counts the
    county's honoured collectives; base gave the count to 桑植县人民法院, the first one listed."""
    doc = extract_text("桑植县纪念“三八”国际劳动妇女节大会举行\n"
                       "3月7日,桑植县纪念“三八”国际劳动妇女节大会举行。会议对先进集体进行表扬。"
                       "县人民法院、县公安局刑侦大队等18个获妇女儿童工作先进集体;萃英学校、芙蓉学校等10个家庭教育工作先进集体。")
    subjects = _subjects(doc)
    assert subjects.get("获妇女儿童工作先进集体") == "桑植县", subjects
    assert subjects.get("家庭教育工作先进集体") == "桑植县", subjects


def test_a_national_observance_is_no_national_scope():
    """安徽网 (肥西县科协): 全国科普日期间,县科协共印制宣传册3000份 — the county association's
    leaflets during the observance; base read 全国 as the scope and gave them to 中国."""
    doc = extract_text("肥西县科协获评2023年全国科普日活动优秀组织单位\n"
                       "肥西县科协扎实推进活动开展。全国科普日期间,县科协共印制宣传册3000份,科普宣传册6000份。")
    subjects = _subjects(doc)
    assert subjects.get("印制宣传册") == "肥西县科协", subjects


def test_a_publication_field_run_into_its_date():
    """青川县总工会 (广元市总工会 site): 发布时间2016-02-15 来源:系统管理 under the headline dates the
    story (base: no date, the field's mark missing)."""
    doc = extract_text("青川县总工会“两节”送温暖\n发布时间2016-02-15 来源:系统管理\n"
                       "青川县总工会在两节期间,对困难职工普遍走访慰问。\n")
    assert doc.date == "2016-02-15", doc.date


def test_the_bracketed_level_of_a_general_list_opens_no_body():
    """安徽网 (肥西县科协): 各乡镇(园)区科协积极利用辖区科普画廊 speaks of every township's and park's
    association; base read a body 区科协 off the bracketed list."""
    doc = extract_text("肥西县科协获表扬\n各乡镇(园)区科协积极利用辖区科普画廊开展科普宣传活动。")
    assert "区科协" not in _typed(doc), _typed(doc)


def test_a_joiner_after_a_figure_opens_no_name():
    """安徽网 (肥西县科协): 全面更新全县中心科普画廊20多处和村社区科普宣传栏228处 — base named the second
    figure 和村社区科普宣传栏, the 和 joining it to the first figure read into its name."""
    doc = extract_text("肥西县科协获表扬\n肥西县科协扎实推进活动开展。全面更新全县中心科普画廊20多处和村社区科普宣传栏228处。")
    indicators = {m.indicator for m in doc.metrics}
    assert "村社区科普宣传栏" in indicators and "和村社区科普宣传栏" not in indicators, indicators
