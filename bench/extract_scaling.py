"""Extraction time against release size: is it linear?

usage: python bench/extract_scaling.py [--sizes 20000,40000,80000,160000] [--source FILE|FOLDER] [--profile]

Builds one release of each size by concatenating the bodies of distinct releases (default:
600 releases of ``bench/generate.py``, seed 1, so the large release names many distinct
persons; or the releases under ``--source``) and times ``extract`` on it, one process. Prints seconds, microseconds per
character and the exponent k of time ~ size^k between consecutive sizes (1.0 is linear).
With ``--profile`` the largest size also runs under cProfile and the 15 functions with the
most own time are printed: where the superlinear part goes.
"""
from __future__ import annotations

import argparse
import cProfile
import math
import pstats
import sys
import time
from pathlib import Path

from kg.extract import extract
from kg.graph.mapping import map_release
from kg.graph.packed import pack
from kg.lexicon import Lexicon
from kg.sources import iter_releases, make_release



def bodies_of(source: str | None) -> list[str]:
    if source:
        return [r.body for r in iter_releases([source])]
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from generate import iter_releases as generated

    return [make_release(g["id"], g["title"], g["text"]).body for g in generated(600, 1)]


def release_of_size(bodies: list[str], chars: int):  # noqa: ANN201 (a Release)
    parts: list[str] = []
    total = 0
    while total < chars:
        for body in bodies:
            parts.append(body)
            total += len(body) + 2
            if total >= chars:
                break
    return make_release("scaling", "Scaling test release", "\n\n".join(parts)[:chars], max_chars=None)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="20000,40000,80000,160000")
    parser.add_argument("--source", help="releases to concatenate (default: generated)")
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    lexicon = Lexicon.load()
    bodies = bodies_of(args.source)
    extract(release_of_size(bodies, 2000), lexicon=lexicon)  # warm caches
    rows: list[tuple[int, float]] = []
    print(f"{'characters':>12}{'seconds':>10}{'us/char':>10}{'exponent':>10}{'map+pack s':>12}")
    for size in sizes:
        release = release_of_size(bodies, size)
        started = time.perf_counter()
        record = extract(release, lexicon=lexicon)
        seconds = time.perf_counter() - started
        started = time.perf_counter()
        pack(map_release(release, record, lexicon=lexicon))
        mapping = time.perf_counter() - started
        exponent = ""
        if rows:
            prev_size, prev_seconds = rows[-1]
            exponent = f"{math.log(seconds / prev_seconds) / math.log(size / prev_size):.2f}"
        rows.append((size, seconds))
        print(f"{size:>12,}{seconds:>10.2f}{seconds / size * 1e6:>10.1f}{exponent:>10}{mapping:>12.2f}", flush=True)
    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        extract(release_of_size(bodies, sizes[-1]), lexicon=lexicon)
        profiler.disable()
        pstats.Stats(profiler).sort_stats("tottime").print_stats(15)
    return 0


if __name__ == "__main__":
    sys.exit(main())
