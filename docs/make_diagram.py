"""Generate docs/ontology.mmd, a Mermaid class diagram of ontology/diplomacy.ttl, and
copy it into docs/ontology.md between the ``diagram:start`` / ``diagram:end`` markers,
with the table of CAMEO and PLOVER codes between ``codes:start`` / ``codes:end``.

    .venv/bin/python docs/make_diagram.py

What it draws, all read from the ontology with rdflib:

- every dip: class, with its datatype properties as attributes and its CAMEO / PLOVER
  codes as an annotation;
- dip: sub-classes as solid inheritance arrows;
- alignments to public vocabularies (rdfs:subClassOf a class outside dip:) as dotted
  realisation arrows to a node labelled with the public class's CURIE;
- object properties as labelled arrows from domain to range (``schema:domainIncludes``
  counts as a domain). Sub-properties of dip:participant are drawn as one arrow
  labelled with all the roles, to keep the picture readable.

tests/test_ontology.py regenerates the text and fails if the committed file differs.
"""
from __future__ import annotations

import sys
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY = ROOT / "ontology" / "diplomacy.ttl"
MMD = ROOT / "docs" / "ontology.mmd"
DOC = ROOT / "docs" / "ontology.md"

DIP = "https://w3id.org/diplomacy-kg/ontology#"
SCHEMA_DOMAIN = URIRef("https://schema.org/domainIncludes")
CAMEO, PLOVER, MODE = (URIRef(DIP + n) for n in ("cameoCode", "ploverType", "ploverMode"))
PUBLIC = {
    "http://semanticweb.cs.vu.nl/2009/11/sem/": "sem",
    "http://www.w3.org/ns/org#": "org",
    "http://www.w3.org/ns/prov#": "prov",
    "https://schema.org/": "schema",
    "http://xmlns.com/foaf/0.1/": "foaf",
    "http://www.w3.org/2004/02/skos/core#": "skos",
    "http://www.w3.org/ns/oa#": "oa",
    "http://www.w3.org/2006/time#": "time",
    "http://purl.org/dc/terms/": "dcterms",
    "http://www.w3.org/2001/XMLSchema#": "xsd",
    "http://www.w3.org/2000/01/rdf-schema#": "rdfs",
}


def local(term: object) -> str:
    return str(term).removeprefix(DIP)


def curie(term: object) -> tuple[str, str]:
    """(node id, label) of a public term: ("sem_Event", "sem:Event")."""
    for ns, prefix in PUBLIC.items():
        if str(term).startswith(ns):
            name = str(term)[len(ns):]
            return f"{prefix}_{name}", f"{prefix}:{name}"
    return "x_" + str(term).rsplit("/", 1)[-1], str(term)


def ours(term: object) -> bool:
    return isinstance(term, URIRef) and str(term).startswith(DIP)


def diagram(graph: Graph) -> str:
    classes = sorted((c for c in graph.subjects(RDF.type, OWL.Class) if ours(c)), key=local)
    participant = URIRef(DIP + "participant")
    lines = ["classDiagram", "    direction LR"]

    for cls in classes:
        members = []
        codes = sorted(str(c) for c in graph.objects(cls, CAMEO))
        if codes:
            plover = " ".join(sorted(str(p) for p in graph.objects(cls, PLOVER)))
            modes = " ".join(sorted(str(m) for m in graph.objects(cls, MODE)))
            members.append(f"<<CAMEO {' '.join(codes)} / {plover}{' ' + modes if modes else ''}>>")
        for prop in sorted(graph.subjects(RDFS.domain, cls), key=local):
            if (prop, RDF.type, OWL.DatatypeProperty) in graph:
                rng = graph.value(prop, RDFS.range)
                kind = curie(rng)[1].split(":", 1)[-1] if isinstance(rng, URIRef) else "literal"
                members.append(f"+{kind} {local(prop)}")
        if members:
            lines.append(f"    class {local(cls)} {{")
            lines += [f"        {m}" for m in members]
            lines.append("    }")
        else:
            lines.append(f"    class {local(cls)}")

    lines.append("    %% sub-classes")
    for cls in classes:
        for sup in sorted(graph.objects(cls, RDFS.subClassOf), key=str):
            if ours(sup):
                lines.append(f"    {local(sup)} <|-- {local(cls)}")

    lines.append("    %% object properties (domain --> range)")
    roles: dict[tuple[str, str], list[str]] = {}
    for prop in sorted(graph.subjects(RDF.type, OWL.ObjectProperty), key=local):
        if not ours(prop):
            continue
        rng = graph.value(prop, RDFS.range)
        domains = list(graph.objects(prop, RDFS.domain)) + list(graph.objects(prop, SCHEMA_DOMAIN))
        if not ours(rng):
            continue
        is_role = participant in set(graph.transitive_objects(prop, RDFS.subPropertyOf)) and prop != participant
        for dom in sorted((d for d in domains if ours(d)), key=local):
            if is_role:
                roles.setdefault((local(dom), local(rng)), []).append(local(prop))
            else:
                lines.append(f"    {local(dom)} --> {local(rng)} : {local(prop)}")
    for (dom_name, rng_name), names in sorted(roles.items()):
        lines.append(f"    {dom_name} --> {rng_name} : {' / '.join(sorted(names))}")

    lines.append("    %% alignments to public vocabularies")
    public_nodes: dict[str, str] = {}
    edges = []
    for cls in classes:
        for sup in sorted(graph.objects(cls, RDFS.subClassOf), key=str):
            if isinstance(sup, URIRef) and not ours(sup):
                node, label = curie(sup)
                public_nodes[node] = label
                edges.append(f"    {node} <|.. {local(cls)}")
    lines += [f'    class {node}["{label}"]' for node, label in sorted(public_nodes.items())]
    lines += edges
    return "\n".join(lines) + "\n"


def codes_table(graph: Graph) -> str:
    """Our classes with their CAMEO codes and PLOVER type and modes."""
    lines = ["| class | CAMEO | PLOVER type | PLOVER mode |", "|---|---|---|---|"]
    for cls in sorted({c for c in graph.subjects(CAMEO, None) if ours(c)}, key=local):
        cameo = ", ".join(sorted(str(c) for c in graph.objects(cls, CAMEO)))
        plover = ", ".join(sorted(str(p) for p in graph.objects(cls, PLOVER)))
        modes = ", ".join(sorted(str(m) for m in graph.objects(cls, MODE))) or "–"
        lines.append(f"| dip:{local(cls)} | {cameo} | {plover} | {modes} |")
    return "\n".join(lines)


def replace_section(doc: str, name: str, body: str) -> str:
    """``doc`` with the text between ``<!-- name:start -->`` and ``<!-- name:end -->``
    replaced by ``body``."""
    start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
    if start not in doc or end not in doc:
        raise SystemExit(f"{DOC}: no {start} … {end} markers")
    head, rest = doc.split(start, 1)
    _, tail = rest.split(end, 1)
    return f"{head}{start}\n{body.strip()}\n{end}{tail}"


def main() -> int:
    graph = Graph().parse(ONTOLOGY)
    text = diagram(graph)
    MMD.write_text(text, encoding="utf-8")
    doc = DOC.read_text(encoding="utf-8")
    doc = replace_section(doc, "diagram", f"```mermaid\n{text}```")
    doc = replace_section(doc, "codes", codes_table(graph))
    DOC.write_text(doc, encoding="utf-8")
    print(f"wrote {MMD} ({text.count(chr(10))} lines) and {DOC}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
