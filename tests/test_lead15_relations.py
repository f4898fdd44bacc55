"""A body named as the source of what a sentence reports is no actor (lead15): 根据中国外交部官网的消息，
…中方愿将…倡议同东盟…对接 — the ministry tells, it does not cooperate with ASEAN; 据县统计局通报 likewise.
A body that acts in such a sentence still does (县商务局与某公司签订协议)."""
from __future__ import annotations

from conftest import text_doc
from kg.pipeline import Pipeline

_PIPE = Pipeline(("gazetteer", "registry", "numbers", "entities", "resolve", "relations"))


def _rels(doc, pred):
    return {(doc.entities[r.subject].name, doc.entities[r.object].name) for r in doc.relations if r.predicate == pred}


def test_the_source_of_a_report_cooperates_with_nobody():
    doc = _PIPE(text_doc("联合声明发表\n根据中国外交部官网的消息，李克强总理表示，中方愿将共建“一带一路”倡议同东盟整体及各国发展对接。"))
    assert not _rels(doc, "cooperatesWith")


def test_a_body_acting_after_a_source_still_acts():
    doc = _PIPE(text_doc("签约\n据扶风县融媒体中心报道，扶风县商务局与陕西省农业发展集团有限公司签订合作协议。"))
    assert ("扶风县商务局", "陕西省农业发展集团有限公司") in _rels(doc, "cooperatesWith") or \
        ("陕西省农业发展集团有限公司", "扶风县商务局") in _rels(doc, "cooperatesWith")
