"""The explorer in a real browser: Debian's chromium driven by playwright, all from file://.

Skipped only when /usr/bin/chromium is absent (install: apt-get install -y chromium
fonts-wqy-zenhei).
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from kg.export import html as html_export
from kg.model import Entity, Evidence, Extraction, Metric, Relation
from test_html import XSS_NAME, XSS_QUOTE, sample_extraction, xss_extraction

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ARTIFACTS = Path(__file__).parent / "artifacts"

if not os.path.exists(CHROMIUM):
    pytest.skip(f"{CHROMIUM} is absent (apt-get install -y chromium fonts-wqy-zenhei)",
                allow_module_level=True)

from playwright.sync_api import sync_playwright  # noqa: E402


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield b
        b.close()


class Opened:
    """A loaded explorer page plus everything it logged and requested."""

    def __init__(self, browser, path: Path):
        self.page = browser.new_page(viewport={"width": 1400, "height": 850})
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.page.on("console", lambda m: m.type in ("error", "warning") and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.goto(path.resolve().as_uri())
        self.page.wait_for_selector("body[data-ready='1']", timeout=20000)

    def js(self, expr, arg=None):
        return self.page.evaluate(expr, arg)

    def node_ids(self) -> set[str]:
        return set(self.js("kgExplorer.nodes.getIds().map(i => kgExplorer.data.nodes[i].id)"))

    def click_node(self, entity_id: str) -> None:
        """A real mouse click on the node's position on the canvas."""
        xy = self.js("""id => { const x = kgExplorer, i = x.idOf(id);
                     return x.network.canvasToDOM(x.network.getPositions([i])[i]); }""", entity_id)
        box = self.page.locator("#graph").bounding_box()
        self.page.mouse.click(box["x"] + xy["x"], box["y"] + xy["y"])


@pytest.fixture
def opened(browser, tmp_path):
    pages = []

    def open_(extraction: Extraction, **opts) -> Opened:
        path = html_export.write(extraction, tmp_path / f"graph{len(pages)}.html", **opts)
        o = Opened(browser, path)
        pages.append(o)
        return o

    yield open_
    for o in pages:
        o.page.close()


def test_loads_offline_without_errors_and_shows_every_node(opened):
    ex = sample_extraction()
    o = opened(ex)
    o.page.wait_for_timeout(300)
    ARTIFACTS.mkdir(exist_ok=True)
    o.page.screenshot(path=str(ARTIFACTS / "sample-graph.png"))
    assert o.errors == []
    assert o.requests and all(u.startswith("file://") for u in o.requests), o.requests
    assert o.node_ids() == set(ex.entities)
    assert o.js("kgExplorer.edges.length") == len(ex.relations)
    assert o.js("kgExplorer.network.physics.options.enabled") is False
    assert "4 / 4" in o.page.text_content("#status")


def test_search_finds_qiuxian_and_focuses_it(opened):
    o = opened(sample_extraction())
    o.page.fill("#search", "邱")
    first = o.page.locator("#results li").first
    assert first.text_content() == "邱县"
    o.page.press("#search", "Enter")
    assert o.page.text_content("#panel h2") == "邱县"
    assert o.js("kgExplorer.network.getSelectedNodes().map(i => kgExplorer.data.nodes[i].id)") == ["place-130430"]
    assert "130430" in o.page.text_content("#panel dl")


def test_search_matches_aliases(opened):
    o = opened(sample_extraction())
    o.page.fill("#search", "市生态环境局")
    o.page.locator("#results li").first.click()
    assert o.page.text_content("#panel h2") == "邯郸市生态环境局"


def test_type_filter_hides_agencies(opened):
    o = opened(sample_extraction())
    o.page.uncheck("#types input[data-type='Agency']")
    assert o.node_ids() == {"place-130400", "place-130430", "prog-yunzhifa"}
    assert o.js("kgExplorer.edges.length") == 1  # only partOf is left
    o.page.check("#types input[data-type='Agency']")
    assert "agency-sthjj" in o.node_ids() and o.js("kgExplorer.edges.length") == 3


