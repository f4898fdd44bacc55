"""The real oxigraph server on the build's store, and Graph Store Protocol push."""
from __future__ import annotations

import copy
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from rdf_fixtures import DOC, sample_extraction  # noqa: E402

from kg import serve as kserve  # noqa: E402
from kg.export import rdf  # noqa: E402
from kg.model import Entity, Evidence  # noqa: E402
from kg.store import build_store, store_path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture()
def out(tmp_path):
    rdf.write_trig(sample_extraction(), tmp_path / "graph.trig")
    return tmp_path


def _count(server, where="?s ?p ?o"):
    # DISTINCT: oxigraph's union default graph yields a triple once per graph holding it
    res = server.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT * WHERE {{ {where} }} }}")
    return int(res["results"]["bindings"][0]["n"]["value"])


def test_read_only_server_answers_sparql_over_the_union_of_graphs(out):
    build_store(out)
    with kserve.start_server(store_path(out)) as server:
        res = server.query("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                           "SELECT ?l WHERE { <https://w3id.org/govkg/id/place/130433> rdfs:label ?l }")
        assert [b["l"]["value"] for b in res["results"]["bindings"]] == ["馆陶县"]
        assert _count(server) == len({(q.subject, q.predicate, q.object)
                                      for q in rdf.quads(sample_extraction())})
        # read-only: updates are refused
        req = urllib.request.Request(server.base_url + "/update", method="POST",
                                     data=b"INSERT DATA { <urn:a> <urn:b> <urn:c> }",
                                     headers={"Content-Type": "application/sparql-update"})
        with pytest.raises(urllib.error.HTTPError):
            urllib.request.urlopen(req, timeout=10)
    assert server.proc.poll() is not None


def test_push_puts_every_named_graph_and_is_idempotent(out):
    with kserve.start_server() as server:  # in-memory, writable
        results = kserve.push(out, server.store_url)
        assert [r.graph for r in results][0] == rdf.BASE + "graph/doc/" + DOC
        assert results[1].graph.startswith(rdf.BASE + "graph/entities/")  # one per corpus
        assert all(r.status in (200, 201, 204) for r in results)
        total = _count(server, "GRAPH ?g { ?s ?p ?o }")
        assert total == sum(r.triples for r in results) == len(rdf.quads(sample_extraction()))
        # a re-extracted document replaces its graph: push a changed build again
        x = copy.deepcopy(sample_extraction())
        x.entities["kj"] = Entity("kj", "Agency", "邯郸市科技局",
                                  mentions=[Evidence(DOC, "s", 0, 2, "A1", None, "r")])
        rdf.write_trig(x, out / "graph.trig")
        again = kserve.push(out, server.store_url)
        assert _count(server, "GRAPH ?g { ?s ?p ?o }") == sum(r.triples for r in again)
        assert _count(server, "GRAPH ?g { ?s ?p ?o }") == len(rdf.quads(x))
        named = server.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        assert {b["g"]["value"] for b in named["results"]["bindings"]} == {r.graph for r in again}


def test_push_to_a_dead_endpoint_is_a_push_error(out):
    port = kserve.free_port()
    with pytest.raises(kserve.PushError):
        kserve.push(out, f"http://127.0.0.1:{port}/store", timeout=5)


def test_push_to_a_read_only_endpoint_reports_the_http_error(out):
    build_store(out)
    with kserve.start_server(store_path(out)) as server:
        with pytest.raises(kserve.PushError, match="HTTP"):
            kserve.push(out, server.store_url)


def test_serve_blocks_until_interrupted_and_exits_cleanly(out):
    port = kserve.free_port()
    code = (f"import sys; sys.path.insert(0, {str(ROOT)!r}); from kg.serve import serve; "
            f"sys.exit(serve({str(out)!r}, port={port}))")
    proc = subprocess.Popen([sys.executable, "-c", code], stderr=subprocess.PIPE)
    try:
        lines = [proc.stderr.readline() for _ in range(2)]  # oxigraph's line and ours
        assert any(b"SPARQL endpoint (read-only)" in line for line in lines), lines
        server = kserve.Server(proc, "127.0.0.1", port)
        assert _count(server, "?s a <https://w3id.org/govkg/ontology#Place>") == 4
    finally:
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=30) == 0


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(c) for c in path.read_text().split()] if path.exists() else []


def _gone(pid: int, attempts: int = 200) -> bool:
    for _ in range(attempts):
        stat = Path(f"/proc/{pid}/stat")
        if not stat.exists() or stat.read_text().split(") ")[-1].startswith("Z"):
            return True
        time.sleep(0.05)
    return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="uses /proc")
