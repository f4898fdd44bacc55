"""Benchmark the HTML explorer on a 5,000-node synthetic graph.

Prints: time to build the page in Python (layout included), file size, and the first-render
time in headless chromium (navigation start → vis-network's first frame; target < 3 s), plus
the time a search + select takes.  Run:  .venv/bin/python benchmarks/html_render.py [N]
"""
from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.export import html as html_export  # noqa: E402
from kg.model import ENTITY_TYPES, PREDICATES, Entity, Evidence, Extraction, Metric, Relation  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SYLLABLES = "邯郸邱县肥乡永年峰峰临漳成安大名涉县磁县广平馆陶魏县曲周武安新时代文明实践生态环境局科技"


def synthetic(n: int = 5000, seed: int = 1) -> Extraction:
    """A scale-free-ish graph (preferential attachment) with mentions, quotes and metrics."""
    rnd = random.Random(seed)
    doc = "synthetic"
    sentences, pos = [], 0
    ents: dict[str, Entity] = {}
    for i in range(n):
        name = "".join(rnd.choice(SYLLABLES) for _ in range(rnd.randint(2, 6))) + f"{i}"
        etype = rnd.choices(ENTITY_TYPES, weights=[30, 30, 15, 20, 5])[0]
        sent = f"据报道，{name}今年以来持续推进各项工作，成效明显。"
        at = pos + 4
        sentences.append(sent)
        pos += len(sent)
        ent = Entity(f"e{i:05d}", etype, name, {name[:3] + "局"} if etype == "Agency" else set(),
                     f"{130000 + i}" if etype == "Place" else None)
        ent.mentions.append(Evidence(doc, "synthetic.txt", at, at + len(name), "A1", sent, "bench"))
        ents[ent.id] = ent
    text = "".join(sentences)
    rels: dict = {}
    targets = ["e00000"]
    for i in range(1, n):
        for _ in range(rnd.choice((1, 1, 2))):
            obj = rnd.choice(targets)
            r = Relation(f"e{i:05d}", rnd.choice(PREDICATES), obj,
                         [Evidence(doc, "synthetic.txt", 0, len(sentences[i]), "A1", sentences[i], "bench")])
            rels[r.key] = r
            targets.append(obj)
        targets.append(f"e{i:05d}")
    metrics = {}
    for k in range(n // 5):
        subj = f"e{rnd.randrange(n):05d}"
        metrics[f"m{k}"] = Metric(subj, "网上巡查", rnd.randint(1, 5000), "次", bool(k % 2),
                                  "网上巡查", None, [], set(), f"m{k}")
    return Extraction(entities=ents, relations=rels, metrics=metrics, texts={doc: text})


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    t0 = time.perf_counter()
    ex = synthetic(n)
    t1 = time.perf_counter()
    tmp = Path(tempfile.mkdtemp())
    out = tmp / "graph.html"
    html_export.write(ex, out)
    t2 = time.perf_counter()
    out_all = tmp / "graph-all.html"
    html_export.write(ex, out_all, max_nodes=n)
    t3 = time.perf_counter()
    print(f"nodes {len(ex.entities)}  relations {len(ex.relations)}  metrics {len(ex.metrics)}")
    print(f"synthetic extraction     {t1 - t0:6.2f} s")
    print(f"write graph.html         {t2 - t1:6.2f} s   (layout + JSON + template; "
          f"default view = top {html_export.MAX_NODES} by degree)")
    print(f"  same, all {n} in view  {t3 - t2:6.2f} s")
    print(f"file size                {out.stat().st_size / 1e6:6.2f} MB")
    if not Path(CHROMIUM).exists():
        print(f"{CHROMIUM} absent: no render figures")
        return
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        for label, path in ((f"top {html_export.MAX_NODES}", out), (f"all {n}", out_all)):
            print(f"-- default view: {label}")
            _render(browser, path, ex, n)
        browser.close()


def _render(browser, out: Path, ex: Extraction, n: int) -> None:
    """Three cold page loads: first-frame time, load time, search + select time."""
    for run in range(3):
        page = browser.new_page(viewport={"width": 1400, "height": 850})
        w0 = time.perf_counter()
        page.goto(out.as_uri())
        page.wait_for_selector("body[data-ready='1']", timeout=120000)
        w1 = time.perf_counter()
        first = page.evaluate("window.__kgFirstDraw") / 1000
        shown = page.evaluate("kgExplorer.nodes.length")
        edges = page.evaluate("kgExplorer.edges.length")
        s0 = time.perf_counter()
        page.fill("#search", ex.entities[f"e{n - 1:05d}"].name)  # a leaf: not in the default view
        page.press("#search", "Enter")
        page.wait_for_selector("#panel:not([hidden])")
        s1 = time.perf_counter()
        print(f"run {run + 1}: first render {first:5.2f} s (navigation start → first frame), "
              f"goto→ready {w1 - w0:5.2f} s, shown {shown} nodes / {edges} edges, "
              f"search+select {s1 - s0:5.2f} s")
        page.close()


if __name__ == "__main__":
    main()
