"""Latency (p50, p95 over N runs) of the named queries in ``kg/queries/*.rq`` on the
embedded store, and on rdflib's in-memory ``Dataset`` holding the same quads (the naive
baseline), in the same run; prints the ratio.

usage:
    python bench/bench_queries.py --releases 5400            # about 1M quads (generated, seed 1)
    python bench/bench_queries.py --releases 54000 --no-rdflib   # about 10M quads
    python bench/bench_queries.py --corpus real              # the State Department corpus
    python bench/bench_queries.py --releases 5400 --proposed bench/proposed-queries
        # also time the .rq files of that folder (proposed rewrites) on the same store

The store is built once with ``kg.ingest.ingest(..., jobs=2)`` (the build is measured
and printed too) and kept in ``$KG_BENCH_DIR`` (default ``/tmp/kg-bench``) for reuse by
``bench_export.py``. Parameters are bound with ``kg.analysis.queries.bind`` to actors and dates
that exist in the store: the person with the most interactions (full name, and surname
alone), two states, one month and one year. The embedded store is queried through
``kg.store.Store.query`` (what ``kg query`` does, result conversion included); rdflib
through ``Dataset(default_union=True).query`` in a separate process (its load time and
memory are reported), each query run at most ``--rdflib-runs`` times and interrupted
after ``--timeout`` seconds.
"""
from __future__ import annotations

import argparse
import json
import signal
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _common as C  # noqa: E402

TARGETS_MS = {"meetings-of": 50, "offices-of": 50, "timeline": 100, "busiest-pairs": 500}


