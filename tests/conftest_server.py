"""Fixtures that start a real ``oxigraph serve`` on 127.0.0.1 (imported by the server
tests; ``tests/conftest.py`` stays free of them). Every server gets its own free port
and its own temporary folder, and is stopped by the fixture's finalizer."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.errors import StoreError
from kg.serve import ServerHandle, free_port, oxigraph_binary, start_server

needs_oxigraph = pytest.mark.skipif(
    oxigraph_binary() is None,
    reason="the `oxigraph` server program is not installed (pip install 'diplomacy-kg[server]')",
)


def start_local(store_path: Path | None, **options: object) -> ServerHandle:
    """``start_server`` on 127.0.0.1 and a free port, trying another port if one was
    taken between choosing it and binding it (other test runs share the machine)."""
    for attempt in range(3):
        try:
            return start_server(store_path, host="127.0.0.1", port=free_port(), **options)  # type: ignore[arg-type]
        except StoreError:
            if attempt == 2:
                raise
    raise AssertionError("unreachable")


@pytest.fixture
def oxigraph_server(tmp_path: Path) -> Iterator[ServerHandle]:
    """An empty, writable Oxigraph server over a fresh folder, started plainly (no
    ``--union-default-graph``: the client has to ask for the union itself)."""
    if oxigraph_binary() is None:
        pytest.skip("the `oxigraph` server program is not installed (pip install 'diplomacy-kg[server]')")
    handle = start_local(tmp_path / "server-store", writable=True, union_default_graph=False)
    yield handle
    handle.stop()


@pytest.fixture(scope="module")
def corpus_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerHandle]:
    """A writable Oxigraph server for one test module, to be filled once (read-only use after)."""
    if oxigraph_binary() is None:
        pytest.skip("the `oxigraph` server program is not installed (pip install 'diplomacy-kg[server]')")
    handle = start_local(tmp_path_factory.mktemp("corpus-server") / "store", writable=True,
                         union_default_graph=False)
    yield handle
    handle.stop()
