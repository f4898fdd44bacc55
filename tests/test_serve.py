"""The real oxigraph server on the build's store, and Graph Store Protocol push."""
from __future__ import annotations

import copy
import os
import signal
import subprocess
import sys
import threading
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


# ---------------------------------------------------------------------- named queries over HTTP

REAL_PARAMS = {"place": "邯郸市", "entity": "邯郸市生态环境局", "indicator": "投资", "body": "邯郸市"}


@pytest.fixture(scope="module")
def real_served(tmp_path_factory):
    """`kg serve` of a real build of the sample corpus (with its store), in a child process;
    yields (build directory, base URL)."""
    from kg.builder import build, sample_corpus
    d = tmp_path_factory.mktemp("real-served")
    assert not build(sample_corpus(), d, formats=("trig", "turtle", "store")).failed
    port = kserve.free_port()
    code = (f"import sys; sys.path.insert(0, {str(ROOT)!r}); from kg.serve import serve; "
            f"sys.exit(serve({str(d)!r}, port={port}))")
    proc = subprocess.Popen([sys.executable, "-c", code], stderr=subprocess.PIPE)
    try:
        line = proc.stderr.readline()
        assert b"SPARQL endpoint (read-only)" in line, line
        yield d, f"http://127.0.0.1:{port}"
    finally:
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=30) == 0


def _fetch(url: str, method: str = "GET"):
    """(status, headers, body) of a request, HTTP errors included."""
    req = urllib.request.Request(url, method=method)
    try:
        with urllib.request.urlopen(req, timeout=60) as resp:
            return resp.status, resp.headers, resp.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read().decode("utf-8")


def _route(name: str, **params) -> str:
    import urllib.parse
    return f"/query/{name}?" + urllib.parse.urlencode(params)


def test_served_query_list_names_every_named_query_with_its_parameters(real_served):
    import json
    from kg.query import list_queries
    _, base = real_served
    status, headers, body = _fetch(base + "/query")
    assert status == 200 and headers["Content-Type"].startswith("application/json")
    listed = json.loads(body)
    assert [q["name"] for q in listed] == [q.name for q in list_queries()]
    mop = next(q for q in listed if q["name"] == "metrics-of-place")
    assert mop["route"] == "/query/metrics-of-place" and mop["description"]
    assert mop["parameters"][0]["name"] == "place" and mop["parameters"][0]["required"]


def test_served_named_queries_give_the_rows_of_kg_query(real_served):
    """Every named query over HTTP (lookups included) answers row for row what `kg query`
    answers on the same build, as JSON and as CSV."""
    import json
    from kg.query import list_queries, render, run_query
    d, base = real_served
    for q in list_queries():
        params = {p.name: REAL_PARAMS[p.name] for p in q.param_specs if p.required}
        cols, rows = run_query(d, q.name, params)
        status, headers, body = _fetch(base + _route(q.name, **params))
        assert status == 200, (q.name, body)
        assert json.loads(body) == [dict(zip(cols, r)) for r in rows], q.name
        assert "Link" not in headers  # no limit, no next page
        status, _, body = _fetch(base + _route(q.name, format="csv", **params))
        assert (status, body) == (200, render(cols, rows, "csv") + "\n"), q.name


def test_served_pages_are_slices_of_the_whole_result_with_a_next_link(real_served):
    import json
    from kg.query import run_query
    d, base = real_served
    cols, rows = run_query(d, "entity-facts", {"entity": "邯郸市"})
    assert len(rows) > 12
    status, headers, body = _fetch(base + _route("entity-facts", entity="邯郸市", limit=5, offset=7))
    assert status == 200 and headers["X-Rows"] == "5"
    assert json.loads(body) == [dict(zip(cols, r)) for r in rows[7:12]]
    link = headers["Link"]
    assert link.startswith("</query/entity-facts?") and link.endswith('>; rel="next"')
    status, headers, body = _fetch(base + link[1:link.index(">")])
    assert json.loads(body) == [dict(zip(cols, r)) for r in rows[12:17]]
    # past the end: an empty page, and no next link
    status, headers, body = _fetch(base + _route("entity-facts", entity="邯郸市", limit=5,
                                                 offset=len(rows)))
    assert (status, json.loads(body)) == (200, []) and "Link" not in headers


@pytest.mark.parametrize("path,status,words", [
    ("/query/no-such-query", 404, "unknown query 'no-such-query'"),
    ("/query/metrics-of-place", 400, "needs the parameter(s) place"),
    ("/query/places-hierarchy?colour=red", 400, "has no parameter(s) colour"),
    ("/query/places-hierarchy?limit=ten", 400, "limit 'ten'"),
    ("/query/places-hierarchy?offset=-1", 400, "offset '-1'"),
    ("/query/places-hierarchy?format=xml", 400, "format 'xml'"),
    ("/query/places-hierarchy?root=a&root=b", 400, "given twice"),
])
def test_served_named_query_errors_are_one_line_with_their_status(real_served, path, status,
                                                                   words):
    _, base = real_served
    got, headers, body = _fetch(base + path)
    assert got == status and headers["Content-Type"].startswith("text/plain")
    assert body.count("\n") == 1 and words in body, body


def test_served_named_queries_answer_get_only_and_leave_the_endpoint_alone(real_served):
    import urllib.parse
    _, base = real_served
    status, headers, _ = _fetch(base + "/query/places-hierarchy", method="POST")
    assert status == 405 and headers["Allow"] == "GET, HEAD"
    # /query?query=… is still the SPARQL endpoint
    bare = "SELECT (COUNT(*) AS ?n) WHERE { <https://w3id.org/govkg/id/place/130400> a govkg:Place }"
    status, _, body = _fetch(base + "/query?" + urllib.parse.urlencode({"query": bare}))
    assert status == 200 and '"1"' in body.replace(" ", "")


def test_a_signal_while_serving_only_requests_the_stop():
    """Ctrl-C while `kg serve` waits sets a flag instead of raising inside Popen.poll/wait,
    where an exception can leave the child's wait lock held (the rare hang on Ctrl-C)."""
    child = subprocess.Popen(["sleep", "30"])
    stop = kserve._Interrupts()
    try:
        timer = threading.Timer(0.3, lambda: os.kill(os.getpid(), signal.SIGINT))
        timer.start()
        t0 = time.monotonic()
        code = kserve._wait_quietly(kserve.Server(child, "127.0.0.1", 0), stop, poll=20)
        assert code is None and stop.requested
        assert time.monotonic() - t0 < 5
    finally:
        stop.restore()
        child.kill()
        child.wait()
    with pytest.raises(KeyboardInterrupt):  # given back: a later Ctrl-C interrupts as usual
        os.kill(os.getpid(), signal.SIGINT)
        time.sleep(1)


def test_stopping_the_server_is_bounded_even_with_its_wait_lock_held():
    """The state an interrupt inside Popen.wait can leave behind: stop() must still return."""
    child = subprocess.Popen(["sleep", "30"])
    child._waitpid_lock.acquire()
    try:
        t0 = time.monotonic()
        kserve.Server(child, "127.0.0.1", 0).stop(grace=0.5, after_kill=0.5)
        assert time.monotonic() - t0 < 5
    finally:
        child._waitpid_lock.release()
        child.kill()
        child.wait()
