"""Turtle and TriG export time of about 1M quads with ``kg.export.export`` (embedded
store), against rdflib serialising the same data (the naive baseline), in the same run.

usage:
    python bench/bench_export.py                  # the 1M-quad store of bench_queries.py (5,700 releases)
    python bench/bench_export.py --releases 57000 --no-rdflib   # about 10M quads
    python bench/bench_export.py --corpus real

The store is the one ``bench_queries.py`` builds (and reuses it, or builds it with
``ingest(jobs=2)``). Each export runs in a fresh process; its time, output size and peak
memory are reported. rdflib: the same quads are read into a ``Dataset`` (timed
separately, not part of the export time), then ``serialize(format="trig")``; for Turtle,
the union of all graphs is first copied into one ``Graph`` (as ``kg export`` does for
triple formats; timed as part of the export) and serialised.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _common as C  # noqa: E402


def child_kg(store_dir: str, fmt: str, out: str) -> None:
    from kg.export import export
    from kg.store import open_store

    store = open_store(store_dir, read_only=True)
    quads = len(store)
    t = time.perf_counter()
    export(store, out, fmt=fmt)
    seconds = time.perf_counter() - t
    parent, _ = C.self_peak_mb()
    C.emit({"engine": "oxigraph", "format": fmt, "seconds": seconds, "bytes": Path(out).stat().st_size,
            "quads": quads, "peak_mb": parent})


def child_rdflib(store_dir: str, fmt: str, out: str) -> None:
    from rdflib import Graph

    from kg.graph.ontology import PREFIXES
    from kg.store import open_store

    store = open_store(store_dir, read_only=True)
    t = time.perf_counter()
    ds = C.rdflib_from_store(store)
    load_s = time.perf_counter() - t
    del store
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns)
    t = time.perf_counter()
    if fmt == "trig":
        ds.serialize(destination=out, format="trig")
    else:
        union = Graph()
        for prefix, ns in PREFIXES.items():
            union.bind(prefix, ns)
        for triple in ds.triples((None, None, None)):  # default_union=True: every graph
            union.add(triple)
        union.serialize(destination=out, format="turtle")
    seconds = time.perf_counter() - t
    parent, _ = C.self_peak_mb()
    C.emit({"engine": "rdflib", "format": fmt, "seconds": seconds, "load_s": load_s,
            "bytes": Path(out).stat().st_size, "peak_mb": parent})


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--releases", type=int, default=5700, help="generated releases in the store (5700 ≈ 1M quads)")
    parser.add_argument("--corpus", help="'real' for the State Department corpus store of bench_queries.py")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each kg export")
    parser.add_argument("--no-rdflib", action="store_true")
    parser.add_argument("--child", nargs=4, metavar=("ENGINE", "STORE", "FORMAT", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        engine, store_dir, fmt, out = args.child
        (child_kg if engine == "oxigraph" else child_rdflib)(store_dir, fmt, out)
        return 0

    print(f"# export benchmark — {C.machine()}, load {C.loadavg()}, {time.strftime('%Y-%m-%d %H:%M')}")
    if args.corpus == "real":
        folder = C.WORK / "store-real"
        if not folder.with_suffix(".json").exists():
            raise SystemExit("build the real-corpus store first: python bench/bench_queries.py --corpus real")
        info = json.loads(folder.with_suffix(".json").read_text())
    else:
        folder, info = C.build_store(args.releases, jobs=2)
    print(f"  store {folder}: {info['quads']:,} quads, {info['releases']:,} releases")
    rows = []
    for fmt, suffix in (("turtle", ".ttl"), ("trig", ".trig")):
        runs = [("oxigraph", r) for r in range(args.repeat)] + ([] if args.no_rdflib else [("rdflib", 0)])
        for engine, run in runs:
            out = C.WORK / f"export-{folder.name}-{engine}{suffix}"
            before = C.loadavg()
            result = C.run_measured([__file__, "--child", engine, str(folder), fmt, str(out)])
            result.update(load_before=before, load_after=C.loadavg(), run=run + 1)
            rows.append(result)
            extra = f", reading the quads into rdflib took {result['load_s']:.1f} s" if engine == "rdflib" else ""
            print(f"  {engine:>8} {fmt:<6} run {run + 1}: {result['seconds']:.1f} s, {result['bytes'] / 2**20:.0f} MB, "
                  f"peak RSS {result['peak_mb']:.0f} MB{extra}; load {before} → {result['load_after']}", flush=True)
            out.unlink(missing_ok=True)
    print(f"\n{info['quads']:,} quads\n")
    print("| format | kg export (oxigraph) s, median (min–max) | output MB | peak RSS MB | rdflib s | rdflib peak RSS MB "
          "| rdflib ÷ kg | target ≤ 10 s | load (1-min) |")
    print("|---|---|---|---|---|---|---|---|---|")
    import statistics

    for fmt in ("turtle", "trig"):
        ox = [r for r in rows if r["format"] == fmt and r["engine"] == "oxigraph"]
        rd = [r for r in rows if r["format"] == fmt and r["engine"] == "rdflib"]
        med = statistics.median(r["seconds"] for r in ox)
        rd_s = f"{rd[0]['seconds']:.1f}" if rd else "–"
        ratio = f"{rd[0]['seconds'] / med:.1f}" if rd else "–"
        loads = ", ".join(r["load_before"].split()[0] for r in ox + rd)
        print(f"| {fmt} | {med:.1f} ({min(r['seconds'] for r in ox):.1f}–{max(r['seconds'] for r in ox):.1f}) | "
              f"{ox[0]['bytes'] / 2**20:.0f} | {max(r['peak_mb'] for r in ox):.0f} | {rd_s} | "
              f"{rd[0]['peak_mb'] if rd else 0:.0f} | {ratio} | {'yes' if med <= 10 else 'no'} | {loads} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
