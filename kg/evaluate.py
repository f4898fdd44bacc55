"""`kg eval`: score an extraction against gold annotation (format: docs/gold-format.md).

Entities match by normalised name or alias; relations by (subject, predicate, object) after
entity matching; metrics by normalised value and unit.  Only system items whose mentions or
evidence fall inside the gold's articles are scored, and optional gold items neither count nor
penalise.
"""
from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

from .schema import SCORED_PREDICATES, SCORED_TYPES  # noqa: E402  (what is scored: kg/schema.py)
_STRIP = re.compile(r"[\s“”‘’\"'《》「」『』()（）【】〈〉\[\]<>]")


def norm(name: str) -> str:
    return _STRIP.sub("", unicodedata.normalize("NFKC", name or ""))


def _prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
            "tp": tp, "fp": fp, "fn": fn}


def line_spans(text: str, lines: list[list[int]]) -> list[tuple[int, int]]:
    """Character spans of 1-based inclusive line ranges."""
    starts = [0]
    for i, ch in enumerate(text):
        if ch == "\n":
            starts.append(i + 1)
    starts.append(len(text) + 1)
    spans = []
    for a, b in lines:
        a = max(1, a)
        b = min(b, len(starts) - 1)
        spans.append((starts[a - 1], starts[b] - 1 if b < len(starts) else len(text)))
    return spans


def _basename(source: str) -> str:
    return source.split("#", 1)[0].rsplit("/", 1)[-1]