def test_clicking_an_agency_shows_its_evidence_sentence(opened):
    o = opened(sample_extraction())
    o.click_node("agency-sthjj")
    o.page.wait_for_selector("#panel:not([hidden])")
    assert o.page.text_content("#panel h2") == "邯郸市生态环境局"
    assert o.page.text_content("#panel .badge") == "机构 Agency"
    marks = o.page.locator("#panel ol.evidence mark").all_text_contents()
    assert marks == ["邯郸市生态环境局"]
    quote = o.page.text_content("#panel ol.evidence .quote")
    assert "印发《关于开展工业企业落实生态环境保护主体责任自查整改工作的通知》" in quote
    rels = o.page.text_content("#panel ul.rels")
    assert "runs" in rels and "云执法" in rels
    o.page.screenshot(path=str(ARTIFACTS / "sample-agency-panel.png"))
    assert o.errors == []


def test_metrics_table_for_programme(opened):
    o = opened(sample_extraction())
    o.click_node("prog-yunzhifa")
    o.page.wait_for_selector("#panel table.metrics")
    cells = o.page.locator("#panel table.metrics tr.metric-row td").all_text_contents()
    assert cells[0] == "网上巡查" and cells[1] == "≈1,200" and cells[2] == "次"
    assert o.page.is_hidden("#panel tr.metric-src")
    o.page.click("#panel tr.metric-row")  # the row opens its source sentence
    assert o.page.is_visible("#panel tr.metric-src")
    assert o.page.locator("#panel tr.metric-src mark").all_text_contents() == ["网上巡查1200余次"]


def test_neighbourhood_focus_then_expand(opened):
    o = opened(sample_extraction())
    o.click_node("place-130430")
    o.page.click("#focus-btn")
    assert o.node_ids() == {"place-130430", "place-130400"}
    o.page.click("#expand-btn")
    assert o.node_ids() == {"place-130430", "place-130400", "agency-sthjj"}
    o.page.click("#overview")
    assert len(o.node_ids()) == 4


def test_physics_toggle(opened):
    o = opened(sample_extraction())
    o.page.check("#physics")
    assert o.js("kgExplorer.network.physics.options.enabled") is True
    o.page.uncheck("#physics")
    assert o.js("kgExplorer.network.physics.options.enabled") is False


def test_xss_payload_runs_nothing(opened):
    o = opened(xss_extraction())
    o.page.fill("#search", "img src")
    o.page.press("#search", "Enter")
    assert o.page.text_content("#panel h2") == XSS_NAME  # shown as text
    o.page.wait_for_timeout(200)
    panel_text = o.page.text_content("#panel")
    assert XSS_QUOTE in panel_text
    assert o.js("document.querySelectorAll('img, #panel script, #panel b').length") == 0
    assert o.js("typeof window.__xss") == "undefined"
    assert o.errors == []
    assert all(u.startswith("file://") for u in o.requests)  # no fetch of src=x


def test_big_graph_shows_best_connected_part_and_search_reaches_the_rest(opened):
    ents = {f"e{i:03d}": Entity(f"e{i:03d}", "Place", f"地点{i:03d}") for i in range(80)}
    rels = {}
    for i in range(1, 80):
        r = Relation("e000", "partOf", f"e{i:03d}") if i < 30 else Relation(f"e{i - 1:03d}", "partOf", f"e{i:03d}")
        rels[r.key] = r
    o = opened(Extraction(entities=ents, relations=rels), max_nodes=25)
    assert len(o.node_ids()) == 25 and "e000" in o.node_ids()
    assert "e079" not in o.node_ids()
    o.page.fill("#search", "地点079")
    o.page.press("#search", "Enter")
    assert "e079" in o.node_ids() and o.page.text_content("#panel h2") == "地点079"
    o.page.dblclick("#graph", position={"x": 5, "y": 5})  # empty canvas: nothing breaks
    assert o.errors == []


