"""Round 95 (yuemin95): 广东 and 福建 county and district news — 东莞 镇街 meetings on the 百千万工程
(长安镇, 虎门镇, 茶山镇), 梅州's 典型镇/示范村 lists, 潮州's 美丽侨村 list, 平和县九峰镇, 泉港区界山镇, 福鼎
太姥山镇 and 漳浦县 rural-revitalisation news (fresh texts of /tmp/s26/fresh/yuemin95, from public news
pages).  Fixes, all in the gazetteer's village grammar: a village of a two-character stem whose second
character is 和 (城郊街道西和村, 城北镇太和村: 太和, 永和, 中和) right after its township was no village; a
village written with its kind doubled (城北镇上村村等24个村) was cut to 上村; 及 closing a list of villages
(官塘镇石湖村及奕湖村) left the last one out; 在 of time before a verb (在听取东张村的工作介绍后) read the
verb into the village's name (听取东张村)."""
from __future__ import annotations

from conftest import extract_text


def _places(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Place"}


def _parents(doc) -> set[tuple[str, str]]:
    return {(doc.entities[r.subject].name, doc.entities[r.object].name) for r in doc.relations
            if r.predicate == "partOf" and r.subject in doc.entities and r.object in doc.entities}


def test_a_village_whose_stem_ends_in_he_after_its_township():
    """06-meizhou-shifanzhen: 省农业农村厅同意花都区赤坭镇等50个镇…从化区城郊街道西和村等485个行政村(社区)创建
    广东省乡村振兴示范村 (base: no 西和村; 太和村, 永和村 neither).  梅县区镇和村干部 (the township and village
    levels after a district) names no village."""
    doc = extract_text("示范村名单\n省农业农村厅同意从化区城郊街道西和村等485个行政村(社区)创建示范村。"
                       "梅江区城北镇太和村入选。")
    assert {"西和村", "太和村"} <= _places(doc), _places(doc)
    assert ("西和村", "城郊街道") in _parents(doc), _parents(doc)
    doc = extract_text("会议\n梅县区镇和村干部参加会议。")
    assert not {p for p in _places(doc) if p.endswith("和村")}, _places(doc)


def test_a_village_written_with_its_kind_doubled():
    """06-meizhou-shifanzhen: 梅江区城北镇上村村等24个村入选创建名单 (base: the village 上村).  上村村民 stays the
    village 上村 and its villagers."""
    doc = extract_text("示范村名单\n梅江区城北镇上村村等24个村入选创建名单。")
    assert "上村村" in _places(doc) and "上村" not in _places(doc), _places(doc)
    doc = extract_text("村民\n梅江区城北镇上村村民纷纷点赞。")
    assert "上村" in _places(doc) and "上村村" not in _places(doc), _places(doc)


def test_ji_closes_a_list_of_villages():
    """08-chaozhou-meili-qiaocun: 湘桥区磷溪镇美堤村、官塘镇石湖村及奕湖村和枫溪区詹厝村等10个村入选 (base: no
    奕湖村).  The village after 及 shares its township; 及周边 names nothing."""
    doc = extract_text("美丽侨村\n湘桥区磷溪镇美堤村、官塘镇石湖村及奕湖村等10个村入选。")
    assert ("奕湖村", "官塘镇") in _parents(doc), _parents(doc)
    doc = extract_text("美丽侨村\n湘桥区官塘镇石湖村及周边村庄环境整治。")
    assert _places(doc) & {"周边村", "周边村庄"} == set(), _places(doc)


def test_a_verb_after_zai_opens_no_village():
    """09-quangang-jieshan-dongzhang: 在听取东张村的工作介绍后,与会人员就东张村乡村规划…提出意见 (base: a place
    听取东张村).  The village is 东张村; 到胜利村调研 (the word is the whole stem) stays a village."""
    doc = extract_text("调研\n近日,泉港区委常委王晓莺带队到界山镇东张村调研。在听取东张村的工作介绍后,与会人员提出意见。")
    assert "听取东张村" not in _places(doc) and "东张村" in _places(doc), _places(doc)
    doc = extract_text("调研\n近日,县委书记到胜利村调研。")
    assert "胜利村" in _places(doc), _places(doc)


def test_a_village_after_luohu_and_its_scope_word():
    """10-fuding-taimushan: 海西首座核电站宁德核电站落户境内备湾村,核电年产值67亿元 (base: no 备湾村).  落户 (a
    project or plant settling) names the village after it as 到 does, past the scope word 境内; 落户小城镇
    (a common word) and 落户园区 name none."""
    doc = extract_text("核电\n太姥山镇地处福鼎市东南部。宁德核电站落户境内备湾村。")
    assert "备湾村" in _places(doc) and "境内备湾村" not in _places(doc), _places(doc)
    doc = extract_text("项目\n一批项目落户小城镇,企业落户园区。")
    assert not _places(doc), _places(doc)


def test_a_village_whose_stem_ends_in_he_after_a_verb_of_place():
    """As after its township (西和村), 到永和村调研 names 永和村 (base: none); 精准到户和村集体 (到户, a word) and
    到镇和村两级 (a level) name no village."""
    doc = extract_text("调研\n县委书记到永和村调研。")
    assert "永和村" in _places(doc), _places(doc)
    doc = extract_text("帮扶\n资金精准到户和村集体,干部到镇和村两级蹲点。")
    assert not {p for p in _places(doc) if p.endswith("和村")}, _places(doc)
