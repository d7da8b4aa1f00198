"""A SPARQL 1.1 server as the store: the same interface as ``kg.store.Store``, spoken
over the SPARQL 1.1 Query, Update and Graph Store HTTP protocols, so every command works
unchanged with ``--store http://…`` (see ``docs/remote.md``).

Where the endpoints are: the URL names the server and a *flavor* says its layout:

========  ==================================  ===========  ===============================  ============
flavor    URL to give                         query        update                           graph store
========  ==================================  ===========  ===============================  ============
oxigraph  ``http://host:7878`` (default)      ``/query``   ``/update``                      ``/store``
fuseki    ``http://host:3030/DATASET``        ``/query``   ``/update``                      ``/data``
graphdb   ``http://host:7200/repositories/R`` (the URL)    ``/statements``                  ``/rdf-graphs/service``
virtuoso  ``http://host:8890``                ``/sparql``  ``/sparql``                      ``/sparql-graph-crud``
neptune   ``https://host:8182``               ``/sparql``  ``/sparql``                      (none)
sparql    ``https://host/any/endpoint``       (the URL)    (the URL)                        (none)
========  ==================================  ===========  ===============================  ============

Pick the flavor with a scheme prefix (``fuseki+http://host:3030/ds``) or ``KG_STORE_FLAVOR``;
override any endpoint with a query string (``http://host/x?query=sparql&update=sparql&store=gsp``,
paths relative to the URL, or absolute URLs). ``http://user:password@host/…`` sends basic auth.

Queries see the union of all graphs as their default graph, as on the embedded store: on
Oxigraph every query carries ``union-default-graph``; GraphDB, Virtuoso and Neptune do it by
default; Fuseki needs ``tdb2:unionDefaultGraph true``. Nothing in a query is rewritten, but
the prefixes of ``kg.ontology.PREFIXES`` it uses and does not declare are declared before
it (one added line), as the embedded store binds them.

Writes: each batch of releases is one SPARQL UPDATE request (``DROP SILENT GRAPH`` of each
release, then one ``INSERT DATA`` with the new quads and entity descriptions), which
servers run as one transaction; very large batches go in several requests of whole
releases, so a release is never split.

Errors: ``StoreError`` when the server cannot be reached, refuses (read-only, credentials),
has no such endpoint (wrong URL or flavor) or fails; ``QueryError`` when it rejects a query
or update as malformed. Each message names the URL and what to try.
"""
from __future__ import annotations

import base64
import json
import os
import re
import shutil
import tempfile
import urllib.error
import urllib.parse
import urllib.request
import warnings
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Self

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from kg.errors import QueryError, StoreError
from kg import nquads
from kg.mapping import describe
from kg.nquads import term as nt
from kg.packed import PackedRelease
from kg.ontology import DIP, ENTITIES_GRAPH, PREFIXES
from kg.store import QueryResult, Store

FLAVORS = ("oxigraph", "fuseki", "graphdb", "virtuoso", "neptune", "sparql")
# flavor → (query, update, graph store, whole-dataset GET/POST) paths below the URL; None: not offered.
_LAYOUTS: dict[str, tuple[str, str, str | None, str | None]] = {
    "oxigraph": ("query", "update", "store", "store"),
    "fuseki": ("query", "update", "data", ""),
    "graphdb": ("", "statements", "rdf-graphs/service", "statements"),
    "virtuoso": ("sparql", "sparql", "sparql-graph-crud", None),
    "neptune": ("sparql", "sparql", None, None),
    "sparql": ("", "", None, None),  # any other server: one endpoint for queries and updates
}
RDF_MEDIA_TYPES: dict[str, str] = {  # file suffix → media type
    "ttl": "text/turtle", "nt": "application/n-triples", "nq": "application/n-quads", "trig": "application/trig",
    "rdf": "application/rdf+xml", "xml": "application/rdf+xml", "owl": "application/rdf+xml",
    "jsonld": "application/ld+json", "n3": "text/n3",
}
_QUAD_SUFFIXES = {"nq", "trig", "jsonld"}
_RDFLIB_FORMATS = {"ttl": "turtle", "nt": "nt", "nq": "nquads", "trig": "trig", "rdf": "xml", "xml": "xml",
                   "owl": "xml", "jsonld": "json-ld", "n3": "n3"}
