"""One node per real-world entity across releases.

Each release is mapped on its own (in worker processes, without the store); the writer
then resolves what it describes against everything already stored, with an
``EntityIndex`` loaded from the store once per ingest and kept up to date as batches
are written:

- **Persons** match on a transliteration key of their name ("Tokayev" / "Tokaev",
  "Kassym-Jomart" / "Kassym-Zhomart", "Muhriddin" / "Mukhriddin", "Lajčák" / "Lajcak").
  A surname alone ("Lajčák") joins the one stored person with that surname and no
  conflicting state; with two candidates it stays apart and is listed by
  ``ambiguous()``. Different keys never merge: "Nazarbayev" and "Nazarbayeva" stay two.
- **Interactions** reported by two releases (same kind, at least two participants in
  common, dates no more than a day apart) become one node, linked to both releases and
  both evidence sentences.
- **Aliases**: ``data/aliases.csv`` (kind, form, canonical, read by ``kg.graph.aliases``)
  maps a form to the entity a user says it names; the resolver honours it on the next ingest.

``EntityIndex`` reads the store through ``rows(sparql)`` only (any ``kg.store`` back end);
this module imports no store.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Set as AbstractSet
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import Protocol

from rdflib import URIRef

from kg import nquads
from kg.graph.ontology import DIP
from kg.graph.packed import Event, PackedRelease
from kg.graph.resolve import Entity
from kg.lexicon import fold

class StoredRows(Protocol):
    """What ``EntityIndex`` needs of a store: a SELECT's rows as plain strings."""

    def rows(self, sparql: str) -> list[tuple[str | None, ...]]: ...


_TRANSLIT = (("dzh", "j"), ("zh", "j"), ("dj", "j"), ("kh", "h"), ("ch", "c"), ("sh", "s"), ("ph", "f"),
             ("w", "v"), ("ou", "u"), ("oo", "u"), ("ye", "e"), ("yo", "o"), ("yu", "u"), ("ya", "a"))


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """A key that transliteration variants of a name share.

    >>> name_key("Kassym-Zhomart Tokaev") == name_key("Kassym-Jomart Tokayev")
    True
    >>> name_key("Nursultan Nazarbayev") == name_key("Dariga Nazarbayeva")
    False
    """
    text = re.sub(r"[^a-z\s]", " ", fold(name).replace("-", " "))
    words = [w for w in text.split() if len(w) > 1]  # initials aside
    out = []
    for word in words:
        word = re.sub(r"(?<=[aeiou])y(?=[aeiou])", "", word)  # Tokayev → Tokaev
        for a, b in _TRANSLIT:
            word = word.replace(a, b)
        word = word.replace("iy", "i").replace("y", "i")
        out.append(re.sub(r"([a-z])\1+", r"\1", word))
    return " ".join(out)


@dataclass(slots=True)
class PersonRecord:
    iri: str
    key: str  # name_key of the full name
    surname: str  # name_key of the last word
    states: set[str] = field(default_factory=set)


@dataclass(slots=True)
class Ambiguity:
    form: str
    release: str
    candidates: list[str]
    reason: str


