"""Validate a store against the SHACL shapes in ``ontology/shapes.ttl``.

``validate(store)`` takes the union of all graphs out of the store through its public
query API, runs pySHACL over it with ``ontology/diplomacy.ttl`` mixed in as the
ontology graph, and returns a ``ValidationReport``: whether the store conforms and one
``Violation`` per result, with the focus node's label and the sentence that produced
it, so that ``format_report`` can print lines a person can act on.

Inference is "none": the shapes look at our own terms only, which the mapping writes
(with ``dip:participant`` beside roles, ``kg.graph.mapping.WRITTEN_BESIDE``), and ``sh:class``
follows the ontology's ``rdfs:subClassOf`` without a reasoner. An RDFS closure would
cost time in proportion to the store and add nothing the shapes look at.

Warnings (``sh:Warning``) are reported but do not make the store non-conforming.
pySHACL is a dependency of the package (``pip install -e .`` installs it).

Example::

    >>> from kg.store import open_store
    >>> report = validate(open_store(":memory:"))
    >>> report.conforms, report.violations
    (True, [])
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SH
from rdflib.term import Node

from kg.errors import KgError
from kg.graph.ontology import DIP, ONTOLOGY_DIR, PREFIXES

SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"
ONTOLOGY_FILE = ONTOLOGY_DIR / "diplomacy.ttl"
_OA_EXACT = URIRef("http://www.w3.org/ns/oa#exact")
_SEVERITIES: dict[URIRef, str] = {SH.Violation: "Violation", SH.Warning: "Warning", SH.Info: "Info"}


class ValidationError(KgError):
    """Validation could not run: pySHACL is missing or a shapes file is unreadable."""


@dataclass(slots=True)
class Violation:
    """One SHACL result. ``label`` and ``context`` describe the focus node for a person:
    its label (or class and release), and the evidence sentence when it has one."""

    focus_node: Node
    path: Node | None
    message: str
    severity: str  # "Violation", "Warning" or "Info"
    value: Node | None = None
    shape: Node | None = None
    label: str = ""
    context: str | None = None


@dataclass(slots=True)
class ValidationReport:
    conforms: bool
    violations: list[Violation] = field(default_factory=list)
    triples: int = 0  # size of the data validated

    def count(self, severity: str) -> int:
        return sum(1 for v in self.violations if v.severity == severity)


def store_graph(store: Any) -> Graph:
    """The union of all graphs of ``store`` as one rdflib graph (each triple once)."""
    result = store.query("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
    graph = Graph()
    for triple in result.triples:
        graph.add(triple)
    return graph


def _load(source: str | Path | Graph, what: str) -> Graph:
    if isinstance(source, Graph):
        return source
    try:
        return Graph().parse(str(source), format="turtle")
    except (OSError, SyntaxError, ValueError) as exc:
        raise ValidationError(f"cannot read the {what} {source}: {exc}") from exc


def validate(
    store: Any,
    *,
    shapes: str | Path | Graph | None = None,
    ontology: str | Path | Graph | None = None,
    progress: Callable[[str], None] | None = None,
) -> ValidationReport:
    """Validate the union of all graphs in ``store`` (a ``kg.store.Store``, or an rdflib
    ``Graph`` already in memory) against ``shapes`` (default ``ontology/shapes.ttl``)
    with ``ontology`` (default ``ontology/diplomacy.ttl``) as pySHACL's ontology graph.
    ``progress(what)`` is told each step as it begins (reading, checking, describing)."""
    def tell(what: str) -> None:
        if progress is not None:
            progress(what)

    try:
        import pyshacl
    except ImportError as exc:  # optional dependency
        raise ValidationError("validation needs pySHACL, a dependency of diplomacy-kg: "
                              "pip install -e . (or pip install pyshacl)") from exc

    own = not isinstance(store, Graph)
    if own:
        tell(f"reading the store ({len(store):,} quads)")
    data = store_graph(store) if own else store
    shapes_graph = _load(shapes if shapes is not None else SHAPES_FILE, "shapes")
    ont_graph = _load(ontology if ontology is not None else ONTOLOGY_FILE, "ontology")
    triples = len(data)
    tell(f"checking {triples:,} triples against {len(set(shapes_graph.subjects(RDF.type, SH.NodeShape)))} shapes "
         "(pySHACL)")
    _, results, _ = pyshacl.validate(
        data,
        shacl_graph=shapes_graph,
        ont_graph=ont_graph,
        inference="none",
        advanced=True,
        allow_warnings=True,
        allow_infos=True,
        inplace=own,  # our own copy may take the ontology in; a caller's graph may not
    )
    found = len(set(results.subjects(RDF.type, SH.ValidationResult)))
    if found:
        tell(f"describing {found:,} results")
    violations = sorted(_results(results, data), key=_order)
    conforms = not any(v.severity == "Violation" for v in violations)
    return ValidationReport(conforms, violations, triples)


def _results(results: Graph, data: Graph) -> Iterable[Violation]:
    for result in results.subjects(RDF.type, SH.ValidationResult):
        focus = results.value(result, SH.focusNode)
        if focus is None:
            continue
        severity = results.value(result, SH.resultSeverity)
        message = results.value(result, SH.resultMessage)
        label, context = describe(data, focus)
        yield Violation(
            focus_node=focus,
            path=results.value(result, SH.resultPath),
            message=str(message) if message is not None else "does not conform to its shape",
            severity=_SEVERITIES.get(URIRef(str(severity)), str(severity)) if severity is not None else "Violation",
            value=results.value(result, SH.value),
            shape=results.value(result, SH.sourceShape),
            label=label,
            context=context,
        )


def _order(v: Violation) -> tuple[int, str, str, str]:
    rank = {"Violation": 0, "Warning": 1, "Info": 2}.get(v.severity, 3)
    return rank, v.label, str(v.focus_node), v.message


def describe(data: Graph, node: Node) -> tuple[str, str | None]:
    """A short description of ``node`` for a person (its label, else its class and the
    release it was reported in) and its evidence sentence, if any."""
    label = data.value(node, RDFS.label) or data.value(node, DCTERMS.title)
    release = data.value(node, DIP.reportedIn) or data.value(node, DIP.inRelease)
    if label is None:
        kinds = sorted(_short(t) for t in data.objects(node, RDF.type) if str(t).startswith(str(DIP)))
        kind = " ".join(k for k in kinds if k != "dip:Interaction") or (kinds[0] if kinds else "")
        where = f" in {str(release).rsplit('/', 1)[-1]}" if release is not None else ""
        text = f"{kind}{where}".strip() or _short(node)
    else:
        text = str(label)
    sentence = data.value(node, _OA_EXACT)
    if sentence is None:
        evidence = data.value(node, DIP.evidence)
        sentence = data.value(evidence, _OA_EXACT) if evidence is not None else None
    return text, (str(sentence) if sentence is not None else None)


def _short(term: Node) -> str:
    """A term as a person reads it: a CURIE for known namespaces, a literal's text."""
    if isinstance(term, Literal):
        return repr(str(term)) if term.datatype is None else f"{term} ({_short(term.datatype)})"
    text = str(term)
    for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
        if text.startswith(ns) and len(text) > len(ns):
            return f"{prefix}:{text[len(ns):]}"
    return f"<{text}>"


