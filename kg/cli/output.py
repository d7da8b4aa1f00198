"""Rows → text: table, CSV, TSV, or SPARQL 1.1 Query Results JSON. No click here."""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD

FORMATS = ("table", "csv", "tsv", "json")


def cell(term: Any) -> str:
    """A term as a person reads it: IRIs in full, literals by their lexical form."""
    if term is None:
        return ""
    if isinstance(term, (URIRef, Literal, BNode)):
        return str(term)
    return str(term)


def sparql_json_term(term: Any) -> dict[str, str]:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    if isinstance(term, Literal):
        out = {"type": "literal", "value": str(term)}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype is not None and term.datatype != XSD.string:
            out["datatype"] = str(term.datatype)
        return out
    return {"type": "literal", "value": str(term)}


def render(columns: Sequence[str], rows: Sequence[Sequence[Any]], fmt: str = "table") -> str:
    """Render a result table. ``json`` follows the SPARQL 1.1 Query Results JSON Format."""
    if fmt == "json":
        bindings = [{c: sparql_json_term(v) for c, v in zip(columns, row) if v is not None} for row in rows]
        return json.dumps({"head": {"vars": list(columns)}, "results": {"bindings": bindings}},
                          ensure_ascii=False, indent=1)
    if fmt in ("csv", "tsv"):
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([cell(v) for v in row])
        return buffer.getvalue().rstrip("\n")
    if fmt != "table":
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    texts = [[cell(v).replace("\n", " ") for v in row] for row in rows]
    widths = [len(c) for c in columns]
    for row in texts:
        for i, value in enumerate(row):
            widths[i] = min(max(widths[i], len(value)), 80)
    def line(values: Sequence[str]) -> str:
        return "  ".join(_clip(v, widths[i]).ljust(widths[i]) for i, v in enumerate(values)).rstrip()
    out = [line(columns), line(["-" * w for w in widths])]
    out += [line(r) for r in texts]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)


def _clip(value: str, width: int) -> str:
    return value if len(value) <= width else value[: width - 1] + "…"
