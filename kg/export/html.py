"""Interactive graph explorer: one self-contained, offline HTML page per extraction.

Why not pyvis' own `write_html`: it loads assets from a CDN even in "local"/"in_line" modes,
writes without an encoding, and puts titles into `innerHTML` (see docs/anchors.md).  So this
exporter uses pyvis only as the source of the vis-network files, inlines them into its own
template, precomputes the layout in Python (physics off: a 5,000-node graph opens in about a
second instead of minutes) and embeds the data as escaped JSON that the page only ever puts into
the DOM with `textContent`.  Output is deterministic: the same Extraction gives the same bytes.
"""
from __future__ import annotations

import base64
import hashlib
import html as htmlmod
import json
import math
import re
from collections import deque
from functools import lru_cache
from pathlib import Path

import networkx as nx
import numpy as np

from ..model import ENTITY_TYPES, Evidence, Extraction

TEMPLATES = Path(__file__).with_name("templates")
VIS_VERSION = "vis-9.1.2"

# Colour and vis-network shape per entity type (Tableau 10 colours: distinct, colour-blind safe).
TYPE_STYLE = {
    "Place": ("#4e79a7", "dot"),
    "Agency": ("#e15759", "diamond"),
    "Organization": ("#f28e2b", "square"),
    "Programme": ("#59a14f", "triangle"),
    "Person": ("#b07aa1", "star"),
}
OTHER_STYLE = ("#9c9c9c", "hexagon")

MAX_NODES = 2000  # default view beyond this: the best-connected nodes; the rest via search
MAX_EVIDENCE = 12  # source sentences kept per node / edge (the total is recorded)
SNIPPET_CONTEXT = 80  # characters either side of a mention when no sentence is known
FR_MAX = 2000  # beyond this, force-directed layout on the best-connected part only


# --------------------------------------------------------------------------- assets

def _vis_dir() -> Path:
    import pyvis  # only for the vis-network files it ships

    return Path(pyvis.__file__).parent / "templates" / "lib" / VIS_VERSION


@lru_cache(maxsize=None)
def _asset(name: str) -> str:
    if name.startswith("vis-network"):
        text = (_vis_dir() / name).read_text(encoding="utf-8")
    else:
        text = (TEMPLATES / name).read_text(encoding="utf-8")
    if not name.endswith(".html") and re.search(r"</(script|style)|<!--", text, re.I):
        raise ValueError(f"{name} contains a closing tag and cannot be inlined")
    return text


def _csp_hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode() + "'"


def json_for_script(obj) -> str:
    """JSON safe inside <script type="application/json">: `<`, `>`, `&` (and the JS line
    separators) are \\u-escaped, so `</script>` in a document cannot end the block."""
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


# --------------------------------------------------------------------------- snippets

