"""``kg serve``: a SPARQL 1.1 Protocol endpoint over a store folder, and the viewer.

The endpoint is Oxigraph's own server (``oxigraph serve``, the PyPI package
``oxigraph``, pinned to pyoxigraph's 0.5.x), run as a child process over the store
folder as it is: ``/query`` (SPARQL 1.1 Query), ``/update`` (Update, when writable),
``/store`` (Graph Store Protocol) and a query page (YASGUI) at ``/``. It starts
read-only (``serve-read-only``) unless ``writable=True``, and by default with
``--union-default-graph``, so queries see all releases as on the embedded store.

The child listens on a loopback port of its own; the address the user asked for is
served by the guard of ``kg.serve_proxy``: writes need the token (``writable=True``
makes one when none is given; ``ServerHandle.store_url`` carries it for ``--store``),
form posts from other origins, ``LOAD`` and ``SERVICE`` are refused unless allowed, and a
query stops after ``query_timeout`` seconds. The child dies with this process, however
it ends (SIGTERM, SIGHUP, SIGINT are turned into a clean stop; on Linux the child also
gets SIGTERM if this process is killed outright), so the store's lock is let go.

Read-only is not a lock: Oxigraph lets another process open the folder for writing
meanwhile, and the server may then read a store changing under it. Stop the server
before ``kg ingest`` into the folder, or start it writable and ingest through it
(``kg ingest --store http://127.0.0.1:7878 …``); while a writable server runs, the folder
opens read-only only.

The viewer: Oxigraph serves no files, so an HTML file (``kg viz`` output) is served by
a small standard-library HTTP server on a second port (default: the SPARQL port + 1),
the same host. It is a snapshot of the store when it was written.

Example (``start_server`` returns once the server answers; ``with`` stops it)::

    with start_server("/tmp/kg-store", port=free_port()) as handle:
        print(handle.query_url)       # http://127.0.0.1:<port>/query
"""
from __future__ import annotations

import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import IO, Any, Self

from kg.errors import StoreError
from kg.serve_proxy import Policy, start_proxy

QUERY_TIMEOUT = 10.0  # seconds a query may run before the server stops it


def oxigraph_binary() -> str | None:
    """The ``oxigraph`` server program: beside this Python (a venv's ``bin``), else on PATH."""
    beside = Path(sys.executable).parent / ("oxigraph.exe" if sys.platform == "win32" else "oxigraph")
    return str(beside) if beside.exists() else shutil.which("oxigraph")


# The query the served page opens with, below the PREFIX lines of ``kg.namespaces.PREFIXES``.
FIRST_QUERY = "SELECT ?kind (COUNT(*) AS ?n) WHERE { ?i dip:kind ?kind } GROUP BY ?kind ORDER BY DESC(?n)"


