"""The graph store: an embedded on-disk Oxigraph store, or an in-memory one for tests.

Why Oxigraph: on this kind of machine, at 1M quads, rdflib's in-memory store took
31 s to load and 22 s for a GROUP BY over meeting pairs; pyoxigraph on disk loaded in
7–9 s and answered in 1.7 s, and it persists (see ``bench/README.md`` for our runs).

Layout: one named graph per release (graph IRI = release IRI), entity descriptions
once in ``graph/entities``. Queries see the union of all graphs as their default graph.

Writing: ``write(packed_releases)`` replaces each changed release's graph, bulk-loads the
batch's N-Quads (``kg.packed``) and then, in one transaction, each release's sha256: a release
counts as stored only once its mark is there, so a crash mid-batch leaves releases that
the next ingest rewrites; releases whose extraction failed never reach the store.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import RDFS, SKOS, XSD
from rdflib.term import Node

from kg.errors import QueryError, StoreError
from kg.mapping import describe
from kg.nquads import quads_text
from kg.packed import PackedRelease
from kg.ontology import DIP, ENTITIES_GRAPH, PREFIXES

# Quads written between two flushes of the store's write buffers (measured: without it, memory
# grew about 1 MB per 1,000 quads; with it, it stays flat).
FLUSH_EVERY = 100_000
# IRIs converted once and kept: the vocabulary and the entities met first. Not every IRI:
# each release's own IRI is used once or twice, and 100k of them held 40 MB.
NODE_CACHE = 20_000
# Entity labels written by this object, kept to spare a lookup per entity per batch.
LABEL_CACHE = 200_000
_SHA256 = DIP.sha256
DEFAULT_STORE = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share")) / "diplomacy-kg" / "store"


def default_location() -> str:
    """``$KG_STORE``, else ``~/.local/share/diplomacy-kg/store``."""
    return os.environ.get("KG_STORE") or str(DEFAULT_STORE)


@dataclass(slots=True)
class QueryResult:
    """A SPARQL result: ``kind`` is "select", "ask" or "graph"."""

    kind: str
    variables: list[str] = field(default_factory=list)
    rows: list[tuple[Node | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[tuple[Node, Node, Node]] = field(default_factory=list)


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
        self._labels: dict[str, str] = {}  # entity IRI → the label this object wrote for it
        self._described: dict[str, frozenset[str]] = {}  # entity IRI → every name this object wrote for it
        self._unflushed = 0

    # --- reading ---------------------------------------------------------------------
    def release_digest(self, graph: URIRef) -> str | None:
        """The sha256 recorded for a release graph, or None if the release is not stored."""
        g = self._node(graph)
        for quad in self._store.quads_for_pattern(g, self._node(DIP.sha256), None, g):
            return str(quad.object.value)
        return None

    def query(self, sparql: str) -> QueryResult:
        """Run a SPARQL 1.1 query over the union of all graphs."""
        try:
            result = self._store.query(sparql, use_default_graph_as_union=True, prefixes=PREFIXES)
        except SyntaxError as exc:
            raise QueryError(f"SPARQL syntax error: {exc}") from exc
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
            raise QueryError(f"SPARQL syntax error: {exc}") from exc
        if not isinstance(result, ox.QuerySolutions):
            raise QueryError("rows() takes a SELECT query")
        width = len(result.variables)
        return [tuple(None if (term := sol[i]) is None else term.value for i in range(width)) for sol in result]

    def update(self, sparql: str) -> None:
        self._labels.clear()  # an update may relabel or delete anything
        self._described.clear()
        try:
            self._store.update(sparql, prefixes=PREFIXES)
        except SyntaxError as exc:
            raise QueryError(f"SPARQL update syntax error: {exc}") from exc

    def graphs(self) -> Iterator[URIRef]:
        for g in self._store.named_graphs():
            yield URIRef(g.value)

    def __len__(self) -> int:
        return len(self._store)

    def is_empty(self) -> bool:
        return next(iter(self._store.quads_for_pattern(None, None, None, None)), None) is None

    def labels_of(self, iris: Iterable[URIRef]) -> dict[URIRef, str]:
        """The preferred label each entity already has in the store (those this object
        wrote are remembered: a lookup per entity per batch slows as a big ingest grows)."""
        out: dict[URIRef, str] = {}
        label, graph = self._node(RDFS.label), self._node(ENTITIES_GRAPH)
        for iri in iris:
            known = self._labels.get(iri)
            if known is not None:
                out[iri] = known
                continue
            for quad in self._store.quads_for_pattern(self._node(iri), label, None, graph):
                out[iri] = str(quad.object.value)
                break
        return out

    # --- writing ---------------------------------------------------------------------
    def write(self, releases: list[PackedRelease]) -> int:
        """Replace the graphs of ``releases`` and describe their entities. Returns the
        number of quads written."""
        if not releases:
            return 0
        described = describe((ent for r in releases for ent in r.entities), self.labels_of, self._described)
        label_p, alt_p = RDFS.label, SKOS.altLabel
        labels: dict[str, str] = {}
        names: dict[str, set[str]] = {}
        for s, p, o, _g in described:
            if p == label_p:
                labels[s] = str(o)
            if p == label_p or p == alt_p:
                names.setdefault(s, set()).add(str(o))
        body = "".join(r.nquads for r in releases) + quads_text(described)
        # The release's sha256 is its "fully written" mark: everything else goes in one bulk
        # load (no write-ahead log: about 2x faster and a 4x smaller store than a
        # transaction), then the marks in one transaction. A crash in between leaves
        # releases without their mark, which the next ingest rewrites from scratch.
        marks = [ox.Quad(g, self._node(_SHA256), ox.Literal(r.sha256), g)
                 for r in releases for g in (self._node(r.graph),)]
        written = sum(r.quads for r in releases) + len(described)
        try:
            for r in releases:
                g = self._node(r.graph)
                if self._store.contains_named_graph(g):
                    self._store.remove_graph(g)
            if self.location == ":memory:":
                self._store.load(body, format=ox.RdfFormat.N_QUADS)
            else:
                # Workers parsed each release's text already (kg.packed): no second check.
                self._store.bulk_load(body, format=ox.RdfFormat.N_QUADS, lenient=True)
            self._store.extend(marks)
            if len(self._labels) > LABEL_CACHE:
                self._labels.clear()
                self._described.clear()
            self._labels.update(labels)
            for iri, new in names.items():
                self._described[iri] = self._described.get(iri, frozenset()) | new
            self._unflushed += written
            if self._unflushed >= FLUSH_EVERY and self.location != ":memory:":
                # RocksDB keeps written data in one write buffer per index until it
                # flushes them; flushing as we go keeps memory flat in corpus size.
                self._store.flush()
                self._unflushed = 0
        except (OSError, SyntaxError) as exc:
            raise StoreError(f"writing to the store at {self.location} failed: {exc}") from exc
        return written + len(marks)

    def remove_release(self, graph: URIRef) -> bool:
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
        union.dump(output, rdf_format, from_graph=ox.DefaultGraph(),
                   **({"prefixes": PREFIXES} if rdf_format in (ox.RdfFormat.TURTLE, ox.RdfFormat.N3) else {}))

    def flush(self) -> None:
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


def open_store(location: str | None = None, *, read_only: bool = False) -> Store:
    """Open the store at ``location``: a folder, ``:memory:`` for a throwaway one, or the
    URL of a SPARQL 1.1 server (``kg.remote``, docs/remote.md); default ``default_location()``."""
    where = location or default_location()
    from kg.remote import is_remote, open_remote  # a server URL: the SPARQL 1.1 protocols

    if is_remote(where):
        return open_remote(where, read_only=read_only)  # type: ignore[return-value]
    if where == ":memory:":
        return Store(None)
    return Store(where, read_only=read_only)


__all__ = ["Store", "QueryResult", "open_store", "default_location", "SKOS"]
