"""A seeded fuzz of release text, JSON Lines lines and sidecars (issue 14): whatever is mixed
in, ingest raises nothing, every good release is stored, and every bad line or file is
counted once as failed."""
from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from rdflib import Graph

from kg.graph.ontology import release_iri
from kg.ingest import ingest
from kg.store import Store

SENTENCES = [
    "ASTANA, 15 May 2023 - Minister of Foreign Affairs Murat Nurtleu met Secretary General Helga Schmid.",
    "Secretary Blinken spoke today with Foreign Minister Bakhtiyor Saidov of Uzbekistan.",
    "The sides discussed regional security, trade and the C5+1 format.",
    "Министр иностранных дел провёл переговоры в Ташкенте.",
    "北京 — 双方讨论了合作。",
]
# Characters that once broke something downstream: separators, controls, BOM, combining marks,
# noncharacters, RTL marks, NBSP, astral code points, quotes and markup.
ODD = ["\u2028", "\u2029", "\u0085", "\x0b", "\x0c", "\x00", "\x01", "\x1b", "\x7f", "\x9f", "\ufeff", "\u0301",
       "\ufffe", "\uffff", "\u200f", "\u00a0", "\U0001f600", "\t", "\r", "\r\n", '"', "\\", "<", "&", "]]>", "'''"]
# What a field of a JSON Lines line may wrongly hold.
WRONG = [12345, 1.5, True, None, [], ["a"], {}, {"a": 1}]


def odd_text(rng: random.Random) -> str:
    words = " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(1, 4)))
    for _ in range(rng.randint(0, 6)):
        at = rng.randint(0, len(words))
        words = words[:at] + rng.choice(ODD) + words[at:]
    return words


def corpus(folder: Path, seed: int) -> tuple[set[str], int]:
    """Write a mixed corpus under ``folder``; returns the ids of the good releases and the
    number of bad lines and files."""
    rng = random.Random(seed)
    good: set[str] = set()
    bad = 0
    lines: list[str] = []
    for i in range(40):
        kind = rng.random()
        item: object
        if kind < 0.6:
            item = {"id": f"j{seed}-{i}", "title": odd_text(rng), "text": odd_text(rng)}
            if rng.random() < 0.5:
                item["date"] = rng.choice(["2021-08-13", "13 August 2021", "not a date", ""])  # type: ignore[index]
            good.add(f"j{seed}-{i}")
        elif kind < 0.8:
            field = rng.choice(["text", "title", "date", "url", "publisher", "id"])
            item = {"id": f"bad{seed}-{i}", "text": odd_text(rng), field: rng.choice([w for w in WRONG if w is not None])}
            if field == "id" and isinstance(item["id"], int | float) and not isinstance(item["id"], bool):  # type: ignore[index]
                item["id"] = [item["id"]]  # type: ignore[index]  # a number is a valid id: make it a list
            bad += 1
        else:
            lines.append(rng.choice(["{oops", "[1, 2]", '"text"', "null", "{" * 5000, '{"text": ""}',
                                     '{"id": "x", "text": "\\ud800"']))  # truncated: invalid
            bad += 1
            continue
        lines.append(json.dumps(item, ensure_ascii=rng.random() < 0.5))
    (folder / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for i in range(12):
        name = rng.choice(["Заявление", "北京", "Talks 1", "talks-1", "a&b", "plain"]) + f"-{seed}-{i}"
        text = odd_text(rng)
        path = folder / f"{name}.txt"
        roll = rng.random()
        if roll < 0.15:
            path.write_bytes(bytes(rng.randrange(256) for _ in range(300)) + b"\x00")  # binary
            bad += 1
            continue
        if roll < 0.3:
            path.write_text(f"Title\n\n{text}", encoding="utf-8")
            (folder / f"{name}.meta.json").write_text(json.dumps({"published": rng.choice(WRONG[:3] + [["x"]])}),
                                                      encoding="utf-8")
            bad += 1
            continue
        encoding = rng.choice(["utf-8", "utf-8-sig", "utf-16"])
        path.write_bytes(f"Title {i}\n\n{text}".encode(encoding, "replace"))
        if rng.random() < 0.3:
            (folder / f"{name}.meta.json").write_text(json.dumps({"published": "2021-01-01", "url": "https://x/"}),
                                                      encoding="utf-8")
        good.add(path.stem)
    return good, bad


@pytest.mark.parametrize("seed", range(6))
def test_fuzzed_input_never_raises_and_stores_every_good_release(tmp_path: Path, seed: int) -> None:
    good, bad = corpus(tmp_path, seed)
    store = Store()
    report = ingest([tmp_path], store=store)
    rows = store.rows("SELECT ?r WHERE { ?r a <https://w3id.org/diplomacy-kg/ontology#Release> }")
    stored = {str(r) for (r,) in rows}
    assert {str(release_iri(i)) for i in good} <= stored, report.failures
    assert report.new == len(good) == len(stored)
    assert report.failed == bad, report.failures
    for fmt, suffix in (("xml", "rdf"), ("turtle", "ttl")):  # the exports read back (RDF/XML is strict XML)
        out = tmp_path / f"out.{suffix}"
        store.dump(out, fmt)
        assert len(Graph().parse(out, format=fmt)) > 0
