"""Ingest: the one place where extraction, the graph and the store meet.

- ``run``: ``ingest(paths, store=…)``: read, extract, map and pack releases (in worker
  processes with ``jobs`` > 1), skip the unchanged ones, write the rest in batches
- ``writer``: ``ReleaseWriter``, the release write path every store back end gets:
  cross-release resolution, entity descriptions, graph replacement, sha256 marks

May import: ``kg.extract``, ``kg.graph``, ``kg.sources``, ``kg.store`` and the shared modules.
"""
from kg.ingest.run import IngestReport, ingest, process_release, remove
from kg.ingest.writer import ReleaseWriter

__all__ = ["IngestReport", "ReleaseWriter", "ingest", "process_release", "remove"]