def query_page_url(base: str, query: str = FIRST_QUERY) -> str:
    """The server's query page (YASGUI, at ``base``/) opened on ``query`` with the project's
    prefixes declared above it (the server itself binds none). YASGUI reads ``#query=`` and
    ``#endpoint=`` from the address, and copies the endpoint into the tabs opened after."""
    from urllib.parse import quote

    from kg.namespaces import PREFIXES

    text = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items()) + "\n" + query
    return f"{base}/#query={quote(text, safe='')}&endpoint={quote(base + '/query', safe='')}"


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port that is free on ``host`` now (another process may still take it)."""
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


@dataclass(slots=True)
class ServerHandle:
    """A running ``oxigraph serve``: ``url`` is its base (``/query``, ``/update``,
    ``/store`` below it); ``viewer_url`` the viewer page, if one is served."""

    process: subprocess.Popen[bytes]
    url: str
    viewer_url: str | None = None
    token: str | None = field(default=None, repr=False)  # what writes need; None: read-only
    _viewer: ThreadingHTTPServer | None = field(default=None, repr=False)
    _proxy: ThreadingHTTPServer | None = field(default=None, repr=False)
    _log: IO[bytes] | None = field(default=None, repr=False)

    @property
    def query_url(self) -> str:
        return self.url + "/query"

    @property
    def update_url(self) -> str:
        return self.url + "/update"

    @property
    def store_url(self) -> str:
        """``url`` with the token as basic-auth password: a ``--store`` URL that may write."""
        return self.url.replace("://", f"://kg:{self.token}@", 1) if self.token else self.url

    def log(self) -> str:
        """What the server wrote to stderr so far."""
        if self._log is None or self._log.closed:
            return ""
        self._log.seek(0)
        return self._log.read().decode("utf-8", "replace")

    def stop(self) -> None:
        """Stop the server and the viewer (safe to call twice)."""
        for server in (self._viewer, self._proxy):
            if server is not None:
                server.shutdown()
                server.server_close()
        self._viewer = self._proxy = None
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self._log is not None and not self._log.closed:
            self._log.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def start_server(
    store_path: str | Path | None,
    *,
    host: str = "127.0.0.1",
    port: int = 7878,
    writable: bool = False,
    viewer: Path | None = None,
    viewer_port: int | None = None,
    union_default_graph: bool = True,
    timeout: float = 30.0,
    token: str | None = None,
    allow_service: bool = False,
    allow_load: bool = False,
    query_timeout: float = QUERY_TIMEOUT,
) -> ServerHandle:
    """Start ``oxigraph serve`` over the store folder ``store_path`` (None: an empty
    in-memory store, writable only) behind the guard, and return once it answers queries.

    ``writable``: writes are accepted with ``token`` (one is made when None; it is
    ``ServerHandle.token``). ``allow_service``/``allow_load``: let SPARQL ``SERVICE`` and
    ``LOAD`` make the server send requests. ``query_timeout``: seconds before a query is
    stopped."""
    binary = oxigraph_binary()
    if binary is None:
        raise StoreError("the `oxigraph` server program is not installed; it is a dependency of diplomacy-kg: pip install -e . (or pip install 'oxigraph>=0.5,<0.6')")
    if store_path is not None and "://" in str(store_path):
        raise StoreError(f"{store_path} is already a server; kg serve serves a store folder")
    if store_path is None or str(store_path) == ":memory:":
        if not writable:
            raise StoreError("an in-memory server starts empty, so it must be writable: pass --writable")
        args = [binary, "serve"]
    else:
        folder = Path(store_path)
        if not writable and not folder.is_dir():
            raise StoreError(f"no store at {folder}: run `kg ingest --store {folder} …` first, or pass "
                             "--writable to start an empty one")
        args = [binary, "serve" if writable else "serve-read-only", "--location", str(folder)]
    inner = free_port("127.0.0.1")
    args += ["--bind", f"127.0.0.1:{inner}", "--timeout-s", str(max(1, round(query_timeout)))]
    args += ["--union-default-graph"] if union_default_graph else []
    policy = Policy(token=(token or secrets.token_urlsafe(24)) if writable else None,
                    allow_service=allow_service, allow_load=allow_load, timeout=query_timeout)
    log = tempfile.TemporaryFile()  # noqa: SIM115 (the handle owns it; stop() closes it)
    process = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                               preexec_fn=_die_with_parent())
    try:
        proxy = start_proxy(policy, ("127.0.0.1", inner), host, port)
    except OSError as exc:
        process.kill()
        process.wait()
        log.close()
        raise StoreError(f"cannot listen on {host}:{port}: {exc}; pass another --port") from exc
    bind = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    handle = ServerHandle(process, f"http://{bind}", token=policy.token, _log=log, _proxy=proxy)
    try:
        _wait_until_ready(handle, timeout)
        if viewer is not None:
            handle._viewer, handle.viewer_url = _serve_file(Path(viewer), host, viewer_port or port + 1)
    except BaseException:
        handle.stop()
        raise
    return handle


def serve(
    store_path: str | Path | None,
    *,
    host: str = "127.0.0.1",
    port: int = 7878,
    writable: bool = False,
    viewer: Path | None = None,
    viewer_port: int | None = None,
    on_ready: Callable[[ServerHandle], None] | None = None,
    **options: Any,
) -> None:
    """Serve the store until Ctrl-C, SIGTERM or SIGHUP (or until the server stops);
    ``on_ready(handle)`` is called once it answers. ``options`` go to ``start_server``
    (``token``, ``allow_service``, ``allow_load``, ``query_timeout``). Raises
    ``StoreError`` if it cannot start or dies."""
    # The signal handlers go first: a Ctrl-C or SIGTERM while the server starts (it may answer
    # through the guard before this process has seen it ready) stops it as cleanly as later.
    previous = _stop_on_signals()
    try:
        handle = start_server(store_path, host=host, port=port, writable=writable, viewer=viewer,
                              viewer_port=viewer_port, **options)
    except KeyboardInterrupt:  # start_server stopped what it had started
        _restore(previous)
        return
    except BaseException:
        _restore(previous)
        raise
    try:
        if on_ready is not None:
            on_ready(handle)
        code = handle.process.wait()
        if code != 0:
            raise StoreError(f"the SPARQL server stopped with exit code {code}: {_tail(handle.log())}")
    except KeyboardInterrupt:
        pass
    finally:
        try:
            handle.stop()
        except KeyboardInterrupt:  # a second Ctrl-C while stopping: stop() is safe to call again
            handle.stop()
        _restore(previous)


def _restore(previous: dict[int, Any]) -> None:
    for signum, handler in previous.items():
        signal.signal(signum, handler)


def _stop_on_signals() -> dict[int, Any]:
    """SIGTERM and SIGHUP stop ``serve`` as Ctrl-C does (their default would end this
    process and leave the child serving), and so does SIGINT itself, even where the process
    was started with it ignored (a shell's background job); returns the handlers they had."""
    if threading.current_thread() is not threading.main_thread():
        return {}

    def stop(signum: int, _frame: object) -> None:
        raise KeyboardInterrupt(f"signal {signum}")

    previous = {}
    for name in ("SIGTERM", "SIGHUP", "SIGINT"):
        signum = getattr(signal, name, None)
        if signum is not None:
            previous[signum] = signal.signal(signum, stop)
    return previous


def _die_with_parent() -> Callable[[], None] | None:
    """What the child runs before exec, on Linux: ask to be sent SIGTERM when this process
    dies, even by SIGKILL. Looked up here, before the fork: the child only calls it."""
    if sys.platform != "linux":
        return None
    import ctypes

    try:
        prctl = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return None

    def set_death_signal() -> None:
        prctl(1, int(signal.SIGTERM))  # PR_SET_PDEATHSIG

    return set_death_signal


def write_store_viewer(store_path: str | Path | None, output: str | Path, *,
                       title: str = "Diplomatic network") -> Path:
    """Write the network viewer of the store folder ``store_path`` to ``output`` (as
    ``kg viz`` does), reading the store read-only and letting it go before a server starts."""
    from kg.analysis.network import build_network
    from kg.store.location import open_store
    from kg.viz.viewer import write_viewer

    store = open_store(str(store_path) if store_path is not None else None, read_only=True)
    try:
        graph = build_network(store)
    finally:
        del store  # closes the folder: the server opens it next
    return Path(write_viewer(graph, output, title=title))


def _wait_until_ready(handle: ServerHandle, timeout: float) -> None:
    probe = handle.query_url + "?query=ASK%7B%7D"
    deadline = time.monotonic() + timeout
    while True:
        if handle.process.poll() is not None:
            raise StoreError(f"the SPARQL server did not start ({handle.url}): {_tail(handle.log())}")
        try:
            with urllib.request.urlopen(probe, timeout=1.0):
                return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        if time.monotonic() > deadline:
            raise StoreError(f"the SPARQL server at {handle.url} did not answer within {timeout:.0f}s: "
                             f"{_tail(handle.log()) or 'no output'}")
        time.sleep(0.05)


def _serve_file(page: Path, host: str, port: int) -> tuple[ThreadingHTTPServer, str]:
    """Serve the one file ``page`` at ``/`` (and ``/<its name>``) from a daemon thread."""
    if not page.is_file():
        raise StoreError(f"no viewer page at {page}; write one with `kg viz -o {page}`")
    body = page.read_bytes()
    paths = {"/", "/" + page.name}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path.split("?", 1)[0] not in paths:
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    class Server(ThreadingHTTPServer):
        address_family = socket.AF_INET6 if ":" in host else socket.AF_INET
        daemon_threads = True

    try:
        server = Server((host, port), Handler)
    except OSError as exc:
        raise StoreError(f"cannot serve the viewer on {host}:{port}: {exc}; pass another --viewer-port") from exc
    threading.Thread(target=server.serve_forever, name="kg-viewer", daemon=True).start()
    shown = f"[{host}]" if ":" in host else host
    return server, f"http://{shown}:{port}/"


def _tail(text: str, lines: int = 5) -> str:
    return " | ".join(line.strip() for line in text.strip().splitlines()[-lines:])


__all__ = ["ServerHandle", "free_port", "oxigraph_binary", "serve", "start_server", "write_store_viewer"]
