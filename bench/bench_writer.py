"""Where the single writer of ``kg ingest --jobs N`` spends its time, and what other
ways of writing the same quads would cost — the measurements behind the proposals in
``bench/README.md``.

usage: python bench/bench_writer.py [CORPUS] [--count 2000]

CORPUS as in ``bench_ingest.py`` (default ``10k``: the first ``--count`` releases of the
generated corpus). The releases are extracted and mapped first (not timed, as workers
do it); then each step the writer process performs is timed on its own, per release:

- receiving a worker's result: unpickling a ``MappedRelease`` (rdflib terms) versus the
  same release as an N-Quads string;
- ``EntityIndex.resolve`` (cross-release merging of persons and interactions), as it is
  and with the predicate constants hoisted out of the per-quad loops;
- writing batches of 256 releases into a fresh on-disk store: ``Store.write`` as it is
  (rdflib → pyoxigraph terms, ``Store.extend``), and alternatives — ``bulk_extend``;
  larger batches; N-Quads text through ``Store.load`` (transactional) or ``bulk_load``;
  with ``flush`` and the store's size on disk after each.
"""
from __future__ import annotations

import argparse
import pickle
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _common as C  # noqa: E402


def _literal(o) -> str:
    v = str(o).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    if o.language:
        return f'"{v}"@{o.language}'
    if o.datatype is not None:
        return f'"{v}"^^<{o.datatype}>'
    return f'"{v}"'


def nquads(quads) -> str:
    """N-Quads of rdflib-term quads (what a worker could send instead of objects)."""
    from rdflib import Literal

    return "".join(f"<{s}> <{p}> {_literal(o) if isinstance(o, Literal) else f'<{o}>'} <{g}> .\n"
                   for s, p, o, g in quads)


def hoisted_resolver():
    """``kg.entities`` with the rdflib Namespace look-ups taken out of the per-quad loops
    (the proposal): same results, measured against the original."""
    import kg.entities as E
    from rdflib.namespace import DCTERMS

    from kg.ontology import DIP

    PARTICIPANT, KIND, DATE, AFFILIATED = DIP.participant, DIP.kind, DIP.date, DIP.affiliatedWith
    RDATE = DCTERMS.date
    WANTED = {str(PARTICIPANT): 1, str(KIND): 2, str(DATE): 3, str(RDATE): 4}

    def _person_states(mapped):
        out = {}
        aff = str(AFFILIATED)
        for s, p, o, _g in mapped.quads:
            if str.__eq__(p, aff):
                out.setdefault(s, set()).add(o)
        return out

    def _event_rewrites(self, mapped):
        parts, kinds, dates = {}, {}, {}
        release_date = ""
        graph = mapped.graph
        for s, p, o, _g in mapped.quads:
            which = WANTED.get(str(p))
            if which is None:
                continue
            if which == 1:
                parts.setdefault(s, set()).add(o)
            elif which == 2:
                kinds[s] = str(o)
            elif which == 3:
                dates[s] = str(o)
            elif str.__eq__(s, graph):
                release_date = str(o)
        rewrite = {}
        for node, kind in kinds.items():
            when = dates.get(node) or release_date
            if len(when) != 10:
                continue
            people = frozenset(parts.get(node, set()))
            if not when or len(people) < 2 or kind == "multilateral":
                continue
            match = None
            for day in E._around(when):
                for iri, others in self.events.get((kind, day), []):
                    if iri != node and len(people & others) >= 2:
                        match = iri
                        break
                if match:
                    break
            if match is not None:
                rewrite[node] = match
            else:
                self.events.setdefault((kind, when), []).append((node, people))
        return rewrite

    return _person_states, _event_rewrites


def timed(label: str, n: int, fn, rows: list, **extra) -> object:
    t = time.perf_counter()
    out = fn()
    s = time.perf_counter() - t
    rows.append({"step": label, "seconds": s, "ms_per_release": 1000 * s / n, **extra})
    print(f"  {label:<62}{s:8.2f} s {1000 * s / n:8.2f} ms/release"
          + "".join(f"  {k} {v}" for k, v in extra.items()), flush=True)
    return out


