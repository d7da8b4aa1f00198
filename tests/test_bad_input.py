"""Bad input, issue 14: nothing lost, no traceback. Each bad file or line is reported with its
place and the rest go on; releases never share an IRI; text is clean at the boundary."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.graph.ontology import release_iri
from kg.ingest import ingest
from kg.sources import iter_releases
from kg.store import Store

BODY = "ASTANA, 15 May 2023 - Minister of Foreign Affairs Murat Nurtleu met Secretary General Helga Schmid."


def stored_releases(store: Store) -> set[str]:
    rows = store.rows("SELECT ?r WHERE { ?r a <https://w3id.org/diplomacy-kg/ontology#Release> }")
    return {str(r) for (r,) in rows}


def read(paths: list[Path], **options: object) -> tuple[list[str], list[str]]:
    errors: list[str] = []
    ids = [r.id for r in iter_releases(paths, on_error=lambda p, e: errors.append(str(e)), **options)]
    return ids, errors


# 1. Release identity
def test_file_names_in_other_scripts_or_differing_in_case_and_spaces_are_different_releases(tmp_path: Path) -> None:
    names = ["Заявление", "Встреча", "北京", "Talks 1", "talks-1", "*", "a&b", "a b"]
    for name in names:
        (tmp_path / f"{name}.txt").write_text(f"{name}\n\n{BODY}", encoding="utf-8")
    assert len({release_iri(n) for n in names}) == len(names)
    store = Store()
    report = ingest([tmp_path], store=store)
    assert report.failed == 0 and report.new == len(names)
    assert len(stored_releases(store)) == len(names)
    assert str(release_iri("Заявление")).endswith("/release/Заявление")


def test_two_releases_with_one_id_are_refused_not_replaced(tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "talks.txt").write_text(f"Talks {folder}\n\n{BODY}", encoding="utf-8")
    store = Store()
    report = ingest([tmp_path], store=store)
    assert (report.new, report.failed) == (1, 1)
    assert "already taken by" in report.failures[0][1] and str(tmp_path / "a" / "talks.txt") in report.failures[0][1]


# 2. JSON Lines: a bad line is reported, the rest read; a BOM is no problem
def test_bad_jsonl_line_does_not_drop_the_lines_after_it(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [json.dumps({"id": f"r{i}", "text": BODY}) for i in range(1, 6)]
    lines[1] = "{oops"
    path.write_bytes(b"\xef\xbb\xbf" + "\n".join(lines).encode("utf-8"))
    ids, errors = read([path])
    assert ids == ["r1", "r3", "r4", "r5"]
    assert len(errors) == 1 and errors[0].startswith(f"{path}:2: not valid JSON")


# 3. What used to be a traceback aborting the run
@pytest.mark.parametrize("item", [
    {"id": "t", "text": 12345},
    {"id": "t", "text": BODY, "title": ["a", "list"]},
    {"id": "t", "text": BODY, "title": {"a": 1}},
    {"id": "t", "text": BODY, "title": True},
    {"id": "t", "text": BODY, "date": 20210813},
    {"id": ["t"], "text": BODY},
    [1, 2, 3],
    "just a string",
])
def test_wrong_field_types_are_one_reported_line(tmp_path: Path, item: object) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps(item) + "\n" + json.dumps({"id": "good", "text": BODY}) + "\n", encoding="utf-8")
    ids, errors = read([path])
    assert ids == ["good"]
    assert len(errors) == 1 and errors[0].startswith(f"{path}:1: ")


@pytest.mark.parametrize("data", [
    "\n".join(json.dumps({"id": "x", "text": BODY + " Lajčák"}) for _ in range(2)).encode("cp1252"),
    json.dumps({"id": "x", "text": BODY}).encode("utf-16"),
    bytes(range(256)) * 8,
])
def test_jsonl_that_is_not_utf8_is_reported_not_a_traceback(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_bytes(data)
    (tmp_path / "good.txt").write_text(f"Good\n\n{BODY}", encoding="utf-8")
    ids, errors = read([tmp_path])
    assert "good" in ids
    assert set(ids) <= {"good", "x"} and (errors or "x" in ids)


def test_numeric_sidecar_date_is_reported(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(f"A\n\n{BODY}", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text('{"published": 20210101}', encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"B\n\n{BODY}", encoding="utf-8")
    ids, errors = read([tmp_path])
    assert ids == ["b"]
    assert len(errors) == 1 and "a.meta.json" in errors[0] and '"published" must be a string' in errors[0]


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\u0085", "\x0b", "\x0c", "\x1e"])
def test_unicode_line_separators_become_newlines_and_ingest(tmp_path: Path, separator: str) -> None:
    text = ("Minister of Foreign Affairs Murat Nurtleu met Secretary General Helga Schmid in Astana."
            f"{separator}Murat Nurtleu thanked Helga Schmid.{separator}Nurtleu and Schmid discussed security.")
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"id": "sep", "title": f"Talks{separator}in Astana", "text": text}) + "\n",
                    encoding="utf-8")
    [release] = list(iter_releases([path]))
    assert separator not in release.text and "\n" in release.text and release.title == "Talks in Astana"
    store = Store()
    report = ingest([path], store=store)
    assert report.failed == 0 and report.new == 1


def test_control_characters_are_removed_and_rdfxml_export_is_valid_xml(tmp_path: Path) -> None:
    from lxml import etree

    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"id": "ctl", "title": "Talks\x01\x7f", "text": f"{BODY}\x00\x08\x1b\ud800 \ufffe"})
                    + "\n", encoding="utf-8")
    [release] = list(iter_releases([path]))
    assert not any(ord(c) < 9 or 13 < ord(c) < 32 or c in "\x7f\ufffe" for c in release.text)
    folder = tmp_path / "store"
    result = CliRunner().invoke(main, ["ingest", "-q", "--store", str(folder), str(path)])
    assert result.exit_code == 0, result.output
    out = tmp_path / "kg.rdf"
    result = CliRunner().invoke(main, ["export", "--store", str(folder), "--format", "xml", "-o", str(out)])
    assert result.exit_code == 0, result.output
    etree.parse(str(out))  # raises on invalid XML


# 8. Size limit
def test_release_over_the_size_limit_is_reported_and_the_others_stored(tmp_path: Path) -> None:
    (tmp_path / "huge.txt").write_text("Huge\n\n" + (BODY + "\n\n") * 300, encoding="utf-8")
    (tmp_path / "small.txt").write_text(f"Small\n\n{BODY}", encoding="utf-8")
    ids, errors = read([tmp_path], max_chars=10_000)
    assert ids == ["small"]
    assert len(errors) == 1 and "over the limit of 10,000" in errors[0]
    result = CliRunner().invoke(main, ["ingest", "-q", "--store", ":memory:", "--max-release-size", "10000",
                                       str(tmp_path)])
    assert result.exit_code == 1 and "over the limit of 10,000" in result.output


# 9. Smaller ones
def test_cp1251_text_is_decoded_with_a_note_not_mojibake(tmp_path: Path) -> None:
    text = ("Заявление МИД\n\nМинистр иностранных дел провёл переговоры с министром иностранных дел "
            "Казахстана. Стороны обсудили вопросы двустороннего сотрудничества и региональной безопасности.")
    (tmp_path / "ru.txt").write_bytes(text.encode("cp1251"))
    notes: list[str] = []
    [release] = list(iter_releases([tmp_path], on_note=notes.append))
    assert release.text == text
    assert notes and "not UTF-8" in notes[0] and "1251" in notes[0]


def test_gzip_and_control_characters_are_told_apart_from_other_encodings(tmp_path: Path) -> None:
    import gzip

    (tmp_path / "packed.txt").write_bytes(gzip.compress(b"Title\n\nBody"))
    (tmp_path / "ctl.txt").write_text(f"Title\n\n{BODY}\x01", encoding="utf-8")
    ids, errors = read([tmp_path])
    assert ids == ["ctl"]
    assert len(errors) == 1 and "gzip" in errors[0]


def test_unreadable_folder_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "ok").mkdir()
    (tmp_path / "ok" / "a.txt").write_text(f"A\n\n{BODY}", encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "b.txt").write_text(f"B\n\n{BODY}", encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path: object = ".") -> object:  # what a folder without read permission does (even for root)
        if Path(str(path)) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)
    ids, errors = read([tmp_path])
    assert ids == ["a"]
    assert len(errors) == 1 and str(locked) in errors[0] and "cannot read this folder" in errors[0]


def test_extract_json_dir_does_not_overwrite_duplicate_ids(tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "talks.txt").write_text(f"Talks {folder}\n\n{BODY}", encoding="utf-8")
    (tmp_path / "a" / "Talks 1.txt").write_text(f"Spaced\n\n{BODY}", encoding="utf-8")
    (tmp_path / "a" / "talks-1.txt").write_text(f"Dashed\n\n{BODY}", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["extract", "--json-dir", str(out), str(tmp_path / "a"), str(tmp_path / "b")])
    assert result.exit_code == 1 and "already taken by" in result.output
    titles = sorted(json.loads(p.read_text(encoding="utf-8"))["title"] for p in out.iterdir())
    assert titles == ["Dashed", "Spaced", "Talks a"]


def test_ingest_exit_code_is_1_when_anything_failed(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(f"Good\n\n{BODY}", encoding="utf-8")
    (tmp_path / "bad.jsonl").write_text("{oops\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", "-q", "--store", ":memory:", str(tmp_path)])
    assert result.exit_code == 1
    assert "bad.jsonl:1: not valid JSON" in result.output and "1 new" in result.output and "1 failed" in result.output
