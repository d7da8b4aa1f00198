"""``kg serve`` lets nothing in (issue 14): writes need the token, foreign form posts, LOAD
and SERVICE are refused, a runaway query is stopped, and a signal stops the child and lets
go of the store's lock."""
from __future__ import annotations

import base64
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from kg.ingest import ingest
from kg.serve import ServerHandle, free_port
from kg.serve_proxy import keyword_in
from kg.store import Store
from tests.conftest import RELEASES
from tests.conftest_server import needs_oxigraph, start_local

pytestmark = [pytest.mark.server, needs_oxigraph]
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
CROSS_JOIN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


@pytest.fixture(scope="module")
def store_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("guarded") / "store"
    store = Store(folder)
    assert ingest([RELEASES], store=store).failed == 0
    store.close()
    return folder


@pytest.fixture
def writable(store_folder: Path, tmp_path: Path) -> Iterator[ServerHandle]:
    import shutil

    copy = tmp_path / "store"
    shutil.copytree(store_folder, copy)
    handle = start_local(copy, writable=True)
    yield handle
    handle.stop()


class Listener:
    """A loopback HTTP server that records every request it gets."""

    def __init__(self) -> None:
        self.requests: list[str] = []
        seen = self.requests

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                seen.append(f"{self.command} {self.path}")
                self.send_response(200)
                self.send_header("Content-Type", "application/n-triples")
                self.end_headers()
                self.wfile.write(b"<urn:a> <urn:b> <urn:c> .\n")

            do_POST = do_GET

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/x"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def listener() -> Iterator[Listener]:
    server = Listener()
    yield server
    server.close()