def write_variant(name: str, batches: list[list], *, how: str, n: int, rows: list) -> None:
    import pyoxigraph as ox

    from kg.store import open_store

    folder = C.WORK / f"writer-{name}"
    shutil.rmtree(folder, ignore_errors=True)
    store = open_store(str(folder))
    known: dict = {}
    per_batch = [C.batch_quads(b, known) for b in batches]  # the same quads Store.write builds
    texts = [nquads(q) for q in per_batch] if how in ("load", "bulk_load") else None

    def run() -> None:
        if how == "write":
            for b in batches:
                store.write(b)
        elif how in ("extend", "bulk_extend"):
            method = getattr(store._store, how)
            for q in per_batch:
                method([store._quad(x) for x in q])
        elif how == "load":
            for text in texts:  # type: ignore[union-attr]
                store._store.load(text.encode(), ox.RdfFormat.N_QUADS)
        elif how == "bulk_load":
            for text in texts:  # type: ignore[union-attr]
                store._store.bulk_load(text.encode(), ox.RdfFormat.N_QUADS)
        store.flush()

    t = time.perf_counter()
    run()
    s = time.perf_counter() - t
    quads = len(store)
    apparent, allocated = C.du_mb(folder)
    rows.append({"step": f"write: {name}", "seconds": s, "ms_per_release": 1000 * s / n, "quads": quads,
                 "store_mb": allocated})
    print(f"  {'write: ' + name:<62}{s:8.2f} s {1000 * s / n:8.2f} ms/release  {quads:,} quads, "
          f"store {allocated:.0f} MB", flush=True)
    store = None  # closes it
    shutil.rmtree(folder, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", default="10k")
    parser.add_argument("--count", type=int, default=2000)
    args = parser.parse_args()

    from kg.entities import EntityIndex
    from kg.ingest import process_release
    from kg.sources import iter_releases

    print(f"# writer micro-benchmark — {C.machine()}, load {C.loadavg()}, corpus {args.corpus}, "
          f"first {args.count} releases")
    releases = []
    for r in iter_releases([C.corpus_path(args.corpus)]):
        releases.append(r)
        if len(releases) >= args.count:
            break
    t = time.perf_counter()
    mapped = [process_release(r) for r in releases]
    n = len(mapped)
    quads = sum(len(m.quads) for m in mapped)
    print(f"  extract + map in this process (not the writer's work):       {time.perf_counter() - t:8.2f} s "
          f"{1000 * (time.perf_counter() - t) / n:8.2f} ms/release  ({quads / n:.0f} quads/release)")
    rows: list[dict] = []

    blobs = [pickle.dumps(m, protocol=pickle.HIGHEST_PROTOCOL) for m in mapped]
    timed("receive: unpickle MappedRelease (rdflib terms)", n, lambda: [pickle.loads(b) for b in blobs], rows,
          kb_per_release=round(sum(map(len, blobs)) / n / 1024, 1))
    texts = [pickle.dumps(nquads(m.quads), protocol=pickle.HIGHEST_PROTOCOL) for m in mapped]
    timed("receive: unpickle the same release as an N-Quads str", n, lambda: [pickle.loads(b) for b in texts], rows,
          kb_per_release=round(sum(map(len, texts)) / n / 1024, 1))
    timed("(worker side) serialise a release to N-Quads", n, lambda: [nquads(m.quads) for m in mapped], rows)

    index = EntityIndex()
    resolved = timed("EntityIndex.resolve (as it is)", n, lambda: [index.resolve(m) for m in mapped], rows)
    import kg.entities as E

    person_states, event_rewrites = hoisted_resolver()
    saved = (E._person_states, E.EntityIndex._event_rewrites)
    E._person_states, E.EntityIndex._event_rewrites = person_states, event_rewrites  # type: ignore[assignment]
    try:
        index2 = EntityIndex()
        resolved2 = timed("EntityIndex.resolve (constants hoisted; proposal)", n,
                          lambda: [index2.resolve(m) for m in mapped], rows)
    finally:
        E._person_states, E.EntityIndex._event_rewrites = saved
    same = all(a.quads == b.quads for a, b in zip(resolved, resolved2))  # type: ignore[arg-type]
    print(f"  (hoisted resolver gives the same quads: {same})")

    batches = [resolved[i:i + 256] for i in range(0, n, 256)]  # type: ignore[index]
    write_variant("Store.write (extend, batches of 256; as it is)", batches, how="write", n=n, rows=rows)
    write_variant("Store.extend per batch of 256, terms converted", batches, how="extend", n=n, rows=rows)
    write_variant("Store.bulk_extend per batch of 256", batches, how="bulk_extend", n=n, rows=rows)
    big = [resolved[i:i + 2048] for i in range(0, n, 2048)]  # type: ignore[index]
    write_variant("Store.extend per batch of 2048", big, how="extend", n=n, rows=rows)
    write_variant("N-Quads text, Store.load per batch of 256 (transactional)", batches, how="load", n=n, rows=rows)
    write_variant("N-Quads text, Store.bulk_load per batch of 256", batches, how="bulk_load", n=n, rows=rows)
    print(f"  load after: {C.loadavg()}")
    print("\n| writer step | s | ms/release | notes |\n|---|---|---|---|")
    for r in rows:
        notes = ", ".join(f"{k} {v:,}" if isinstance(v, int) else f"{k} {v}" for k, v in r.items()
                          if k not in ("step", "seconds", "ms_per_release"))
        print(f"| {r['step']} | {r['seconds']:.2f} | {r['ms_per_release']:.2f} | {notes} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
