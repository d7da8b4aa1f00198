"""Regenerate the extraction-quality table of README.md from `kg eval` on the three
annotated sets, between the ``eval:start`` / ``eval:end`` markers:

    .venv/bin/python docs/make_eval_table.py

Needs ``../shared`` (the dev corpus and the scorer) beside the checkout. The rows are the
scorer's categories: "events (when+where)" scores each interaction's own date and place,
"release date" / "release place" the release's dateline and publication stamp.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
SHARED = ROOT.parent / "shared"
SETS = [  # (column, gold folder, release folders)
    ("dev corpus (25)", SHARED / "corpus" / "gold", [ROOT / "data" / "releases"]),
    ("with our releases (37)", ROOT / "tests" / "gold", [ROOT / "data" / "releases"]),
    ("other ministries (14)", ROOT / "tests" / "heldout" / "gold", [ROOT / "tests" / "heldout" / "releases"]),
    ("other regions (16)", ROOT / "tests" / "blind" / "gold", [ROOT / "tests" / "blind" / "releases"]),
    ("more publishers (20)", ROOT / "tests" / "blind2" / "gold", [ROOT / "tests" / "blind2" / "releases"]),
    ("still more (20)", ROOT / "tests" / "blind3" / "gold", [ROOT / "tests" / "blind3" / "releases"]),
    ("Europe, Americas (12)", ROOT / "tests" / "blind4" / "gold", [ROOT / "tests" / "blind4" / "releases"]),
    ("Asia, Africa, Pacific (12)", ROOT / "tests" / "blind5" / "gold", [ROOT / "tests" / "blind5" / "releases"]),
    ("Europe, Americas, IOs II (12)", ROOT / "tests" / "blind6" / "gold", [ROOT / "tests" / "blind6" / "releases"]),
    ("Asia, Africa, Pacific II (12)", ROOT / "tests" / "blind7" / "gold", [ROOT / "tests" / "blind7" / "releases"]),
    ("Europe, Americas, IOs III (12)", ROOT / "tests" / "blind8" / "gold", [ROOT / "tests" / "blind8" / "releases"]),
    ("Asia, Africa, Caucasus III (12)", ROOT / "tests" / "blind9" / "gold", [ROOT / "tests" / "blind9" / "releases"]),
    ("Eastern Europe, Central Asia, IOs (12)", ROOT / "tests" / "blind10" / "gold", [ROOT / "tests" / "blind10" / "releases"]),
    ("Western Europe, Americas, Africa, Oceania (12)", ROOT / "tests" / "blind11" / "gold",
     [ROOT / "tests" / "blind11" / "releases"]),
    ("Asia, Gulf, Africa, IOs (12)", ROOT / "tests" / "blind12" / "gold", [ROOT / "tests" / "blind12" / "releases"]),
    ("Europe, Americas, EU bodies (12)", ROOT / "tests" / "blind13" / "gold", [ROOT / "tests" / "blind13" / "releases"]),
    ("Central Asia, Caucasus, MENA, IOs (12)", ROOT / "tests" / "blind14" / "gold", [ROOT / "tests" / "blind14" / "releases"]),
    ("Africa, Americas, Asia, Pacific, IOs (12)", ROOT / "tests" / "blind15" / "gold",
     [ROOT / "tests" / "blind15" / "releases"]),
    ("East Asia, W. Europe, Gulf, IOs (12)", ROOT / "tests" / "blind16" / "gold",
     [ROOT / "tests" / "blind16" / "releases"]),
    ("S.E. Asia, Africa, Latin America, Balkans, IOs (12)", ROOT / "tests" / "blind17" / "gold",
     [ROOT / "tests" / "blind17" / "releases"]),
    ("Africa, Caucasus, Europe, Asia, Pacific, IOs (12)", ROOT / "tests" / "blind18" / "gold",
     [ROOT / "tests" / "blind18" / "releases"]),
    ("S. Europe, Caribbean, Africa, Asia, Pacific, IOs (12)", ROOT / "tests" / "blind19" / "gold",
     [ROOT / "tests" / "blind19" / "releases"]),
    ("N. Europe, Balkans, Africa, Asia, Gulf, S. America, Micronesia, IOs (12)", ROOT / "tests" / "blind20" / "gold",
     [ROOT / "tests" / "blind20" / "releases"]),
    ("C. Europe, Nordics, Africa, Levant, Gulf, Asia, Andes, C. America, IOs (12)", ROOT / "tests" / "blind21" / "gold",
     [ROOT / "tests" / "blind21" / "releases"]),
    ("S. Africa, E. Africa, Maghreb, Pacific, Caribbean, Andorra, Balkans, C. & E. Asia, Paraguay, IOs (12)",
     ROOT / "tests" / "blind22" / "gold", [ROOT / "tests" / "blind22" / "releases"]),
    ("Gulf, Levant, South & S.E. Asia, Indian Ocean, IOs (12)", ROOT / "tests" / "blind23" / "gold",
     [ROOT / "tests" / "blind23" / "releases"]),
    ("Nordic, Baltic, C. Europe, Balkans, Americas, Africa, IOs (12)", ROOT / "tests" / "blind24" / "gold",
     [ROOT / "tests" / "blind24" / "releases"]),
    ("Pacific, Oceania, South, S.E. & East Asia, Gulf, IOs (12)", ROOT / "tests" / "blind25" / "gold",
     [ROOT / "tests" / "blind25" / "releases"]),
    ("Africa, Caucasus, Central Asia, E. Europe, Latin America, IOs (12)", ROOT / "tests" / "blind26" / "gold",
     [ROOT / "tests" / "blind26" / "releases"]),
]
NAMES = {"date": "release date", "place": "release place"}  # what the scorer's "date"/"place" measure


def table() -> str:
    from kg.evaluate import evaluate

    figures = [evaluate(gold, releases) for _, gold, releases in SETS]
    categories = list(figures[0]["categories"])
    lines = ["| F1 | " + " | ".join(name for name, _, _ in SETS) + " |", "|---" * (len(SETS) + 1) + "|"]
    for category in categories:
        cells = [f"{f['categories'][category]['f1']:.3f}" if category in f["categories"] else "–" for f in figures]
        lines.append(f"| {NAMES.get(category, category)} | " + " | ".join(cells) + " |")
    lines.append("| **overall** | " + " | ".join(f"**{f['overall']:.3f}**" for f in figures) + " |")
    return "\n".join(lines)


def replace_section(doc: str, body: str) -> str:
    start, end = "<!-- eval:start -->", "<!-- eval:end -->"
    head, rest = doc.split(start, 1)
    _, tail = rest.split(end, 1)
    return f"{head}{start}\n{body}\n{end}{tail}"


def main() -> int:
    if not (SHARED / "eval" / "score.py").exists():
        print(f"no scorer at {SHARED / 'eval' / 'score.py'}: shared/ must be beside the checkout", file=sys.stderr)
        return 1
    body = table()
    README.write_text(replace_section(README.read_text(encoding="utf-8"), body), encoding="utf-8")
    print(body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
