"""End-to-end ingest (extraction included): releases/s with 1 and 2 processes, peak
memory, store size on disk; and the naive baseline, rdflib's in-memory ``Dataset``
loaded with the same quads, in the same run.

usage:
    python bench/bench_ingest.py                       # generated 1k and 10k, the real corpus
    python bench/bench_ingest.py --corpus 100k --repeat 1 --no-rdflib
    python bench/bench_ingest.py --corpus real --repeat 3 --json /tmp/ingest-real.json
    python bench/bench_ingest.py --profile real        # cProfile of the writer path (jobs=1)

Each measurement runs in a fresh process (``--one``), so the memory figures are per run:
``parent`` is the peak RSS of the process that reads and writes (getrusage), ``child``
the largest peak RSS of a worker process, ``tree`` the sampled peak of the sum of PSS
over the process and its workers (shared pages counted once). The store folder is
measured with ``du`` semantics (allocated blocks) right after ``ingest`` returns.

Corpus names: ``real`` (``../shared/corpus/state-dept-2021-2022.jsonl``), ``releases``
(``data/releases``), or a count of generated releases (``1k``, ``10k``, ``100k``; seed 1,
written to ``$KG_BENCH_DIR``, default ``/tmp/kg-bench``).
"""
from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _common as C  # noqa: E402


# --- one measurement, in a fresh process -------------------------------------------------------
def one_oxigraph(corpus: str, store_dir: str, jobs: int, batch_size: int) -> dict:
    from kg.ingest import ingest
    from kg.ingest.writer import ReleaseWriter
    from kg.store import open_store

    write_time = [0.0]
    original = ReleaseWriter.write

    def timed_write(self, releases):  # the writer's share: resolution, descriptions, bulk load, marks
        t = time.perf_counter()
        try:
            return original(self, releases)
        finally:
            write_time[0] += time.perf_counter() - t

    ReleaseWriter.write = timed_write  # type: ignore[method-assign]
    started = time.perf_counter()
    store = open_store(store_dir)
    report = ingest([corpus], store=store, jobs=jobs, batch_size=batch_size)
    seconds = time.perf_counter() - started
    quads = len(store)
    apparent, allocated = C.du_mb(store_dir)
    parent, child = C.self_peak_mb()
    return {
        "engine": "oxigraph", "jobs": jobs, "releases": report.new + report.updated, "failed": report.failed,
        "seconds": seconds, "rel_s": (report.new + report.updated) / seconds, "write_s": write_time[0],
        "quads": quads, "quads_written": report.quads, "store_mb": allocated, "store_apparent_mb": apparent,
        "parent_peak_mb": parent, "child_peak_mb": child,
    }


def one_rdflib(corpus: str, batch_size: int) -> dict:
    started = time.perf_counter()
    ds = C.rdflib_dataset()
    known: dict = {}
    releases = 0
    add_time = 0.0
    for batch in C.mapped_batches([corpus], batch_size):
        releases += len(batch)
        t = time.perf_counter()
        C.rdflib_load(ds, C.batch_text(batch, known))
        add_time += time.perf_counter() - t
    seconds = time.perf_counter() - started
    quads = sum(len(g) for g in ds.graphs())
    parent, child = C.self_peak_mb()
    return {
        "engine": "rdflib", "jobs": 1, "releases": releases, "failed": 0, "seconds": seconds,
        "rel_s": releases / seconds, "write_s": add_time, "quads": quads, "store_mb": None,
        "parent_peak_mb": parent, "child_peak_mb": child,
    }


