"""Quads per release: how many quads the mapping writes for each release of a corpus, and
how many the store holds in the end (release graphs and the entities graph apart).

    .venv/bin/python bench/quads_per_release.py [data/releases]

Quoted in docs/ontology.md ("Each fact once"), before and after the de-duplication of
public super-properties.
"""
from __future__ import annotations

import sys
from collections import Counter

from kg.ingest import ingest
from kg.namespaces import ENTITIES_GRAPH, ONTOLOGY_GRAPH
from kg.store import open_store


def main(path: str = "data/releases") -> None:
    store = open_store(":memory:")
    report = ingest([path], store=store)
    releases = report.new + report.updated
    rows = store.rows("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    per_graph = {g: int(n) for g, n in rows if g is not None and n is not None}
    entities = per_graph.pop(str(ENTITIES_GRAPH), 0)
    ontology = per_graph.pop(str(ONTOLOGY_GRAPH), 0)
    in_releases = sum(per_graph.values())
    written = report.quads - getattr(report, "ontology_quads", 0)
    stored = len(store) - ontology
    predicates = Counter(dict((p, int(n)) for p, n in store.rows(
        f"SELECT ?p (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != <{ONTOLOGY_GRAPH}>) }} "
        "GROUP BY ?p") if p and n))
    print(f"{releases} releases: {written} quads written, {stored} stored "
          f"({in_releases} in release graphs, {entities} in the entities graph; "
          f"the ontology graph's {ontology} apart)")
    print(f"per release: {written / releases:.1f} written, {stored / releases:.1f} stored, "
          f"{in_releases / releases:.1f} in its own graph")
    print("most written predicates: " + ", ".join(f"{p.rsplit('/', 1)[-1]} {n}" for p, n in predicates.most_common(8)))


if __name__ == "__main__":
    main(*sys.argv[1:])