@pytest.mark.parametrize("sig,code", [(signal.SIGTERM, 0), (signal.SIGKILL, -9)])
def test_no_orphaned_oxigraph_when_serve_is_terminated_or_killed(out, sig, code):
    port = kserve.free_port()
    script = (f"import sys; sys.path.insert(0, {str(ROOT)!r}); from kg.serve import serve; "
              f"sys.exit(serve({str(out)!r}, port={port}))")
    proc = subprocess.Popen([sys.executable, "-c", script], stderr=subprocess.PIPE)
    try:
        lines = [proc.stderr.readline() for _ in range(2)]
        assert any(b"SPARQL endpoint" in line for line in lines), lines
        (child,) = _children(proc.pid)
        proc.send_signal(sig)
        assert proc.wait(timeout=30) == code
        assert _gone(child), f"oxigraph {child} outlived kg serve"
    finally:
        if proc.poll() is None:
            proc.kill()


@pytest.fixture()
def served(out):
    """`serve()` of the sample build on a free port, in a child process; yields its base URL."""
    port = kserve.free_port()
    code = (f"import sys; sys.path.insert(0, {str(ROOT)!r}); from kg.serve import serve; "
            f"sys.exit(serve({str(out)!r}, port={port}))")
    proc = subprocess.Popen([sys.executable, "-c", code], stderr=subprocess.PIPE)
    try:
        line = proc.stderr.readline()
        assert b"SPARQL endpoint (read-only)" in line, line
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=30) == 0


def _get(url: str, accept: str = "text/csv", data: bytes | None = None,
         ctype: str | None = None) -> tuple[int, str]:
    headers = {"Accept": accept, **({"Content-Type": ctype} if ctype else {})}
    req = urllib.request.Request(url, data=data, headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return resp.status, resp.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8")


def test_served_queries_may_use_the_prefixes_kg_query_predeclares(served):
    """The README's queries run over HTTP without PREFIX lines, by GET, by a POSTed form and by a
    POSTed application/sparql-query body; a query declaring its own prefix keeps it."""
    import urllib.parse
    bare = "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a govkg:Place ; rdfs:label ?l }"
    status, body = _get(served + "/query?" + urllib.parse.urlencode({"query": bare}))
    assert (status, body.splitlines()) == (200, ["n", "4"])
    status, body = _get(served + "/query", data=urllib.parse.urlencode({"query": bare}).encode(),
                        ctype="application/x-www-form-urlencoded")
    assert (status, body.splitlines()) == (200, ["n", "4"])
    status, body = _get(served + "/query", data=bare.encode(), ctype="application/sparql-query")
    assert (status, body.splitlines()) == (200, ["n", "4"])
    own = "PREFIX govkg: <http://example.org/other#> " + bare  # the user's own govkg: wins
    status, body = _get(served + "/query?" + urllib.parse.urlencode({"query": own}))
    assert (status, body.splitlines()) == (200, ["n", "0"])


def test_served_parse_errors_are_one_short_line_on_the_users_query(served):
    import urllib.parse
    query = "SELECT ?p\nWHERE { ?p a foo:Place }"
    status, body = _get(served + "/query?" + urllib.parse.urlencode({"query": query}))
    assert status == 400
    assert body.count("\n") == 1 and len(body) < 200, body
    assert body.startswith("SPARQL syntax error: error at 2:")  # line 2 of the query as sent
    assert "unknown prefix foo:" in body


def test_served_prefixes_page_lists_the_predeclared_prefixes(served):
    from kg.query import QUERY_PREFIXES
    status, body = _get(served + "/prefixes", accept="text/plain")
    assert status == 200
    lines = [ln for ln in body.splitlines() if ln.startswith("PREFIX ")]
    assert lines == [f"PREFIX {k}: <{v}>" for k, v in QUERY_PREFIXES.items()]
    assert "PREFIX govkg: <https://w3id.org/govkg/ontology#>" in lines


def test_with_prefixes_adds_only_what_a_query_does_not_declare():
    query, shifted = kserve.with_prefixes("PREFIX rdfs: <http://x/>\nSELECT * WHERE { ?s ?p ?o }")
    assert shifted and query.count("\n") == 2
    head = query.splitlines()[0]
    assert "PREFIX govkg: <https://w3id.org/govkg/ontology#>" in head and "PREFIX rdfs:" not in head
    from kg.query import QUERY_PREFIXES
    everything = "\n".join(f"PREFIX {k}: <{v}>" for k, v in QUERY_PREFIXES.items()) + "\nASK {}"
    assert kserve.with_prefixes(everything) == (everything, False)
