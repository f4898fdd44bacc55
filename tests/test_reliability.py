"""Awkward inputs: each is read correctly or reported (file, line where it applies, reason), the
other files are still built, the exit status says whether anything failed, and the same corpus
always gives the same bytes."""
from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from conftest import EXTRA, ROOT, SEED
from kg.readers.corpus import ReadError, SourceFile, find_files, read_corpus, read_file

OUTPUTS = ("extraction.json", "graph.ttl", "graph.trig", "graph.graphml", "graph.html")
SENTENCE = "邯郸市生态环境局印发《关于开展工业企业落实生态环境保护主体责任自查整改工作的通知》，梳理了82项自查整改要点。"
TRAD = "邯鄲市生態環境局發布通知，要求企業對照自查、及時整改存在問題。"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))
FULLWIDTH = str.maketrans("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.%",
                          "０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ"
                          "ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ．％")


def _read(paths):
    items = list(read_corpus(paths))
    return ([d for d in items if not isinstance(d, ReadError)],
            [e for e in items if isinstance(e, ReadError)])


def _zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("news.txt", SENTENCE)
    return buf.getvalue()


def _kg(*args, env=None):
    return subprocess.run([sys.executable, "-m", "kg", *map(str, args)], capture_output=True,
                          text=True, cwd=ROOT, env=env)


def _faithful(ex: dict, texts: dict[str, str]) -> int:
    """Check every span of an extraction against its document's text; return how many."""
    from kg.model import attach_sentences
    attach_sentences(ex)
    n = 0
    for e in ex["entities"]:
        for m in e["mentions"]:
            text = texts[m["doc"]]
            assert text[m["start"]:m["end"]] == m["surface"], m
            if m.get("sentence_start") is not None:
                ss = m["sentence_start"]
                assert text[ss:ss + len(m["sentence"])] == m["sentence"], m
            n += 1
    for item in ex["relations"] + ex["metrics"]:
        for ev in item["evidence"]:
            assert texts[ev["doc"]][ev["start"]:ev["end"]] == ev["sentence"], ev
            n += 1
    return n


# ------------------------------------------------------------------------ what cannot be read

@pytest.mark.parametrize("name, data, reason", [
    ("empty.txt", b"", "empty file"),
    ("spaces.txt", " \r\n\t\u3000\n".encode("utf-8"), "only white space"),
    ("spaces16.txt", "\ufeff \u3000\r\n".encode("utf-16-le"), "only white space"),
    ("image.txt", PNG, "binary file (PNG image)"),
    ("archive.txt", _zip(), "binary file (zip archive)"),
    ("noise.txt", bytes(range(256)) * 16, "binary file"),
])
def test_unreadable_content_is_reported_and_the_rest_read(tmp_path, name, data, reason):
    (tmp_path / name).write_bytes(data)
    (tmp_path / "good.txt").write_text(SENTENCE, encoding="utf-8")
    docs, errors = _read([tmp_path])
    assert [d.text for d in docs] == [SENTENCE]
    assert [(e.path, e.fatal) for e in errors] == [(f"{tmp_path.name}/{name}", True)]
    assert reason in errors[0].reason


def test_binary_files_in_a_directory_are_skipped_with_a_note(tmp_path):
    (tmp_path / "photo.png").write_bytes(PNG)
    (tmp_path / "bundle.zip").write_bytes(_zip())
    (tmp_path / "news.txt").write_text(SENTENCE, encoding="utf-8")
    docs, errors = _read([tmp_path])
    assert [d.source for d in docs] == [f"{tmp_path.name}/news.txt"]
    assert sorted((e.path.split("/")[-1], e.fatal) for e in errors) == [("bundle.zip", False),
                                                                        ("photo.png", False)]
    assert all("skipped" in e.reason for e in errors)
    # named explicitly, the same bytes are an error: the user asked for that file
    docs, errors = _read([tmp_path / "photo.png"])
    assert not docs and errors[0].fatal and "PNG image" in errors[0].reason


# ------------------------------------------------------------------------------- encodings

