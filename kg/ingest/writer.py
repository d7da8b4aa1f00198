"""The one write path: resolved releases and their entity descriptions → the store.

Every back end is written the same way, through the generic operations of
``kg.store.protocol.GraphStore``: for each batch, describe its entities once
(``kg.graph.mapping.describe``), replace the releases' graphs with the batch's N-Quads
in one bulk load, and then mark each release with its sha256. A release counts as stored
only once its mark is there, so a crash mid-batch leaves releases that the next ingest
rewrites; releases whose extraction failed never reach the writer. Persons and
interactions are matched across releases afterwards, over the whole store
(``kg.ingest.reconcile``), so that the order releases arrive in changes nothing.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field

from rdflib import URIRef
from rdflib.namespace import RDFS, SKOS

from kg.graph.identity import EntityIndex
from kg.graph.mapping import describe
from kg.graph.packed import PackedRelease
from kg.graph.ontology import ONTOLOGY_DIR
from kg.namespaces import ENTITIES_GRAPH, ONTOLOGY_GRAPH
from kg.nquads import quads_text
from kg.store.protocol import GraphStore

# Quads written between two flushes of the store's write buffers (measured on the embedded
# store: without it, memory grew about 1 MB per 1,000 quads; with it, it stays flat).
FLUSH_EVERY = 100_000
# Entity labels this writer wrote, kept to spare a lookup per entity per batch.
LABEL_CACHE = 200_000
# IRIs per VALUES query when asking the store for the labels it holds.
VALUES_CHUNK = 2_000


@dataclass
class ReleaseWriter:
    """Writes batches of packed releases into ``store``; one per ingest.

    ``fresh``: the store was empty when the ingest began, so every label in it is one this
    writer wrote (and remembers, until its cache overflows): no need to ask the store."""

    store: GraphStore
    index: EntityIndex
    fresh: bool = False
    labels: dict[URIRef, str] = field(default_factory=dict)  # entity IRI → the label this writer wrote for it
    described: dict[URIRef, frozenset[str]] = field(default_factory=dict)  # entity IRI → every name written for it
    unflushed: int = 0

    def write(self, batch: list[PackedRelease]) -> int:
        """Resolve ``batch`` and write it; returns the number of quads written."""
        if not batch:
            return 0
        # Persons and events are settled over the whole store after the ingest (kg.ingest.reconcile).
        releases = batch
        # The store keeps the first label an entity was given (stored_labels).
        described = describe((ent for r in releases for ent in r.entities), self.stored_labels, self.described)
        body = "".join(r.nquads for r in releases) + quads_text(described)
        self.store.replace_graphs([r.graph for r in releases], body, checked=True)
        self.store.mark_digests({r.graph: r.sha256 for r in releases})
        self._remember(described)
        written = sum(r.quads for r in releases) + len(described) + len(releases)  # the marks count too
        self.unflushed += written
        if self.unflushed >= FLUSH_EVERY:
            # RocksDB keeps written data in one write buffer per index until it flushes
            # them; flushing as we go keeps memory flat in corpus size.
            self.store.flush()
            self.unflushed = 0
        return written

    def stored_labels(self, iris: Iterable[URIRef]) -> dict[URIRef, str]:
        """The preferred label each entity already has in the store: those this writer
        wrote are remembered (a lookup per entity per batch slows as a big ingest grows);
        the store is asked for the rest."""
        out: dict[URIRef, str] = {}
        todo: list[URIRef] = []
        for iri in iris:
            known = self.labels.get(iri)
            if known is not None:
                out[iri] = known
            elif not self.fresh:
                todo.append(iri)
        for start in range(0, len(todo), VALUES_CHUNK):
            values = " ".join(i.n3() for i in todo[start:start + VALUES_CHUNK])
            rows = self.store.rows(f"SELECT ?e (MIN(?l) AS ?label) WHERE {{ VALUES ?e {{ {values} }} "
                                   f"GRAPH {ENTITIES_GRAPH.n3()} {{ ?e rdfs:label ?l }} }} GROUP BY ?e")
            out.update({URIRef(e): label for e, label in rows if e is not None and label is not None})
        return out

    def _remember(self, described: list[tuple[URIRef, URIRef, object, URIRef]]) -> None:
        if len(self.labels) > LABEL_CACHE:
            self.labels.clear()
            self.described.clear()
            self.fresh = False  # the labels forgotten are in the store only now
        names: dict[URIRef, set[str]] = {}
        for s, p, o, _g in described:
            if p == RDFS.label:
                self.labels[s] = str(o)
            if p == RDFS.label or p == SKOS.altLabel:
                names.setdefault(s, set()).add(str(o))
        for iri, new in names.items():
            self.described[iri] = self.described.get(iri, frozenset()) | new


def write_ontology(store: GraphStore) -> int:
    """Put ontology/diplomacy.ttl into the graph ``ONTOLOGY_GRAPH`` unless the same file is
    there already; returns the number of quads written (0 when it was there)."""
    from rdflib import Graph

    path = ONTOLOGY_DIR / "diplomacy.ttl"
    data = path.read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    if store.release_digest(ONTOLOGY_GRAPH) == sha:
        return 0
    graph = Graph().parse(data=data, format="turtle")
    store.replace_graphs([ONTOLOGY_GRAPH], quads_text((s, p, o, ONTOLOGY_GRAPH) for s, p, o in graph))
    store.mark_digests({ONTOLOGY_GRAPH: sha})
    return len(graph) + 1


__all__ = ["FLUSH_EVERY", "ReleaseWriter", "write_ontology"]
