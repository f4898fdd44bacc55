"""Every named query of kg.query, timed the ways users run it, as a Markdown table.

On a big build (`--big`, e.g. 10M quads: `benchmarks/corpus_gen.py --mb 30` then
`kg build --formats trig,store`):
  * execute: `kg.query.execute` in one process on the store opened once (wall and CPU seconds);
  * kg query: the command, one process per run (its start and the store's opening included);
  * kg serve: `GET /query/NAME?…` on one `kg serve` of the build (the front runs the same plan).
On a small build (`--small`, e.g. 1 MB with graph.ttl): pyoxigraph (`execute`) beside rdflib, the
query as an endpoint would get it (parameters bound, lookup blocks left in place).

Each figure is the median (p50) of `--runs` runs; a query whose first run takes longer than
`--slow` seconds is run once.  Queries whose result grows with the corpus are timed for their
first page (`--limit`, default 100 rows), as a client pages them.  Required parameters are bound
to 邯郸市 (the seed page's city, among the corpus's most frequent) or 河北省 for bodies.

    python benchmarks/sparql_bench.py --big /tmp/b30 --small /tmp/b1 --json sparql.json
"""
from __future__ import annotations

import argparse
import json
import os
import select
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if __import__("importlib.util").util.find_spec("kg") is None:  # not installed: run from the tree
    sys.path.insert(0, str(ROOT))

PARAM_VALUES = {"place": "邯郸市", "entity": "邯郸市", "indicator": "投资", "body": "河北省"}
# results that grow with the corpus: timed for their first page
PAGED = ("agency-programmes", "entity-facts", "facts-by-article", "metrics-of-place",
         "programme-places", "timeseries")


def cases(limit: int) -> list[tuple[str, str, dict, int | None]]:
    """(label, query name, parameters, limit) of every named query."""
    from kg.query import list_queries
    out = []
    for q in list_queries():
        params = {p.name: PARAM_VALUES[p.name] for p in q.param_specs if p.required}
        lim = limit if q.name in PAGED else None
        label = q.name + "".join(f" {k}={v}" for k, v in params.items())
        out.append((label + (f" (first {lim})" if lim else ""), q.name, params, lim))
    return out


def _timed(fn, runs: int, slow: float) -> dict:
    """p50 wall and CPU seconds of `fn()` over `runs` runs (one when the first is slow)."""
    walls, cpus, rows = [], [], None
    for i in range(runs):
        t, c = time.perf_counter(), time.process_time()
        rows = fn()
        walls.append(time.perf_counter() - t)
        cpus.append(time.process_time() - c)
        if i == 0 and walls[0] > slow:
            break
    return {"p50": statistics.median(walls), "cpu": statistics.median(cpus), "runs": len(walls),
            "rows": rows}


# ---------------------------------------------------------------------- children (one engine each)

def child_execute(out: str, limit: int, runs: int, slow: float) -> None:
    """pyoxigraph: open the build's store once, then time every query; one JSON line each."""
    from kg.query import execute, get_query
    from kg.store import open_store
    t = time.perf_counter()
    store = open_store(out, rebuild=False)
    print(json.dumps({"open": time.perf_counter() - t, "quads": len(store)}), flush=True)
    for label, name, params, lim in cases(limit):
        q = get_query(name)
        res = _timed(lambda: len(execute(store, q.text, params, q, lim)[1]), runs, slow)
        print(json.dumps({"case": label, **res}), flush=True)


def child_rdflib(out: str, limit: int, runs: int, slow: float) -> None:
    """rdflib: load graph.ttl (the deduplicated union), then time every query as an endpoint
    would get it (parameters bound, lookup blocks as written, LIMIT appended for a page)."""
    import rdflib
    from kg.query import QUERY_PREFIXES, bind_params, get_query
    t = time.perf_counter()
    g = rdflib.Graph()
    g.parse(str(Path(out) / "graph.ttl"), format="turtle")
    print(json.dumps({"open": time.perf_counter() - t, "quads": len(g)}), flush=True)
    decl = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in QUERY_PREFIXES.items())
    for label, name, params, lim in cases(limit):
        q = get_query(name)
        text = decl + bind_params(q.text, params, q)[0] + (f"\nLIMIT {lim}" if lim else "")
        res = _timed(lambda: len(list(g.query(text))), runs, slow)
        print(json.dumps({"case": label, **res}), flush=True)


