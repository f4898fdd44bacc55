"""programmes38: who runs a county's projects and campaigns, and where (excerpts of real county and
township news, as published): an organisation that opens its clause runs what it carries out; a
verb after a place is no word of a project's name; a forum's venue is not where the programme it is
named after is carried out; a bare 活动 opening the next sentence is the event just named."""
from __future__ import annotations

from conftest import body_names, extract_text, relation_pairs


def test_an_organisation_opening_its_clause_runs_what_it_carries_out():
    """县供销社积极推进…，实施土地托管服务: the county supply cooperative (an organisation, not an
    agency) is the clause's subject, and runs the service as 县农业农村局 would."""
    doc = extract_text("近日,县供销社积极推进农村综合改革,实施土地托管服务,全县托管土地2.3万亩。")
    assert ("县供销合作社", "土地托管") in relation_pairs(doc, "runs")
    # …but a news agency opening the dateline (新华社北京5月14日电) is no subject of the sentence
    doc = extract_text("新华社北京5月14日电 2017年5月,中国在北京举办“一带一路”国际合作高峰论坛,29位外国元首出席。")
    assert not {r for r in relation_pairs(doc, "runs") if r[0] == "新华通讯社"}


def test_a_verb_after_a_place_is_no_word_of_the_project_name():
    """观音阁镇实施农贸市场升级改造项目: the town is the subject and 实施 its verb; the project is
    农贸市场升级改造, never 实施农贸市场升级改造."""
    doc = extract_text("观音阁镇:农贸市场换新颜 升级改造惠民生\n发布机构:观音阁镇人民政府\n"
                       "2021年,在市委宣传部的大力支持下,观音阁镇实施农贸市场升级改造项目,对市场进行升级改造,"
                       "让群众“菜篮子”拎得更方便、更舒心。")
    progs = body_names(doc, "Programme")
    assert "农贸市场升级改造" in progs
    assert not {p for p in progs if p.startswith("实施")}


def test_a_forums_venue_is_not_where_its_programme_is_carried_out():
    """中国在北京举办“一带一路”国际合作高峰论坛: 北京 is where the forum meets; the Belt and Road is
    not carried out in 北京 by that sentence."""
    doc = extract_text("2017年5月,中国在北京举办“一带一路”国际合作高峰论坛,29位外国元首出席。")
    assert ("一带一路", "北京市") not in relation_pairs(doc, "implementedIn")


def test_a_bare_event_opening_the_next_sentence_is_the_event_just_named():
    """…“大调研、大摸排”活动启动。\\n活动为期一个月,由靖边县农业农村局组织实施: the bureau runs the
    campaign named in the sentence before."""
    doc = extract_text("近日,靖边县重点项目“大调研、大摸排”活动启动。\n"
                       "活动为期一个月,由靖边县农业农村局组织实施。该局紧紧围绕优质高效农业建设目标,结合全县农业农村工作实际。")
    assert ("靖边县农业农村局", "大调研、大摸排") in relation_pairs(doc, "runs")


def test_a_person_in_charge_is_no_verb_of_organising():
    """活动由县文明办负责人讲解: 负责 opens the noun 负责人 (the person in charge who speaks); the
    office organises nothing by that clause, the bureau that carries it out runs it."""
    doc = extract_text("近日,县城管局开展“清洁家园”活动,活动由县文明办负责人讲解垃圾分类知识。")
    assert relation_pairs(doc, "runs") == {("县城管局", "清洁家园")}


def test_named_works_after_a_verb_of_carrying_out_are_programmes_generic_ones_not():
    """县住建局实施乡村振兴示范村创建工程, 县商务局推进农贸市场提升改造 (the forms seen in county news):
    a specific head of building or upgrading after 实施/推进 names works (the bureau runs what it 实施s); 实施重点改造
    工程, 推进一批提升改造 name none."""
    doc = extract_text("今年,县住建局实施乡村振兴示范村创建工程,打造示范村10个。"
                       "县商务局推进农贸市场提升改造,完成改造5家。")
    assert ("县住房和城乡建设局", "乡村振兴示范村创建工程") in relation_pairs(doc, "runs")
    assert "农贸市场提升改造" in body_names(doc, "Programme")
    doc = extract_text("今年,县里实施重点改造工程,推进一批提升改造。")
    assert not body_names(doc, "Programme")
