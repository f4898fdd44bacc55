"""The HTML explorer exporter: self-contained, deterministic, escaped, with real evidence."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kg.export import exporters
from kg.export import html as html_export
from kg.model import Entity, Evidence, Extraction, Metric, Relation

CORPUS = Path(__file__).resolve().parents[1] / "kg" / "resources" / "corpus" / "hebei-daily-handan-page.txt"
SOURCE = CORPUS.name
DOC = "hebei-daily-handan-page"
XSS_NAME = '<img src=x onerror="window.__xss=1">'
XSS_QUOTE = "</script><script>window.__xss=2</script>"


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max(text.rfind(c, 0, start) for c in "。\n") + 1
    hi = min(i for i in (text.find(c, end) for c in "。\n") if i != -1) + 1
    return lo, hi


def _mention(text: str, surface: str, nth: int = 0, rule: str = "test") -> Evidence:
    at = -1
    for _ in range(nth + 1):
        at = text.find(surface, at + 1)
    assert at != -1, surface
    lo, hi = _sentence(text, at, at + len(surface))
    return Evidence(DOC, SOURCE, at, at + len(surface), "A1", text[lo:hi], rule)


def _sentence_evidence(text: str, surface: str) -> Evidence:
    at = text.find(surface)
    lo, hi = _sentence(text, at, at + len(surface))
    return Evidence(DOC, SOURCE, lo, hi, "A1", text[lo:hi], "test")


def sample_extraction() -> Extraction:
    """Real content from the seed page with real offsets."""
    text = CORPUS.read_text(encoding="utf-8")
    ents = {
        "place-130400": Entity("place-130400", "Place", "邯郸市", {"邯郸"}, "130400", "city",
                               [_mention(text, "邯郸市"), _mention(text, "邯郸市", 3)]),
        "place-130430": Entity("place-130430", "Place", "邱县", set(), "130430", "county",
                               [_mention(text, "邱县")]),
        "agency-sthjj": Entity("agency-sthjj", "Agency", "邯郸市生态环境局", {"市生态环境局"}, None, None,
                               [_mention(text, "邯郸市生态环境局")]),
        "prog-yunzhifa": Entity("prog-yunzhifa", "Programme", "云执法", set(), None, None,
                                [_mention(text, "云执法", 1)]),
    }
    rels = [
        Relation("place-130430", "partOf", "place-130400", [_sentence_evidence(text, "邱县")]),
        Relation("agency-sthjj", "runs", "prog-yunzhifa",
                 [_sentence_evidence(text, "自实行“云执法”监管模式以来")]),
        Relation("agency-sthjj", "locatedIn", "place-130400",
                 [_sentence_evidence(text, "邯郸市生态环境局印发")]),
    ]
    metric_ev = _sentence_evidence(text, "网上巡查1200余次")
    metric = Metric("prog-yunzhifa", "网上巡查", 1200, "次", True, "网上巡查1200余次", None,
                    [metric_ev], {"test"}, "m-1")
    return Extraction(documents=[{"id": DOC, "source": SOURCE}], entities=ents,
                      relations={r.key: r for r in rels}, metrics={"m-1": metric},
                      texts={DOC: text})


def xss_extraction() -> Extraction:
    """An extraction whose document text tries to inject markup and script."""
    text = f"测试文本。{XSS_NAME}发布通知。{XSS_QUOTE}继续。"
    at = text.find(XSS_NAME)
    ev = Evidence("evil", "evil.txt", at, at + len(XSS_NAME), None, text[5:text.find("。", at) + 1], "t")
    qat = text.find(XSS_QUOTE)
    ev2 = Evidence("evil", "evil.txt", qat, qat + len(XSS_QUOTE), None, text[qat:], "t")
    ents = {"a": Entity("a", "Agency", XSS_NAME, {XSS_QUOTE}, None, None, [ev, ev2]),
            "b": Entity("b", "Place", "邯郸市", set(), "130400", None, [])}
    rel = Relation("a", "locatedIn", "b", [ev2])
    m = Metric("a", XSS_QUOTE, 1, "<b>次</b>", False, XSS_NAME, "&amp;", [ev2], set(), "m")
    return Extraction(entities=ents, relations={rel.key: rel}, metrics={"m": m}, texts={"evil": text})


def _data_block(page: str) -> dict:
    m = re.search(r'<script id="kg-data" type="application/json">(.*?)</script>', page, re.S)
    assert m
    return json.loads(m.group(1))


def test_registered_as_graph_html():
    exp = exporters()["html"]
    assert exp.filename == "graph.html"
    assert exp.load() is html_export.write


def test_page_is_self_contained_and_utf8(tmp_path):
    out = html_export.write(sample_extraction(), tmp_path / "graph.html")
    raw = out.read_bytes()
    page = raw.decode("utf-8")  # strictly UTF-8
    assert page.startswith("<!DOCTYPE html>")
    assert '<meta charset="utf-8">' in page
    assert "邱县" in page and "邯郸市生态环境局" in page  # readable Chinese, not \u-escaped
    # no external resources of any kind
    assert not re.search(r'\b(src|href)\s*=\s*"(https?:)?//', page)
    assert "<link" not in page
    assert "vis.Network" in page and "vis-network" in page  # the library is inlined
    assert "default-src 'none'" in page  # CSP forbids any fetch


def test_payload_content():
    data = html_export.graph_payload(sample_extraction())
    names = {n["n"]: n for n in data["nodes"]}
    assert set(names) == {"邯郸市", "邱县", "邯郸市生态环境局", "云执法"}
    types = [t[0] for t in data["types"]]
    assert types[:5] == ["Place", "Agency", "Organization", "Programme", "Person"]
    assert names["邱县"]["c"] == "130430" and types[names["邱县"]["t"]] == "Place"
    assert names["邯郸市生态环境局"]["a"] == ["市生态环境局"]
    # degree drives size: the agency has two relations, 邱县 one
    assert names["邯郸市生态环境局"]["d"] == 2 and names["邱县"]["d"] == 1
    assert names["邯郸市生态环境局"]["s"] > names["邱县"]["s"]
    preds = {(data["nodes"][s]["n"], p, data["nodes"][o]["n"]) for s, o, p, *_ in data["edges"]}
    assert ("邱县", "partOf", "邯郸市") in preds and ("邯郸市生态环境局", "runs", "云执法") in preds
    # metric row: indicator, value, unit, approx, period, surface, evidence
    (m,) = names["云执法"]["m"]
    assert m[:6] == ["网上巡查", 1200, "次", True, None, "网上巡查1200余次"]
    src, quote, s, e = m[6][0]
    assert quote[s:e] == "网上巡查1200余次"


def test_mention_highlight_is_the_mention_inside_its_sentence():
    data = html_export.graph_payload(sample_extraction())
    agency = next(n for n in data["nodes"] if n["n"] == "邯郸市生态环境局")
    src, quote, s, e = agency["e"][0]
    assert quote[s:e] == "邯郸市生态环境局"
    assert quote.startswith("河北日报") and "印发" in quote
    assert src.startswith(SOURCE)
    city = next(n for n in data["nodes"] if n["n"] == "邯郸市")
    assert city["ne"] == 2 and all(q[s:e] == "邯郸市" for _, q, s, e in city["e"])


def test_snippet_without_quote_cuts_sentence_from_text():
    text = "第一句。邯郸市生态环境局印发通知。第三句。"
    ev = Evidence("d", "d.txt", 4, 12, None, None, "r")
    src, quote, s, e = html_export.snippet(ev, {"d": text})
    assert quote == "邯郸市生态环境局印发通知。" and quote[s:e] == "邯郸市生态环境局"


def test_positions_precomputed_and_deterministic(tmp_path):
    a = html_export.write(sample_extraction(), tmp_path / "a.html").read_bytes()
    b = html_export.write(sample_extraction(), tmp_path / "b.html").read_bytes()
    assert a == b
    data = _data_block(a.decode("utf-8"))
    xy = {(n["x"], n["y"]) for n in data["nodes"]}
    assert len(xy) == len(data["nodes"])  # every node has its own precomputed position


def test_layout_keeps_neighbours_closer_than_strangers():
    import networkx as nx
    g = nx.Graph()
    for k in range(3):  # three separate 20-node cycles
        nx.add_cycle(g, [f"c{k}-{i:02d}" for i in range(20)])
    pos = html_export.layout(g, sorted(g.nodes))

    def dist(a, b):
        return ((pos[a][0] - pos[b][0]) ** 2 + (pos[a][1] - pos[b][1]) ** 2) ** 0.5

    within = sum(dist(f"c0-{i:02d}", f"c0-{(i + 1) % 20:02d}") for i in range(20)) / 20
    across = sum(dist(f"c0-{i:02d}", f"c1-{i:02d}") for i in range(20)) / 20
    assert within * 2 < across


def test_large_graph_defaults_to_best_connected_part():
    ents = {f"e{i:04d}": Entity(f"e{i:04d}", "Place", f"地点{i}") for i in range(60)}
    rels = {}
    for i in range(1, 60):  # a star around e0000 plus a chain
        r = Relation("e0000", "partOf", f"e{i:04d}") if i < 20 else Relation(f"e{i - 1:04d}", "partOf", f"e{i:04d}")
        rels[r.key] = r
    data = html_export.graph_payload(Extraction(entities=ents, relations=rels), max_nodes=10)
    core = [n for n in data["nodes"] if n["k"]]
    assert len(core) == 10 and data["stats"]["core"] == 10
    assert any(n["id"] == "e0000" for n in core)
    assert all(isinstance(n["x"], float) for n in data["nodes"])  # the rest still has positions


def test_data_block_cannot_break_out(tmp_path):
    page = html_export.write(xss_extraction(), tmp_path / "graph.html").read_text(encoding="utf-8")
    block = re.search(r'<script id="kg-data" type="application/json">(.*?)</script>', page, re.S).group(1)
    assert "<" not in block and ">" not in block and "&" not in block
    assert "window.__xss" in block  # the text is there, escaped
    assert XSS_NAME not in page and XSS_QUOTE not in page
    data = json.loads(block)
    assert data["nodes"][0]["n"] == XSS_NAME  # and round-trips exactly


def test_template_never_uses_innerhtml():
    js = (html_export.TEMPLATES / "explorer.js").read_text(encoding="utf-8")
    assert "innerHTML" not in js and "insertAdjacentHTML" not in js and "document.write" not in js


def test_title_is_escaped(tmp_path):
    page = html_export.render(sample_extraction(), title="<b>图</b>")
    assert "<title>&lt;b&gt;图&lt;/b&gt;</title>" in page


def test_dangling_relations_and_loose_metrics_are_counted_not_fatal():
    ex = sample_extraction()
    bad = Relation("place-130430", "partOf", "missing")
    ex.relations[bad.key] = bad
    ex.metrics["m-2"] = Metric(None, "x", 1.0, "个", False, "1个")
    data = html_export.graph_payload(ex)
    assert data["stats"]["danglingRelations"] == 1 and data["stats"]["unattachedMetrics"] == 1


@pytest.mark.parametrize("value,expected", [(1200.0, 1200), (0.5, 0.5), (3, 3)])
def test_whole_float_values_print_as_integers(value, expected):
    assert html_export._num(value) == expected and type(html_export._num(value)) is type(expected)


# --------------------------------------------------------------------------- kg.view

def test_view_opens_graph_html_as_file_uri(tmp_path):
    from kg.view import view

    html_export.write(sample_extraction(), tmp_path / "graph.html")
    opened = []
    uri = view(tmp_path, open_browser=opened.append)
    assert opened == [uri] and uri.startswith("file://") and uri.endswith("/graph.html")
    with pytest.raises(FileNotFoundError):
        view(tmp_path / "nowhere", open_browser=opened.append)


def test_display_embeds_page_in_sandboxed_srcdoc_iframe(tmp_path, monkeypatch):
    import html as stdhtml

    from IPython import display as ipd

    from kg import view as kgview

    shown = []
    monkeypatch.setattr(ipd, "display", shown.append)
    kgview.display(xss_extraction())
    html_export.write(sample_extraction(), tmp_path / "graph.html")
    kgview.display(tmp_path)
    a, b = (obj.data for obj in shown)
    for wrapped in (a, b):
        m = re.search(r'<iframe srcdoc="([^"]*)" sandbox="allow-scripts"', wrapped)
        assert m, wrapped[:200]
        assert "allow-same-origin" not in wrapped
        inner = stdhtml.unescape(m.group(1))
        assert inner.startswith("<!DOCTYPE html>")
    assert "邱县" in stdhtml.unescape(b)
    assert "<img" not in a.replace("&lt;img", "")  # the payload is never live markup


def test_snippet_when_quote_is_only_the_mention_itself():
    # what the gazetteer stage emits: quote == the surface; the page still shows the sentence
    text = "序言\n今年以来，邯郸市生态环境局印发通知；要求整改。\n下一段"
    at = text.find("邯郸市")
    ev = Evidence("d", "d.txt", at, at + 3, "d#A1", "邯郸市", "gazetteer.full")
    src, quote, s, e = html_export.snippet(ev, {"d": text})
    assert quote == "今年以来，邯郸市生态环境局印发通知；" and quote[s:e] == "邯郸市"
    assert src == "d.txt · A1"


def test_snippet_of_a_whole_sentence_highlights_a_name():
    text = "第一句。邱县属于邯郸市。第三句。"
    lo, hi = 4, 12
    ev = Evidence("d", "d.txt", lo, hi, None, None, "relations")
    src, quote, s, e = html_export.snippet(ev, {"d": text}, ["邱县"])
    assert quote == "邱县属于邯郸市。" and quote[s:e] == "邱县"


def test_long_sentence_is_trimmed_with_ellipses():
    text = "甲" * 300 + "邱县" + "乙" * 300
    ev = Evidence("d", "d.txt", 300, 302, None, None, None)
    src, quote, s, e = html_export.snippet(ev, {"d": text})
    assert quote.startswith("…") and quote.endswith("…") and quote[s:e] == "邱县"
    assert len(quote) == 2 + 2 * html_export.SNIPPET_CONTEXT + 2


def test_snippet_uses_sentence_start_and_surface():
    quote = "邱县东城社区服务站工作人员将粽子送到卡点。"
    # offsets into a text we do not have: sentence_start places the mention in the quote
    ev = Evidence("d", "d.txt", 1002, 1006, None, quote, "r", surface="东城社区", sentence_start=1000)
    assert html_export.snippet(ev, {})[1:] == [quote, 2, 6]
    ev = Evidence("d", "d.txt", 5, 9, None, quote, "r", surface="东城社区")
    assert html_export.snippet(ev, {})[1:] == [quote, 2, 6]  # no text, no sentence_start: surface


def test_same_content_in_another_insertion_order_gives_the_same_bytes():
    a = sample_extraction()
    b = sample_extraction()
    b.entities = dict(reversed(list(b.entities.items())))
    b.relations = dict(reversed(list(b.relations.items())))
    assert html_export.render(a) == html_export.render(b)


def test_big_component_layout_is_bounded_and_deterministic():
    import networkx as nx
    g = nx.barabasi_albert_graph(2600, 1, seed=3)  # one component beyond FR_MAX
    g = nx.relabel_nodes(g, {i: f"n{i:05d}" for i in g.nodes})
    p1 = html_export.layout(g, sorted(g.nodes))
    p2 = html_export.layout(g, sorted(g.nodes))
    assert p1 == p2 and len(p1) == 2600
    assert len(set(p1.values())) == 2600  # no two nodes on the same spot
    cx = sum(x for x, _ in p1.values()) / 2600
    cy = sum(y for _, y in p1.values()) / 2600
    dist = sorted(((x - cx) ** 2 + (y - cy) ** 2) ** 0.5 for x, y in p1.values())
    assert dist[-1] < 3 * dist[1300]  # no node flung far away from the rest


def test_display_renders_an_extraction_json(tmp_path, monkeypatch):
    from IPython import display as ipd

    from kg import view as kgview

    exporters()["json"].load()(sample_extraction(), tmp_path / "extraction.json")
    shown = []
    monkeypatch.setattr(ipd, "display", shown.append)
    kgview.display(tmp_path / "extraction.json")
    assert "邯郸市生态环境局" in shown[0].data and "sandbox=\"allow-scripts\"" in shown[0].data


def test_byte_identical_across_processes_with_different_hash_seeds(tmp_path):
    import os
    import subprocess
    import sys

    code = ("import sys; sys.path.insert(0, sys.argv[2]); from test_html import sample_extraction; "
            "from kg.export.html import write; write(sample_extraction(), sys.argv[1])")
    root = Path(__file__).resolve().parents[1]
    outs = []
    for seed in ("1", "2"):
        out = tmp_path / f"g{seed}.html"
        env = dict(os.environ, PYTHONHASHSEED=seed)
        subprocess.run([sys.executable, "-c", code, str(out), str(root / "tests")], check=True,
                       cwd=root, env=env)
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]


# --------------------------------------------------------------------------- analyst features

@pytest.mark.parametrize("period,expected", [
    ("2023年", ["2023-01-01", "2023-12-31"]),
    ("2023年5月", ["2023-05-01", "2023-05-31"]),
    ("2024年2月", ["2024-02-01", "2024-02-29"]),
    ("2021—2023年", ["2021-01-01", "2023-12-31"]),
    ("“十四五”期间", None),
    (None, None),
])
def test_period_range(period, expected):
    assert html_export.period_range(period) == expected


def test_leading_markdown_is_dropped_and_the_highlight_follows():
    assert html_export.clean_markup(["s", "## 邯郸推动文明实践\n", 3, 5]) == ["s", "邯郸推动文明实践", 0, 2]
    assert html_export.clean_markup(["s", "> 邱县东城社区", 2, 4]) == ["s", "邱县东城社区", 0, 2]
    assert html_export.clean_markup(["s", "## 标题", 0, 2]) == ["s", "标题", -1, -1]  # only the markup
    assert html_export.clean_markup(["s", "2023年增长5%。", 0, 5]) == ["s", "2023年增长5%。", 0, 5]


def test_heading_evidence_has_no_hashes():
    text = CORPUS.read_text(encoding="utf-8")
    heading = _sentence_evidence(text, "## 邯郸推动新时代文明实践中心建设提档升级")
    ex = sample_extraction()
    r = Relation("place-130430", "locatedIn", "place-130400", [heading])
    ex.relations[r.key] = r
    data = html_export.graph_payload(ex)
    quotes = [q for e in data["edges"] for _, q, _, _ in e[3]]
    assert "邯郸推动新时代文明实践中心建设提档升级" in quotes
    assert not any(q.startswith("#") or q != q.strip() for q in quotes)


def test_isolated_entities_are_outside_the_default_view():
    ex = sample_extraction()
    ex.entities["person-x"] = Entity("person-x", "Person", "陈正", set(), None, None, [_mention(CORPUS.read_text(encoding="utf-8"), "陈正")])
    data = html_export.graph_payload(ex)
    by_id = {n["id"]: n for n in data["nodes"]}
    assert by_id["person-x"]["k"] == 0 and all(n["k"] for i, n in by_id.items() if i != "person-x")
    assert data["stats"]["isolated"] == 1
    assert by_id["person-x"]["y"] > max(n["y"] for n in data["nodes"] if n["k"])


def test_documents_provinces_and_dates_in_the_payload():
    ex = sample_extraction()
    ex.documents[0].update(title="河北日报", date="2022年6月2日")
    ex.metrics["m-1"].period = "2022年"
    data = html_export.graph_payload(ex)
    assert data["docs"] == [["河北日报", "2022-06-02"]]
    assert data["provinces"] == [["河北省", "130000"]]  # named from the division table
    by_id = {n["id"]: n for n in data["nodes"]}
    assert by_id["agency-sthjj"]["pv"] == [0]  # via the place it is located in
    assert by_id["prog-yunzhifa"]["pv"] == [] and by_id["prog-yunzhifa"]["pr"] == [["2022-01-01", "2022-12-31"]]
    assert all(n["dc"] == [0] for n in data["nodes"])
    assert all(e[5] == [0] for e in data["edges"])


def test_hierarchy_layout_orders_levels_and_hangs_agencies_under_their_place():
    ex = sample_extraction()
    ex.entities["place-130000"] = Entity("place-130000", "Place", "河北省", set(), "130000", "province")
    data = html_export.graph_payload(ex)  # no partOf to the province: the code prefix links it
    y = {n["id"]: n["hy"] for n in data["nodes"]}
    x = {n["id"]: n["hx"] for n in data["nodes"]}
    assert y["place-130000"] < y["place-130400"] < y["place-130430"]
    assert y["place-130400"] < y["agency-sthjj"]
    assert x["place-130000"] == x["place-130400"]  # a single child sits under its parent


def _chunked(tmp_path, **opts):
    return html_export.write(sample_extraction(), tmp_path / "graph.html", inline_max=0, chunk_bytes=300, **opts)


def test_big_pages_put_details_into_chunk_files(tmp_path):
    page = _chunked(tmp_path).read_text(encoding="utf-8")
    data = _data_block(page)
    files = sorted((tmp_path / "graph-data").glob("c*.js"))
    assert data["chunks"] == [f"graph-data/{p.name}" for p in files] and len(files) >= 2
    assert data["index"] == "graph-data/index.js"
    assert all("dc" not in n for n in data["nodes"]) and data["dateSpan"] is None
    assert "'self'" in page  # chunk scripts come from beside the page; inline ones still by hash
    assert all("e" not in n and "m" not in n and n["ch"] >= 0 for n in data["nodes"])
    assert all(e[3] is None and e[5] is None for e in data["edges"])
    index = (tmp_path / "graph-data" / "index.js").read_text(encoding="utf-8")
    assert index.startswith(f'kgChunk("{data["key"]}",-1,{{"dc":[[0],')
    assert "网上巡查1200余次" not in page
    chunks = [p.read_text(encoding="utf-8") for p in files]
    assert all(c.startswith(f'kgChunk("{data["key"]}",{i},') and c.endswith(");\n") for i, c in enumerate(chunks))
    bodies = [json.loads(c[c.index(",", c.index(",") + 1) + 1:-3]) for c in chunks]
    nodes = sorted(r[0] for b in bodies for r in b["n"])
    assert nodes == list(range(len(data["nodes"])))  # every node's details in exactly one chunk
    assert sorted(r[0] for b in bodies for r in b["x"]) == list(range(len(data["edges"])))
    prog = data["nodes"].index(next(n for n in data["nodes"] if n["id"] == "prog-yunzhifa"))
    body = bodies[data["nodes"][prog]["ch"]]
    (metric,) = next(r for r in body["n"] if r[0] == prog)[2]
    src, sent, s, e = metric[6][0]
    assert body["S"][sent][s:e] == "网上巡查1200余次"


def test_chunked_output_is_deterministic_and_stale_chunks_go(tmp_path):
    a = tmp_path / "a"
    b = tmp_path / "b"
    a.mkdir(), b.mkdir()
    _chunked(a)
    (a / "graph-data" / "c9999.js").write_text("stale", encoding="utf-8")
    _chunked(a)
    _chunked(b)
    assert sorted(p.name for p in (a / "graph-data").iterdir()) == sorted(p.name for p in (b / "graph-data").iterdir())
    for p in (b / "graph-data").iterdir():
        assert (a / "graph-data" / p.name).read_bytes() == p.read_bytes()
    assert (a / "graph.html").read_bytes() == (b / "graph.html").read_bytes()
    html_export.write(sample_extraction(), a / "graph.html")  # small again: everything inline
    assert not (a / "graph-data").exists()
    assert "'self'" not in (a / "graph.html").read_text(encoding="utf-8")


def test_build_moves_the_chunk_folder_into_place(tmp_path, monkeypatch):
    from kg.builder import write_outputs

    monkeypatch.setattr(html_export, "INLINE_MAX", 0)
    monkeypatch.setattr(html_export, "CHUNK_BYTES", 300)
    out = tmp_path / "out"
    write_outputs(sample_extraction(), out, ["html"])
    first = sorted(p.name for p in (out / "graph-data").iterdir())
    assert first and (out / "graph.html").is_file()
    ex = sample_extraction()
    del ex.metrics["m-1"]
    write_outputs(ex, out, ["html"])  # a rebuild replaces the folder as a whole
    data = _data_block((out / "graph.html").read_text(encoding="utf-8"))
    assert data["chunks"] == [f"graph-data/{p.name}" for p in sorted((out / "graph-data").glob("c*.js"))]
    assert all(f'kgChunk("{data["key"]}"' in p.read_text(encoding="utf-8") for p in (out / "graph-data").iterdir())
    assert sorted(p.name for p in out.iterdir()) == ["errors.json", "graph-data", "graph.html"]


def test_display_of_a_chunked_build_warns_that_details_need_the_browser(tmp_path, monkeypatch):
    from IPython import display as ipd

    from kg import view as kgview

    shown = []
    monkeypatch.setattr(ipd, "display", lambda obj: shown.append(obj))
    _chunked(tmp_path)
    with pytest.warns(UserWarning, match="graph-data"):
        kgview.display(tmp_path)
    assert len(shown) == 1


def test_date_span_covers_documents_and_periods():
    ex = sample_extraction()
    ex.documents[0]["date"] = "2023-02"
    assert html_export.graph_payload(ex)["dateSpan"] == ["2023-02-01", "2023-02-28"]
    ex.metrics["m-1"].period = "2021年"
    assert html_export.graph_payload(ex)["dateSpan"] == ["2021-01-01", "2023-02-28"]


def _whole_matrix_fr(n, edges, seed, iterations=50, gravity=3.0):
    """The layout as it was computed before `_repulsion` (whole n×n matrices): the reference
    the blocked version must match to the bit."""
    import math
    import numpy as np
    rng = np.random.RandomState(seed)
    pos = rng.rand(n, 2).astype(np.float32)
    k2, k, t = np.float32(1.0 / n), math.sqrt(1.0 / n), 0.1
    dt = t / (iterations + 1)
    for _ in range(iterations):
        x, y = pos[:, 0], pos[:, 1]
        dx = x[:, None] - x[None, :]
        dy = y[:, None] - y[None, :]
        w = dx * dx
        w += dy * dy
        np.maximum(w, np.float32(1e-4), out=w)
        np.divide(k2, w, out=w)
        disp = np.stack([(dx * w).sum(1), (dy * w).sum(1)], axis=1)
        disp -= np.float32(gravity) * (pos - pos.mean(0))
        if len(edges):
            d = pos[edges[:, 0]] - pos[edges[:, 1]]
            f = d * (np.sqrt((d * d).sum(1)) / np.float32(k))[:, None]
            np.add.at(disp, edges[:, 0], -f)
            np.add.at(disp, edges[:, 1], f)
        length = np.sqrt((disp * disp).sum(1))
        np.maximum(length, np.float32(0.01), out=length)
        pos += disp * (np.float32(t) / length)[:, None]
        t -= dt
    return pos.astype(np.float64)


@pytest.mark.parametrize("block", [1, 7 * 301, 1 << 16])
def test_blocked_repulsion_gives_the_same_layout_to_the_bit(monkeypatch, block):
    """Rows of the pair matrix a block at a time (one row, a ragged last block, all at once):
    the same positions, bit for bit, as whole n×n matrices."""
    import numpy as np
    rng = np.random.RandomState(3)
    n = 301
    edges = np.unique(np.sort(rng.randint(0, n, size=(2 * n, 2)), axis=1), axis=0)
    edges = edges[edges[:, 0] != edges[:, 1]]
    monkeypatch.setattr(html_export, "FR_BLOCK", block)
    got = html_export._fruchterman_reingold(n, edges, 42, iterations=20)
    assert got.tobytes() == _whole_matrix_fr(n, edges, 42, iterations=20).tobytes()


def test_vis_assets_are_found_without_importing_pyvis():
    """The vis-network files come from pyvis' folder; pyvis itself (jinja2 and more) is not
    imported by the exporter."""
    import subprocess
    import sys
    code = ("import sys; from kg.export import html; "
            "assert 'vis.Network' in html._asset('vis-network.min.js') or "
            "'Network' in html._asset('vis-network.min.js'); "
            "print('pyvis' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def _sentence_around_by_loops(text, start, end):
    """`_sentence_around` as it was written before its regex scans: character loops."""
    lo = max(0, start - html_export.SNIPPET_CONTEXT)
    hi = min(len(text), end + html_export.SNIPPET_CONTEXT)
    for i in range(start - 1, lo - 1, -1):
        if text[i] in html_export.TERMINATORS:
            lo = i + 1
            break
    if end > start and text[end - 1] in html_export.TERMINATORS:
        hi = end
    else:
        for i in range(end, hi):
            if text[i] in html_export.TERMINATORS:
                hi = i + (text[i] != "\n")
                break
    while lo < start and text[lo].isspace():
        lo += 1
    return lo, hi


def test_sentence_around_finds_the_same_bounds_as_character_loops():
    """Every span of a real page (terminators of both widths, line breaks, a sentence longer
    than the context, spans at the very start and end) gets the bounds the loops gave."""
    text = ("## 邯郸市推进项目建设\n  今年以来，邯郸市新开工亿元以上项目120个！总投资350亿元?"
            "其中，武安市；涉县;磁县\n" + "各县区加快推进重点项目建设" * 12 + "。完")
    spans = [(s, e) for s in range(len(text)) for e in range(s + 1, min(len(text), s + 6) + 1)]
    spans += [(0, len(text)), (len(text) - 1, len(text))]
    for s, e in spans:
        assert html_export._sentence_around(text, s, e) == _sentence_around_by_loops(text, s, e)
