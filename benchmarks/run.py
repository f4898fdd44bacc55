"""The scale benchmark: `kg build` on 1, 10 and 100 MB corpora, measured against bare jieba.

    .venv/bin/python benchmarks/run.py                  # sizes 1,10,100 (100 MB takes a while)
    .venv/bin/python benchmarks/run.py --sizes 1,10     # the quick set
    .venv/bin/python benchmarks/run.py --sizes 1 --readme   # also rewrite benchmarks/README.md

For each size it generates a realistic corpus (benchmarks/corpus_gen.py) and reports, side by
side: bare `jieba.lcut` over the same texts (the yardstick), extraction throughput, the time of
each export, peak memory (ru_maxrss of the build process, and of its workers), the whole build
against tokenization time, 1 vs 2 worker processes, an incremental rebuild after one document
changed (checked byte-identical to a clean build), and a per-stage profile of the pipeline.
On the largest build it runs SPARQL queries (kg.query's named queries when present, and a few
fixed ones) with rdflib and with pyoxigraph.

Every build runs in a fresh subprocess (`run.py --child ...`), so memory and warm-up are
measured as a user would see them.  Timings are wall-clock seconds on this machine.
"""
from __future__ import annotations

import argparse
import filecmp
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
if __import__("importlib.util").util.find_spec("kg") is None:  # not installed: run from the tree
    sys.path.insert(0, str(ROOT))

FORMATS = ("json", "turtle", "trig", "graphml", "html")
OUTPUTS = ("extraction.json", "graph.ttl", "graph.trig", "graph.graphml", "graph.html",
           "errors.json")


# ------------------------------------------------------------------------ child processes

def _rss() -> dict:
    """Peak RSS of this process and of its (reaped) worker processes, and CPU seconds."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    t = os.times()
    return {"rss_mb": round(own, 1), "workers_rss_mb": round(kids, 1),
            "cpu": round(t.user + t.system, 2),
            "workers_cpu": round(t.children_user + t.children_system, 2),
            "load": round(os.getloadavg()[0], 2)}


def peak_mb(r: dict) -> float:
    """The largest resident set of any one process of a build: the build process, or a child
    (an extraction worker, or a forked export writer, which holds an export's working set on
    top of the pages it shares with the build process)."""
    return max(r["rss_mb"], r.get("workers_rss_mb", 0))


def child_build(args) -> dict:
    from kg.builder import ExtractStats, build
    stats, timings = ExtractStats(), {}
    formats = tuple(args.formats.split(",")) if args.formats else ()
    t0 = time.perf_counter()
    c0 = _cpu()
    res = build([args.corpus], args.out if formats else None, formats, None, args.jobs,
                engine=args.engine, cache=args.cache_dir or None, stats=stats, timings=timings)
    total = time.perf_counter() - t0
    cpu_build = _cpu() - c0
    ex = res.extraction
    sizes = {p.name: p.stat().st_size for p in res.written if p.is_file()}
    rdf_counts = {}
    if "kg.export.rdf" in sys.modules:
        rdf_counts = dict(sys.modules["kg.export.rdf"].STATS)
    evidence = (sum(len(e.mentions) for e in ex.entities.values())
                + sum(len(r.evidence) for r in ex.relations.values())
                + sum(len(m.evidence) for m in ex.metrics.values()))
    return {"total": total, "cpu_build": round(cpu_build, 2), "timings": timings,
            "sizes": sizes, "rdf": rdf_counts, "evidence": evidence,
            "formats": list(formats),
            "documents": stats.documents,
            "extracted": stats.extracted, "cached": stats.cached, "chars": stats.chars,
            "entities": len(ex.entities), "relations": len(ex.relations),
            "metrics": len(ex.metrics), "errors": len(res.errors), **_rss()}


def _compile_package() -> None:
    """Write kg's bytecode before any measured run, as an ordinary install does on first import.
    Where PYTHONDONTWRITEBYTECODE is set (as on the machine these figures come from) nothing
    else writes it, and every build and worker process compiled kg's modules from source again
    (about 0.3 CPU-s each): a cost of the environment, not of govkg."""
    import compileall
    compileall.compile_dir(str(HERE.parent / "kg"), quiet=1)


def _cpu() -> float:
    """CPU seconds of this process and its reaped children (less load-sensitive than wall)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def _texts(corpus: str):
    with open(corpus, encoding="utf-8") as f:
        for line in f:
            yield json.loads(line)["text"]


def child_jieba(args) -> dict:
    """Bare jieba.lcut over the corpus; `seconds`/`cpu_seconds` after `jieba.initialize()` (the
    steady rate), `start_seconds`/`start_cpu` its import and dictionary load (so that a figure
    with kg's start-up can be put beside one with jieba's)."""
    t0, c0 = time.perf_counter(), time.process_time()
    import jieba
    jieba.setLogLevel(60)
    jieba.initialize()
    start, start_cpu = time.perf_counter() - t0, time.process_time() - c0
    chars = 0
    spent = cpu = 0.0
    for text in _texts(args.corpus):
        t, c = time.perf_counter(), time.process_time()
        jieba.lcut(text)
        spent += time.perf_counter() - t
        cpu += time.process_time() - c
        chars += len(text)
    return {"seconds": spent, "cpu_seconds": round(cpu, 2), "chars": chars,
            "start_seconds": round(start, 2), "start_cpu": round(start_cpu, 2), **_rss()}


