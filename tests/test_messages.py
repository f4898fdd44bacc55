"""What the CLI and the API say to a first-time user (issue 18): help texts that point to files
that exist, an evaluation that says what it scored, errors in the caller's own words and short."""
from __future__ import annotations

import re
import subprocess
import sys

import pytest

import kg
from conftest import ROOT
from kg.cli import _parser
from kg.query import QueryError, prefix_declarations, short_syntax_error


def help_of(command: str) -> str:
    sub = next(a for a in _parser()._actions if a.dest == "command").choices[command]
    return sub.format_help()


def test_build_help_shows_build_examples_not_eval_ones():
    text = help_of("build")
    assert "kg build reports/ news.jsonl" in text and "--user-dict my-terms.tsv" in text
    assert "kg eval" not in text
    assert "exit status: 0" in text


def test_eval_help_points_to_a_format_description_that_exists():
    text = help_of("eval")
    docs = set(re.findall(r"docs/[\w.-]+\.md", text))
    assert docs == {"docs/gold-format.md"}
    assert (ROOT / "docs" / "gold-format.md").is_file()
    assert "SCHEMA.md" not in text
    assert "Only what lies inside the gold's articles" in text


def test_eval_says_which_part_of_the_build_it_scored(tmp_path):
    """A gold of a few articles of the sample page scores only those: the report says so, with
    the line ranges and how many entities, relations and figures of the build were compared."""
    r = subprocess.run([sys.executable, "-m", "kg", "eval", "--gold",
                        str(ROOT / "tests" / "gold" / "seed-a2-a6.json"), "--source",
                        str(ROOT / "kg" / "resources" / "corpus" / "hebei-daily-handan-page.txt")],
                       capture_output=True, text=True, cwd=tmp_path, timeout=300)
    assert r.returncode == 0, r.stderr
    line = r.stdout.splitlines()[1]
    m = re.fullmatch(r"scored: lines (.+) of hebei-daily-handan-page\.txt \(the gold's articles\): "
                     r"(\d+) of (\d+) entities, (\d+) of (\d+) relations, (\d+) of (\d+) metrics "
                     r"of the build; the rest is not scored", line)
    assert m, line
    assert "87–91" in m.group(1)
    scored, total = int(m.group(2)), int(m.group(3))
    assert 0 < scored < total  # the page has more articles than the gold annotates


def test_api_missing_parameter_is_said_in_python():
    g = kg.build()
    with pytest.raises(QueryError) as e:
        g.sparql("metrics-of-place")
    assert "--param" not in str(e.value)
    assert "place=" in str(e.value) and "g.sparql('metrics-of-place'" in str(e.value)


def test_unknown_prefix_error_is_one_short_line():
    pyoxigraph = pytest.importorskip("pyoxigraph")
    query = "SELECT ?p WHERE { ?p a foo:Place ; rdfs:label \"x:y\" } # bar: in a comment"
    with pytest.raises(SyntaxError) as e:
        pyoxigraph.Store().query(query, prefixes={"rdfs": "http://www.w3.org/2000/01/rdf-schema#"})
    assert len(str(e.value)) > 300  # what pyoxigraph says: pages of character classes
    msg = short_syntax_error(str(e.value), query)
    assert "\n" not in msg and len(msg) < 160
    assert "unknown prefix foo:" in msg and "bar" not in msg and "x:" not in msg


def test_other_syntax_errors_keep_their_position_and_stay_short():
    long = "error at 1:53: expected one of " + ", ".join(f"'{c}'" for c in "ABCDEFGHIJ" * 20) + "\nmore"
    msg = short_syntax_error(long, "SELECT * WHERE { ?s ?p ?o . FILTER(?s = ) }")
    assert msg.startswith("error at 1:53: expected one of") and len(msg) <= 160 and "\n" not in msg
    assert short_syntax_error("error at 1:44: expected OPTIONAL", "") == "error at 1:44: expected OPTIONAL"


def test_prefix_declarations_are_what_kg_query_predeclares():
    from kg.query import QUERY_PREFIXES
    lines = prefix_declarations().splitlines()
    assert len(lines) == len(QUERY_PREFIXES)
    assert "PREFIX govkg: <https://w3id.org/govkg/ontology#>" in lines


def test_view_reports_whether_a_browser_took_the_page(tmp_path):
    from kg.view import open_page

    (tmp_path / "graph.html").write_text("<!doctype html><title>govkg</title>", encoding="utf-8")
    uri, opened = open_page(tmp_path, open_browser=lambda u: False)
    assert uri.startswith("file://") and uri.endswith("/graph.html") and opened is False
    assert open_page(tmp_path, open_browser=lambda u: True)[1] is True
