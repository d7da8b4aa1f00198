"""Entity decisions a user can check (``kg entities --ambiguous``): a surname alone that
several stored persons share, and two persons whose names differ in one word only.

Corrections go in ``data/aliases.csv`` (``kg.graph.aliases``); the next ingest honours them.
"""
from __future__ import annotations

from kg.graph.identity import name_key, states_compatible
from kg.store.protocol import GraphStore


def ambiguous(store: GraphStore) -> list[tuple[str, str, str]]:
    """Uncertain merges and near-misses in the store, as (kind, names, why) rows:
    a surname alone that several persons share; two persons whose names differ in one
    word only (a merge the resolver did not make)."""
    rows = store.query(
        "SELECT ?p ?name (GROUP_CONCAT(DISTINCT STR(?s); separator=' ') AS ?states) WHERE { "
        "?p a dip:Person ; rdfs:label ?name . OPTIONAL { ?p dip:affiliatedWith ?s } } GROUP BY ?p ?name").rows
    persons = [(str(p), str(n), set(str(s or "").split())) for p, n, s in rows]
    by_surname: dict[str, list[tuple[str, str, set[str]]]] = {}
    for person in persons:
        key = name_key(person[1])
        if key:
            by_surname.setdefault(key.split()[-1], []).append(person)
    out: list[tuple[str, str, str]] = []
    for surname, group in sorted(by_surname.items()):
        singles = [g for g in group if len(name_key(g[1]).split()) == 1]
        fulls = [g for g in group if len(name_key(g[1]).split()) > 1]
        for single in singles:
            if len(fulls) > 1:
                out.append(("surname only", single[1], "could be " + " or ".join(f[1] for f in fulls)))
            elif len(fulls) == 1 and not states_compatible(single[2], fulls[0][2]):
                out.append(("surname only", single[1], f"kept apart from {fulls[0][1]}: different states"))
        for i, a in enumerate(fulls):
            for b in fulls[i + 1:]:
                ka, kb = name_key(a[1]).split(), name_key(b[1]).split()
                if ka[-1] == kb[-1] and ka != kb:
                    why = "same surname, other first name" if states_compatible(a[2], b[2]) else "same surname, different states"
                    out.append(("near miss", f"{a[1]} / {b[1]}", why))
    return out



__all__ = ["ambiguous"]
