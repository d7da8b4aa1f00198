"""The user's alias file: ``data/aliases.csv`` (kind, form, canonical).

A row says which entity a form names ("Elbasy" → Nursultan Nazarbayev); the resolver
(``kg.graph.resolve``) honours it on the next ingest, and ``kg entities --ambiguous``
points at the decisions worth a row here.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.lexicon import data_dir, fold


@dataclass(frozen=True, slots=True)
class Alias:
    kind: str  # person, state, organization, place
    form: str
    canonical: str


def load_aliases(path: str | Path | None = None) -> tuple[Alias, ...]:
    """The user's alias file: ``data/aliases.csv`` unless ``path`` is given. Read again
    whenever the file changes."""
    file = Path(path) if path else data_dir() / "aliases.csv"
    if not file.exists():
        return ()
    return _read_aliases(str(file), file.stat().st_mtime_ns)


@lru_cache(maxsize=8)
def _read_aliases(path: str, _mtime: int) -> tuple[Alias, ...]:
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(line for line in handle if not line.lstrip().startswith("#")))
    return tuple(Alias(r["kind"].strip(), r["form"].strip(), r["canonical"].strip()) for r in rows
                 if r.get("kind") and r.get("form") and r.get("canonical"))


def alias_map(kind: str, path: str | Path | None = None) -> dict[str, str]:
    """form (case- and accent-folded) → canonical name, for one kind of entity."""
    return {fold(a.form): a.canonical for a in load_aliases(path) if a.kind == kind}


__all__ = ["Alias", "alias_map", "load_aliases"]
