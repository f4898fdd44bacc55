"""The README works for a newcomer: every command and example in it runs as written.

The README's fenced blocks are read from README.md itself, so an edit to the README is tested as
it stands.  Each `kg …` line of its shell blocks runs (as `python -m kg …`) in a scratch folder
that holds the files the examples name (page.txt, reports/, news.jsonl, the README's own user
dictionary as my-terms.tsv, my-gold.json); `kg serve` runs in the background while the SPARQL
example is asked over HTTP and `kg push` sends a build to a writable store; the Python example is
executed.  A shell line that cannot run here (installing, Jupyter, a Dask cluster) must be listed
in NOT_RUN with the reason, so a new README command cannot go untested by accident."""
from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from conftest import ROOT

README = ROOT / "README.md"
DATA = Path(__file__).resolve().parent / "data" / "readme"
SAMPLE = ROOT / "kg" / "resources" / "corpus" / "hebei-daily-handan-page.txt"
GOLD = Path(__file__).resolve().parent / "gold" / "seed-a2-a6.json"  # gold for the sample page

# shell lines of the README that this test does not run, and why
NOT_RUN = {
    "python3 -m venv .venv": "installing: this test runs in the environment it made",
    ".venv/bin/pip install .": "installing: this test runs in the environment it made",
    "bash scripts/test.sh": "it is the test suite this test is part of",
    "source .venv/bin/activate": "makes `kg` the venv's kg, as running `python -m kg` here does",
    ".venv/bin/pip install '.[notebooks]'": "installing: the test extras hold the same packages",
    "cd notebooks": "opens Jupyter, an interactive program",
    "../.venv/bin/jupyter lab": "an interactive program",
    ".venv/bin/jupyter nbconvert --to notebook --execute notebooks/01-quick-start.ipynb "
    "--output-dir /tmp": "tests/test_notebooks.py runs this (test_a_notebook_run_in_place…)",
    "kg build big-corpus/ -j 2 --engine dask --scheduler tcp://host:8786":
        "needs a Dask cluster; tests/test_dask.py builds with --engine dask",
    "curl -G http://127.0.0.1:7878/query --data-urlencode query@places.rq -H 'Accept: text/csv'":
        "asked here with urllib, the same GET with the same parameters",
    "curl http://127.0.0.1:7878/prefixes": "asked here with urllib, the same GET",
}
# run after everything else, against the running server (kg serve never returns by itself)
SERVER_COMMANDS = ("kg serve", "kg push ")


def fenced_blocks(text: str) -> list[tuple[str, str]]:
    """(language, body) of every ``` block."""
    return [(m.group(1), m.group(2)) for m in
            re.finditer(r"^```([\w-]*)[ \t]*\n(.*?)^```[ \t]*$", text, re.M | re.S)]


def shell_commands(text: str) -> list[str]:
    """The commands of the README's bash blocks, in order: comments dropped, `&&` chains split."""
    out = []
    for lang, body in fenced_blocks(text):
        if lang not in ("bash", "sh", "shell", "console"):
            continue
        for line in body.splitlines():
            line = re.sub(r"(^|\s)#\s.*$", "", line).strip()  # '# comment', not 'ontology#'
            out.extend(part.strip() for part in line.split("&&") if part.strip())
    return out


def kg_args(cmd: str) -> list[str] | None:
    """The arguments of a `kg …` command (bare or as .venv/bin/kg), else None."""
    words = shlex.split(cmd)
    if words and words[0] in ("kg", ".venv/bin/kg"):
        return words[1:]
    return None


TEXT = README.read_text(encoding="utf-8")
COMMANDS = shell_commands(TEXT)


def block(lang: str, starts: str = "") -> str:
    found = [b for lg, b in fenced_blocks(TEXT) if lg == lang and b.startswith(starts)]
    assert found, f"README has no ```{lang} block starting {starts!r}"
    return found[0]


def test_every_shell_line_is_run_or_explained():
    assert COMMANDS, "no shell commands found in README.md"
    unexplained = [c for c in COMMANDS if kg_args(c) is None and c not in NOT_RUN]
    assert not unexplained, f"README commands neither run by this test nor in NOT_RUN: {unexplained}"
    stale = [c for c in NOT_RUN if c not in COMMANDS]
    assert not stale, f"NOT_RUN lists commands the README no longer has: {stale}"


def test_readme_tells_how_to_get_the_kg_command_and_the_notebook_packages():
    """Item 1 and 2 of issue 18: bare `kg` works only in the activated environment, and the
    notebooks need an extra that exists in pyproject.toml."""
    first_bare = next(i for i, c in enumerate(COMMANDS) if c.startswith("kg "))
    assert "source .venv/bin/activate" in COMMANDS[:first_bare]
    extras = re.findall(r"\.\[(\w+)\]", " ".join(COMMANDS))
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    for extra in extras:
        assert re.search(rf"^{extra} = \[", pyproject, re.M), f"no [{extra}] extra in pyproject.toml"
    notebooks = re.search(r"^notebooks = \[(.*?)\]", pyproject, re.M | re.S).group(1)
    for pkg in ("jupyterlab", "nbconvert", "nbclient", "ipykernel", "matplotlib"):
        assert f'"{pkg}' in notebooks


