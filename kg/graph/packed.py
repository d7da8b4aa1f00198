"""A mapped release in the form the single writer takes it.

Workers extract and map releases in parallel; one process resolves them against the
store and writes. Everything that can be done without the store is done in the worker:
the quads become N-Quads text (``kg.nquads``), checked by parsing it, and what entity
resolution needs (persons with their states, interactions with kind, date and
participants) is pulled out beforehand, as plain strings, so that the writer never
walks a release's quads.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from rdflib.namespace import DCTERMS

from kg.errors import StoreError
from kg.graph.mapping import MappedRelease
from kg.graph.ontology import DIP
from kg.graph.resolve import Entity
from kg.nquads import quads_text


@dataclass(slots=True)
class Event:
    """An interaction node of a release, as the resolver matches it across releases."""

    kind: str
    date: str  # ISO date, or "" when undated
    participants: frozenset[str]


@dataclass(slots=True)
class PackedRelease:
    """One release ready to write: its graph's quads as N-Quads text, minus the sha256
    mark that the writer adds last (a release counts as stored once its mark is there)."""

    graph: str
    sha256: str
    nquads: str
    quads: int  # lines in ``nquads``
    entities: list[Entity] = field(default_factory=list)
    release_date: str = ""
    states: dict[str, frozenset[str]] = field(default_factory=dict)  # person IRI → its states
    events: dict[str, Event] = field(default_factory=dict)  # interaction IRI → what matches it


def pack(mapped: MappedRelease, *, check: bool = True) -> PackedRelease:
    """``mapped`` as text plus what resolution needs. ``check`` parses the text, so that
    a term the store would refuse fails this release alone, not a batch of them."""
    sha256 = DIP.sha256
    body = [q for q in mapped.quads if q[1] != sha256]
    text = quads_text(body)
    if check:
        _check(text, str(mapped.graph))
    states: dict[str, set[str]] = {}
    parts: dict[str, set[str]] = {}
    kinds: dict[str, str] = {}
    dates: dict[str, str] = {}
    release_date = ""
    watch = {DIP.participant: 0, DIP.kind: 1, DIP.date: 2, DCTERMS.date: 3, DIP.affiliatedWith: 4}
    for s, p, o, _g in body:
        role = watch.get(p)
        if role is None:
            continue
        if role == 0:
            parts.setdefault(str(s), set()).add(str(o))
        elif role == 1:
            kinds[str(s)] = str(o)
        elif role == 2:
            dates[str(s)] = str(o)
        elif role == 3:
            if s == mapped.graph:
                release_date = str(o)
        else:
            states.setdefault(str(s), set()).add(str(o))
    events = {node: Event(kind, dates.get(node, ""), frozenset(parts.get(node, ()))) for node, kind in kinds.items()}
    return PackedRelease(str(mapped.graph), mapped.sha256, text, len(body), list(mapped.entities), release_date,
                         {k: frozenset(v) for k, v in states.items()}, events)


def _check(text: str, graph: str) -> None:
    import pyoxigraph as ox

    try:
        for _ in ox.parse(text, format=ox.RdfFormat.N_QUADS):
            pass
    except SyntaxError as exc:
        raise StoreError(f"{graph}: the store would refuse a term of this release: {exc}") from exc


__all__ = ["Event", "PackedRelease", "pack"]