def percentile(values: list[float], q: float) -> float:
    xs = sorted(values)
    if len(xs) == 1:
        return xs[0]
    k = (len(xs) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (k - lo)


def choose_parameters(store) -> dict:
    """Actors and dates that exist in ``store``: the busiest person and a typical one (the
    50th busiest), the busiest person's state and the state it deals with most, the most
    frequent proposer of initiatives, and the year with the most dated interactions."""
    def one(sparql: str, default: str) -> str:
        rows = store.query(sparql).rows
        return str(rows[0][0]) if rows and rows[0][0] is not None else default

    ranked = ("SELECT ?label (COUNT(DISTINCT ?i) AS ?n) WHERE { ?i dip:participant ?p . "
              "GRAPH <https://w3id.org/diplomacy-kg/graph/entities> { ?p a dip:Person ; rdfs:label ?label } } "
              "GROUP BY ?label ORDER BY DESC(?n) ?label")
    person = one(ranked + " LIMIT 1", "Blinken")
    typical = one(ranked + " OFFSET 49 LIMIT 1", person)
    from kg.analysis.queries import _term  # the same literal bind() would write

    s1 = one(f"SELECT ?s WHERE {{ ?p rdfs:label {_term(person, 'string')} ; dip:affiliatedWith ?s }} LIMIT 1", "")
    state1 = one(f"SELECT ?l WHERE {{ <{s1}> rdfs:label ?l }}", "United States") if s1 else "United States"
    state2 = one(f"SELECT ?l (COUNT(DISTINCT ?i) AS ?n) WHERE {{ ?p rdfs:label {_term(person, 'string')} . "
                 f"?i dip:participant ?p , ?c . ?c dip:affiliatedWith ?s2 . FILTER(?s2 != <{s1}>) ?s2 rdfs:label ?l }} "
                 "GROUP BY ?l ORDER BY DESC(?n) LIMIT 1", "China") if s1 else "China"
    proposer = one("SELECT ?l (COUNT(DISTINCT ?i) AS ?n) WHERE { { SELECT DISTINCT ?i ?a WHERE { ?i dip:proposedBy ?a } } "
                   "?a rdfs:label ?l } GROUP BY ?l ORDER BY DESC(?n) LIMIT 1", state1)
    y = one("SELECT ?y (COUNT(*) AS ?n) WHERE { ?i dip:date ?d BIND(SUBSTR(STR(?d), 1, 4) AS ?y) } "
            "GROUP BY ?y ORDER BY DESC(?n) LIMIT 1", "2021")
    return {"person": person, "surname": person.split()[-1], "typical": typical, "state1": state1,
            "state2": state2, "proposer": proposer, "month": (f"{y}-03-01", f"{y}-03-31"),
            "year": (f"{y}-01-01", f"{y}-12-31")}


def plan(names_params: dict, queries) -> list[dict]:
    """(query, label, bound text) for each named query and parameter set."""
    from kg.analysis.queries import bind

    p = names_params
    out = []
    for q in queries:
        sets: list[tuple[str, dict]] = []
        if not q.params:
            sets = [("", {})]
        elif set(q.params) == {"since", "until"}:
            sets = [(f"{a}…{b}", {"since": a, "until": b}) for a, b in (p["month"], p["year"])]
        elif set(q.params) == {"state1", "state2"}:
            sets = [(f"{p['state1']} / {p['state2']}", {"state1": p["state1"], "state2": p["state2"]})]
        elif len(q.params) == 1:
            name = next(iter(q.params))
            base = q.name.split(" ")[0]
            if base == "initiatives-of":
                sets = [(p["proposer"], {name: p["proposer"]})]
            else:
                sets = [(f"{p['person']} (busiest)", {name: p["person"]})]
                if base == "meetings-of":
                    sets.append((f"{p['surname']} (busiest, surname)", {name: p["surname"]}))
                if p["typical"] != p["person"]:
                    sets.append((f"{p['typical']} (50th busiest)", {name: p["typical"]}))
        else:
            continue
        for label, values in sets:
            out.append({"query": q.name, "params": label, "text": bind(q, values)})
    return out


class Timeout(Exception):
    pass


def _alarm(signum, frame):  # noqa: ARG001
    raise Timeout()


def time_runs(run, *, runs: int, budget_s: float, timeout: float | None = None) -> tuple[list[float], int, bool]:
    """Latencies (ms) of up to ``runs`` runs after one warm-up, stopping early when
    ``budget_s`` is spent; (latencies, rows, timed out)."""
    times: list[float] = []
    rows = 0
    spent = 0.0
    for i in range(runs + 1):
        if timeout:
            signal.signal(signal.SIGALRM, _alarm)
            signal.alarm(int(timeout))
        t = time.perf_counter()
        try:
            rows = run()
        except Timeout:
            return times, rows, True
        finally:
            if timeout:
                signal.alarm(0)
        ms = 1000 * (time.perf_counter() - t)
        spent += ms / 1000
        if i > 0 or ms > 2000:  # a warm-up run, unless it is already slow
            times.append(ms)
        if spent > budget_s and len(times) >= 1:
            break
    return times, rows, False


def ox_child(store_dir: str, plan_file: str, index: int, runs: int, budget: float) -> None:
    """Time one query on the embedded store (in its own process, so a slow one can be stopped)."""
    from kg.store import open_store

    item = json.loads(Path(plan_file).read_text())[index]
    store = open_store(store_dir, read_only=True)
    times, rows, _ = time_runs(lambda: len(store.query(item["text"]).rows), runs=runs, budget_s=budget)
    C.emit({"ox_p50": percentile(times, 0.5), "ox_p95": percentile(times, 0.95), "ox_runs": len(times), "ox_rows": rows})


def run_oxigraph(store_dir: str, plan_file: Path, items: list[dict], runs: int, budget: float, timeout: float) -> None:
    for n, item in enumerate(items):
        try:
            out = C.run_measured([__file__, "--ox-child", store_dir, str(plan_file), str(n), "--runs", str(runs),
                                  "--budget", str(budget)], timeout=timeout)
            item.update({k: v for k, v in out.items() if k.startswith("ox_")})
            shown = f"p50 {item['ox_p50']:9.1f} ms  p95 {item['ox_p95']:9.1f} ms  ({item['ox_runs']} runs, " \
                    f"{item['ox_rows']} rows)"
        except subprocess.TimeoutExpired:
            item.update(ox_p50=None, ox_p95=None, ox_runs=0, ox_rows=None, ox_timeout=True)
            shown = f"> {timeout:.0f} s: stopped"
        print(f"  oxigraph {item['query']:<34} {item['params'][:28]:<28} {shown}", flush=True)


def rdflib_child(store_dir: str, plan_file: str, runs: int, budget: float, timeout: float) -> None:
    from kg.graph.ontology import PREFIXES
    from kg.store import open_store

    items = json.loads(Path(plan_file).read_text())
    store = open_store(store_dir, read_only=True)
    t = time.perf_counter()
    ds = C.rdflib_from_store(store)
    load_s = time.perf_counter() - t
    del store
    quads = sum(len(g) for g in ds.graphs())
    print(f"  rdflib: {quads:,} quads loaded in {load_s:.1f} s", file=sys.stderr, flush=True)
    for item in items:
        if "(proposed)" in item["query"]:
            continue  # the baseline runs the named queries as they are
        try:
            times, rows, timed_out = time_runs(lambda: len(list(ds.query(item["text"], initNs=PREFIXES))),
                                               runs=runs, budget_s=budget, timeout=timeout)
        except Exception as exc:  # rdflib's own bugs (e.g. MIN over an unbound variable)
            item.update(rdf_p50=None, rdf_p95=None, rdf_runs=0, rdf_rows=None, rdf_timeout=False,
                        rdf_error=f"{type(exc).__name__}: {exc}"[:120])
            print(f"  rdflib   {item['query']:<24} {item['params'][:28]:<28} error {item['rdf_error']}",
                  file=sys.stderr, flush=True)
            continue
        item.update(rdf_p50=percentile(times, 0.5) if times else None, rdf_p95=percentile(times, 0.95) if times else None,
                    rdf_runs=len(times), rdf_rows=rows, rdf_timeout=timed_out)
        shown = f"p50 {item['rdf_p50']:9.1f} ms" if times else f"> {timeout:.0f} s (interrupted)"
        print(f"  rdflib   {item['query']:<24} {item['params'][:28]:<28} {shown}  ({len(times)} runs, {rows} rows)",
              file=sys.stderr, flush=True)
    parent, _ = C.self_peak_mb()
    C.emit({"load_s": load_s, "quads": quads, "peak_mb": parent, "items": items})


def opt(item: dict) -> str:
    if "opt_p50" not in item:
        return "–"
    if item["opt_p50"] is None:
        return "stopped"
    return f"{item['opt_p50']:,.1f} / {item['opt_p95']:,.1f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--releases", type=int, default=5400, help="generated releases in the store (5400 ≈ 1M quads)")
    parser.add_argument("--corpus", help="'real' for the State Department corpus instead of generated releases")
    parser.add_argument("--runs", type=int, default=30, help="timed runs per query on the embedded store")
    parser.add_argument("--budget", type=float, default=60, help="seconds per query at most (embedded store)")
    parser.add_argument("--no-rdflib", action="store_true")
    parser.add_argument("--rdflib-runs", type=int, default=5)
    parser.add_argument("--timeout", type=float, default=300, help="seconds before a query on the embedded store is stopped")
    parser.add_argument("--rdflib-timeout", type=float, default=180, help="seconds before an rdflib query is interrupted")
    parser.add_argument("--proposed", help="a folder of .rq files to time as well (same parameters)")
    parser.add_argument("--optimize", action="store_true",
                        help="then run Store.optimize() on the store and time the queries again")
    parser.add_argument("--json", help="write every figure to this file")
    parser.add_argument("--rdflib-child", nargs=2, metavar=("STORE", "PLAN"), help=argparse.SUPPRESS)
    parser.add_argument("--ox-child", nargs=3, metavar=("STORE", "PLAN", "INDEX"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.ox_child:
        ox_child(args.ox_child[0], args.ox_child[1], int(args.ox_child[2]), args.runs, args.budget)
        return 0
    if args.rdflib_child:
        rdflib_child(*args.rdflib_child, args.rdflib_runs, args.budget, args.rdflib_timeout)
        return 0

    from kg.analysis.queries import NamedQuery, list_queries, load_query
    from kg.store import open_store

    print(f"# query benchmark — {C.machine()}, load {C.loadavg()}, {time.strftime('%Y-%m-%d %H:%M')}")
    if args.corpus == "real":
        folder = C.WORK / "store-real"
        info_path = folder.with_suffix(".json")
        if not info_path.exists():
            import shutil

            shutil.rmtree(folder, ignore_errors=True)
            info = C.run_measured([str(C.BENCH / "bench_ingest.py"), "--one", "oxigraph", "--corpus",
                                   str(C.REAL_CORPUS), "--store", str(folder), "--jobs", "2"])
            info["load"] = C.loadavg()
            info_path.write_text(json.dumps(info, indent=1))
        info = json.loads(info_path.read_text())
    else:
        folder, info = C.build_store(args.releases, jobs=2)
    print(f"  store {folder}: {info['releases']:,} releases, {info['quads']:,} quads; built by ingest(jobs=2) in "
          f"{info['seconds']:.1f} s = {info['rel_s']:.1f} rel/s, store {info['store_mb']:.0f} MB, tree PSS "
          f"{info['tree_peak_pss_mb']:.0f} MB")
    store = open_store(str(folder), read_only=True)
    params = choose_parameters(store)
    print(f"  parameters: {params}")
    queries = list_queries()
    if args.proposed:
        for path in sorted(Path(args.proposed).glob("*.rq")):
            base = load_query(path.stem.split(".")[0]) if (C.ROOT / "kg" / "queries" / f"{path.stem.split('.')[0]}.rq").exists() else None
            text = path.read_text(encoding="utf-8")
            params_ = base.params if base else {}
            queries.append(NamedQuery(f"{path.stem} (proposed)", "", params_, text))
    items = plan(params, queries)
    del store
    plan_file = C.WORK / f"query-plan-{folder.name}.json"
    plan_file.write_text(json.dumps(items))
    t = time.perf_counter()
    run_oxigraph(str(folder), plan_file, items, args.runs, args.budget, args.timeout)
    print(f"  (embedded store: {time.perf_counter() - t:.0f} s; load {C.loadavg()})")
    if args.optimize:
        # Bulk writes leave many small files; Store.optimize() compacts them (the store is the
        # benchmark's own, so in place): the same queries again.
        store = open_store(str(folder))
        started = time.perf_counter()
        store.optimize()
        store.flush()
        info["optimize_s"] = time.perf_counter() - started
        del store
        info["optimized_store_mb"] = C.du_mb(folder)[1]
        print(f"  Store.optimize(): {info['optimize_s']:.1f} s, store {info['optimized_store_mb']:.0f} MB")
        as_built = [{k: i.get(k) for k in ("ox_p50", "ox_p95", "ox_runs", "ox_rows")} for i in items]
        run_oxigraph(str(folder), plan_file, items, args.runs, args.budget, args.timeout)
        for item, before in zip(items, as_built):
            item.update(opt_p50=item["ox_p50"], opt_p95=item["ox_p95"])
            item.update(before)
    rd: dict = {}
    if not args.no_rdflib:
        before = C.loadavg()
        rd = C.run_measured([__file__, "--rdflib-child", str(folder), str(plan_file), "--rdflib-runs",
                             str(args.rdflib_runs), "--budget", str(args.budget), "--rdflib-timeout", str(args.rdflib_timeout)])
        for item, other in zip(items, rd["items"]):
            item.update({k: v for k, v in other.items() if k.startswith("rdf_")})  # none for proposed texts
        print(f"  rdflib baseline: loaded {rd['quads']:,} quads in {rd['load_s']:.1f} s, peak RSS {rd['peak_mb']:.0f} MB;"
              f" load {before} → {C.loadavg()}")
    print(f"\n{info['quads']:,} quads ({info['releases']:,} releases); load at the end {C.loadavg()}\n")
    print("| query | parameters | rows | oxigraph p50 ms | p95 ms | runs | after optimize() p50 / p95 ms | rdflib p50 ms | "
          "p95 ms | runs | rdflib ÷ oxigraph | target p50 | met |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for i in items:
        target = TARGETS_MS.get(i["query"].split(" ")[0])
        if i["ox_p50"] is None:
            print(f"| {i['query']} | {i['params']} | – | > {args.timeout * 1000:,.0f} (stopped) | – | 0 | {opt(i)} | – | – | "
                  f"– | – | {target or '–'} | {'no' if target else '–'} |")
            continue
        met = "–" if target is None else ("yes" if i["ox_p50"] <= target else "no")
        if "rdf_runs" in i or "rdf_error" in i:
            if i.get("rdf_error"):
                rdf, ratio = ("error", "–", "0"), "–"
            elif i.get("rdf_p50") is None:
                rdf = (f"> {args.rdflib_timeout * 1000:,.0f}", "–", "0")
                ratio = f"> {args.rdflib_timeout * 1000 / i['ox_p50']:,.0f}"
            else:
                rdf = (f"{i['rdf_p50']:,.1f}", f"{i['rdf_p95']:,.1f}", str(i["rdf_runs"]))
                ratio = f"{i['rdf_p50'] / i['ox_p50']:,.1f}"
            rows = f"{i['ox_rows']}" + ("" if i.get("rdf_rows") == i["ox_rows"] or i.get("rdf_p50") is None
                                         else f" (rdflib {i['rdf_rows']})")
        else:
            rdf, ratio, rows = ("–", "–", "–"), "–", str(i["ox_rows"])
        print(f"| {i['query']} | {i['params']} | {rows} | {i['ox_p50']:,.1f} | {i['ox_p95']:,.1f} | {i['ox_runs']} | "
              f"{opt(i)} | {rdf[0]} | {rdf[1]} | {rdf[2]} | {ratio} | {target or '–'} | {met} |")
    if args.json:
        Path(args.json).write_text(json.dumps({"store": info, "params": params, "items": items,
                                               "rdflib": {k: v for k, v in rd.items() if k != "items"}}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
