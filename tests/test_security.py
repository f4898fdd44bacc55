"""Hostile input: document text never becomes markup or SPARQL, outputs stay inside --out, the
server is local and read-only by default, and nothing evaluates or unpickles what it reads.

(Browser-level XSS checks are in test_browser.py; query-parameter escaping at the API level is in
test_query.py.  These tests go through the real `kg` command with payloads in the input files.)
"""
from __future__ import annotations

import ast
import builtins
import json
import pickle
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from conftest import ROOT, SEED

SCRIPT = "</script><script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
INJECT = '关于"}} DROP ALL ; INSERT DATA {<urn:a> <urn:b> <urn:c>} #的通知'
INJECT2 = "{'x'}\\\") . } #行动"
TEXT = (f"邯郸市科技局印发《{SCRIPT}实施方案》，推进“{IMG}”行动。邯郸市科技局印发《{INJECT}》，"
        f"要求各县落实。邯郸市科技局开展“{INJECT2}”。馆陶县23个项目开工，总投资53.65亿元。")


def _kg(*args, **kw):
    return subprocess.run([sys.executable, "-m", "kg", *map(str, args)], capture_output=True,
                          text=True, cwd=ROOT, **kw)


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory):
    base = tmp_path_factory.mktemp("hostile")
    corpus = base / "corpus"
    corpus.mkdir()
    (corpus / f"news{IMG}.txt").write_text(TEXT, encoding="utf-8")  # markup in a file name too
    records = [{"id": "../../etc/x", "title": SCRIPT, "text": "魏县人力资源和社会保障局举办招聘会。"},
               {"id": "/abs/path", "text": "邱县开展“云执法”。"},
               {"id": "..\\..\\win", "text": "馆陶县开展“云执法”。"},
               {"id": "a\nb", "text": "邯郸市开展“云执法”。"}]
    (corpus / "c.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records),
                                    encoding="utf-8")
    out = base / "nest" / "out"
    before = {p for p in base.rglob("*")}
    r = _kg("build", corpus, "--out", out, "--quiet", "--no-cache")
    assert r.returncode == 0, r.stderr
    ex = json.loads((out / "extraction.json").read_text(encoding="utf-8"))
    return base, out, before, ex


# -------------------------------------------------------------------------------- the page