def child_stages(args) -> dict:
    """Seconds spent in each pipeline component (one process, after warm-up)."""
    from kg.builder import _pipeline
    from kg.readers.corpus import read_corpus
    pipe = _pipeline(None)
    spent = {name: 0.0 for name, _ in pipe.components}
    docs = [d for d in read_corpus([args.corpus]) if hasattr(d, "text")]
    import copy
    pipe(copy.deepcopy(docs[0]))  # warm-up: dictionaries, automata
    chars = 0
    cpu = 0.0
    for d in docs:
        chars += len(d.text)
        for name, comp in pipe.components:
            t, c = time.perf_counter(), time.process_time()
            d = comp(d)
            spent[name] += time.perf_counter() - t
            cpu += time.process_time() - c
    return {"stages": spent, "chars": chars, "cpu_seconds": round(cpu, 2)}


def child_sparql(args) -> None:
    """Load graph.trig into one engine, then run the queries from --skip on, printing one JSON
    line per query as soon as it finishes (the parent enforces a per-query timeout)."""
    trig = Path(args.out) / "graph.trig"
    queries, prefixes = _queries()
    t = time.perf_counter()
    if args.engine == "pyoxigraph":
        # the store `kg query` uses: its default graph is the deduplicated union of the
        # document graphs (oxigraph's own union mode counts a fact once per graph holding it,
        # and joins multiply)
        from kg.query import execute
        from kg.store import open_store
        store = open_store(args.out)
        size = len(store)

        def run(q):  # as `kg query` runs it: parameters bound, lookup blocks resolved first
            if q in _NAMED:
                return execute(store, *_NAMED[q])[1]
            return execute(store, q)[1]
    else:
        import rdflib
        ds = rdflib.Dataset(default_union=True)
        ds.parse(str(trig), format="trig")
        size = len(ds)
        decl = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in prefixes.items())

        def run(q):
            return list(ds.query(decl + q))
    print(json.dumps({"load": time.perf_counter() - t, "quads": size}), flush=True)
    for name, q in list(queries.items())[args.skip:]:
        walls, cpus = [], []
        for _ in range(SPARQL_REPS if args.engine == "pyoxigraph" else 1):
            t, c = time.perf_counter(), time.process_time()
            rows = run(q)
            walls.append(time.perf_counter() - t)
            cpus.append(time.process_time() - c)
        print(json.dumps({"query": name, "seconds": statistics.median(walls),
                          "cpu": statistics.median(cpus), "rows": len(rows)}), flush=True)


def sparql_bench(out: Path, engines=("pyoxigraph", "rdflib"), timeout: float = 60.0,
                 rdflib_max: int = 3_000_000) -> dict:
    """Every query on every engine; a query that runs past `timeout` is reported as such."""
    import select
    names = list(_queries()[0])
    res: dict = {"queries": {n: {} for n in names}, "load": {}, "timeout": timeout}
    for engine in engines:
        if engine == "rdflib" and res.get("quads", 0) > rdflib_max:
            res["load"]["rdflib"] = None
            res["rdflib_skipped"] = f"{res['quads']:,} quads > {rdflib_max:,}"
            continue
        skip = 0
        while skip < len(names):
            cmd = [sys.executable, str(Path(__file__).resolve()), "--child", "sparql",
                   "--out", str(out), "--engine", engine, "--skip", str(skip)]
            proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                    text=True, cwd=str(ROOT))
            try:
                header = json.loads(proc.stdout.readline() or "{}")
                if "load" not in header:
                    break
                res["load"][engine] = header["load"]
                res["quads"] = header["quads"]
                while skip < len(names):
                    ready, _, _ = select.select([proc.stdout], [], [], timeout)
                    line = proc.stdout.readline() if ready else ""
                    if not line:
                        if not ready:  # still running: that query timed out
                            res["queries"][names[skip]][engine] = None
                            skip += 1
                        else:  # the child died on this query
                            res["queries"][names[skip]][engine] = "error"
                            skip += 1
                        break
                    rec = json.loads(line)
                    res["queries"][rec["query"]][engine] = rec["seconds"]
                    res["queries"][rec["query"]][engine + "_cpu"] = rec.get("cpu")
                    res["queries"][rec["query"]][engine + "_rows"] = rec["rows"]
                    skip += 1
            finally:
                proc.kill()
                proc.wait()
    return res


FIXED_QUERIES = {
    "bench:places-partOf": """PREFIX govkg: <https://w3id.org/govkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?place ?parent WHERE { ?p govkg:partOf ?c . ?p rdfs:label ?place . ?c rdfs:label ?parent }""",
    "bench:count-by-type": """SELECT ?t (COUNT(?s) AS ?n) WHERE { ?s a ?t } GROUP BY ?t ORDER BY DESC(?n)""",
}


