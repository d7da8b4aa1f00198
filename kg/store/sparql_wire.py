"""The SPARQL 1.1 protocols' side of a remote store: what goes on the wire and back.

Prefixes: nothing in a query is rewritten, but the prefixes of ``kg.namespaces.PREFIXES``
it uses and does not declare are declared before it (one added line), as the embedded
store binds them. Results: the SPARQL 1.1 Query Results JSON format → ``QueryResult``.
Errors: an HTTP failure → a ``StoreError`` or ``QueryError`` that names the URL and what to try.
"""
from __future__ import annotations

import re
from typing import Any

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from kg.errors import QueryError, StoreError
from kg.namespaces import PREFIXES
from kg.store.protocol import QueryResult

RESULTS_ACCEPT = "application/sparql-results+json, application/n-triples;q=0.9"
_DECLARED = re.compile(r"\bPREFIX\s+([A-Za-z][\w.-]*)?\s*:", re.IGNORECASE)


def http_error(what: str, url: str, code: int, reason: str, message: str, added_lines: int) -> Exception:
    detail = f"HTTP {code} {reason}" + (f": {message}" if message else "")
    if code == 400 and what in ("query", "update"):
        note = f" (line numbers count {added_lines} added line of PREFIX declarations)" if added_lines else ""
        return QueryError(f"the server rejected the {what}: {message or reason}{note}")
    if code in (401, 403):
        return StoreError(f"{url} refused the {what} ({detail}); the server may be read-only (start it with "
                          "`kg serve --writable`) or need credentials (http://user:password@host/…)")
    if code in (404, 405):
        return StoreError(f"{url} has no {what} endpoint ({detail}); check the URL and the server flavor "
                          "(a fuseki+http:// scheme or KG_STORE_FLAVOR; see docs/remote.md)")
    return StoreError(f"{what} at {url} failed: {detail}")


def with_prefixes(sparql: str) -> tuple[str, int]:
    """``sparql`` with the kg prefixes it uses and does not declare declared before it."""
    declared = {m.group(1) or "" for m in _DECLARED.finditer(sparql)}
    used = [p for p in PREFIXES if p not in declared and re.search(rf"(?<![\w.:-]){re.escape(p)}:", sparql)]
    if not used:
        return sparql, 0
    return " ".join(f"PREFIX {p}: <{PREFIXES[p]}>" for p in used) + "\n" + sparql, 1


def parse_json_results(data: dict[str, Any]) -> QueryResult:
    if "boolean" in data:
        return QueryResult("ask", boolean=bool(data["boolean"]))
    variables: list[str] = data.get("head", {}).get("vars", [])
    rows = [tuple(json_term(b[v]) if v in b else None for v in variables)
            for b in data.get("results", {}).get("bindings", [])]
    return QueryResult("select", variables, rows)


def json_term(b: dict[str, Any]) -> Node:
    kind, value = b.get("type"), b.get("value", "")
    if kind == "uri":
        return URIRef(value)
    if kind == "bnode":
        return BNode(value)
    if kind in ("literal", "typed-literal"):
        if b.get("xml:lang"):
            return Literal(value, lang=b["xml:lang"])
        dt = b.get("datatype")
        return Literal(value, datatype=None if dt in (None, str(XSD.string)) else URIRef(dt))
    return Literal(str(value))  # an RDF-star triple term: kg writes none


__all__ = ["RESULTS_ACCEPT", "http_error", "json_term", "parse_json_results", "with_prefixes"]