def run_kg(args: list[str], cwd: Path, env: dict | None = None, timeout: float = 300):
    return subprocess.run([sys.executable, "-m", "kg", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=timeout, env=env)


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    """A folder with the files the README's examples name."""
    ws = tmp_path_factory.mktemp("readme")
    # page.txt: the sample page, and on a page of its own a story that uses the names of the
    # README's user dictionary (市文明办, “文明餐桌”行动)
    (ws / "page.txt").write_text(SAMPLE.read_text(encoding="utf-8")
                                 + (DATA / "page-extra.txt").read_text(encoding="utf-8"),
                                 encoding="utf-8")
    shutil.copytree(DATA / "reports", ws / "reports")
    shutil.copy(DATA / "news.jsonl", ws / "news.jsonl")
    terms = block("", "name\ttype")
    (ws / "my-terms.tsv").write_text(terms, encoding="utf-8")
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    gold["source"] = "page.txt"
    (ws / "my-gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    (ws / "places.rq").write_text(block("sparql"), encoding="utf-8")
    return ws


def _browser_env(ws: Path, opens: bool) -> dict:
    """An environment whose only browser is a script: one that records the page, or one that
    fails as `webbrowser` does on a machine with no browser and no display."""
    script = ws / ("browser.sh" if opens else "no-browser.sh")
    script.write_text('#!/bin/sh\necho "$1" > "$(dirname "$0")/opened.txt"\n' if opens
                      else "#!/bin/sh\nexit 1\n", encoding="utf-8")
    script.chmod(0o755)
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["BROWSER"] = str(script)
    env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep)
                                  if not any(Path(p, b).exists() for b in
                                             ("www-browser", "links", "elinks", "lynx", "w3m")))
    return env


@pytest.fixture(scope="module")
def ran(workspace):
    """Every runnable `kg …` line of the README, in README order: command → CompletedProcess."""
    if sys.platform.startswith("win"):
        pytest.skip("the browser stand-in is a shell script")
    results = {}
    for cmd in COMMANDS:
        args = kg_args(cmd)
        if args is None or cmd in NOT_RUN or cmd.startswith(SERVER_COMMANDS):
            continue
        env = _browser_env(workspace, opens=True) if args[:1] == ["view"] else None
        results[cmd] = run_kg(args, workspace, env)
    return results


def test_each_kg_command_of_the_readme_succeeds(ran):
    assert ran
    failed = {c: (r.returncode, r.stderr[-500:]) for c, r in ran.items() if r.returncode != 0}
    assert not failed


def test_the_commands_do_what_the_readme_says(ran, workspace):
    out = {c.split("  ")[0]: r for c, r in ran.items()}
    # builds: the sample into output/, two inputs into out/
    assert (workspace / "out" / "graph.html").is_file()
    built = json.loads((workspace / "out" / "extraction.json").read_text(encoding="utf-8"))
    assert len(built["documents"]) == 4  # two report files and two JSON Lines records
    assert {"extraction.json", "graph.ttl", "graph.trig", "graph.graphml", "graph.html"} <= {
        p.name for p in (workspace / "output").iterdir()}
    # the README's user dictionary is read, and wins: its entries, aliases and types
    ents = json.loads((workspace / "output" / "extraction.json").read_text(encoding="utf-8"))["entities"]
    by_name = {e["name"]: e for e in ents}
    assert by_name["邯郸市文明办"]["type"] == "Agency" and "市文明办" in by_name["邯郸市文明办"]["aliases"]
    assert by_name["文明餐桌"]["type"] == "Programme"
    explain = next(r for c, r in out.items() if c.startswith("kg explain"))
    assert "邯郸市生态环境局" in explain.stdout
    evaluation = next(r for c, r in out.items() if c.startswith("kg eval"))
    assert re.search(r"^scored: lines .* of page\.txt .*\d+ of \d+ entities", evaluation.stdout, re.M)
    assert re.search(r"^entities\s+[01]\.\d{3}", evaluation.stdout, re.M)
    assert "metrics-of-place" in out["kg query --list"].stdout
    figures = out["kg query metrics-of-place --param place=邯郸市"].stdout
    assert "邯郸市" in figures and "rows)" in figures
    assert "PREFIX govkg: <https://w3id.org/govkg/ontology#>" in out["kg query --prefixes"].stdout
    officials = next(r for c, r in out.items() if c.startswith("kg query officials-of"))
    assert re.search(r"^魏县\s+张建军\s+副县长", officials.stdout, re.M)  # page.txt's last story
    view = out["kg view"]
    assert view.stdout.startswith("opened file://") and view.stdout.strip().endswith("/output/graph.html")
    assert (workspace / "opened.txt").read_text().strip() == view.stdout.split()[-1]