def score(system: dict, gold: dict, text: str) -> dict:
    """Scores of a govkg-extraction/1 system output against gold, on gold's articles."""
    src = _basename(gold.get("source", ""))
    spans = [s for art in gold.get("articles", []) for s in line_spans(text, art.get("lines", []))]

    def inside(ev_list) -> bool:
        for ev in ev_list or []:
            if src and _basename(ev.get("source", "")) != src:
                continue
            if any(a <= ev["start"] and ev["end"] <= b + 1 for a, b in spans):
                return True
        return False

    # ---- entities
    gold_ents = gold.get("entities", [])
    gold_names = [{norm(g["name"])} | {norm(a) for a in g.get("aliases", [])} for g in gold_ents]
    sys_ents = [e for e in system.get("entities", []) if inside(e.get("mentions"))]
    match: dict[str, int] = {}  # system id → gold index
    claimed: dict[int, str] = {}
    ent_fp, dupes = [], []
    type_ok = type_n = 0
    for e in sorted(sys_ents, key=lambda e: (norm(e["name"]) not in {n for g in gold_names for n in g}, e["id"])):
        names = {norm(e["name"])} | {norm(a) for a in e.get("aliases", [])}
        hits = [i for i, g in enumerate(gold_names) if names & g]
        exact = [i for i in hits if norm(gold_ents[i]["name"]) == norm(e["name"])]
        order = exact + [i for i in hits if i not in exact]
        free = [i for i in order if i not in claimed]
        if free:
            i = free[0]
            match[e["id"]] = i
            claimed[i] = e["id"]
            g = gold_ents[i]
            if not g.get("optional") and g["type"] in SCORED_TYPES:
                type_n += 1
                type_ok += e["type"] == g["type"]
        elif hits:
            if not all(gold_ents[i].get("optional") for i in hits):
                dupes.append(e["name"])
        elif e["type"] in SCORED_TYPES:
            ent_fp.append(f'{e["type"]} {e["name"]}')
    required = [i for i, g in enumerate(gold_ents) if not g.get("optional") and g["type"] in SCORED_TYPES]
    ent_tp = sum(1 for i in required if i in claimed)
    ent_fn = [f'{gold_ents[i]["type"]} {gold_ents[i]["name"]}' for i in required if i not in claimed]
    entities = _prf(ent_tp, len(ent_fp) + len(dupes), len(ent_fn))
    entities["type_accuracy"] = round(type_ok / type_n, 4) if type_n else None
    entities["false_positives"] = sorted(ent_fp) + [f"(duplicate) {d}" for d in sorted(dupes)]
    entities["false_negatives"] = ent_fn

    # ---- relations
    def gname(sid):
        i = match.get(sid)
        return norm(gold_ents[i]["name"]) if i is not None else None

    names_by_id = {e["id"]: e["name"] for e in system.get("entities", [])}
    gold_rels = {}
    for r in gold.get("relations", []):
        if r["predicate"] not in SCORED_PREDICATES:
            continue
        k = (norm(r["subject"]), r["predicate"], norm(r["object"]))
        gold_rels[k] = r.get("optional", False)
        if r["predicate"] == "cooperatesWith":
            gold_rels[(k[2], k[1], k[0])] = r.get("optional", False)
    rel_tp, rel_fp, found = 0, [], set()
    for r in system.get("relations", []):
        if r["predicate"] not in SCORED_PREDICATES or not inside(r.get("evidence")):
            continue
        k = (gname(r["subject"]), r["predicate"], gname(r["object"]))
        if k in gold_rels:
            if k not in found:
                found.add(k)
                rel_tp += not gold_rels[k]
        else:
            rel_fp.append(f'{names_by_id.get(r["subject"], r["subject"])} {r["predicate"]} '
                          f'{names_by_id.get(r["object"], r["object"])}')
    rel_fn = []
    for r in gold.get("relations", []):
        k = (norm(r["subject"]), r["predicate"], norm(r["object"]))
        if r["predicate"] in SCORED_PREDICATES and not r.get("optional") and k not in found:
            rel_fn.append(f'{r["subject"]} {r["predicate"]} {r["object"]}')
    relations = _prf(rel_tp, len(rel_fp), len(rel_fn))
    relations["false_positives"] = sorted(rel_fp)
    relations["false_negatives"] = rel_fn

    # ---- metrics
    gold_m = gold.get("metrics", [])
    used: set[int] = set()
    met_tp, met_fp = 0, []
    subj_ok = subj_n = approx_ok = approx_n = 0
    aliases_by_id = {e["id"]: {norm(e["name"])} | {norm(a) for a in e.get("aliases", [])}
                     for e in system.get("entities", [])}
    sys_m = [m for m in system.get("metrics", []) if inside(m.get("evidence"))]
    sys_m.sort(key=lambda m: min((ev["start"] for ev in m.get("evidence", [])), default=0))

    def same_value(a, b) -> bool:
        try:
            return abs(float(a) - float(b)) <= 1e-9 * max(1.0, abs(float(b)))
        except (TypeError, ValueError):
            return False

    for m in sys_m:
        cands = [i for i, g in enumerate(gold_m) if i not in used and same_value(m["value"], g["value"])
                 and (m["unit"] == g["unit"] or m["unit"] in g.get("unit_alt", []))]
        if not cands:
            met_fp.append(f'{m.get("surface")} = {m["value"]} {m["unit"]} ({m.get("indicator")})')
            continue
        # prefer the gold item whose surface or indicator looks like ours
        def closeness(i):
            g = gold_m[i]
            return (-(norm(g.get("indicator", "")) in norm(m.get("indicator") or "")
                      or norm(m.get("indicator") or "") in norm(g.get("indicator", ""))),
                    -(norm(g.get("surface", "")).replace("…", "") in norm(m.get("surface") or "")), i)
        i = sorted(cands, key=closeness)[0]
        used.add(i)
        g = gold_m[i]
        if g.get("optional"):
            continue
        met_tp += 1
        subj_n += 1
        subj_names = set(aliases_by_id.get(m.get("subject"), set()))
        if m.get("subject") in match:  # the gold entity the system subject was matched to
            gi = match[m["subject"]]
            subj_names |= {norm(gold_ents[gi]["name"])}
        subj_ok += bool(subj_names & {norm(s) for s in g.get("subject", [])})
        approx_n += 1
        approx_ok += bool(m.get("approx")) == bool(g.get("approx"))
    met_fn = [f'{g.get("surface")} = {g["value"]} {g["unit"]}' for i, g in enumerate(gold_m)
              if not g.get("optional") and i not in used]
    metrics = _prf(met_tp, len(met_fp), len(met_fn))
    metrics["subject_accuracy"] = round(subj_ok / subj_n, 4) if subj_n else None
    metrics["approx_accuracy"] = round(approx_ok / approx_n, 4) if approx_n else None
    metrics["false_positives"] = met_fp
    metrics["false_negatives"] = met_fn
    scope = {"articles": [list(r) for art in gold.get("articles", []) for r in art.get("lines", [])],
             "entities": [len(sys_ents), len(system.get("entities", []))],
             "relations": [sum(1 for r in system.get("relations", []) if inside(r.get("evidence"))),
                           len(system.get("relations", []))],
             "metrics": [len(sys_m), len(system.get("metrics", []))]}
    return {"gold": gold.get("source"), "scope": scope, "entities": entities,
            "relations": relations, "metrics": metrics}


