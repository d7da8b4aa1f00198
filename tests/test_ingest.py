"""Ingest into the store: idempotent, replaces changed releases, keeps failures out."""
from __future__ import annotations

import shutil
from pathlib import Path

from kg.ingest import ingest
from kg.store import Store, open_store
from tests.conftest import SEED, write_release


def _quads(store: Store) -> set[str]:
    result = store.query("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
    return {" ".join(str(t) for t in row) for row in result.rows}


def test_same_folder_twice_leaves_the_same_quads(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED, folder)
    store = open_store(str(tmp_path / "store"))
    first = ingest([folder], store=store)
    before = _quads(store)
    second = ingest([folder], store=store)
    assert (first.new, first.unchanged) == (1, 0)
    assert (second.new, second.updated, second.unchanged) == (0, 0, 1)
    assert _quads(store) == before


def test_changed_release_replaces_its_graph(tmp_path: Path, store: Store) -> None:
    path = write_release(tmp_path, "r1", "Talks", "ASTANA, 15 May 2023 - Minister of Foreign Affairs Murat Nurtleu "
                         "met Ambassador of Japan to Kazakhstan Yasuhiro Yamada.")
    ingest([path], store=store)
    write_release(tmp_path, "r1", "Talks", "ASTANA, 16 May 2023 - Minister of Foreign Affairs Murat Nurtleu "
                  "met Ambassador of France to Kazakhstan Didier Canesse.")
    report = ingest([path], store=store)
    assert report.updated == 1
    names = {str(r[0]) for r in store.query(
        "SELECT ?n WHERE { GRAPH <https://w3id.org/diplomacy-kg/id/release/r1> { ?i dip:participant ?p } ?p rdfs:label ?n }").rows}
    assert names == {"Murat Nurtleu", "Didier Canesse"}
    dates = {str(r[0]) for r in store.query("SELECT ?d WHERE { ?r a dip:Release ; dcterms:date ?d }").rows}
    assert dates == {"2023-05-16"}


def test_failed_release_is_reported_and_the_rest_stored(tmp_path: Path, store: Store) -> None:
    write_release(tmp_path, "good", "Talks", "ASTANA, 15 May 2023 - Minister of Foreign Affairs Murat Nurtleu met "
                  "Ambassador of Japan to Kazakhstan Yasuhiro Yamada.")
    (tmp_path / "broken.jsonl").write_text("{not json\n", encoding="utf-8")
    report = ingest([tmp_path], store=store)
    assert (report.new, report.failed) == (1, 1)
    assert "broken.jsonl:1" in report.failures[0][0] + report.failures[0][1]
    graphs = {str(g) for g in store.graphs()}
    assert "https://w3id.org/diplomacy-kg/id/release/good" in graphs


def test_parallel_ingest_gives_the_same_graph(tmp_path: Path) -> None:
    folder = Path(SEED).parent
    one, two = open_store(":memory:"), open_store(":memory:")
    ingest([folder], store=one)
    report = ingest([folder], store=two, jobs=2, batch_size=7)
    assert report.failed == 0
    assert _quads(one) == _quads(two)


def test_entities_keep_one_label_across_releases(tmp_path: Path, store: Store) -> None:
    write_release(tmp_path, "a", "Talks", "ASTANA, 15 May 2023 - Minister of Foreign Affairs Murat Nurtleu met "
                  "Ambassador of Japan to Kazakhstan Yasuhiro Yamada.")
    write_release(tmp_path, "b", "Call", "ASTANA, 17 May 2023 - Minister of Foreign Affairs of the Republic of "
                  "Kazakhstan Murat Nurtleu held a telephone conversation with Foreign Minister of Uzbekistan "
                  "Bakhtiyor Saidov.")
    ingest([tmp_path], store=store)
    rows = store.query("SELECT ?e (COUNT(?l) AS ?n) WHERE { ?e rdfs:label ?l } GROUP BY ?e HAVING (COUNT(?l) > 1)").rows
    assert rows == []


def test_a_release_written_without_its_mark_is_written_again(tmp_path: Path) -> None:
    """A crash between the bulk write and the sha256 marks leaves a release unmarked: the
    next ingest must treat it as new and replace whatever half of it is there."""
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED, folder)
    store = open_store(str(tmp_path / "store"))
    ingest([folder], store=store)
    before = _quads(store)
    store.update("DELETE WHERE { GRAPH ?g { ?r dip:sha256 ?h } }")  # as if the process died before the marks
    store.update("DELETE WHERE { GRAPH ?g { ?i a dip:Visit ; ?p ?o } }")  # and half of it is missing
    report = ingest([folder], store=store)
    assert report.updated + report.new == 1
    assert _quads(store) == before