_DUMP_FORMATS = ("turtle", "trig", "nt", "nquads", "jsonld", "xml")
_RESULTS_ACCEPT = "application/sparql-results+json, application/n-triples;q=0.9"
_DECLARED = re.compile(r"\bPREFIX\s+([A-Za-z][\w.-]*)?\s*:", re.IGNORECASE)
_SHA256 = DIP.sha256.n3()
_ALL_QUADS = "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }"


@dataclass(frozen=True, slots=True)
class Endpoints:
    """Where a server answers. ``store`` is the Graph Store Protocol endpoint and
    ``dataset`` the URL that takes and gives a whole dataset (N-Quads, TriG); either may
    be None when the server offers none. ``union_param``: send ``union-default-graph``."""

    flavor: str
    query: str
    update: str
    store: str | None
    dataset: str | None
    union_param: bool
    auth: str | None = None  # an Authorization header value


def is_remote(location: str) -> bool:
    """Whether ``location`` names a server (``http(s)://`` or ``<flavor>+http(s)://``)."""
    scheme = location.split("://", 1)[0].lower() if "://" in location else ""
    return scheme.rsplit("+", 1)[-1] in ("http", "https")


def endpoints(url: str, *, flavor: str | None = None) -> Endpoints:
    """The endpoints of the server at ``url`` (see the module docstring).

    >>> endpoints("fuseki+http://localhost:3030/ds").update
    'http://localhost:3030/ds/update'
    >>> endpoints("http://localhost:7878?store=gsp").store
    'http://localhost:7878/gsp'
    """
    scheme, sep, rest = url.partition("://")
    if not sep or not is_remote(url):
        raise StoreError(f"{url}: not a server URL; give http(s)://host[:port]/… (see docs/remote.md)")
    if "+" in scheme:
        flavor, scheme = scheme.rsplit("+", 1)
    flavor = (flavor or os.environ.get("KG_STORE_FLAVOR") or "oxigraph").lower()
    if flavor not in _LAYOUTS:
        raise StoreError(f"unknown server flavor {flavor!r}; use one of {', '.join(FLAVORS)}")
    parts = urllib.parse.urlsplit(f"{scheme}://{rest}")
    auth = None
    if parts.username is not None:
        user, password = urllib.parse.unquote(parts.username), urllib.parse.unquote(parts.password or "")
        auth = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
    netloc = parts.hostname or ""
    netloc = f"[{netloc}]" if ":" in netloc else netloc
    netloc += f":{parts.port}" if parts.port else ""
    base = urllib.parse.urlunsplit((parts.scheme, netloc, parts.path.rstrip("/"), "", ""))
    overrides = dict(urllib.parse.parse_qsl(parts.query, keep_blank_values=True))
    unknown = set(overrides) - {"query", "update", "store", "dataset"}
    if unknown:
        raise StoreError(f"{url}: unknown parameter {', '.join(sorted(unknown))}; "
                         "only query=, update=, store= and dataset= override endpoints")
    layout = dict(zip(("query", "update", "store", "dataset"), _LAYOUTS[flavor], strict=True))
    layout.update(overrides)

    def resolve(path: str | None) -> str | None:
        if path is None or path == "none":
            return None
        return path if "://" in path else (f"{base}/{path.lstrip('/')}" if path else base)

    query, update = resolve(layout["query"]), resolve(layout["update"])
    if query is None or update is None:
        raise StoreError(f"{url}: a server needs a query and an update endpoint")
    return Endpoints(flavor, query, update, resolve(layout["store"]), resolve(layout["dataset"]),
                     union_param=flavor == "oxigraph", auth=auth)


def open_remote(url: str, *, flavor: str | None = None, read_only: bool = False, check: bool = True,
                timeout: float = 300.0) -> RemoteStore:
    """A ``RemoteStore`` for the server at ``url``; with ``check``, make sure it answers and
    that its default graph is the union of its named graphs."""
    store = RemoteStore(endpoints(url, flavor=flavor), read_only=read_only, timeout=timeout,
                        location=_without_password(url))
    if check:
        store.check()
    return store


