"""Kill `kg ingest` at random moments, finish the ingest, and compare with a clean run.

usage: python bench/fault_ingest.py [--releases 300] [--kills 8] [--seed 1] [--jobs 2]

The corpus: the bundled releases (data/releases) and ``--releases`` generated ones
(bench/generate.py, JSON Lines). Three ways to build a store, each compared quad for quad
with one clean ``kg ingest`` of the corpus (its N-Quads, sorted):

- killed: ``kg ingest`` is started and killed with SIGKILL at a random moment, ``--kills``
  times in a row into one store, then run once more to the end;
- split: the corpus ingested in two runs (the generated file first, the folder second);
- split, other order: the folder first, then the generated file.

Prints the number of quads that differ (missing + extra) for each. 0 everywhere is the goal.
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
RELEASES = HERE.parent / "data" / "releases"


def run_ingest(store: Path, paths: list[Path], jobs: int, *, kill_after: float | None = None) -> int | None:
    args = [sys.executable, "-m", "kg", "ingest", "-q", "--jobs", str(jobs), "--batch-size", "32",
            "--store", str(store), *map(str, paths)]
    process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if kill_after is None:
        _, err = process.communicate()
        if process.returncode != 0:
            sys.exit(f"ingest failed: {err.decode(errors='replace')}")
        return process.returncode
    time.sleep(kill_after)
    process.send_signal(signal.SIGKILL)
    process.communicate()
    return None


def quads(store: Path) -> set[str]:
    from kg.store import Store

    opened = Store(store)
    try:
        with tempfile.NamedTemporaryFile(suffix=".nq") as out:
            opened.dump(out.name, "nquads")
            return set(Path(out.name).read_text(encoding="utf-8").splitlines())
    finally:
        opened.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--releases", type=int, default=300)
    parser.add_argument("--kills", type=int, default=8)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    sys.path.insert(0, str(HERE))
    from generate import iter_releases as generated

    with tempfile.TemporaryDirectory(prefix="kg-fault-") as tmp:
        work = Path(tmp)
        feed = work / "generated.jsonl"
        with feed.open("w", encoding="utf-8") as out:
            for release in generated(args.releases, args.seed):
                out.write(json.dumps(release, ensure_ascii=False) + "\n")
        corpus = [feed, RELEASES]
        started = time.perf_counter()
        run_ingest(work / "clean", corpus, args.jobs)
        clean_seconds = time.perf_counter() - started
        reference = quads(work / "clean")
        print(f"clean run: {len(reference):,} quads in {clean_seconds:.1f}s")
        results: list[tuple[str, int, int]] = []

        store = work / "killed"
        moments = sorted(round(rng.uniform(0.3, clean_seconds), 2) for _ in range(args.kills))
        for moment in moments:
            run_ingest(store, corpus, args.jobs, kill_after=moment)
        run_ingest(store, corpus, args.jobs)
        got = quads(store)
        results.append((f"killed at {', '.join(f'{m}s' for m in moments)}, then finished",
                        len(reference - got), len(got - reference)))

        for label, order in (("split: generated, then folder", corpus), ("split: folder, then generated",
                                                                           corpus[::-1])):
            store = work / label.replace(" ", "").replace(",", "").replace(":", "")
            for part in order:
                run_ingest(store, [part], args.jobs)
            got = quads(store)
            results.append((label, len(reference - got), len(got - reference)))
            shutil.rmtree(store, ignore_errors=True)

    print(f"{'run':<60}{'missing':>9}{'extra':>7}")
    for label, missing, extra in results:
        print(f"{label[:59]:<60}{missing:>9}{extra:>7}")
    return 0 if all(m == e == 0 for _, m, e in results) else 1


if __name__ == "__main__":
    sys.exit(main())
