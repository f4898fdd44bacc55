"""Serve a build over SPARQL with the real `oxigraph` server, and push it to any Graph Store.

Why: analysts and other tools (YASGUI, Jena, R/pandas over HTTP) expect a SPARQL 1.1 endpoint,
and bigger deployments (Fuseki, QLever, GraphDB) ingest via the SPARQL 1.1 Graph Store Protocol.
`serve` runs the `oxigraph` CLI from the PyPI package `oxigraph` on the build's store directory
(read-only by default); `push` PUTs each named graph of graph.trig to a Graph Store endpoint, so
re-pushing a re-extracted document replaces exactly that document's graph.
"""
from __future__ import annotations

import hashlib
import json
import shutil
import signal
import socket
import subprocess
import sys
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

    def stop(self) -> int:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
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
    server = None
    previous = None
    try:
        # SIGTERM (kill, service managers, test harnesses) stops the server like Ctrl-C does
        previous = signal.signal(signal.SIGTERM, _raise_interrupt)
    except ValueError:  # not the main thread
        pass
    try:
        server = start_server(store_path(out_dir), host, port, writable, quiet=False,
                              timeout=timeout)
        mode = "read-write" if writable else "read-only"
        print(f"SPARQL endpoint ({mode}): {server.query_url}   Graph Store: {server.store_url}\n"
              f"Queries sent here must declare their prefixes (kg query predeclares them): "
              f"`kg query --prefixes` prints the PREFIX lines.\n"
              f"Ctrl-C to stop.", file=sys.stderr, flush=True)
        seen = _trig_stat(out_dir)
        while True:
            try:
                return server.proc.wait(timeout=poll)
            except subprocess.TimeoutExpired:
                pass
            now = _trig_stat(out_dir)
            if writable or now is None or now == seen:
                continue
            # a rebuild replaced graph.trig: serve the new build, not the old store
            seen = now
            server.stop()
            server = None
            build_store(out_dir)
            _forget_open_store(out_dir)
            for _ in range(100):  # the stopped server's socket takes a moment to close
                try:
                    _check_port_free(host, port)
                    break
                except ServeError:
                    time.sleep(0.1)
            server = start_server(store_path(out_dir), host, port, writable, quiet=False,
                                  timeout=timeout)
            print("kg serve: graph.trig changed: store rebuilt, now serving the new build",
                  file=sys.stderr, flush=True)
    except (ServeError, StoreError, OSError) as e:
        print(f"kg: error: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 0
    finally:
        if server is not None:
            server.stop()
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


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


def _raise_interrupt(_signum, _frame):
    raise KeyboardInterrupt


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
