"""Where the CPU of one whole `kg build` goes, phase by phase (issue 17).

`run.py --ratio` gives the whole build against bare `jieba.lcut`; `steady_rate.py` the warm
pipeline alone.  This splits one whole build, run in this process through `kg.cli.main`, into
its phases, in CPU seconds of this process and of the export processes it forks (wall seconds
beside them: on a loaded machine they say more about the load than about govkg):

* start: the interpreter and `import kg.cli`;
* pipeline construction (every stage module imported, its patterns compiled, lexicons read);
* the first document (jieba's tables and every lazily built table loaded; its own extraction);
* the pipeline over every other document (the steady part, what `steady_rate.py` measures);
* each result pickled for the spill, and the merge (unpickling included);
* reading, hashing and the build's own loop: the rest of `extract`;
* each export (or each forked export writer), and what `write_outputs` adds around them.

    python benchmarks/corpus_gen.py --mb 3 --out /tmp/c3.jsonl
    python benchmarks/phases.py /tmp/c3.jsonl [--out DIR] [-j 1] [--formats json,html]

The phases are timed by wrapping a few functions of `kg.builder` (coarse: a few calls per
document), so the figures are those of an ordinary build within a percent.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time


def _cpu() -> float:
    """CPU seconds of this process and of its reaped children (the forked export writers), to
    the microsecond (`os.times` counts in hundredths: too coarse per document)."""
    try:
        import resource
    except ImportError:  # (not on Windows)
        t = os.times()
        return t.user + t.system + t.children_user + t.children_system
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


class _Clock:
    """CPU and wall seconds and calls per phase."""

    def __init__(self):
        self.phases: dict[str, list[float]] = {}

    def add(self, name: str, cpu: float, wall: float) -> None:
        got = self.phases.setdefault(name, [0.0, 0.0, 0])
        got[0] += cpu
        got[1] += wall
        got[2] += 1

    def wrap(self, module, attr: str, name) -> None:
        """Time every call of `module.attr` under `name` (a string, or a function of the call's
        number giving one)."""
        fn = getattr(module, attr)
        calls = [0]

        def timed(*args, **kwargs):
            c, w = _cpu(), time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                label = name(calls[0]) if callable(name) else name
                calls[0] += 1
                self.add(label, _cpu() - c, time.perf_counter() - w)
        setattr(module, attr, timed)


def main(argv: list[str]) -> int:
    start_cpu = _cpu()
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus")
    ap.add_argument("--out", help="output directory (default: a temporary one, removed)")
    ap.add_argument("-j", "--jobs", default="1")
    ap.add_argument("--formats", default=None, help="as kg build's (default: all five)")
    args = ap.parse_args(argv)
    clock = _Clock()
    c, w = _cpu(), time.perf_counter()
    import kg.builder as builder
    import kg.cli
    clock.add("start: interpreter and imports", start_cpu + _cpu() - c, time.perf_counter() - w)

    clock.wrap(builder, "_pipeline", lambda n: "pipeline construction" if n == 0
               else "pipeline look-ups")
    clock.wrap(builder, "extract_document", lambda n: "first document (tables loaded)"
               if n == 0 else "pipeline, other documents")
    clock.wrap(builder, "dump_result", "results pickled (spill)")
    clock.wrap(builder, "_merge_results", "merge (unpickling included)")
    clock.wrap(builder, "extract", "extract (whole)")
    clock.wrap(builder, "write_outputs", "exports (whole)")
    clock.wrap(builder, "_write_format", "export in this process")
    fork, forked = builder._Forked.__init__, builder._Forked.result

    def init(self, fn):
        self.started = time.perf_counter()
        fork(self, fn)

    def result(self):  # a forked writer's CPU is this process's children's once it is reaped
        c = _cpu()
        got = forked(self)
        clock.add("export in a forked writer: " + ",".join(got.get("paths", {})),
                  _cpu() - c, time.perf_counter() - self.started)
        return got
    builder._Forked.__init__, builder._Forked.result = init, result
    timings: dict[str, float] = {}
    build = builder.build

    def build_timed(*a, **k):
        k["timings"] = timings
        return build(*a, **k)
    builder.build = build_timed

    with tempfile.TemporaryDirectory(prefix="govkg-phases-") as tmp:
        argv = ["build", args.corpus, "--out", args.out or tmp, "-j", args.jobs, "--no-cache",
                "-q"] + (["--formats", args.formats] if args.formats else [])
        c, w = _cpu(), time.perf_counter()
        code = kg.cli.main(argv)
        clock.add("kg.cli.main (whole)", _cpu() - c, time.perf_counter() - w)
    p = clock.phases
    get = (lambda name: p.get(name, [0.0, 0.0, 0]))
    # (the later `_pipeline` calls, a dict look-up each, are left in the loop's rest: half of
    # them run inside `extract_document` and are counted there already)
    parts = ["pipeline construction", "first document (tables loaded)",
             "pipeline, other documents", "results pickled (spill)",
             "merge (unpickling included)"]
    rest = [get("extract (whole)")[i] - sum(get(n)[i] for n in parts) for i in (0, 1)]
    clock.add("reading, hashing, the build's loop", *rest)
    exports = [k for k in p if k.startswith("export in")]
    around = [get("exports (whole)")[i] - sum(p[k][i] for k in exports) for i in (0, 1)]
    clock.add("exports: around the writers", *around)
    main_cpu = get("kg.cli.main (whole)")[0]
    clock.add("kg.cli.main: before extract, after exports",
              main_cpu - get("extract (whole)")[0] - get("exports (whole)")[0], 0.0)
    total = get("start: interpreter and imports")[0] + main_cpu
    order = ["start: interpreter and imports", "kg.cli.main: before extract, after exports",
             *parts, "reading, hashing, the build's loop", *exports,
             "exports: around the writers"]
    print(f"{'phase':48s} {'CPU-s':>8s} {'share':>7s} {'wall-s':>8s} {'calls':>6s}")
    for name in order:
        if name in p:
            cpu, wall, n = p[name]
            print(f"{name:48s} {cpu:8.2f} {cpu / total:7.1%} {wall:8.2f} {n:6d}")
    print(f"{'total (start and kg.cli.main)':48s} {total:8.2f}")
    if timings:
        print("exporters' own wall seconds:",
              ", ".join(f"{k} {v:.2f}" for k, v in timings.items() if k != "extract"))
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
