"""Serve a build over SPARQL with the real `oxigraph` server, and push it to any Graph Store.

Why: analysts and other tools (YASGUI, Jena, R/pandas over HTTP) expect a SPARQL 1.1 endpoint,
and bigger deployments (Fuseki, QLever, GraphDB) ingest via the SPARQL 1.1 Graph Store Protocol.
`serve` runs the `oxigraph` CLI from the PyPI package `oxigraph` on the build's store directory
(read-only by default); `push` PUTs each named graph of graph.trig to a Graph Store endpoint, so
re-pushing a re-extracted document replaces exactly that document's graph.

`kg serve` puts a small front (`Front`) before the oxigraph process, on the port the user
asked for: it forwards every request, declares for a query the prefixes `kg query` predeclares
(`govkg:`, `rdfs:` … — the README's examples then run over HTTP as they are), answers
`/prefixes` with their PREFIX lines, and turns oxigraph's parse error (pages of expected
character classes) into one line.  It answers the named queries itself (`GET /query` lists them,
`GET /query/NAME?param=…&limit=&offset=&format=json|csv` runs one) with `kg.query.execute` on a
read-only handle of the store, so that HTTP clients get the plans `kg query` uses (lookups, page
plans) rather than the query text an endpoint would run as written.  Such a query runs in the
front's thread and is not stopped by `--timeout` (oxigraph's own limit applies to /query only).
"""
from __future__ import annotations

import hashlib
import http.client
import http.server
import json
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from .export.rdf import ENTITIES_GRAPH, PREFIXES
from .store import build_store, is_current, store_path


QUERY_TIMEOUT = 300.0  # seconds a served query may run (`kg serve --timeout`)


class ServeError(Exception):
    """The oxigraph server could not be started."""


class PushError(Exception):
    """A graph could not be sent to the Graph Store endpoint."""


@dataclass(frozen=True)
class PushResult:
    graph: str  # graph IRI, or "default"
    status: int
    triples: int


def oxigraph_binary() -> str:
    """The `oxigraph` CLI next to this interpreter (the venv's bin), else on PATH."""
    here = Path(sys.executable).parent / "oxigraph"
    if here.is_file():
        return str(here)
    found = shutil.which("oxigraph")
    if found:
        return found
    raise ServeError("the `oxigraph` command is not installed (pip install oxigraph)")


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return s.getsockname()[1]


class Server:
    """A running `oxigraph serve` process."""

    def __init__(self, proc: subprocess.Popen, host: str, port: int):
        self.proc = proc
        self.host = host
        self.port = port

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def query_url(self) -> str:
        return self.base_url + "/query"

    @property
    def store_url(self) -> str:
        return self.base_url + "/store"

    def query(self, sparql: str) -> dict:
        """SPARQL 1.1 Protocol GET; returns the SPARQL JSON results."""
        url = self.query_url + "?" + urllib.parse.urlencode({"query": sparql})
        req = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
        with urllib.request.urlopen(req, timeout=30) as resp:
            return json.loads(resp.read().decode("utf-8"))

    def stop(self, grace: float = 10.0, after_kill: float = 5.0) -> int | None:
        """Terminate the server, kill it after `grace` s; bounded even if an interrupt once left
        the Popen's wait lock held (then the waits time out instead of blocking forever)."""
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=grace)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                try:
                    self.proc.wait(timeout=after_kill)
                except subprocess.TimeoutExpired:
                    pass
        return self.proc.returncode

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()


def _wait_ready(proc: subprocess.Popen, host: str, port: int, attempts: int = 200) -> None:
    for _ in range(attempts):
        if proc.poll() is not None:
            err = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
            raise ServeError(f"oxigraph exited with code {proc.returncode}: {err.strip()}")
        try:
            with socket.create_connection((host, port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.05)
    proc.terminate()
    raise ServeError(f"oxigraph did not start listening on {host}:{port}")


def _die_with_parent() -> None:  # pragma: no cover - runs in the child before exec
    """Linux: have the kernel send SIGTERM to the server when the process that started it dies,
    even by SIGKILL, so no orphaned oxigraph keeps a port and the store open."""
    try:
        import ctypes
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _check_port_free(host: str, port: int) -> None:
    """Fail before starting oxigraph when the port is taken: otherwise the readiness check
    reached the other server, the ready message was printed, and oxigraph died with a
    backtrace."""
    try:
        with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET,
                           socket.SOCK_STREAM) as s:
            # as servers do: connections in TIME_WAIT do not make a port busy, a listener does
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            s.bind((host, port))
            s.listen()
    except OSError as e:
        raise ServeError(f"cannot listen on {host}:{port}: {e.strerror or e} (another server? "
                         f"choose one with --port)") from None