def test_jupyter_iframe_is_isolated_and_works(browser, monkeypatch):
    from IPython import display as ipd

    from kg import view as kgview

    shown = []
    monkeypatch.setattr(ipd, "display", lambda obj: shown.append(obj))
    kgview.display(xss_extraction())
    (obj,) = shown
    page = browser.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.set_content("<!DOCTYPE html><body>" + obj.data + "</body>")
    frame = page.frames[1]
    frame.wait_for_selector("body[data-ready='1']", timeout=20000)
    assert frame.evaluate("kgExplorer.nodes.length") == 2
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert frame.evaluate("typeof window.__xss") == "undefined"
    assert errors == []
    page.close()


def test_empty_extraction_renders_without_errors(opened):
    o = opened(Extraction())
    assert o.js("kgExplorer.nodes.length") == 0
    assert "0 / 0" in o.page.text_content("#status")
    o.page.fill("#search", "邱县")
    assert o.page.locator("#results li").all_text_contents() == ["无结果 no match"]
    assert o.errors == []


def test_real_sample_build(browser, sample_build):
    """graph.html as `kg build` writes it for the sample corpus."""
    out, extraction = sample_build
    o = Opened(browser, out / "graph.html")
    try:
        o.page.wait_for_timeout(300)
        ARTIFACTS.mkdir(exist_ok=True)
        o.page.screenshot(path=str(ARTIFACTS / "sample-build-graph.png"))
        assert o.errors == []
        assert all(u.startswith("file://") for u in o.requests)
        ids = {e["id"] for e in extraction["entities"]}
        assert o.js("kgExplorer.data.nodes.length") == len(ids)
        assert {n for n in o.js("kgExplorer.data.nodes.map(n => n.id)")} == ids
        o.page.fill("#search", "邱县")
        o.page.press("#search", "Enter")
        assert o.page.text_content("#panel h2") == "邱县"
        assert "邱县" in o.page.locator("#panel ol.evidence mark").all_text_contents()
        o.page.screenshot(path=str(ARTIFACTS / "sample-build-qiuxian.png"))
        # the hub: its 30-odd edges are told apart by colour, not by labels piled on each other
        scale = o.js("kgExplorer.network.getScale()")
        hub = o.js("kgExplorer.data.nodes.reduce((b, n, i, a) => n.d > a[b].d ? i : b, 0)")
        o.js("i => kgExplorer.network.body.emitter.emit('click', {nodes: [i], edges: []})", hub)
        o.page.wait_for_selector("#detail h3, #detail .paged")
        assert o.js("kgExplorer.data.nodes[%d].d" % hub) > 12
        assert o.js("kgExplorer.labelled()") == []
        assert o.js("kgExplorer.edges.get().filter(e => (e.label || '').trim()).length") == 0
        assert o.js("kgExplorer.network.getScale()") == pytest.approx(scale)
        colours = o.js("i => new Set(kgExplorer.edges.get().filter(e => e.from === i || e.to === i).map(e => e.color.color)).size", hub)
        assert colours >= 2
        o.page.screenshot(path=str(ARTIFACTS / "sample-build-hub.png"))
        assert o.errors == []
    finally:
        o.page.close()


def test_clicking_an_edge_shows_its_predicate_and_evidence(opened):
    o = opened(sample_extraction())
    xy = o.js("""() => { const x = kgExplorer, a = x.idOf('place-130430'), b = x.idOf('place-130400');
                 const p = x.network.getPositions([a, b]);
                 return x.network.canvasToDOM({x: (p[a].x + p[b].x) / 2, y: (p[a].y + p[b].y) / 2}); }""")
    box = o.page.locator("#graph").bounding_box()
    o.page.mouse.click(box["x"] + xy["x"], box["y"] + xy["y"])
    o.page.wait_for_selector("#panel:not([hidden])")
    assert o.page.text_content("#panel h2") == "partOf"
    assert "邱县东城社区服务站" in o.page.text_content("#panel ol.evidence")


