"""Round 48 (party48): discipline inspection and party organisation news from fresh texts of
/tmp/s26/fresh/party48 (莆田秀屿 一案双查, 盐城大丰 众心村, 中纪委 每周通报, 中新社 纪检监察干部 2022,
阜新县 巡察进驻): a town's 镇 before 原 (former) opens no county 镇原; a village's party organ with 原
between is the body of the post held before; 中队长 heads a 中队; 原 before a post word of the
dictionary (原总账会计) opens no name; a list closed by 共N个乡镇 ends before 共; two figures each
after its own noun (厅局级及以上干部77人、县处级干部460余人) are no run over one list; 件次 is a
unit of its own."""
from __future__ import annotations

from conftest import extract_text, relation_pairs


def _metrics(doc) -> list[tuple[str, float, str]]:
    """(indicator, value, unit) of every metric of `doc`."""
    return [(m.indicator, m.value, m.unit) for m in doc.metrics]


def _names(doc, label: str) -> dict[str, str | None]:
    return {e.name: e.code for e in doc.entities.values() if e.type == label}


def test_a_town_s_suffix_before_former_is_no_county():
    """秀屿区 一案双查 (新华): 近日,莆田市秀屿区东峤镇原党委书记黄金华…被免职 — 镇原 read across the
    town's 镇 and 原 (base: a place 镇原县 of Gansu, the post in its 镇原县党委, no 东峤镇).  The name is
    another here: 黄金华 (黄金 'gold', 金华 a city) is still no name the finder reads."""
    doc = extract_text("书记被免职\n近日,东峤镇原党委书记王建国被免职。")
    places = _names(doc, "Place")
    assert "镇原县" not in places, places
    assert ("王建国", "东峤镇党委") in relation_pairs(doc, "holdsPost"), relation_pairs(doc, "holdsPost")
    assert not any(b.startswith("镇原") for _p, b in relation_pairs(doc, "holdsPost"))
    county = extract_text("调研\n甘肃省庆阳市领导赴镇原调研农业生产。")  # no town before it: the county
    assert _names(county, "Place").get("镇原县") == "621027", _names(county, "Place")


def test_a_village_organ_with_former_between_is_the_post_s_body():
    """秀屿区 一案双查: 魏厝村原党支部副书记魏某星…因受贿被立案查处 (base: no post, no 魏厝村党支部)."""
    doc = extract_text("书记被免职\n其中,魏厝村原党支部副书记魏某星因受贿被立案查处,并移送司法机关处理。")
    assert ("魏某星", "魏厝村党支部") in relation_pairs(doc, "holdsPost"), relation_pairs(doc, "holdsPost")
    held = [r for r in doc.relations if r.predicate == "holdsPost" and doc.entities[r.subject].name == "魏某星"]
    assert held and any(p.get("status") == "former" for p in held[0].posts), [r.posts for r in held]


def test_a_squad_leader_heads_the_squad():
    """中纪委 每周通报: 营口盖州市综合执法局西城一中队中队长魏建宏 (base: a body 西城一中队中队, post 队长)."""
    doc = extract_text("通报\n营口盖州市综合执法局西城一中队中队长魏建宏以孩子升学为名违规操办升学宴并收受礼金。")
    # (chengguan119: the squad is now named by its bureau's chain, 盖州市综合执法局西城一中队, as a police station is)
    assert ("魏建宏", "盖州市综合执法局西城一中队") in relation_pairs(doc, "holdsPost"), relation_pairs(doc, "holdsPost")
    assert not any(n.endswith("中队中队") for n in _names(doc, "Agency"))


def test_former_before_a_dictionary_post_opens_no_name():
    """大丰区 众心村: 村党支部书记卢春涛、原村委会主任喻山恒、原总账会计董荣进等6名村干部 (base: a person
    原总账 holding the 村委会's 主任)."""
    doc = extract_text("村干部受处分\n村党支部书记卢春涛、原村委会主任喻山恒、原总账会计董荣进等6名村干部违反廉洁纪律,"
                       "予以党内警告处分。")
    people = _names(doc, "Person")
    assert "原总账" not in people, people
    assert "喻山恒" in people


def test_a_township_list_closed_by_a_total_ends_before_it():
    """阜新县 巡察进驻: 平安地镇、扎兰营子镇、务欢池镇、塔营子镇、大巴镇、苍土乡共6个乡镇 (base: a place
    苍土乡共, part of the county)."""
    doc = extract_text("县委3个巡察组完成对6个乡镇的巡察进驻\n"
                       "根据县委统一安排部署,7月3日,县委3个巡察组分别完成对平安地镇、扎兰营子镇、务欢池镇、塔营子镇、"
                       "大巴镇、苍土乡共6个乡镇及所辖69个村党组织的巡察进驻。")
    places = _names(doc, "Place")
    assert "苍土乡共" not in places, places
    assert places.get("苍土乡") == "210921211" and places.get("务欢池镇") == "210921106", places