def run_child(kind: str, out: Path, args, timeout: float) -> dict:
    """Run one engine's child; a query past `timeout` is recorded as None and the child is
    restarted after it (it cannot be interrupted inside a native call)."""
    names = [c[0] for c in cases(args.limit)]
    res: dict = {"cases": {}, "open": None, "quads": None}
    skip = 0
    while skip < len(names):
        cmd = [sys.executable, str(Path(__file__).resolve()), "--child", kind, "--out", str(out),
               "--limit", str(args.limit), "--runs", str(args.runs), "--slow", str(args.slow),
               "--skip", str(skip)]
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                text=True, cwd=str(ROOT))
        try:
            head = json.loads(proc.stdout.readline() or "{}")
            if "open" not in head:
                break
            res["open"], res["quads"] = head["open"], head["quads"]
            while skip < len(names):
                ready, _, _ = select.select([proc.stdout], [], [], timeout)
                line = proc.stdout.readline() if ready else ""
                if not line:
                    res["cases"][names[skip]] = None if not ready else "error"
                    skip += 1
                    break
                rec = json.loads(line)
                res["cases"][rec.pop("case")] = rec
                skip += 1
        finally:
            proc.kill()
            proc.wait()
    return res


# ---------------------------------------------------------------------- kg query, kg serve

def _kg() -> list[str]:
    exe = Path(sys.executable).parent / "kg"
    return [str(exe)] if exe.is_file() else [sys.executable, "-m", "kg"]


def time_cli(out: Path, args) -> dict:
    """`kg query NAME --param … [--limit N] --format csv`, one process per run."""
    res = {}
    for label, name, params, lim in cases(args.limit):
        cmd = _kg() + ["query", name, "--out", str(out), "--format", "csv"]
        cmd += [a for k, v in params.items() for a in ("--param", f"{k}={v}")]
        cmd += ["--limit", str(lim)] if lim else []
        walls, rows = [], None
        for i in range(args.runs):
            t = time.perf_counter()
            p = subprocess.run(cmd, capture_output=True, text=True, timeout=args.timeout)
            walls.append(time.perf_counter() - t)
            rows = p.stdout.count("\n") if p.returncode == 0 else "error"
            if walls[0] > args.slow:
                break
        res[label] = {"p50": statistics.median(walls), "runs": len(walls), "rows": rows}
    return res


def time_serve(out: Path, args) -> dict:
    """`GET /query/NAME?…&limit=N` on one `kg serve` of the build."""
    from kg.serve import free_port
    port = free_port()
    proc = subprocess.Popen(_kg() + ["serve", "--out", str(out), "--port", str(port)],
                            stderr=subprocess.PIPE, stdout=subprocess.DEVNULL)
    res = {}
    try:
        line = proc.stderr.readline()
        if b"SPARQL endpoint" not in line:
            raise RuntimeError(f"kg serve did not start: {line!r}")
        base = f"http://127.0.0.1:{port}"
        for label, name, params, lim in cases(args.limit):
            qs = urllib.parse.urlencode({**params, **({"limit": lim} if lim else {}),
                                         "format": "csv"})
            url = f"{base}/query/{name}?{qs}"

            def get():
                with urllib.request.urlopen(url, timeout=args.timeout) as resp:
                    return resp.read().decode("utf-8").count("\n") - 1
            try:
                res[label] = _timed(get, args.runs, args.slow)
            except OSError as e:
                res[label] = f"error: {e}"
    finally:
        proc.terminate()
        proc.wait(timeout=60)
    return res


# ---------------------------------------------------------------------- the table

def _cell(r, cpu: bool = False) -> str:
    if r is None:
        return "stopped"
    if isinstance(r, str):
        return r
    s = f"{r['p50']:.3f}"
    if cpu:
        s += f" ({r['cpu']:.3f})"
    return s + ("" if r.get("runs", 1) > 1 else " (1 run)")


