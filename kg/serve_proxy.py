"""The guard in front of ``oxigraph serve``: what ``kg serve`` lets through.

Oxigraph's server checks no credentials, executes ``SERVICE`` (its own outbound HTTP
requests) and fetches ``LOAD <url>``. So ``kg serve`` runs it on a loopback port of its own
and listens on the user's address with this small standard-library proxy, which forwards a
request only when it passes:

- **Writes** (``/update``; ``PUT``/``POST``/``DELETE`` on ``/store``; any other method but
  ``GET``/``HEAD`` outside ``/query``) need the token: ``Authorization: Bearer <token>``, or
  basic auth with the token as password (``http://kg:<token>@host:port`` as a
  ``--store`` URL). Without it: 401; on a read-only server: 403.
- **Foreign pages**: a form-encoded write whose ``Origin`` is not this server is refused
  (403) even with credentials, so a web page the user opens cannot post one.
- **LOAD** in an update is refused unless ``allow_load``: the server would fetch the URL.
- **SERVICE** in a query is refused unless ``allow_service``.
- A request body that is compressed or chunked cannot be read, so it is refused (415/411).

Keywords are found in the SPARQL text with its strings, IRIs and comments taken out, so
``"SERVICE"`` in a literal or ``ex:LOAD`` do not count. The query timeout itself is
Oxigraph's (``--timeout-s``): it stops evaluating; the proxy only bounds how long it waits.
"""
from __future__ import annotations

import base64
import hmac
import http.client
import re
import socket
import threading
import urllib.parse
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

_HOP_BY_HOP = {"connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "te", "trailers",
               "transfer-encoding", "upgrade", "host", "authorization", "content-length"}