PARAM_VALUES = {"place": "邯郸市", "entity": "邯郸市", "root": "河北省", "indicator": "投资",
                "body": "河北省"}
SPARQL_REPS = 3  # pyoxigraph runs each query this often; the median (p50) is reported


_NAMED: dict[str, tuple] = {}  # bound query text -> (text, parameters, NamedQuery) for execute


def _queries() -> tuple[dict[str, str], dict[str, str]]:
    """kg.query's named queries (required parameters bound to 邯郸市, the corpus's most
    frequent city), and a few fixed ones; with the prefixes they may use undeclared."""
    qs, prefixes = {}, {}
    try:
        from kg.query import QUERY_PREFIXES, bind_params, list_queries
        prefixes = dict(QUERY_PREFIXES)
        for q in list_queries():
            params = {p.name: PARAM_VALUES.get(p.name, "邯郸市")
                      for p in q.param_specs if p.required}
            text = bind_params(q.text, params, q)[0]
            qs[q.name + "".join(f" {k}={v}" for k, v in params.items())] = text
            _NAMED[text] = (q.text, params, q)
    except ImportError:
        pass
    qs.update(FIXED_QUERIES)
    return qs, prefixes


CHILDREN = {"build": child_build, "jieba": child_jieba, "stages": child_stages}