@pytest.mark.parametrize("encoding, data, text", [
    ("utf-8", SENTENCE.encode("utf-8"), SENTENCE),
    ("utf-8 (BOM)", b"\xef\xbb\xbf" + SENTENCE.encode("utf-8"), SENTENCE),
    ("gb18030", SENTENCE.encode("gbk"), SENTENCE),
    ("gb18030", ("𠀀㐀" + SENTENCE).encode("gb18030"), "𠀀㐀" + SENTENCE),  # 4-byte sequences
    ("big5", TRAD.encode("big5"), TRAD),
    ("utf-16-le (BOM)", b"\xff\xfe" + SENTENCE.encode("utf-16-le"), SENTENCE),
    ("utf-16-be (BOM)", b"\xfe\xff" + SENTENCE.encode("utf-16-be"), SENTENCE),
    ("utf-16-le", SENTENCE.encode("utf-16-le"), SENTENCE),
    ("utf-16-be", SENTENCE.encode("utf-16-be"), SENTENCE),
    ("utf-16-le", TRAD.encode("utf-16-le"), TRAD),
])
def test_every_encoding_reads_to_the_same_text(tmp_path, encoding, data, text):
    (tmp_path / "doc.txt").write_bytes(data)
    (doc,), errors = _read([tmp_path / "doc.txt"])
    assert not errors
    assert doc.text == text  # the BOM is gone and nothing else changed
    assert doc.meta["encoding"] == encoding


def test_damaged_utf8_is_read_as_utf8_with_a_note(tmp_path):
    """A file cut mid-character or with a stray byte is still UTF-8: the bad bytes become
    U+FFFD (offsets stay on that text) instead of the file turning into GB18030 mojibake."""
    good = SENTENCE.encode("utf-8")
    (tmp_path / "cut.txt").write_bytes(good[:-1])  # 。 cut after two of its three bytes
    (tmp_path / "stray.txt").write_bytes(good[:30] + b"\xa9" + good[30:])
    (tmp_path / "gbk.txt").write_bytes(("x" * 2000 + "邯郸").encode("gbk"))  # GBK stays GBK
    docs, errors = _read([tmp_path])
    by_name = {d.source.split("/")[-1]: d for d in docs}
    assert by_name["cut.txt"].text == SENTENCE[:-1] + "\ufffd"
    assert by_name["stray.txt"].text == SENTENCE[:10] + "\ufffd" + SENTENCE[10:]
    assert by_name["gbk.txt"].text.endswith("邯郸") and by_name["gbk.txt"].meta["encoding"].startswith("gb18030")
    assert sorted((e.path.split("/")[-1], e.fatal, e.reason) for e in errors) == [
        ("cut.txt", False, "damaged UTF-8: 1 invalid byte sequence replaced by U+FFFD"),
        # two Han characters read as Big5 too: the guess is named, not silent
        ("gbk.txt", False, "not UTF-8; encoding guessed as gb18030 from a short text: check it, "
                           "or give --encoding"),
        ("stray.txt", False, "damaged UTF-8: 1 invalid byte sequence replaced by U+FFFD")]


def test_declared_charset_settles_a_short_page(tmp_path):
    """Two Big5 characters also decode as GBK; the page's own <meta charset> decides."""
    page = '<html><head><meta charset="big5"><title>通知</title></head><body><p>邯鄲</p></body></html>'
    (tmp_path / "p.html").write_bytes(page.encode("big5"))
    (doc,), _ = _read([tmp_path / "p.html"])
    assert doc.text == "邯鄲" and doc.meta["encoding"] == "big5 (declared)"


# ----------------------------------------------------------- line ends and full-width forms

def _facts(ex: dict) -> tuple[set, set]:
    ents = {(e["type"], e["name"].translate(FULLWIDTH)) for e in ex["entities"] if e["mentions"]}
    mets = {(m["indicator"], m["value"], m["unit"], m["approx"]) for m in ex["metrics"]}
    return ents, mets


@pytest.fixture(scope="module")
def variants(tmp_path_factory):
    """The seed page with LF, CRLF and CR line ends and with full-width digits and letters."""
    from kg.builder import build
    seed = SEED.read_text(encoding="utf-8")
    d = tmp_path_factory.mktemp("variants")
    texts = {"lf": seed, "crlf": seed.replace("\n", "\r\n"), "cr": seed.replace("\n", "\r"),
             "fullwidth": seed.translate(FULLWIDTH)}
    out = {}
    for name, text in texts.items():
        (d / f"{name}.txt").write_bytes(text.encode("utf-8"))
        res = build([d / f"{name}.txt"], None)
        out[name] = (text, res.extraction.to_json(), res.extraction.texts)
    return out


