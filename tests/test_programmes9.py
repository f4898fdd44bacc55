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
