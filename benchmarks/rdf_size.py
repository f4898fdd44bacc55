"""Size of a build's outputs per input character, and of the RDF export per mention (issue 17).

    python benchmarks/rdf_size.py OUT --corpus CORPUS.jsonl [--export]

OUT is a `kg build --out` directory (with extraction.json); CORPUS the input the build read
(a .jsonl corpus such as `benchmarks/corpus_gen.py` writes, or .txt/.md files or a folder of
them), for the characters of text.  Printed: bytes per input character of every output file,
quads in graph.trig, and per mention (an entity mention; evidence of relations and figures is
counted apart as annotations): TriG bytes and quads, and the bytes of provenance proper (the
annotations, their spans and position selectors, whose size the compaction of issue 17 is
about).  With --export the RDF export (Turtle + TriG, content hash included) is run again from
extraction.json in this process and its CPU seconds and peak resident set are printed too.

Measured 2026-12-01 on `corpus_gen.py --mb 3` (1,047,285 characters, 310 documents, 20,037
mentions, 50,594 annotations; identical graphs before and after, 988,040 quads in graph.trig):

| | main 311f7b2 | per-graph prefixes, observations/assertions as text |
| --- | --- | --- |
| graph.trig bytes per character | 51.7 | 39.4 |
| graph.ttl bytes per character | 47.8 | 35.5 |
| TriG bytes per mention | 2,701 | 2,058 |
| provenance bytes per annotation | 653 | 423 |
| export CPU-s (Turtle + TriG from extraction.json, one process, 4 alternated runs: min / median; loaded machine) | 6.30 / 6.41 | 4.43 / 5.52 |
| Python function calls of that export on the 1 MB corpus (cProfile: load-independent) | 3.54M | 2.36M |
"""
from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

OUTPUTS = ("extraction.json", "graph.trig", "graph.ttl", "graph.nq", "graph.graphml",
           "graph.html")


def corpus_chars(path: Path) -> int:
    """Characters of text in a .jsonl corpus (its "text" fields) or in .txt/.md files."""
    files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
    n = 0
    for f in files:
        if f.suffix == ".jsonl":
            with open(f, encoding="utf-8") as fh:
                n += sum(len(json.loads(line).get("text", "")) for line in fh if line.strip())
        elif f.suffix in (".txt", ".md"):
            n += len(f.read_text(encoding="utf-8"))
    return n


def counts(extraction: Path) -> dict[str, int]:
    """Entity mentions and all evidence spans (annotations) of an extraction.json."""
    d = json.loads(extraction.read_text(encoding="utf-8"))
    mentions = sum(len(e.get("mentions") or []) for e in d["entities"])
    evidence = sum(len(r.get("evidence") or []) for r in d["relations"]) \
        + sum(len(m.get("evidence") or []) for m in d["metrics"])
    return {"documents": len(d["documents"]), "mentions": mentions,
            "annotations": mentions + evidence}


def provenance_bytes(trig: Path) -> int:
    """Bytes of the statements about annotations, spans and position selectors in graph.trig
    (subjects `annotation:…` and `s:…` or `<…/span/…>`): the per-mention provenance."""
    total = 0
    keep = False
    with open(trig, "rb") as f:
        for line in f:
            if line.startswith(b"\t") and not line.startswith(b"\t\t"):  # a new subject
                keep = line.startswith((b"\tannotation:", b"\ts:")) or (
                    line.startswith(b"\t<") and b"/span/" in line.split(b" ", 1)[0])
            elif not line.startswith(b"\t\t"):
                keep = False
            if keep:
                total += len(line)
    return total


def quads(trig: Path) -> int:
    import pyoxigraph as ox
    return sum(1 for _q in ox.parse(path=str(trig), format=ox.RdfFormat.TRIG))


def export_cost(extraction: Path) -> dict[str, float]:
    """CPU seconds and peak RSS of one RDF export (Turtle + TriG) from extraction.json."""
    import tempfile
    from kg.api import read_extraction
    from kg.export import rdf
    ex = read_extraction(extraction)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t = time.process_time()
    with tempfile.TemporaryDirectory() as tmp, rdf.unchanged(ex):
        rdf.write_trig(ex, Path(tmp) / "graph.trig")
        rdf.write_turtle(ex, Path(tmp) / "graph.ttl")
    cpu = time.process_time() - t
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"export_cpu_s": round(cpu, 2), "peak_rss_mb": round(peak / 1024, 1),
            "peak_over_loaded_mb": round((peak - before) / 1024, 1)}


def report(out: Path, corpus: Path, export: bool = False) -> dict:
    chars = corpus_chars(corpus)
    c = counts(out / "extraction.json")
    sizes = {name: (out / name).stat().st_size for name in OUTPUTS if (out / name).is_file()}
    r: dict = {"characters": chars, **c,
               "bytes_per_char": {k: round(v / chars, 2) for k, v in sizes.items()}}
    trig = out / "graph.trig"
    if trig.is_file():
        q = quads(trig)
        r["trig_quads"] = q
        r["trig_bytes_per_mention"] = round(sizes["graph.trig"] / c["mentions"], 1)
        r["trig_quads_per_mention"] = round(q / c["mentions"], 2)
        r["provenance_bytes_per_annotation"] = round(provenance_bytes(trig) / c["annotations"], 1)
    if export:
        r.update(export_cost(out / "extraction.json"))
    return r


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path, help="a kg build --out directory")
    ap.add_argument("--corpus", type=Path, required=True, help="the input the build read")
    ap.add_argument("--export", action="store_true",
                    help="also time one RDF export from extraction.json (CPU seconds)")
    args = ap.parse_args(argv)
    json.dump(report(args.out, args.corpus, args.export), sys.stdout, indent=1,
              ensure_ascii=False)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
