"""Shared fixtures: the real corpus and one sample build reused by many tests."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = ROOT / "kg" / "resources" / "corpus" / "hebei-daily-handan-page.txt"
EXTRA = SHARED / "corpus" / "extra"
GOLD_DEV = SHARED / "gold" / "dev.json"


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