def test_double_click_expands_a_node_and_escape_closes_the_panel(opened):
    o = opened(sample_extraction())
    o.click_node("place-130430")
    o.page.click("#focus-btn")
    assert o.node_ids() == {"place-130430", "place-130400"}
    xy = o.js("""() => { const x = kgExplorer, i = x.idOf('place-130400');
                 return x.network.canvasToDOM(x.network.getPositions([i])[i]); }""")
    box = o.page.locator("#graph").bounding_box()
    o.page.mouse.dblclick(box["x"] + xy["x"], box["y"] + xy["y"])
    assert o.node_ids() == {"place-130430", "place-130400", "agency-sthjj"}
    assert o.page.is_visible("#panel")
    o.page.keyboard.press("Escape")
    assert o.page.is_hidden("#panel")
    assert o.errors == []


# --------------------------------------------------------------------------- analyst features

SHANXI_DOC = "shanxi-notice"
SHANXI_TEXT = ("太原市人民政府办公室近日印发《关于推进政务服务“一网通办”的实施方案》。"
               "方案提出，2023年太原市将新增可网上办理事项300项。")


def rich_extraction() -> Extraction:
    """Two dated documents from two provinces: a hub (邯郸市) with a heading as evidence, a
    programme named in 21 places of the sample page, a byline person linked to nothing, and a
    metric with a period."""
    from test_html import CORPUS, DOC, SOURCE, _mention, _sentence_evidence

    ex = sample_extraction()
    text = CORPUS.read_text(encoding="utf-8")
    ex.documents = [{"id": DOC, "source": SOURCE, "title": "河北日报 邯郸新闻", "date": "2022-06-02"},
                    {"id": SHANXI_DOC, "source": "shanxi.txt", "title": "太原政务", "date": "2023-03-15"}]
    ex.texts[SHANXI_DOC] = SHANXI_TEXT
    prog = Entity("prog-wmsj", "Programme", "新时代文明实践", set(), None, None,
                  [_mention(text, "新时代文明实践", k) for k in range(21)])
    ex.entities[prog.id] = prog
    ex.entities["place-130000"] = Entity("place-130000", "Place", "河北省", set(), "130000", "province",
                                         [_mention(text, "河北", 0)])
    ex.entities["person-cz"] = Entity("person-cz", "Person", "陈正", set(), None, None,
                                      [_mention(text, "陈正")])

    def ev2(surface):
        at = SHANXI_TEXT.find(surface)
        lo = SHANXI_TEXT.rfind("。", 0, at) + 1
        hi = SHANXI_TEXT.find("。", at) + 1
        return Evidence(SHANXI_DOC, "shanxi.txt", lo, hi, "A1", SHANXI_TEXT[lo:hi], "test")

    ex.entities["place-140100"] = Entity("place-140100", "Place", "太原市", set(), "140100", "city",
                                         [ev2("太原市将")])
    ex.entities["agency-ty"] = Entity("agency-ty", "Agency", "太原市人民政府办公室", set(), None, None,
                                      [ev2("太原市人民政府办公室")])
    heading = _sentence_evidence(text, "## 邯郸推动新时代文明实践中心建设提档升级")
    rels = [Relation("prog-wmsj", "implementedIn", "place-130400", [heading]),
            Relation("place-130400", "partOf", "place-130000", [_sentence_evidence(text, "邱县")]),
            Relation("agency-ty", "locatedIn", "place-140100", [ev2("太原市人民政府办公室")])]
    for r in rels:
        ex.relations[r.key] = r
    ex.metrics["m-2"] = Metric("place-140100", "新增可网上办理事项", 300, "项", False, "新增可网上办理事项300项",
                               "2023年", [ev2("300项")], {"test"}, "m-2")
    return ex


