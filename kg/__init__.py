"""diplomacy-kg: foreign-ministry press releases → a knowledge graph of diplomatic interactions.

The library behind the ``kg`` command; every command is one call here:

>>> from kg import open_store, ingest
>>> store = open_store(":memory:")
>>> report = ingest(["data/releases"], store=store)   # doctest: +SKIP
>>> rows = store.query("SELECT ?name WHERE { ?p a dip:Person ; rdfs:label ?name }").rows  # doctest: +SKIP

The package's folders follow the data: ``sources`` → ``extract`` → ``graph`` → ``ingest``
→ ``store`` ← ``analysis`` → ``viz``; ``docs/architecture.md`` draws it and says what each
folder may import.
"""
from kg.analysis.ambiguities import ambiguous
from kg.analysis.network import build_network
from kg.analysis.profile import actor_profile
from kg.analysis.queries import bind, list_queries, load_query
from kg.analysis.stats import compute_stats
from kg.analysis.validate import ValidationReport, Violation, format_report, validate
from kg.errors import ExportError, KgError, QueryError, SourceError, StoreError
from kg.export import EXPORTERS, export
from kg.extract import extract, extract_files
from kg.graph.identity import name_key
from kg.graph.mapping import MappedRelease, map_release
from kg.ingest import IngestReport, ingest
from kg.lexicon import Lexicon
from kg.records import (
    Document, Evidence, Initiative, Interaction, Organization, Person, Record, Release, Role, State,
)
from kg.sources import iter_releases, make_release, read_file
from kg.store import GraphStore, QueryResult, Store, default_location, open_store
from kg.viz import write_viewer

__all__ = [
    "Document", "EXPORTERS", "Evidence", "ExportError", "GraphStore", "IngestReport", "Initiative", "Interaction",
    "KgError", "Lexicon", "MappedRelease", "Organization", "Person", "QueryError", "QueryResult", "Record",
    "Release", "Role", "SourceError", "State", "Store", "StoreError", "bind", "default_location", "export",
    "extract", "extract_files", "ingest", "iter_releases", "list_queries", "load_query", "make_release",
    "map_release", "open_store", "read_file", "ValidationReport", "Violation", "format_report", "validate",
    "build_network", "write_viewer", "compute_stats", "ambiguous", "name_key", "actor_profile",
]
