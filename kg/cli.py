"""The `kg` command.  Each subcommand is a thin wrapper over a library function."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import __version__

EXIT_OK, EXIT_INPUT_ERRORS, EXIT_USAGE = 0, 1, 2

EXIT_STATUS = """exit status: 0 everything was built; 1 some inputs could not be read (the rest was
built, see errors.json in the output directory); 2 usage error or nothing could be built.
"""

EPILOG = """examples:
  kg build                          build the sample corpus into output/
  kg query --list                   named SPARQL queries for the analysts' questions
  kg explain 邯郸市生态环境局         why an entity is in the graph
  kg view                           open output/graph.html
  kg eval --gold gold.json          score output/extraction.json against your annotation

""" + EXIT_STATUS

BUILD_EPILOG = """examples:
  kg build                          build the sample corpus into output/
  kg build reports/ news.jsonl      build a directory (recursive) and a JSON Lines corpus
  kg build page.txt --out out/ --formats json,turtle
  kg build page.txt --user-dict my-terms.tsv

""" + EXIT_STATUS

EVAL_EPILOG = """examples:
  kg eval --gold gold.json          score output/extraction.json against your annotation
  kg eval --gold gold.json --source page.txt   extract page.txt now and score it

Only what lies inside the gold's articles (its `articles` line ranges of its `source`) is
scored; the report says how much of the build that was.  The gold format: docs/gold-format.md.
"""


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="kg", description="govkg: knowledge graphs from Chinese "
                                "government news (RDF, GraphML, interactive HTML).",
                                epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--version", action="version", version=f"govkg {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    b = sub.add_parser("build", help="extract a corpus and write the graph outputs",
                       epilog=BUILD_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    b.add_argument("paths", nargs="*", help="files, directories or .jsonl corpora "
                   "(default: the sample corpus shipped with govkg)")
    b.add_argument("--out", default="output", help="output directory (default: output/)")
    b.add_argument("--formats", default="json,turtle,trig,graphml,html",
                   help="comma-separated: json,turtle,trig,graphml,html (default: all five); also nquads, and store (OUT/store/, the SPARQL store kg query and kg serve open, loaded during the build; needs trig)")
    b.add_argument("--user-dict", metavar="FILE", help="user dictionary of agencies, "
                   "programmes, places and aliases (TSV or JSON)")
    b.add_argument("--jobs", "-j", type=_jobs_arg, default="auto", metavar="N",
                   help="worker processes, or auto (default): one for a corpus under 2 MB, "
                   "else one per usable CPU, at most 4; the outputs are the same bytes "
                   "whatever N")
    b.add_argument("--engine", choices=("local", "dask"), default="local",
                   help="where extraction runs: local processes (default) or dask.distributed")
    b.add_argument("--scheduler", metavar="ADDRESS", help="Dask scheduler, e.g. "
                   "tcp://10.0.0.5:8786 (with --engine dask; default: a LocalCluster of --jobs "
                   "workers)")
    b.add_argument("--cache", metavar="DIR", help="extraction cache: unchanged documents are "
                   "not re-extracted (default: OUT/.cache/)")
    b.add_argument("--no-cache", action="store_true", help="extract every document again and "
                   "keep no cache")
    b.add_argument("--strict", action="store_true", help="any unreadable input fails the build "
                   "(nothing is written)")
    b.add_argument("--encoding", metavar="NAME", help="read every input in this encoding "
                   "(e.g. gb18030, big5, utf-8) instead of detecting it")
    b.add_argument("--doc-timeout", type=float, metavar="SECONDS", default=None,
                   help="skip (and report in errors.json) a document whose extraction takes "
                   "longer (default: 300; 0: no limit)")
    b.add_argument("--quiet", "-q", action="store_true", help="print nothing but errors")

    e = sub.add_parser("eval", help="score an extraction against gold annotation "
                       "(docs/gold-format.md)", epilog=EVAL_EPILOG,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    e.add_argument("--gold", required=True, help="gold file (govkg-extraction/1)")
    e.add_argument("--source", help="extract this file now and score it (default: score "
                   "OUT/extraction.json)")
    e.add_argument("--out", default="output", help="build directory with extraction.json")
    e.add_argument("--json", action="store_true", help="print the scores as JSON")
    e.add_argument("--user-dict", metavar="FILE",
                   help="user dictionary for the --source extraction")

    q = sub.add_parser("query", help="run SPARQL (a named query, a .rq file or inline text) "
                       "over a build", epilog="examples:\n  kg query --list\n"
                       "  kg query metrics-of-place --param place=邯郸市\n"
                       "  kg query facts-by-article --limit 100 --offset 200   rows 200-299\n"
                       "  kg query 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' --format csv\n"
                       "  kg query --prefixes > prefixes.rq   the PREFIX lines kg query (and kg serve) "
                       "predeclares",
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    q.add_argument("query", nargs="?", help="named query, path to a .rq file, or SPARQL text")
    q.add_argument("--out", default="output", help="build directory (default: output/)")
    q.add_argument("--param", action="append", default=[], metavar="NAME=VALUE",
                   help="bind a query parameter (safely escaped); repeatable")
    q.add_argument("--format", default="table", choices=("table", "csv", "json"))
    q.add_argument("--list", action="store_true", help="list the named queries")
    q.add_argument("--prefixes", action="store_true", help="print the PREFIX declarations that "
                   "kg query and kg serve predeclare, to paste into queries for another endpoint")
    q.add_argument("--timeout", type=float, default=300.0, metavar="SECONDS",
                   help="give up on a query after this long, exit status 2 (default: 300)")
    q.add_argument("--limit", metavar="N", help="print only N rows (a page; the named queries' "
                   "ORDER BY makes pages stable)")
    q.add_argument("--offset", metavar="K", help="skip the first K rows (with --limit: the page "
                   "that starts at row K)")

    s = sub.add_parser("serve", help="serve a build as a read-only SPARQL 1.1 endpoint (oxigraph)",
                       epilog="examples:\n  kg serve                          http://127.0.0.1:7878/ "
                       "(query editor), /query (endpoint)\n"
                       "  curl -G http://127.0.0.1:7878/query --data-urlencode query@places.rq "
                       "-H 'Accept: text/csv'\n"
                       "  curl http://127.0.0.1:7878/prefixes   the prefixes declared for every query\n"
                       "\nQueries may use the prefixes of kg query (govkg:, rdfs: …) without declaring "
                       "them;\na syntax error is answered with one line (HTTP 400).",
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    s.add_argument("--out", default="output", help="build directory (default: output/)")
    s.add_argument("--host", default="127.0.0.1", help="bind address (default: 127.0.0.1 only)")
    s.add_argument("--port", type=int, default=7878)
    s.add_argument("--writable", action="store_true", help="accept SPARQL updates (off by default)")
    s.add_argument("--timeout", type=float, default=300.0, metavar="SECONDS",
                   help="stop a query after this long (default: 300)")

    u = sub.add_parser("push", help="send each document's named graph to a SPARQL 1.1 Graph Store")
    u.add_argument("--endpoint", required=True, help="Graph Store endpoint URL, e.g. "
                   "http://127.0.0.1:7878/store")
    u.add_argument("--out", default="output", help="build directory (default: output/)")

    x = sub.add_parser("explain", help="show why an entity is in the graph: mentions, relations, "
                       "metrics, with their sentences and rules")
    x.add_argument("name", help="entity name, alias or id (e.g. 邯郸市生态环境局)")
    x.add_argument("--out", default="output", help="build directory (default: output/)")

    v = sub.add_parser("view", help="open the interactive graph explorer (graph.html)")
    v.add_argument("--out", default="output", help="build directory (default: output/)")
    return p


class UsageError(Exception):
    """A problem with what the user asked for: printed as `kg: error: …`, exit status 2."""


def _config(user_dict: str | None) -> dict | None:
    """Pipeline configuration; the user dictionary is checked here so a bad one fails early."""
    if not user_dict:
        return None
    path = Path(user_dict)
    if not path.is_file():
        raise UsageError(f"user dictionary {user_dict}: no such file")
    from .lexicon import load_user_dict
    try:
        load_user_dict(path)
    except (ValueError, OSError, UnicodeDecodeError) as e:
        detail = str(e) if str(path) in str(e) else f"{user_dict}: {e}"
        raise UsageError(f"user dictionary {detail}") from None
    except RecursionError:
        raise UsageError(f"user dictionary {user_dict}: nested too deeply") from None
    except (TypeError, AttributeError, KeyError, IndexError) as e:  # JSON of the wrong shape
        raise UsageError(f"user dictionary {user_dict}: not a list of entries or an object "
                         f"of them, as README describes ({type(e).__name__}: {e})") from None
    return {"entities": {"user_dict": str(path.resolve())}}


AUTO_JOBS_BYTES = 2_000_000  # below this, starting and warming workers costs more than it saves
AUTO_JOBS_MAX = 4  # each worker holds a warm pipeline (~230 MB): more rarely pays on one machine


def _jobs_arg(value: str) -> int | str:
    """--jobs: a positive number or `auto`."""
    if value == "auto":
        return value
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"expected a positive number or auto, not {value!r}")
    return n


def auto_jobs(paths, engine: str = "local") -> int:
    """The worker count of `--jobs auto`: one process for a small corpus (under
    AUTO_JOBS_BYTES of input files), else one per usable CPU, at most AUTO_JOBS_MAX (every
    CPU with Dask's LocalCluster). The outputs do not depend on it (docs/scale.md)."""
    import os
    from .readers.corpus import find_files
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        cpus = os.cpu_count() or 1
    files, _ = find_files(paths)
    size = 0
    for sf in files:
        try:
            size += sf.path.stat().st_size
        except OSError:
            pass  # the build reports the file
        if size >= AUTO_JOBS_BYTES:
            break
    if size < AUTO_JOBS_BYTES:
        return 1
    return max(1, cpus if engine == "dask" else min(cpus, AUTO_JOBS_MAX))


def _doc_timeout(value: float | None) -> float | None:
    from .builder import DOC_TIMEOUT
    if value is None:
        return DOC_TIMEOUT
    if value != value or value < 0:
        raise UsageError(f"--doc-timeout {value}: expected a number of seconds (0: no limit)")
    return value or None


def cmd_build(args) -> int:
    from .builder import BuildError, build, sample_corpus
    paths = args.paths or sample_corpus()
    formats = list(dict.fromkeys(f.strip() for f in args.formats.split(",") if f.strip()))
    config = _config(args.user_dict)
    if args.scheduler and args.engine != "dask":
        print("kg: error: --scheduler needs --engine dask", file=sys.stderr)
        return EXIT_USAGE
    for p in (Path(args.out), *Path(args.out).parents):  # before any work: --out must be a dir
        if p.exists():
            if not p.is_dir():
                print(f"kg: error: --out {args.out}: {p} is not a directory", file=sys.stderr)
                return EXIT_USAGE
            break
    if args.encoding:
        import codecs
        try:
            codecs.lookup(args.encoding)
        except LookupError:
            raise UsageError(f"--encoding {args.encoding!r}: unknown encoding") from None
    cache = None if args.no_cache else (args.cache or True)
    scale = dict(engine=args.engine, scheduler=args.scheduler)
    jobs = auto_jobs(paths, args.engine) if args.jobs == "auto" else args.jobs
    try:
        res = build(paths, args.out, formats, config, jobs, progress=not args.quiet,
                    cache=cache, strict=args.strict, encoding=args.encoding,
                    doc_timeout=_doc_timeout(args.doc_timeout), **scale)
    except BuildError as e:
        print(f"kg: error: {e}", file=sys.stderr)
        return EXIT_USAGE
    for e in res.errors:
        print(f"kg: {'error' if e.fatal else 'note'}: {e}", file=sys.stderr)
    if not res.extraction.documents:
        print("kg: error: no document could be read; nothing written", file=sys.stderr)
        return EXIT_USAGE
    if args.strict and res.failed:
        print(f"kg: --strict: {sum(e.fatal for e in res.errors)} input error(s); nothing written",
              file=sys.stderr)
        return EXIT_INPUT_ERRORS
    if not args.quiet:
        print(res.summary())
    return EXIT_INPUT_ERRORS if res.failed else EXIT_OK


def _undecodable(text: str) -> bool:
    """Command-line bytes that are not text decode to lone surrogates (surrogateescape)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def cmd_eval(args) -> int:
    from .evaluate import evaluate_paths, format_report
    try:
        report = evaluate_paths(args.gold, source=args.source, out_dir=args.out,
                                config=_config(args.user_dict))
    except (OSError, ValueError) as e:
        print(f"kg: error: {e}", file=sys.stderr)
        return EXIT_USAGE
    except (TypeError, AttributeError, KeyError, IndexError, RecursionError) as e:
        print(f"kg: error: {args.gold}: not a govkg-extraction/1 gold file (docs/gold-format.md) "
              f"({type(e).__name__}: {e})", file=sys.stderr)
        return EXIT_USAGE
    print(json.dumps(report, ensure_ascii=False, indent=1) if args.json else format_report(report))
    return EXIT_OK


def _need_build(out: str, filename: str = "graph.trig") -> Path | None:
    """The build directory, or None (with a message) when it lacks the output a command reads."""
    p = Path(out)
    if not (p / filename).is_file():
        print(f"kg: error: {p / filename} not found: run `kg build --out {out}` first", file=sys.stderr)
        return None
    return p


def cmd_query(args) -> int:
    from .query import QueryError, list_queries, render, run_query
    if args.list:
        for q in list_queries():
            params = " ".join(f"--param {n}=…" for n in q.params)
            print(f"{q.name:<24} {q.description}" + (f"  [{params}]" if params else ""))
        return EXIT_OK
    if args.prefixes:
        from .query import prefix_declarations
        print(prefix_declarations())
        return EXIT_OK
    if not args.query:
        print("kg: error: give a query (a name from `kg query --list`, a .rq file or SPARQL text)",
              file=sys.stderr)
        return EXIT_USAGE
    out = _need_build(args.out)
    if out is None:
        return EXIT_USAGE
    params = {}
    for item in args.param:
        if "=" not in item:
            print(f"kg: error: --param {item!r}: expected NAME=VALUE", file=sys.stderr)
            return EXIT_USAGE
        k, v = item.split("=", 1)
        if _undecodable(item):
            print(f"kg: error: --param {k!r}: not valid text in this locale's encoding",
                  file=sys.stderr)
            return EXIT_USAGE
        params[k] = v
    watchdog = _watchdog(args.timeout)
    try:
        cols, rows = run_query(out, args.query, params, args.limit, args.offset)
    except QueryError as e:
        print(f"kg: error: {e}", file=sys.stderr)
        return EXIT_USAGE
    finally:
        if watchdog is not None:
            watchdog.cancel()
    print(render(cols, rows, args.format))
    return EXIT_OK


def _watchdog(seconds: float | None):
    """End the process when a query runs longer than `seconds`: oxigraph evaluates inside one
    native call that Python cannot interrupt, and a runaway query would burn CPU forever."""
    if not seconds or seconds <= 0:
        return None
    import os
    import threading

    def expire():
        print(f"kg: error: the query ran longer than {seconds:g} s (--timeout); stopped",
              file=sys.stderr, flush=True)
        os._exit(EXIT_USAGE)
    timer = threading.Timer(seconds, expire)
    timer.daemon = True
    timer.start()
    return timer


def cmd_serve(args) -> int:
    from .serve import serve
    out = _need_build(args.out)
    return EXIT_USAGE if out is None else serve(out, host=args.host, port=args.port,
                                                 writable=args.writable,
                                                 timeout=args.timeout or None)


def cmd_push(args) -> int:
    from .serve import PushError, push
    out = _need_build(args.out)
    if out is None:
        return EXIT_USAGE
    try:
        results = push(out, args.endpoint)
    except PushError as e:
        print(f"kg: error: {e}", file=sys.stderr)
        return EXIT_INPUT_ERRORS
    for r in results:
        print(f"{r.status}  {r.triples:>7} triples  {r.graph}")
    return EXIT_OK


def cmd_view(args) -> int:
    from .view import open_page
    if _need_build(args.out, "graph.html") is None:
        return EXIT_USAGE
    uri, opened = open_page(args.out)
    print(f"opened {uri}" if opened else f"no browser could be started here: open {uri} in one")
    return EXIT_OK


def cmd_explain(args) -> int:
    from .explain import explain_build
    if _need_build(args.out, "extraction.json") is None:
        return EXIT_USAGE
    from .query import terminal_safe
    try:
        print(terminal_safe(explain_build(args.out, args.name)))
    except LookupError as e:
        print(f"kg: {e.args[0]}", file=sys.stderr)
        return EXIT_INPUT_ERRORS
    return EXIT_OK


COMMANDS = {"build": cmd_build, "explain": cmd_explain, "eval": cmd_eval, "query": cmd_query, "serve": cmd_serve,
            "push": cmd_push, "view": cmd_view}


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return EXIT_USAGE
    try:
        return COMMANDS[args.command](args)
    except UsageError as e:
        print(f"kg: error: {e}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:  # `kg query … | head`
        sys.stderr.close()
        return EXIT_OK
    except OSError as e:  # a read-only or full disk, a vanished directory: one line, not a trace
        where = f"{e.filename}: " if e.filename else ""
        print(f"kg: error: {where}{e.strerror or e}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("kg: interrupted", file=sys.stderr)
        return 130
