"""Exporters: one table maps each format name to the function that writes it.

RDF formats come straight from the store (TriG and N-Quads keep the named graphs;
Turtle, N-Triples and RDF/XML hold the union of all graphs). Network formats (GraphML,
GEXF) write the actor network of ``kg.analysis.network``.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kg.errors import ExportError
from kg.store.protocol import GraphStore


@dataclass(frozen=True, slots=True)
class Exporter:
    name: str
    suffix: str
    description: str
    write: Callable[[GraphStore, Path], None]


def _rdf(fmt: str) -> Callable[[GraphStore, Path], None]:
    def write(store: GraphStore, path: Path) -> None:
        store.dump(str(path), fmt)
    return write


def _network(fmt: str) -> Callable[[GraphStore, Path], None]:
    def write(store: GraphStore, path: Path) -> None:
        import networkx as nx

        from kg.analysis.network import build_network

        graph = build_network(store)
        flat = nx.Graph()
        for node, data in graph.nodes(data=True):
            flat.add_node(node, **{k: v for k, v in data.items() if isinstance(v, (str, int, float, bool))})
        for a, b, data in graph.edges(data=True):
            flat.add_edge(a, b, **{k: v for k, v in data.items() if isinstance(v, (str, int, float, bool))})
        (nx.write_graphml if fmt == "graphml" else nx.write_gexf)(flat, str(path))
    return write


EXPORTERS: dict[str, Exporter] = {
    e.name: e
    for e in [
        Exporter("turtle", ".ttl", "Turtle, the union of all graphs", _rdf("turtle")),
        Exporter("trig", ".trig", "TriG, one named graph per release", _rdf("trig")),
        Exporter("nt", ".nt", "N-Triples, the union of all graphs", _rdf("nt")),
        Exporter("nquads", ".nq", "N-Quads, one named graph per release", _rdf("nquads")),
        Exporter("jsonld", ".jsonld", "JSON-LD, with named graphs", _rdf("jsonld")),
        Exporter("xml", ".rdf", "RDF/XML, the union of all graphs", _rdf("xml")),
        Exporter("graphml", ".graphml", "GraphML actor network (networkx)", _network("graphml")),
        Exporter("gexf", ".gexf", "GEXF actor network for Gephi (networkx)", _network("gexf")),
    ]
}


def export(store: GraphStore, path: str | Path, *, fmt: str | None = None) -> Path:
    """Write the store to ``path`` in ``fmt`` (default: from the file's suffix)."""
    target = Path(path)
    if fmt is None:
        fmt = next((e.name for e in EXPORTERS.values() if e.suffix == target.suffix.lower()), None)
        if fmt is None:
            raise ExportError(f"cannot tell the format from {target.name!r}; pass --format "
                              f"({', '.join(EXPORTERS)})")
    exporter = EXPORTERS.get(fmt)
    if exporter is None:
        raise ExportError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORTERS)}")
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        exporter.write(store, target)
    except OSError as exc:
        raise ExportError(f"writing {target} failed: {exc}") from exc
    return target