class RemoteStore:
    """A SPARQL 1.1 server used like ``kg.store.Store`` (same methods, same results)."""

    max_request_bytes = 4_000_000  # one UPDATE request's body, before starting another
    values_chunk = 2_000  # IRIs per VALUES query

    def __init__(self, endpoints: Endpoints, *, read_only: bool = False, timeout: float = 300.0,
                 location: str | None = None):
        self.endpoints = endpoints
        self.read_only = read_only
        self.timeout = timeout
        self.location = location or endpoints.query

    def __repr__(self) -> str:
        return f"RemoteStore({self.location!r}, flavor={self.endpoints.flavor!r})"

    # --- reading ---------------------------------------------------------------------
    def check(self) -> None:
        """Raise ``StoreError`` unless the server answers queries and its default graph
        holds the triples of its named graphs (the union the queries rely on)."""
        in_default = self.query("ASK { ?s ?p ?o }").boolean
        if not in_default and self.query("ASK { GRAPH ?g { ?s ?p ?o } }").boolean:
            raise StoreError(
                f"the default graph of {self.location} is not the union of its named graphs, so queries "
                "would see nothing; configure the server for it (Fuseki: tdb2:unionDefaultGraph true; "
                "see docs/remote.md)")

    def release_digest(self, graph: URIRef) -> str | None:
        """The sha256 recorded for a release graph, or None if the release is not stored."""
        g = graph.n3()
        rows = self.query(f"SELECT ?d WHERE {{ GRAPH {g} {{ {g} {_SHA256} ?d }} }} LIMIT 1").rows
        return str(rows[0][0]) if rows and rows[0][0] is not None else None

    def query(self, sparql: str) -> QueryResult:
        """Run a SPARQL 1.1 query over the union of all graphs."""
        url = self.endpoints.query
        if self.endpoints.union_param:
            url += ("&" if "?" in url else "?") + "union-default-graph"
        text, added = _with_prefixes(sparql)
        with self._request("POST", url, text.encode("utf-8"), what="query", added_lines=added,
                           headers={"Content-Type": "application/sparql-query; charset=utf-8",
                                    "Accept": _RESULTS_ACCEPT}) as response:
            media = response.headers.get_content_type()
            body = response.read()
        if media in ("application/sparql-results+json", "application/json"):
            return _parse_json_results(json.loads(body))
        if media in ("application/n-triples", "text/plain", "text/turtle"):
            graph = Graph().parse(data=body.decode("utf-8"), format="nt" if media != "text/turtle" else "turtle")
            return QueryResult("graph", triples=list(graph))
        raise StoreError(f"{url} answered a query with {media}, which kg cannot read; is it a SPARQL endpoint?")

    def rows(self, sparql: str) -> list[tuple[str | None, ...]]:
        """A SELECT's rows as plain strings (IRIs, lexical forms; None when unbound)."""
        return [tuple(None if term is None else str(term) for term in row) for row in self.query(sparql).rows]

    def update(self, sparql: str) -> None:
        """Run a SPARQL 1.1 update."""
        self._writable()
        text, added = _with_prefixes(sparql)
        with self._request("POST", self.endpoints.update, text.encode("utf-8"), what="update", added_lines=added,
                           headers={"Content-Type": "application/sparql-update; charset=utf-8"}):
            pass

    def graphs(self) -> Iterator[URIRef]:
        for (g,) in self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }").rows:
            if isinstance(g, URIRef):
                yield g

    def __len__(self) -> int:
        """Quads in the named graphs (everything kg writes)."""
        rows = self.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").rows
        return int(str(rows[0][0])) if rows and rows[0][0] is not None else 0

    def is_empty(self) -> bool:
        return not self.query("ASK { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }").boolean

    def labels_of(self, iris: Iterable[URIRef]) -> dict[URIRef, str]:
        """The preferred label each entity already has in the store."""
        out: dict[URIRef, str] = {}
        todo = list(iris)
        for start in range(0, len(todo), self.values_chunk):
            values = " ".join(i.n3() for i in todo[start:start + self.values_chunk])
            rows = self.query(f"SELECT ?e (MIN(?l) AS ?label) WHERE {{ VALUES ?e {{ {values} }} "
                              f"GRAPH {ENTITIES_GRAPH.n3()} {{ ?e <http://www.w3.org/2000/01/rdf-schema#label> ?l }}"
                              " } GROUP BY ?e").rows
            out.update({URIRef(str(e)): str(label) for e, label in rows if e is not None and label is not None})
        return out

    # --- writing ---------------------------------------------------------------------
    def write(self, releases: list[PackedRelease]) -> int:
        """Replace the graphs of ``releases`` and describe their entities: one UPDATE
        request per ``max_request_bytes`` of whole releases. Returns the quads sent."""
        self._writable()
        chunk: list[PackedRelease] = []
        size = written = 0
        for packed in releases:
            weight = len(packed.nquads)
            if chunk and size + weight > self.max_request_bytes:
                written += self._write_chunk(chunk)
                chunk, size = [], 0
            chunk.append(packed)
            size += weight
        if chunk:
            written += self._write_chunk(chunk)
        return written

    def _write_chunk(self, releases: list[PackedRelease]) -> int:
        # The store keeps the first label an entity was given (labels_of).
        described = describe((ent for r in releases for ent in r.entities), self.labels_of)
        marks = [(URIRef(r.graph), DIP.sha256, Literal(r.sha256), URIRef(r.graph)) for r in releases]
        drops = "".join(f"DROP SILENT GRAPH <{r.graph}> ;\n" for r in releases)
        self.update(drops + nquads.insert_data("".join(r.nquads for r in releases), [*described, *marks]))
        return sum(r.quads for r in releases) + len(described) + len(marks)

    def remove_release(self, graph: URIRef) -> bool:
        self._writable()
        if not self.query(f"ASK {{ GRAPH {graph.n3()} {{ ?s ?p ?o }} }}").boolean:
            return False
        self.update(f"DROP GRAPH {graph.n3()}")
        return True

    def load_rdf(self, path: str | os.PathLike[str], *, graph: URIRef | None = None) -> None:
        """Load an RDF file (format from its extension) with the Graph Store Protocol, or
        with INSERT DATA where the server has none. Quad formats keep their graphs."""
        self._writable()
        suffix = Path(path).suffix.lstrip(".").lower()
        if suffix not in RDF_MEDIA_TYPES:
            raise StoreError(f"{path}: unknown RDF file extension; use one of .{', .'.join(RDF_MEDIA_TYPES)}")
        quads = suffix in _QUAD_SUFFIXES
        target = self.endpoints.dataset if quads else self.endpoints.store
        if target is not None:
            if not quads:
                target += "?" + (urllib.parse.urlencode({"graph": str(graph)}) if graph is not None else "default")
            with open(path, "rb") as body, self._request(
                    "POST", target, body, what="load", headers={
                        "Content-Type": RDF_MEDIA_TYPES[suffix], "Content-Length": str(os.path.getsize(path))}):
                return
        # No graph store: parse here and send INSERT DATA requests of 20,000 quads.
        rows: list[tuple[Node, Node, Node, Node | None]]
        if quads:
            with warnings.catch_warnings():  # rdflib's Dataset warns about its own internals
                warnings.simplefilter("ignore", DeprecationWarning)
                data = Dataset()
                data.parse(str(path), format=_RDFLIB_FORMATS[suffix])
                default = data.default_graph.identifier
                rows = [(s, p, o, None if g == default else g) for s, p, o, g in data.quads()]
        else:
            rows = [(s, p, o, graph) for s, p, o in Graph().parse(str(path), format=_RDFLIB_FORMATS[suffix])]
        for start in range(0, len(rows), 20_000):
            self.update(nquads.insert_data("", rows[start:start + 20_000]))

    def dump(self, output: str | os.PathLike[str] | IO[bytes], fmt: str) -> None:
        """Write the store in ``fmt`` (turtle, trig, nt, nquads, jsonld, xml): quad formats
        keep the named graphs, triple formats hold their union, each triple once.

        N-Quads (with a dataset endpoint) and N-Triples stream from the server; the other
        formats go through an in-memory ``kg.store.Store``, so that they come out as the
        embedded store writes them (same serialiser, same prefixes)."""
        if fmt not in _DUMP_FORMATS:
            raise StoreError(f"unknown dump format {fmt!r}; use one of {', '.join(_DUMP_FORMATS)}")
        if fmt == "nt":
            union = "CONSTRUCT { ?s ?p ?o } WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }"
            with _binary_output(output) as out, self._request(
                    "POST", self.endpoints.query, union.encode(), what="dump",
                    headers={"Content-Type": "application/sparql-query", "Accept": "application/n-triples"}) as response:
                shutil.copyfileobj(response, out, 1 << 20)
            return
        if fmt == "nquads":
            with _binary_output(output) as out:
                self._nquads(out)
            return
        with tempfile.TemporaryDirectory(prefix="kg-dump-") as tmp:
            path = Path(tmp) / "all.nq"
            with open(path, "wb") as out:
                self._nquads(out)
            local = Store(None)
            local.load_rdf(path)
            local.dump(output, fmt)

    def _nquads(self, out: IO[bytes]) -> None:
        """Every quad as N-Quads: the dataset endpoint's own, else a SELECT written out."""
        if self.endpoints.dataset is not None:
            with self._request("GET", self.endpoints.dataset, None, what="dump",
                               headers={"Accept": "application/n-quads"}) as response:
                shutil.copyfileobj(response, out, 1 << 20)
            return
        for s, p, o, g in self.query(_ALL_QUADS).rows:
            out.write(f"{nt(s)} {nt(p)} {nt(o)} {nt(g)} .\n".encode())  # type: ignore[arg-type]

    def flush(self) -> None:
        """Nothing to do: the server commits each request."""

    def optimize(self) -> None:
        """Nothing to do: the server manages its own storage."""

    def close(self) -> None:
        """Nothing to release: each request opens and closes its own connection."""

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- HTTP ---------------------------------------------------------------------------
    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"{self.location} was opened read-only")

    @contextmanager
    def _request(self, method: str, url: str, body: bytes | IO[bytes] | None, *, what: str,
                 headers: dict[str, str], added_lines: int = 0) -> Iterator[Any]:
        if self.endpoints.auth:
            headers = {**headers, "Authorization": self.endpoints.auth}
        request = urllib.request.Request(url, data=body, headers=headers, method=method)
        try:
            response = urllib.request.urlopen(request, timeout=self.timeout)
        except urllib.error.HTTPError as exc:
            message = exc.read(2000).decode("utf-8", "replace").strip()
            exc.close()
            raise _http_error(what, url, exc.code, exc.reason, message, added_lines) from exc
        except (urllib.error.URLError, TimeoutError, ConnectionError) as exc:
            reason = getattr(exc, "reason", exc)
            raise StoreError(f"cannot reach the SPARQL server at {url}: {reason}; is it running and is the URL "
                             "right? (`kg serve --writable` or `oxigraph serve` starts one)") from exc
        with response:
            yield response