_FORM = "application/x-www-form-urlencoded"
# Strings (long and short), IRIs and comments: what a keyword search must skip.
_NOT_CODE = re.compile(r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
                       r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>|#[^\n]*', re.DOTALL)


def keyword_in(sparql: str, keyword: str) -> bool:
    """Whether ``keyword`` is used as a keyword in ``sparql`` (not in a string, IRI, comment,
    variable or prefixed name)."""
    code = _NOT_CODE.sub(" ", sparql)
    return re.search(rf"(?<![\w:?$]){keyword}(?![\w:-])", code, re.IGNORECASE) is not None


@dataclass(frozen=True, slots=True)
class Policy:
    """What the proxy lets through; ``token`` None: a read-only server."""

    token: str | None = None
    allow_service: bool = False
    allow_load: bool = False
    timeout: float = 10.0  # seconds the server may take for a query (Oxigraph stops it then)


def start_proxy(policy: Policy, upstream: tuple[str, int], host: str, port: int) -> ThreadingHTTPServer:
    """Listen on ``host:port`` and forward what ``policy`` allows to ``upstream``, from a
    daemon thread; ``shutdown()`` and ``server_close()`` stop it."""

    class Handler(_GuardHandler):
        pass

    Handler.policy, Handler.upstream = policy, upstream

    class Server(ThreadingHTTPServer):
        address_family = socket.AF_INET6 if ":" in host else socket.AF_INET
        daemon_threads = True
        allow_reuse_address = True

    server = Server((host, port), Handler)
    threading.Thread(target=server.serve_forever, name="kg-serve-proxy", daemon=True).start()
    return server


class _GuardHandler(BaseHTTPRequestHandler):
    policy: Policy
    upstream: tuple[str, int]
    server_version = "kg-serve"

    def do_GET(self) -> None:
        self._handle()

    do_HEAD = do_POST = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = do_GET

    def log_message(self, format: str, *args: Any) -> None:
        pass

    # --- the checks --------------------------------------------------------------------
    def _handle(self) -> None:
        path, _, query_string = self.path.partition("?")
        if self.headers.get("Transfer-Encoding", "").lower() not in ("", "identity"):
            return self._refuse(411, "send the request body with a Content-Length")
        if self.headers.get("Content-Encoding", "identity").lower() != "identity":
            return self._refuse(415, "compressed request bodies are not accepted")
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        content_type = self.headers.get_content_type() if self.headers.get("Content-Type") else ""
        is_query = path == "/query" or (path == "/" and "query=" in query_string)
        writes = not (is_query or self.command in ("GET", "HEAD"))
        if writes:
            problem = self._write_refusal(content_type)
            if problem:
                return self._refuse(*problem)
        texts = self._sparql_texts(query_string, body, content_type)
        if writes and not self.policy.allow_load and any(keyword_in(t, "LOAD") for t in texts):
            return self._refuse(403, "LOAD is refused: the server would fetch the URL. Load files with "
                                     "`kg ingest`, or start the server with --allow-load")
        if not self.policy.allow_service and any(keyword_in(t, "SERVICE") for t in texts):
            return self._refuse(403, "SERVICE is refused: the server would send requests to other hosts. "
                                     "Start it with --allow-service to allow federated queries")
        self._forward(body)

    def _write_refusal(self, content_type: str) -> tuple[int, str] | None:
        if self.policy.token is None:
            return 403, "this endpoint is read-only (kg serve --writable accepts writes with a token)"
        if not self._authorised():
            return 401, "writes need the token kg serve printed: Authorization: Bearer <token>"
        origin = self.headers.get("Origin")
        if content_type == _FORM and origin is not None and origin not in self._own_origins():
            return 403, f"a form-encoded write from another origin ({origin}) is refused"
        return None

    def _authorised(self) -> bool:
        token = self.policy.token or ""
        scheme, _, credentials = (self.headers.get("Authorization") or "").partition(" ")
        if scheme.lower() == "bearer":
            return hmac.compare_digest(credentials.strip().encode(), token.encode())
        if scheme.lower() == "basic":
            try:
                password = base64.b64decode(credentials.strip(), validate=True).decode("utf-8").partition(":")[2]
            except (ValueError, UnicodeDecodeError):
                return False
            return hmac.compare_digest(password.encode(), token.encode())
        return False

    def _own_origins(self) -> set[str]:
        host, port = self.server.server_address[:2]
        names = {str(host), "localhost", "127.0.0.1", "[::1]", self.headers.get("Host", "").rsplit(":", 1)[0]}
        return {f"http://{name}:{port}" for name in names}

    def _sparql_texts(self, query_string: str, body: bytes, content_type: str) -> list[str]:
        """Every SPARQL text the request carries: query parameters, a form body, or a body
        of SPARQL."""
        fields = urllib.parse.parse_qs(query_string, keep_blank_values=True)
        texts = fields.get("query", []) + fields.get("update", [])
        decoded = body.decode("utf-8", "replace")
        if content_type == _FORM:
            form = urllib.parse.parse_qs(decoded, keep_blank_values=True)
            texts += form.get("query", []) + form.get("update", [])
        elif content_type in ("application/sparql-query", "application/sparql-update"):
            texts.append(decoded)
        return texts

    # --- forwarding --------------------------------------------------------------------
    def _forward(self, body: bytes) -> None:
        connection = http.client.HTTPConnection(*self.upstream, timeout=self.policy.timeout + 30)
        headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP_BY_HOP}
        headers["Host"] = f"{self.upstream[0]}:{self.upstream[1]}"
        if body or self.command in ("POST", "PUT", "PATCH"):
            headers["Content-Length"] = str(len(body))
        try:
            connection.request(self.command, self.path, body=body or None, headers=headers)
            response = connection.getresponse()
        except (OSError, http.client.HTTPException) as exc:
            connection.close()
            return self._refuse(504 if isinstance(exc, TimeoutError) else 502, f"the SPARQL server: {exc}")
        try:
            self.send_response(response.status, response.reason)
            for name, value in response.getheaders():
                if name.lower() not in _HOP_BY_HOP or name.lower() == "content-length":
                    self.send_header(name, value)
            self.end_headers()
            if self.command != "HEAD":
                while chunk := response.read(65536):
                    self.wfile.write(chunk)
        except OSError:
            pass  # the client went away, or the server did: nothing more to send
        finally:
            connection.close()
            self.close_connection = True

    def _refuse(self, code: int, message: str) -> None:
        data = (message + "\n").encode("utf-8")
        self.send_response(code)
        if code == 401:
            self.send_header("WWW-Authenticate", 'Bearer realm="kg serve", Basic realm="kg serve"')
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)
        self.close_connection = True


__all__ = ["Policy", "keyword_in", "start_proxy"]