def table(res: dict) -> str:
    big, small = res.get("big") or {}, res.get("small") or {}
    lines = []
    if big:
        ex = big.get("execute") or {}
        lines += [f"Big build: {res['big_out']}, {ex.get('quads') or 0:,} quads in the store "
                  f"(named graphs + union); store opened in {ex.get('open') or 0:.2f} s.", ""]
    if small:
        ox_ = small.get("pyoxigraph") or {}
        rd = small.get("rdflib") or {}
        lines += [f"Small build: {res['small_out']}, {ox_.get('quads') or 0:,} quads in the store; "
                  f"rdflib loads graph.ttl ({rd.get('quads') or 0:,} triples) in "
                  f"{rd.get('open') or 0:.1f} s.", ""]
    lines += ["| query | rows | execute p50 s (CPU) | kg query p50 s | kg serve p50 s | "
              "small: rows | small: pyoxigraph p50 s | small: rdflib p50 s |",
              "|---|---|---|---|---|---|---|---|"]
    for label, *_ in cases(res["limit"]):
        e = (big.get("execute") or {}).get("cases", {}).get(label)
        c = (big.get("cli") or {}).get(label)
        s = (big.get("serve") or {}).get(label)
        so = (small.get("pyoxigraph") or {}).get("cases", {}).get(label)
        sr = (small.get("rdflib") or {}).get("cases", {}).get(label)
        rows = e["rows"] if isinstance(e, dict) else "-"
        srows = so["rows"] if isinstance(so, dict) else "-"
        lines.append(f"| {label} | {rows} | {_cell(e, True) if big else '-'} | "
                     f"{_cell(c) if c is not None or big.get('cli') else '-'} | "
                     f"{_cell(s) if s is not None or big.get('serve') else '-'} | {srows} | "
                     f"{_cell(so) if small else '-'} | {_cell(sr) if small.get('rdflib') else '-'} |")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--big", type=Path, help="build with OUT/store (e.g. 10M quads)")
    ap.add_argument("--small", type=Path, help="build with graph.ttl and OUT/store, for rdflib")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--slow", type=float, default=10.0,
                    help="a query whose first run takes longer is run once (default 10 s)")
    ap.add_argument("--timeout", type=float, default=120.0,
                    help="stop a query after this long (default 120 s)")
    ap.add_argument("--limit", type=int, default=100, help="rows of a first page (default 100)")
    ap.add_argument("--no-cli", dest="cli", action="store_false")
    ap.add_argument("--no-serve", dest="serve", action="store_false")
    ap.add_argument("--no-rdflib", dest="rdflib", action="store_false")
    ap.add_argument("--json", type=Path, help="also write the raw figures here")
    ap.add_argument("--from-json", type=Path, help="print the table of an earlier run")
    ap.add_argument("--child", choices=("execute", "rdflib"), help=argparse.SUPPRESS)
    ap.add_argument("--out", help=argparse.SUPPRESS)
    ap.add_argument("--skip", type=int, default=0, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        global cases
        every = cases
        cases = lambda limit: every(limit)[args.skip:]  # noqa: E731 - resume after a stopped query
        (child_execute if args.child == "execute" else child_rdflib)(
            args.out, args.limit, args.runs, args.slow)
        return 0
    if args.from_json:
        print(table(json.loads(args.from_json.read_text(encoding="utf-8"))))
        return 0
    res: dict = {"limit": args.limit, "runs": args.runs, "load": os.getloadavg()[0],
                 "big_out": str(args.big), "small_out": str(args.small)}
    if args.big:
        big = res["big"] = {"execute": run_child("execute", args.big, args, args.timeout)}
        if args.cli:
            big["cli"] = time_cli(args.big, args)
        if args.serve:
            big["serve"] = time_serve(args.big, args)
    if args.small:
        small = res["small"] = {"pyoxigraph": run_child("execute", args.small, args,
                                                        args.timeout)}
        if args.rdflib:
            small["rdflib"] = run_child("rdflib", args.small, args, args.timeout)
    res["load_after"] = os.getloadavg()[0]
    if args.json:
        args.json.write_text(json.dumps(res, indent=1, ensure_ascii=False), encoding="utf-8")
    print(table(res))
    print(f"\nload average: {res['load']:.1f} before, {res['load_after']:.1f} after")
    return 0


if __name__ == "__main__":
    sys.exit(main())
