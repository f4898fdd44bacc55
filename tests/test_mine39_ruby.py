"""mine39: pages that print each character's pinyin after it (a Xinhua story reposted by a site
that annotates traditional characters, as published): the readings are no part of the text."""
from __future__ import annotations

import json

from kg.builder import extract_document
from kg.readers.corpus import read_corpus

_PAGE = ("國(guó)務(wù)院敲定政府工作報(bào)告重點(diǎn)任務(wù)分工及時(shí)限\n\n"
         "  新華社北京3月15日電(記者劉紅霞)十三屆全國(guó)人大四次會(huì)議審議通過了今年的政府工作報(bào)告。"
         "15日召開的國(guó)務(wù)院常務(wù)會(huì)議,把政府工作報(bào)告提出的重點(diǎn)工作分解到國(guó)務(wù)院部門。\n")


def _names(doc) -> set[str]:
    return {e.name for e in extract_document(doc).entities.values()}


def test_pinyin_readings_are_read_out_of_a_text_file(tmp_path):
    (tmp_path / "page.txt").write_text(_PAGE, encoding="utf-8")
    (doc,) = list(read_corpus([tmp_path]))
    assert "(guó)" not in doc.text and doc.text.startswith("國務院敲定政府工作報告")
    names = _names(doc)
    assert {"国务院", "国务院常务会议", "刘红霞"} <= names
    assert not {n for n in names if "敲定" in n}


def test_pinyin_readings_are_read_out_of_a_json_lines_record_and_latin_notes_stay(tmp_path):
    rows = [{"id": "r1", "text": _PAGE}, {"id": "r2", "text": "北京(Beijing)市政府(a)召开会议。"}]
    (tmp_path / "c.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    texts = [d.text for d in read_corpus([tmp_path])]
    assert any(t.startswith("國務院敲定") for t in texts)
    assert "北京(Beijing)市政府(a)召开会议。" in texts