def start_server(location=None, host: str = "127.0.0.1", port: int | None = None,
                 writable: bool = False, quiet: bool = True,
                 timeout: float | None = QUERY_TIMEOUT) -> Server:
    """Start `oxigraph serve[-read-only]` on a store directory (in memory when `location` is
    None, which implies writable) and wait until it accepts connections."""
    if port:
        _check_port_free(host, port)
    port = port or free_port(host)
    cmd = [oxigraph_binary(), "serve" if writable or location is None else "serve-read-only"]
    if location is not None:
        cmd += ["--location", str(location)]
    cmd += ["--bind", f"{host}:{port}"]
    if timeout:
        cmd += ["--timeout-s", str(int(max(1, timeout)))]  # a runaway query stops, server-side
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL if quiet else None,
                            stderr=subprocess.PIPE if quiet else None,
                            preexec_fn=_die_with_parent if sys.platform.startswith("linux")
                            else None)
    _wait_ready(proc, host, port)
    return Server(proc, host, port)


# ---------------------------------------------------------------------- the front

_DECLARED_RE = re.compile(r"(?i)\bPREFIX\s+([A-Za-z][\w.-]*)?:")
_ERROR_AT = re.compile(r"(?i)^error at (\d+):(\d+)")
_HOP_HEADERS = {"connection", "keep-alive", "transfer-encoding", "proxy-connection", "upgrade",
                "te", "trailer", "host", "content-length"}


def with_prefixes(query: str) -> tuple[str, bool]:
    """The query with a PREFIX line for each predeclared prefix (`kg query --prefixes`) it does
    not declare itself, all on one line before it; and whether such a line was added (error
    positions then count one line too many).  Declaring a prefix that is not used is harmless."""
    from .query import QUERY_PREFIXES
    declared = {p or "" for p in _DECLARED_RE.findall(query)}
    missing = [(k, v) for k, v in QUERY_PREFIXES.items() if k not in declared]
    if not missing:
        return query, False
    return " ".join(f"PREFIX {k}: <{v}>" for k, v in missing) + "\n" + query, True


def short_error(message: str, query: str, shifted: bool) -> str:
    """oxigraph's error for a query, as one line: the position (on the user's query, not the
    one with prefixes added) and what went wrong, naming an undeclared prefix."""
    from .query import short_syntax_error
    first = (message.strip().splitlines() or [""])[0]
    m = _ERROR_AT.match(first)
    if m:
        line = int(m.group(1)) - (1 if shifted else 0)
        first = f"error at {max(1, line)}:{m.group(2)}" + first[m.end():]
        return "SPARQL syntax error: " + short_syntax_error(first, query)
    return first if len(first) <= 200 else first[:197] + " …"


