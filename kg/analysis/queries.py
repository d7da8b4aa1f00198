"""Named SPARQL queries: ``kg/queries/*.rq``, each opening with comments that say what
it answers and which parameters it takes.

Parameters are bound as RDF terms with a ``VALUES`` clause appended to the query, never
pasted into its text, so a name with quotes or braces cannot change the query.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from kg.errors import QueryError

QUERY_DIR = Path(__file__).resolve().parent / "queries"
_PARAM = re.compile(r"^#\s*@param\s+(\w+)\s*(?::\s*(\w+))?\s*(.*)$")


@dataclass(frozen=True, slots=True)
class NamedQuery:
    name: str
    description: str
    params: dict[str, tuple[str, str]]  # name -> (type, help)
    text: str


def list_queries() -> list[NamedQuery]:
    return [load_query(p.stem) for p in sorted(QUERY_DIR.glob("*.rq"))]


def load_query(name: str) -> NamedQuery:
    path = QUERY_DIR / f"{name}.rq"
    if not path.exists():
        known = ", ".join(p.stem for p in sorted(QUERY_DIR.glob("*.rq")))
        raise QueryError(f"no named query {name!r}; known queries: {known}")
    text = path.read_text(encoding="utf-8")
    description: list[str] = []
    params: dict[str, tuple[str, str]] = {}
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        m = _PARAM.match(line)
        if m:
            params[m.group(1)] = (m.group(2) or "string", m.group(3).strip())
        else:
            description.append(line.lstrip("# ").rstrip())
    return NamedQuery(name, " ".join(d for d in description if d), params, text)


def _term(value: str, kind: str) -> str:
    if kind == "iri":
        return URIRef(value).n3()
    if kind == "date":
        return Literal(value, datatype=XSD.date).n3()
    if kind == "integer":
        if not re.fullmatch(r"-?\d+", value):
            raise QueryError(f"parameter must be an integer, got {value!r}")
        return Literal(int(value)).n3()
    return Literal(value).n3()


def bind(query: NamedQuery, values: dict[str, str]) -> str:
    """The query text with ``values`` bound as RDF terms."""
    unknown = set(values) - set(query.params)
    if unknown:
        raise QueryError(f"{query.name} takes no parameter {', '.join(sorted(unknown))}; "
                         f"it takes: {', '.join(query.params) or 'none'}")
    missing = [p for p in query.params if p not in values]
    if missing:
        raise QueryError(f"{query.name} needs --param {missing[0]}=VALUE ({query.params[missing[0]][1]})")
    if not values:
        return query.text
    names = list(values)
    row = " ".join(_term(values[n], query.params[n][0]) for n in names)
    clause = f"VALUES ({' '.join('?' + n for n in names)}) {{ ({row}) }}"
    # Inside the outermost WHERE, before anything else: bound before grouping.
    m = re.search(r"\bWHERE\s*\{", query.text, re.I)
    if not m:
        raise QueryError(f"named query {query.name} has no WHERE block to bind parameters in")
    return f"{query.text[: m.end()]}\n  {clause}\n{query.text[m.end():]}"
