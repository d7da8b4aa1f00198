"""Entity decisions a user can check (``kg entities --ambiguous``), most mentioned first:
a surname alone that several persons of the store share (kept apart: the corpus did not
make it unique), and two persons with one surname and compatible given names kept apart
because their states differ. People with different given names are not listed: they are
different people ("Jill Biden", "Joe Biden").

Corrections go in ``data/aliases.csv`` (``kg.graph.aliases``); the next ingest applies them.
"""
from __future__ import annotations

from kg.graph.identity import name_key
from kg.graph.names import given_compatible
from kg.store.protocol import GraphStore


def ambiguous(store: GraphStore) -> list[tuple[str, str, str]]:
    """Uncertain decisions in the store as (kind, names, why) rows, most mentioned first."""
    rows = store.rows(
        "SELECT ?p (MIN(?l) AS ?name) (SAMPLE(?s) AS ?state) (COUNT(DISTINCT ?r) AS ?n) WHERE { "
        "?p a dip:Person ; rdfs:label ?l . OPTIONAL { ?p dip:affiliatedWith ?s } "
        "OPTIONAL { GRAPH ?r { ?r dip:mentions ?p } } } GROUP BY ?p")
    by_surname: dict[str, list[tuple[str, str, str | None, int]]] = {}
    for p, name, state, n in rows:
        key = name_key(name or "")
        if key:
            by_surname.setdefault(key.split()[-1], []).append((p or "", name or "", state, int(n or 0)))
    ranked: list[tuple[int, tuple[str, str, str]]] = []
    for _surname, group in sorted(by_surname.items()):
        singles = [g for g in group if len(name_key(g[1]).split()) == 1]
        fulls = sorted((g for g in group if len(name_key(g[1]).split()) > 1), key=lambda g: (-g[3], g[1]))
        for single in singles:
            if len(fulls) > 1:
                ranked.append((single[3], ("surname only", single[1],
                                           "could be " + " or ".join(f[1] for f in fulls[:4]))))
        for i, a in enumerate(fulls):
            for b in fulls[i + 1:]:
                ga, gb = name_key(a[1]).split()[0], name_key(b[1]).split()[0]
                if given_compatible(ga, gb) and a[2] and b[2] and a[2] != b[2]:
                    ranked.append((min(a[3], b[3]), ("near miss", f"{a[1]} / {b[1]}", "same name, different states")))
    ranked.sort(key=lambda r: (-r[0], r[1]))
    return [row for _, row in ranked]


__all__ = ["ambiguous"]