def format_report(report: ValidationReport, *, max_context: int = 100) -> str:
    """One line per result (severity, what, where, the message and the offending value),
    the evidence sentence below it when there is one, and a summary line."""
    lines: list[str] = []
    for v in report.violations:
        where = f"{v.label} [{_short(v.focus_node)}]"
        path = f" {_short(v.path)}:" if isinstance(v.path, URIRef) else ""
        value = f" (value: {_short(v.value)})" if v.value is not None and v.value != v.focus_node else ""
        lines.append(f"{v.severity}: {where}{path} {v.message}{value}")
        if v.context:
            sentence = v.context if len(v.context) <= max_context else v.context[: max_context - 1] + "…"
            lines.append(f"    evidence: “{sentence}”")
    n_violations, n_warnings = report.count("Violation"), report.count("Warning")
    focus = len({v.focus_node for v in report.violations})
    verdict = "conforms" if report.conforms else "does not conform"
    lines.append(
        f"The store {verdict}: {n_violations} violation{'s' * (n_violations != 1)}, "
        f"{n_warnings} warning{'s' * (n_warnings != 1)} on {focus} node{'s' * (focus != 1)} "
        f"({report.triples} triples checked)."
    )
    return "\n".join(lines)


__all__ = ["ValidationError", "ValidationReport", "Violation", "format_report", "store_graph", "validate"]