@pytest.mark.parametrize("name", ["crlf", "cr", "fullwidth"])
def test_offsets_stay_on_the_decoded_text(variants, name):
    text, ex, texts = variants[name]
    assert list(texts.values()) == [text]  # \r kept: offsets are into the file as decoded
    assert _faithful(ex, texts) > 100
    assert len(ex["documents"][0]["articles"]) == len(variants["lf"][1]["documents"][0]["articles"])


@pytest.mark.parametrize("name", ["crlf", "cr", "fullwidth"])
def test_line_ends_and_full_width_forms_give_the_same_facts(variants, name):
    ents, mets = _facts(variants[name][1])
    lf_ents, lf_mets = _facts(variants["lf"][1])
    assert mets == lf_mets  # １２３ is 123: values, units and approximation are the same
    kinds = ("Place", "Agency", "Organization")
    assert {e for e in ents if e[0] in kinds} == {e for e in lf_ents if e[0] in kinds}


def test_full_width_digits_find_the_same_programmes(variants):
    """(馆陶县河北三海…建筑等２３个项目: the project-list rule reads full-width digits too.)"""
    assert _facts(variants["fullwidth"][1])[0] == _facts(variants["lf"][1])[0]


# ------------------------------------------------------------------------------ large input

def test_ten_megabyte_single_line_is_read_and_segmented(tmp_path):
    """10 MB without a line break: read, laid out and split into sentences with exact spans.
    (The full pipeline is not run on it here: see README, Reliability, for the stages that are
    super-linear on a one-article document of this size.)"""
    from kg.pipeline import Pipeline
    line = SEED.read_text(encoding="utf-8").replace("\n", "").lstrip("# ")
    big = (line * (10_000_000 // len(line.encode("utf-8")) + 1))
    data = big.encode("utf-8")[:10_000_000]
    data = data[:len(data.decode("utf-8", "ignore").encode("utf-8"))]  # whole characters only
    (tmp_path / "big.txt").write_bytes(data)
    (doc,) = list(read_file(SourceFile(tmp_path / "big.txt", "big.txt")))
    assert len(doc.text.encode("utf-8")) == len(data) > 9_999_000
    doc = Pipeline(("layout", "sentences"))(doc)
    sentences = [s for a in doc.articles for s in a.sentences]
    assert len(sentences) > 50_000 and {s.section for s in sentences} == {"body"}
    for s in sentences:
        if s.src_end - s.src_start == len(s.text):
            assert doc.text[s.src_start:s.src_end] == s.text
    covered = sum(len(s.text) for s in sentences)
    assert covered > 0.95 * len(doc.text)


def test_a_long_single_line_builds_end_to_end(tmp_path):
    line = SEED.read_text(encoding="utf-8").replace("\n", "")
    (tmp_path / "line.txt").write_text(line * 8, encoding="utf-8")  # ~130k characters, one line
    r = _kg("build", tmp_path / "line.txt", "--out", tmp_path / "out", "--quiet", "--no-cache")
    assert r.returncode == 0, r.stderr
    ex = json.loads((tmp_path / "out" / "extraction.json").read_text(encoding="utf-8"))
    assert _faithful(ex, {ex["documents"][0]["id"]: line * 8}) > 100


def test_three_thousand_small_files(tmp_path):
    from kg.builder import build
    corpus = tmp_path / "corpus"
    for k in range(30):
        sub = corpus / f"day{k:02d}"
        sub.mkdir(parents=True)
        for i in range(100):
            n = k * 100 + i
            (sub / f"n{i:03d}.txt").write_text(f"馆陶县{n + 1}个项目集中开工，总投资{n}.5亿元。",
                                                encoding="utf-8")
    files, errors = find_files([corpus])
    assert len(files) == 3000 and not errors
    res = build([corpus], tmp_path / "out", formats=("json", "graphml"))
    assert not res.errors
    ex = json.loads((tmp_path / "out" / "extraction.json").read_text(encoding="utf-8"))
    assert len(ex["documents"]) == 3000
    assert len({d["id"] for d in ex["documents"]}) == 3000
    investments = {m["value"] for m in ex["metrics"] if m["indicator"] == "总投资"}
    assert len(investments) == 3000 and {50_000_000, 299_950_000_000} <= investments


# -------------------------------------------------------------------------------------- HTML

def test_html_pages_keep_text_and_drop_markup(tmp_path):
    page = ("<!DOCTYPE html><html><head><meta charset=\"gbk\"><title>邯郸新闻</title>"
            "<style>p { color: red }</style><script>var s = '<p>邯郸市假消息</p>';</script>"
            "<body><h1>邯郸市科技局出台措施</h1><p>邯郸市科技局近日出台措施&mdash;支持企业"
            "创新。<br/>馆陶县23个项目开工，总投资53.65亿元。</p><p>写法：&amp;lt;不是标签&amp;gt;</p>"
            "<noscript>请启用脚本</noscript></body></html>")
    (tmp_path / "news.html").write_bytes(page.encode("gbk"))
    (tmp_path / "page.txt").write_text(page, encoding="utf-8")  # HTML without the suffix
    docs, errors = _read([tmp_path])
    assert not errors
    for doc in docs:
        assert doc.title == "邯郸新闻" and doc.meta["format"] == "html"
        assert doc.text == ("邯郸市科技局出台措施\n\n邯郸市科技局近日出台措施—支持企业创新。\n\n"
                            "馆陶县23个项目开工，总投资53.65亿元。\n\n写法：&lt;不是标签&gt;")
    from kg.builder import build
    res = build([tmp_path / "news.html"], None)
    ex = res.extraction.to_json()
    assert _faithful(ex, res.extraction.texts) > 0
    assert "邯郸市科技局" in {e["name"] for e in ex["entities"]}
    assert not any("假消息" in json.dumps(x, ensure_ascii=False) for x in ex["entities"])


# ------------------------------------------------------------------------------ JSON Lines

def test_json_lines_errors_name_their_line(tmp_path):
    rec = lambda **kw: json.dumps(kw, ensure_ascii=False)  # noqa: E731
    lines = [rec(id="r1", text=SENTENCE, title="通知"),
             "{broken",
             rec(id="r2"),
             "[1, 2]",
             rec(id=["x"], text=SENTENCE),
             "[" * 100_000,
             "",
             rec(id="r3", text="馆陶县23个项目开工。\u2028第二段。"),  # U+2028 is legal inside a string
             rec(id="r1", text="重复"),
             rec(id="r4", text=" \u3000 "),
             rec(id=5, text="魏县举办招聘会。")]
    (tmp_path / "c.jsonl").write_bytes("\r\n".join(lines).encode("utf-8"))
    docs, errors = _read([tmp_path / "c.jsonl"])
    assert [(d.source, d.text[:4]) for d in docs] == [("c.jsonl#r1", SENTENCE[:4]),
                                                      ("c.jsonl#r3", "馆陶县2"),
                                                      ("c.jsonl#5", "魏县举办")]
    assert "\u2028" in docs[1].text
    assert [(e.path, e.line) for e in errors] == [("c.jsonl", n) for n in (2, 3, 4, 5, 6, 9, 10)]
    reasons = [e.reason for e in errors]
    assert reasons[0].startswith("invalid JSON") and "column" in reasons[0]
    assert reasons[1] == 'record needs an "id" and a string "text"'
    assert reasons[2] == "a JSON Lines record must be an object"
    assert reasons[3] == 'record "id" must be a string or a number'
    assert reasons[4] == "invalid JSON: nested too deeply"
    assert reasons[5].startswith("duplicate record id 'r1' (line ") and reasons[6] == "record 'r4' has no text"
    assert all(str(e).startswith(f"c.jsonl:{e.line}: ") for e in errors)


def test_record_ids_that_slug_alike_stay_apart(tmp_path):
    ids = ["A1", "a1", "a/b", "a-b", "a b", "..", "...", "新闻1", "doc-000001"]
    (tmp_path / "c.jsonl").write_text("\n".join(json.dumps({"id": i, "text": f"第{n}条：邯郸市科技局出台措施。"},
                                                          ensure_ascii=False) for n, i in enumerate(ids)),
                                     encoding="utf-8")
    docs, errors = _read([tmp_path / "c.jsonl"])
    assert not errors and len({d.id for d in docs}) == len(ids)
    assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*--[a-z0-9]+(-[a-z0-9]+)*", d.id) for d in docs)
    assert {d.id for d in docs} >= {"c--a-b", "c--doc-000001"}  # exact slugs stay readable


# ------------------------------------------------------------------ permissions and links

def test_unreadable_file_chmod_000(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("running as root: chmod 000 does not stop root from reading; "
                    "test_unreadable_file_is_reported covers the error path")
    (tmp_path / "secret.txt").write_text(SENTENCE, encoding="utf-8")
    (tmp_path / "secret.txt").chmod(0)
    (tmp_path / "good.txt").write_text(SENTENCE, encoding="utf-8")
    try:
        docs, errors = _read([tmp_path])
    finally:
        (tmp_path / "secret.txt").chmod(0o644)
    assert len(docs) == 1 and "permission denied" in errors[0].reason


def test_unreadable_file_is_reported(tmp_path, monkeypatch):
    (tmp_path / "secret.txt").write_text(SENTENCE, encoding="utf-8")
    (tmp_path / "good.txt").write_text(SENTENCE, encoding="utf-8")
    real = Path.read_bytes

    def read_bytes(self):
        if self.name == "secret.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)
    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    from kg.builder import build
    res = build([tmp_path], tmp_path / "out", formats=("json",))
    assert [d["source"] for d in res.extraction.to_json()["documents"]] == [f"{tmp_path.name}/good.txt"]
    assert [(e.path, e.reason, e.fatal) for e in res.errors] == [
        (f"{tmp_path.name}/secret.txt", "permission denied: cannot read file", True)]
    report = json.loads((tmp_path / "out" / "errors.json").read_text(encoding="utf-8"))
    assert report["errors"] == [{"path": f"{tmp_path.name}/secret.txt", "line": None,
                                 "reason": "permission denied: cannot read file", "severity": "error"}]


def test_symlink_loops_are_reported_not_followed(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "page.txt").write_text(SENTENCE, encoding="utf-8")
    (corpus / "sub" / "up").symlink_to("..")  # corpus/sub/up -> corpus: a loop
    (corpus / "self.txt").symlink_to("self.txt")  # a link to itself
    (corpus / "gone.txt").symlink_to("nowhere.txt")
    (corpus / "alias.txt").symlink_to("page.txt")
    (tmp_path / "loop").symlink_to("loop")
    docs, errors = _read([corpus, tmp_path / "loop"])
    assert [d.source for d in docs] == ["corpus/page.txt"]
    got = {(e.path, e.fatal): e.reason for e in errors}
    assert got == {
        (str(tmp_path / "loop"), True): "symbolic link loop, not followed",
        ("corpus/sub/up", False): "symbolic link to a directory already read (a loop?), not followed",
        ("corpus/alias.txt", False): "link to corpus/page.txt: read once",
        ("corpus/gone.txt", True): "broken symbolic link (its target does not exist)",
        ("corpus/self.txt", True): "symbolic link loop, not followed",
    }


def test_an_output_directory_inside_the_corpus_is_not_read_back(tmp_path):
    """`kg build corpus/ --out corpus/out` twice: the second run must not read graph.html."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "page.txt").write_text(SENTENCE, encoding="utf-8")
    for _ in range(2):
        r = _kg("build", corpus, "--out", corpus / "out", "--no-cache", "--formats", "json,html")
        assert r.returncode == 0, r.stderr
    ex = json.loads((corpus / "out" / "extraction.json").read_text(encoding="utf-8"))
    assert [d["source"] for d in ex["documents"]] == ["corpus/page.txt"]
    assert "corpus/out: skipped: a govkg output directory" in r.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
def test_pipes_and_devices_are_not_read(tmp_path):
    """A FIFO would block the build for ever and /dev/zero never ends."""
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "good.txt").write_text(SENTENCE, encoding="utf-8")
    paths = [tmp_path] + ([Path("/dev/zero")] if Path("/dev/zero").exists() else [])
    docs, errors = _read(paths)
    assert [d.text for d in docs] == [SENTENCE]
    assert {e.path for e in errors} == {f"{tmp_path.name}/pipe.txt"} | ({"zero"} if len(paths) > 1 else set())
    assert all(e.reason == "not a regular file (pipe, socket or device), not read" for e in errors)


def test_files_are_read_once_and_never_dropped(tmp_path, monkeypatch):
    for d in ("a", "b"):
        (tmp_path / d).mkdir()
    (tmp_path / "a" / "x.txt").write_text("邯郸市科技局近日出台措施。", encoding="utf-8")
    (tmp_path / "b" / "x.txt").write_text("馆陶县23个项目开工。", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for order in (["a/x.txt", "b/x.txt", "./a/x.txt"], ["b/x.txt", "a/x.txt", "a"]):
        files, errors = find_files(order)
        assert not errors
        names = [f.name for f in files]
        assert names == ["a/x.txt", "b/x.txt"]  # same basename: named by the path given


# ------------------------------------------------------------------- exit status and report

def _explode_on_marker():
    """A pipeline component that fails on one document (a stand-in for a stage's bug)."""
    def explode(doc):
        if "爆炸" in doc.text:
            raise RuntimeError("boom")
        return doc
    return explode


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_stage_failing_on_one_document_costs_only_that_document(tmp_path, monkeypatch, jobs):
    from kg import pipeline
    from kg.builder import build
    from kg.pipeline import DEFAULT_PIPELINE, ComponentInfo
    # registered for this test only; forked workers inherit it
    monkeypatch.setitem(pipeline._REGISTRY, "test-explode",
                        ComponentInfo("test-explode", _explode_on_marker, (), (), "fails on 爆炸"))
    (tmp_path / "a.txt").write_text("邯郸市科技局近日出台措施。", encoding="utf-8")
    (tmp_path / "b.txt").write_text("馆陶县爆炸性增长。", encoding="utf-8")
    (tmp_path / "c.txt").write_text("魏县举办招聘会。", encoding="utf-8")
    res = build([tmp_path], tmp_path / "out", formats=("json",), jobs=jobs,
                names=DEFAULT_PIPELINE + ("test-explode",))
    assert sorted(d["source"] for d in res.extraction.documents) == [
        f"{tmp_path.name}/a.txt", f"{tmp_path.name}/c.txt"]
    assert [(e.path, e.reason, e.fatal) for e in res.errors] == [
        (f"{tmp_path.name}/b.txt", "extraction failed: RuntimeError: boom", True)]
    assert res.failed
    report = json.loads((tmp_path / "out" / "errors.json").read_text(encoding="utf-8"))
    assert [e["path"] for e in report["errors"]] == [f"{tmp_path.name}/b.txt"]


@pytest.fixture()
def mixed_corpus(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "page.txt").write_text("邯郸市科技局近日出台措施，支持企业创新。", encoding="utf-8")
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "image.txt").write_bytes(PNG)
    (corpus / "c.jsonl").write_text('{"id": "a", "text": "馆陶县23个项目开工。"}\n{not json\n',
                                    encoding="utf-8")
    return corpus


def test_exit_status_and_errors_json(tmp_path, mixed_corpus):
    out = tmp_path / "out"
    r = _kg("build", mixed_corpus, "--out", out, "--no-cache")
    assert r.returncode == 1, r.stderr
    for line in ("corpus/empty.txt: empty file (no text)",
                 "corpus/image.txt: binary file (PNG image), not text",
                 "corpus/c.jsonl:2: invalid JSON"):
        assert line in r.stderr
    report = json.loads((out / "errors.json").read_text(encoding="utf-8"))
    assert sorted((e["path"], e["line"], e["severity"]) for e in report["errors"]) == [
        ("corpus/c.jsonl", 2, "error"), ("corpus/empty.txt", None, "error"),
        ("corpus/image.txt", None, "error")]
    assert all(e["reason"] for e in report["errors"])
    ex = json.loads((out / "extraction.json").read_text(encoding="utf-8"))
    assert {d["source"] for d in ex["documents"]} == {"corpus/page.txt", "corpus/c.jsonl#a"}

    (mixed_corpus / "empty.txt").unlink()
    (mixed_corpus / "image.txt").unlink()
    (mixed_corpus / "c.jsonl").write_text('{"id": "a", "text": "馆陶县23个项目开工。"}\n', encoding="utf-8")
    r = _kg("build", mixed_corpus, "--out", out, "--quiet", "--no-cache")
    assert r.returncode == 0, r.stderr
    assert json.loads((out / "errors.json").read_text(encoding="utf-8"))["errors"] == []


def test_strict_writes_nothing(tmp_path, mixed_corpus):
    fresh = tmp_path / "fresh"
    r = _kg("build", mixed_corpus, "--out", fresh, "--strict")
    assert r.returncode == 1 and "nothing written" in r.stderr
    # no output at all (the extraction cache, OUT/.cache/, may keep what was extracted)
    assert not fresh.exists() or [p.name for p in fresh.iterdir()] in ([], [".cache"])
    old = tmp_path / "old"
    assert _kg("build", SEED, "--out", old, "--quiet", "--no-cache").returncode == 0
    before = {p.name: p.read_bytes() for p in old.iterdir() if p.is_file()}
    r = _kg("build", mixed_corpus, "--out", old, "--strict", "--no-cache")
    assert r.returncode == 1
    assert {p.name: p.read_bytes() for p in old.iterdir() if p.is_file()} == before


def test_usage_errors_leave_outputs_alone(tmp_path):
    old = tmp_path / "old"
    assert _kg("build", SEED, "--out", old, "--quiet", "--no-cache").returncode == 0
    before = {p.name: p.read_bytes() for p in old.iterdir() if p.is_file()}
    r = _kg("build", SEED, "--out", old, "--formats", "json,pdf", "--no-cache")
    assert r.returncode == 2 and "pdf" in r.stderr
    assert {p.name: p.read_bytes() for p in old.iterdir() if p.is_file()} == before


def test_out_naming_a_file_is_a_usage_error(tmp_path):
    (tmp_path / "afile").write_text("x")
    for out in (tmp_path / "afile", tmp_path / "afile" / "sub"):
        r = _kg("build", SEED, "--out", out)
        assert r.returncode == 2 and "Traceback" not in r.stderr and "afile" in r.stderr
    assert (tmp_path / "afile").read_text() == "x"


def test_nothing_readable_leaves_outputs_alone(tmp_path):
    old = tmp_path / "old"
    assert _kg("build", SEED, "--out", old, "--quiet", "--no-cache").returncode == 0
    before = {p.name: p.read_bytes() for p in old.iterdir() if p.is_file()}
    (tmp_path / "empty.txt").write_bytes(b"")
    r = _kg("build", tmp_path / "empty.txt", "--out", old, "--no-cache")
    assert r.returncode == 2 and "nothing written" in r.stderr
    assert {p.name: p.read_bytes() for p in old.iterdir() if p.is_file()} == before


# ----------------------------------------------------------------------------- determinism

def test_byte_identical_across_processes_orders_and_workers(tmp_path):
    """Different hash seeds (set and dict order), inputs in another order, one or two workers:
    the same bytes, hence the same IRIs."""
    files = [SEED] + sorted(EXTRA.glob("*.txt"))
    runs = {"a": (files, "1", "1"), "b": (files[::-1], "2", "2")}
    for name, (inputs, seed, jobs) in runs.items():
        env = dict(os.environ, PYTHONHASHSEED=seed)
        r = _kg("build", *inputs, "--out", tmp_path / name, "--quiet", "--no-cache", "-j", jobs, env=env)
        assert r.returncode == 0, r.stderr
    for f in OUTPUTS + ("errors.json",):
        assert (tmp_path / "a" / f).read_bytes() == (tmp_path / "b" / f).read_bytes(), f
    iris = set(re.findall(r"<(https://w3id\.org/govkg/[^>]+)>", (tmp_path / "a" / "graph.trig").read_text()))
    assert len(iris) > 20
