"""Topics: what the release is about, from a keyword table in ``data/topics.tsv``."""
from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

from kg.extract.context import Context
from kg.lexicon import data_dir


@lru_cache(maxsize=2)
def topic_patterns(root: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    path = Path(root) / "topics.tsv"
    if not path.exists():
        return ()
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    return tuple(
        (row["topic"], re.compile(r"\b(?:" + "|".join(re.escape(k) for k in row["keywords"].split("|")) + r")\b",
                                  re.I))
        for row in rows
    )


def topics_step(ctx: Context) -> None:
    """requires: sentences · assigns: record.topics (topic ids, most mentioned first)"""
    counts: dict[str, int] = {}
    for topic, pattern in topic_patterns(str(data_dir())):
        n = len(pattern.findall(ctx.release.text))
        if n:
            counts[topic] = n
    ctx.record.topics = sorted(counts, key=lambda t: (-counts[t], t))
