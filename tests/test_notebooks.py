"""The analysts' notebooks run top to bottom and compute what they say.

A notebook is analysis — tables and charts — so it holds no `assert`; what it computes is checked
here: after its last cell, the check file `tests/notebook_checks/<notebook>.py` runs in the same
kernel, on the notebook's own variables.  Notebooks are stored without outputs (readable diffs, no
stale result shipped), and everything they write goes into `work/` beside them (git-ignored), so
running one in place leaves the checkout clean."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")
pytest.importorskip("matplotlib")

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
CHECKS = Path(__file__).resolve().parent / "notebook_checks"
TIMEOUT = 300  # seconds per cell: a hung kernel fails the test instead of stalling CI
WORK = "work"  # the one folder a notebook writes into, relative to its own directory


def test_notebooks_exist():
    names = [p.stem for p in NOTEBOOKS]
    assert names[:4] == ["01-quick-start", "02-sparql", "03-network-analysis", "04-your-own-text"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_is_stored_without_outputs(path):
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code, "a notebook without code"
    for i, cell in enumerate(code):
        assert cell.get("outputs") == [], f"code cell {i} has stored outputs"
        assert cell.get("execution_count") is None, f"code cell {i} has an execution count"
    assert nb.metadata.get("kernelspec", {}).get("name") == "python3"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_is_analysis_and_its_checks_live_here(path):
    nb = nbformat.read(path, as_version=4)
    asserting = [c.id for c in nb.cells if c.cell_type == "code"
                 and any(line.lstrip().startswith("assert ") for line in c.source.splitlines())]
    assert not asserting, f"move the asserts of cells {asserting} to {CHECKS.name}/{path.stem}.py"
    assert (CHECKS / f"{path.stem}.py").is_file(), f"no checks for {path.name}"
    assert (ROOT / "notebooks" / ".gitignore").read_text(encoding="utf-8").split().count(WORK + "/")


def _kernel_env(tmp_path, monkeypatch) -> None:
    # the kernel must import this checkout's kg even when it is not installed in the venv
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(
        [str(ROOT)] + [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]))
    # run the kernel on this interpreter, whatever other "python3" kernelspec the user has
    spec = tmp_path / "jupyter" / "kernels" / "python3"
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "Python 3 (govkg tests)", "language": "python"}), encoding="utf-8")
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_runs_and_its_results_hold(path, tmp_path, monkeypatch):
    _kernel_env(tmp_path, monkeypatch)
    here = tmp_path / "notebooks"  # the notebook's own directory, as Jupyter runs it
    here.mkdir()
    nb = nbformat.read(path, as_version=4)
    checks = nbformat.v4.new_code_cell((CHECKS / f"{path.stem}.py").read_text(encoding="utf-8"))
    checks.id = "tests-checks"
    nb.cells.append(checks)
    client = nbclient.NotebookClient(nb, timeout=TIMEOUT, kernel_name="python3",
                                     resources={"metadata": {"path": str(here)}})
    try:
        client.execute()
    except nbclient.exceptions.CellExecutionError as e:
        pytest.fail(f"{path.name} failed:\n{e}", pytrace=False)
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])
              if o.get("output_type") == "error"]
    assert not errors
    # an analysis shows something: tables (HTML) in most cells, and the charts it draws
    shown = [o for c in nb.cells[:-1] if c.cell_type == "code" for o in c.get("outputs", [])
             if o.get("output_type") in ("execute_result", "display_data")]
    assert len(shown) >= 5
    # it wrote only into work/ beside itself
    assert sorted(p.name for p in here.iterdir()) == [WORK]


def test_a_notebook_run_in_place_leaves_the_checkout_clean(tmp_path, monkeypatch):
    """What a user does: run a notebook where it lies.  Afterwards git sees nothing new."""
    nbconvert = pytest.importorskip("nbconvert")  # noqa: F841 - the `notebooks` extra
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    _kernel_env(tmp_path, monkeypatch)
    path = ROOT / "notebooks" / "01-quick-start.ipynb"
    before = _untracked()
    subprocess.run([sys.executable, "-m", "nbconvert", "--to", "notebook", "--execute",
                    "--output-dir", str(tmp_path), str(path)], check=True, capture_output=True,
                   timeout=TIMEOUT)
    assert (tmp_path / path.name).is_file()
    assert (ROOT / "notebooks" / WORK / "output" / "graph.html").is_file()
    assert _untracked() == before


def _untracked() -> list[str]:
    out = subprocess.run(["git", "status", "--porcelain", "--untracked-files=all", "notebooks"],
                         cwd=ROOT, capture_output=True, text=True, check=True).stdout
    return sorted(line for line in out.splitlines() if line.startswith("??"))
