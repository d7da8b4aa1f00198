"""Store: where the quads live, behind one small interface (``protocol.GraphStore``).

- ``protocol``: the operations every back end offers, and ``QueryResult``
- ``embedded``: an Oxigraph store in a folder, or in memory (``Store``)
- ``remote``: any SPARQL 1.1 server (``RemoteStore``); ``endpoints`` and ``sparql_wire`` its URLs and wire format
- ``location``: ``open_store(location)`` picks the back end; ``default_location()``

Generic operations only (query, rows, update, bulk-load N-Quads, replace or drop named
graphs, read and mark a graph's digest): what is written is decided in ``kg.ingest``.
May import: ``kg.errors``, ``kg.namespaces``, ``kg.nquads`` (nothing from graph, extract or ingest).
"""
from kg.store.embedded import Store, to_rdflib
from kg.store.location import DEFAULT_STORE, default_location, open_store
from kg.store.protocol import GraphStore, QueryResult
from kg.store.remote import RemoteStore, open_remote

__all__ = ["DEFAULT_STORE", "GraphStore", "QueryResult", "RemoteStore", "Store", "default_location", "open_remote",
           "open_store", "to_rdflib"]
