"""A SPARQL 1.1 server as the store: the same interface as ``kg.store.Store``
(``kg.store.protocol.GraphStore``), spoken over the SPARQL 1.1 Query, Update and Graph
Store HTTP protocols, so every command works unchanged with ``--store http://…`` (see
``docs/remote.md``).

Where the endpoints are (the URL names the server, a *flavor* its layout): ``kg.store.endpoints``.

Queries see the union of all graphs as their default graph, as on the embedded store: on
Oxigraph every query carries ``union-default-graph``; GraphDB, Virtuoso and Neptune do it by
default; Fuseki needs ``tdb2:unionDefaultGraph true``. Nothing in a query is rewritten, but
the prefixes of ``kg.namespaces.PREFIXES`` it uses and does not declare are declared before
it (one added line), as the embedded store binds them (``kg.store.sparql_wire``).

Writes: ``replace_graphs`` is one SPARQL UPDATE request (``DROP SILENT GRAPH`` of each
graph, then one ``INSERT DATA``), which servers run as one transaction; past
``max_request_bytes`` it goes in several requests of whole graphs, so a release's graph is
never split. ``mark_digests`` follows in a request of its own: a graph counts as written
only once its mark is there.

Errors: ``StoreError`` when the server cannot be reached, refuses (read-only, credentials),
has no such endpoint (wrong URL or flavor) or fails; ``QueryError`` when it rejects a query
or update as malformed. Each message names the URL and what to try.
"""
from __future__ import annotations

import json
import os
import shutil
import tempfile
import urllib.error
import urllib.parse
import urllib.request
import warnings
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, Self

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from kg.errors import StoreError
from kg.namespaces import DIGEST
from kg.nquads import insert_block, insert_data, triples_by_graph
from kg.nquads import term as nt
from kg.store.embedded import Store
from kg.store.endpoints import Endpoints, endpoints, is_remote, without_password
from kg.store.protocol import QueryResult
from kg.store.sparql_wire import RESULTS_ACCEPT, http_error, parse_json_results, with_prefixes

RDF_MEDIA_TYPES: dict[str, str] = {  # file suffix → media type
    "ttl": "text/turtle", "nt": "application/n-triples", "nq": "application/n-quads", "trig": "application/trig",
    "rdf": "application/rdf+xml", "xml": "application/rdf+xml", "owl": "application/rdf+xml",
    "jsonld": "application/ld+json", "n3": "text/n3",
}
_QUAD_SUFFIXES = {"nq", "trig", "jsonld"}
_RDFLIB_FORMATS = {"ttl": "turtle", "nt": "nt", "nq": "nquads", "trig": "trig", "rdf": "xml", "xml": "xml",
                   "owl": "xml", "jsonld": "json-ld", "n3": "n3"}
_DUMP_FORMATS = ("turtle", "trig", "nt", "nquads", "jsonld", "xml")
_ALL_QUADS = "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }"


def open_remote(url: str, *, flavor: str | None = None, read_only: bool = False, check: bool = True,
                timeout: float = 300.0) -> RemoteStore:
    """A ``RemoteStore`` for the server at ``url``; with ``check``, make sure it answers and
    that its default graph is the union of its named graphs."""
    store = RemoteStore(endpoints(url, flavor=flavor), read_only=read_only, timeout=timeout,
                        location=without_password(url))
    if check:
        store.check()
    return store


class RemoteStore:
    """A SPARQL 1.1 server used like ``kg.store.Store`` (same methods, same results)."""

    max_request_bytes = 4_000_000  # one UPDATE request's body, before starting another

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
        """The digest recorded for a graph, or None if it has none (not fully written)."""
        g = graph.n3()
        rows = self.query(f"SELECT ?d WHERE {{ GRAPH {g} {{ {g} {DIGEST.n3()} ?d }} }} LIMIT 1").rows
        return str(rows[0][0]) if rows and rows[0][0] is not None else None

    def query(self, sparql: str) -> QueryResult:
        """Run a SPARQL 1.1 query over the union of all graphs."""
        url = self.endpoints.query
        if self.endpoints.union_param:
            url += ("&" if "?" in url else "?") + "union-default-graph"
        text, added = with_prefixes(sparql)
        with self._request("POST", url, text.encode("utf-8"), what="query", added_lines=added,
                           headers={"Content-Type": "application/sparql-query; charset=utf-8",
                                    "Accept": RESULTS_ACCEPT}) as response:
            media = response.headers.get_content_type()
            body = response.read()
        if media in ("application/sparql-results+json", "application/json"):
            return parse_json_results(json.loads(body))
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
        text, added = with_prefixes(sparql)
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

    # --- writing ---------------------------------------------------------------------
    def replace_graphs(self, graphs: Iterable[str], nquads: str, *, checked: bool = False) -> None:
        """Drop ``graphs``, then insert the N-Quads ``nquads`` (see the module docstring).
        ``checked`` changes nothing here: the server parses what it is sent."""
        self._writable()
        drops = [f"DROP SILENT GRAPH {nt(g)}" for g in graphs]
        requests: list[list[tuple[str | None, list[str]]]] = [[]]
        size = 0
        for graph, lines in triples_by_graph(nquads).items():
            weight = sum(len(line) + 1 for line in lines)
            if requests[-1] and size + weight > self.max_request_bytes:
                requests.append([])
                size = 0
            requests[-1].append((graph, lines))
            size += weight
        for n, groups in enumerate(requests):
            statements = (drops if n == 0 else []) + ([insert_block(groups)] if groups else [])
            if statements:
                self.update(" ;\n".join(statements))

    def mark_digests(self, digests: Mapping[str, str]) -> None:
        """Record each graph's digest inside that graph, in one request."""
        self._writable()
        marks = [(URIRef(g), DIGEST, Literal(d), URIRef(g)) for g, d in digests.items()]
        if marks:
            self.update(insert_data("", marks))

    def drop_graph(self, graph: URIRef) -> bool:
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
            self.update(insert_data("", rows[start:start + 20_000]))

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
            raise http_error(what, url, exc.code, exc.reason, message, added_lines) from exc
        except (urllib.error.URLError, TimeoutError, ConnectionError) as exc:
            reason = getattr(exc, "reason", exc)
            raise StoreError(f"cannot reach the SPARQL server at {url}: {reason}; is it running and is the URL "
                             "right? (`kg serve --writable` or `oxigraph serve` starts one)") from exc
        with response:
            yield response


@contextmanager
def _binary_output(output: str | os.PathLike[str] | IO[bytes]) -> Iterator[IO[bytes]]:
    if isinstance(output, (str, os.PathLike)):
        with open(output, "wb") as handle:
            yield handle
    else:
        yield output


__all__ = ["RDF_MEDIA_TYPES", "RemoteStore", "is_remote", "open_remote"]