def test_figures_each_after_its_own_noun_are_no_run():
    """中新社 2022年纪检监察干部: 处分厅局级及以上干部77人、县处级干部460余人 (base: 460 人 of 以上干部,
    the class 厅局级及以上 split at its 及 as a list of two)."""
    doc = extract_text("通报\n2022年,全国纪检监察机关对纪检监察干部立案2200余件。其中,处分厅局级及以上干部77人、"
                       "县处级干部460余人。")
    got = _metrics(doc)
    assert ("县处级干部", 460, "人") in got, got
    assert not any(i == "以上干部" for i, _v, _u in got), got


def test_cases_counted_per_handling_keep_their_unit():
    """中新社 2022年纪检监察干部: 接收…问题线索或反映2.21万件次, 谈话函询纪检监察干部7000余件次 (base:
    件, the 次 dropped)."""
    doc = extract_text("通报\n2022年,全国纪检监察机关共接收涉及纪检监察干部问题线索或反映2.21万件次,"
                       "谈话函询纪检监察干部7000余件次。")
    got = _metrics(doc)
    assert any(v == 7000 and u == "件次" for _i, v, u in got), got
    assert any(v == 22100 and u == "件次" for _i, v, u in got), got


def test_a_hidden_name_ends_at_its_mou_before_a_preposition():
    """邛崃 乔迁宴: 4月28日,水口镇响水村党支部书记朱某以乔迁新居的名义,违规操办酒宴数十桌 (base: no
    person; 朱某涛、, 傅某杰因受贿 keep the given name's last character)."""
    doc = extract_text("邛崃一村支书违规操办乔迁宴被查处\n信中反映:4月28日,水口镇响水村党支部书记朱某以乔迁新居的名义,"
                       "违规操办酒宴数十桌,在当地群众中间造成了不良影响。")
    assert "朱某" in _names(doc, "Person"), _names(doc, "Person")
    kept = extract_text("通报\n其中,镇武装部原副部长朱某涛、镇综合执法队原队长傅某杰因受贿被立案查处。")
    assert {"朱某涛", "傅某杰"} <= set(_names(kept, "Person")), _names(kept, "Person")


def test_former_before_a_squad_leader_ends_no_body():
    """秀屿区 一案双查: 镇综合执法队原队长傅某杰 (base: a body 镇综合执法队原队, read through the post's 队
    as 宣传部长 is through 部)."""
    doc = extract_text("通报\n其中,镇武装部原副部长朱某涛、镇综合执法队原队长傅某杰因受贿被立案查处。")
    assert not any(n.endswith("原队") for n in _names(doc, "Agency")), _names(doc, "Agency")


def test_what_a_notice_says_of_a_person_ends_the_name():
    """新华网 湘阴县民政局: 党组成员、副局长左重受到党内警告处分; 管理处主任吴军因在公共资源管理上失职渎职
    (base: persons 左重受 and 吴军因)."""
    doc = extract_text("湖南一县民政局违规发月饼 局长遭党内严重警告\n"
                       "湖南省纪委日前对7起违反作风建设规定精神的典型问题发出通报,其中湘阴县民政局中秋节违规发放月饼,"
                       "党组书记、局长庞国荣受到党内严重警告处分,党组成员、副局长左重受到党内警告处分。"
                       "此外,湖南烈士公园党委副书记、管理处主任吴军因在公共资源管理上失职渎职,受到行政警告处分。")
    people = _names(doc, "Person")
    assert {"左重", "吴军", "庞国荣"} <= set(people), people
    assert not {"左重受", "吴军因"} & set(people), people


def test_the_four_forms_of_discipline_are_no_count():
    """《Legal观察》国家监委2024年数据: 从“四种形态”运用处理情况来看,2024年共计处理147.9万人 (base: a
    figure 4 种 of 形态处理情况)."""
    doc = extract_text("解读国家监委2024年最新查办数据\n"
                       "3.四种形态处理情况均有所上升\n"
                       "从“四种形态”运用处理情况来看,2024年共计处理147.9万人,较2023年的119.6万人,增加将近30万人,增幅23.7%。")
    got = _metrics(doc)
    assert not any(v == 4 and u == "种" for _i, v, u in got), got
    assert any(v == 1479000 for _i, v, _u in got), got


def test_a_special_dispatch_outlet_is_no_subject():
    """新华网 湘阴县民政局: 新华网湖南频道长沙9月5日专电 湖南省纪委日前对7起违反作风建设规定精神的典型问题发出通报
    (base: the outlet 新华网 the subject of the 7 cases, dated the dispatch's day)."""
    doc = extract_text("湖南一县民政局违规发月饼 局长遭党内严重警告\n"
                       "新华网湖南频道长沙9月5日专电 湖南省纪委日前对7起违反作风建设规定精神的典型问题发出通报,"
                       "其中湘阴县民政局中秋节违规发放月饼。")
    names = {k: e.name for k, e in doc.entities.items()}
    got = [(names.get(m.subject), m.value) for m in doc.metrics]
    assert got and not any(s == "新华网" for s, _v in got), got