def call(url: str, *, method: str = "GET", body: bytes | None = None, headers: dict[str, str] | None = None,
         timeout: float = 60) -> tuple[int, bytes]:
    request = urllib.request.Request(url, data=body, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        with exc:
            return exc.code, exc.read()


def quads(handle: ServerHandle) -> int:
    status, body = call(handle.query_url + "?" + urllib.parse.urlencode({"query": COUNT}),
                        headers={"Accept": "text/csv"})
    assert status == 200, body
    return int(body.decode().split()[-1])


def basic(token: str) -> str:
    return "Basic " + base64.b64encode(f"kg:{token}".encode()).decode()


def test_writable_server_refuses_every_write_without_the_token_and_allows_reads(writable: ServerHandle) -> None:
    before = quads(writable)
    update, form = "application/sparql-update", "application/x-www-form-urlencoded"
    writes = [
        ("/update", "POST", b"DROP ALL", {"Content-Type": update}),
        ("/update", "POST", urllib.parse.urlencode({"update": "CLEAR ALL"}).encode(), {"Content-Type": form}),
        ("/update", "POST", b"INSERT DATA { <urn:s> <urn:p> 1 }", {"Content-Type": update}),
        ("/store?default", "PUT", b"<urn:s> <urn:p> <urn:o> .", {"Content-Type": "application/n-triples"}),
        ("/store?default", "POST", b"<urn:s> <urn:p> <urn:o> .", {"Content-Type": "application/n-triples"}),
        ("/store?default", "DELETE", None, {}),
        ("/store", "DELETE", None, {}),
    ]
    for credentials in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": basic("wrong")}):
        for path, method, body, headers in writes:
            status, _ = call(writable.url + path, method=method, body=body, headers={**headers, **credentials})
            assert status in (401, 403), (path, method, credentials)
    assert quads(writable) == before > 0
    status, _ = call(writable.query_url, method="POST", body=COUNT.encode(),
                     headers={"Content-Type": "application/sparql-query"})
    assert status == 200
    status, _ = call(writable.url + "/update", method="POST", body=b"INSERT DATA { GRAPH <urn:g> { <urn:s> <urn:p> 1 } }",
                     headers={"Content-Type": update, "Authorization": f"Bearer {writable.token}"})
    assert status in (200, 204) and quads(writable) == before + 1


def test_form_update_from_a_foreign_origin_is_refused_even_with_credentials(writable: ServerHandle) -> None:
    before = quads(writable)
    body = urllib.parse.urlencode({"update": "DROP ALL"}).encode()
    status, _ = call(writable.url + "/update", method="POST", body=body, headers={
        "Content-Type": "application/x-www-form-urlencoded", "Origin": "http://evil.example",
        "Authorization": basic(writable.token or "")})
    assert status == 403 and quads(writable) == before


def test_load_fetches_nothing_unless_allowed(writable: ServerHandle, listener: Listener) -> None:
    status, body = call(writable.url + "/update", method="POST", body=f"LOAD <{listener.url}>".encode(),
                        headers={"Content-Type": "application/sparql-update",
                                 "Authorization": f"Bearer {writable.token}"})
    assert status == 403 and b"LOAD" in body
    assert listener.requests == []


def test_service_to_a_loopback_listener_sends_nothing(store_folder: Path, listener: Listener) -> None:
    query = f"SELECT * WHERE {{ SERVICE <{listener.url}> {{ ?s ?p ?o }} }}"
    with start_local(store_folder) as handle:
        for url, method, body, headers in [
            (handle.query_url + "?" + urllib.parse.urlencode({"query": query}), "GET", None, {}),
            (handle.query_url, "POST", query.encode(), {"Content-Type": "application/sparql-query"}),
            (handle.query_url, "POST", urllib.parse.urlencode({"query": query}).encode(),
             {"Content-Type": "application/x-www-form-urlencoded"}),
        ]:
            status, answer = call(url, method=method, body=body, headers=headers)
            assert status == 403 and b"SERVICE" in answer
        harmless = 'SELECT * WHERE { ?s ?p "SERVICE <http://x/>" }  # SERVICE'
        assert call(handle.query_url + "?" + urllib.parse.urlencode({"query": harmless}))[0] == 200
    assert listener.requests == []


def test_keyword_search_skips_strings_iris_comments_and_names() -> None:
    assert keyword_in("SELECT * { service <http://x> { ?s ?p ?o } }", "SERVICE")
    assert keyword_in("LOAD SILENT <http://x> INTO GRAPH <urn:g>", "LOAD")
    assert not keyword_in('INSERT DATA { <urn:s> <urn:p> """a\nLOAD <http://x>""" } # LOAD', "LOAD")
    assert not keyword_in("SELECT ?service { ?service ex:SERVICE <http://x/SERVICE> }", "SERVICE")


def test_abandoned_cross_join_is_stopped_by_the_timeout(store_folder: Path) -> None:
    with start_local(store_folder, query_timeout=1) as handle:
        url = handle.query_url + "?" + urllib.parse.urlencode({"query": CROSS_JOIN})
        with pytest.raises((TimeoutError, urllib.error.URLError)):
            urllib.request.urlopen(url, timeout=0.5)  # the client gives up
        status, _ = call(url, timeout=120)  # an upper bound on a stuck request, not a speed test
        assert status >= 400
        assert quads(handle) > 0  # the server still answers
        assert handle.process.poll() is None


def _server_processes(folder: Path) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if str(folder).encode() in (entry / "cmdline").read_bytes():
                    found.append(int(entry.name))
            except OSError:
                pass
    return found


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT])
def test_signal_to_kg_serve_stops_the_child_and_lets_go_of_the_lock(tmp_path: Path, store_folder: Path,
                                                                     signum: int) -> None:
    import shutil

    folder = tmp_path / "store"
    shutil.copytree(store_folder, folder)
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--store", str(folder), "--port", str(port),
                                "--writable", "--no-viewer"], stderr=subprocess.PIPE, stdout=subprocess.DEVNULL)
    try:
        assert process.stderr is not None
        for line in process.stderr:
            if b"SPARQL endpoint" in line:
                break
        else:
            pytest.fail("kg serve did not start")
        assert len(_server_processes(folder)) == 2  # kg serve and its oxigraph child
        process.send_signal(signum)
        process.wait(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        if process.stderr is not None:
            process.stderr.close()
    deadline = time.monotonic() + 30
    while _server_processes(folder) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _server_processes(folder) == []
    with socket.socket() as sock:
        assert sock.connect_ex(("127.0.0.1", port)) != 0
    Store(folder).close()  # the lock is free: a writer can open the folder
    for pid in _server_processes(folder):
        os.kill(pid, signal.SIGKILL)


def test_ctrl_c_while_the_server_starts_stops_it_quietly(monkeypatch) -> None:
    """A Ctrl-C that lands while the server is still starting ends ``serve`` as one later
    does (click would otherwise print "Aborted!" and exit 1)."""
    import kg.serve as serve_module

    def interrupted(*_args, **_kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(serve_module, "start_server", interrupted)
    assert serve_module.serve(None, writable=True) is None
