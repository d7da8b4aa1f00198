"""An actor's profile: offices over time, interactions by counterpart, initiatives.

``actor_profile(store, "Lajčák")`` finds the actor by any of its names (case and accents
ignored) and runs the named queries ``offices-of``, ``counterparts-of`` and
``initiatives-of`` for it.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from typing import Any

from kg.errors import QueryError
from kg.analysis.queries import bind, load_query


@dataclass(slots=True)
class Table:
    columns: list[str]
    rows: list[tuple[Any, ...]]


@dataclass(slots=True)
class ActorProfile:
    name: str
    iri: str
    kinds: list[str]
    other_names: list[str] = field(default_factory=list)
    offices: Table | None = None
    counterparts: Table | None = None
    initiatives: Table | None = None


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).casefold()


def find_actor(store: Any, name: str) -> tuple[str, str, list[str], list[str]]:
    """(IRI, label, kinds, other names) of the actor ``name`` denotes; the best match
    when several do (an exact name before a partial one, persons before others)."""
    rows = store.query(
        "SELECT ?a ?label ?form ?kind WHERE { ?a rdfs:label ?label ; rdfs:label|skos:altLabel ?form ; a ?kind . "
        "VALUES ?kind { dip:Person dip:State dip:Organization } }").rows
    wanted = _fold(name.strip())
    scored: dict[str, tuple[int, str, set[str], set[str]]] = {}
    for iri, label, form, kind in rows:
        f = _fold(str(form))
        score = 3 if f == wanted else 2 if wanted in f.split() else 1 if wanted in f else 0
        if not score:
            continue
        key = str(iri)
        best, lab, kinds, forms = scored.get(key, (0, str(label), set(), set()))
        scored[key] = (max(best, score), lab, kinds | {str(kind).rsplit("#", 1)[-1]}, forms | {str(form)})
    if not scored:
        raise QueryError(f"no actor named {name!r} in the store; `kg query --name meetings-of` lists names, "
                         "or try part of the name")
    # Among equal matches, the actor with the most names: the one the corpus names most ways.
    iri, (score, label, kinds, forms) = max(scored.items(), key=lambda kv: (kv[1][0], "Person" in kv[1][2],
                                                                           len(kv[1][3]), kv[0]))
    return iri, label, sorted(kinds), sorted(forms - {label})


def actor_profile(store: Any, name: str) -> ActorProfile:
    iri, label, kinds, others = find_actor(store, name)
    profile = ActorProfile(label, iri, kinds, others)
    for attr, query, param in (("offices", "offices-of", "person"), ("counterparts", "counterparts-of", "actor"),
                               ("initiatives", "initiatives-of", "actor")):
        q = load_query(query)
        result = store.query(bind(q, {param: label}))
        table = Table(result.variables, result.rows)
        setattr(profile, attr, _bare_offices_placed(table) if attr == "offices" else table)
    return profile


def _bare_offices_placed(offices: Table) -> Table:
    """Rows of an office the texts leave bare ("Foreign Minister Lavrov", no "of") joined to the
    row of the same title that other releases say is whose, when there is one such row: one
    office of one person, not two. (The releases count may count a release twice.)"""
    cols = {c: k for k, c in enumerate(offices.columns)}
    if not {"title", "of", "first", "last", "releases"} <= set(cols):
        return offices
    title, of, first, last, n = (cols[c] for c in ("title", "of", "first", "last", "releases"))
    placed: dict[str, list[int]] = {}
    for k, row in enumerate(offices.rows):
        if row[of]:
            placed.setdefault(str(row[title]).casefold(), []).append(k)
    rows = [list(r) for r in offices.rows]
    keep = []
    for k, row in enumerate(rows):
        home = placed.get(str(row[title]).casefold(), [])
        if row[of] or len(home) != 1:
            keep.append(k)
            continue
        target = rows[home[0]]
        target[first] = min((x for x in (target[first], row[first]) if x), default=None)
        target[last] = max((x for x in (target[last], row[last]) if x), default=None)
        target[n] = type(target[n])(int(target[n] or 0) + int(row[n] or 0))
    return Table(offices.columns, [tuple(rows[k]) for k in keep])
