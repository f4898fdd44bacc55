"""Interactive graph explorer: one self-contained, offline HTML page per extraction.

Why not pyvis' own `write_html`: it loads assets from a CDN even in "local"/"in_line" modes,
writes without an encoding, and puts titles into `innerHTML` (see docs/anchors.md).  So this
exporter uses pyvis only as the source of the vis-network files, inlines them into its own
template, precomputes the layout in Python (physics off: a 5,000-node graph opens in about a
second instead of minutes) and embeds the data as escaped JSON that the page only ever puts into
the DOM with `textContent`.  Output is deterministic: the same Extraction gives the same bytes.

A corpus-sized extraction does not fit in one page (the 100 MB benchmark corpus made a 221 MB
graph.html).  So when the data passes INLINE_MAX, the page keeps what the first view, search and
the type / predicate / degree / province filters need (every node and edge, without evidence),
and `write` puts the rest beside it in graph-data/: evidence and metrics in chunks of about
CHUNK_BYTES, loaded when a node or edge is opened, and the documents / periods the document and
date filters need in index.js, loaded when such a filter is first used.  Chunks are scripts that
call the page's `kgChunk` (fetch() of file:// is blocked), allowed by the CSP's 'self' (inline
scripts still need their hash), and carry the page's key so a stale file is ignored.
"""
from __future__ import annotations

import base64
import calendar
import hashlib
import html as htmlmod
import json
import math
import re
from collections import deque
from functools import lru_cache
from operator import attrgetter
from pathlib import Path

import numpy as np

try:  # the payload's encoder when it gives json's text (`_script_json`)
    import orjson
except ImportError:  # pragma: no cover - a dependency; json's encoder then
    orjson = None
from .extraction_json import orjson_float_limit as _float_limit

from .. import schema
from ..divisions import LEVELS
from ..model import ENTITY_TYPES, Evidence, Extraction

TEMPLATES = Path(__file__).with_name("templates")
VIS_VERSION = "vis-9.1.2"

# Colour, vis-network shape and zh label of each entity type come from kg/schema.py, the one
# schema of every output: a new type is styled and labelled there, not here.
TYPE_STYLE = schema.TYPE_STYLE
OTHER_STYLE = schema.OTHER_STYLE


def type_label(name: str) -> str:
    """The label the legend and the panel show for an entity type: its zh label in the schema,
    or its own name for a type the schema does not know (a user's own)."""
    t = schema.TYPES.get(name)
    return t.zh if t is not None else name


MAX_NODES = 2000  # default view beyond this: the best-connected nodes; the rest via search
MAX_EVIDENCE = 1000  # source sentences kept per node / edge (the panel pages them; total recorded)
INLINE_MAX = 8_000_000  # a page with more data than this puts the details into chunk files
CHUNK_BYTES = 1_000_000  # about this much evidence per chunk file
SNIPPET_CONTEXT = 80  # characters either side of a mention when no sentence is known
FR_MAX = 2000  # beyond this, force-directed layout on the best-connected part only


# --------------------------------------------------------------------------- assets

def _vis_dir() -> Path:
    """The vis-network files pyvis ships (found, not imported: importing pyvis loads jinja2,
    IPython hooks and more, a quarter of a second of every explorer export)."""
    from importlib.util import find_spec

    spec = find_spec("pyvis")
    if spec is None or not spec.origin:
        raise ModuleNotFoundError("No module named 'pyvis'", name="pyvis")
    return Path(spec.origin).parent / "templates" / "lib" / VIS_VERSION


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


# `json.dumps(obj, ensure_ascii=False, separators=(",", ":"), allow_nan=False)`, the same text:
# one encoder for every call (the payload check encodes item by item: an encoder object per
# item), and no circular-reference bookkeeping (a dict insert and delete per container; the
# payload is a tree built here, so it can hold no cycle)
_SCRIPT_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False,
                                check_circular=False).encode


# orjson spells a float below 1e-4 otherwise than json (0.00001, 1e-7: json 1e-05, 1e-07); a
# text that may hold one (or a string that looks so) is encoded again by json
_DIGITS = frozenset(b"0123456789")


def _odd_float(data: bytes) -> bool:
    """True when orjson's `data` may hold a float json spells otherwise: an exponent after a
    digit (`1e-7`) or `0.0000`.  Literal searches (a regex with a class first scanned the
    payload at a tenth of the speed); a string holding such text only costs the json pass."""
    if b"0.0000" in data:
        return True
    i = data.find(b"e-")
    while i != -1:
        if i and data[i - 1] in _DIGITS:
            return True
        i = data.find(b"e-", i + 2)
    return False


# an orjson that writes big floats as json does (from 3.12: `extraction_json.orjson_float_limit`);
# an older one is not used here (a figure of 1e16 or more could stand in the payload)
_ORJSON_BIG_FLOATS = orjson is not None and _float_limit() == math.inf


def _script_json(obj) -> str:
    """`_SCRIPT_JSON(obj)`, through orjson (Rust, compact: the same separators, no ASCII
    escapes) when that gives the same text: not for what orjson refuses (a subclass, such as
    numpy's floats, a non-string key, an integer over 64 bits) nor for a float it spells
    otherwise (`_odd_float`).  NaN and infinities, which json refuses here (allow_nan=False),
    stand nowhere in the payload (positions are rounded finite floats, figures parsed numbers)."""
    if _ORJSON_BIG_FLOATS:
        try:
            data = orjson.dumps(obj, option=orjson.OPT_PASSTHROUGH_SUBCLASS)
        except orjson.JSONEncodeError:
            pass
        else:
            if not _odd_float(data):
                return data.decode("utf-8")
    return _SCRIPT_JSON(obj)


