"""Extraction throughput work (issue 13) changes how the stages scan text, never what they find.

Each scan that was made cheaper is compared here with the per-character loop it replaced (kept
below as the reference), on the real sample page (the Hebei Daily Handan page shipped with the
package) and on government sentences written for the test; and the one cache file of jieba's
tables (kg.text._load_dictionary) must give the very tables jieba loads itself, and be ignored when
it is damaged, when others could have written it, or when the cache folder cannot be used.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kg import builder
from kg.stages import abbreviations as A
from kg.stages import gazetteer as G
from kg.stages import posts as P
from kg.stages.entities import agencies

ROOT = Path(__file__).resolve().parents[1]

WRITTEN = [
    "中美关系稳定发展，印巴两国领导人举行会晤，京津冀协同发展取得新进展。",
    "国家主席习近平访华期间在京会见中方代表团，美方表示支持，俄总统出席。",
    "港澳台同胞和海外侨胞踊跃参加，云贵川渝四省市联合开展巡查，中美洲国家代表到会。",
    "县市区人民政府要落实属地责任，各乡、镇人民政府和市直各部门配合，自治区党委召开会议。",
    "会上，市委书记张国华同志讲话，副市长李明、王建国出席；赵志刚当选为县长，陈建国调任市委秘书长。",
    "“十四五”期间，全市《政府工作报告》提出的“三个一百”工程全面完成。\n新华社北京电",
]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    page = builder.sample_corpus()[0].read_text(encoding="utf-8")
    return WRITTEN + [p for p in page.split("\n") if p.strip()]


# ---------------------------------------------------------------- the loops the scans replaced

def _old_runs(text, free, clause, doc_text):
    cues = A._cues()
    i = 0
    while i < len(text):
        j = i
        while j < len(text) and j - i < A._MAX_RUN and text[j] in A.readings() and free(j):
            j += 1
        if j - i < 2 or (i > 0 and text[i - 1] in A.readings() and free(i - 1)):
            i = max(i + 1, j)
            continue
        for k in range(j, i + 1, -1):
            got = A._run_at(text, i, k, cues, clause, doc_text)
            if got:
                yield i, got
                break
        i = j


def _frees(text):
    """Every character free; every third one taken; the first half taken."""
    return [lambda k: True, lambda k: k % 3 != 0, lambda k: k >= len(text) // 2]


def test_abbreviation_runs_are_those_of_the_character_loop(texts):
    found = 0
    for text in texts:
        for free in _frees(text):
            new = list(A._runs(text, free, A._Clause(text), text))
            assert new == list(_old_runs(text, free, A._Clause(text), text)), text
            found += len(new)
    assert found >= 4  # 中美, 印巴, 京津冀, 云贵川渝 …


def test_abbreviations_stop_at_taken_characters():
    text = "中美关系稳定发展。"
    assert [i for i, _r, rule in A.find_abbreviations(text, lambda k: True, text)] == [0, 1]
    assert A.find_abbreviations(text, lambda k: k != 1, text) == []  # 美 taken: no run of two


def test_quote_index_positions_are_those_of_the_character_loop(texts):
    for text in texts + ["\n".join(texts)]:
        q = G._QuoteIndex(text)
        for ch in "“”《》":
            assert q.marks[ch] == [i for i, c in enumerate(text) if c == ch]
        assert q.lines == [i for i, c in enumerate(text) if c == "\n"]


def _old_relative_scopes(text):
    """find_scopes' relative scopes as the per-character loop found them (no places given)."""
    g = agencies
    out = []
    for i, ch in enumerate(text):
        if ch not in g._RELATIVE_CHARS:
            continue
        two = text[i - 1:i + 1] if i else ""
        if two in g._ANAPHOR_SCOPES:
            out.append(g.Scope(i + 1, i - 1, "relative", g._ANAPHOR_SCOPES[two]))
            continue
        three = text[i - 2:i + 1] if i > 1 else ""
        if three in g._WORD_SCOPES:
            out.append(g.Scope(i + 1, i - 2, "relative", three))
            continue
        prev = text[i - 1] if i else ""
        if text[i - 1:i + 1] in g._NOT_SCOPE_WORDS:
            continue  # (地区: a region, no district — foreign40's rule, in the loop as in find_scopes)
        if prev and (prev in g._BAD_PREV or prev in g._RELATIVE_CHARS
                     or (prev == "、" and i > 1 and text[i - 2] in g._RELATIVE_CHARS)):
            continue
        out.append(g.Scope(i + 1, i, "relative", ch, weak=text[i + 1:i + 2] in g._BAD_NEXT))
    return out


def test_relative_scopes_are_those_of_the_character_loop(texts):
    n = 0
    for text in texts:
        new = [s for s in agencies.find_scopes(text, []) if s.kind == "relative"]
        assert new == _old_relative_scopes(text), text
        n += len(new)
    assert n > 20
    # 县市区人民政府, 各乡、镇人民政府: levels in general; 市直 is weak; 自治区 is one word
    got = [(s.name, s.weak) for s in agencies.find_scopes(WRITTEN[3], []) if s.kind == "relative"]
    assert got == [("县", False), ("市", True), ("自治区", False)]