class _FrontHandler(http.server.BaseHTTPRequestHandler):
    """Forwards a request to the oxigraph server behind it, adding prefixes to queries."""

    server: "Front"
    protocol_version = "HTTP/1.0"

    def log_message(self, format, *args):  # noqa: A002 - no line per request on stderr
        pass

    def do_GET(self):
        parts = urllib.parse.urlsplit(self.path)
        path = parts.path.rstrip("/")
        if path == "/prefixes":
            return self._prefixes()
        if path.startswith("/query/") or (path == "/query" and self.command in ("GET", "HEAD")
                                          and not _has_query(parts.query)):
            return self._named(path[len("/query/"):], parts.query)
        self._forward()

    do_POST = do_PUT = do_DELETE = do_HEAD = do_OPTIONS = do_GET

    def _prefixes(self) -> None:
        from .query import prefix_declarations
        self._reply(200, "text/plain; charset=utf-8", (
            "# The prefixes `kg serve` (like `kg query`) declares for every query that does not\n"
            "# declare them itself; paste them into queries for another endpoint.\n"
            + prefix_declarations() + "\n").encode("utf-8"))

    def _named(self, name: str, query_string: str) -> None:
        """`GET /query` lists the named queries; `GET /query/NAME?param=…&limit=&offset=&format=`
        runs one, with the plan `kg query` uses (lookups included), on the store the front
        opened once.  Errors are one line: 404 unknown name, 400 bad parameter, 405 not GET."""
        if self.command not in ("GET", "HEAD"):
            return self._error(405, f"{self.command} /query/{name}: named queries answer GET",
                               [("Allow", "GET, HEAD")])
        try:
            if not name:
                return self._reply(200, "application/json; charset=utf-8",
                                   (json.dumps(named_query_list(), ensure_ascii=False, indent=2)
                                    + "\n").encode("utf-8"))
            status, ctype, body, headers = self.server.run_named(
                urllib.parse.unquote(name), query_string)
        except NamedQueryError as e:
            return self._error(e.status, str(e), e.headers)
        self._reply(status, ctype, body, headers)

    def _error(self, status: int, message: str, headers=()) -> None:
        self._reply(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"),
                    headers)

    def _reply(self, status: int, ctype: str, body: bytes, headers=()) -> None:
        self.send_response(status)
        for k, v in headers:
            self.send_header(k, v)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _forward(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        path, query, shifted = self._rewrite(body)
        if query is not None and self.command == "POST":
            body = query.encode("utf-8") if self._ctype() == "application/sparql-query" else \
                urllib.parse.urlencode(self._form(body, query)).encode("utf-8")
        headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP_HEADERS}
        conn = http.client.HTTPConnection(*self.server.backend, timeout=self.server.timeout)
        try:
            conn.request(self.command, path, body=body or None, headers=headers)
            resp = conn.getresponse()
            data = resp.read()
        except OSError as e:
            return self._reply(502, "text/plain; charset=utf-8",
                               f"the SPARQL server did not answer: {e}\n".encode("utf-8"))
        finally:
            conn.close()
        ctype = resp.getheader("Content-Type") or "application/octet-stream"
        if resp.status == 400 and self._original is not None:
            message = short_error(data.decode("utf-8", "replace"), self._original, shifted)
            return self._reply(400, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"))
        extra = [(k, v) for k, v in resp.getheaders()
                 if k.lower() not in _HOP_HEADERS and k.lower() != "content-type"]
        self._reply(resp.status, ctype, data, extra)

    def _ctype(self) -> str:
        return (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()

    def _form(self, body: bytes, query: str) -> list[tuple[str, str]]:
        pairs = urllib.parse.parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True)
        return [(k, query if k == "query" else v) for k, v in pairs]

    def _rewrite(self, body: bytes) -> tuple[str, str | None, bool]:
        """The path to forward, and the query with its prefixes when this is a query request
        (GET ?query=, POST form or application/sparql-query on /query)."""
        self._original = None
        parts = urllib.parse.urlsplit(self.path)
        if parts.path.rstrip("/") != "/query":
            return self.path, None, False
        if self.command == "GET":
            pairs = urllib.parse.parse_qsl(parts.query, keep_blank_values=True)
            text = next((v for k, v in pairs if k == "query"), None)
            if text is None:
                return self.path, None, False
            self._original = text
            query, shifted = with_prefixes(text)
            qs = urllib.parse.urlencode([(k, query if k == "query" else v) for k, v in pairs])
            return urllib.parse.urlunsplit(("", "", parts.path, qs, "")), query, shifted
        if self.command == "POST":
            if self._ctype() == "application/sparql-query":
                text = body.decode("utf-8", "replace")
            else:
                text = next((v for k, v in urllib.parse.parse_qsl(
                    body.decode("utf-8", "replace"), keep_blank_values=True) if k == "query"), None)
            if text is None:
                return self.path, None, False
            self._original = text
            query, shifted = with_prefixes(text)
            return self.path, query, shifted
        return self.path, None, False


def _has_query(query_string: str) -> bool:
    return any(k == "query" for k, _ in urllib.parse.parse_qsl(query_string,
                                                              keep_blank_values=True))


class NamedQueryError(Exception):
    """A named-query request that cannot be answered, with its HTTP status."""

    def __init__(self, status: int, message: str, headers=()):
        super().__init__(message)
        self.status = status
        self.headers = list(headers)


_ROUTE_KEYS = ("limit", "offset", "format")
_ROUTE_TYPES = {"json": "application/json; charset=utf-8", "csv": "text/csv; charset=utf-8",
                "table": "text/plain; charset=utf-8"}


def named_query_list() -> list[dict]:
    """What `GET /query` answers: each named query's name, description, parameters and route."""
    from .query import list_queries
    return [{"name": q.name, "description": q.description, "route": f"/query/{q.name}",
             "parameters": [{"name": p.name, "required": p.required,
                             "description": p.description} for p in q.param_specs]}
            for q in list_queries()]


def named_request(name: str, query_string: str):
    """The parts of `GET /query/NAME?…`: (NamedQuery, params, limit, offset, format), checked
    before anything runs, so that a bad request is a 4xx and never reaches the store."""
    from .query import FORMATS, QueryError, bind_params, check_page, get_query
    try:
        named = get_query(name)
    except QueryError as e:
        raise NamedQueryError(404, str(e)) from None
    pairs = urllib.parse.parse_qsl(query_string, keep_blank_values=True)
    seen: dict[str, str] = {}
    for k, v in pairs:
        if k in seen:
            raise NamedQueryError(400, f"parameter {k!r} given twice")
        seen[k] = v
    fmt = seen.pop("format", "json")
    if fmt not in FORMATS:
        raise NamedQueryError(400, f"format {fmt!r}: use one of {', '.join(FORMATS)}")
    try:
        limit, offset = check_page(seen.pop("limit", None), seen.pop("offset", None))
        params = {k: v for k, v in seen.items() if k not in _ROUTE_KEYS}
        bind_params(named.text, params, named)
    except QueryError as e:
        raise NamedQueryError(400, str(e).replace("needs --param ", "needs the parameter(s) ")
                              .replace("=…", "")) from None
    return named, params, limit, offset, fmt


def _next_link(name: str, params: dict, limit: int, offset: int, fmt: str) -> str:
    qs = urllib.parse.urlencode(sorted(params.items()) + [("limit", limit),
                                                          ("offset", offset + limit),
                                                          ("format", fmt)])
    return f"</query/{urllib.parse.quote(name)}?{qs}>; rel=\"next\""


class Front(http.server.ThreadingHTTPServer):
    """The HTTP front of `kg serve` on the user's port; `backend` is the oxigraph server's
    (host, port), switched when a new build restarts it.  It also answers the named queries
    (`/query/NAME`) itself, with `kg.query.execute` on a read-only handle of the build's store
    opened once (`out_dir`; None or a writable server: no named queries, since a read-only
    handle beside a writing process is undefined behaviour in RocksDB)."""

    daemon_threads = True

    def __init__(self, host: str, port: int, backend: tuple[str, int], timeout: float | None,
                 out_dir=None):
        self.backend = backend
        self.timeout = (timeout or QUERY_TIMEOUT) + 30
        self.out_dir = out_dir
        self._store = None
        self._store_lock = threading.Lock()
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        self.address_family = family
        super().__init__((host, port), _FrontHandler)
        self.thread = threading.Thread(target=self.serve_forever, name="kg-serve-front",
                                       daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.shutdown()
        self.server_close()
        self.forget_store()

    def forget_store(self) -> None:
        """Drop the store handle (before the store is rebuilt); the next request reopens it."""
        with self._store_lock:
            self._store = None
        import gc
        gc.collect()

    def store(self) -> ox.Store:
        """The read-only handle of the build's store, opened on first use."""
        if self.out_dir is None:
            raise NamedQueryError(503, "named queries are answered by the read-only server "
                                  "(kg serve without --writable); send SPARQL to /query")
        with self._store_lock:
            if self._store is None:
                try:
                    self._store = ox.Store.read_only(str(store_path(self.out_dir)))
                except (OSError, ValueError, RuntimeError) as e:
                    raise NamedQueryError(503, f"cannot open the store: {e}") from None
            return self._store

    def run_named(self, name: str, query_string: str):
        """(status, content type, body, headers) of one named query's page of rows."""
        from .query import QueryError, execute, render
        named, params, limit, offset, fmt = named_request(name, query_string)
        try:
            cols, rows = execute(self.store(), named.text, params, named, limit, offset)
        except QueryError as e:
            raise NamedQueryError(500, str(e)) from None
        headers = [("X-Rows", str(len(rows)))]
        if limit is not None and len(rows) == limit and limit > 0:
            headers.append(("Link", _next_link(named.name, params, limit, offset, fmt)))
        return 200, _ROUTE_TYPES[fmt], (render(cols, rows, fmt) + "\n").encode("utf-8"), headers


def _drain(proc: subprocess.Popen) -> None:
    """Read the backend's stderr in the background so that its pipe never fills."""
    if proc.stderr is not None:
        threading.Thread(target=lambda: proc.stderr.read(), daemon=True).start()


def serve(out_dir, host: str = "127.0.0.1", port: int = 7878, writable: bool = False,
          timeout: float | None = QUERY_TIMEOUT, poll: float = 2.0) -> int:
    """Serve the build in `out_dir` until interrupted; returns the exit code.

    The default graph is the union of all named graphs (as for `kg query`; see kg.store), and
    GRAPH ?g reaches each document's graph.  The store is (re)built from graph.trig first when
    missing or stale, except in writable mode, where an existing store is served as is so that
    earlier updates are not thrown away (updates to a named graph do not touch the union)."""
    from .store import StoreError, check_store
    try:
        if not store_path(out_dir).is_dir() or (not writable and not is_current(out_dir)):
            build_store(out_dir)
        if not writable:
            check_store(out_dir)
            _forget_open_store(out_dir)  # the server opens it; this process must not hold it
    except (StoreError, OSError, ValueError) as e:
        print(f"kg: error: {e}", file=sys.stderr)
        return 1
    server = front = None
    stop = _Interrupts()
    try:
        _check_port_free(host, port)
        server = _backend(out_dir, writable, timeout)
        try:
            front = Front(host, port, ("127.0.0.1", server.port), timeout,
                          None if writable else out_dir)
        except OSError as e:
            raise ServeError(f"cannot listen on {host}:{port}: {e.strerror or e}") from None
        base = f"http://{host if ':' not in host else '[' + host + ']'}:{port}"
        mode = "read-write" if writable else "read-only"
        print(f"SPARQL endpoint ({mode}): {base}/query   Graph Store: {base}/store\n"
              f"The prefixes kg query predeclares (govkg:, rdfs: …) are declared for every query "
              f"that does not declare them: {base}/prefixes lists them.\n"
              f"Named queries (as kg query runs them): {base}/query lists them, "
              f"{base}/query/NAME?param=…&limit=…&offset=…&format=json|csv runs one.\n"
              f"Query editor: {base}/   Ctrl-C to stop.", file=sys.stderr, flush=True)
        seen = _trig_stat(out_dir)
        while True:
            code = _wait_quietly(server, stop, poll)
            if stop.requested:
                return 0
            if code is not None:
                return code
            now = _trig_stat(out_dir)
            if writable or now is None or now == seen:
                continue
            # a rebuild replaced graph.trig: serve the new build, not the old store
            seen = now
            stopping, server = server, None
            stopping.stop()
            front.forget_store()
            build_store(out_dir)
            _forget_open_store(out_dir)
            server = _backend(out_dir, writable, timeout)
            front.backend = ("127.0.0.1", server.port)
            print("kg serve: graph.trig changed: store rebuilt, now serving the new build",
                  file=sys.stderr, flush=True)
    except (ServeError, StoreError, OSError) as e:
        print(f"kg: error: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 0
    finally:
        stop.restore()
        if front is not None:
            front.close()
        if server is not None:
            server.stop()


def _backend(out_dir, writable: bool, timeout: float | None) -> Server:
    """The oxigraph server of the build's store, on a free local port behind the front."""
    server = start_server(store_path(out_dir), "127.0.0.1", None, writable, quiet=True,
                          timeout=timeout)
    _drain(server.proc)
    return server


def _trig_stat(out_dir) -> tuple | None:
    try:
        st = (Path(out_dir) / "graph.trig").stat()
    except OSError:
        return None
    return (st.st_ino, st.st_mtime_ns, st.st_size)


def _forget_open_store(out_dir) -> None:
    import gc
    from . import store as st
    st._OPEN.pop(str(store_path(out_dir).resolve()), None)
    gc.collect()


class _Interrupts:
    """SIGINT and SIGTERM (Ctrl-C, kill, service managers, test harnesses) stop `kg serve`.

    While the server only waits (`quiet` is set) a signal sets `requested`, checked between
    short sleeps; anywhere else (start-up, a store rebuild) it raises KeyboardInterrupt as
    usual.  Why not always raise: an exception raised inside `Popen.wait`/`poll` can land
    between their lock's acquire and its `try`, leaving the lock held, and stopping the
    oxigraph child afterwards then waited for that lock forever (a rare hang on Ctrl-C)."""

    def __init__(self):
        self.requested = False
        self.quiet = False
        self.previous = {}
        for sig in (signal.SIGINT, signal.SIGTERM):
            try:
                self.previous[sig] = signal.signal(sig, self._handle)
            except ValueError:  # not the main thread: signals are not ours to take
                break

    def _handle(self, _signum, _frame):
        if self.quiet:
            self.requested = True
        else:
            raise KeyboardInterrupt

    def restore(self) -> None:
        """Give the signals back to whoever had them (a later Ctrl-C interrupts as usual)."""
        for sig, handler in self.previous.items():
            signal.signal(sig, handler)
        self.previous = {}


def _wait_quietly(server: Server, stop: _Interrupts, poll: float, step: float = 0.1):
    """Wait up to `poll` seconds for the oxigraph server to exit (its exit code) or for a stop
    request (None), in short sleeps during which a signal only sets `stop.requested`."""
    stop.quiet = True
    try:
        deadline = time.monotonic() + poll
        while not stop.requested:
            code = server.proc.poll()
            if code is not None:
                return code
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            time.sleep(min(step, left))
        return None
    finally:
        stop.quiet = False


# ---------------------------------------------------------------------- Graph Store push

def graphs_of(out_dir) -> dict[str, list[ox.Triple]]:
    """graph.trig split by graph name ("default" for the default graph), triples sorted."""
    trig = Path(out_dir) / "graph.trig"
    if not trig.is_file():
        raise FileNotFoundError(f"{trig} not found: run `kg build --out {out_dir}` first")
    graphs: dict[str, list[ox.Triple]] = defaultdict(list)
    for q in ox.parse(path=str(trig), format=ox.RdfFormat.TRIG):
        name = "default" if isinstance(q.graph_name, ox.DefaultGraph) else q.graph_name.value
        graphs[name].append(ox.Triple(q.subject, q.predicate, q.object))
    return {g: sorted(ts, key=str) for g, ts in sorted(graphs.items())}


def push(out_dir, endpoint_url: str, timeout: float = 120.0) -> list[PushResult]:
    """Send every graph of the build to a SPARQL 1.1 Graph Store endpoint (e.g.
    http://127.0.0.1:7878/store for oxigraph, http://host:3030/ds/data for Fuseki).

    Every graph is PUT, which replaces it, so pushing again is idempotent.  The entities graph
    is sent as `…/graph/entities/<corpus>`, `<corpus>` a hash of the build's document ids: every
    build named its entities graph the same, so pushing a second corpus wiped the first one's
    entities.  A corpus whose documents change gets a new entities graph (drop the old one with
    a Graph Store DELETE)."""
    parts = urllib.parse.urlsplit(endpoint_url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise PushError(f"--endpoint {endpoint_url!r}: not an http(s) URL (e.g. "
                        f"http://127.0.0.1:7878/store)")
    results = []
    graphs = graphs_of(out_dir)
    if ENTITIES_GRAPH in graphs:
        docs = sorted(g for g in graphs if g not in (ENTITIES_GRAPH, "default"))
        corpus = hashlib.sha1("\n".join(docs).encode("utf-8")).hexdigest()[:12]
        graphs[f"{ENTITIES_GRAPH}/{corpus}"] = graphs.pop(ENTITIES_GRAPH)
    for graph, triples in graphs.items():
        sep = "&" if "?" in endpoint_url else "?"
        target = endpoint_url + sep + ("default" if graph == "default"
                                       else "graph=" + urllib.parse.quote(graph, safe=""))
        body = ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)
        req = urllib.request.Request(target, data=body, method="PUT",
                                     headers={"Content-Type": "text/turtle; charset=utf-8"})
        try:
            with urllib.request.urlopen(req, timeout=timeout) as resp:
                status = resp.status
        except urllib.error.HTTPError as e:
            detail = e.read().decode("utf-8", "replace")[:500]
            raise PushError(f"{req.get_method()} {target}: HTTP {e.code} {e.reason}: {detail}") from e
        except urllib.error.URLError as e:
            raise PushError(f"{req.get_method()} {target}: {e.reason}") from e
        except (OSError, ValueError) as e:  # connection reset, bad port, timeout
            raise PushError(f"{req.get_method()} {target}: {e}") from e
        results.append(PushResult(graph, status, len(triples)))
    return results