def json_for_script(obj) -> str:
    """JSON safe inside <script type="application/json">: `<`, `>`, `&` (and the JS line
    separators) are \\u-escaped, so `</script>` in a document cannot end the block."""
    text = _script_json(obj)
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _payload_bytes_over(data: dict, limit: int) -> bool:
    """True when `json_for_script(data)` is longer than `limit` bytes in UTF-8 (`_payload_within`)."""
    return _payload_within(data, limit) is None


def _payload_within(data: dict, limit: int) -> str | None:
    """`json_for_script(data)` when it is at most `limit` bytes in UTF-8, else None; measured
    member by member and list item by list item (the compact JSON of a dict or list is its
    members' texts joined by commas, and the escaping works character by character), stopping
    as soon as the limit is passed: a big graph's whole payload, only to learn that it is too
    big for the page, was three copies of it in memory (text, the encoder's pieces, UTF-8
    bytes).  A payload within the limit is joined from the texts measured (at most `limit`
    bytes of them), not encoded a second time (a tenth of the explorer's CPU on 2 MB of news)."""
    size = 2 + max(0, len(data) - 1)  # braces, commas between members
    members = []
    for key, value in data.items():
        text = json_for_script(key)
        size += len(text.encode("utf-8")) + 1
        if type(value) is list:
            size += 2 + max(0, len(value) - 1)
            items = []
            for item in value:
                part = json_for_script(item)
                size += len(part.encode("utf-8"))
                if size > limit:
                    return None
                items.append(part)
            members.append(text + ":[" + ",".join(items) + "]")
        else:
            part = json_for_script(value)
            size += len(part.encode("utf-8"))
            members.append(text + ":" + part)
        if size > limit:
            return None
    if size > limit:
        return None
    return "{" + ",".join(members) + "}"


# --------------------------------------------------------------------------- snippets

