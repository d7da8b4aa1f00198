"""Regenerate the outputs of the example queries in docs/queries/ and the examples
section of docs/ontology.md.

Run it whenever the extraction, the mapping, the ontology or data/releases change:

    .venv/bin/python docs/make_examples.py

It ingests data/releases into an in-memory store (ingest puts ontology/diplomacy.ttl
into the graph <https://w3id.org/diplomacy-kg/ontology>: query 01 reads the CAMEO and
PLOVER codes from it, queries 03, 04 and 06 the alignments to public terms), runs every docs/queries/NN-name.rq, writes NN-name.out (CSV, as
the SPARQL 1.1 CSV results format: IRIs and literals as plain strings), and rewrites
the parts of docs/ontology.md between the ``examples:start`` / ``examples:end`` and
``alignments:start`` / ``alignments:end`` markers. The alignment table says, for each
rdfs:subClassOf / rdfs:subPropertyOf link from our terms to a public vocabulary,
whether the data carries the public triple beside ours or a query derives it from the
ontology graph (each fact is written once), measured on the bundled releases. tests/test_ontology.py runs the
same queries and builds the same table, and compares them with the files, so the docs
cannot drift from the code.

Cells that GROUP_CONCAT several values with the separator "; " are written with the
values sorted, because SPARQL leaves the order of an aggregate's values open.
"""
from __future__ import annotations

import csv
import io
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
QUERIES = ROOT / "docs" / "queries"
DOC = ROOT / "docs" / "ontology.md"
RELEASES = ROOT / "data" / "releases"
ONTOLOGY = ROOT / "ontology" / "diplomacy.ttl"
ONTOLOGY_GRAPH = "https://w3id.org/diplomacy-kg/ontology"
SEPARATOR = "; "
DIP = "https://w3id.org/diplomacy-kg/ontology#"
PUBLIC = {
    "http://semanticweb.cs.vu.nl/2009/11/sem/": "sem",
    "http://www.w3.org/ns/org#": "org",
    "http://www.w3.org/ns/prov#": "prov",
    "https://schema.org/": "schema",
    "http://xmlns.com/foaf/0.1/": "foaf",
    "http://www.w3.org/2004/02/skos/core#": "skos",
    "http://www.w3.org/ns/oa#": "oa",
    "http://www.w3.org/2006/time#": "time",
    "http://purl.org/dc/terms/": "dcterms",
}


def build_store() -> Any:
    """The bundled releases, ingested into a fresh in-memory store, plus the ontology."""
    from rdflib import URIRef

    from kg.ingest import ingest
    from kg.store import open_store

    store = open_store(":memory:")
    report = ingest([RELEASES], store=store)
    if report.failed:
        raise SystemExit(f"ingest failed for {report.failures}")
    if not store.release_digest(URIRef(ONTOLOGY_GRAPH)):
        raise SystemExit(f"ingest did not put the ontology into {ONTOLOGY_GRAPH}")
    return store


def cell(term: Any) -> str:
    if term is None:
        return ""
    text = str(term)
    if SEPARATOR in text:
        text = SEPARATOR.join(sorted(text.split(SEPARATOR)))
    return text


def run(store: Any, query: Path) -> tuple[list[str], list[tuple[str, ...]]]:
    """The header and rows (as strings) of one example query."""
    result = store.query(query.read_text(encoding="utf-8"))
    return result.variables, [tuple(cell(t) for t in row) for row in result.rows]


