"""Round 76 (shandong76): township and street news of 山东 and 河南 (临沂沂南蒲汪镇, 驻马店汝南常兴镇, 周口商水
张庄乡, 菏泽郓城张集镇, 驻马店水屯镇 and 五沟营镇, 潍坊寿光, 南阳邓州小杨营乡, 济宁曲阜吴村镇) from fresh texts of
/tmp/s26/fresh/shandong76.  Fixes: a town written alone in a story that names one county of its city
(never the city) is no town of a sibling county (郓城县 … 张集镇 is not 单县's, and 县政府办公室 is 郓城县's);
the grid chief 网格长 is a post (书记兼网格长王东超); the resultative 好 after a mechanism's verb
(完善好激励机制) opens no mechanism's name; a village named after a dike (上口镇西堤村) is no water work; a
party committee's member by charge (镇党委组织委员葛冰) is a post; a verb opening a run of villages
(介绍孟垓村、前张庄村) is no part of the first name."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def _rels(doc, pred: str) -> set[tuple[str, str]]:
    n = lambda k: doc.entities[k].name if k in doc.entities else k
    return {(n(r.subject), n(r.object)) for r in doc.relations if r.predicate == pred}


def test_a_town_beside_its_named_county_is_no_sibling_county_s_town():
    """04-yuncheng-zhangji (菏泽郓城): 郓城县县长谷永强先后到张集镇东苑村、黄集镇张楼村 … 县政府办公室主任王永合 (base:
    张集镇 read as 单县's, the one of 菏泽 the table lists, and 单县人民政府办公室)."""
    doc = extract_text("郓城县县长谷永强到张集镇、黄集镇调研\n近日,郓城县委副书记、县长谷永强先后到张集镇东苑村、"
                       "黄集镇张楼村调研指导第一书记工作。县政府办公室主任王永合、张集镇党委书记黄启龙陪同调研。")
    agencies = _names(doc, "Agency")
    assert "郓城县人民政府办公室" in agencies and not any(a.startswith("单县") for a in agencies), agencies
    assert ("张集镇", "郓城县") in _rels(doc, "partOf"), _rels(doc, "partOf")
    # the city written: the table's town of the sibling county stays the one the story means
    city = extract_text("菏泽市召开会议\n菏泽市郓城县、单县负责同志参加。会后调研组到张集镇东苑村调研。")
    assert ("张集镇", "单县") in _rels(city, "partOf"), _rels(city, "partOf")


def test_the_grid_chief_is_a_post():
    """02-runan-changxing (驻马店汝南): 常兴镇常兴社区党支部书记兼二级网格长王东超 (base: no person, no post)."""
    doc = extract_text("常兴镇网格治理见实效\n7月13日一早,汝南县常兴镇常兴社区党支部书记兼二级网格长王东超就给社区的"
                       "三四级网格长、网格员安排当天的工作。")
    assert ("王东超", "常兴社区党支部") in _rels(doc, "holdsPost"), _rels(doc, "holdsPost")
    bare = extract_text("网格治理\n要配齐网格长、网格员,网格长负责全面工作。")
    assert not _names(bare, "Person"), _names(bare, "Person")


def test_the_resultative_hao_opens_no_mechanism():
    """07-shouguang-grid (潍坊寿光): 通过理顺好网格体系、配备好网格力量、划分好职责任务、完善好激励机制等举措 (base: a
    Programme 好激励机制)."""
    doc = extract_text("寿光市召开会议\n会议指出,要通过理顺好网格体系、配备好网格力量、划分好职责任务、完善好激励机制等举措,"
                       "切实把基层网格建好用好。要建立好长效机制。")
    assert not any(p.startswith("好") for p in _names(doc, "Programme")), _names(doc, "Programme")


def test_a_village_named_after_a_dike_is_no_water_work():
    """07-shouguang-grid (潍坊寿光): 会上稻田镇、台头镇李王庄村、上口镇西堤村分别…作交流发言 (base: an Organization
    上口镇西堤, a dike)."""
    doc = extract_text("寿光市召开会议\n会上稻田镇、台头镇李王庄村、上口镇西堤村分别围绕党建引领基层网格治理工作作交流发言。")
    assert "上口镇西堤" not in _names(doc, "Organization"), _names(doc, "Organization")
    assert ("西堤村", "上口镇") in _rels(doc, "partOf"), _rels(doc, "partOf")
    works = extract_text("水利工程完工\n岗南水库和白洋淀千里堤加固工程完工。")
    assert {"岗南水库", "白洋淀千里堤"} <= _names(works, "Organization"), _names(works, "Organization")


def test_a_committee_member_by_charge_is_a_post():
    """10-dongping-daimiao (泰安东平戴庙镇): 会议由镇党委组织委员葛冰主持 (base: 葛冰 with no post)."""
    doc = extract_text("戴庙镇召开县派第一书记对接会\n7月6日上午,戴庙镇召开县派第一书记对接会。会议由镇党委组织委员葛冰主持,"
                       "镇党委宣传委员李明宣读名单。")
    got = _rels(doc, "holdsPost")
    assert {("葛冰", "戴庙镇党委"), ("李明", "戴庙镇党委")} <= got, got
    games = extract_text("全运会筹备\n第十届全运会组织委员会主任张三讲话。")
    assert not any(b.endswith("党委") for _, b in _rels(games, "holdsPost")), _rels(games, "holdsPost")


def test_a_verb_opening_a_run_of_villages_is_no_part_of_its_name():
    """10-dongping-daimiao (泰安东平戴庙镇): 宣读…名单,介绍孟垓村、前张庄村、土山村基本情况 (base: a Place 介绍孟垓村)."""
    doc = extract_text("戴庙镇召开对接会\n7月6日,戴庙镇召开县派第一书记对接会。葛冰宣读驻村工作队员的名单,"
                       "介绍孟垓村、前张庄村、土山村基本情况。")
    places = _names(doc, "Place")
    assert "孟垓村" in places and "介绍孟垓村" not in places, places