TERMINATORS = "。！？!?；;\n"


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around text[start:end] (at most SNIPPET_CONTEXT characters either side);
    a span that already starts and ends on sentence boundaries is returned unchanged."""
    lo = max(0, start - SNIPPET_CONTEXT)
    hi = min(len(text), end + SNIPPET_CONTEXT)
    for i in range(start - 1, lo - 1, -1):
        if text[i] in TERMINATORS:
            lo = i + 1
            break
    if end > start and text[end - 1] in TERMINATORS:
        hi = end
    else:
        for i in range(end, hi):
            if text[i] in TERMINATORS:
                hi = i + (text[i] != "\n")
                break
    while lo < start and text[lo].isspace():
        lo += 1
    return lo, hi


def _find_in(quote: str, needles) -> tuple[int, int]:
    for needle in needles:
        if needle:
            i = quote.find(needle)
            if i >= 0:
                return i, i + len(needle)
    return -1, -1


MAX_SNIPPET = 2 * SNIPPET_CONTEXT + 240  # characters of a sentence shown per fact


def _clip(item: list) -> list:
    """A long sentence is shown around its highlight, with "…": each fact of a 50 KB 、-list
    carried the whole list, and the page grew with the square of the sentence."""
    source, quote, s, e = item
    if len(quote) <= MAX_SNIPPET:
        return item
    lo = max(0, s - SNIPPET_CONTEXT) if s >= 0 else 0
    hi = min(len(quote), max(lo + MAX_SNIPPET, e + SNIPPET_CONTEXT))
    pre, post = ("…" if lo > 0 else ""), ("…" if hi < len(quote) else "")
    shift = len(pre) - lo
    return [source, pre + quote[lo:hi] + post, s + shift if s >= 0 else s, e + shift if s >= 0 else e]


def snippet(ev: Evidence, texts: dict[str, str], names=()) -> list:
    """[source, sentence, hl_start, hl_end] for one piece of evidence (long sentences clipped
    around the highlight)."""
    return _clip(_snippet(ev, texts, names))


def _snippet(ev: Evidence, texts: dict[str, str], names=()) -> list:
    """[source, sentence, hl_start, hl_end] for one piece of evidence.

    A mention's evidence may carry its sentence (`quote`) or only its own span; either way the
    page shows the sentence with the mention highlighted.  Evidence that is a whole sentence
    (relations, metrics) gets the first of `names` found in it highlighted."""
    source = ev.source or ev.doc
    if ev.article:
        source = f"{source} · {ev.article.split('#', 1)[-1]}"
    text = texts.get(ev.doc)
    quote = ev.quote
    at = getattr(ev, "sentence_start", None)
    if quote is not None and at is not None and at <= ev.start < ev.end <= at + len(quote):
        return [source, quote, ev.start - at, ev.end - at]
    span_ok = text is not None and 0 <= ev.start < ev.end <= len(text)
    if span_ok and (quote is None or len(quote) <= ev.end - ev.start):
        lo, hi = _sentence_around(text, ev.start, ev.end)
        sentence = text[lo:hi]
        if (lo, hi) != (ev.start, ev.end):
            pre = "…" if lo > 0 and text[lo - 1] not in TERMINATORS else ""
            post = "…" if hi < len(text) and text[hi - 1] not in TERMINATORS else ""
            return [source, pre + sentence + post, ev.start - lo + len(pre), ev.end - lo + len(pre)]
        quote = sentence
    if quote is None:
        return [source, "", -1, -1]
    if span_ok and ev.end - ev.start < len(quote):
        # locate the sentence in the document so the mention's offsets can be mapped into it
        at = text.find(quote, max(0, ev.end - len(quote)))
        if at != -1 and at <= ev.start and ev.end <= at + len(quote):
            return [source, quote, ev.start - at, ev.end - at]
        s, e = _find_in(quote, [text[ev.start:ev.end]])
        if s >= 0:
            return [source, quote, s, e]
    s, e = _find_in(quote, [getattr(ev, "surface", None), *names])
    return [source, quote, s, e]


def _evidence_list(evs, texts, names) -> tuple[list, int]:
    out, seen = [], set()
    for ev in sorted(evs, key=Evidence.sort_key):
        item = snippet(ev, texts, names)
        key = (item[0], item[1], item[2], item[3])
        if key in seen or not item[1]:
            continue
        seen.add(key)
        out.append(item)
    return out[:MAX_EVIDENCE], len(out)


# --------------------------------------------------------------------------- layout

def _fruchterman_reingold(n: int, edges: np.ndarray, seed: int, iterations: int = 50,
                          gravity: float = 3.0) -> np.ndarray:
    """Dense Fruchterman–Reingold in numpy, with a pull to the centre so hubs' long tails and
    loosely attached parts stay near the rest (networkx's needs scipy beyond 500 nodes).

    float32 and per-axis n×n arrays: ~25 ms an iteration at 2,000 nodes."""
    rng = np.random.RandomState(seed)
    pos = rng.rand(n, 2).astype(np.float32)
    k2 = np.float32(1.0 / n)
    k = math.sqrt(1.0 / n)
    t = 0.1
    dt = t / (iterations + 1)
    for _ in range(iterations):
        x, y = pos[:, 0], pos[:, 1]
        dx = x[:, None] - x[None, :]
        dy = y[:, None] - y[None, :]
        w = dx * dx
        w += dy * dy
        np.maximum(w, np.float32(1e-4), out=w)
        np.divide(k2, w, out=w)  # repulsion k²/d along the unit vector, over d: k²/d²
        disp = np.stack([(dx * w).sum(1), (dy * w).sum(1)], axis=1)
        disp -= np.float32(gravity) * (pos - pos.mean(0))  # keeps loosely attached parts near
        if len(edges):
            d = pos[edges[:, 0]] - pos[edges[:, 1]]
            f = d * (np.sqrt((d * d).sum(1)) / np.float32(k))[:, None]
            np.add.at(disp, edges[:, 0], -f)
            np.add.at(disp, edges[:, 1], f)
        length = np.sqrt((disp * disp).sum(1))
        np.maximum(length, np.float32(0.01), out=length)
        pos += disp * (np.float32(t) / length)[:, None]
        t -= dt
    return pos.astype(np.float64)


def _place_near(g: nx.Graph, pos: dict, todo) -> None:
    """Place the nodes of `todo` breadth-first beside an already placed neighbour, on a small
    sunflower around it (so a hub's many leaves don't pile up).  Unreachable ones stay out."""
    want = {v for v in todo if v not in pos}
    golden = math.pi * (3 - math.sqrt(5))
    children: dict[str, int] = {}
    queue = deque(sorted(pos))
    while queue and want:
        u = queue.popleft()
        for v in sorted(g.neighbors(u)):
            if v in want:
                want.discard(v)
                c = children.get(u, 0)
                children[u] = c + 1
                r = 0.9 + 0.3 * math.sqrt(c)
                ang = c * golden + (int(hashlib.md5(u.encode("utf-8")).hexdigest()[:6], 16) % 628) / 100
                pos[v] = (pos[u][0] + r * math.cos(ang), pos[u][1] + r * math.sin(ang))
                queue.append(v)


def _component_layout(g: nx.Graph, nodes: list[str], seed: int) -> dict[str, tuple[float, float]]:
    """Positions of one connected component, centred on 0 with radius ~ sqrt(size)."""
    n = len(nodes)
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    if n == 2:
        return {nodes[0]: (-1.0, 0.0), nodes[1]: (1.0, 0.0)}
    if n <= FR_MAX:
        index = {v: i for i, v in enumerate(nodes)}
        # (min, max) pairs: a small subgraph view iterates its node *set*, so the edges'
        # orientation would follow the hash seed and shift the layout by float rounding
        edges = np.array(sorted((min(index[a], index[b]), max(index[a], index[b]))
                                for a, b in g.subgraph(nodes).edges()),
                         dtype=np.int64).reshape(-1, 2)
        arr = _fruchterman_reingold(n, edges, seed, iterations=150 if n <= 400 else 50)
    else:
        # force-directed on the best-connected FR_MAX nodes, the rest beside their neighbours
        deg = g.degree(nodes)
        main = sorted(sorted(nodes, key=lambda v: (-deg[v], v))[:FR_MAX])
        index = {v: i for i, v in enumerate(main)}
        # (min, max) pairs: a small subgraph view iterates its node *set*, so the edges'
        # orientation would follow the hash seed and shift the layout by float rounding
        edges = np.array(sorted((min(index[a], index[b]), max(index[a], index[b]))
                                for a, b in g.subgraph(main).edges()),
                         dtype=np.int64).reshape(-1, 2)
        fr = _fruchterman_reingold(len(main), edges, seed)
        fr *= math.sqrt(len(main)) / (np.sqrt((fr * fr).sum(1)).max() or 1.0)
        pos = {v: (float(fr[i, 0]), float(fr[i, 1])) for i, v in enumerate(main)}
        _place_near(g, pos, nodes)
        arr = np.array([pos[v] for v in nodes], dtype=np.float64)
    arr -= arr.mean(0)
    # scale by the 90th-percentile radius: a few long chains must not shrink the bulk
    radius = float(np.percentile(np.sqrt((arr * arr).sum(1)), 90)) or 1.0
    arr *= 0.8 * math.sqrt(n) / radius
    return {v: (float(arr[i, 0]), float(arr[i, 1])) for i, v in enumerate(nodes)}


def layout(g: nx.Graph, core: list[str], seed: int = 42, spacing: float = 80.0) -> dict:
    """Pixel positions for every node of `g`.

    The `core` nodes (the default view) are laid out component by component and the
    components packed on shelves, big ones first, so unconnected parts don't drift apart.
    Other nodes are placed next to an already placed neighbour (or in a block of their own)."""
    core_set = set(core)
    comps = sorted((sorted(c) for c in nx.connected_components(g.subgraph(core))),
                   key=lambda c: (-len(c), c[0]))
    big = [c for c in comps if len(c) > 1]
    singles = [c[0] for c in comps if len(c) == 1]
    pos: dict[str, tuple[float, float]] = {}
    placed = [(_component_layout(g, c, seed), math.sqrt(len(c))) for c in big]
    if singles:  # isolated entities: a compact grid block
        side = math.ceil(math.sqrt(len(singles) * 0.33))  # wider than tall: labels are wide
        grid = {v: ((i % side) * 2.4, (i // side) * 0.8) for i, v in enumerate(singles)}
        placed.append((grid, None))
    total_area = sum(len(c) for c in comps) or 1
    row_width = max(2.4 * math.sqrt(total_area), 4.0)
    x = y = row_h = 0.0
    for p, radius in placed:
        xs = [q[0] for q in p.values()]
        ys = [q[1] for q in p.values()]
        w = max(xs) - min(xs) + 1.6
        h = max(ys) - min(ys) + 1.6
        if x > 0 and x + w > row_width:
            x, y, row_h = 0.0, y + row_h, 0.0
        ox, oy = x - min(xs) + 0.8, y - min(ys) + 0.8
        for v, (px, py) in p.items():
            pos[v] = (px + ox, py + oy)
        x += w
        row_h = max(row_h, h)
    # the rest: breadth-first from the placed nodes, beside a placed neighbour
    rest = [v for v in sorted(g.nodes) if v not in core_set]
    _place_near(g, pos, rest)
    golden = math.pi * (3 - math.sqrt(5))
    leftover = [v for v in rest if v not in pos]
    if leftover:  # unreachable from the core: a sunflower disc below it
        top = max((q[1] for q in pos.values()), default=0.0) + 3.0
        cx = row_width / 2
        for i, v in enumerate(leftover):
            r = math.sqrt(i + 0.5) * 0.9
            pos[v] = (cx + r * math.cos(i * golden), top + r + r * math.sin(i * golden))
    return {v: (round(px * spacing, 1), round(py * spacing, 1)) for v, (px, py) in pos.items()}


# --------------------------------------------------------------------------- payload

def _num(value):
    if isinstance(value, float) and value.is_integer() and abs(value) < 2 ** 53:
        return int(value)
    return value


def graph_payload(extraction: Extraction, max_nodes: int = MAX_NODES, seed: int = 42,
                  title: str = "govkg") -> dict:
    """Everything the page shows, as plain JSON-able data in a deterministic order."""
    ids = sorted(extraction.entities)
    index = {eid: i for i, eid in enumerate(ids)}
    g = nx.Graph()
    g.add_nodes_from(ids)
    edges = []
    skipped = 0
    for key in sorted(extraction.relations):
        rel = extraction.relations[key]
        if rel.subject not in index or rel.object not in index:
            skipped += 1
            continue
        names = [extraction.entities[rel.subject].name, extraction.entities[rel.object].name]
        ev, n_ev = _evidence_list(rel.evidence, extraction.texts, names)
        label = rel.predicate  # a post is shown on its edge: holdsPost：副部长
        if rel.posts:
            label += "：" + "、".join(p["post"] for p in rel.posts)
        edges.append([index[rel.subject], index[rel.object], label, ev, n_ev])
        if rel.subject != rel.object:
            g.add_edge(rel.subject, rel.object)
    degree = {eid: 0 for eid in ids}
    for s, o, *_ in edges:
        degree[ids[s]] += 1
        degree[ids[o]] += 1
    ranked = sorted(ids, key=lambda e: (-degree[e], e))
    core = ranked if len(ids) <= max_nodes else ranked[:max_nodes]
    pos = layout(g, core, seed=seed)
    core_set = set(core)

    metrics: dict[str, list] = {}
    loose = 0
    for mid in sorted(extraction.metrics):
        m = extraction.metrics[mid]
        if m.subject not in index:
            loose += 1
            continue
        ev, _ = _evidence_list(m.evidence, extraction.texts, [m.surface, m.indicator])
        metrics.setdefault(m.subject, []).append(
            [m.indicator, _num(m.value), m.unit, bool(m.approx), m.period, m.surface, ev])

    types = list(ENTITY_TYPES) + sorted({e.type for e in extraction.entities.values()}
                                         - set(ENTITY_TYPES))
    type_index = {t: i for i, t in enumerate(types)}
    max_deg = max(degree.values(), default=0) or 1
    nodes = []
    for eid in ids:
        e = extraction.entities[eid]
        aliases = sorted(a for a in e.aliases if a and a != e.name)
        ev, n_ev = _evidence_list(e.mentions, extraction.texts, [e.name, *aliases])
        x, y = pos[eid]
        size = round(9 + 17 * math.sqrt(degree[eid] / max_deg), 1)
        nodes.append({"id": eid, "n": e.name, "t": type_index[e.type], "c": e.code,
                      "l": e.level, "a": aliases, "d": degree[eid], "x": x, "y": y, "s": size,
                      "k": 1 if eid in core_set else 0, "m": metrics.get(eid, []),
                      "e": ev, "ne": n_ev})
    return {
        "title": title,
        "types": [[t, *TYPE_STYLE.get(t, OTHER_STYLE)] for t in types],
        "nodes": nodes,
        "edges": edges,
        "stats": {"entities": len(ids), "relations": len(edges), "core": len(core),
                  "metrics": len(extraction.metrics), "unattachedMetrics": loose,
                  "danglingRelations": skipped,
                  "documents": len(extraction.documents) or len(extraction.texts)},
    }


# --------------------------------------------------------------------------- page

def render(extraction: Extraction, *, title: str = "govkg 知识图谱", max_nodes: int = MAX_NODES,
           seed: int = 42) -> str:
    """The explorer page as a string."""
    data = json_for_script(graph_payload(extraction, max_nodes=max_nodes, seed=seed, title=title))
    vis_js = _asset("vis-network.min.js")
    app_js = _asset("explorer.js")
    csp = ("default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
           f"script-src {_csp_hash(vis_js)} {_csp_hash(app_js)}; base-uri 'none'; form-action 'none'")
    parts = {
        "TITLE": htmlmod.escape(title),
        "CSP": htmlmod.escape(csp, quote=False),  # ours; no double quotes in it
        "VIS_CSS": _asset("vis-network.css"),
        "APP_CSS": _asset("explorer.css"),
        "VIS_JS": vis_js,
        "APP_JS": app_js,
        "DATA": data,
    }
    # one pass, so placeholder-like text inside the data is never substituted
    return re.sub(r"@@([A-Z_]+)@@", lambda m: parts[m.group(1)], _asset("explorer.html"))


def write(extraction: Extraction, path, **opts) -> Path:
    """Exporter entry point: write graph.html (UTF-8, works from file:// with no network)."""
    path = Path(path)
    page = render(extraction, **{k: v for k, v in opts.items()
                                 if k in ("title", "max_nodes", "seed")})
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(page)
    return path