def _http_error(what: str, url: str, code: int, reason: str, message: str, added_lines: int) -> Exception:
    detail = f"HTTP {code} {reason}" + (f": {message}" if message else "")
    if code == 400 and what in ("query", "update"):
        note = f" (line numbers count {added_lines} added line of PREFIX declarations)" if added_lines else ""
        return QueryError(f"the server rejected the {what}: {message or reason}{note}")
    if code in (401, 403):
        return StoreError(f"{url} refused the {what} ({detail}); the server may be read-only (start it with "
                          "`kg serve --writable`) or need credentials (http://user:password@host/…)")
    if code in (404, 405):
        return StoreError(f"{url} has no {what} endpoint ({detail}); check the URL and the server flavor "
                          "(a fuseki+http:// scheme or KG_STORE_FLAVOR; see docs/remote.md)")
    return StoreError(f"{what} at {url} failed: {detail}")


def _with_prefixes(sparql: str) -> tuple[str, int]:
    """``sparql`` with the kg prefixes it uses and does not declare declared before it."""
    declared = {m.group(1) or "" for m in _DECLARED.finditer(sparql)}
    used = [p for p in PREFIXES if p not in declared and re.search(rf"(?<![\w.:-]){re.escape(p)}:", sparql)]
    if not used:
        return sparql, 0
    return " ".join(f"PREFIX {p}: <{PREFIXES[p]}>" for p in used) + "\n" + sparql, 1