def to_csv(header: list[str], rows: list[tuple[str, ...]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


def read_csv(path: Path) -> tuple[list[str], list[tuple[str, ...]]]:
    with path.open(encoding="utf-8", newline="") as handle:
        header, *rows = list(csv.reader(handle))
    return header, [tuple(r) for r in rows]


def queries() -> list[Path]:
    return sorted(QUERIES.glob("*.rq"))


def markdown_table(header: list[str], rows: list[tuple[str, ...]], *, max_cell: int = 90) -> str:
    def esc(text: str) -> str:
        text = text if len(text) <= max_cell else text[: max_cell - 1] + "…"
        return text.replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(esc(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def replace_section(doc: str, name: str, body: str) -> str:
    """``doc`` with the text between ``<!-- name:start -->`` and ``<!-- name:end -->``
    replaced by ``body``."""
    start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
    if start not in doc or end not in doc:
        raise SystemExit(f"{DOC}: no {start} … {end} markers")
    head, rest = doc.split(start, 1)
    _, tail = rest.split(end, 1)
    return f"{head}{start}\n{body.strip()}\n{end}{tail}"


def curie(iri: str) -> str:
    if iri.startswith(DIP):
        return "dip:" + iri[len(DIP):]
    for ns, prefix in PUBLIC.items():
        if iri.startswith(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return f"<{iri}>"


def exists(store: Any, pattern: str) -> bool:
    # SELECT … LIMIT 1 rather than ASK: Store.query does not yet return ASK results
    # under pyoxigraph 0.5 (it expects a bool and gets a QueryBoolean).
    return bool(store.query(f"SELECT * WHERE {{ {pattern} }} LIMIT 1").rows)


def alignments_section(store: Any) -> str:
    """The alignments of our terms to public ones, and whether the data writes them."""
    from rdflib import Graph
    from rdflib.namespace import RDFS

    ontology = Graph().parse(ONTOLOGY)
    rows = []
    for relation, word in ((RDFS.subClassOf, "class"), (RDFS.subPropertyOf, "property")):
        for ours, theirs in sorted(ontology.subject_objects(relation)):
            if not str(ours).startswith(DIP) or str(theirs).startswith(DIP):
                continue
            if word == "class":
                used = f"?s a <{ours}>"
                missing = f"?s a <{ours}> FILTER NOT EXISTS {{ ?s a <{theirs}> }}"
            else:
                used = f"?s <{ours}> ?o"
                missing = f"?s <{ours}> ?o FILTER NOT EXISTS {{ ?s <{theirs}> ?o }}"
            if not exists(store, used):
                written = "not in the bundled data"
            elif exists(store, missing):
                written = "derived at query time"
            else:
                written = "written"
            rows.append((curie(str(ours)), "rdfs:sub" + ("ClassOf" if word == "class" else "PropertyOf"),
                         curie(str(theirs)), written))
    lines = ["| our term | relation | public term | in the data |", "|---|---|---|---|"]
    lines += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows]
    return "\n".join(lines)


def examples_section(results: dict[Path, tuple[list[str], list[tuple[str, ...]]]]) -> str:
    parts = [""]
    for path, (header, rows) in results.items():
        # Each query starts with "# Title", "#", then comment lines that describe it.
        comment = [line[2:] for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("# ")]
        title, description = (comment[0], comment[1:]) if comment else (path.stem, [])
        parts += [
            f"### {path.stem[:2]}. {title}",
            "",
            " ".join(description),
            "",
            f"[`queries/{path.name}`](queries/{path.name}):",
            "",
            "```sparql",
            path.read_text(encoding="utf-8").rstrip("\n"),
            "```",
            "",
            f"Output ([`queries/{path.stem}.out`](queries/{path.stem}.out), {len(rows)} rows):",
            "",
            markdown_table(header, rows),
            "",
        ]
    return "\n".join(parts)


def main() -> int:
    store = build_store()
    results = {}
    for path in queries():
        header, rows = run(store, path)
        path.with_suffix(".out").write_text(to_csv(header, rows), encoding="utf-8")
        results[path] = (header, rows)
        print(f"{path.name}: {len(rows)} rows", file=sys.stderr)
    doc = DOC.read_text(encoding="utf-8")
    doc = replace_section(doc, "examples", examples_section(results))
    doc = replace_section(doc, "alignments", alignments_section(store))
    DOC.write_text(doc, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main())
