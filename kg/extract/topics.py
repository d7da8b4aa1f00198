"""Topics: what the release is about, from a keyword table in ``data/topics.tsv``."""
from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

from kg.extract.context import Context
from kg.extract.scanning import literal_alternation
from kg.lexicon import data_dir


@lru_cache(maxsize=2)
def topic_pattern(root: str) -> tuple[re.Pattern[str], dict[str, list[str]]]:
    """One pattern for every keyword, and which topics each (case-folded) keyword marks."""
    path = Path(root) / "topics.tsv"
    topics_of: dict[str, list[str]] = {}
    if path.exists():
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
                for keyword in row["keywords"].split("|"):
                    topics_of.setdefault(keyword.casefold(), []).append(row["topic"])
    if not topics_of:
        return re.compile(r"(?!x)x"), {}
    # (the longest keyword where several match: "economic cooperation" before "economic")
    return re.compile(rf"\b(?:{literal_alternation(topics_of)})\b"), topics_of


def topics_step(ctx: Context) -> None:
    """requires: sentences · assigns: record.topics (topic ids, most mentioned first)"""
    pattern, topics_of = topic_pattern(str(data_dir()))
    counts: dict[str, int] = {}
    # Case-folded text and keywords: faster than a case-insensitive pattern.
    for m in pattern.finditer(ctx.release.text.casefold()):
        for topic in topics_of.get(m.group(0), ()):
            counts[topic] = counts.get(topic, 0) + 1
    ctx.record.topics = sorted(counts, key=lambda t: (-counts[t], t))
