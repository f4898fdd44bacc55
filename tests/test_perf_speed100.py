"""Extraction CPU (issue 17, round 100, speed100): tables built once, each faster path giving the
old answers.

Found by cProfile over the 1 MB generated corpus and the 704 real government texts of the earlier
fresh-text rounds built as one folder: the page-chrome line tests asked for a list of
`page_chrome.tsv` at every line (each ask rebuilt the table's 739 rows as dicts), the metrics stage
measured its longest scope word at every figure, and `registry.post_ending_at` tried every post
ending in the character before `i` (up to 296 of 440 posts for 长) at every post-ending character
of every article.  The old forms are kept here as the reference and compared with the new ones on
government sentences written for the test; the whole build's outputs were checked byte for byte
on the dev-set, the seed corpus, a 3 MB generated corpus and every earlier round's texts.
"""
from __future__ import annotations

from kg import lexicon as L
from kg.stages import chrome as C
from kg.stages import metrics as M
from kg.stages import registry as R

SENTENCES = [
    "会上，省委书记郭宁宁、副省长任红海出席会议，陈华为、王建国等同志参加。",
    "市委常委、常务副市长张澍来郧西调研，县长王强主持召开县政府常务会议。",
    "局党组成员、副局长李明出席；金砖迎来新成员印尼，外长沙伦赛会见了代表团成员。",
    "市委秘书长陈建国，县委副书记、代县长赵志刚，校长、院长、村党支部书记刘伟参加。",
    "长",
    "",
]


def _old_post_ending_at(text: str, i: int) -> int | None:
    """`post_ending_at` before round 100: every post ending in the character before i, tried in turn."""
    by_last, _ = R._post_words()
    for w in by_last.get(text[i - 1:i] if i > 0 else "", ()):
        if text.endswith(w, 0, i):
            inner_only, body_ends = R._inner_only_posts()
            if w in inner_only and (i - len(w) == 0 or text[i - len(w) - 1] not in body_ends):
                continue
            return i - len(w)
    return None


def test_post_ending_at_answers_as_the_scan_of_every_post_did():
    """At every position of the sentences (and past both ends) the posts grouped by their last two
    characters give the same start as the scan over every post of the last character: the
    first post in table order, an inner-only post (成员) only after a body (党组成员, 代表团成员)."""
    for text in SENTENCES:
        for i in range(-2, len(text) + 3):
            assert R.post_ending_at(text, i) == _old_post_ending_at(text, i), (text, i)
    text = SENTENCES[2]
    assert R.post_ending_at(text, text.index("党组成员") + 4) == text.index("成员")
    assert R.post_ending_at(text, text.index("新成员") + 3) is None  # 新成员: no body before it
    assert R.post_ending_at(text, text.index("副局长") + 3) == text.index("局长")  # (the table's first post there)


def test_posts_by_last_two_keep_every_post_in_table_order():
    """Every post of `_post_words` is in the group of its last two characters, in the order
    `_post_words` lists the posts of its last character."""
    by_last, _ = R._post_words()
    groups = R._posts_by_last_two()
    assert sorted(w for ws in groups.values() for w in ws) == sorted(w for ws in by_last.values() for w in ws)
    for last, ws in by_last.items():
        for two, group in groups.items():
            if two.endswith(last):
                assert group == tuple(w for w in ws if w.endswith(two))
    assert max(map(len, by_last.values())) > max(map(len, groups.values()))  # (the point of it)


def test_chrome_words_are_the_table_list_once():
    """`chrome._words` is the list of page_chrome.tsv in file order, the same tuple at each ask."""
    rows = L.load_table("page_chrome")
    for name in ("meta_labels", "home_words", "source_stamp_tails", "no_such_list"):
        assert C._words(name) == tuple(r["word"] for r in rows if r["list"] == name)
        assert C._words(name) is C._words(name)


def test_longest_scope_word_is_measured_once():
    assert M._SCOPE_LONGEST == max(map(len, M._SCOPES), default=0) > 0


def test_lexicon_cells_are_stripped_as_before(tmp_path):
    """`lexicon._parse` strips each cell (map, no generator): padding and missing fields as before."""
    p = tmp_path / "t.tsv"
    p.write_text("# note\nlist\tword\tnot_before\n a \t 全省 \n\nb\t全市\t以上 \n", encoding="utf-8")
    assert L._parse(p) == (("list", "word", "not_before"), [("a", "全省", ""), ("b", "全市", "以上")])