def test_kg_view_without_a_browser_says_where_the_page_is(ran, workspace):
    r = run_kg(["view"], workspace, _browser_env(workspace, opens=False))
    assert r.returncode == 0
    assert r.stdout.startswith("no browser could be started here: open file://")
    assert r.stdout.strip().endswith("/output/graph.html in one")


def test_the_sparql_example_runs_with_kg_query(ran, workspace):
    inline = run_kg(["query", block("sparql"), "--format", "csv"], workspace)
    from_file = run_kg(["query", "places.rq", "--format", "csv"], workspace)
    assert inline.returncode == 0 and from_file.returncode == 0, inline.stderr + from_file.stderr
    assert inline.stdout == from_file.stdout
    rows = inline.stdout.splitlines()
    assert rows[0] == "place,code" and "魏县,130434" in rows


def _free_port() -> int:
    from kg.serve import free_port
    return free_port()


def _wait_for(port: int, proc: subprocess.Popen, seconds: float = 60) -> None:
    import socket
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"kg serve exited: {proc.stderr.read()}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.2)
    raise AssertionError("kg serve did not start listening")


def test_kg_serve_answers_the_sparql_example_over_http_and_kg_push_fills_a_store(ran, workspace):
    """`kg serve` (on a free port instead of 7878), the README's SPARQL example sent to it as the
    curl line does, with and without its PREFIX lines, the /prefixes page, a query with an
    unknown prefix failing with one line as the README says, and `kg push` into a writable store
    standing in for the README's Fuseki."""
    [serve] = [kg_args(c) for c in COMMANDS if c.startswith("kg serve")]
    [push] = [kg_args(c) for c in COMMANDS if c.startswith("kg push ")]
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kg", *serve, "--port", str(port)],
                            cwd=workspace, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        _wait_for(port, proc)
        url = f"http://127.0.0.1:{port}/query?" + urllib.parse.urlencode(
            {"query": (workspace / "places.rq").read_text(encoding="utf-8")})
        req = urllib.request.Request(url, headers={"Accept": "text/csv"})
        with urllib.request.urlopen(req, timeout=30) as resp:
            rows = resp.read().decode("utf-8").splitlines()
        assert rows[0] == "place,code" and "魏县,130434" in rows
        bare = "\n".join(ln for ln in block("sparql").splitlines() if not ln.startswith("PREFIX"))
        req = urllib.request.Request(f"http://127.0.0.1:{port}/query?" + urllib.parse.urlencode(
            {"query": bare}), headers={"Accept": "text/csv"})
        with urllib.request.urlopen(req, timeout=30) as resp:  # kg serve declares the prefixes
            assert resp.read().decode("utf-8").splitlines() == rows
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/prefixes", timeout=30) as resp:
            assert "PREFIX govkg: <https://w3id.org/govkg/ontology#>" in resp.read().decode("utf-8")
        unknown = bare.replace("govkg:", "foo:")
        with pytest.raises(urllib.error.HTTPError) as err:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/query?"
                                   + urllib.parse.urlencode({"query": unknown}), timeout=30)
        assert err.value.code == 400
        message = err.value.read().decode("utf-8")
        assert message.count("\n") == 1 and "unknown prefix foo:" in message
        short = run_kg(["query", unknown], workspace)
        assert short.returncode == 2 and len(short.stderr) < 200
        assert "unknown prefix foo:" in short.stderr and "kg query --prefixes" in short.stderr
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    assert proc.returncode in (0, -15)
    assert "/prefixes" in proc.stderr.read()  # the startup note on prefixes

    from kg.serve import start_server
    with start_server() as store:  # an empty writable Graph Store in memory
        endpoint = push[push.index("--endpoint") + 1]
        args = [a if a != endpoint else store.store_url for a in push]
        r = run_kg(args, workspace)
        assert r.returncode == 0, r.stderr
        n = store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        assert int(n["results"]["bindings"][0]["n"]["value"]) > 1000


def test_the_python_example_runs(ran, workspace, monkeypatch, capsys):
    pytest.importorskip("IPython")  # g.show() displays through IPython
    code = block("python", "import kg")
    monkeypatch.chdir(workspace)
    namespace: dict = {}
    exec(compile(code, "README.md (python example)", "exec"), namespace)
    g = namespace["g"]
    assert len(g.entities) and len(g.relations) and len(g.metrics)
    assert "邯郸市" in set(g.sparql("metrics-of-place", place="邯郸市")["placeName"])
    report = g.evaluate("my-gold.json")
    assert report["scope"]["entities"][0] > 0 and report["entities"]["f1"] > 0.5