TERMINATORS = "。！？!?；;\n"
# the character scans of `_sentence_around` as single regex calls (most mentions carry no
# sentence of their own, so each took two Python loops of up to SNIPPET_CONTEXT characters)
_TERMINATOR = re.compile("[" + re.escape(TERMINATORS) + "]")
_LAST_TERMINATOR = re.compile("(?s:.*)[" + re.escape(TERMINATORS) + "]")  # greedy: the last


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around text[start:end] (at most SNIPPET_CONTEXT characters either side);
    a span that already starts and ends on sentence boundaries is returned unchanged."""
    lo = max(0, start - SNIPPET_CONTEXT)
    hi = min(len(text), end + SNIPPET_CONTEXT)
    m = _LAST_TERMINATOR.match(text, lo, start)  # the last terminator before the span
    if m is not None:
        lo = m.end()
    if end > start and text[end - 1] in TERMINATORS:
        hi = end
    else:
        m = _TERMINATOR.search(text, end, hi)  # the first one after it
        if m is not None:
            i = m.start()
            hi = i + (text[i] != "\n")
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


_DOC = attrgetter("doc")

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


def _source_label(ev: Evidence) -> str:
    """Where a snippet comes from, as the page shows it: "file · A1"."""
    source = ev.source or ev.doc
    return f"{source} · {ev.article.split('#', 1)[-1]}" if ev.article else source


def _snippet(ev: Evidence, texts: dict[str, str], names=()) -> list:
    """[source, sentence, hl_start, hl_end] for one piece of evidence.

    A mention's evidence may carry its sentence (`quote`) or only its own span; either way the
    page shows the sentence with the mention highlighted.  Evidence that is a whole sentence
    (relations, metrics) gets the first of `names` found in it highlighted."""
    source = _source_label(ev)
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


_MARKUP_RE = re.compile(r"^(?:\s*(?:#{1,6}|>|[*+-](?=\s)|\d+\.(?=\s))\s*)+")


def clean_markup(item: list) -> list:
    """Drop the Markdown a plain-text source carries at the start of a line ("## ", "> ",
    "- ") and trailing white space, shifting the highlight with it: a heading is evidence, its
    "##" is not."""
    text = item[1].rstrip()
    if len(text) < len(item[1]):
        item = [item[0], text, item[2], min(item[3], len(text))]
    m = _MARKUP_RE.match(item[1])
    if not m or m.end() == 0:
        return item
    cut = len(m.group(0))
    s, e = max(0, item[2] - cut), item[3] - cut
    if item[2] < 0 or e <= s:
        s = e = -1
    return [item[0], item[1][cut:], s, e]


# the first characters `_MARKUP_RE` can match at (besides white space and decimal digits)
_MARKUP_START = frozenset("#>*+-")


def _marked_up(sentence: str) -> bool:
    """False when `clean_markup` leaves a snippet of `sentence` as it is: no white space at
    its end and no character at its start that Markdown (or white space) can begin with (one
    test instead of a strip, a new string and a regex match per snippet)."""
    if not sentence:
        return False
    first = sentence[0]
    return sentence[-1].isspace() or first in _MARKUP_START or first.isspace() \
        or first.isdecimal()


class _Memo:
    """What the snippets of one payload share: the source label of each (source, document,
    article) (a document's evidence all carry the same three) and the sentence around each
    span of a document (a sentence that holds several facts is evidence of each of them)."""
    __slots__ = ("labels", "spans")

    def __init__(self):
        self.labels: dict[tuple, str] = {}
        self.spans: dict[tuple, tuple] = {}

    def label(self, ev) -> str:
        """`_snippet`'s source label of `ev` ("file · A1")."""
        key = (ev.source, ev.doc, ev.article)
        label = self.labels.get(key)
        if label is None:
            label = self.labels[key] = _source_label(ev)
        return label

    def sentence(self, text: str, doc: str, start: int, end: int) -> tuple:
        """`_snippet`'s sentence for the span text[start:end] (0 <= start < end <= len(text)):
        (the sentence with its "…", highlight start, highlight end) when it reaches beyond
        the span, else (the span's text, None, None): the caller finds the highlight."""
        key = (doc, start, end)
        got = self.spans.get(key)
        if got is None:
            lo, hi = _sentence_around(text, start, end)
            sentence = text[lo:hi]
            if (lo, hi) != (start, end):
                pre = "…" if lo > 0 and text[lo - 1] not in TERMINATORS else ""
                post = "…" if hi < len(text) and text[hi - 1] not in TERMINATORS else ""
                got = (pre + sentence + post, start - lo + len(pre), end - lo + len(pre))
            else:
                got = (sentence, None, None)
            self.spans[key] = got
        return got


def _evidence_items(evs, texts, names, memo: _Memo) -> list:
    """`clean_markup(snippet(ev, texts, names))` for each of `evs` in evidence order, by
    `_snippet`'s first two cases taken here (a mention that carries its sentence and where it
    starts; a fact whose evidence is a span of a known text, as relations' and metrics' are),
    with what they repeat remembered in `memo`, and the clip and the markup cleaning only
    where they can change anything; any other evidence goes through `snippet` itself."""
    out = []
    for ev in sorted(evs, key=Evidence.sort_key) if len(evs) > 1 else evs:
        quote = ev.quote
        at = ev.sentence_start
        start, end = ev.start, ev.end
        if quote is not None and at is not None and at <= start < end <= at + len(quote):
            item = [memo.label(ev), quote, start - at, end - at]
        else:
            text = texts.get(ev.doc)
            if text is not None and 0 <= start < end <= len(text) \
                    and (quote is None or len(quote) <= end - start):
                sentence, s, e = memo.sentence(text, ev.doc, start, end)
                if s is None:
                    s, e = _find_in(sentence, [getattr(ev, "surface", None), *names])
                item = [memo.label(ev), sentence, s, e]
            else:
                out.append(clean_markup(snippet(ev, texts, names)))
                continue
        if len(item[1]) > MAX_SNIPPET:
            item = _clip(item)
        if _marked_up(item[1]):
            item = clean_markup(item)
        out.append(item)
    return out


def _evidence_list(evs, texts, names, pool: dict | None = None,
                   memo: _Memo | None = None) -> tuple[list, int]:
    """The snippets of `evs` in evidence order, without repeats (at most MAX_EVIDENCE), and
    how many there were.  With a `pool`, equal sources and sentences become one string object:
    each snippet slices its own copy, and a sentence that holds ten facts was held ten times
    (a third of the explorer's memory on a big graph; the same JSON).  `memo`: what the
    payload's snippets so far share (`_Memo`)."""
    out, seen = [], set()
    for item in _evidence_items(evs, texts, names, memo if memo is not None else _Memo()):
        key = tuple(item)  # (source, sentence, highlight start, end)
        if key in seen or not item[1]:
            continue
        seen.add(key)
        if pool is not None:
            item[0] = pool.setdefault(item[0], item[0])
            item[1] = pool.setdefault(item[1], item[1])
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
    rows = max(1, FR_BLOCK // n)
    buffers = _repulsion_buffers(min(rows, n), n)
    for _ in range(iterations):
        disp = _repulsion(pos, k2, rows, buffers)
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


FR_BLOCK = 1 << 16  # pairs per block of rows in `_repulsion` (seven float32 blocks of 256 KB)


def _repulsion_buffers(rows: int, n: int) -> list:
    """The working blocks of `_repulsion` (rows×n float32 each): four for its products, two
    that hold every row equal to the x and y coordinates (filled each iteration), and one
    filled with the distance floor once."""
    buffers = [np.empty((rows, n), dtype=np.float32) for _ in range(6)]
    buffers.append(np.full((rows, n), FR_FLOOR, dtype=np.float32))
    return buffers


FR_FLOOR = np.float32(1e-4)  # the least squared distance between two nodes in `_repulsion`


def _repulsion(pos: np.ndarray, k2: np.float32, rows: int, buffers: list) -> np.ndarray:
    """The repulsion on each node (n×2, float32): the sum over every other node of its offset
    times k²/d², taken `rows` rows of the n×n pair matrix at a time in the preallocated
    `buffers` (`_repulsion_buffers`).  Whole n×n matrices (16 MB each at 2,000 nodes, seven
    passes an iteration) went through memory; blocks of 1 MB stay in the cache.  Each value is
    computed by the same operations in the same order, and each row summed as a whole by the
    same reduction, so the layout is the same to the bit.  Every operand is a contiguous
    block of the block's shape where numpy's vector loops want one: the coordinates are
    copied out of `pos` (a column of it is strided) and spread over a block's rows once per
    call, and the floor is a block of its own (numpy's maximum against a scalar, or a
    broadcast row, took three to four times as long as against an array; a quarter less time
    in the layout of 2,000 nodes)."""
    n = len(pos)
    x, y = np.ascontiguousarray(pos[:, 0]), np.ascontiguousarray(pos[:, 1])
    dx, dy, w, t, xs, ys, floor = buffers
    xs[:] = x  # every row: the x of each node (the right-hand operand of each block's offsets)
    ys[:] = y
    sx = np.empty(n, dtype=np.float32)
    sy = np.empty(n, dtype=np.float32)
    for lo in range(0, n, rows):
        hi = min(n, lo + rows)
        m = hi - lo
        if m != len(dx):  # the ragged last block
            dx, dy, w, t, floor = dx[:m], dy[:m], w[:m], t[:m], floor[:m]
        np.subtract(x[lo:hi, None], xs[:m], out=dx)
        np.subtract(y[lo:hi, None], ys[:m], out=dy)
        np.multiply(dx, dx, out=w)
        np.multiply(dy, dy, out=t)
        w += t
        np.maximum(w, floor, out=w)
        np.divide(k2, w, out=w)  # repulsion k²/d along the unit vector, over d: k²/d²
        np.multiply(dx, w, out=t)
        t.sum(1, out=sx[lo:hi])
        np.multiply(dy, w, out=t)
        t.sum(1, out=sy[lo:hi])
    return np.stack([sx, sy], axis=1)


# The layout reads a graph as an adjacency mapping: `g[v]` iterates the neighbours of `v` and
# `iter(g)` its nodes.  An undirected networkx graph is one; the explorer passes a dict of sets
# (`graph_payload`), which gives the same neighbours without importing networkx (0.15-0.3 CPU-s
# of every build's HTML writer) or building its graph edge by edge.


def _subgraph_edges(g, index: dict) -> list[tuple[int, int]]:
    """The edges among the nodes of `index` as sorted (i, j) index pairs, i <= j, each once
    (what `sorted((min, max) for nx's subgraph(nodes).edges())` gives, self-loops included)."""
    return sorted((i, index[b]) for a, i in index.items() for b in g[a]
                  if b in index and i <= index[b])


def _degree(g, v) -> int:
    """networkx's undirected degree: neighbours, a self-loop counted twice."""
    nbrs = g[v]
    return len(nbrs) + (v in nbrs)


def _components(g, nodes: set) -> list[set]:
    """The connected components of the subgraph of `g` on `nodes` (unordered)."""
    seen: set = set()
    comps = []
    for start in nodes:
        if start in seen:
            continue
        comp = {start}
        stack = [start]
        while stack:
            u = stack.pop()
            for w in g[u]:
                if w in nodes and w not in comp:
                    comp.add(w)
                    stack.append(w)
        seen |= comp
        comps.append(comp)
    return comps


def _place_near(g, pos: dict, todo) -> None:
    """Place the nodes of `todo` breadth-first beside an already placed neighbour, on a small
    sunflower around it (so a hub's many leaves don't pile up).  Unreachable ones stay out."""
    want = {v for v in todo if v not in pos}
    golden = math.pi * (3 - math.sqrt(5))
    children: dict[str, int] = {}
    queue = deque(sorted(pos))
    while queue and want:
        u = queue.popleft()
        for v in sorted(g[u]):
            if v in want:
                want.discard(v)
                c = children.get(u, 0)
                children[u] = c + 1
                r = 0.9 + 0.3 * math.sqrt(c)
                ang = c * golden + (int(hashlib.md5(u.encode("utf-8")).hexdigest()[:6], 16) % 628) / 100
                pos[v] = (pos[u][0] + r * math.cos(ang), pos[u][1] + r * math.sin(ang))
                queue.append(v)


def _component_layout(g, nodes: list[str], seed: int) -> dict[str, tuple[float, float]]:
    """Positions of one connected component, centred on 0 with radius ~ sqrt(size)."""
    n = len(nodes)
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    if n == 2:
        return {nodes[0]: (-1.0, 0.0), nodes[1]: (1.0, 0.0)}
    if n <= FR_MAX:
        index = {v: i for i, v in enumerate(nodes)}
        # sorted (low, high) index pairs: an edge's orientation or order that followed the
        # hash seed would shift the layout by float rounding
        edges = np.array(_subgraph_edges(g, index), dtype=np.int64).reshape(-1, 2)
        arr = _fruchterman_reingold(n, edges, seed, iterations=150 if n <= 400 else 50)
    else:
        # force-directed on the best-connected FR_MAX nodes, the rest beside their neighbours
        deg = {v: _degree(g, v) for v in nodes}
        main = sorted(sorted(nodes, key=lambda v: (-deg[v], v))[:FR_MAX])
        index = {v: i for i, v in enumerate(main)}
        # sorted (low, high) index pairs: an edge's orientation or order that followed the
        # hash seed would shift the layout by float rounding
        edges = np.array(_subgraph_edges(g, index), dtype=np.int64).reshape(-1, 2)
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


def layout(g, core: list[str], seed: int = 42, spacing: float = 80.0) -> dict:
    """Pixel positions for every node of `g`.

    The `core` nodes (the default view) are laid out component by component and the
    components packed on shelves, big ones first, so unconnected parts don't drift apart.
    Other nodes are placed next to an already placed neighbour (or in a block of their own)."""
    core_set = set(core)
    comps = sorted((sorted(c) for c in _components(g, core_set)),
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
    rest = [v for v in sorted(g) if v not in core_set]
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


# --------------------------------------------------------------------------- hierarchy layout

LEVEL_RANK = {level: depth for depth, level in enumerate(LEVELS)}  # the division table's depth: province 0 … township 3
LEAF_COLUMN = 10  # non-place nodes under a place: columns of this many


def _province_code(code: str | None) -> str | None:
    """The province of a division code (its first two digits), e.g. 130430 → 130000."""
    if code and len(code) >= 6 and code[:6].isdigit() and code[:2] != "00":
        return code[:2] + "0000"
    return None


def _rank(e) -> int:
    return LEVEL_RANK.get(e.level or "", 4) if e.type == "Place" else 5


def hierarchy_layout(extraction: Extraction, ids: list[str], adjacency: dict[str, list],
                     spacing: float = 80.0) -> dict[str, tuple[float, float]]:
    """Positions for the place-hierarchy view: provinces on top, then cities, counties and
    townships, each under its parent (a `partOf` edge, else the division code's prefix); other
    entities in short rows under the deepest place they are linked to, the unattached ones in a
    block to the right.  A tidy tree: leaves take consecutive slots, parents sit over the middle
    of their children."""
    ents = extraction.entities
    by_code = {}
    for eid in ids:
        e = ents[eid]
        if e.type == "Place" and e.code:
            by_code.setdefault(e.code, eid)
    parent: dict[str, str] = {}
    for eid in ids:
        e = ents[eid]
        r = _rank(e)
        best = None
        for pred, other, outgoing in adjacency.get(eid, ()):
            o = ents[other]
            if o.type != "Place" or other == eid:
                continue
            ro = _rank(o)
            if e.type == "Place":
                ok = pred == "partOf" and outgoing and ro < r
            else:
                ok = True
            if ok and (best is None or (-ro, other) < (-_rank(ents[best]), best)):
                best = other
        if best is None and e.type == "Place" and e.code and e.code[:6].isdigit():
            c = e.code
            for cand in (c[:4] + "00", c[:2] + "0000") if len(c) <= 6 else (c[:6], c[:4] + "00", c[:2] + "0000"):
                p = by_code.get(cand)
                if p and p != eid and _rank(ents[p]) < r:
                    best = p
                    break
        if best is not None:
            parent[eid] = best
    children: dict[str, list[str]] = {}
    for c, p in sorted(parent.items()):
        children.setdefault(p, []).append(c)
    pos: dict[str, tuple[float, float]] = {}
    slot = [0.0]

    def place(v: str, depth: float) -> float:
        kids = children.get(v, [])
        places = [k for k in kids if ents[k].type == "Place"]
        leaves = [k for k in kids if ents[k].type != "Place"]
        xs = [place(k, depth + 1) for k in places]
        if leaves:  # non-place entities: columns of short lists under their place (labels
            x0 = slot[0]  # are wide, so a list reads better than a row)
            cols = math.ceil(len(leaves) / LEAF_COLUMN)
            for j, k in enumerate(leaves):
                pos[k] = (x0 + (j // LEAF_COLUMN) * 1.8, depth + 0.8 + (j % LEAF_COLUMN) * 0.28)
            slot[0] = x0 + cols * 1.8 + 0.2
            xs.append(x0 + (cols - 1) * 0.9)
        if xs:
            x = (min(xs) + max(xs)) / 2
        else:
            x = slot[0]
            slot[0] += 1.3
        pos[v] = (x, depth)
        return x

    roots = [v for v in ids if v not in parent and ents[v].type == "Place" and children.get(v)]
    roots.sort(key=lambda v: (_rank(ents[v]), -len(children.get(v, [])), v))
    for v in roots:
        place(v, 0.0)
        slot[0] += 1.0
    rest = [v for v in ids if v not in pos]
    rest.sort(key=lambda v: (ents[v].type != "Place", ents[v].type, v))
    if rest:  # unattached: a block to the right, places first
        x0 = slot[0] + 2.0
        side = max(4, math.ceil(math.sqrt(len(rest) / 3)))
        for j, v in enumerate(rest):
            pos[v] = (x0 + (j % side) * 1.3, (j // side) * 0.45)
    return {v: (round(x * spacing, 1), round(y * spacing * 2.2, 1)) for v, (x, y) in pos.items()}


# Edge colour per predicate (muted, distinct from the node colours): a hub's many edges read by
# colour when their labels would pile up.  Predicates beyond the list get grey.
PRED_COLOURS = ["#6b8fb5", "#c0803a", "#7a9a5a", "#a05f8a", "#4f9a98", "#b5a03a", "#8c6d5a",
                "#6f6fb0", "#b56a6a", "#5a8c6d"]


# --------------------------------------------------------------------------- payload

def _num(value):
    if isinstance(value, float) and value.is_integer() and abs(value) < 2 ** 53:
        return int(value)
    return value


_PERIOD_RE = re.compile(r"((?:19|20)\d{2})(?:\D{1,3}?(\d{1,2})(?!\d))?")


def period_range(period: str | None) -> list[str] | None:
    """[first day, last day] (ISO strings) of a metric's period: a year ("2023年", "2023"),
    a month ("2023年5月", "2023-05") or a year range ("2021—2023年"); None when no year."""
    got = _period_span(period) if period else None
    return list(got) if got else None


@lru_cache(maxsize=1 << 12)
def _period_span(period: str) -> tuple[str, str] | None:
    """`period_range` as a tuple, computed once per distinct period (a corpus has a few hundred;
    every metric asked, with a regex and a calendar lookup each)."""
    found = _PERIOD_RE.findall(period)
    if not found:
        return None
    (y0, m0), (y1, m1) = found[0], found[-1]
    m0 = int(m0) if m0 and 1 <= int(m0) <= 12 else 0
    m1 = int(m1) if m1 and 1 <= int(m1) <= 12 else 0
    last = calendar.monthrange(int(y1), m1 or 12)[1]
    return (f"{y0}-{m0 or 1:02d}-01", f"{y1}-{m1 or 12:02d}-{last:02d}")


def _iso_date(date: str | None) -> str:
    """A document date as YYYY-MM-DD (or a prefix of it); "" when it has none."""
    if not date:
        return ""
    m = re.match(r"((?:19|20)\d{2})(?:\D{0,2}(\d{1,2})(?:\D{0,2}(\d{1,2}))?)?", str(date).strip())
    if not m:
        return ""
    y, mo, d = m.groups()
    return y + (f"-{int(mo):02d}" + (f"-{int(d):02d}" if d else "") if mo else "")


def _date_span(iso: str) -> list[str]:
    """First and last day of a (partial) ISO date: 2023 → 2023-01-01 … 2023-12-31."""
    y, m = int(iso[:4]), int(iso[5:7]) if len(iso) >= 7 else 0
    if len(iso) >= 10:
        return [iso, iso]
    last = calendar.monthrange(y, m or 12)[1]
    return [f"{y}-{m or 1:02d}-01", f"{y}-{m or 12:02d}-{last:02d}"]


def graph_payload(extraction: Extraction, max_nodes: int = MAX_NODES, seed: int = 42,
                  title: str = "govkg") -> dict:
    """Everything the page shows, as plain JSON-able data in a deterministic order.

    Details (evidence sentences, metrics) sit on the nodes and edges here; `split_details`
    moves them into chunk files for big graphs."""
    ents = extraction.entities
    ids = sorted(ents)
    index = {eid: i for i, eid in enumerate(ids)}
    g: dict[str, set] = {eid: set() for eid in ids}  # the undirected graph, for `layout`
    doc_ids = sorted({d["id"] for d in extraction.documents} | set(extraction.texts))
    doc_meta = {d["id"]: d for d in extraction.documents}
    doc_index = {d: i for i, d in enumerate(doc_ids)}

    def doc_of(ev) -> int:
        if ev.doc not in doc_index:
            doc_index[ev.doc] = len(doc_ids)
            doc_ids.append(ev.doc)
        return doc_index[ev.doc]

    def docs_of(evs) -> set[int]:
        """{doc_of(e) for e in evs}: by C code when every document is known already (a fact
        of a document the extraction does not list is numbered as `doc_of` meets it)."""
        try:
            return set(map(doc_index.__getitem__, map(_DOC, evs)))
        except KeyError:
            return {doc_of(e) for e in evs}

    edges = []
    skipped = 0
    pool: dict[str, str] = {}  # one object per distinct snippet text (_evidence_list)
    memo = _Memo()  # what the snippets share (source labels, sentences)
    adjacency: dict[str, list] = {}
    for key in sorted(extraction.relations):
        rel = extraction.relations[key]
        if rel.subject not in index or rel.object not in index:
            skipped += 1
            continue
        names = [ents[rel.subject].name, ents[rel.object].name]
        ev, n_ev = _evidence_list(rel.evidence, extraction.texts, names, pool, memo)
        docs = sorted(docs_of(rel.evidence))
        edge = [index[rel.subject], index[rel.object], rel.predicate, ev, n_ev, docs]
        if rel.posts:  # a post is shown on its edge: holdsPost：副部长
            edge.append(rel.predicate + "：" + "、".join(p["post"] for p in rel.posts))
        edges.append(edge)
        adjacency.setdefault(rel.subject, []).append((rel.predicate, rel.object, True))
        adjacency.setdefault(rel.object, []).append((rel.predicate, rel.subject, False))
        if rel.subject != rel.object:
            g[rel.subject].add(rel.object)
            g[rel.object].add(rel.subject)
    degree = {eid: 0 for eid in ids}
    for s, o, *_ in edges:
        degree[ids[s]] += 1
        degree[ids[o]] += 1
    # isolated entities (bylines, programmes named once) stay out of the default view when
    # anything is connected: they are reachable by search and the "isolated" switch
    ranked = sorted((e for e in ids if degree[e] or not edges), key=lambda e: (-degree[e], e))
    core = ranked[:max_nodes]
    pos = layout(g, core, seed=seed)
    hpos = hierarchy_layout(extraction, ids, adjacency)
    core_set = set(core)

    metrics: dict[str, list] = {}
    periods: dict[str, set] = {}
    metric_docs: dict[str, set] = {}
    loose = 0
    for mid in sorted(extraction.metrics):
        m = extraction.metrics[mid]
        if m.subject not in index:
            loose += 1
            continue
        ev, _ = _evidence_list(m.evidence, extraction.texts, [m.surface, m.indicator], pool,
                              memo)
        metrics.setdefault(m.subject, []).append(
            [m.indicator, _num(m.value), m.unit, bool(m.approx), m.period, m.surface, ev])
        pr = _period_span(m.period) if m.period else None
        if pr:
            periods.setdefault(m.subject, set()).add(pr)
        metric_docs.setdefault(m.subject, set()).update(docs_of(m.evidence))

    provinces: dict[str, str] = {}  # code → name
    own_prov: dict[str, str] = {}
    for eid in ids:
        e = ents[eid]
        pc = _province_code(e.code) if e.type == "Place" else None
        if pc:
            own_prov[eid] = pc
            provinces.setdefault(pc, pc)
    for eid in ids:
        e = ents[eid]
        if e.type == "Place" and e.code in provinces:
            provinces[e.code] = e.name
    if any(v == k for k, v in provinces.items()):
        from .. import divisions

        table = divisions.table()
        for k in provinces:
            if provinces[k] == k and k in table.by_code:
                provinces[k] = table.by_code[k].name
    prov_codes = sorted(provinces)
    prov_index = {c: i for i, c in enumerate(prov_codes)}

    types = list(ENTITY_TYPES) + sorted({e.type for e in ents.values()} - set(ENTITY_TYPES))
    type_index = {t: i for i, t in enumerate(types)}
    max_deg = max(degree.values(), default=0) or 1
    nodes = []
    for eid in ids:
        e = ents[eid]
        aliases = sorted(a for a in e.aliases if a and a != e.name)
        ev, n_ev = _evidence_list(e.mentions, extraction.texts, [e.name, *aliases], pool,
                                  memo)
        x, y = pos[eid]
        hx, hy = hpos[eid]
        size = round(9 + 17 * math.sqrt(degree[eid] / max_deg), 1)
        docs = sorted(docs_of(e.mentions) | metric_docs.get(eid, set()))
        provs = {own_prov[eid]} if eid in own_prov else {
            own_prov[o] for _, o, _ in adjacency.get(eid, ()) if o in own_prov}
        node = {"id": eid, "n": e.name, "t": type_index[e.type], "c": e.code,
                "l": e.level, "a": aliases, "d": degree[eid], "x": x, "y": y, "hx": hx, "hy": hy,
                "s": size, "k": 1 if eid in core_set else 0, "m": metrics.get(eid, []),
                "e": ev, "ne": n_ev, "dc": docs, "pv": sorted(prov_index[p] for p in provs)}
        if eid in periods:
            node["pr"] = [list(p) for p in sorted(periods[eid])]
        nodes.append(node)
    docs_out = []
    for d in doc_ids:
        meta = doc_meta.get(d, {})
        docs_out.append([meta.get("title") or meta.get("source") or d, _iso_date(meta.get("date"))])
    preds = sorted({e[2] for e in edges})
    spans = [p for n in nodes for p in n.get("pr", ())]
    spans += [_date_span(d[1]) for d in docs_out if d[1]]
    return {
        "dateSpan": [min(p[0] for p in spans), max(p[1] for p in spans)] if spans else None,
        "title": title,
        "types": [[t, *TYPE_STYLE.get(t, OTHER_STYLE), type_label(t)] for t in types],
        "preds": preds,
        "predColours": [PRED_COLOURS[i] if i < len(PRED_COLOURS) else "#9aa3ad" for i in range(len(preds))],
        "docs": docs_out,
        "provinces": [[provinces[c], c] for c in prov_codes],
        "nodes": nodes,
        "edges": edges,
        "chunks": [],
        "stats": {"entities": len(ids), "relations": len(edges), "core": len(core),
                  "isolated": sum(1 for e in ids if not degree[e]) if edges else 0,
                  "metrics": len(extraction.metrics), "unattachedMetrics": loose,
                  "danglingRelations": skipped, "documents": len(doc_ids)},
    }


# --------------------------------------------------------------------------- chunks

def _pack(items: list, sentences: dict, sources: dict, added: list | None = None) -> list:
    """Evidence items with their sentence and source replaced by indexes into chunk tables;
    sentences new to the table are appended to `added` (when given)."""
    out = []
    for src, sent, s, e in items:
        i = sentences.get(sent)
        if i is None:
            i = sentences[sent] = len(sentences)
            if added is not None:
                added.append(sent)
        out.append([sources.setdefault(src, len(sources)), i, s, e])
    return out


def split_details(data: dict, chunk_bytes: int = CHUNK_BYTES) -> list[dict]:
    """Move evidence and metrics out of `data` into chunks of about `chunk_bytes` each.

    Nodes go in view order (the default view's best-connected first), each with the details of
    the edges it is the subject of; sentences and sources are stored once per chunk.  Each node
    records its chunk in `ch`; the page loads a chunk when a node or edge is opened."""
    nodes, edges = data["nodes"], data["edges"]
    by_subject: dict[int, list[int]] = {}
    for k, e in enumerate(edges):
        by_subject.setdefault(e[0], []).append(k)
    order = sorted(range(len(nodes)), key=lambda i: (-nodes[i]["k"], -nodes[i]["d"], i))
    chunks: list[dict] = []
    cur = None
    size = 0
    for i in order:
        if cur is None:
            cur = {"sentences": {}, "sources": {}, "n": [], "x": []}
            size = 0
        n = nodes[i]
        # the sentences this node adds to the chunk (counted as they come: skipping the
        # chunk's earlier sentences to reach them made each chunk quadratic in its size)
        added: list[str] = []
        metrics = [[*m[:6], _pack(m[6], cur["sentences"], cur["sources"], added)]
                   for m in n.pop("m")]
        cur["n"].append([i, _pack(n.pop("e"), cur["sentences"], cur["sources"], added), metrics])
        for k in by_subject.get(i, ()):
            cur["x"].append([k, _pack(edges[k][3], cur["sentences"], cur["sources"], added)])
            edges[k][3] = None
        n["ch"] = len(chunks)
        size += 60 + 40 * len(metrics) + sum(3 * len(s) + 3 for s in added)
        if size >= chunk_bytes:
            chunks.append(cur)
            cur = None
    if cur is not None:
        chunks.append(cur)
    return [{"S": list(c["sentences"]), "R": list(c["sources"]), "n": c["n"], "x": c["x"]}
            for c in chunks]


def split_filter_index(data: dict) -> dict:
    """Move what only the document and date filters need (each node's and edge's documents,
    each node's metric periods: the bulk of a big page) out of `data`, into one file the page
    loads the first time such a filter is used."""
    index = {"dc": [n.pop("dc") for n in data["nodes"]],
             "pr": [n.pop("pr", 0) for n in data["nodes"]],
             "ed": [e[5] for e in data["edges"]]}
    for e in data["edges"]:
        e[5] = None
    return index


def chunk_script(key: str, number: int, chunk: dict) -> str:
    """One chunk file: a call of the page's registered loader (a script, because fetch() of
    file:// URLs is blocked).  Same escaping as the inline data."""
    return f"kgChunk({json.dumps(key)},{number},{json_for_script(chunk)});\n"


# --------------------------------------------------------------------------- page

def render(extraction: Extraction, *, title: str = "govkg 知识图谱", max_nodes: int = MAX_NODES,
           seed: int = 42) -> str:
    """The explorer page as a string, every detail inline (for Jupyter: no files beside it)."""
    data = graph_payload(extraction, max_nodes=max_nodes, seed=seed, title=title)
    return _page(data, title, chunked=False)


def _page(data: dict, title: str, chunked: bool, payload: str | None = None) -> str:
    payload = payload or json_for_script(data)
    vis_js = _asset("vis-network.min.js")
    app_js = _asset("explorer.js")
    # chunk files are loaded as scripts of the page's own origin ('self': for file:// pages,
    # local files); inline scripts still need their hash, so injected markup runs nothing
    self_src = "'self' " if chunked else ""
    csp = ("default-src 'none'; img-src data: blob:; style-src 'unsafe-inline'; "
           f"script-src {self_src}{_csp_hash(vis_js)} {_csp_hash(app_js)}; base-uri 'none'; form-action 'none'")
    parts = {
        "TITLE": htmlmod.escape(title),
        "CSP": htmlmod.escape(csp, quote=False),  # ours; no double quotes in it
        "VIS_CSS": _asset("vis-network.css"),
        "APP_CSS": _asset("explorer.css"),
        "VIS_JS": vis_js,
        "APP_JS": app_js,
        "DATA": payload,
    }
    # one pass, so placeholder-like text inside the data is never substituted
    return re.sub(r"@@([A-Z_]+)@@", lambda m: parts[m.group(1)], _asset("explorer.html"))


def chunk_dir(path: Path) -> Path:
    """Where the chunk files of `path` (graph.html) go: graph-data/ beside it."""
    return path.with_name(path.stem + "-data")


def write(extraction: Extraction, path, *, title: str = "govkg 知识图谱",
          max_nodes: int = MAX_NODES, seed: int = 42, inline_max: int | None = None,
          chunk_bytes: int | None = None, **_ignored) -> Path:
    """Exporter entry point: write graph.html (UTF-8, works from file:// with no network).

    When the details would make the page bigger than `inline_max` bytes, they go into chunk
    files in graph-data/ beside the page (written first, stale ones removed), loaded on demand."""
    path = Path(path)
    inline_max = INLINE_MAX if inline_max is None else inline_max
    chunk_bytes = CHUNK_BYTES if chunk_bytes is None else chunk_bytes
    data = graph_payload(extraction, max_nodes=max_nodes, seed=seed, title=title)
    folder = chunk_dir(path)
    chunks: list[dict] = []
    payload = _payload_within(data, inline_max)  # the page's data when it fits there
    if payload is None:
        chunks = split_details(data, chunk_bytes)
        data["chunks"] = [f"{folder.name}/c{i:04d}.js" for i in range(len(chunks))]
        index = split_filter_index(data)
        data["index"] = f"{folder.name}/index.js"
        payload = json_for_script(data)
        # the key ties chunk files to this page: a stale file of another build is ignored
        key = _sha256_text(payload)[:16]
        data["key"] = key
        payload = payload[:-1] + f',"key":"{key}"}}'
        folder.mkdir(exist_ok=True)
        wanted = set()
        for i, chunk in enumerate(chunks):
            f = folder / f"c{i:04d}.js"
            wanted.add(f.name)
            with open(f, "w", encoding="utf-8", newline="\n") as out:
                out.write(chunk_script(key, i, chunk))
        with open(folder / "index.js", "w", encoding="utf-8", newline="\n") as out:
            out.write(chunk_script(key, -1, index))
        wanted.add("index.js")
        for old in list(folder.glob("c*.js")) + list(folder.glob("index.js")):
            if old.name not in wanted:
                old.unlink()
    elif folder.is_dir():
        for old in list(folder.glob("c*.js")) + list(folder.glob("index.js")):
            old.unlink()
        try:
            folder.rmdir()
        except OSError:
            pass
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for part in _page_parts(data, title, chunked=bool(chunks), payload=payload):
            f.write(part)
    return path


TEXT_SLICE = 1 << 20  # characters encoded at a time when a big text is hashed or written


def _slices(text: str):
    """`text` in slices of TEXT_SLICE characters (a str slice copies: one slice at a time)."""
    for i in range(0, len(text), TEXT_SLICE):
        yield text[i:i + TEXT_SLICE]


def _sha256_text(text: str) -> str:
    """sha256 of `text` in UTF-8, encoded slice by slice (not a second copy of a big payload).
    The same digest: UTF-8 of a concatenation is the concatenation of the UTF-8 of its parts
    (a slice boundary inside a surrogate pair cannot occur: Python strings hold code points)."""
    h = hashlib.sha256()
    for part in _slices(text):
        h.update(part.encode("utf-8"))
    return h.hexdigest()


def _page_parts(data: dict, title: str, chunked: bool, payload: str | None = None):
    """The text of `_page`, in parts: the template around the data, and the data in slices,
    so the page is written without a second copy of its payload (and a third in UTF-8)."""
    payload = json_for_script(data) if payload is None else payload
    mark = "\x00govkg-data\x00"  # no template or asset holds a NUL
    page = _page(data, title, chunked, payload=mark)
    head, sep, tail = page.partition(mark)
    if page.count(mark) != 1:  # a title holding the mark (never the shipped template)
        yield _page(data, title, chunked, payload=payload)
        return
    yield head
    yield from _slices(payload)
    yield tail
