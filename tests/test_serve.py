"""``kg serve``: Oxigraph's server over a store folder, queried with SPARQLWrapper as a
real client; read-only unless writable; the viewer on its own port; Ctrl-C stops it."""
from __future__ import annotations

import shutil
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from SPARQLWrapper import JSON, POST, SPARQLWrapper

import kg.serve
from kg.cli import main
from kg.errors import StoreError
from kg.ingest import ingest
from kg.store.remote import open_remote
from kg.serve import ServerHandle, free_port, serve, write_store_viewer
from kg.store import Store
from tests.conftest import RELEASES
from tests.conftest_server import needs_oxigraph, start_local

pytestmark = [pytest.mark.server, needs_oxigraph]
COUNT_RELEASES = "SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r a <https://w3id.org/diplomacy-kg/ontology#Release> }"


@pytest.fixture(scope="module")
def store_folder(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    """A store folder built from data/releases, closed again; and its number of releases."""
    folder = tmp_path_factory.mktemp("served") / "store"
    store = Store(folder)
    report = ingest([RELEASES], store=store)
    assert report.failed == 0, report.failures
    store.close()  # let go of the folder before a server opens it
    return folder, report.new


@pytest.fixture
def read_only(store_folder: tuple[Path, int]) -> Iterator[ServerHandle]:
    handle = start_local(store_folder[0])
    yield handle
    handle.stop()


@pytest.fixture
def writable(store_folder: tuple[Path, int], tmp_path: Path) -> Iterator[ServerHandle]:
    copy = tmp_path / "store"
    shutil.copytree(store_folder[0], copy)
    handle = start_local(copy, writable=True)
    yield handle
    handle.stop()


def client(handle: ServerHandle, query: str) -> SPARQLWrapper:
    sparql = SPARQLWrapper(handle.query_url, updateEndpoint=handle.update_url)
    sparql.setQuery(query)
    sparql.setReturnFormat(JSON)
    return sparql


def test_select_and_ask_over_all_releases(read_only: ServerHandle, store_folder: tuple[Path, int]) -> None:
    assert read_only.url.startswith("http://127.0.0.1:")
    result = client(read_only, COUNT_RELEASES).queryAndConvert()
    assert int(result["results"]["bindings"][0]["n"]["value"]) == store_folder[1]  # type: ignore[index]
    ask = client(read_only, "ASK { ?i <https://w3id.org/diplomacy-kg/ontology#participant> ?a }").queryAndConvert()
    assert ask["boolean"] is True  # type: ignore[index]


def test_update_is_refused_when_read_only(read_only: ServerHandle) -> None:
    sparql = client(read_only, "INSERT DATA { GRAPH <urn:kg-test:g> { <urn:kg-test:s> <urn:kg-test:p> 1 } }")
    sparql.setMethod(POST)
    with pytest.raises(urllib.error.HTTPError) as refused:
        sparql.query()
    assert refused.value.code == 403
    refused.value.close()
    remote = open_remote(read_only.url)
    assert len(remote) > 0
    with pytest.raises(StoreError, match="read-only"):
        remote.update("CLEAR ALL")


def test_update_is_accepted_when_writable_with_the_token(writable: ServerHandle) -> None:
    assert writable.token
    sparql = client(writable, "INSERT DATA { GRAPH <urn:kg-test:g> { <urn:kg-test:s> <urn:kg-test:p> 1 } }")
    sparql.setMethod(POST)
    sparql.setCredentials("kg", writable.token)
    sparql.query()
    ask = client(writable, "ASK { <urn:kg-test:s> <urn:kg-test:p> 1 }").queryAndConvert()
    assert ask["boolean"] is True  # type: ignore[index]


def test_viewer_is_served_beside_the_endpoint(store_folder: tuple[Path, int], tmp_path: Path) -> None:
    page = write_store_viewer(store_folder[0], tmp_path / "network.html")
    with start_local(store_folder[0], viewer=page, viewer_port=free_port()) as handle:
        assert handle.viewer_url is not None and handle.viewer_url.startswith("http://127.0.0.1:")
        with urllib.request.urlopen(handle.viewer_url, timeout=5) as response:
            assert response.read() == page.read_bytes()
        with pytest.raises(urllib.error.HTTPError) as missing:
            urllib.request.urlopen(handle.viewer_url + "etc/passwd", timeout=5)
        missing.value.close()
    assert handle.process.poll() is not None


def test_ctrl_c_stops_the_server(store_folder: tuple[Path, int]) -> None:
    seen: list[ServerHandle] = []

    def ready(handle: ServerHandle) -> None:
        seen.append(handle)
        raise KeyboardInterrupt  # what Ctrl-C raises while serve() waits

    serve(store_folder[0], port=free_port(), on_ready=ready)
    assert seen and seen[0].process.poll() is not None


def test_refuses_what_it_cannot_serve(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store at"):
        serve(tmp_path / "missing", port=free_port())
    with pytest.raises(StoreError, match="already a server"):
        serve("http://127.0.0.1:7878", port=free_port())
    with pytest.raises(StoreError, match="must be writable"):
        serve(None, port=free_port())


def test_kg_serve_command(store_folder: tuple[Path, int], monkeypatch: pytest.MonkeyPatch) -> None:
    """The command starts the server and the viewer, says where, and stops on Ctrl-C."""
    if "serve" not in main.commands:
        pytest.skip("`kg serve` is not in kg/cli.py yet")
    real_serve, seen = kg.serve.serve, {}

    def serve_once(*args: object, on_ready: object = None, **kwargs: object) -> None:
        def ready(handle: ServerHandle) -> None:
            on_ready(handle)  # type: ignore[operator]
            seen["answer"] = client(handle, COUNT_RELEASES).queryAndConvert()
            raise KeyboardInterrupt

        seen["options"] = kwargs
        real_serve(*args, on_ready=ready, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(kg.serve, "serve", serve_once)
    port = free_port()
    result = CliRunner().invoke(main, ["serve", "--store", str(store_folder[0]), "--port", str(port),
                                       "--viewer-port", str(free_port())])
    assert result.exit_code == 0, result.output
    assert f"http://127.0.0.1:{port}/query (read-only)" in result.output
    assert "viewer http://127.0.0.1:" in result.output
    assert seen["options"]["host"] == "127.0.0.1" and seen["options"]["writable"] is False  # type: ignore[index]
    assert int(seen["answer"]["results"]["bindings"][0]["n"]["value"]) == store_folder[1]  # type: ignore[index]
