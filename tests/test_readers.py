"""Reading real text in the encodings and containers analysts actually have."""
from __future__ import annotations

import json

from kg.readers.corpus import ReadError, read_corpus

SENTENCE = "邯郸市生态环境局印发《关于开展工业企业落实生态环境保护主体责任自查整改工作的通知》，梳理了82项自查整改要点。"


def _read(paths):
    items = list(read_corpus(paths))
    return [d for d in items if not isinstance(d, ReadError)], [e for e in items if isinstance(e, ReadError)]


def test_encodings_decode_to_the_same_text(tmp_path):
    for enc, data in {"utf8": SENTENCE.encode("utf-8"), "bom": b"\xef\xbb\xbf" + SENTENCE.encode("utf-8"),
                      "gbk": SENTENCE.encode("gbk"), "gb18030": SENTENCE.encode("gb18030"),
                      "utf16": SENTENCE.encode("utf-16"), "utf16le": SENTENCE.encode("utf-16-le")}.items():
        (tmp_path / f"{enc}.txt").write_bytes(data)
    docs, errors = _read([tmp_path])
    assert not [e for e in errors if e.fatal]
    assert {d.text for d in docs} == {SENTENCE}
    assert {d.source for d in docs} == {f"{tmp_path.name}/{e}.txt" for e in
                                        ("utf8", "bom", "gbk", "gb18030", "utf16", "utf16le")}


def test_big5_is_read_as_traditional(tmp_path):
    trad = "邯鄲市生態環境局發布通知，要求企業對照自查、及時整改存在問題。"
    (tmp_path / "big5.txt").write_bytes(trad.encode("big5"))
    docs, _ = _read([tmp_path / "big5.txt"])
    assert docs[0].text == trad


def test_binary_and_empty_files_are_reported(tmp_path):
    (tmp_path / "img.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text(" \n\t\u3000\n", encoding="utf-8")
    docs, errors = _read([tmp_path])
    assert not docs
    reasons = {e.path.split("/")[-1]: e.reason for e in errors}
    assert "PNG" in reasons["img.txt"]
    assert "empty" in reasons["empty.txt"]
    assert "white space" in reasons["blank.txt"]


def test_jsonl_records_and_broken_lines(tmp_path):
    lines = [json.dumps({"id": "r1", "text": SENTENCE, "title": "云执法", "date": "2022-06-01"}, ensure_ascii=False),
             "{broken",
             json.dumps({"id": "r2"}),
             json.dumps({"id": "r3", "text": "馆陶县23个项目开工。"}, ensure_ascii=False)]
    (tmp_path / "c.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs, errors = _read([tmp_path / "c.jsonl"])
    assert [(d.source, d.title, d.date) for d in docs] == [("c.jsonl#r1", "云执法", "2022-06-01"),
                                                          ("c.jsonl#r3", None, None)]
    assert [(e.line, e.reason.split(":")[0]) for e in errors] == [(2, "invalid JSON"),
                                                                  (3, 'record needs an "id" and a string "text"')]


def test_html_page_keeps_text_drops_markup(tmp_path):
    page = f"<html><head><title>通知</title><script>alert(1)</script></head><body><p>{SENTENCE}</p></body></html>"
    (tmp_path / "p.html").write_text(page, encoding="utf-8")
    docs, _ = _read([tmp_path / "p.html"])
    assert docs[0].text == SENTENCE and docs[0].title == "通知"


def test_missing_path_is_an_error(tmp_path):
    docs, errors = _read([tmp_path / "nope.txt"])
    assert not docs and "no such file" in errors[0].reason
