"""What every store back end offers: generic quad-store operations, no domain logic.

Queries see the union of all graphs as their default graph, with the prefixes of
``kg.namespaces.PREFIXES`` bound. Writing is by named graph: drop a graph, or replace
graphs with N-Quads text in one bulk load, then record each graph's digest (its "fully
written" mark: a graph without one is written again by the next ingest). What goes into
the graphs (mapping, entity descriptions, batching) is ``kg.ingest``'s business.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import IO, Protocol, Self

from rdflib import URIRef
from rdflib.term import Node


@dataclass(slots=True)
class QueryResult:
    """A SPARQL result: ``kind`` is "select", "ask" or "graph"."""

    kind: str
    variables: list[str] = field(default_factory=list)
    rows: list[tuple[Node | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[tuple[Node, Node, Node]] = field(default_factory=list)


class GraphStore(Protocol):
    """The interface of ``kg.store.embedded.Store`` and ``kg.store.remote.RemoteStore``."""

    location: str

    # --- reading ---------------------------------------------------------------------
    def query(self, sparql: str) -> QueryResult:
        """Run a SPARQL 1.1 query over the union of all graphs."""
        ...

    def rows(self, sparql: str) -> list[tuple[str | None, ...]]:
        """A SELECT's rows as plain strings (IRIs, lexical forms; None when unbound)."""
        ...

    def release_digest(self, graph: URIRef) -> str | None:
        """The digest recorded for a graph, or None if it has none (not fully written)."""
        ...

    def graphs(self) -> Iterator[URIRef]: ...

    def __len__(self) -> int: ...

    def is_empty(self) -> bool: ...

    def dump(self, output: str | os.PathLike[str] | IO[bytes], fmt: str) -> None:
        """Write the store in ``fmt`` (turtle, trig, nt, nquads, jsonld, xml)."""
        ...

    # --- writing ---------------------------------------------------------------------
    def update(self, sparql: str) -> None: ...

    def replace_graphs(self, graphs: Iterable[str], nquads: str, *, checked: bool = False) -> None:
        """Drop ``graphs``, then load the N-Quads ``nquads`` (any graphs). ``checked``: the
        caller parsed the text already, so a bulk loader may skip its own check."""
        ...

    def mark_digests(self, digests: Mapping[str, str]) -> None:
        """Record each graph's digest (graph IRI → digest), inside that graph."""
        ...

    def drop_graph(self, graph: URIRef) -> bool:
        """Drop a named graph; False if there was none."""
        ...

    def load_rdf(self, path: str | os.PathLike[str], *, graph: URIRef | None = None) -> None: ...

    def flush(self) -> None: ...

    def optimize(self) -> None: ...

    def close(self) -> None: ...

    def __enter__(self) -> Self: ...

    def __exit__(self, *exc: object) -> None: ...


__all__ = ["GraphStore", "QueryResult"]
