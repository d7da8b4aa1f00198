"""Shared fixtures: an in-memory store, a store with the bundled releases, paths."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.ingest import ingest
from kg.store import Store, open_store

ROOT = Path(__file__).resolve().parent.parent
RELEASES = ROOT / "data" / "releases"
GOLD = ROOT / "tests" / "gold"
SEED = RELEASES / "kz-2019-04-08-osce-lajcak.txt"


@pytest.fixture
def store() -> Store:
    return open_store(":memory:")


@pytest.fixture(scope="session")
def corpus_store() -> Store:
    """The bundled releases, ingested once for the whole test session (read-only use)."""
    s = open_store(":memory:")
    report = ingest([RELEASES], store=s)
    assert report.failed == 0, report.failures
    return s


def write_release(folder: Path, name: str, title: str, body: str) -> Path:
    path = folder / f"{name}.txt"
    path.write_text(f"{title}\n\n{body}\n", encoding="utf-8")
    return path