def _ids(o, expr):
    return set(o.js(f"({expr}).map(i => kgExplorer.data.nodes[i].id)"))


def test_edge_labels_on_hover_and_selection_and_the_toggle(opened):
    o = opened(rich_extraction())
    assert o.js("kgExplorer.labelled()") == []  # nothing piles up on first sight
    hub = o.js("kgExplorer.idOf('place-130400')")
    o.js("i => kgExplorer.network.body.emitter.emit('hoverNode', {node: i})", hub)
    hovered = o.js("kgExplorer.labelled().map(k => kgExplorer.data.edges[k][2])")
    assert sorted(hovered) == ["implementedIn", "locatedIn", "partOf", "partOf"]
    o.js("kgExplorer.network.body.emitter.emit('blurNode', {})")
    assert o.js("kgExplorer.labelled()") == []
    o.click_node("place-130400")
    assert len(o.js("kgExplorer.labelled()")) == 4
    assert o.js("kgExplorer.edges.get(kgExplorer.labelled()[0]).label") != ""
    o.page.check("#edge-labels")
    assert len(o.js("kgExplorer.labelled()")) == o.js("kgExplorer.edges.length") == 6
    o.page.keyboard.press("Escape")
    o.page.uncheck("#edge-labels")
    assert o.js("kgExplorer.labelled()") == []
    assert o.errors == []


def test_selection_dims_the_rest_and_keeps_the_zoom(opened):
    o = opened(rich_extraction())
    o.js("kgExplorer.network.moveTo({scale: 0.9})")
    width = o.page.locator("#graph").bounding_box()["width"]
    o.click_node("agency-sthjj")
    o.page.wait_for_selector("#panel:not([hidden])")
    assert o.js("kgExplorer.network.getScale()") == pytest.approx(0.9)
    assert o.page.locator("#graph").bounding_box()["width"] == width  # the panel floats over it
    op = o.js("() => Object.fromEntries(kgExplorer.nodes.get().map(n => [kgExplorer.data.nodes[n.id].id, n.opacity]))")
    assert op["agency-sthjj"] == op["place-130400"] == op["prog-yunzhifa"] == 1
    assert op["place-140100"] < 0.5 and op["place-130430"] < 0.5
    dimmed = o.js("() => kgExplorer.edges.get().filter(e => e.color.opacity < 0.5).length")
    assert dimmed == o.js("kgExplorer.edges.length") - 2  # all but the agency's two edges
    o.page.screenshot(path=str(ARTIFACTS / "rich-selection-dimmed.png"))
    o.page.keyboard.press("Escape")
    assert set(o.js("() => kgExplorer.nodes.get().map(n => n.opacity)")) == {1}


def test_isolated_entities_stay_out_of_the_way_until_asked_for(opened):
    o = opened(rich_extraction())
    assert "person-cz" not in o.node_ids()
    xs = o.js("() => kgExplorer.data.nodes.filter(n => n.d).map(n => n.y)")
    o.page.check("#isolated")
    assert "person-cz" in o.node_ids()
    y = o.js("kgExplorer.network.getPositions([kgExplorer.idOf('person-cz')])[kgExplorer.idOf('person-cz')].y")
    assert y > max(xs)  # below the connected graph, not among it
    o.page.uncheck("#isolated")
    o.page.fill("#search", "陈正")
    o.page.press("#search", "Enter")
    assert "person-cz" in o.node_ids() and o.page.text_content("#panel h2") == "陈正"


