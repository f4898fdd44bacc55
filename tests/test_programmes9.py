"""Programmes on unseen text (programmes9): unquoted named projects written the way county and
city news write them, on sentences written in the shape of real government news."""
from __future__ import annotations

from conftest import programmes_and_relations


def test_company_park_is_a_named_project():
    """A company's park (…集团+what it handles+物流园区/产业园) is a named project the company runs,
    as its …项目 is; the bare 物流园区 of a sentence without a company stays out."""
    progs, rels = programmes_and_relations(
        "赤峰市重点项目集中开工\n市委书记一行先后考察了华宇集团冷链物流园区、新城控股集团智能制造产业园建设情况。")
    assert {"华宇集团冷链物流园区", "新城控股集团智能制造产业园"} <= progs
    assert ("华宇集团", "runs", "华宇集团冷链物流园区") in rels
    progs, _ = programmes_and_relations("赤峰市重点项目集中开工\n全市将加快建设物流园区和产业园。")
    assert not progs & {"物流园区", "产业园"}


def test_place_and_size_name_a_project():
    """A place, the size of what is built and 项目 name one project (place and 项目 kept in the name,
    the project implemented in the place); a count, an amount, a year or a company's project after a
    place-named company names none of that kind."""
    progs, rels = programmes_and_relations(
        "宁晋县重点项目集中开工\n今年，宁晋县50兆瓦光伏发电项目建成并网，市领导考察了宁晋县年产10万吨饲料项目、"
        "宁晋县光伏产业园，"
        "宁晋县3个项目入选省重点，宁晋县10亿元项目签约，宁晋县2024年项目集中开工。")
    assert {"宁晋县50兆瓦光伏发电项目", "宁晋县年产10万吨饲料项目"} <= progs
    assert ("宁晋县50兆瓦光伏发电项目", "implementedIn", "宁晋县") in rels
    assert not {p for p in progs if p.startswith("宁晋县") and p[3] in "312"}
    progs, rels = programmes_and_relations(
        "兴安盟重点项目集中开工\n此次开工的项目有鄂尔多斯羊绒集团年产40万件羊绒衫加工项目等。")
    assert ("鄂尔多斯羊绒集团年产40万件羊绒衫加工项目", "implementedIn", "鄂尔多斯市") not in rels


def test_work_campaign_named_by_what_it_guards():
    """开展…风险防控工作 / …集中整治工作: a long campaign name is a programme (without 工作), run by
    the body that 开展s it; a short kind of work (环境卫生整治工作, 疫情防控工作) is none."""
    progs, rels = programmes_and_relations(
        "县纪委召开专题会议\n县纪委监察局将开展工程建设领域廉政风险防控工作。"
        "县市场监管局深入开展农村假冒伪劣食品集中整治工作，县城管局开展环境卫生整治工作，全县开展疫情防控工作。")
    assert {"工程建设领域廉政风险防控", "农村假冒伪劣食品集中整治"} <= progs
    assert ("县市场监督管理局", "runs", "农村假冒伪劣食品集中整治") in rels
    assert not progs & {"环境卫生整治", "疫情防控", "环境卫生整治工作", "疫情防控工作"}


def test_work_campaign_not_opened_by_complement_or_quantifier():
    """开展好…工作, 开展各类…工作: what follows is a kind of work, not one named campaign."""
    progs, _ = programmes_and_relations(
        "县政府召开常务会议\n会议要求，各部门要深入开展各类安全隐患专项整治工作，扎实开展好校园周边环境综合治理工作。")
    assert not [p for p in progs if p.startswith(("各类", "好"))]