def _strings(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for v in obj.values():
            yield from _strings(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from _strings(v)


def _data_block(page: str) -> str:
    blocks = re.findall(r'<script id="kg-data" type="application/json">(.*?)</script>', page, re.S)
    assert len(blocks) == 1
    return blocks[0]


def test_document_text_is_never_markup_in_graph_html(hostile_build, sample_build):
    _, out, _, ex = hostile_build
    names = {e["name"] for e in ex["entities"]}
    assert f"{SCRIPT}实施方案" in names  # the payload really reached the graph
    page = (out / "graph.html").read_text(encoding="utf-8")
    block = _data_block(page)
    data = json.loads(block)  # the block ends where it should: the payload did not close it
    strings = "\n".join(_strings(data))
    assert SCRIPT in strings and IMG in strings and INJECT in strings
    assert "<" not in block and ">" not in block
    outside = page.replace(block, "")
    for needle in ("alert(1)", "onerror=alert", "<img src=x", INJECT[:8]):
        assert needle not in outside, needle
    # the page has exactly the script elements of a page built from harmless text
    benign = (sample_build[0] / "graph.html").read_text(encoding="utf-8")
    benign_outside = benign.replace(_data_block(benign), "")
    assert outside.count("<script") == benign_outside.count("<script")
    assert outside.count("<img") == benign_outside.count("<img")


def test_payloads_stay_data_in_rdf_and_graphml(hostile_build):
    import networkx as nx
    import rdflib
    _, out, _, ex = hostile_build
    names = {e["name"] for e in ex["entities"]}
    g = rdflib.Graph().parse(out / "graph.ttl", format="turtle")
    labels = {str(o) for o in g.objects(None, rdflib.RDFS.label)}
    assert {f"{SCRIPT}实施方案", INJECT, INJECT2} <= labels
    assert not list(g.triples((rdflib.URIRef("urn:a"), None, None)))
    gm = nx.read_graphml(out / "graph.graphml")
    assert {d.get("label") for _, d in gm.nodes(data=True)} == names


# ----------------------------------------------------------------------------- the output

def test_outputs_land_only_inside_out(hostile_build):
    base, out, before, ex = hostile_build
    created = {p for p in base.rglob("*")} - before
    assert created and all(p == out or out in p.parents or p in out.parents for p in created), \
        sorted(map(str, created - {out}))
    assert not (base / "etc").exists() and not Path("/abs/path").exists()
    for d in ex["documents"]:
        assert re.fullmatch(r"[a-z0-9][a-z0-9_-]*", d["id"]), d["id"]
    sources = {d["source"] for d in ex["documents"]}
    assert "corpus/c.jsonl#../../etc/x" in sources  # kept as data, used for no path


# --------------------------------------------------------------------------------- SPARQL

def _count(out) -> int:
    r = _kg("query", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", "--out", out,
            "--format", "json")
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)[0]["n"]


@pytest.mark.parametrize("name", [INJECT, INJECT2, f"{SCRIPT}实施方案"])
def test_entity_names_with_quotes_and_braces_are_one_parameter(hostile_build, name):
    _, out, _, _ = hostile_build
    n = _count(out)
    r = _kg("query", "entity-facts", "--param", f"entity={name}", "--out", out, "--format", "json")
    assert r.returncode == 0, r.stderr
    rows = json.loads(r.stdout)
    assert rows and all(name in (row.get("subjectName"), row.get("objectName")) for row in rows)
    assert _count(out) == n


@pytest.mark.parametrize("value", ['x" } ; DELETE WHERE { ?s ?p ?o } #', "x\n} DELETE WHERE { ?s ?p ?o }",
                                   "x\\\" ) } }", "邯郸市\"@zh } UNION { ?e ?p ?o } #"])
def test_parameter_values_cannot_change_the_query(hostile_build, value):
    _, out, _, _ = hostile_build
    n = _count(out)
    r = _kg("query", "entity-facts", "--param", f"entity={value}", "--out", out, "--format", "json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout) == []  # no entity has that name: nothing, and nothing else
    assert _count(out) == n


def test_updates_and_bad_parameter_names_are_refused(hostile_build):
    _, out, _, _ = hostile_build
    n = _count(out)
    r = _kg("query", "DELETE WHERE { GRAPH ?g { ?s ?p ?o } }", "--out", out)
    assert r.returncode == 2
    r = _kg("query", "SELECT ?s WHERE { ?s ?p ?o } LIMIT 1", "--param", "s} ?x {=1", "--out", out)
    assert r.returncode == 2 and "parameter" in r.stderr
    assert _count(out) == n


# --------------------------------------------------------------------------------- serve

def test_serve_defaults_are_local_and_read_only():
    from kg.cli import _parser
    args = _parser().parse_args(["serve"])
    assert args.host == "127.0.0.1" and args.writable is False


def _listening_addresses(port: int) -> set[str]:
    """Local addresses with a socket listening on `port` (from /proc/net/tcp and tcp6)."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            local, _, state = line.split()[1:4]
            addr, p = local.split(":")
            if state == "0A" and int(p, 16) == port:  # 0A: LISTEN
                if len(addr) == 8:
                    found.add(socket.inet_ntoa(bytes.fromhex(addr)[::-1]))
                else:
                    found.add(socket.inet_ntop(socket.AF_INET6, b"".join(
                        bytes.fromhex(addr[i:i + 8])[::-1] for i in range(0, 32, 8))))
    return found


def _serve(out, *extra):
    from kg.serve import free_port
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--out", str(out), "--port",
                             str(port), *extra], cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    for _ in range(600):  # wait for the port (bounded by attempts, not timed)
        if proc.poll() is not None:
            raise AssertionError(f"kg serve exited with {proc.returncode}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return proc, port
        except OSError:
            time.sleep(0.05)
    proc.kill()
    raise AssertionError("kg serve did not listen")


def _post(url, body: bytes, ctype: str, method="POST") -> int:
    req = urllib.request.Request(url, data=body, method=method, headers={"Content-Type": ctype})
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return resp.status
    except urllib.error.HTTPError as e:
        return e.code


def test_kg_serve_listens_on_loopback_only_and_refuses_writes(hostile_build):
    _, out, _, _ = hostile_build
    n = _count(out)
    proc, port = _serve(out)
    try:
        if Path("/proc/net/tcp").exists():
            assert _listening_addresses(port) == {"127.0.0.1"}
        base = f"http://127.0.0.1:{port}"
        assert _post(base + "/update", b"DELETE WHERE { GRAPH ?g { ?s ?p ?o } }",
                     "application/sparql-update") >= 400
        assert _post(base + "/store?default", b"<urn:a> <urn:b> <urn:c> .", "text/turtle",
                     "PUT") >= 400
        assert _post(base + "/store?default", b"", "text/turtle", "DELETE") >= 400
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    assert _count(out) == n


def test_kg_serve_writable_only_when_asked(tmp_path):
    out = tmp_path / "out"
    assert _kg("build", SEED, "--out", out, "--quiet", "--no-cache", "--formats", "trig").returncode == 0
    proc, port = _serve(out, "--writable")
    try:
        assert _post(f"http://127.0.0.1:{port}/update", b"INSERT DATA { <urn:a> <urn:b> <urn:c> }",
                     "application/sparql-update") in (200, 204)
    finally:
        proc.terminate()
        proc.wait(timeout=30)


# ------------------------------------------------------------------------ no code from data

UNSAFE_CALLS = {"eval", "exec", "compile", "__import__"}
UNSAFE_ATTRS = {("pickle", "load"), ("pickle", "loads"), ("marshal", "load"), ("marshal", "loads"),
                ("yaml", "load"), ("yaml", "unsafe_load"), ("dill", "load"), ("dill", "loads"),
                ("shelve", "open"), ("pd", "read_pickle"), ("pandas", "read_pickle"),
                ("torch", "load"), ("jsonpickle", "decode")}


def test_nothing_in_kg_evaluates_or_unpickles_what_it_reads():
    """No eval/exec/compile, no plain pickle/marshal/yaml loading, no shell=True anywhere in kg/
    (the extraction cache unpickles only through its restricted Unpickler, tested below)."""
    found = []
    for path in sorted((ROOT / "kg").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            f = node.func
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            if isinstance(f, ast.Name) and f.id in UNSAFE_CALLS:
                found.append(f"{where} {f.id}()")
            if isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) and \
                    (f.value.id, f.attr) in UNSAFE_ATTRS:
                found.append(f"{where} {f.value.id}.{f.attr}()")
            if isinstance(f, ast.Attribute) and f.attr == "load" and any(
                    kw.arg == "allow_pickle" and getattr(kw.value, "value", False) for kw in node.keywords):
                found.append(f"{where} load(allow_pickle=True)")
            if any(kw.arg == "shell" and getattr(kw.value, "value", False) for kw in node.keywords):
                found.append(f"{where} shell=True")
    assert not found, found


class _Planted:
    """A pickle that would create a file when loaded."""

    def __init__(self, marker):
        self.marker = marker

    def __reduce__(self):
        return (builtins.open, (self.marker, "w"))


def test_a_planted_cache_shard_cannot_run_code(tmp_path):
    """The extraction cache lives in the output directory, which may come from someone else."""
    out = tmp_path / "out"
    assert _kg("build", SEED, "--out", out, "--quiet", "--formats", "json").returncode == 0
    shards = list((out / ".cache").rglob("*.pickle"))
    assert shards
    marker = tmp_path / "planted-code-ran"
    for s in shards:
        s.write_bytes(pickle.dumps(_Planted(str(marker))))
    r = _kg("build", SEED, "--out", out, "--quiet", "--formats", "json")
    assert r.returncode == 0, r.stderr
    assert not marker.exists()
    ex = json.loads((out / "extraction.json").read_text(encoding="utf-8"))
    assert ex["documents"] and ex["entities"]  # the shard was a miss: extracted again