@dataclass
class EntityIndex:
    """What the store already holds, for resolving new releases against it. IRIs are
    plain strings here: the writer compares millions of them."""

    by_key: dict[str, str] = field(default_factory=dict)  # full-name key → person IRI
    by_surname: dict[str, list[PersonRecord]] = field(default_factory=dict)
    persons: dict[str, PersonRecord] = field(default_factory=dict)
    # (kind, ISO day) → {interaction IRI: its participants}; filled day by day, from the store
    # the first time a day is needed and from each release resolved after that.
    events: dict[tuple[str, str], dict[str, tuple[str, ...]]] = field(default_factory=dict)
    days_loaded: set[str] = field(default_factory=set)
    _shared: dict[str, str] = field(default_factory=dict)  # one string object per participant IRI
    ambiguities: list[Ambiguity] = field(default_factory=list)

    @classmethod
    def from_store(cls, store: StoredRows) -> "EntityIndex":
        """The persons of ``store`` (labels, alternative labels, states). Interactions are
        read day by day as batches need them (``resolve_batch``)."""
        index = cls()
        rows = store.rows(
            "SELECT DISTINCT ?p ?name ?state ?alt WHERE { ?p a dip:Person . { ?p rdfs:label ?name BIND(0 AS ?alt) } "
            "UNION { ?p skos:altLabel ?name BIND(1 AS ?alt) } OPTIONAL { ?p dip:affiliatedWith ?state } }")
        # Preferred labels first, as when the persons were written: the full name's surname files them.
        for iri, name, state, _alt in sorted(rows, key=lambda row: (row[3] or "", row[0] or "", row[1] or "")):
            index._add_person(iri, name, state)
        return index

    def load_days(self, store: StoredRows, days: Iterable[str]) -> None:
        """Add the interactions ``store`` holds on ``days`` (ISO dates; an undated one
        counts at its release's date) that are not loaded yet. Each day is read once per
        ingest: a fresh ingest reads nothing it does not need, and memory holds only
        IRIs (about 250 bytes an interaction)."""
        todo = sorted(set(days) - self.days_loaded)
        grouped: dict[tuple[str, str, str], list[str]] = {}
        for start in range(0, len(todo), 500):
            values = " ".join(f'"{d}"^^xsd:date' for d in todo[start:start + 500])
            for query in (_DATED_EVENTS, _UNDATED_EVENTS):
                for iri, kind, when, p in store.rows(query.replace("$DAYS", values)):
                    grouped.setdefault((iri, kind, when), []).append(p)
        self.days_loaded.update(todo)
        for (iri, kind, when), parts in grouped.items():
            self._remember(kind, when, iri, parts)

    def _remember(self, kind: str, day: str, iri: str, participants: Iterable[str]) -> None:
        shared = self._shared
        parts = tuple(shared.setdefault(p, p) for p in participants)
        on_day = self.events.setdefault((kind, day), {})
        on_day[iri] = tuple(sorted(set(on_day.get(iri, ())) | set(parts)))

    def _add_person(self, iri: str, name: str, state: str | None) -> None:
        key = name_key(name)
        if not key:
            return
        rec = self.persons.get(iri)
        if rec is None:
            words = key.split()
            rec = PersonRecord(iri, key if len(words) > 1 else "", words[-1])
            self.persons[iri] = rec
            self.by_surname.setdefault(rec.surname, []).append(rec)
        if len(key.split()) > 1:
            self.by_key.setdefault(key, iri)
            if not rec.key:
                rec.key = key
        if state is not None:
            rec.states.add(state)

    # --- resolution -------------------------------------------------------------------------
    def resolve_batch(self, batch: list[PackedRelease], store: StoredRows) -> list[PackedRelease]:
        """``resolve`` each release of ``batch`` in order, matching its interactions against
        those on the same days (give or take one) in ``store`` and in the releases resolved
        before."""
        days = {day for packed in batch for event in packed.events.values()
                for day in _around(event.date or packed.release_date) if len(day) == 10}
        self.load_days(store, days)
        return [self.resolve(packed) for packed in batch]

    def resolve(self, packed: PackedRelease) -> PackedRelease:
        """Rewrite the person and interaction IRIs of ``packed`` to the entities they
        denote (persons of the index, interactions in ``events``), and remember what it adds."""
        release = packed.graph.rsplit("/", 1)[-1]
        rewrite: dict[str, str] = {}
        for ent in packed.entities:
            if ent.kind != DIP.Person:
                continue
            iri = str(ent.iri)
            target = self._person_target(ent, packed.states.get(iri, frozenset()), release)
            if target is not None and target != iri:
                rewrite[iri] = target
        if rewrite:
            packed = _rewritten(packed, rewrite)
        for ent in packed.entities:
            if ent.kind == DIP.Person:
                iri = str(ent.iri)
                for name in [ent.label, *sorted(ent.alt_labels - {ent.label})]:  # the full name first: its surname files the person
                    self._add_person(iri, name, None)
                if iri in self.persons:
                    self.persons[iri].states |= packed.states.get(iri, frozenset())
        events = self._event_rewrites(packed)
        return _rewritten(packed, events) if events else packed

    def _person_target(self, ent: Entity, states: frozenset[str], release: str) -> str | None:
        names = [ent.label, *sorted(ent.alt_labels)]
        for name in names:
            key = name_key(name)
            if len(key.split()) > 1 and key in self.by_key:
                found = self.by_key[key]
                if states_compatible(self.persons[found].states, states):
                    return found
        if len(name_key(ent.label).split()) > 1:
            return None  # a full name not seen before: a new person
        surname = name_key(ent.label)
        iri = str(ent.iri)
        candidates = [r for r in self.by_surname.get(surname, []) if r.key and r.iri != iri
                      and states_compatible(r.states, states)]
        if len(candidates) == 1:
            return candidates[0].iri
        if len(candidates) > 1:
            self.ambiguities.append(Ambiguity(ent.label, release, [c.iri for c in candidates],
                                              "surname shared by several stored persons"))
        return None

    def _event_rewrites(self, packed: PackedRelease) -> dict[str, str]:
        rewrite: dict[str, str] = {}
        for node, event in packed.events.items():
            # An undated interaction is matched at the release date ("at a recent meeting").
            when = event.date or packed.release_date
            people = event.participants
            if len(when) != 10 or len(people) < 2 or event.kind == "multilateral":
                continue
            match = None
            for day in _around(when):
                for iri, others in self.events.get((event.kind, day), {}).items():
                    if iri != node and sum(1 for p in others if p in people) >= 2:
                        match = iri
                        break
                if match:
                    break
            if match is not None:
                rewrite[node] = match
            self._remember(event.kind, when, match or node, people)
        return rewrite


