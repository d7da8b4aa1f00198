"""Exporters: one table maps each format name to the function that writes it.

RDF formats come straight from the store (TriG and N-Quads keep the named graphs;
Turtle, N-Triples and RDF/XML hold the union of all graphs), with the project's prefixes in
the syntaxes that have them. JSON-LD is compacted with the project's context
(``kg/context.jsonld``, embedded in the file): ``"dip:kind": "meeting"``, ``"@type":
"dip:Meeting"``, ``"@id": "kgid:person/…"``, one named graph per release. Network formats (GraphML,
GEXF) write the actor network of ``kg.analysis.network``. The path ``-`` is stdout.
"""
from __future__ import annotations

import io
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from kg.errors import ExportError, FormatError
from kg.store.protocol import GraphStore


@dataclass(frozen=True, slots=True)
class Exporter:
    name: str
    suffix: str
    description: str
    write: Callable[[GraphStore, Path | IO[bytes]], None]


def _rdf(fmt: str) -> Callable[[GraphStore, Path | IO[bytes]], None]:
    def write(store: GraphStore, path: Path | IO[bytes]) -> None:
        store.dump(str(path) if isinstance(path, Path) else path, fmt)
    return write


RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
CONTEXT_FILE = Path(__file__).resolve().parent / "context.jsonld"


def jsonld_context() -> dict[str, str]:
    """The project's JSON-LD context: a prefix for each vocabulary it uses."""
    context: dict[str, str] = json.loads(CONTEXT_FILE.read_text(encoding="utf-8"))["@context"]
    return context