# --- profiling ---------------------------------------------------------------------------------
def profile(corpus: str, limit: int, jobs: int = 1) -> None:
    """cProfile of ``ingest(jobs=N)`` into a fresh store: where the time goes. With
    ``jobs`` > 1 only this process is profiled: the reader and writer, not the workers."""
    import cProfile
    import io
    import pstats
    import tempfile

    from kg.ingest import ingest
    from kg.store import open_store

    path = C.corpus_path(corpus)
    if limit:
        trimmed = C.WORK / f"profile-{corpus}-{limit}.jsonl"
        with open(path, encoding="utf-8") as src, open(trimmed, "w", encoding="utf-8") as dst:
            for n, line in enumerate(src):
                if n >= limit:
                    break
                dst.write(line)
        path = trimmed
    with tempfile.TemporaryDirectory(dir=C.WORK) as folder:
        store = open_store(folder)
        prof = cProfile.Profile()
        started = time.perf_counter()
        prof.enable()
        report = ingest([path], store=store, jobs=jobs)
        prof.disable()
        seconds = time.perf_counter() - started
    out = io.StringIO()
    stats = pstats.Stats(prof, stream=out)
    print(f"# profile: ingest(jobs={jobs}) of {path} — {report.new} releases, {report.quads} quads, "
          f"{seconds:.1f} s under cProfile (load {C.loadavg()})")
    total = stats.total_tt  # type: ignore[attr-defined]
    print("\n## cumulative time by stage (functions of that stage and what they call)")
    entry = {
        "extract (kg.extract)": ("kg/extract/pipeline.py", "extract"),
        "map (kg.graph.mapping, kg.graph.resolve)": ("kg/graph/mapping.py", "map_release"),
        "write (kg.ingest.writer)": ("kg/ingest/writer.py", "write"),
        "store bulk load (Store.replace_graphs)": ("kg/store/embedded.py", "replace_graphs"),
        "store marks (Store.mark_digests)": ("kg/store/embedded.py", "mark_digests"),
        "digest lookups (Store.release_digest)": ("kg/store/embedded.py", "release_digest"),
        "read (kg.sources)": ("kg/sources/files.py", "read_jsonl_file"),
        "ReleaseWriter.stored_labels": ("kg/ingest/writer.py", "stored_labels"),
        "entity_quads": ("kg/graph/mapping.py", "entity_quads"),
        "pack (N-Quads text; in the workers with --jobs N)": ("kg/graph/packed.py", "pack"),
        "Store.flush": ("kg/store/embedded.py", "flush"),
        "EntityIndex.resolve (writer)": ("kg/graph/identity.py", "resolve"),
        "EntityIndex.from_store": ("kg/graph/identity.py", "from_store"),
        # with --jobs N: includes the result thread unpickling packed releases (it holds the GIL)
        "waiting for workers (pool.imap next)": ("multiprocessing/pool.py", "next"),
    }
    raw = stats.stats  # type: ignore[attr-defined]
    for label, (file, func) in entry.items():
        cum = sum(v[3] for (f, _, fn), v in raw.items() if f.endswith(file) and fn == func)
        print(f"  {label:<44}{cum:8.2f} s  {100 * cum / total:5.1f} %")
    for label, needle in (("pyoxigraph calls (own time)", "pyoxigraph"), ("rdflib term code (own time)", "rdflib/")):
        own = sum(v[2] for (f, _, fn), v in raw.items() if needle in fn or needle in f)
        print(f"  {label:<44}{own:8.2f} s  {100 * own / total:5.1f} %")
    out.truncate(0)
    stats.sort_stats("tottime").print_stats(25)
    print("\n## top 25 by own time\n" + out.getvalue().split("\n", 4)[-1])
    out.seek(0)
    out.truncate(0)
    stats.sort_stats("cumulative").print_callees("kg/ingest/writer.py:.*\\(write\\)")
    print("## what ReleaseWriter.write calls\n" + out.getvalue().split("\n", 4)[-1])


# --- the driver ---------------------------------------------------------------------------------
def measure(corpus: str, *, jobs_list: list[int], repeat: int, rdflib: bool, batch_size: int,
            keep: bool) -> list[dict]:
    path = C.corpus_path(corpus)
    rows = []
    for run in range(repeat):
        modes = [("oxigraph", j) for j in jobs_list] + ([("rdflib", 1)] if rdflib else [])
        for engine, jobs in modes:
            store_dir = C.WORK / f"ingest-{corpus}-{engine}-j{jobs}"
            shutil.rmtree(store_dir, ignore_errors=True)
            before = C.loadavg()
            args = [__file__, "--one", engine, "--corpus", str(path), "--store", str(store_dir), "--jobs", str(jobs),
                    "--batch-size", str(batch_size)]
            result = C.run_measured(args)
            result.update(corpus=corpus, run=run + 1, load_before=before, load_after=C.loadavg())
            rows.append(result)
            print(f"  {corpus:>8} {engine:>8} jobs={jobs} run {run + 1}: {result['releases']} releases in "
                  f"{result['seconds']:.1f} s = {result['rel_s']:.1f} rel/s (write {result['write_s']:.1f} s), "
                  f"{result['quads']:,} quads, tree PSS {result['tree_peak_pss_mb']:.0f} MB, parent "
                  f"{result['parent_peak_mb']:.0f} MB, store {result['store_mb'] or 0:.0f} MB; load {before} → "
                  f"{result['load_after']}", flush=True)
            if not keep:
                shutil.rmtree(store_dir, ignore_errors=True)
    return rows


