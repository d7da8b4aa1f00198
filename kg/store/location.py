"""Where the store is: a folder (embedded Oxigraph), ``:memory:``, or a SPARQL server URL.

``open_store`` is the one place that picks a back end, so the back ends need not know
each other (``remote`` uses ``embedded`` for its dumps, never the other way round).
"""
from __future__ import annotations

import os
from pathlib import Path

from kg.store.embedded import Store
from kg.store.protocol import GraphStore
from kg.store.remote import is_remote, open_remote

DEFAULT_STORE = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share")) / "diplomacy-kg" / "store"


def default_location() -> str:
    """``$KG_STORE``, else ``~/.local/share/diplomacy-kg/store``."""
    return os.environ.get("KG_STORE") or str(DEFAULT_STORE)


def open_store(location: str | None = None, *, read_only: bool = False) -> GraphStore:
    """Open the store at ``location``: a folder, ``:memory:`` for a throwaway one, or the
    URL of a SPARQL 1.1 server (``kg.store.remote``, docs/remote.md); default ``default_location()``."""
    where = location or default_location()
    if is_remote(where):
        return open_remote(where, read_only=read_only)
    if where == ":memory:":
        return Store(None)
    return Store(where, read_only=read_only)


__all__ = ["DEFAULT_STORE", "default_location", "open_store"]