def test_predicate_and_degree_filters(opened):
    o = opened(rich_extraction())
    o.page.uncheck("#preds input[data-pred='partOf']")
    preds = o.js("() => kgExplorer.edges.getIds().map(k => kgExplorer.data.edges[k][2])")
    assert "partOf" not in preds and len(preds) == 4
    o.page.check("#preds input[data-pred='partOf']")
    assert o.js("kgExplorer.edges.length") == 6
    o.page.fill("#min-degree", "2")
    assert o.node_ids() == {"place-130400", "agency-sthjj"}
    o.page.fill("#min-degree", "0")
    assert len(o.node_ids()) == 8
    assert o.errors == []


def test_province_document_and_date_filters(opened):
    o = opened(rich_extraction())
    options = o.page.locator("#source option").all_text_contents()
    assert "河北省" in options and "山西省" in options
    assert "2023-03-15 太原政务" in options
    o.page.select_option("#source", label="山西省")
    assert o.node_ids() == {"place-140100", "agency-ty"}
    o.page.select_option("#source", label="2022-06-02 河北日报 邯郸新闻")
    assert "place-140100" not in o.node_ids() and "place-130400" in o.node_ids()
    o.page.select_option("#source", value="")
    assert len(o.node_ids()) == 8
    assert o.page.is_visible("#date-from")
    o.page.fill("#date-from", "2023-01-01")
    o.page.dispatch_event("#date-from", "change")
    assert o.node_ids() == {"place-140100", "agency-ty"}
    o.page.fill("#date-from", "")
    o.page.fill("#date-to", "2022-12-31")
    o.page.dispatch_event("#date-to", "change")
    assert "place-140100" not in o.node_ids() and "place-130400" in o.node_ids()
    assert o.errors == []


def test_date_control_is_hidden_without_dates(opened):
    o = opened(sample_extraction())
    assert o.page.is_hidden("#date-box")
    assert o.page.is_hidden("#isolated-box")


def test_hierarchy_layout_puts_provinces_over_cities_over_counties(opened):
    o = opened(rich_extraction())
    o.page.select_option("#layout", "hierarchy")
    y = o.js("""() => { const x = kgExplorer, p = x.network.getPositions();
                 return Object.fromEntries(Object.keys(p).map(i => [x.data.nodes[i].id, p[i].y])); }""")
    assert y["place-130000"] < y["place-130400"] < y["place-130430"]
    assert y["place-130400"] < y["agency-sthjj"]
    o.page.screenshot(path=str(ARTIFACTS / "rich-hierarchy.png"))
    o.page.select_option("#layout", "force")
    assert o.js("kgExplorer.network.getPositions([0])[0].x") == pytest.approx(o.js("kgExplorer.data.nodes[0].x"), abs=1)


def test_every_source_sentence_is_reachable_page_by_page(opened):
    ex = rich_extraction()
    o = opened(ex)
    o.page.fill("#search", "新时代文明实践")
    o.page.press("#search", "Enter")
    total = o.js("kgExplorer.data.nodes[kgExplorer.idOf('prog-wmsj')].ne")
    assert total > 10
    seen = []
    while True:
        seen += o.page.locator("#detail ol.evidence li .quote").all_text_contents()
        nxt = o.page.locator("#detail .pager .next")
        if nxt.count() == 0 or nxt.is_disabled():
            break
        nxt.click()
    assert len(seen) == total  # one item per mention: a sentence naming it twice shows twice
    assert not any(q.startswith("#") for q in seen)  # the heading shows without its "##"
    assert "邯郸推动新时代文明实践中心建设提档升级" in seen


def test_edge_evidence_has_no_markdown(opened):
    o = opened(rich_extraction())
    o.js("""() => { const x = kgExplorer, k = x.data.edges.findIndex(e => e[2] === 'implementedIn');
            x.network.selectEdges([k]); x.network.body.emitter.emit('click', {nodes: [], edges: [k]}); }""")
    o.page.wait_for_selector("#detail ol.evidence")
    quote = o.page.text_content("#detail ol.evidence .quote")
    assert quote == "邯郸推动新时代文明实践中心建设提档升级"
    assert o.page.locator("#detail mark").all_text_contents() in (["邯郸"], ["新时代文明实践"])


