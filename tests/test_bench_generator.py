"""The benchmark corpus generator (bench/generate.py): deterministic for a seed, and its
releases extract into records with interactions. No timing here: timings are benchmarks."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from kg.extract import extract
from kg.ingest import ingest
from kg.lexicon import Lexicon
from kg.sources import iter_releases
from kg.store import open_store

BENCH = Path(__file__).resolve().parent.parent / "bench"


@pytest.fixture(scope="module")
def generate():
    spec = importlib.util.spec_from_file_location("bench_generate", BENCH / "generate.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_generate"] = module
    spec.loader.exec_module(module)
    return module


def test_same_seed_same_corpus(generate, tmp_path: Path) -> None:
    a, b, c = tmp_path / "a.jsonl", tmp_path / "b.jsonl", tmp_path / "c.jsonl"
    generate.main(["--count", "60", "--seed", "7", "-o", str(a)])
    generate.main(["--count", "60", "--seed", "7", "-o", str(b)])
    generate.main(["--count", "60", "--seed", "8", "-o", str(c)])
    assert a.read_bytes() == b.read_bytes()
    assert a.read_bytes() != c.read_bytes()


def test_a_smaller_corpus_is_a_prefix(generate, tmp_path: Path) -> None:
    small, large = tmp_path / "small.jsonl", tmp_path / "large.jsonl"
    generate.write(small, 20, 3)
    generate.write(large, 50, 3)
    assert large.read_text(encoding="utf-8").startswith(small.read_text(encoding="utf-8"))


def test_lines_are_releases(generate, tmp_path: Path) -> None:
    path = tmp_path / "gen.jsonl"
    generate.write(path, 40, 1)
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 40
    assert len({r["id"] for r in lines}) == 40
    for r in lines:
        assert set(r) >= {"id", "title", "text", "date", "url"}
        assert r["text"].startswith(r["title"])
        assert len(r["date"]) == 10


def test_releases_extract_into_interactions(generate, tmp_path: Path) -> None:
    path = tmp_path / "gen.jsonl"
    generate.write(path, 40, 1)
    lexicon = Lexicon.load()
    records = [extract(r, lexicon=lexicon) for r in iter_releases([path])]
    assert len(records) == 40
    with_interactions = [r for r in records if r.interactions]
    assert len(with_interactions) >= 36  # nearly every release reports one
    kinds = {i.type for r in records for i in r.interactions}
    assert {"meeting", "call", "visit"} <= kinds
    assert sum(len(r.persons) for r in records) >= 80
    assert any(i.date for r in records for i in r.interactions)


def test_persons_recur_across_releases(generate, tmp_path: Path) -> None:
    path = tmp_path / "gen.jsonl"
    generate.write(path, 120, 1)
    store = open_store(":memory:")
    report = ingest([path], store=store)
    assert report.failed == 0 and report.new == 120
    rows = store.query(
        "SELECT ?p (COUNT(DISTINCT ?r) AS ?n) WHERE { ?i dip:participant ?p ; dip:reportedIn ?r . ?p a dip:Person } "
        "GROUP BY ?p ORDER BY DESC(?n) LIMIT 1").rows
    assert rows and int(rows[0][1]) >= 5
