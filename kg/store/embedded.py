"""The embedded store: an on-disk Oxigraph store, or an in-memory one for tests.

Why Oxigraph: on this kind of machine, at 1M quads, rdflib's in-memory store took
31 s to load and 22 s for a GROUP BY over meeting pairs; pyoxigraph on disk loaded in
7–9 s and answered in 1.7 s, and it persists (see ``bench/README.md`` for our runs).

Queries see the union of all graphs as their default graph (``kg.store.protocol``).

Writing: ``replace_graphs`` drops the given graphs and bulk-loads N-Quads text;
``mark_digests`` then writes each graph's digest in one transaction. A graph counts as
written only once its mark is there, so a crash in between leaves graphs that the next
ingest rewrites. What the graphs hold is decided above the store, in ``kg.ingest``.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from kg.errors import QueryError, StoreError
from kg.namespaces import DIGEST, PREFIXES
from kg.store.protocol import QueryResult
from kg.store.sparql_errors import describe_syntax_error

# IRIs converted once and kept: the vocabulary and the entities met first. Not every IRI:
# each release's own IRI is used once or twice, and 100k of them held 40 MB.
NODE_CACHE = 20_000


class Store:
    """An Oxigraph store on disk (``path``) or in memory (``path=None``)."""

    def __init__(self, path: str | os.PathLike[str] | None = None, *, read_only: bool = False):
        self.location = str(path) if path else ":memory:"
        try:
            if path is None:
                self._store = ox.Store()
            elif read_only:
                self._store = ox.Store.read_only(str(path))
            else:
                Path(path).mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(path))
        except OSError as exc:
            hint = " (is `kg serve` or another process using it? stop it or pass --store elsewhere)"
            raise StoreError(f"cannot open the store at {path}: {exc}{hint}") from exc
        self._nodes: dict[str, ox.NamedNode] = {}

    # --- reading ---------------------------------------------------------------------
    def release_digest(self, graph: URIRef) -> str | None:
        """The digest recorded for a graph, or None if it has none (not fully written)."""
        g = self._node(graph)
        for quad in self._store.quads_for_pattern(g, self._node(DIGEST), None, g):
            return str(quad.object.value)
        return None

    def query(self, sparql: str) -> QueryResult:
        """Run a SPARQL 1.1 query over the union of all graphs."""
        try:
            result = self._store.query(sparql, use_default_graph_as_union=True, prefixes=PREFIXES)
        except SyntaxError as exc:
            raise QueryError(f"SPARQL syntax error at {describe_syntax_error(sparql, str(exc), PREFIXES)}") from None
        except (OSError, ValueError) as exc:
            raise QueryError(f"query failed: {exc}") from exc
        if isinstance(result, (bool, ox.QueryBoolean)):
            return QueryResult("ask", boolean=bool(result))
        if isinstance(result, ox.QuerySolutions):
            variables = [v.value for v in result.variables]
            rows = [tuple(to_rdflib(sol[v]) if sol[v] is not None else None for v in variables) for sol in result]
            return QueryResult("select", variables, rows)
        triples = [(to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)) for t in result]
        return QueryResult("graph", triples=triples)  # type: ignore[arg-type]

    def rows(self, sparql: str) -> list[tuple[str | None, ...]]:
        """A SELECT's rows as plain strings (an IRI, or a literal's lexical form; None when
        unbound): for bulk reads, about twice as fast as ``query``."""
        try:
            result = self._store.query(sparql, use_default_graph_as_union=True, prefixes=PREFIXES)
        except SyntaxError as exc:
            raise QueryError(f"SPARQL syntax error at {describe_syntax_error(sparql, str(exc), PREFIXES)}") from None
        if not isinstance(result, ox.QuerySolutions):
            raise QueryError("rows() takes a SELECT query")
        width = len(result.variables)
        return [tuple(None if (term := sol[i]) is None else term.value for i in range(width)) for sol in result]

    def update(self, sparql: str) -> None:
        try:
            self._store.update(sparql, prefixes=PREFIXES)
        except SyntaxError as exc:
            raise QueryError(f"SPARQL update syntax error at {describe_syntax_error(sparql, str(exc), PREFIXES)}") from None

    def graphs(self) -> Iterator[URIRef]:
        for g in self._store.named_graphs():
            yield URIRef(g.value)

    def __len__(self) -> int:
        return len(self._store)

    def is_empty(self) -> bool:
        return next(iter(self._store.quads_for_pattern(None, None, None, None)), None) is None

    # --- writing ---------------------------------------------------------------------
    def replace_graphs(self, graphs: Iterable[str], nquads: str, *, checked: bool = False) -> None:
        """Drop ``graphs``, then load the N-Quads ``nquads``: one bulk load (no write-ahead
        log: about 2x faster and a 4x smaller store than a transaction). ``checked``: the
        caller parsed the text already (``kg.graph.packed``), so the loader skips its check."""
        try:
            for graph in graphs:
                g = self._node(graph)
                if self._store.contains_named_graph(g):
                    self._store.remove_graph(g)
            if self.location == ":memory:":
                self._store.load(nquads, format=ox.RdfFormat.N_QUADS)
            else:
                self._store.bulk_load(nquads, format=ox.RdfFormat.N_QUADS, lenient=checked)
        except (OSError, SyntaxError) as exc:
            raise StoreError(f"writing to the store at {self.location} failed: {exc}") from exc

    def mark_digests(self, digests: Mapping[str, str]) -> None:
        """Record each graph's digest inside that graph, in one transaction."""
        marks = [ox.Quad(g, self._node(DIGEST), ox.Literal(digest), g)
                 for graph, digest in digests.items() for g in (self._node(graph),)]
        try:
            self._store.extend(marks)
        except OSError as exc:
            raise StoreError(f"writing to the store at {self.location} failed: {exc}") from exc

    def drop_graph(self, graph: URIRef) -> bool:
        g = self._node(graph)
        if self._store.contains_named_graph(g):
            self._store.remove_graph(g)
            return True
        return False

    def load_rdf(self, path: str | os.PathLike[str], *, graph: URIRef | None = None) -> None:
        """Bulk-load an RDF file (format from its extension) into the store."""
        fmt = ox.RdfFormat.from_extension(Path(path).suffix.lstrip("."))
        if fmt is None:
            raise StoreError(f"{path}: unknown RDF file extension")
        kwargs: dict[str, Any] = {"format": fmt, "path": str(path)}
        if graph is not None and not fmt.supports_datasets:
            kwargs["to_graph"] = self._node(graph)
        self._store.bulk_load(**kwargs)

    def dump(self, output: str | os.PathLike[str] | Any, fmt: str) -> None:
        """Write the store in ``fmt`` (turtle, trig, nt, nquads, jsonld, xml)."""
        formats = {
            "turtle": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG, "nt": ox.RdfFormat.N_TRIPLES,
            "nquads": ox.RdfFormat.N_QUADS, "jsonld": ox.RdfFormat.JSON_LD, "xml": ox.RdfFormat.RDF_XML,
        }
        rdf_format = formats[fmt]
        if rdf_format.supports_datasets:
            self._store.dump(output, rdf_format, prefixes=PREFIXES)
            return
        # Triple formats get the union of all graphs, each triple once.
        union = ox.Store()
        union.bulk_extend(ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph())
                          for q in self._store.quads_for_pattern(None, None, None, None))
        with_prefixes = rdf_format in (ox.RdfFormat.TURTLE, ox.RdfFormat.N3, ox.RdfFormat.RDF_XML)
        union.dump(output, rdf_format, from_graph=ox.DefaultGraph(), **({"prefixes": PREFIXES} if with_prefixes else {}))

    def flush(self) -> None:
        """Write RocksDB's buffers out (without it, memory grows with the quads written)."""
        if self.location != ":memory:":
            self._store.flush()

    def close(self) -> None:
        """Release the store (and its lock on the folder); the object is unusable after."""
        store = getattr(self, "_store", None)
        if store is not None and self.location != ":memory:":
            try:
                store.flush()
            except OSError:
                pass  # a read-only store cannot flush, and has nothing to flush
        self._store = None  # type: ignore[assignment]
        self._nodes.clear()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def optimize(self) -> None:
        if self.location != ":memory:":
            self._store.optimize()

    # --- term conversion: the one boundary between rdflib and pyoxigraph --------------
    def _node(self, iri: URIRef | str) -> ox.NamedNode:
        node = self._nodes.get(iri)
        if node is None:
            node = ox.NamedNode(str(iri))
            if len(self._nodes) < NODE_CACHE:
                self._nodes[iri] = node
        return node


def to_rdflib(term: Any) -> Node:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        dt = term.datatype.value
        return Literal(term.value, datatype=None if dt == str(XSD.string) else URIRef(dt))
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    return Literal(str(term))


__all__ = ["NODE_CACHE", "Store", "to_rdflib"]