def test_metrics_table_fits_the_panel_without_broken_words(opened):
    o = opened(rich_extraction())
    o.page.fill("#search", "太原市")
    o.page.press("#search", "Enter")
    o.page.wait_for_selector("#panel table.metrics")
    box = o.js("""() => { const t = document.querySelector('#panel table.metrics'), p = document.getElementById('panel');
                 const cells = [...t.querySelectorAll('th, td.num, td.unit, td.period')];
                 return {table: t.getBoundingClientRect().right, panel: p.getBoundingClientRect().right,
                         tall: cells.filter(c => c.getBoundingClientRect().height > 30).map(c => c.textContent)}; }""")
    assert box["table"] <= box["panel"] and box["tall"] == []
    cells = o.page.locator("#panel tr.metric-row td").all_text_contents()
    assert cells[:4] == ["新增可网上办理事项", "300", "项", "2023年"]
    o.page.click("#panel tr.metric-row")
    assert "2023年太原市将新增可网上办理事项300项" in o.page.text_content("#panel tr.metric-src")


def test_png_and_csv_export_of_the_current_view(opened, tmp_path):
    o = opened(rich_extraction())
    o.page.uncheck("#types input[data-type='Agency']")
    with o.page.expect_download() as dl:
        o.page.click("#export-png")
    png = tmp_path / "view.png"
    dl.value.save_as(png)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 2000
    downloads = []
    o.page.on("download", lambda d: downloads.append(d))
    o.page.click("#export-csv")
    o.page.wait_for_timeout(500)
    assert sorted(d.suggested_filename for d in downloads) == ["govkg-edges.csv", "govkg-nodes.csv"]
    files = {}
    for d in downloads:
        d.save_as(tmp_path / d.suggested_filename)
        files[d.suggested_filename] = (tmp_path / d.suggested_filename).read_bytes().decode("utf-8-sig")
    node_rows = files["govkg-nodes.csv"].strip().split("\r\n")
    assert node_rows[0] == "id,name,type,code,level,degree,aliases"
    assert {r.split(",")[0] for r in node_rows[1:]} == o.node_ids()
    assert not any(",Agency," in r for r in node_rows)
    edge_rows = files["govkg-edges.csv"].strip().split("\r\n")
    assert len(edge_rows) - 1 == o.js("kgExplorer.edges.length")
    assert "prog-wmsj,implementedIn,place-130400,新时代文明实践,邯郸市,1" in edge_rows


def test_chunked_corpus_loads_details_on_demand_from_file(browser, tmp_path):
    """Details in graph-data/*.js beside the page: loaded only when asked, under the CSP."""
    ex = rich_extraction()
    path = html_export.write(ex, tmp_path / "graph.html", inline_max=0, chunk_bytes=400, max_nodes=3)
    files = sorted(p.name for p in (tmp_path / "graph-data").iterdir())
    assert len(files) > 2 and files[0] == "c0000.js"
    page_text = path.read_text(encoding="utf-8")
    assert "新增可网上办理事项300项" not in page_text  # the metric's sentence lives in a chunk
    o = Opened(browser, path)
    try:
        assert len(o.node_ids()) == 3
        assert not any("graph-data" in u for u in o.requests)  # nothing loaded up front
        o.page.fill("#search", "太原")  # search reaches entities outside the first view
        assert "太原市" in o.page.locator("#results li").all_text_contents()
        o.page.fill("#search", "太原市")
        o.page.press("#search", "Enter")
        o.page.wait_for_selector("#panel table.metrics")
        assert o.page.locator("#detail .paged ol.evidence mark").all_text_contents() == ["太原市"]
        o.page.click("#panel tr.metric-row")
        assert "新增可网上办理事项300项" in o.page.text_content("#panel tr.metric-src")
        loaded = [u for u in o.requests if "graph-data" in u]
        assert len(loaded) == 1 and all(u.startswith("file://") for u in o.requests)
        o.page.fill("#search", "新时代文明实践")
        o.page.press("#search", "Enter")
        o.page.wait_for_selector("#detail .pager")
        assert o.errors == []
    finally:
        o.page.close()


