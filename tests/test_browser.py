"""The explorer in a real browser: Debian's chromium driven by playwright, all from file://.

Skipped only when /usr/bin/chromium is absent (install: apt-get install -y chromium
fonts-wqy-zenhei).
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from kg.export import html as html_export
from kg.model import Entity, Extraction, Relation
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
    assert o.page.text_content("#panel .badge") == "Agency"
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
    cells = o.page.locator("#panel table.metrics tbody td").all_text_contents()
    assert cells[0] == "网上巡查" and "1,200" in cells[1] and cells[2] == "次" and "approx" in cells[3]
    assert "网上巡查1200余次" in o.page.locator("#panel mark").all_text_contents()


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
