"""Ingest: releases in files → extraction → RDF → the store, idempotently.

A release whose sha256 matches the one stored is skipped; a changed one has its graph
replaced; a release that fails to read or extract is reported and left out, and the
rest go on. Releases stream through in batches: the corpus is never held in memory.
Workers extract, map and pack (``process_release``); this process writes, through
``kg.ingest.writer.ReleaseWriter``.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import multiprocessing
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import URIRef

from kg.errors import KgError
from kg.extract import extract
from kg.graph.identity import EntityIndex
from kg.graph.mapping import map_release
from kg.graph.ontology import release_iri
from kg.graph.packed import PackedRelease, pack
from kg.ingest.reconcile import reconcile
from kg.ingest.writer import ReleaseWriter, write_ontology
from kg.lexicon import Lexicon
from kg.records import Release
from kg.sources import MAX_RELEASE_CHARS, iter_releases
from kg.store.protocol import GraphStore

# Each batch is a bulk load, which leaves the store in many small files; compacting them
# after a large ingest halved the named queries' latency at 1M quads (0.85 s to compact;
# bench/README.md). Below this many quads written, compaction is not worth its time.
COMPACT_AFTER = 100_000
# With --jobs N: releases sent to a worker at a time, and at most how many releases may be
# read ahead of the writer (their results included).
CHUNK = 16
IN_FLIGHT = 1024


@dataclass(slots=True)
class IngestReport:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    quads: int = 0
    ontology_quads: int = 0  # of ``quads``: the ontology graph, written when missing or changed
    compact_seconds: float | None = None  # set when the store was compacted after writing
    failures: list[tuple[str, str]] = field(default_factory=list)  # (release or file, message)
    notes: list[str] = field(default_factory=list)  # read, but worth a word (a file not in UTF-8)
    ambiguities: list[tuple[str, str, str]] = field(default_factory=list)  # (name, candidates, why) of surnames shared

    @property
    def seen(self) -> int:
        return self.new + self.updated + self.unchanged + self.failed


def process_release(release: Release) -> PackedRelease:
    """Extract, map and pack one release: what a worker process does."""
    lexicon = Lexicon.load()
    record = extract(release, lexicon=lexicon)
    return pack(map_release(release, record, lexicon=lexicon))


def _safe_process(release: Release) -> tuple[str, PackedRelease | None, str | None]:
    try:
        return release.id, process_release(release), None
    except Exception as exc:  # a bad release must not stop the other thousands
        return release.id, None, f"{type(exc).__name__}: {exc}"


def ingest(
    paths: Iterable[str | Path],
    *,
    store: GraphStore,
    jobs: int = 1,
    batch_size: int = 256,
    force: bool = False,
    progress: Callable[[int, str], None] | None = None,
    compact: bool | None = None,
    max_chars: int | None = MAX_RELEASE_CHARS,
    stage: Callable[[str], None] | None = None,
) -> IngestReport:
    """Read, extract and store every release under ``paths``.

    ``jobs`` > 1 extracts in that many worker processes while this process writes.
    ``force`` re-extracts unchanged releases too. ``progress(n, release_id)`` is
    called after each release. ``compact`` runs ``store.optimize()`` at the end; by
    default it does when at least ``COMPACT_AFTER`` quads were written. ``max_chars``:
    a longer release is reported and left out (None: no limit). ``stage(what)`` is told
    each step after the last release was read ("reconciling persons and events",
    "compacting the store"), the steps a progress bar does not show.

    Every file, line or release that cannot be read or extracted is counted in
    ``failed`` and listed in ``failures``; the rest go on. Two releases claiming one
    release IRI (one id) are a failure of the second.
    """
    def tell(what: str) -> None:
        if stage is not None:
            stage(what)

    report = IngestReport()

    def on_source_error(path: Path, exc: Exception) -> None:
        report.failed += 1
        report.failures.append((str(path), str(exc)))

    index = EntityIndex()  # persons and events are settled after writing, over the store (reconcile)
    fresh = store.is_empty()
    writer = ReleaseWriter(store, index, fresh=fresh)
    pending: list[PackedRelease] = []
    statuses: dict[str, str] = {}
    seen: dict[URIRef, str] = {}  # release IRI → where this run read it

    def todo() -> Iterator[Release]:
        for release in iter_releases(paths, on_error=on_source_error, on_note=report.notes.append,
                                     max_chars=max_chars):
            iri = release_iri(release.id)
            if iri in seen:
                report.failed += 1
                report.failures.append((release.source or release.id,
                                        f"release id {release.id!r} is already taken by {seen[iri] or 'another release'} "
                                        "in this run; give each release a unique file name or id"))
                continue
            seen[iri] = release.source or release.id
            # Into an empty store, only this ingest's own duplicates (above) can be there already.
            stored = None if fresh else store.release_digest(iri)
            if stored == release.sha256 and not force:
                report.unchanged += 1
                if progress:
                    progress(report.seen, release.id)
                continue
            statuses[release.id] = "new" if stored is None else "updated"
            yield release

    def flush() -> None:
        if pending:
            report.quads += writer.write(pending)
            pending.clear()
            _return_free_memory()

    results: Iterator[tuple[str, PackedRelease | None, str | None]]
    pool = None
    # The pool reads ahead as far as it can and keeps every result the writer has not
    # taken yet: without a bound on releases in flight, a writer slower than the workers
    # would hold the corpus in memory.
    in_flight = threading.BoundedSemaphore(max(IN_FLIGHT, 4 * CHUNK * jobs))
    stop = threading.Event()

    def bounded(releases: Iterator[Release]) -> Iterator[Release]:
        for release in releases:
            while not in_flight.acquire(timeout=0.1):
                if stop.is_set():
                    return
            yield release

    if jobs > 1:
        ctx = multiprocessing.get_context("spawn" if not hasattr(multiprocessing, "get_all_start_methods")
                                          or "fork" not in multiprocessing.get_all_start_methods() else "fork")
        pool = ctx.Pool(jobs)
        results = pool.imap(_safe_process, bounded(todo()), chunksize=CHUNK)
    else:
        results = map(_safe_process, todo())
    try:
        for release_id, packed, error in results:
            if pool is not None:
                in_flight.release()
            status = statuses.pop(release_id, "new")
            if packed is None:
                report.failed += 1
                report.failures.append((release_id, error or "unknown error"))
            else:
                pending.append(packed)
                if status == "new":
                    report.new += 1
                else:
                    report.updated += 1
                if len(pending) >= batch_size:
                    flush()
            if progress:
                progress(report.seen, release_id)
        if pending:
            tell(f"writing the last {len(pending)} release{'s' * (len(pending) != 1)}")
        flush()
    finally:
        stop.set()
        if pool is not None:
            pool.close()
            pool.join()
    report.ontology_quads = write_ontology(store)
    report.quads += report.ontology_quads
    # Persons and events settled over the whole store: also when nothing was written, so that
    # an edit of data/aliases.csv is applied by the next ingest (kg.ingest.reconcile).
    tell("reconciling persons and events over the store")
    settled = reconcile(store, lexicon=Lexicon.load())
    tell("flushing the store to disk")
    store.flush()
    if compact or (compact is None and report.quads >= COMPACT_AFTER):
        tell("compacting the store")
        started = time.perf_counter()
        store.optimize()
        report.compact_seconds = time.perf_counter() - started
    report.ambiguities = settled.ambiguities
    return report


def _return_free_memory() -> None:
    """Hand the heap memory freed by a batch back to the system. Each batch allocates and
    frees megabytes of N-Quads text; glibc keeps freed blocks for reuse, and the process
    grows with the fragments it cannot reuse."""
    if _LIBC is not None:
        _LIBC.malloc_trim(0)


def _load_libc() -> "ctypes.CDLL | None":
    if sys.platform != "linux":
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.malloc_trim  # glibc only: not in musl
    except (OSError, AttributeError):
        return None
    return libc


_LIBC = _load_libc()


def remove(release_ids: Iterable[str], *, store: GraphStore) -> int:
    """Drop releases (their graphs) from the store; returns how many were there."""
    removed = 0
    for rid in release_ids:
        if store.drop_graph(release_iri(rid)):
            removed += 1
    if not removed:
        raise KgError("none of the given releases is in the store; `kg query` can list them")
    reconcile(store)
    return removed


__all__ = ["COMPACT_AFTER", "IngestReport", "ingest", "process_release", "remove"]