def test_document_and_date_filters_load_their_index_on_first_use(browser, tmp_path):
    path = html_export.write(rich_extraction(), tmp_path / "graph.html", inline_max=0, chunk_bytes=400)
    o = Opened(browser, path)
    try:
        assert o.page.is_visible("#date-from")  # the date span is in the page itself
        o.page.select_option("#source", label="山西省")  # provinces need no index
        assert o.node_ids() == {"place-140100", "agency-ty"}
        assert not any(u.endswith("index.js") for u in o.requests)
        o.page.select_option("#source", label="2022-06-02 河北日报 邯郸新闻")
        o.page.wait_for_function("() => kgExplorer.chunkState[-1] === 'done'")
        assert "place-140100" not in o.node_ids() and "place-130400" in o.node_ids()
        o.page.select_option("#source", value="")
        o.page.fill("#date-from", "2023-01-01")
        o.page.dispatch_event("#date-from", "change")
        assert o.node_ids() == {"place-140100", "agency-ty"}
        assert o.errors == []
    finally:
        o.page.close()


def test_chunk_of_another_build_is_ignored(browser, tmp_path):
    ex = rich_extraction()
    html_export.write(ex, tmp_path / "graph.html", inline_max=0, chunk_bytes=400)
    stale = (tmp_path / "graph-data" / "c0000.js").read_text(encoding="utf-8")
    del ex.entities["person-cz"]  # another build: other data, other key
    path = html_export.write(ex, tmp_path / "graph.html", inline_max=0, chunk_bytes=400)
    (tmp_path / "graph-data" / "c0000.js").write_text(stale, encoding="utf-8")
    o = Opened(browser, path)
    try:
        first = o.js("kgExplorer.data.nodes.findIndex(n => n.ch === 0)")
        o.js("i => kgExplorer.select(i, true)", first)
        o.page.wait_for_timeout(500)
        assert o.js("kgExplorer.chunkState[0]") == "loading"  # the stale file was not taken
        assert "加载中" in o.page.text_content("#detail")
    finally:
        o.page.close()


def test_xss_payload_in_chunks_runs_nothing(browser, tmp_path):
    path = html_export.write(xss_extraction(), tmp_path / "graph.html", inline_max=0)
    o = Opened(browser, path)
    try:
        o.page.fill("#search", "img src")
        o.page.press("#search", "Enter")
        o.page.wait_for_selector("#detail .paged ol.evidence")
        assert XSS_QUOTE in o.page.text_content("#panel")
        assert o.js("document.querySelectorAll('img, #panel script, #panel b').length") == 0
        assert o.js("typeof window.__xss") == "undefined"
        assert o.errors == []
    finally:
        o.page.close()


def test_chunked_page_works_over_http_too(browser, tmp_path):
    """Served by any static HTTP server, the chunks are same-origin scripts ('self')."""
    import functools
    import http.server
    import threading

    html_export.write(rich_extraction(), tmp_path / "graph.html", inline_max=0, chunk_bytes=400)
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    handler.log_message = lambda *a: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    page = browser.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))
    try:
        page.goto(f"http://127.0.0.1:{server.server_address[1]}/graph.html")
        page.wait_for_selector("body[data-ready='1']", timeout=20000)
        page.fill("#search", "太原市")
        page.press("#search", "Enter")
        page.wait_for_selector("#panel table.metrics")
        assert "太原市" in page.locator("#detail .paged ol.evidence mark").all_text_contents()
        assert errors == []
    finally:
        page.close()
        server.shutdown()
