"""Which interaction nodes of the release graphs are one event.

A pure function of the interactions the release graphs hold (after the persons are
settled, ``kg.graph.people``), so the same graphs always give the same nodes:

- A bilateral or small interaction dated to the day is identified by kind, participants
  and date: two releases (or two sentences of one release) reporting the same call are one
  node; a call the next day is another. An event therefore carries one date.
- An undated interaction is a mention of the latest event of that kind with the same
  participants dated no later than the release ("the Geneva summit" in a briefing weeks
  later) and not placed elsewhere; with none, it is an interaction of its release alone (one node per kind and
  participants). One dated to a month or a year only is its release's (it keeps its date:
  an event carries one date).
- A multilateral event, or an interaction with fewer than two participants, belongs to its
  release (one node per kind, name, date and participants within it).
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from kg.graph.ontology import ID, digest


@dataclass(frozen=True, slots=True)
class Occurrence:
    """An interaction node of one release graph."""

    graph: str
    node: str
    kind: str
    date: str  # "", YYYY, YYYY-MM or YYYY-MM-DD
    name: str
    participants: frozenset[str]
    release_date: str = ""
    lead: str = ""  # the visitor of a visit, the sender of a letter: who went to whom matters
    place: str = ""


def plan_events(occurrences: Iterable[Occurrence]) -> dict[tuple[str, str], str]:
    """(graph, node) → the IRI of the event it reports (see the module docstring)."""
    items = sorted(occurrences, key=lambda o: (o.graph, o.node))
    target: dict[tuple[str, str], str] = {}
    dated: dict[tuple[str, frozenset[str]], list[str]] = defaultdict(list)  # (kind, participants) → days
    places: dict[tuple[object, ...], set[str]] = defaultdict(set)
    for o in items:
        if _shared(o) and len(o.date) == 10 and o.place:
            places[_key(o)].add(o.place)
    for o in items:
        if _shared(o) and len(o.date) == 10:
            # Reports of one day that place it in two cities are two events; one that names
            # no city goes with the first.
            known = places.get(_key(o), set())
            where = o.place if len(known) > 1 and o.place else (min(known) if len(known) > 1 else "")
            target[(o.graph, o.node)] = _iri("event", *_key(o), where) if where else _iri("event", *_key(o))
            dated[(o.kind, o.participants)].append(o.date)
    for o in items:
        if (o.graph, o.node) in target:
            continue
        if _shared(o) and not o.date:
            limit = o.release_date or "9999-99-99"
            # (not one placed elsewhere: "when he visited Kabul we met with X" is no later
            # meeting with X in Washington)
            days = [d for d in dated.get((o.kind, o.participants), ()) if d <= limit
                    and (not o.place or not places.get(_key_on(o, d)) or o.place in places[_key_on(o, d)])]
            if days:
                day = max(days)
                target[(o.graph, o.node)] = _first_on(items, target, o, day)
                continue
        if _shared(o):
            target[(o.graph, o.node)] = _iri(o.graph, o.kind, sorted(o.participants), o.date)
        else:
            target[(o.graph, o.node)] = _iri(o.graph, o.kind, sorted(o.participants), o.date, o.name)
    return target


def _key(o: Occurrence) -> tuple[object, ...]:
    return (o.kind, tuple(sorted(o.participants)), o.date) + ((o.lead,) if o.lead else ())


def _key_on(o: Occurrence, day: str) -> tuple[object, ...]:
    return (o.kind, tuple(sorted(o.participants)), day) + ((o.lead,) if o.lead else ())


def _first_on(items: list[Occurrence], target: dict[tuple[str, str], str], o: Occurrence, day: str) -> str:
    """The event a mention is of: the first (in IRI order) of those with its kind and
    participants on ``day``."""
    return min(target[(x.graph, x.node)] for x in items if x.kind == o.kind and x.participants == o.participants
               and x.date == day and (x.graph, x.node) in target)


def _shared(o: Occurrence) -> bool:
    return o.kind != "multilateral" and len(o.participants) >= 2 and not o.name


def _iri(*parts: object) -> str:
    return str(ID[f"interaction/{digest(*parts)}"])


__all__ = ["Occurrence", "plan_events"]
