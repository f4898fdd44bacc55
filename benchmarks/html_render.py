"""Benchmark the HTML explorer.

Two modes:

* ``html_render.py [N]``: a N-node (default 5,000) synthetic graph; prints the time to build the
  page in Python (layout included), file size, and the first-render time in headless chromium
  (navigation start → vis-network's first frame; target < 3 s), plus a search + select.
* ``html_render.py --corpus100 [--scale F]``: a synthetic *extraction* with the counts of the
  100 MB benchmark corpus (benchmarks/README.md: 10,377 documents, 14,899 entities, 68,434
  relations, 480,163 metrics; about 800k mentions and 590k relation sentences, scaled from the
  sample page's per-character rates), written as graph.html + graph-data/ chunks.  Prints the
  write time, the page size, the size of everything the page loads before its first frame
  (the page itself: chunks load on demand), the first frame, a search for an entity outside the
  first view and the opening of its details (one chunk).  Used instead of building the 100 MB
  corpus, which takes a quarter of an hour on a busy 2-core machine.  ``--cache FILE`` keeps the
  generated extraction in a pickle for the next run.

Figures (2026-12-01, 2 shared cores, load average 3–7, ``--corpus100 --cache``): graph.html
6.52 MB (was 221 MB for the real 100 MB build), the only file loaded before the first frame;
first frame 1.09–1.55 s over three cold loads (JSON parse 0.05–0.08 s; filling vis-network's
DataSets with 2,000 nodes / 7,489 edges is most of the rest); graph-data/ 387 MB: 297 detail
chunks (largest 8.5 MB: the biggest hub, 52k metrics) and index.js (9.6 MB, loaded at the
first document or date filter); search + open a leaf outside the first
view 1.8–3.1 s, open the biggest hub 1.5–2.0 s (one chunk each); write 80 s.
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


# ------------------------------------------------------------------ the 100 MB corpus's size

CORPUS100 = {"documents": 10_377, "entities": 14_899, "relations": 68_434, "metrics": 480_163,
             "mentions": 800_000, "relation_evidence": 590_000}
PREDICATES_BY_KIND = {("Agency", "Place"): "locatedIn", ("Programme", "Place"): "implementedIn",
                      ("Agency", "Programme"): "runs", ("Organization", "Place"): "locatedIn",
                      ("Organization", "Programme"): "supports", ("Agency", "Agency"): "subOrganizationOf",
                      ("Programme", "Programme"): "subProgrammeOf",
                      ("Organization", "Agency"): "cooperatesWith"}
DEPTS = ["生态环境局", "科技局", "财政局", "交通运输局", "农业农村局", "教育局", "卫生健康委员会", "发展和改革局",
         "住房和城乡建设局", "人力资源和社会保障局", "市场监督管理局", "文化广电和旅游局", "应急管理局", "民政局"]
PROGS = ["新时代文明实践", "乡村振兴示范", "高标准农田建设", "老旧小区改造", "营商环境优化", "“一网通办”",
         "河长制", "文明城市创建", "数字乡村", "科技特派员", "清洁取暖", "厕所革命", "“放管服”改革"]
INDICATORS = ["地区生产总值", "固定资产投资", "新增就业", "网上巡查", "建设项目", "一般公共预算收入",
              "粮食产量", "培训人次", "志愿服务队伍", "新增可网上办理事项", "空气优良天数", "投资额"]


def corpus100(scale: float = 1.0, seed: int = 7) -> Extraction:
    """A synthetic extraction the size of the 100 MB benchmark corpus's (see the docstring):
    real division names and codes, Zipf-weighted hubs, dated documents, metrics with periods,
    every fact with its sentence."""
    from kg import divisions

    rnd = random.Random(seed)
    c = {k: max(1, int(v * scale)) for k, v in CORPUS100.items()}
    docs = [{"id": f"d{i:05d}", "source": f"corpus-100mb.jsonl#{i + 1}",
             "title": f"新闻稿 {i + 1}", "date": f"{2019 + i * 5 // c['documents']}-{1 + i % 12:02d}-{1 + i % 28:02d}"}
            for i in range(c["documents"])]
    table = divisions.table()
    divs = sorted(table.by_code.values(), key=lambda d: ({"province": 0, "city": 1}.get(d.level, 2), d.code))
    n_places = min(len(divs), c["entities"] // 5)
    ents: dict[str, Entity] = {}
    kinds: dict[str, list[str]] = {"Place": [], "Agency": [], "Programme": [], "Organization": [], "Person": []}
    for d in divs[:n_places]:
        e = Entity(f"place-{d.code}", "Place", d.name, {d.short} if d.short else set(), d.code, d.level)
        ents[e.id] = e
        kinds["Place"].append(e.id)
    rest = c["entities"] - n_places
    shares = [("Agency", 0.4), ("Programme", 0.3), ("Organization", 0.2), ("Person", 0.1)]
    for kind, share in shares:
        for j in range(int(rest * share)):
            place = ents[kinds["Place"][int(rnd.paretovariate(1.2)) % n_places]].name
            if kind == "Agency":
                name = place + DEPTS[j % len(DEPTS)] + ("" if j < 2000 else f"第{j}科")
            elif kind == "Programme":
                name = place + PROGS[j % len(PROGS)] + f"{j}号工程"
            elif kind == "Organization":
                name = place + f"第{j}实业有限公司"
            else:
                name = "".join(rnd.choice(SYLLABLES) for _ in range(2)) + f"{j}"
            e = Entity(f"{kind.lower()}-{j:05d}", kind, name)
            ents[e.id] = e
            kinds[kind].append(e.id)
    ids = sorted(ents)
    zipf = [1.0 / (r + 1) ** 0.9 for r in range(len(ids))]
    order = ids[:]
    rnd.shuffle(order)
    places = kinds["Place"]
    pzipf = [1.0 / (r + 1) ** 1.1 for r in range(len(places))]

    def sentence(doc: int, *names: str) -> str:
        filler = "".join(rnd.choice(SYLLABLES) for _ in range(rnd.randint(20, 50)))
        return f"{names[0]}近日召开会议，{'、'.join(names[1:]) or '有关部门'}参加，会议强调{filler}。"

    def evidence(eid: str, quote: str, surface: str, doc: int) -> Evidence:
        at = quote.find(surface)
        return Evidence(docs[doc]["id"], docs[doc]["source"], 1000 + at, 1000 + at + len(surface),
                        "A1", quote, "bench", surface if at >= 0 else None, 1000)

    for eid, k in zip(rnd.choices(order, weights=zipf, k=c["mentions"]), range(c["mentions"])):
        doc = rnd.randrange(c["documents"])
        e = ents[eid]
        e.mentions.append(evidence(eid, sentence(doc, e.name), e.name, doc))
    rels: dict = {}
    for d in divs[:n_places]:  # the hierarchy
        if d.parent and f"place-{d.parent}" in ents:
            r = Relation(f"place-{d.code}", "partOf", f"place-{d.parent}")
            rels[r.key] = r
    pairs = list(PREDICATES_BY_KIND.items())
    while len(rels) < c["relations"]:
        (sk, ok), pred = rnd.choice(pairs)
        subj = rnd.choice(kinds[sk])
        obj = rnd.choices(places, weights=pzipf)[0] if ok == "Place" else rnd.choice(kinds[ok])
        if subj != obj:
            r = Relation(subj, pred, obj)
            rels.setdefault(r.key, r)
    keys = sorted(rels)
    for key in rnd.choices(keys, k=c["relation_evidence"]):
        r = rels[key]
        doc = rnd.randrange(c["documents"])
        s, o = ents[r.subject].name, ents[r.object].name
        quote = sentence(doc, s, o)
        r.evidence.append(Evidence(docs[doc]["id"], docs[doc]["source"], 1000, 1000 + len(quote), "A1",
                                   quote, "bench"))
    metrics = {}
    for k in range(c["metrics"]):
        subj = rnd.choices(places, weights=pzipf)[0] if k % 3 else rnd.choice(ids)
        ind = INDICATORS[k % len(INDICATORS)]
        value = rnd.randint(1, 99999)
        surface = f"{ind}{value}个"
        doc = rnd.randrange(c["documents"])
        quote = f"{2019 + k % 6}年{ents[subj].name}{surface}，同比增长{rnd.randint(1, 30)}%。"
        at = quote.find(surface)
        ev = Evidence(docs[doc]["id"], docs[doc]["source"], 1000, 1000 + len(quote), "A1", quote, "bench")
        metrics[f"m{k:06d}"] = Metric(subj, ind, value, "个", bool(k % 5 == 0), surface,
                                      f"{2019 + k % 6}年", [ev], {"bench"}, f"m{k:06d}")
        assert at >= 0
    return Extraction(documents=docs, entities=ents, relations=rels, metrics=metrics)


def bench_corpus100(scale: float, cache: Path | None = None) -> None:
    """`cache`: a pickle of the synthetic extraction, written on the first run and read on the
    next ones (generating takes minutes; the pickle is only a benchmark convenience)."""
    import pickle

    t0 = time.perf_counter()
    if cache and cache.exists():
        with open(cache, "rb") as f:
            ex = pickle.load(f)
    else:
        ex = corpus100(scale)
        if cache:
            with open(cache, "wb") as f:
                pickle.dump(ex, f, protocol=pickle.HIGHEST_PROTOCOL)
    t1 = time.perf_counter()
    n_ment = sum(len(e.mentions) for e in ex.entities.values())
    n_rev = sum(len(r.evidence) for r in ex.relations.values())
    print(f"synthetic 100 MB-size extraction (scale {scale}): {len(ex.documents)} documents, "
          f"{len(ex.entities)} entities, {len(ex.relations)} relations, {len(ex.metrics)} metrics, "
          f"{n_ment} mentions, {n_rev} relation sentences; generated in {t1 - t0:.1f} s")
    tmp = Path(tempfile.mkdtemp())
    out = tmp / "graph.html"
    html_export.write(ex, out)
    t2 = time.perf_counter()
    chunks = sorted((tmp / "graph-data").glob("*.js")) if (tmp / "graph-data").is_dir() else []
    total = sum(p.stat().st_size for p in chunks)
    print(f"write graph.html + chunks   {t2 - t1:7.1f} s")
    print(f"graph.html                  {out.stat().st_size / 1e6:7.2f} MB  (everything loaded before the first frame)")
    print(f"graph-data/                 {total / 1e6:7.2f} MB in {len(chunks)} chunk files "
          f"(largest {max((p.stat().st_size for p in chunks), default=0) / 1e6:.2f} MB), loaded on demand")
    if not Path(CHROMIUM).exists():
        print(f"{CHROMIUM} absent: no render figures")
        return
    from playwright.sync_api import sync_playwright

    leaf = max(ex.entities.values(), key=lambda e: (len(e.mentions) == 1, e.id))  # outside the first view
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        for run in range(3):
            page = browser.new_page(viewport={"width": 1400, "height": 850})
            loaded: list[str] = []
            page.on("requestfinished", lambda r: loaded.append(r.url))
            w0 = time.perf_counter()
            page.goto(out.as_uri())
            page.wait_for_selector("body[data-ready='1']", timeout=120000)
            w1 = time.perf_counter()
            first = page.evaluate("window.__kgFirstDraw") / 1000
            tm = page.evaluate("window.__kgTimings")
            before = [u for u in loaded]
            shown = page.evaluate("kgExplorer.nodes.length")
            edges = page.evaluate("kgExplorer.edges.length")
            s0 = time.perf_counter()
            page.fill("#search", leaf.name)
            page.press("#search", "Enter")
            page.wait_for_selector("#detail .paged", timeout=60000)
            s1 = time.perf_counter()
            hub = page.evaluate("kgExplorer.data.nodes.reduce((b, n, i, a) => n.d > a[b].d ? i : b, 0)")
            h0 = time.perf_counter()
            page.evaluate("i => kgExplorer.select(i, true)", hub)
            page.wait_for_selector("#detail .paged", timeout=60000)
            h1 = time.perf_counter()
            chunk_files = [u for u in loaded if "graph-data" in u]
            print(f"run {run + 1}: first frame {first:5.2f} s (navigation start → first frame), "
                  f"goto→ready {w1 - w0:5.2f} s, files before first frame {len(before)} "
                  f"({', '.join(Path(u).name for u in before)}), shown {shown} nodes / {edges} edges; "
                  f"search+open a leaf {s1 - s0:5.2f} s; open the biggest hub {h1 - h0:5.2f} s; "
                  f"chunks loaded {len(chunk_files)}; in the page: script start {tm['start'] / 1000:.2f} s, "
                  f"JSON parsed +{(tm['parsed'] - tm['start']) / 1000:.2f} s, set up +{(tm['setup'] - tm['parsed']) / 1000:.2f} s, "
                  f"view filled +{(tm['synced'] - tm['setup']) / 1000:.2f} s, drawn +{first - tm['synced'] / 1000:.2f} s")
            page.close()
        browser.close()


def main() -> None:
    if "--corpus100" in sys.argv:
        scale = float(sys.argv[sys.argv.index("--scale") + 1]) if "--scale" in sys.argv else 1.0
        cache = Path(sys.argv[sys.argv.index("--cache") + 1]) if "--cache" in sys.argv else None
        bench_corpus100(scale, cache)
        return
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