def test_name_scan_tables_match_the_vocabulary(texts):
    V = P.vocabulary()
    by_first, first, hon, run = P._scan_tables()
    # the family names read only after a post (花学筑) are scanned too: NameFinder gates them
    surnames = V.surnames + tuple(s for s in P._POST_ONLY_SURNAMES if s not in V.surnames)
    for text in texts:
        for p in range(len(text)):
            old = next((s for s in surnames if text.startswith(s, p)), None)
            new = next((s for s in by_first.get(text[p:p + 1], ()) if text.startswith(s, p)), None)
            assert old == new
            # (and the first characters of the Tibetan and Mongolian name openers: 洛桑江村 after a
            # post, the Tibetan syllables a four-syllable name opens with: 旺堆次仁, and the steppe
            # syllables a Mongolian three-character name opens with: 宝力道; a Yi clan's first character: 吉克劲松)
            assert (first.match(text, p) is not None) == \
                (text[p] in {s[0] for s in surnames} | {w[0] for w in P._NAME_OPENERS + P._YI_CLANS}
                 | P._TIBETAN_SYLLABLE | P._STEPPE_SYLLABLE)
            assert (hon.search(text, p + 2, p + 7) is not None) == \
                any(text.find(h, p + 2, p + 7) >= 0 for h in V.honorifics)


def test_no_post_ends_where_its_last_character_is_not(texts):
    V = P.vocabulary()
    last = P._post_last_chars()
    ends = 0
    for text in texts:
        for end in range(1, len(text) + 1):
            m = V.post_end_re.search(text, max(0, end - 14), end)
            if m and m.end() == end:
                ends += 1
                assert text[end - 1] in last
    assert ends >= 5  # 书记, 市长, 主任 … on the page and in the written sentences


def test_posts_still_finds_the_officials_of_written_sentences():
    from conftest import text_doc
    from kg.pipeline import Pipeline
    doc = Pipeline(("gazetteer", "numbers", "entities", "resolve", "posts"))(text_doc(WRITTEN[4]))
    people = {e.name for e in doc.entities.values() if e.type == "Person"}
    assert {"张国华", "李明", "王建国", "赵志刚", "陈建国"} <= people


# ---------------------------------------------------------------- jieba's tables from one file

_PROBE = """
import hashlib, json, pickle, sys
from kg import text as T
T.segmenter(); T.word_freq(); tags = T.word_tags()
import jieba, jieba.posseg as pseg
digest = hashlib.sha256(repr((list(jieba.dt.FREQ.items()), jieba.dt.total,  # values, not
                              list(tags.items()))).encode()).hexdigest()  # which are one object
print(json.dumps({"digest": digest, "same": pseg.dt.word_tag_tab is tags,
                  "cut": jieba.lcut("确保山更绿水更清，河长治水"),
                  "tags": [(p.word, p.flag) for p in pseg.lcut("国务院总理在北京会见美国国务卿")]}))
"""

_PLAIN = """
import hashlib, json, pickle
import jieba
jieba.setLogLevel(60)
jieba.dt.tmp_dir = sys.argv[1]
jieba.initialize()
import jieba.posseg as pseg
tags = pseg.dt.word_tag_tab
digest = hashlib.sha256(repr((list(jieba.dt.FREQ.items()), jieba.dt.total,  # values, not
                              list(tags.items()))).encode()).hexdigest()  # which are one object
print(json.dumps({"digest": digest, "same": True,
                  "cut": jieba.lcut("确保山更绿水更清，河长治水"),
                  "tags": [(p.word, p.flag) for p in pseg.lcut("国务院总理在北京会见美国国务卿")]}))
"""