def _parse_json_results(data: dict[str, Any]) -> QueryResult:
    if "boolean" in data:
        return QueryResult("ask", boolean=bool(data["boolean"]))
    variables: list[str] = data.get("head", {}).get("vars", [])
    rows = [tuple(_json_term(b[v]) if v in b else None for v in variables)
            for b in data.get("results", {}).get("bindings", [])]
    return QueryResult("select", variables, rows)


def _json_term(b: dict[str, Any]) -> Node:
    kind, value = b.get("type"), b.get("value", "")
    if kind == "uri":
        return URIRef(value)
    if kind == "bnode":
        return BNode(value)
    if kind in ("literal", "typed-literal"):
        if b.get("xml:lang"):
            return Literal(value, lang=b["xml:lang"])
        dt = b.get("datatype")
        return Literal(value, datatype=None if dt in (None, str(XSD.string)) else URIRef(dt))
    return Literal(str(value))  # an RDF-star triple term: kg writes none


@contextmanager
def _binary_output(output: str | os.PathLike[str] | IO[bytes]) -> Iterator[IO[bytes]]:
    if isinstance(output, (str, os.PathLike)):
        with open(output, "wb") as handle:
            yield handle
    else:
        yield output


def _without_password(url: str) -> str:
    return re.sub(r"://([^/@:]*):[^/@]*@", r"://\1:***@", url)


__all__ = ["FLAVORS", "Endpoints", "RemoteStore", "endpoints", "is_remote", "open_remote"]