def test_a_release_the_store_would_refuse_fails_alone(tmp_path: Path, store: Store, monkeypatch) -> None:
    """A term the store cannot hold (here an IRI with a space) fails its release in the
    worker, with a message; the other releases of the batch are written."""
    import importlib

    from rdflib import URIRef

    from kg.graph.mapping import map_release

    def spoiled(release, record, *, lexicon):
        mapped = map_release(release, record, lexicon=lexicon)
        if release.id == "bad":
            mapped.quads.append((URIRef("https://example.org/a b"), URIRef("https://example.org/p"),
                                 URIRef("https://example.org/o"), mapped.graph))
        return mapped

    monkeypatch.setattr(importlib.import_module("kg.ingest.run"), "map_release", spoiled)
    for name in ("good", "bad"):
        write_release(tmp_path, name, "Talks", "ASTANA, 15 May 2023 - Minister of Foreign Affairs Murat Nurtleu "
                      "met Ambassador of Japan to Kazakhstan Yasuhiro Yamada.")
    report = ingest([tmp_path], store=store)
    assert (report.new, report.failed) == (1, 1)
    assert report.failures[0][0] == "bad" and "a b" in report.failures[0][1]
    graphs = {str(g).rsplit("/", 1)[-1] for g in store.graphs()}
    assert "good" in graphs and "bad" not in graphs


def test_compacting_after_ingest_keeps_every_quad(tmp_path: Path) -> None:
    folder = Path(SEED).parent
    plain, compacted = open_store(str(tmp_path / "a")), open_store(str(tmp_path / "b"))
    assert ingest([folder], store=plain, compact=False).compact_seconds is None
    report = ingest([folder], store=compacted, compact=True)
    assert report.compact_seconds is not None
    assert _quads(plain) == _quads(compacted)


def test_parallel_ingest_reads_no_further_ahead_than_its_bound(tmp_path: Path, monkeypatch) -> None:
    """Memory stays flat in corpus size: the reader waits for the writer instead of
    queueing the whole corpus for the workers."""
    import importlib
    import json

    from kg.ingest.writer import ReleaseWriter

    module = importlib.import_module("kg.ingest.run")
    corpus = tmp_path / "many.jsonl"
    with corpus.open("w", encoding="utf-8") as out:
        for n in range(600):
            out.write(json.dumps({"id": f"r{n}", "title": "Talks", "date": "2023-05-15",
                                  "text": f"ASTANA - Minister Murat Nurtleu met Ambassador Yasuhiro Yamada ({n})."}) + "\n")
    read = [0]
    read_at_first_write: list[int] = []
    original_iter, original_write = module.iter_releases, ReleaseWriter.write

    def counting(paths, **kwargs):
        for release in original_iter(paths, **kwargs):
            read[0] += 1
            yield release

    def first_write(self, releases):
        if not read_at_first_write:
            import time

            time.sleep(0.5)  # a slow writer: the reader would run to the end of the corpus
            read_at_first_write.append(read[0])
        return original_write(self, releases)

    monkeypatch.setattr(module, "iter_releases", counting)
    monkeypatch.setattr(module, "IN_FLIGHT", 64)
    monkeypatch.setattr(ReleaseWriter, "write", first_write)
    report = ingest([corpus], store=open_store(":memory:"), jobs=2, batch_size=8)
    assert report.new == 600
    assert read_at_first_write[0] <= 8 + 2 * 64 + 16


def test_the_graph_does_not_depend_on_the_hash_seed(tmp_path: Path) -> None:
    """The same releases give the same quads in any process: no set order decides a merge
    ("Hayashi Yoshimasa" is filed under the surname of his full name, not of "Hayashi")."""
    import subprocess
    import sys

    for name, date, body in [
        ("a", "15 June 2023", "Foreign Minister of Japan Hayashi Yoshimasa met Foreign Minister of Singapore "
                              "Vivian Balakrishnan. Minister Hayashi thanked Minister Balakrishnan."),
        ("b", "20 June 2023", "Foreign Minister Hayashi received Ambassador of Kenya to Japan Mary Wambui. "
                              "Minister Hayashi and Ambassador Wambui discussed trade."),
        ("c", "25 June 2023", "Wang Yi met Foreign Minister Hayashi. Wang thanked Hayashi Yoshimasa."),
    ]:
        (tmp_path / "in").mkdir(exist_ok=True)
        write_release(tmp_path / "in", name, "Talks", f"TOKYO, {date} - {body}")
    script = ("import sys; from kg import open_store, ingest; s = open_store(':memory:'); "
              "ingest([sys.argv[1]], store=s); "
              "print(sorted(' '.join(map(str, r)) for r in s.query('SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }').rows))")
    outputs = {subprocess.run([sys.executable, "-c", script, str(tmp_path / "in")], capture_output=True, text=True,
                              check=True, env={**__import__("os").environ, "PYTHONHASHSEED": str(seed)}).stdout
               for seed in (1, 2, 3, 4)}
    assert len(outputs) == 1
