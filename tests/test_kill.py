"""A `kg build` killed with SIGKILL never leaves a half-written output, and the next run is clean.

Each test runs a real `kg build` subprocess.  To hit the dangerous moments exactly (not by
timing), a tiny driver makes the process stop itself (SIGSTOP) at that moment: while reading,
after the temporary directory holds some finished formats, and between two of the final
renames.  The test then SIGKILLs it, so the process gets no chance to clean up, and checks:
every output is byte-identical to the previous build's or (after a rename) to the new build's,
no temporary directory stands in for an output, and the next `kg build` completes and removes
the stale temporary directory.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from conftest import EXTRA, ROOT, SEED

OUTPUTS = ("extraction.json", "graph.ttl", "graph.trig", "graph.graphml", "graph.html", "errors.json")

# The driver: run `kg build` with one hook that stops the process at the chosen moment.
DRIVER = r"""
import os, signal, sys
moment = sys.argv[1]
argv = sys.argv[2:]

def stop():
    os.kill(os.getpid(), signal.SIGSTOP)

if moment == "reading":
    import kg.readers.corpus as corpus
    real_read = corpus.read_file
    seen = []
    def read_file(sf, *args):
        seen.append(sf)
        if len(seen) == 2:
            stop()  # the first document may already be extracted (and cached)
        yield from real_read(sf, *args)
    corpus.read_file = read_file
elif moment == "exporting":
    from kg import export
    real_load = export.Exporter.load
    def load(self):
        fn = real_load(self)
        if self.name != "graphml":
            return fn
        def write(ex, path, *a, **k):
            fn(ex, path, *a, **k)
            stop()  # extraction.json, graph.ttl, graph.trig and graph.graphml are in the temp dir
        return write
    export.Exporter.load = load
elif moment == "renaming":
    real_replace = os.replace
    calls = []
    def replace(src, dst, *a, **k):
        real_replace(src, dst, *a, **k)
        calls.append(dst)
        if len(calls) == 2:
            stop()  # two outputs are new, the others still old
    os.replace = replace

from kg.cli import main
sys.exit(main(argv))
"""


def _kg(*args, check=True):
    r = subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True,
                       cwd=ROOT)
    if check:
        assert r.returncode == 0, r.stderr
    return r


def _snapshot(out):
    return {n: (out / n).read_bytes() for n in OUTPUTS}


@pytest.fixture(scope="module")
def builds(tmp_path_factory):
    """Reference outputs of the old corpus (the seed page) and of the new one (seed + extra)."""
    base = tmp_path_factory.mktemp("kill-ref")
    _kg("build", str(SEED), "--out", str(base / "old"), "--quiet", "--no-cache")
    _kg("build", str(SEED), str(EXTRA), "--out", str(base / "new"), "--quiet", "--no-cache")
    return _snapshot(base / "old"), _snapshot(base / "new")


def _previous_build(old, out):
    """An output directory holding the old build (copied: building it again costs time)."""
    out.mkdir()
    for name, data in old.items():
        (out / name).write_bytes(data)


def _kill_at(moment: str, out, *options) -> None:
    proc = subprocess.Popen([sys.executable, "-c", DRIVER, moment, "build", str(SEED), str(EXTRA),
                             "--out", str(out), "--quiet", *options], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        _, status = os.waitpid(proc.pid, os.WUNTRACED)
        assert os.WIFSTOPPED(status), f"build ended before reaching {moment!r}: " + \
            proc.stderr.read().decode("utf-8", "replace")
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait()
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL


@pytest.mark.parametrize("moment", ["reading", "exporting", "renaming"])
def test_sigkill_leaves_whole_outputs_and_the_next_build_cleans_up(tmp_path, builds, moment):
    """(The build killed while reading keeps its extraction cache: a shard cut short must not
    spoil the next build.)"""
    old, new = builds
    out = tmp_path / "out"
    _previous_build(old, out)
    cache = () if moment == "reading" else ("--no-cache",)

    _kill_at(moment, out, *cache)

    after = _snapshot(out)  # every output still exists as a regular, complete file
    for name in OUTPUTS:
        assert (out / name).is_file(), name
        if moment == "renaming":
            assert after[name] in (old[name], new[name]), f"{name} is neither the old nor the new file"
        else:
            assert after[name] == old[name], f"{name} changed although the build was killed"
    if moment == "renaming":  # the first two renames happened, the rest did not
        assert [after[n] == new[n] for n in OUTPUTS].count(True) >= 2
    if moment in ("exporting", "renaming"):
        assert list(out.glob(".kg-build-*")), "expected the killed build's temporary directory"

    _kg("build", str(SEED), str(EXTRA), "--out", str(out), "--quiet", *cache)
    assert _snapshot(out) == new
    assert not list(out.glob(".kg-build-*")), "stale temporary directory not removed"


def test_sigkill_at_an_arbitrary_moment(tmp_path, builds):
    """Without any hook: kill the build as soon as its temporary directory appears (or when it
    ends first); whatever the moment, each output is the old or the new file, never a part."""
    old, new = builds
    out = tmp_path / "out"
    _previous_build(old, out)
    proc = subprocess.Popen([sys.executable, "-m", "kg", "build", str(SEED), str(EXTRA), "--out",
                             str(out), "--quiet", "--no-cache"], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while proc.poll() is None and not list(out.glob(".kg-build-*")):
            time.sleep(0.002)  # polling for the moment, not timing the build
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait()
    for name in OUTPUTS:
        assert (out / name).read_bytes() in (old[name], new[name]), name
    r = _kg("build", str(SEED), str(EXTRA), "--out", str(out), "--quiet", "--no-cache")
    assert r.returncode == 0 and _snapshot(out) == new
    assert not list(out.glob(".kg-build-*"))


def test_a_running_builds_temp_dir_is_not_removed(tmp_path):
    """Stale-directory cleaning must not delete the directory of a build still running."""
    from kg.builder import remove_stale_temp_dirs
    out = tmp_path
    mine = out / f".kg-build-{os.getpid()}-abc"
    mine.mkdir()
    sleeper = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read()"],
                               stdin=subprocess.PIPE)
    try:
        other = out / f".kg-build-{sleeper.pid}-def"
        other.mkdir()
        dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                              capture_output=True, text=True).stdout.strip()
        gone = out / f".kg-build-{dead}-ghi"
        gone.mkdir()
        (gone / "graph.html").write_text("partial")
        legacy = out / ".kg-build-x1y2z3"  # name from before pids were recorded
        legacy.mkdir()
        assert sorted(p.name for p in remove_stale_temp_dirs(out)) == sorted([gone.name, legacy.name])
        assert mine.is_dir() and other.is_dir() and not gone.exists() and not legacy.exists()
    finally:
        sleeper.communicate(b"")
