"""Open the graph explorer: in the system browser (`view`) or inline in Jupyter (`display`).

Notebook front ends (VS Code, Colab, JupyterLab) blank out or sanitise pyvis-style inline HTML
(pyvis #203, #49), so `display` puts the whole self-contained page into a sandboxed iframe's
`srcdoc`: its scripts run in their own opaque origin, isolated from the notebook.
"""
from __future__ import annotations

import html
import warnings
import webbrowser
from pathlib import Path

from .export import exporters
from .model import Extraction

GRAPH_FILE = exporters()["html"].filename  # graph.html


def _graph_path(path) -> Path:
    p = Path(path)
    if p.is_dir():
        p = p / GRAPH_FILE
    if not p.is_file():
        raise FileNotFoundError(f"no explorer page at {p} (run `kg build` with the html format)")
    return p


def open_page(out_dir=".", *, open_browser=webbrowser.open) -> tuple[str, bool]:
    """Open `out_dir/graph.html` (or the given .html file) in a browser.  Returns its file:// URI
    and whether a browser took it: on a machine without a display `webbrowser` finds none and
    says so only by returning False, so the caller must tell the user where the page is."""
    uri = _graph_path(out_dir).resolve().as_uri()
    return uri, bool(open_browser(uri))


def view(out_dir=".", *, open_browser=webbrowser.open) -> str:
    """Open `out_dir/graph.html` (or the given .html file) in a browser; returns its file:// URI."""
    return open_page(out_dir, open_browser=open_browser)[0]


def iframe_html(page: str, height: int = 720) -> str:
    """The explorer page wrapped in an isolated iframe (scripts allowed, no same-origin access)."""
    return (f'<div class="govkg-explorer"><iframe srcdoc="{html.escape(page, quote=True)}" sandbox="allow-scripts" '
            f'style="width:100%;height:{int(height)}px;border:1px solid #d8dce3;border-radius:6px" '
            f'title="govkg graph explorer"></iframe></div>')


def display(extraction_or_path, *, height: int = 720, **opts) -> None:
    """Show the explorer inline in Jupyter (wherever in the cell it is called).

    Accepts an `Extraction`, a build output directory, a graph.html path or an
    extraction.json path."""
    if isinstance(extraction_or_path, Extraction):
        from .export.html import render

        page = render(extraction_or_path, **opts)
    elif str(extraction_or_path).endswith(".json"):  # an extraction.json (no graph.html beside)
        from .api import read_extraction
        from .export.html import render

        page = render(read_extraction(extraction_or_path), **opts)
    else:
        path = _graph_path(extraction_or_path)
        page = path.read_text(encoding="utf-8")
        if path.with_name(path.stem + "-data").is_dir():
            # an iframe's srcdoc cannot reach the files beside the page: graph, filters and
            # search work, evidence and metrics do not
            warnings.warn(f"{path} keeps its evidence in {path.stem}-data/, which a notebook iframe "
                          f"cannot load; open it with kg.view() (or `kg view`) for the details",
                          stacklevel=2)
    from IPython import display as ipd

    ipd.display(ipd.HTML(iframe_html(page, height)))
