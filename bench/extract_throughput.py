"""Extraction throughput on one core: releases per second of `kg extract` (library call).

usage: python bench/extract_throughput.py [JSONL] [--limit N]

Reads the releases first (not timed), then times extraction alone and extraction plus
RDF mapping, single process. Prints a table; the figures go into bench/README.md.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from kg.extract import extract
from kg.lexicon import Lexicon
from kg.graph.mapping import map_release
from kg.sources import iter_releases

DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "state-dept-2021-2022.jsonl"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("source", nargs="?", default=str(DEFAULT))
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--cpu", action="store_true",
                        help="time the process's CPU, not the wall clock (a shared VM's other load counts less)")
    args = parser.parse_args()
    releases = list(iter_releases([args.source]))
    if args.limit:
        releases = releases[: args.limit]
    lexicon = Lexicon.load()
    extract(releases[0], lexicon=lexicon)  # warm caches (compiled gazetteer patterns)
    chars = sum(len(r.text) for r in releases)
    rows = []
    for label, with_mapping in (("extract", False), ("extract+map", True)):
        rates = []
        for _ in range(args.repeat):
            clock = time.process_time if args.cpu else time.perf_counter
            started = clock()
            for release in releases:
                record = extract(release, lexicon=lexicon)
                if with_mapping:
                    map_release(release, record, lexicon=lexicon)
            rates.append(len(releases) / (clock() - started))
        rows.append((label, statistics.median(rates), min(rates), max(rates)))
    print(f"{len(releases)} releases, {chars / len(releases):,.0f} characters on average, {args.repeat} runs")
    print(f"{'step':<14}{'median rel/s':>14}{'min':>10}{'max':>10}")
    for label, median, low, high in rows:
        print(f"{label:<14}{median:>14.1f}{low:>10.1f}{high:>10.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
