"""perf43: tables the pipeline's construction read again at every call, now read once per process.

- posts' `_cue` (some 230 calls as kg.stages.posts is imported) built the 1,300 row dicts of
  posts_words.tsv again at each call; `_cue_lists` groups the rows by list once.
- `kg.lexicon.chars` (some 40 calls at import) rebuilt the set table of char_classes.tsv at each
  call; `_char_sets` builds it once.

Both must give what the per-call reading gave: the same rows, in file order, for every list.
"""
from kg import lexicon as L
from kg.stages import posts as P


def _cue_per_call(list_name: str) -> tuple[tuple[str, str], ...]:
    """`_cue` as it was: the whole table read and filtered at each call."""
    return tuple((r["word"], r["level"]) for r in L.load_table("posts_words") if r["list"] == list_name)


def test_posts_cue_lists_answer_as_read_per_call():
    names = {r["list"] for r in L.load_table("posts_words")}
    assert len(names) > 100
    for name in sorted(names) + ["no_such_list"]:
        assert P._cue(name) == _cue_per_call(name), name
    # file order within a list (a list may become a regex alternation, order matters there)
    assert P._cue("relative_scopes") == P._RELATIVE_SCOPES


def test_char_sets_answer_as_read_per_call():
    rows = L.load_table("char_classes.tsv")
    for name in sorted({r["set"] for r in rows}) + ["no_such_set"]:
        assert L.chars(name) == {r["set"]: r["chars"] for r in rows}.get(name, ""), name
