"""Precision (and recall) of Person mentions against People's Daily NER PER spans.

From the project root (needs ../shared, which is for measurement only):
  python3 benchmarks/person_precision.py [--limit N] [--kg .venv/bin/kg] [--show]

Takes up to N sentences (default 3000): half with a PER span, half without any, builds them with
`kg build` (one record per sentence) and compares every Person mention with the PER spans:
exact span matches, and mentions that overlap no PER span at all (the wrong persons).  --show
lists those, to be checked by hand (the 1998 annotation misses some names).
"""
import json
import pathlib
import subprocess
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent.parent / "shared" / "eval"))
from ner_bio import read_bio, spans  # noqa: E402


def main(argv):
    limit = int(argv[argv.index("--limit") + 1]) if "--limit" in argv else 3000
    kg = argv[argv.index("--kg") + 1] if "--kg" in argv else ".venv/bin/kg"
    src = pathlib.Path(__file__).resolve().parent.parent.parent / "shared/data/ner/peoples-daily-ner-dev.bio"
    sents = read_bio(src)
    with_p = [s for s in sents if any(l == "PER" for l, _, _ in spans(s[1]))]
    without = [s for s in sents if not any(l == "PER" for l, _, _ in spans(s[1]))]
    rows = with_p[: limit // 2] + without[: limit - min(limit // 2, len(with_p))]
    with tempfile.TemporaryDirectory() as tmp:
        corpus = pathlib.Path(tmp) / "pd.jsonl"
        with open(corpus, "w", encoding="utf-8") as f:
            for i, (text, _) in enumerate(rows):
                f.write(json.dumps({"id": f"p{i:05d}", "text": text}, ensure_ascii=False) + "\n")
        r = subprocess.run([kg, "build", str(corpus), "--out", f"{tmp}/out", "-q", "--no-cache"],
                           capture_output=True, text=True)
        if r.returncode:
            print("kg build failed:", r.stderr[-300:])
            return 1
        ex = json.load(open(f"{tmp}/out/extraction.json", encoding="utf-8"))
    found = {}
    for ent in ex["entities"]:
        if ent["type"] != "Person":
            continue
        for m in ent["mentions"]:
            doc = str(m.get("source") or "").rsplit("#", 1)[-1]
            found.setdefault(doc, set()).add((m["start"], m["end"], ent["name"]))
    n_sys = n_gold = exact = wrong = 0
    bad = []
    for i, (text, tags) in enumerate(rows):
        gold = [(s, e) for l, s, e in spans(tags) if l == "PER"]
        mine = sorted(found.get(f"p{i:05d}", ()))
        n_gold += len(gold)
        n_sys += len(mine)
        exact += sum((s, e) in gold for s, e, _ in mine)
        for s, e, name in mine:
            if not any(min(e, b) > max(s, a) for a, b in gold):
                wrong += 1
                bad.append(("no PER", name, text[max(0, s - 12):e + 8]))
            elif (s, e) not in gold:
                bad.append(("boundary", name, text[max(0, s - 12):e + 8]))
    print(json.dumps({"sentences": len(rows), "gold_PER": n_gold, "system_Person": n_sys,
                      "exact": exact, "exact_p": round(exact / n_sys, 3) if n_sys else 0,
                      "exact_r": round(exact / n_gold, 3) if n_gold else 0,
                      "no_overlap": wrong,
                      "overlap_p": round(1 - wrong / n_sys, 3) if n_sys else 0}, ensure_ascii=False))
    if "--show" in argv:
        for kind, name, ctx in bad:
            print(f"  {kind}\t{name}\t{ctx}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