def _run_child(kind: str, **kw) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", kind]
    for k, v in kw.items():
        if v is not None:
            cmd += [f"--{k.replace('_', '-')}", str(v)]
    env = dict(os.environ, PYTHONHASHSEED="0")
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=str(ROOT))
    if proc.returncode != 0:
        raise RuntimeError(f"{kind} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


# ------------------------------------------------------------------------ the benchmark

def _same_outputs(a: Path, b: Path, names=None) -> bool:
    """Every output file (of `names`, default all six) the same bytes in `a` and `b`."""
    return all(filecmp.cmp(a / n, b / n, shallow=False) for n in (names or OUTPUTS))


def _change_one(src: Path, dst: Path, index: int) -> None:
    """Copy a corpus with document `index` edited (one sentence appended)."""
    with open(src, encoding="utf-8") as f, open(dst, "w", encoding="utf-8") as g:
        for i, line in enumerate(f):
            if i == index:
                rec = json.loads(line)
                rec["text"] += "\n另据统计,全市新增志愿服务站12个。\n"
                line = json.dumps(rec, ensure_ascii=False) + "\n"
            g.write(line)


def bench_size(mb: float, work: Path, args, log) -> dict:
    from corpus_gen import generate
    corpus = work / f"corpus-{mb:g}mb.jsonl"
    if not corpus.exists():
        info = generate(corpus, mb)
        log(f"  generated {corpus.name}: {info['documents']} documents, {info['chars']:,} chars")
    r: dict = {"mb": mb}
    r["jieba"] = _run_child("jieba", corpus=corpus)
    log(f"  jieba.lcut        {r['jieba']['seconds']:.2f} s")
    out1 = work / f"out-{mb:g}-j1"
    shutil.rmtree(out1, ignore_errors=True)
    r["j1"] = _run_child("build", corpus=corpus, out=out1, jobs=1, formats=args.formats)
    log(f"  build -j1         {r['j1']['total']:.2f} s  (extract {r['j1']['timings']['extract']:.2f} s,"
        f" peak {peak_mb(r['j1']):.0f} MB)")
    if 2 in args.jobs_list:
        r["j1x"] = _run_child("build", corpus=corpus, jobs=1, formats="")
        r["j2"] = _run_child("build", corpus=corpus, jobs=2, formats="")
        log(f"  extraction only   -j1 {r['j1x']['total']:.2f} s, -j2 {r['j2']['total']:.2f} s")
        out2 = work / f"out-{mb:g}-j2"  # the whole build with two jobs (RDF in a forked writer)
        shutil.rmtree(out2, ignore_errors=True)
        r["j2b"] = _run_child("build", corpus=corpus, out=out2, jobs=2, formats=args.formats)
        r["j2b_identical"] = _same_outputs(out1, out2, r["j1"].get("sizes"))
        log(f"  build -j2         {r['j2b']['total']:.2f} s  (identical to -j1: "
            f"{r['j2b_identical']})")
    if mb <= args.incremental_max:
        cache = work / f"cache-{mb:g}"
        out_c = work / f"out-{mb:g}-cached"
        shutil.rmtree(cache, ignore_errors=True)
        shutil.rmtree(out_c, ignore_errors=True)
        r["cold"] = _run_child("build", corpus=corpus, out=out_c, jobs=1,
                               formats=",".join(FORMATS), cache_dir=cache)
        (work / "changed").mkdir(exist_ok=True)  # same file name: same document ids
        changed = work / "changed" / corpus.name
        n_docs = r["j1"]["documents"]
        _change_one(corpus, changed, n_docs // 2)
        r["incr"] = _run_child("build", corpus=changed, out=out_c, jobs=1,
                               formats=",".join(FORMATS), cache_dir=cache)
        out_clean = work / f"out-{mb:g}-changed-clean"
        shutil.rmtree(out_clean, ignore_errors=True)
        r["clean_changed"] = _run_child("build", corpus=changed, out=out_clean, jobs=1,
                                        formats=",".join(FORMATS))
        r["incr_identical"] = _same_outputs(out_c, out_clean)
        log(f"  incremental       {r['incr']['total']:.2f} s  (extract "
            f"{r['incr']['timings']['extract']:.2f} s, re-extracted {r['incr']['extracted']}"
            f" of {r['incr']['documents']}, identical: {r['incr_identical']})")
    if args.stages and mb == min(args.sizes):
        r["stages"] = _run_child("stages", corpus=corpus)
    return r


def bench_scaling(mb: float, work: Path, reps: int, log) -> dict:
    """-j1 and -j2 extraction-only builds, alternated `reps` times: on a shared machine the
    best of several runs is the fairest estimate of what each can do."""
    from corpus_gen import generate
    corpus = work / f"corpus-{mb:g}mb.jsonl"
    if not corpus.exists():
        generate(corpus, mb)
    runs: dict = {"mb": mb, "j1": [], "j2": []}
    for i in range(reps):
        for j in (1, 2):
            r = _run_child("build", corpus=corpus, jobs=j, formats="")
            runs[f"j{j}"].append({k: r[k] for k in ("total", "cpu_build", "load")}
                                 | {"extract": r["timings"]["extract"]})
            log(f"  scaling {mb:g} MB rep {i + 1} -j{j}: {r['timings']['extract']:.2f} s "
                f"(load {r['load']:.1f})")
    return runs


def bench_ratio(mb: float, work: Path, reps: int, formats: str, log) -> dict:
    """Bare `jieba.lcut`, the whole `-j 1` build and the whole default (`-j auto`) build, each
    with every format, alternated `reps` times. jieba's own time drifts by ±12% from minute to
    minute on a shared machine, so a ratio of one build to one jieba run says more about the
    minute than about govkg: the fair ratio is the best build against the best jieba of the
    same block."""
    from corpus_gen import generate
    from kg.cli import auto_jobs
    corpus = work / f"corpus-{mb:g}mb.jsonl"
    if not corpus.exists():
        generate(corpus, mb)
    auto = auto_jobs([str(corpus)])
    runs: dict = {"mb": mb, "auto_jobs": auto, "jieba": [], "j1": [], "auto": []}
    out = work / f"out-{mb:g}-ratio"
    for i in range(reps):
        r = _run_child("jieba", corpus=corpus)
        runs["jieba"].append({"seconds": r["seconds"], "cpu": r["cpu_seconds"], "load": r["load"]})
        log(f"  ratio {mb:g} MB rep {i + 1}: jieba {r['seconds']:.2f} s (load {r['load']:.1f})")
        for key, jobs in (("j1", 1), ("auto", auto)):
            shutil.rmtree(out, ignore_errors=True)
            b = _run_child("build", corpus=corpus, out=out, jobs=jobs, formats=formats)
            runs[key].append({"total": b["total"], "cpu_build": b["cpu_build"], "load": b["load"],
                              "extract": b["timings"].get("extract"), "timings": b["timings"],
                              "peak_mb": peak_mb(b)})
            log(f"  ratio {mb:g} MB rep {i + 1}: build -j{jobs} {b['total']:.2f} s "
                f"(CPU {b['cpu_build']:.1f} s, load {b['load']:.1f})")
    shutil.rmtree(out, ignore_errors=True)
    return runs


def _ratio_rows(rt: dict) -> list[str]:
    jb = min(r["seconds"] for r in rt["jieba"])
    rows = ["", f"Whole build with every format ÷ bare jieba.lcut, {rt['mb']:g} MB corpus, best of "
            f"{len(rt['jieba'])} alternated runs (jieba: best {jb:.2f} s; all "
            + ", ".join(f"{r['seconds']:.1f}" for r in rt["jieba"]) + " s):", ""]
    for key, label in (("j1", "-j 1"), ("auto", f"-j auto (= {rt['auto_jobs']} here)")):
        best = min(r["total"] for r in rt[key])
        rows.append(f"- {label}: best {best:.2f} s = **{best / jb:.2f}×** (all "
                    + ", ".join(f"{r['total']:.1f}" for r in rt[key]) + " s; CPU-s "
                    + ", ".join(f"{r['cpu_build']:.1f}" for r in rt[key]) + "; load averages "
                    + ", ".join(f"{r['load']:.1f}" for r in rt[key]) + ")")
    return rows


def _scaling_rows(sc: dict) -> list[str]:
    b1 = min(r["extract"] for r in sc["j1"])
    b2 = min(r["extract"] for r in sc["j2"])
    return ["", f"1 vs 2 worker processes, extraction only, {sc['mb']:g} MB corpus, best of "
            f"{len(sc['j1'])} alternated runs: -j1 {b1:.2f} s, -j2 {b2:.2f} s: speed-up "
            f"{b1 / b2:.2f}× (all runs: -j1 " + ", ".join(f"{r['extract']:.1f}" for r in sc["j1"])
            + " s; -j2 " + ", ".join(f"{r['extract']:.1f}" for r in sc["j2"]) + " s; load averages "
            + ", ".join(f"{r['load']:.1f}" for r in sc["j1"] + sc["j2"]) + ")"]


def _fmt_rate(chars: float, secs: float) -> str:
    return f"{chars / secs / 1000:,.0f}k" if secs else "-"


def tables(results: list[dict], sparql: dict | list[dict] | None) -> str:
    lines = ["| corpus | docs | chars | jieba.lcut | extraction (-j1) | extract ÷ jieba | "
             "extraction only -j1 / -j2 | speed-up | whole build | build ÷ jieba time | "
             "peak RSS of one process, build or child (whole build / extraction only) |",
             "|---|---|---|---|---|---|---|---|---|---|---|"]
    for r in results:
        j, b = r["jieba"], r["j1"]
        ext = b["timings"]["extract"]
        jr = j["chars"] / j["seconds"]
        er = b["chars"] / ext
        j2, j1x = r.get("j2"), r.get("j1x")
        lines.append(
            f"| {r['mb']:g} MB | {b['documents']:,} | {b['chars']:,} | {j['seconds']:.2f} s "
            f"({_fmt_rate(j['chars'], j['seconds'])} ch/s) | {ext:.2f} s ({_fmt_rate(b['chars'], ext)} ch/s)"
            f" | {er / jr:.2f}× | "
            + (f"{j1x['timings']['extract']:.2f} s / {j2['timings']['extract']:.2f} s | "
               f"{j1x['timings']['extract'] / j2['timings']['extract']:.2f}× | "
               if j2 and j1x else "- | - | ")
            + f"{b['total']:.2f} s ({','.join(b.get('formats', FORMATS))}) | "
            f"{b['total'] / j['seconds']:.2f}× | {peak_mb(b):,.0f} MB"
            + (f" / {peak_mb(j1x):,.0f} MB |" if j1x else " |"))
    lines += ["", "Exports (seconds, -j1 build; - = not written in that run):", "",
              "| corpus | entities | relations | metrics | " + " | ".join(FORMATS) + " |",
              "|---|---|---|---|" + "---|" * len(FORMATS)]
    for r in results:
        b = r["j1"]
        lines.append(f"| {r['mb']:g} MB | {b['entities']:,} | {b['relations']:,} | "
                     f"{b['metrics']:,} | "
                     + " | ".join(f"{b['timings'][f]:.2f}" if f in b["timings"] else "-"
                                  for f in FORMATS) + " |")
    outs = [r for r in results if r["j1"].get("sizes")]
    if outs:
        files = sorted({f for r in outs for f in r["j1"]["sizes"] if f != "errors.json"})
        lines += ["", "Outputs per input character (bytes ÷ characters of text; quads of graph.trig "
                  "and triples of graph.ttl per piece of evidence: mentions, relation and figure "
                  "evidence):", "",
                  "| corpus | evidence | quads (trig) | triples (ttl) | quads ÷ evidence | "
                  + " | ".join(files) + " |", "|---|---|---|---|---|" + "---|" * len(files)]
        for r in outs:
            b = r["j1"]
            q = b.get("rdf", {})
            lines.append(f"| {r['mb']:g} MB | {b['evidence']:,} | {q.get('quads', 0):,} | "
                         f"{q.get('union_triples', 0):,} | "
                         f"{q.get('quads', 0) / max(1, b['evidence']):.1f} | "
                         + " | ".join(f"{b['sizes'][f] / b['chars']:.1f}" if f in b["sizes"]
                                      else "-" for f in files) + " |")
    sized = [r for r in results if len(results) > 1]
    if len(sized) > 1:
        base = sized[0]
        lines += ["", "Time vs size (relative to the smallest corpus; linear = the size ratio):",
                  "", "| corpus | size ratio | extraction ratio | whole build ratio |",
                  "|---|---|---|---|"]
        for r in sized:
            lines.append(f"| {r['mb']:g} MB | {r['j1']['chars'] / base['j1']['chars']:.1f} | "
                         f"{r['j1']['timings']['extract'] / base['j1']['timings']['extract']:.1f} | "
                         f"{r['j1']['total'] / base['j1']['total']:.1f} |")
    inc = [r for r in results if "incr" in r]
    if inc:
        lines += ["", "Incremental rebuild (one document changed, cache in a directory):", "",
                  "| corpus | cold build (with cache writes) | rebuild | re-extracted | "
                  "rebuild extraction ÷ full extraction | rebuild ÷ full build | "
                  "byte-identical to clean build |", "|---|---|---|---|---|---|---|"]
        for r in inc:
            c, i = r["cold"], r["incr"]
            lines.append(f"| {r['mb']:g} MB | {c['total']:.2f} s | {i['total']:.2f} s (extract "
                         f"{i['timings']['extract']:.2f} s) | {i['extracted']} of {i['documents']:,}"
                         f" | {i['timings']['extract'] / r['j1']['timings']['extract']:.1%} | "
                         f"{i['total'] / r['j1']['total']:.1%} | "
                         f"{'yes' if r['incr_identical'] else 'NO'} |")
    st = next((r["stages"] for r in results if "stages" in r), None)
    if st:
        tot = sum(st["stages"].values())
        lines += ["", f"Pipeline stages (one process, {st['chars']:,} chars):", "",
                  "| stage | seconds | share | chars/s |", "|---|---|---|---|"]
        for name, s in st["stages"].items():
            lines.append(f"| {name} | {s:.2f} | {s / tot:.0%} | {_fmt_rate(st['chars'], s)} |")
    two = [r for r in results if "j2b" in r]
    if two:
        lines += ["", "Whole build, one process against two jobs (-j 2: two extraction workers, "
                  "then the RDF formats written by a forked process beside the others); CPU "
                  "seconds of the build process and of its children (workers, forked writer):",
                  "", "| corpus | -j1 wall | -j1 CPU | -j2 wall | -j2 CPU build / children | "
                  "speed-up (wall) | peak RSS -j2 build / children | byte-identical |",
                  "|---|---|---|---|---|---|---|---|"]
        for r in two:
            a, b = r["j1"], r["j2b"]
            lines.append(f"| {r['mb']:g} MB | {a['total']:.2f} s | {a['cpu']:.1f} s | "
                         f"{b['total']:.2f} s | {b['cpu']:.1f} s / {b['workers_cpu']:.1f} s | "
                         f"{a['total'] / b['total']:.2f}× | {b['rss_mb']:,.0f} MB / "
                         f"{b['workers_rss_mb']:,.0f} MB | "
                         f"{'yes' if r['j2b_identical'] else 'NO'} |")
    for r in results:
        if "scaling" in r:
            lines += _scaling_rows(r["scaling"])
    for sp in (sparql if isinstance(sparql, list) else [sparql] if sparql else []):
        lines += _sparql_table(sp)
    return "\n".join(lines)


def _sparql_table(sparql: dict) -> list[str]:
    lines = []
    if sparql:
        def cell(v):
            if v is None:
                return f"> {sparql['timeout']:g} s (stopped)"
            return v if isinstance(v, str) else f"{v:.3f} s"
        load = sparql["load"]
        lines += ["", f"SPARQL on the {sparql['mb']:g} MB build ({sparql.get('quads', 0):,} "
                  "quads; named queries of kg.query, required parameters = 邯郸市): load "
                  + ", ".join(f"{k} {v:.2f} s" for k, v in load.items() if v is not None)
                  + (f"; rdflib skipped ({sparql['rdflib_skipped']})"
                     if "rdflib_skipped" in sparql else ""), "",
                  "| query | rows | pyoxigraph | rdflib |", "|---|---|---|---|"]
        for name, q in sparql["queries"].items():
            rows = q.get("pyoxigraph_rows", q.get("rdflib_rows", "-"))
            lines.append(f"| {name} | {rows} | {cell(q.get('pyoxigraph', '-'))} | "
                         f"{cell(q.get('rdflib', '-'))} |")
    return lines


def targets(results: list[dict]) -> str:
    big = max(results, key=lambda r: r["mb"])
    b, j = big["j1"], big["jieba"]
    er = (b["chars"] / b["timings"]["extract"]) / (j["chars"] / j["seconds"])
    rows = [("extraction ≥ 0.5× bare jieba.lcut throughput (wall clock)", f"{er:.2f}×",
             er >= 0.5)]
    if "start_seconds" in j:
        sr = (b["chars"] / b["timings"]["extract"]) / (j["chars"] / (j["seconds"] + j["start_seconds"]))
        rows.append(("the same, both with their start-up (jieba's import and dictionary load "
                     "counted as kg's is)", f"{sr:.2f}×", sr >= 0.5))
    st = next((r["stages"] for r in results if "stages" in r and r["stages"].get("cpu_seconds")), None)
    sj = next((r["jieba"] for r in results if "stages" in r and r["stages"].get("cpu_seconds")), None)
    if st and sj and "cpu_seconds" in sj:
        wr = (st["chars"] / st["cpu_seconds"]) / (sj["chars"] / sj["cpu_seconds"])
        rows.append(("the steady rate: the pipeline's components after warm-up against jieba.lcut "
                     "after initialize (CPU seconds, the stages run)", f"{wr:.2f}×", wr >= 0.5))
    x = big.get("j1x", {})
    if "cpu_build" in x and "cpu_seconds" in j:
        cr = (x["chars"] / x["cpu_build"]) / (j["chars"] / j["cpu_seconds"])
        rows.append(("extraction ≥ 0.5× bare jieba.lcut throughput (CPU seconds, extraction-only "
                     "run)", f"{cr:.2f}×", cr >= 0.5))
    full = [r for r in results if set(r["j1"].get("formats", FORMATS)) >= set(FORMATS)]
    if full:
        f = max(full, key=lambda r: r["mb"])
        x = f["j1"]["total"] / f["jieba"]["seconds"]
        rows.append((f"whole build with every export ≤ 3× tokenization time ({f['mb']:g} MB)",
                     f"{x:.2f}×", x <= 3))
        if "cpu_build" in f["j1"] and "cpu_seconds" in f["jieba"]:
            x = f["j1"]["cpu_build"] / f["jieba"]["cpu_seconds"]
            rows.append((f"the same in CPU seconds ({f['mb']:g} MB)", f"{x:.2f}×", x <= 3))
    if big not in full:
        fm = ",".join(b.get("formats", FORMATS))
        x = b["total"] / j["seconds"]
        rows.append((f"whole build ≤ 3× tokenization time, {big['mb']:g} MB, formats {fm} only",
                     f"{x:.2f}×", x <= 3))
        if "cpu_build" in b and "cpu_seconds" in j:
            x = b["cpu_build"] / j["cpu_seconds"]
            rows.append((f"the same in CPU seconds ({big['mb']:g} MB, {fm})", f"{x:.2f}×", x <= 3))
    sc = [r["scaling"] for r in results if "scaling" in r]
    alternated = {x["mb"] for x in sc}
    if sc:
        sc = max(sc, key=lambda x: x["mb"])
        s1 = min(r["extract"] for r in sc["j1"]) / min(r["extract"] for r in sc["j2"])
        rows.append((f"2 workers ≥ 1.7× faster than 1 (extraction, {sc['mb']:g} MB, best of "
                     f"{len(sc['j1'])})", f"{s1:.2f}×", s1 >= 1.7))
    if "j2" in big and "j1x" in big and big["mb"] not in alternated:
        s = big["j1x"]["timings"]["extract"] / big["j2"]["timings"]["extract"]
        cpu = big["j2"]["cpu"] + big["j2"]["workers_cpu"]
        rows.append((f"2 workers ≥ 1.7× faster than 1 (extraction, {big['mb']:g} MB, one run "
                     "each)", f"{s:.2f}× (load average "
                     f"{big['j2']['load']:.1f} on {os.cpu_count()} cores; -j2 used {cpu:.1f} CPU-s "
                     f"in {big['j2']['total']:.1f} s)", s >= 1.7))
    rows.append((f"peak memory < 2 GB ({big['mb']:g} MB corpus; formats "
                 f"{','.join(b.get('formats', FORMATS))})", f"{peak_mb(b):,.0f} MB",
                 peak_mb(b) < 2048))
    if "j1x" in big:
        rows.append((f"peak memory < 2 GB, extraction and merge only ({big['mb']:g} MB)",
                     f"{peak_mb(big['j1x']):,.0f} MB", peak_mb(big["j1x"]) < 2048))
    inc = [r for r in results if "incr" in r]
    if inc:
        r = max(inc, key=lambda r: r["mb"])
        x = r["incr"]["timings"]["extract"] / r["j1"]["timings"]["extract"]
        y = r["incr"]["timings"]["extract"] / r["j1"]["total"]
        rows.append((f"incremental: 1 of {r['incr']['documents']:,} changed ({r['mb']:g} MB): "
                     "the rebuild's extraction (read, hash, load shards, re-extract, merge) < 5% "
                     "of the full build", f"{y:.1%} of the full build ({x:.1%} of the full "
                     f"extraction; the exports still run in full: whole rebuild "
                     f"{r['incr']['total'] / r['j1']['total']:.0%})", y < 0.05))
        rows.append(("incremental output byte-identical to a clean build",
                     "yes" if r["incr_identical"] else "no", r["incr_identical"]))
    out = [f"Targets (largest corpus measured: {big['mb']:g} MB):", "",
           "| target | measured | holds |", "|---|---|---|"]
    out += [f"| {t} | {m} | {'yes' if ok else 'NO'} |" for t, m, ok in rows]
    return "\n".join(out)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="govkg scale benchmark")
    ap.add_argument("--sizes", default="1,10,100", help="corpus sizes in MB (default 1,10,100)")
    ap.add_argument("--work", default="/tmp/govkg-bench", help="corpora and outputs go here")
    ap.add_argument("--jobs-list", default="1,2")
    ap.add_argument("--incremental-max", type=float, default=10,
                    help="run the incremental check on sizes up to this many MB (default 10)")
    ap.add_argument("--no-stages", dest="stages", action="store_false")
    ap.add_argument("--no-sparql", dest="sparql", action="store_false")
    ap.add_argument("--rdflib-max", type=int, default=4_000_000,
                    help="skip rdflib above this many quads (it needs ~1.3 GB per 1M)")
    ap.add_argument("--build-formats", default=",".join(FORMATS),
                    help="formats of the -j1 builds (default: all five)")
    ap.add_argument("--scaling", type=float, metavar="MB",
                    help="only alternate -j1/-j2 extraction on this size, --reps times")
    ap.add_argument("--ratio", type=float, metavar="MB",
                    help="only: jieba, the -j1 and the -j auto whole builds alternated --reps "
                         "times on the MB corpus; best build ÷ best jieba")
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--readme", action="store_true", help="write the tables to benchmarks/README.md")
    ap.add_argument("--json", help="also save the raw figures to this file")
    ap.add_argument("--from-json", nargs="+", metavar="FILE", help="print (and with --readme, "
                    "write) the tables from figures saved by earlier runs, instead of measuring")
    ap.add_argument("--sparql-json", nargs="+", metavar="FILE", default=[],
                    help="with --from-json: SPARQL figures saved separately")
    ap.add_argument("--sparql-timeout", type=float, default=60,
                    help="seconds a query may run before it is reported as timed out")
    ap.add_argument("--child", choices=sorted(CHILDREN) + ["sparql"], help=argparse.SUPPRESS)
    ap.add_argument("--skip", type=int, default=0, help=argparse.SUPPRESS)
    ap.add_argument("--corpus", help=argparse.SUPPRESS)
    ap.add_argument("--out", help=argparse.SUPPRESS)
    ap.add_argument("--jobs", type=int, default=1, help=argparse.SUPPRESS)
    ap.add_argument("--engine", default="local", help=argparse.SUPPRESS)  # or a SPARQL engine
    ap.add_argument("--formats", default=",".join(FORMATS), help=argparse.SUPPRESS)
    ap.add_argument("--cache-dir", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child == "sparql":
        child_sparql(args)
        return 0
    if args.child:
        print(json.dumps(CHILDREN[args.child](args)))
        return 0
    sys.path.insert(0, str(HERE))
    _compile_package()
    if args.from_json:
        results, sparql = [], []
        scaling = []
        for f in args.from_json:
            saved = json.loads(Path(f).read_text())
            results += saved.get("results", [])
            if "scaling" in saved:
                scaling.append(saved["scaling"])
            if saved.get("sparql"):
                sparql.append(saved["sparql"])
        sparql += [json.loads(Path(f).read_text()) for f in args.sparql_json]
        results.sort(key=lambda r: r["mb"])
        for sc in scaling:  # attach to the result of the same size
            for r in results:
                if r["mb"] == sc["mb"]:
                    r["scaling"] = sc
        report = tables(results, sparql) + "\n\n" + targets(results)
        cmd = "python benchmarks/run.py --from-json " + " ".join(args.from_json)
        print(f"$ {cmd}\n\n{report}")
        if args.readme:
            _write_readme(cmd, report)
        return 0
    if args.scaling:
        work = Path(args.work)
        work.mkdir(parents=True, exist_ok=True)
        sc = bench_scaling(args.scaling, work, args.reps,
                           lambda m: print(m, file=sys.stderr, flush=True))
        print("\n".join(_scaling_rows(sc)))
        if args.json:
            Path(args.json).write_text(json.dumps({"scaling": sc}, indent=1))
        return 0
    if args.ratio:
        work = Path(args.work)
        work.mkdir(parents=True, exist_ok=True)
        rt = bench_ratio(args.ratio, work, args.reps, args.build_formats,
                         lambda m: print(m, file=sys.stderr, flush=True))
        print("\n".join(_ratio_rows(rt)))
        if args.json:
            Path(args.json).write_text(json.dumps({"ratio": rt}, indent=1))
        return 0
    args.sizes = [float(s) for s in args.sizes.split(",")]
    args.formats = args.build_formats
    args.jobs_list = [int(s) for s in args.jobs_list.split(",")]
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)

    def log(msg):
        print(msg, file=sys.stderr, flush=True)
    results = []
    for mb in sorted(args.sizes):
        log(f"{mb:g} MB")
        results.append(bench_size(mb, work, args, log))
        if args.json:
            Path(args.json).write_text(json.dumps({"results": results}, indent=1))
    sparql = None
    if args.sparql:
        with_trig = [r for r in results if "trig" in r["j1"].get("formats", FORMATS)]
        big = max(with_trig or results, key=lambda r: r["mb"])
        log(f"SPARQL on {big['mb']:g} MB")
        sparql = sparql_bench(work / f"out-{big['mb']:g}-j1", timeout=args.sparql_timeout,
                              rdflib_max=args.rdflib_max)
        sparql["mb"] = big["mb"]
    report = tables(results, sparql) + "\n\n" + targets(results)
    cmd = "python benchmarks/run.py --sizes " + ",".join(f"{s:g}" for s in args.sizes)
    print(f"$ {cmd}\n\n{report}")
    if args.json:
        Path(args.json).write_text(json.dumps({"results": results, "sparql": sparql}, indent=1))
    if args.readme:
        _write_readme(cmd, report)
    return 0


def _write_readme(cmd: str, report: str) -> None:
    path = HERE / "README.md"
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    start, end = "<!-- bench:start -->", "<!-- bench:end -->"
    block = f"{start}\nMeasured with `{cmd}` on {time.strftime('%Y-%m-%d')} " \
            f"({os.cpu_count()} cores):\n\n{report}\n{end}"
    if start in text and end in text:
        text = text[:text.index(start)] + block + text[text.index(end) + len(end):]
    else:
        text = text.rstrip() + "\n\n" + block + "\n"
    path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