def find_source(gold_path: Path, gold: dict) -> Path:
    name = gold.get("source") or ""
    candidates = [gold_path.parent / name, gold_path.parent.parent / "corpus" / name, Path(name)]
    from .builder import sample_corpus
    candidates += [p for p in sample_corpus() if p.name == name]
    for c in candidates:
        if name and c.is_file():
            return c
    raise ValueError(f"{gold_path}: cannot find the source text {name!r}; pass --source FILE")


def evaluate_paths(gold_path, source=None, out_dir="output", config=None) -> dict:
    gold_path = Path(gold_path)
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        raise ValueError(f"{gold_path}: not valid JSON: {e}") from e
    src_path = Path(source) if source else find_source(gold_path, gold)
    from .readers.corpus import SourceFile, read_file
    docs = [d for d in read_file(SourceFile(src_path, src_path.name)) if hasattr(d, "text")]
    if not docs:
        raise ValueError(f"{src_path}: cannot read the source text")
    text = docs[0].text
    if source:
        from .builder import extract
        ex, _, _ = extract([src_path], config)
        system = ex.to_json()
    else:
        path = Path(out_dir) / "extraction.json"
        system = json.loads(path.read_text(encoding="utf-8"))
    return score(system, gold, text)


def format_scope(rep: dict) -> str:
    """What was scored: a gold annotates some lines of one source, and only the part of the build
    inside them is compared, so a perfect score says nothing of the rest of the build."""
    sc = rep.get("scope")
    if not sc:
        return ""
    lines = ", ".join(f"{a}–{b}" for a, b in sc["articles"]) or "none"
    counted = ", ".join(f"{sc[c][0]} of {sc[c][1]} {c}" for c in ("entities", "relations", "metrics"))
    return (f"scored: lines {lines} of {rep['gold']} (the gold's articles): "
            f"{counted} of the build; the rest is not scored")


def format_report(rep: dict) -> str:
    out = [f"gold: {rep['gold']}", format_scope(rep), "",
           f"{'category':<11}{'P':>8}{'R':>8}{'F1':>8}{'tp':>6}{'fp':>6}{'fn':>6}"]
    for cat in ("entities", "relations", "metrics"):
        s = rep[cat]
        out.append(f"{cat:<11}{s['precision']:>8.3f}{s['recall']:>8.3f}{s['f1']:>8.3f}"
                   f"{s['tp']:>6}{s['fp']:>6}{s['fn']:>6}")
    out.append("")
    out.append(f"entity type accuracy      {rep['entities']['type_accuracy']}")
    out.append(f"metric subject accuracy   {rep['metrics']['subject_accuracy']}")
    out.append(f"metric approx accuracy    {rep['metrics']['approx_accuracy']}")
    for cat in ("entities", "relations", "metrics"):
        for kind in ("false_positives", "false_negatives"):
            items = rep[cat][kind]
            if items:
                out.append("")
                out.append(f"{cat} {kind.replace('_', ' ')} ({len(items)}):")
                out.extend(f"  {x}" for x in items)
    return "\n".join(out)
