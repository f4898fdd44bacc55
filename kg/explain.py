"""`kg explain NAME`: why an entity is in the graph — its mentions, relations and metrics, each
with the sentence it came from and the rule that produced it."""
from __future__ import annotations

import json
from pathlib import Path

from .evaluate import norm
from .model import attach_sentences


def find_entities(ex: dict, name: str) -> list[dict]:
    """Entities whose id, name or alias matches `name` (after the scorer's normalisation)."""
    key = norm(name)
    return [e for e in ex["entities"]
            if e["id"] == name or key == norm(e["name"]) or key in {norm(a) for a in e["aliases"]}]


def explain(ex: dict, name: str) -> str:
    ents = find_entities(ex, name)
    if not ents:
        close = sorted(e["name"] for e in ex["entities"] if norm(name) in norm(e["name"]))[:10]
        hint = f"; similar: {', '.join(close)}" if close else ""
        raise LookupError(f"no entity named {name!r}{hint}")
    names = {e["id"]: e["name"] for e in ex["entities"]}
    out = []
    for e in ents:
        out.append(f"{e['name']}  [{e['type']}]  id={e['id']}" + (f"  code={e['code']}" if e.get("code") else ""))
        if e["aliases"]:
            out.append(f"  aliases: {', '.join(e['aliases'])}")
        out.append(f"  rules: {', '.join(e.get('rules', []))}")
        out.append(f"  mentions ({len(e['mentions'])}):")
        for m in e["mentions"][:20]:
            out.append(f"    {m['source']}:{m['start']}-{m['end']}  “{m.get('surface', '')}”  ({m.get('rule')})")
            if m.get("sentence"):
                out.append(f"      in: {m['sentence'][:160]}")
        rels = [r for r in ex["relations"] if e["id"] in (r["subject"], r["object"])]
        if rels:
            out.append(f"  relations ({len(rels)}):")
            for r in rels:
                ev = r["evidence"][0] if r["evidence"] else {}
                out.append(f"    {names.get(r['subject'], r['subject'])} {r['predicate']} "
                           f"{names.get(r['object'], r['object'])}  ({', '.join(r.get('rules', []))})")
                if ev:
                    out.append(f"      ← {ev['source']}:{ev['start']}-{ev['end']} {ev.get('sentence', '')[:120]}")
        mets = [m for m in ex["metrics"] if m["subject"] == e["id"]]
        if mets:
            out.append(f"  metrics ({len(mets)}):")
            for m in mets:
                out.append(f"    {m['indicator']}: {m['value']} {m['unit']}{' (approx)' if m['approx'] else ''}"
                           f"  “{m['surface']}”  ({', '.join(m.get('rules', []))})")
        out.append("")
    return "\n".join(out).rstrip()


def explain_build(out_dir: str | Path, name: str) -> str:
    ex = json.loads((Path(out_dir) / "extraction.json").read_text(encoding="utf-8"))
    return explain(attach_sentences(ex), name)
