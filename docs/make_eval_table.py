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


def _in_tests(column: str, folder: str) -> tuple[str, Path, list[Path]]:
    """A set kept under tests/<folder>/: its gold/ and releases/ folders."""
    return column, ROOT / "tests" / folder / "gold", [ROOT / "tests" / folder / "releases"]


SETS = [  # (column, gold folder, release folders)
    ("dev corpus (25)", SHARED / "corpus" / "gold", [ROOT / "data" / "releases"]),
    ("with our releases (37)", ROOT / "tests" / "gold", [ROOT / "data" / "releases"]),
    _in_tests("other ministries (14)", "heldout"),
    _in_tests("other regions (16)", "blind"),
    _in_tests("more publishers (20)", "blind2"),
    _in_tests("still more (20)", "blind3"),
    _in_tests("Europe, Americas (12)", "blind4"),
    _in_tests("Asia, Africa, Pacific (12)", "blind5"),
    _in_tests("Europe, Americas, IOs II (12)", "blind6"),
    _in_tests("Asia, Africa, Pacific II (12)", "blind7"),
    _in_tests("Europe, Americas, IOs III (12)", "blind8"),
    _in_tests("Asia, Africa, Caucasus III (12)", "blind9"),
    _in_tests("Eastern Europe, Central Asia, IOs (12)", "blind10"),
    _in_tests("Western Europe, Americas, Africa, Oceania (12)", "blind11"),
    _in_tests("Asia, Gulf, Africa, IOs (12)", "blind12"),
    _in_tests("Europe, Americas, EU bodies (12)", "blind13"),
    _in_tests("Central Asia, Caucasus, MENA, IOs (12)", "blind14"),
    _in_tests("Africa, Americas, Asia, Pacific, IOs (12)", "blind15"),
    _in_tests("East Asia, W. Europe, Gulf, IOs (12)", "blind16"),
    _in_tests("S.E. Asia, Africa, Latin America, Balkans, IOs (12)", "blind17"),
    _in_tests("Africa, Caucasus, Europe, Asia, Pacific, IOs (12)", "blind18"),
    _in_tests("S. Europe, Caribbean, Africa, Asia, Pacific, IOs (12)", "blind19"),
    _in_tests("N. Europe, Balkans, Africa, Asia, Gulf, S. America, Micronesia, IOs (12)", "blind20"),
    _in_tests("C. Europe, Nordics, Africa, Levant, Gulf, Asia, Andes, C. America, IOs (12)", "blind21"),
    _in_tests("S. Africa, E. Africa, Maghreb, Pacific, Caribbean, Andorra, Balkans, C. & E. Asia, Paraguay, IOs (12)",
              "blind22"),
    _in_tests("Gulf, Levant, South & S.E. Asia, Indian Ocean, IOs (12)", "blind23"),
    _in_tests("Nordic, Baltic, C. Europe, Balkans, Americas, Africa, IOs (12)", "blind24"),
    _in_tests("Pacific, Oceania, South, S.E. & East Asia, Gulf, IOs (12)", "blind25"),
    _in_tests("Africa, Caucasus, Central Asia, E. Europe, Latin America, IOs (12)", "blind26"),
    _in_tests("East & S.E. Asia, Gulf, Maghreb, Nordics, Baltics, S. Europe, Caribbean, IOs (12)", "blind27"),
    _in_tests("South Asia, Levant, Africa, C. Europe, Balkans, Pacific, S. America, IOs (12)", "blind28"),
    _in_tests("Central Asia, Caucasus, E. Europe, Balkans, Middle East, Gulf, IOs (12)", "blind29"),
    _in_tests("Africa, Latin America, South Asia, W. & N. Europe, Pacific, IOs (12)", "blind30"),
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
