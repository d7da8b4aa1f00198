"""Summary tables of the graph: what `kg stats` prints.

``compute_stats(store)`` returns table name → (column names, rows), in the order a
reader wants them: entities by class, interactions by kind, interactions per year,
the top actors by degree and by betweenness, and the busiest pairs. Counts are per
interaction node (an event reported by several releases counts once), by the
interaction's own date: the ``timeline`` named query returns the same rows per year, and
interactions with no date of their own are counted as "undated". Degree and
betweenness are computed with networkx on the actor network of ``kg.analysis.network`` (its
interaction edges; affiliations left out). Exact betweenness costs one traversal of
the graph per actor; past ``BETWEENNESS_BUDGET`` (actors × edges) it is estimated from
a seeded, so repeatable, sample of source actors that fits the budget.
"""
from __future__ import annotations

from collections import Counter, defaultdict

import networkx as nx

from kg.analysis.network import KINDS, build_network
from kg.graph.ontology import DIP, INTERACTION_CLASSES
from kg.store.protocol import GraphStore

Table = tuple[list[str], list[tuple[object, ...]]]
BETWEENNESS_BUDGET = 5_000_000
_KIND_OF_CLASS = {str(cls): kind for kind, cls in INTERACTION_CLASSES.items()}
_NOT_ENTITIES = {str(c) for c in INTERACTION_CLASSES.values()} | {str(DIP.Interaction), str(DIP.Actor)}

Q_CLASSES = """
SELECT ?cls (COUNT(DISTINCT ?s) AS ?n) WHERE {
  ?s a ?cls . FILTER(STRSTARTS(STR(?cls), STR(dip:)))
} GROUP BY ?cls"""
Q_INTERACTIONS = f"""
SELECT DISTINCT ?i ?type ?date WHERE {{
  VALUES ?type {{ {" ".join(f"<{c}>" for c in INTERACTION_CLASSES.values())} }}
  ?i a ?type .
  OPTIONAL {{ ?i dip:date ?date }}
}}"""


def compute_stats(store: GraphStore, *, top: int = 10) -> dict[str, Table]:
    """The summary tables of the graph in ``store`` (see the module docstring).

    >>> from kg.store import open_store
    >>> compute_stats(open_store(":memory:"))["interactions"][0]
    ['kind', 'count']
    """
    tables: dict[str, Table] = {}
    classes: list[tuple[str, int]] = [(str(c).rsplit("#", 1)[-1], int(str(n)))
                                      for c, n in store.query(Q_CLASSES).rows if str(c) not in _NOT_ENTITIES]
    classes.sort(key=lambda r: (-r[1], r[0]))
    tables["entities"] = (["class", "count"], list(classes))

    kinds: Counter[str] = Counter()
    per_year: dict[str, Counter[str]] = defaultdict(Counter)
    seen: set[str] = set()
    for i, cls, date in sorted(store.query(Q_INTERACTIONS).rows, key=lambda r: tuple(str(x) for x in r)):
        if str(i) in seen:  # one count per interaction node, however many releases report it
            continue
        seen.add(str(i))
        kind = _KIND_OF_CLASS[str(cls)]
        kinds[kind] += 1
        when = str(date or "")  # its own date only, as the timeline query: undated ones apart
        per_year[when[:4] if when[:4].isdigit() else "undated"][kind] += 1
    tables["interactions"] = (["kind", "count"], [(k, kinds[k]) for k in KINDS])
    tables["per_year"] = (
        ["year", "interactions", *KINDS],
        [(year, sum(c.values()), *(c[k] for k in KINDS)) for year, c in sorted(per_year.items())],
    )

    graph = build_network(store, affiliations=False)
    ranked = sorted(graph.nodes(data=True),
                    key=lambda nd: (-nd[1]["degree"], -nd[1]["interactions"], nd[1]["label"]))
    tables["top_degree"] = (
        ["actor", "kind", "country", "degree", "interactions"],
        [(d["label"], d["kind"], d["country"] or "", d["degree"], d["interactions"])
         for _, d in ranked[:top]],
    )
    n, m = graph.number_of_nodes(), max(graph.number_of_edges(), 1)
    sources = n if n * m <= BETWEENNESS_BUDGET else max(32, BETWEENNESS_BUDGET // m)
    betweenness = (nx.betweenness_centrality(graph, k=sources if sources < n else None, seed=7) if n > 2
                   else {v: 0.0 for v in graph})
    by_b = sorted(betweenness.items(), key=lambda kv: (-kv[1], graph.nodes[kv[0]]["label"]))
    tables["top_betweenness"] = (
        ["actor", "kind", "country", "betweenness"],
        [(graph.nodes[v]["label"], graph.nodes[v]["kind"], graph.nodes[v]["country"] or "", round(b, 4))
         for v, b in by_b[:top]],
    )
    pairs = sorted(graph.edges(data=True), key=lambda e: (-e[2]["weight"], graph.nodes[e[0]]["label"],
                                                          graph.nodes[e[1]]["label"]))
    tables["busiest_pairs"] = (
        ["actor_a", "actor_b", "interactions", "kinds", "first", "last"],
        [(*sorted((graph.nodes[a]["label"], graph.nodes[b]["label"])), d["weight"],
          ", ".join(f"{k} {c}" for k, c in sorted(d["kinds"].items(), key=lambda kv: (-kv[1], kv[0]))),
          d["first"] or "", d["last"] or "") for a, b, d in pairs[:top]],
    )
    return tables


__all__ = ["Table", "compute_stats"]
