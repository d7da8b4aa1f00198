"""N-Quads text: how a mapped release travels from a worker process to the writer.

A worker writes its release's quads as N-Quads lines; the writer (``kg.ingest``) hands
the text of a whole batch to the store, whose embedded back end bulk-loads it (parsed in
Rust) and whose server back end turns it into SPARQL ``INSERT DATA``. Pickling rdflib
terms instead cost the single writer more than the whole store write (bench/README.md).
A shared bottom-layer module: the graph writes this text and the store reads it, and
neither imports the other.

Lines are always ``S P O G .`` with IRIs for S, P and G, so a line splits at its first
two spaces and its last two without parsing the literal in the middle.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping

from rdflib import BNode, Literal
from rdflib.namespace import XSD
from rdflib.term import Node

from kg.errors import StoreError

_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})
# Characters an IRI may not hold in N-Triples (RDF 1.1 N-Triples, IRIREF).
_IRI_FORBIDDEN = frozenset('<>"{}|^`\\' + "".join(chr(c) for c in range(0x21)))
_XSD_STRING = str(XSD.string)


def term(node: Node | str) -> str:
    """``node`` as an N-Triples term (a plain ``str`` is an IRI). N-Triples is also
    SPARQL, unlike rdflib's ``.n3()`` for a literal with a line break.

    >>> term(Literal('two\\nlines "quoted"', lang="en"))
    '"two\\\\nlines \\\\"quoted\\\\""@en'
    >>> term(URIRef("https://example.org/a b"))
    Traceback (most recent call last):
    ...
    kg.errors.StoreError: not an IRI: 'https://example.org/a b'
    """
    if isinstance(node, Literal):
        text = '"' + str(node).translate(_ESCAPES) + '"'
        if node.language:
            return f"{text}@{node.language}"
        datatype = node.datatype
        if datatype is not None and datatype != _XSD_STRING:
            return f"{text}^^{iri(datatype)}"
        return text
    if isinstance(node, BNode):
        return f"_:{node}"
    if isinstance(node, str):  # URIRef, or an IRI held as a plain string
        return iri(node)
    raise StoreError(f"cannot store term {node!r}")


def iri(value: str) -> str:
    """``<value>``, refusing what would break the line (a space, a quote, a bracket)."""
    if not _IRI_FORBIDDEN.isdisjoint(value) or not value:
        raise StoreError(f"not an IRI: {str(value)!r}")
    return f"<{value}>"


def quads_text(quads: Iterable[tuple[Node | str, Node | str, Node | str, Node | str]]) -> str:
    """N-Quads lines for ``quads`` (each line ends in a newline)."""
    return "".join(f"{term(s)} {term(p)} {term(o)} {term(g)} .\n" for s, p, o, g in quads)


def split_line(line: str) -> tuple[str, str, str, str]:
    """(subject, predicate, object, graph) of one ``S P O G .`` line, as N-Triples terms."""
    subject, predicate, rest = line.split(" ", 2)
    obj, graph, _dot = rest.rsplit(" ", 2)
    return subject, predicate, obj, graph


def rewrite(text: str, mapping: Mapping[str, str]) -> str:
    """``text`` with the IRIs in ``mapping`` (old → new, without brackets) replaced where
    they are a subject or an object; literals that happen to hold them stay as they are."""
    if not mapping:
        return text
    terms = {f"<{old}>": f"<{new}>" for old, new in mapping.items()}
    out = []
    for line in text.splitlines():
        subject, predicate, obj, graph = split_line(line)
        if subject in terms or obj in terms:
            line = f"{terms.get(subject, subject)} {predicate} {terms.get(obj, obj)} {graph} ."
        out.append(line + "\n")
    return "".join(out)


def triples_by_graph(text: str) -> dict[str, list[str]]:
    """The lines of N-Quads ``text`` as ``S P O .`` lines, by graph term, in the order the
    graphs first appear."""
    by_graph: dict[str, list[str]] = {}
    for line in text.splitlines():
        subject, predicate, obj, graph = split_line(line)
        by_graph.setdefault(graph, []).append(f"{subject} {predicate} {obj} .")
    return by_graph


def insert_block(groups: Iterable[tuple[str | None, list[str]]]) -> str:
    """One SPARQL ``INSERT DATA`` of ``S P O .`` lines by graph term (None: the default graph)."""
    blocks = [("\n".join(lines) if g is None else f"GRAPH {g} {{\n" + "\n".join(lines) + "\n}")
              for g, lines in groups]
    return "INSERT DATA {\n" + "\n".join(blocks) + "\n}"


def insert_data(text: str, triples: Iterable[tuple[Node, Node, Node, Node | None]] = ()) -> str:
    """One SPARQL ``INSERT DATA`` of N-Quads ``text`` and of ``triples`` (s, p, o, graph
    or None for the default graph), grouped by graph."""
    by_graph: dict[str | None, list[str]] = dict(triples_by_graph(text))
    for s, p, o, g in triples:
        by_graph.setdefault(None if g is None else term(g), []).append(f"{term(s)} {term(p)} {term(o)} .")
    return insert_block(by_graph.items())


__all__ = ["insert_block", "insert_data", "iri", "quads_text", "rewrite", "split_line", "term", "triples_by_graph"]