# Interactions on given days; an undated one is matched at its release's date. Variables:
# interaction, kind, day, participant.
_DATED_EVENTS = ("SELECT ?i ?kind ?day ?p WHERE { VALUES ?day { $DAYS } ?i dip:date ?day ; dip:kind ?kind ; "
                 "dip:participant ?p }")
_UNDATED_EVENTS = ("SELECT ?i ?kind ?day ?p WHERE { VALUES ?day { $DAYS } ?r a dip:Release ; dcterms:date ?day . "
                   "?i dip:reportedIn ?r ; dip:kind ?kind ; dip:participant ?p . FILTER NOT EXISTS { ?i dip:date ?d } }")


def _around(when: str) -> list[str]:
    if len(when) != 10:
        return [when]
    day = date.fromisoformat(when)
    return [when, (day - timedelta(days=1)).isoformat(), (day + timedelta(days=1)).isoformat()]


def states_compatible(a: AbstractSet[str], b: AbstractSet[str]) -> bool:
    """Two descriptions may be one person unless both name states and none is shared
    (two ambassadors named Smith of different countries are two)."""
    return not a or not b or bool(a & b)


def _rewritten(packed: PackedRelease, rewrite: dict[str, str]) -> PackedRelease:
    """``packed`` with the IRIs in ``rewrite`` replaced, in its text and in its summary."""
    entities: dict[str, Entity] = {}
    for ent in packed.entities:
        iri = rewrite.get(str(ent.iri), str(ent.iri))
        if iri in entities:
            entities[iri].alt_labels |= ent.alt_labels | {ent.label}
        else:
            entities[iri] = Entity(URIRef(iri), ent.kind, ent.label, set(ent.alt_labels), ent.code, ent.located_in,
                                   ent.office_of)
    states: dict[str, frozenset[str]] = {}
    for person, of in packed.states.items():
        target = rewrite.get(person, person)
        states[target] = states.get(target, frozenset()) | of
    events: dict[str, Event] = {}
    for node, event in packed.events.items():
        target = rewrite.get(node, node)
        parts = frozenset(rewrite.get(p, p) for p in event.participants)
        if target in events:  # two nodes of one release that are now one
            parts |= events[target].participants
        events[target] = Event(event.kind, event.date, parts)
    return PackedRelease(packed.graph, packed.sha256, nquads.rewrite(packed.nquads, rewrite), packed.quads,
                         list(entities.values()), packed.release_date, states, events)


__all__ = ["Ambiguity", "EntityIndex", "name_key", "states_compatible"]
