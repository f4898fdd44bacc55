"""Shared fixtures: the real corpus and one sample build reused by many tests."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"  # measurement data beside the project: optional, tests skip
SEED = ROOT / "kg" / "resources" / "corpus" / "hebei-daily-handan-page.txt"
EXTRA = Path(__file__).resolve().parent / "data" / "extra"  # public news texts (SOURCES.md)
GOLD_DEV = SHARED / "gold" / "dev.json"


def pytest_collection_modifyitems(config, items):
    """Modules whose tests kill processes, drive a browser, run notebooks or a Dask cluster are
    `slow` as a whole (`pytest -m "not slow"` then runs in seconds; scripts/test.sh runs all)."""
    slow_modules = {"test_kill", "test_browser", "test_notebooks", "test_dask", "test_reliability",
                    "test_scale", "test_serve"}
    for item in items:
        if item.module.__name__.rsplit(".", 1)[-1] in slow_modules:
            item.add_marker(pytest.mark.slow)


def needs_shared(path: Path):
    """Skip the calling test when `path` (under ../shared) is not there, as on a fresh clone."""
    if not Path(path).exists():
        pytest.skip(f"{path} not present (../shared is optional)")


def text_doc(text: str, doc_id: str = "t"):
    """A one-article Doc over `text` (first line the title, each other line a body paragraph),
    with sentences split: the input the extraction stages after layout expect."""
    from kg.model import Article, Doc, OffsetMap, Section
    from kg.stages.sentences import split_sentences
    art = Article(id=f"{doc_id}#A1", text=text, offsets=OffsetMap([(0, 0, len(text))]))
    pos = 0
    for i, line in enumerate(text.split("\n")):
        if line:
            art.sections.append(Section("title" if i == 0 else "body", pos, pos + len(line)))
        pos += len(line) + 1
    art.sentences = split_sentences(art)
    doc = Doc(id=doc_id, source=f"{doc_id}.txt", text=text)
    doc.articles = [art]
    return doc


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory):
    """`kg build` of the sample corpus, once per test session: (out dir, extraction json)."""
    from kg.cli import main
    out = tmp_path_factory.mktemp("sample-build")
    assert main(["build", "--out", str(out), "--quiet"]) == 0
    return out, json.loads((out / "extraction.json").read_text(encoding="utf-8"))