def summarise(rows: list[dict]) -> None:
    print("\n| corpus | engine | jobs | runs | releases | rel/s median (min–max) | × rdflib | write s | quads | "
          "peak RSS parent / worker MB | peak tree PSS MB | store MB | load (1-min) |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    keys = []
    for r in rows:
        k = (r["corpus"], r["engine"], r["jobs"])
        if k not in keys:
            keys.append(k)
    for corpus, engine, jobs in keys:
        rs = [r for r in rows if (r["corpus"], r["engine"], r["jobs"]) == (corpus, engine, jobs)]
        base = [r["rel_s"] for r in rows if r["corpus"] == corpus and r["engine"] == "rdflib"]
        rate = statistics.median(r["rel_s"] for r in rs)
        ratio = f"{rate / statistics.median(base):.2f}" if base and engine != "rdflib" else "1" if base else "–"
        store = statistics.median(r["store_mb"] for r in rs) if rs[0]["store_mb"] is not None else None
        loads = ", ".join(r["load_before"].split()[0] for r in rs)
        print(f"| {corpus} | {engine} | {jobs} | {len(rs)} | {rs[0]['releases']:,} | {rate:.1f} "
              f"({min(r['rel_s'] for r in rs):.1f}–{max(r['rel_s'] for r in rs):.1f}) | {ratio} | "
              f"{statistics.median(r['write_s'] for r in rs):.1f} | {rs[0]['quads']:,} | "
              f"{max(r['parent_peak_mb'] for r in rs):.0f} / {max(r['child_peak_mb'] for r in rs):.0f} | "
              f"{max(r['tree_peak_pss_mb'] for r in rs):.0f} | {'–' if store is None else f'{store:.0f}'} | {loads} |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", action="append", help="real, releases, 1k, 10k, 100k, or a path (repeatable)")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-rdflib", action="store_true", help="skip the rdflib baseline")
    parser.add_argument("--batch-size", type=int, default=256)
    parser.add_argument("--keep", action="store_true", help="keep the stores in $KG_BENCH_DIR")
    parser.add_argument("--json", help="also write every measurement to this file")
    parser.add_argument("--profile", metavar="CORPUS",
                        help="cProfile ingest of CORPUS (jobs=1, or --jobs N: the writer process only) and stop")
    parser.add_argument("--limit", type=int, default=0, help="with --profile: the first N releases only")
    parser.add_argument("--one", choices=["oxigraph", "rdflib"], help=argparse.SUPPRESS)
    parser.add_argument("--store", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.one:
        corpus = args.corpus[0]
        result = one_oxigraph(corpus, args.store, args.jobs[0], args.batch_size) if args.one == "oxigraph" \
            else one_rdflib(corpus, args.batch_size)
        C.emit(result)
        return 0
    if args.profile:
        profile(args.profile, args.limit, args.jobs[0] if args.jobs != [1, 2] else 1)
        return 0
    corpora = args.corpus or ["1k", "10k", "real"]
    print(f"# ingest benchmark — {C.machine()}, load {C.loadavg()}, {time.strftime('%Y-%m-%d %H:%M')}")
    rows = []
    for corpus in corpora:
        rows += measure(corpus, jobs_list=args.jobs, repeat=args.repeat, rdflib=not args.no_rdflib,
                        batch_size=args.batch_size, keep=args.keep)
    summarise(rows)
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
