"""The endpoints of a SPARQL 1.1 server, from the URL given as ``--store``.

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
"""
from __future__ import annotations

import base64
import os
import re
import urllib.parse
from dataclasses import dataclass

from kg.errors import StoreError

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


def without_password(url: str) -> str:
    return re.sub(r"://([^/@:]*):[^/@]*@", r"://\1:***@", url)


__all__ = ["FLAVORS", "Endpoints", "endpoints", "is_remote", "without_password"]
