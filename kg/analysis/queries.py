"""Named SPARQL queries: ``kg/queries/*.rq``, each opening with comments that say what
it answers and which parameters it takes.

Parameters are bound as RDF terms with a ``VALUES`` clause appended to the query, never
pasted into its text, so a name with quotes or braces cannot change the query.

A parameter of type ``name`` matches names accent- and case-blind: ``actor=Lajcak`` finds
"Miroslav Lajčák". SPARQL cannot fold accents, so ``bind`` is handed the names the store
holds (``names``) and binds, beside what was typed, each spelling of it that a stored name
contains ("lajčák"); the query's own CONTAINS or = then finds those names on any back end.
"""
from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from kg.analysis.network_select import user_date
from kg.errors import ParameterError, QueryError

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
        raise ParameterError(f"no named query {name!r}; use one of: {known} (kg query --list)")
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


# Every name the entities graph holds: what ``name`` parameters are matched against.
NAMES_QUERY = ("SELECT DISTINCT ?form WHERE { GRAPH <https://w3id.org/diplomacy-kg/graph/entities> "
               "{ ?e rdfs:label|skos:altLabel ?form } }")


def _term(name: str, value: str, kind: str) -> str:
    if kind == "iri":
        return URIRef(value).n3()
    if kind == "date":
        user_date(value, f"--param {name}=")
        return Literal(value.strip(), datatype=XSD.date).n3()
    if kind == "integer":
        if not re.fullmatch(r"-?\d+", value):
            raise ParameterError(f"--param {name}= takes an integer, not {value!r} (example: --param {name}=10)")
        return Literal(int(value)).n3()
    return Literal(value).n3()


def _fold_char(char: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)).casefold()


def spellings(needle: str, names: Iterable[str]) -> list[str]:
    """``needle`` and, lower-cased, each differently accented spelling of it inside ``names``:
    'Lajcak' in ['Miroslav Lajčák'] → ['Lajcak', 'lajčák']. Few, whatever the number of names."""
    wanted = "".join(_fold_char(c) for c in needle)
    found: set[str] = set()
    if wanted:
        for name in names:
            folded: list[str] = []
            starts: list[int] = []  # index in ``folded`` text where each character of ``name`` begins
            for char in name:
                starts.append(sum(len(f) for f in folded))
                folded.append(_fold_char(char))
            text = "".join(folded)
            at = text.find(wanted)
            while at >= 0:
                if at in starts:
                    first = starts.index(at)
                    last = next((i for i in range(first, len(name)) if starts[i] + len(folded[i]) >= at + len(wanted)),
                                len(name) - 1)
                    if starts[last] + len(folded[last]) == at + len(wanted):
                        found.add(name[first:last + 1].lower())
                at = text.find(wanted, at + 1)
    found.discard(needle.lower())
    return [needle, *sorted(found)]


def bind(query: NamedQuery, values: dict[str, str], *, names: Callable[[], Iterable[str]] | None = None) -> str:
    """The query text with ``values`` bound as RDF terms; ``names()`` (the names the store
    holds, ``NAMES_QUERY``) makes parameters of type ``name`` accent-blind."""
    unknown = set(values) - set(query.params)
    if unknown:
        takes = " ".join(f"--param {p}=…" for p in query.params) or "no parameter"
        raise ParameterError(f"{query.name} takes no parameter {', '.join(sorted(unknown))}; it takes: {takes}")
    missing = [p for p in query.params if p not in values]
    if missing:
        raise ParameterError(f"{query.name} needs --param {missing[0]}=VALUE ({query.params[missing[0]][1]})")
    if not values:
        return query.text
    params = list(values)
    stored: list[str] | None = None
    columns: list[list[str]] = []
    for p in params:
        kind = query.params[p][0]
        if kind == "name" and names is not None:
            if stored is None:
                stored = list(names())
            columns.append([_term(p, v, "string") for v in spellings(values[p], stored)])
        else:
            columns.append([_term(p, values[p], kind)])
    rows = " ".join(f"({' '.join(row)})" for row in itertools.product(*columns))
    clause = f"VALUES ({' '.join('?' + p for p in params)}) {{ {rows} }}"
    # Inside the outermost WHERE, before anything else: bound before grouping.
    m = re.search(r"\bWHERE\s*\{", query.text, re.I)
    if not m:
        raise QueryError(f"named query {query.name} has no WHERE block to bind parameters in")
    return f"{query.text[: m.end()]}\n  {clause}\n{query.text[m.end():]}"
