"""Round 63 (zhejiang63): ordinary county and city news of 浙江 and 福建 (泰顺县南浦溪镇, 晋江 project
signings, 瓯江口, 玉环, 黄岩, 温岭, 福鼎太姥山镇, 路桥峰江街道) from /tmp/s26/fresh/zhejiang63: a list of
leaders closed by 现场见证签约 (现场 an adverb after a name, 见证 a leader's act), 涉及 after a counted
noun read as a whole word (no 项目涉), and a count before a size class's measure (17家规模以上工业总产值
44.7亿元: 规模 of 规模以上 is no measure; the firms are 规模以上工业, the output keeps its class), and
an industrial cluster zone (产业集聚区) a zone whose 管委会 is its own, and jieba's ns word opening a
town's short name (南浦|溪生态 where the text names 南浦溪镇) no place."""
from __future__ import annotations

from conftest import extract_text


def _people(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Person"}


def _metrics(doc) -> set[tuple[str, float, str]]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def test_leaders_listed_before_witnessing_a_signing():
    """06-jinjiang-signing-2019 (晋江): 泉州及晋江市领导康涛、刘文儒、…、李自力现场见证签约 (base: no one of
    the list, 现场见证 closed no name)."""
    doc = extract_text("晋江举行项目集中签约活动\n今天上午,晋江举行百个项目集中签约暨开竣工活动。"
                       "泉州及晋江市领导康涛、刘文儒、张文贤、洪于权、林仁达、李自力现场见证签约。")
    assert {"康涛", "刘文儒", "洪于权", "李自力"} <= _people(doc), _people(doc)
    assert "李自力现" not in _people(doc)


def test_a_leader_witnessing_alone():
    """县领导…见证签约 with 见证 right after the names (base: no one)."""
    doc = extract_text("某县举行招商项目签约仪式\n昨日,县领导王建国、陈立华见证签约。")
    assert {"王建国", "陈立华"} <= _people(doc), _people(doc)


def test_involving_ends_the_counted_noun_as_a_whole_word():
    """06-jinjiang-signing-2019: 此次签约的51个项目涉及产业转型攻坚、民生补短板等 (base: indicator 项目涉);
    a noun that opens with 涉及 keeps its words (3个涉及民生的项目)."""
    doc = extract_text("晋江举行项目集中签约活动\n此次签约的51个项目涉及产业转型攻坚、民生补短板等。")
    got = _metrics(doc)
    assert ("项目", 51, "个") in got, got
    assert not any(ind == "项目涉" for ind, _, _ in got), got
    doc = extract_text("晋江项目建设\n全市有3个涉及民生的项目。")
    assert ("涉及民生的项目", 3, "个") in _metrics(doc), _metrics(doc)


def test_a_count_before_a_size_class_s_output():
    """08-fuding-taimushan (福鼎太姥山镇): 其中17家规模以上工业总产值44.7亿元 (base: 规模以上工业总产值 17家);
    the output keeps its class (规模以上工业总产值 44.7亿元), and 15个项目总投资 stays as it was."""
    doc = extract_text("福鼎太姥山镇\n2018年该镇全年实现工农业总产值62.6亿元,其中17家规模以上工业总产值44.7亿元。")
    got = _metrics(doc)
    assert ("规模以上工业", 17, "家") in got, got
    assert ("规模以上工业总产值", 4470000000, "元") in got, got
    assert not any(unit == "家" and ind.endswith("产值") for ind, _, unit in got), got
    doc = extract_text("某县\n全县15个项目总投资达98.6亿元。")
    assert {("项目", 15, "个"), ("总投资", 9860000000, "元")} <= _metrics(doc), _metrics(doc)


def test_a_count_before_a_size_class_s_change():
    """484家规模以上工业企业增加值同比增长8.1% (base: the count named 规模以上工业企业增加值同比)."""
    doc = extract_text("某县经济运行\n全县484家规模以上工业企业增加值同比增长8.1%。")
    got = _metrics(doc)
    assert ("规模以上工业企业", 484, "家") in got, got


def _rels(doc) -> set[tuple[str, str, str]]:
    ents = doc.entities
    return {(ents[r.subject].name, r.predicate, ents[r.object].name) for r in doc.relations
            if r.subject in ents and r.object in ents}


def test_an_industrial_cluster_zone_s_committee():
    """03-oujiangkou-chenhao's shape (瓯江口产业集聚区党工委书记、管委会主任梁超) with a county city's zone:
    长葛市产业集聚区党工委书记、管委会主任王磊 (base: 王磊 holds a post of 长葛市管委会, the city's)."""
    doc = extract_text("长葛市召开项目推进会\n长葛市产业集聚区党工委书记、管委会主任王磊主持会议。")
    got = _rels(doc)
    assert ("王磊", "holdsPost", "长葛市产业集聚区管委会") in got, got
    assert not any(o == "长葛市管委会" for _, _, o in got), got


def _places(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Place"}


def test_a_town_s_short_name_is_no_place_of_its_own():
    """01-taishun-nanpuxi (泰顺县南浦溪镇): 结合南浦溪生态、农业…资源优势 (base: a Place 南浦, jieba's ns
    word opening the town's short name); 松口古镇 beside 松口镇 keeps its 松口 (古镇 is a word)."""
    doc = extract_text("泰顺县南浦溪镇开展结对帮扶\n郑建忠到南浦溪镇库村村调研。要结合南浦溪生态、农业、古村落等资源优势,"
                       "发展特色产业。")
    assert "南浦" not in _places(doc), _places(doc)
    assert "南浦溪镇" in _places(doc), _places(doc)
    doc = extract_text("梅县区考察乡村振兴\n考察组先后到现代设施农业示范基地、松口镇横东村、松口古镇、叶剑英纪念园、"
                       "雁洋镇等地考察。")
    assert {"松口镇", "横东村", "雁洋镇"} <= _places(doc), _places(doc)
