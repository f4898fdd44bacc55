"""The vocabulary of the layout, posts and reader modules is data (issue 12): a new word is a
line in a table of kg/resources/lexicon/ — here added through GOVKG_LEXICON_EXTRA, without
editing the shipped files — and the modules' lists are the tables' rows."""
from __future__ import annotations

import re

import json
import os
import subprocess
import sys

from conftest import ROOT
from kg import lexicon as L

_BLOCK_KINDS = ("from kg.stages.layout import _blocks; import json; "
                "print(json.dumps([b.kind for b in _blocks({text!r})]))")


def _kinds(text: str, extra=None) -> list[str]:
    """The block kinds layout gives `text`, in a fresh interpreter (tables load at import)."""
    env = dict(os.environ)
    env.pop(L.EXTRA_ENV, None)
    if extra is not None:
        env[L.EXTRA_ENV] = str(extra)
    r = subprocess.run([sys.executable, "-c", _BLOCK_KINDS.format(text=text)], cwd=ROOT, env=env,
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def test_a_new_byline_role_is_one_line_of_layout_words(tmp_path):
    """本报特派员 is a byline once `byline_roles` has the role; before, the line is a paragraph."""
    text = "邯郸推动志愿服务\n\n本报特派员 李明\n\n全市建成4624个志愿服务站。\n"
    assert _kinds(text) == ["para", "para", "para"]
    (tmp_path / "layout_words.tsv").write_text("list\tword\nbyline_roles\t特派员\n", encoding="utf-8")
    assert _kinds(text, tmp_path) == ["para", "byline", "para"]


def test_layout_posts_and_reader_lists_are_the_tables_rows():
    from kg.readers import decode
    from kg.stages import layout, posts
    rows = L.load_table("layout_words")
    roles = [r["word"] for r in rows if r["list"] == "byline_roles"]
    assert roles[:2] == ["特约记者", "见习记者"] and layout._ROLE == "(?:" + "|".join(re.escape(w) for w in roles) + ")"  # (记 者: a spaced role)
    assert layout._division_names() >= {"邯郸市", "邯郸", "馆陶县", "馆陶", "内蒙古自治区", "内蒙古"}
    scopes = [(r["word"], r["level"]) for r in L.load_table("posts_words") if r["list"] == "relative_scopes"]
    assert posts._RELATIVE_SCOPES == tuple(scopes) and scopes[0] == ("自治区", "province")
    assert posts._GOVERNMENT_ORGANS[0] == "人民政府"
    simplified, traditional = decode._common("simplified"), decode._common("traditional")
    assert {"这", "们", "国"} <= simplified and {"這", "們", "國"} <= traditional
    assert "这" not in traditional and "這" not in simplified


def test_one_ladder_of_place_levels_for_every_stage():
    """The rules that prefer the most specific of several places (a figure's subject in metrics, a
    programme's own place in relations) read one table, `place_levels.tsv`; the explorer's
    hierarchy columns follow the division table's depth.  A stage with its own copy of the ladder
    would disagree with the others as soon as a level is added."""
    from kg import divisions
    from kg.export import html
    from kg.stages import metrics, relations
    ranks = divisions.level_rank()
    assert {r["level"] for r in L.load_table("place_levels")} == set(ranks)
    order = ["country", "province", "city", "new-area", "county", "zone", "township", "village"]
    assert [ranks[k] for k in order] == sorted(ranks[k] for k in order)
    assert len({ranks[k] for k in order}) == len(order)
    assert metrics._PLACE_LEVEL is ranks and relations._NAME_PLACE_RANK is ranks
    assert list(html.LEVEL_RANK) == list(divisions.LEVELS)
    assert sorted(html.LEVEL_RANK.values()) == list(range(len(divisions.LEVELS)))