def _run(code: str, cache_home: Path, *args: str) -> dict:
    env = dict(os.environ, XDG_CACHE_HOME=str(cache_home))
    r = subprocess.run([sys.executable, "-c", "import sys\n" + code, *args], cwd=ROOT, env=env,
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def plain(tmp_path_factory) -> dict:
    """What jieba loads by itself, without govkg."""
    d = tmp_path_factory.mktemp("plain")
    return _run(_PLAIN, d, str(d))


def _tables_file(home: Path) -> Path:
    (f,) = (home / "govkg").glob("jieba-tables-*.pickle")
    return f


def test_the_cached_tables_are_jiebas_own(tmp_path, plain):
    first = _run(_PROBE, tmp_path)  # no cache yet: jieba loads, the file is written
    f = _tables_file(tmp_path)
    assert f.stat().st_mode & 0o077 == 0  # nobody else may read or write it
    second = _run(_PROBE, tmp_path)  # from the file
    assert first == second == plain
    assert second["tags"][0] == ["国务院", "nt"]


def test_a_damaged_or_foreign_tables_file_is_not_used(tmp_path, plain):
    _run(_PROBE, tmp_path)
    f = _tables_file(tmp_path)
    f.write_bytes(b"not a pickle")
    assert _run(_PROBE, tmp_path) == plain  # unreadable: jieba loads the dictionary itself
    import pickle
    wrong = pickle.dumps(({"国务院": 1}, 1, {"国务院": "v"}))
    f.write_bytes(wrong)  # wrong tables …
    f.chmod(0o666)  # … that anybody could have written: never loaded, and replaced by jieba's
    assert _run(_PROBE, tmp_path) == plain
    assert f.stat().st_mode & 0o077 == 0 and f.read_bytes() != wrong
    f.write_bytes(wrong)  # the same file, private, is read (the file is what the loads use):
    f.chmod(0o600)        # it is the ownership and mode check that kept the shared one out
    assert _run(_PROBE, tmp_path)["digest"] != plain["digest"]


def test_no_usable_cache_folder_costs_the_cache_only(tmp_path, plain):
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")  # $XDG_CACHE_HOME is a file: no cache folder can be made
    assert _run(_PROBE, blocked) == plain
    assert blocked.read_text() == "x"


def test_jieba_starts_without_pkg_resources(tmp_path):
    code = ("import sys\nfrom kg.text import segmenter\nprint(segmenter().lcut('邯郸市科技局'))\n"
            "print('pkg_resources' in sys.modules)\nimport pkg_resources\nprint('later ok')")
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path))
    r = subprocess.run([sys.executable, "-W", "ignore", "-c", code], cwd=ROOT, env=env,
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert r.stdout.split("\n")[1:3] == ["False", "later ok"]  # not imported, still importable


def _old_concept_of(indicator):
    from kg import indicators as I
    if not indicator:
        return None
    folded = I._fold(indicator)
    for c in I.concepts().values():
        if c.broader is None and folded == I._fold(c.zh):
            return c.id
    for surface, cid in I._surfaces():
        if surface in folded:
            return cid
    return None


def test_concept_of_is_the_first_surface_the_indicator_contains():
    from kg import indicators as I
    written = ["全县一般公共预算收入", "地方一般公共预算收入", "项目总投资", "规模以上工业增加值",
               "城镇居民人均可支配收入", "ＧＤＰ", "gdp增速", "粮食总产量", "", "全年"]
    surfaces = [s for s, _ in I._surfaces()]
    combos = [a + b for a in surfaces[:40] for b in surfaces[-40:]]  # two surfaces: the first ranked wins
    for ind in written + surfaces + combos:
        assert I.concept_of(ind) == _old_concept_of(ind), ind
    assert I.concept_of("项目总投资") == _old_concept_of("项目总投资") is not None


def test_period_memo_belongs_to_one_article():
    from conftest import text_doc
    from kg.stages import metrics as M
    a = text_doc("标题\n2020年全市粮食产量120万吨。", "a")
    b = text_doc("标题\n今年1至4月全市粮食产量120万吨。", "b")
    va, vb = M._ArticleView(a, a.articles[0]), M._ArticleView(b, b.articles[0])
    n = len(a.articles[0].text)
    got_a, got_b = M._view_periods(va, 0, n), M._view_periods(vb, 0, n)
    assert got_a == M._figure_periods(va.text, 0, n) and got_a[0][2] == "2020年"
    assert got_b == M._figure_periods(vb.text, 0, n) and got_b[0][2] != "2020年"
    assert M._view_periods(va, 0, n) is got_a  # scanned once for the article


def test_water_name_start_is_that_of_the_stop_word_loop(texts):
    from kg.stages import water as W
    from kg.stages.entities.common import name_start
    written = ["加快推进白洋淀千里堤、萍河左堤建设，治理卫河，府河、漕河、唐河等河道清淤。",
               "市水利局组织实施岗南水库除险加固和南拒马河右堤工程。"]
    for text in written + texts:
        for end in range(len(text) + 1):
            for limit, floor in ((6, 0), (10, 0), (6, max(0, end - 3))):
                assert W._water_name_start(text, end, limit, floor) == \
                    name_start(text, end, limit, floor, W._WORK_STOP_WORDS), (text, end)


def test_word_bounded_memo_answers_as_the_segmenter_per_text():
    from kg import text as T
    a = "确保山更绿、水更清，保山市召开会议。"
    b = "在长治召开会议，河长治理河道。"
    for text in (a, b, a):
        for s in range(len(text) - 1):
            assert T.word_bounded(text, s, s + 2) == T._word_bounded(text, s, s + 2), (text, s)
    assert not T.word_bounded(a, 1, 3) and T.word_bounded(a, 10, 12)  # 确保|山 has no 保山; 保山市 has
    assert T.word_bounded(b, 1, 3) and not T.word_bounded(b, 9, 11)  # 在|长治 is a place; 河长治 is not


def test_text_waters_belong_to_their_text():
    from kg.stages import water as W
    a = "治理卫河，推进大清河流域综合治理。"
    b = "府河、漕河、唐河等河道清淤。"
    got_a, got_b = W._text_waters(a), W._text_waters(b)
    assert got_a == W._scan_waters(a) and got_b == W._scan_waters(b) and got_a != got_b
    assert W._text_waters(a) is got_a  # scanned once for the text