class Compactor:
    """JSON-LD compaction with a context of prefixes only, for the flat expanded form that
    the store writes (node objects in named graphs): IRIs become compact IRIs
    (``dip:kind``), one-element arrays single values, plain strings bare strings."""

    def __init__(self, context: dict[str, str]):
        # Longest namespace first: the shortest compact IRI wins.
        self.prefixes = sorted(((ns, p) for p, ns in context.items()), key=lambda x: -len(x[0]))
        self.terms = set(context)

    def iri(self, value: str) -> str:
        for ns, prefix in self.prefixes:
            if value.startswith(ns) and len(value) > len(ns):
                suffix = value[len(ns):]
                if not suffix.startswith("//") and f"{prefix}:{suffix}" not in self.terms:
                    return f"{prefix}:{suffix}"
        return value

    def value(self, item: dict[str, Any]) -> Any:
        if "@id" in item:
            return {"@id": self.iri(item["@id"])}
        if set(item) == {"@value"} and isinstance(item["@value"], str):
            return item["@value"]
        return {k: self.iri(v) if k == "@type" else v for k, v in item.items()}

    def node(self, node: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        types = node.get(RDF_TYPE)
        if types is not None and all(set(t) == {"@id"} for t in types):  # rdf:type as @type
            node = {k: v for k, v in node.items() if k != RDF_TYPE}
            node["@type"] = [*node.get("@type", []), *(t["@id"] for t in types)]
        for key, values in node.items():
            if key == "@id":
                out[key] = self.iri(values)
            elif key == "@type":
                types = [self.iri(t) for t in values]
                out[key] = types[0] if len(types) == 1 else types
            elif key == "@graph":
                out[key] = [self.node(n) for n in values]
            else:
                items = [self.value(v) for v in values]
                out[self.iri(key)] = items[0] if len(items) == 1 else items
        return out

    def document(self, expanded: list[dict[str, Any]], context: dict[str, str]) -> dict[str, Any]:
        """The compacted document: the store writes a graph's nodes as it meets them, so
        one graph (and one node) may come in pieces; each is written once here."""
        default: dict[str, dict[str, Any]] = {}
        graphs: dict[str, dict[str, dict[str, Any]]] = {}
        for item in expanded:
            if "@graph" in item:
                nodes = graphs.setdefault(item["@id"], {})
                for node in item["@graph"]:
                    _merge(nodes, node)
                rest = {k: v for k, v in item.items() if k != "@graph"}
                if len(rest) > 1:
                    _merge(default, rest)
            else:
                _merge(default, item)
        out = [self.node(n) for n in default.values()]
        out += [{"@id": self.iri(g), "@graph": [self.node(n) for n in nodes.values()]} for g, nodes in graphs.items()]
        return {"@context": context, "@graph": out}


def _merge(nodes: dict[str, dict[str, Any]], node: dict[str, Any]) -> None:
    key = node.get("@id") or f"_:n{len(nodes)}"
    target = nodes.setdefault(key, {"@id": node["@id"]} if "@id" in node else {})
    for prop, values in node.items():
        if prop != "@id":
            target.setdefault(prop, []).extend(values)


def _jsonld(store: GraphStore, path: Path | IO[bytes]) -> None:
    buffer = io.BytesIO()
    store.dump(buffer, "jsonld")
    expanded = json.loads(buffer.getvalue() or b"[]")
    context = jsonld_context()
    document = Compactor(context).document(expanded, context)
    text = json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8") + b"\n"
    if isinstance(path, Path):
        path.write_bytes(text)
    else:
        path.write(text)


def _network(fmt: str) -> Callable[[GraphStore, Path | IO[bytes]], None]:
    def write(store: GraphStore, path: Path | IO[bytes]) -> None:
        import networkx as nx

        from kg.analysis.network import build_network

        graph = build_network(store)
        flat = nx.Graph()
        for node, data in graph.nodes(data=True):
            flat.add_node(node, **_scalars(data))
        for a, b, data in graph.edges(data=True):
            flat.add_edge(a, b, **edge_attributes(data))
        (nx.write_graphml if fmt == "graphml" else nx.write_gexf)(flat, str(path) if isinstance(path, Path) else path)
    return write


def _scalars(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if isinstance(v, (str, int, float, bool))}


def edge_attributes(data: dict[str, Any]) -> dict[str, Any]:
    """An edge as GraphML/GEXF can carry it: its scalars, a count per interaction kind
    (``meeting``, ``call``, ...: 0 when none) and the first and last dates ("" when none)."""
    from kg.analysis.network import KINDS

    out = _scalars(data)
    kinds = data.get("kinds") or {}
    for kind in KINDS:
        out[kind] = int(kinds.get(kind, 0))
    out["first"] = data.get("first") or ""
    out["last"] = data.get("last") or ""
    return out


EXPORTERS: dict[str, Exporter] = {
    e.name: e
    for e in [
        Exporter("turtle", ".ttl", "Turtle, the union of all graphs", _rdf("turtle")),
        Exporter("trig", ".trig", "TriG, one named graph per release", _rdf("trig")),
        Exporter("nt", ".nt", "N-Triples, the union of all graphs", _rdf("nt")),
        Exporter("nquads", ".nq", "N-Quads, one named graph per release", _rdf("nquads")),
        Exporter("jsonld", ".jsonld", "JSON-LD compacted with kg/context.jsonld, with named graphs", _jsonld),
        Exporter("xml", ".rdf", "RDF/XML, the union of all graphs", _rdf("xml")),
        Exporter("graphml", ".graphml", "GraphML actor network (networkx)", _network("graphml")),
        Exporter("gexf", ".gexf", "GEXF actor network for Gephi (networkx)", _network("gexf")),
    ]
}


def export_format(path: str | Path, fmt: str | None = None) -> Exporter:
    """The exporter for ``path``: ``fmt`` if given, else the one its suffix names (Turtle
    for ``-``, stdout). A ``FormatError`` says what to type when neither tells."""
    target = Path(path)
    if fmt is None:
        fmt = "turtle" if str(path) == "-" else next(
            (e.name for e in EXPORTERS.values() if e.suffix == target.suffix.lower()), None)
        if fmt is None:
            suffixes = " ".join(e.suffix for e in EXPORTERS.values())
            raise FormatError(f"cannot tell the format from {target.name!r}: end the file name in one of "
                              f"{suffixes}, or pass --format ({', '.join(EXPORTERS)})")
    exporter = EXPORTERS.get(fmt)
    if exporter is None:
        raise FormatError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORTERS)}")
    return exporter


def export(store: GraphStore, path: str | Path, *, fmt: str | None = None) -> Path | None:
    """Write the store to ``path`` in ``fmt`` (default: from the file's suffix); ``-`` writes
    to stdout (Turtle unless ``fmt`` says otherwise) and returns None."""
    exporter = export_format(path, fmt)
    if str(path) == "-":
        exporter.write(store, sys.stdout.buffer)
        sys.stdout.buffer.flush()
        return None
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        exporter.write(store, target)
    except OSError as exc:
        raise ExportError(f"writing {target} failed: {exc}") from exc
    return target
