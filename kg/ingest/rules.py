"""Which extraction rules filled a store: a fingerprint of the code and gazetteers that turn
a release into its graph. An ingest skips a release whose text is unchanged; after an upgrade
of those rules it must read every release again, or the store would keep records that the
current rules no longer make. The fingerprint is kept beside an embedded store
(``<store>.rules``); a SPARQL server keeps none (use ``kg ingest --force`` after upgrading)."""
from __future__ import annotations

import hashlib
from pathlib import Path

from kg.lexicon import data_dir

_PACKAGES = ("extract", "graph", "sources")
_MODULES = ("lexicon.py", "cities.py", "records.py", "namespaces.py")


def extraction_fingerprint() -> str:
    """A digest of every source file and gazetteer table that decides a release's graph."""
    root = Path(__file__).resolve().parents[1]  # the kg package
    files = sorted(p for name in _PACKAGES for p in (root / name).rglob("*.py"))
    files += [root / name for name in _MODULES]
    files += sorted((data_dir() / "gazetteer").glob("*.tsv"))
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _marker(location: str) -> Path | None:
    if "://" in location or location == ":memory:":
        return None  # a SPARQL server, or a store in memory: nothing kept beside it
    path = Path(location).expanduser()
    return path.with_name(path.name + ".rules")


def rules_changed(location: str) -> bool:
    """Whether the store at ``location`` was filled under other extraction rules than these
    (a store without a fingerprint was filled before they were kept: changed too)."""
    marker = _marker(location)
    if marker is None or not Path(location).expanduser().exists():
        return False
    return not marker.exists() or marker.read_text().strip() != extraction_fingerprint()


def remember_rules(location: str) -> None:
    marker = _marker(location)
    if marker is not None:
        marker.write_text(extraction_fingerprint() + "\n")
