"""Names in a record → canonical entities with stable IRIs.

States resolve to their ISO code through the gazetteer ("Kazakh", "Republic of
Kazakhstan" → ``state/KZ``); places to their current name ("Nur-Sultan" → Astana);
known organisations to their gazetteer key; persons to the slug of their name with
initials dropped. Every form seen is kept as an alternative label.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import URIRef

from kg.graph.aliases import alias_map
from kg.graph.ontology import DIP, org_iri, person_iri, place_iri, post_iri, slug, state_iri
from kg.lexicon import Lexicon, fold
from kg.records import Record


@dataclass(slots=True)
class Entity:
    """An entity as one release describes it: its IRI, class, preferred and other names."""

    iri: URIRef
    kind: URIRef  # dip:Person, dip:State, ...
    label: str
    alt_labels: set[str] = field(default_factory=set)
    code: str | None = None  # ISO code of a state, acronym of an organisation
    located_in: URIRef | None = None  # a place's state
    office_of: URIRef | None = None  # a post's state or organisation


class Resolver:
    """Resolves the names of one record; ``actor(name)`` answers for participants."""

    def __init__(self, record: Record, lexicon: Lexicon):
        self.lexicon = lexicon
        self.entities: dict[URIRef, Entity] = {}
        self._by_name: dict[str, URIRef] = {}
        for state in record.states:
            self._add_state(state.name, [state.name, *state.aliases], state.code)
        orgs = alias_map("organization")
        for org in record.organizations:
            entry = lexicon.organization(orgs.get(fold(org.name), org.name))
            iri = org_iri(entry.key if entry else org.name)
            label = entry.label if entry else org.name
            ent = self._entity(iri, DIP.Organization, label, [org.name, *org.aliases])
            if entry and entry.acronym:
                ent.code = entry.acronym
                ent.alt_labels.add(entry.name)
            if entry:
                ent.alt_labels.update(a for a in entry.aliases if a != ent.label)
        people = alias_map("person")
        for person in record.persons:
            # The user's alias file names the person a form stands for ("Elbasy" → Nursultan Nazarbayev).
            name = people.get(fold(person.name), person.name)
            iri = self._entity(person_iri(name), DIP.Person, name, [person.name, *person.aliases]).iri
            for form in [person.name, *person.aliases]:
                self._by_name[form] = iri
                self._by_name[fold(form)] = iri

    def _add_state(self, name: str, forms: list[str], code: str | None) -> URIRef:
        entry = self.lexicon.states.get(code or "") or self.lexicon.state(name)
        iri = state_iri(entry.code) if entry else URIRef(str(state_iri(slug(name))))
        # Every name the gazetteer knows (official, former, short; demonyms) is an
        # alternative label, so a query by any of them finds the state.
        known = [entry.official_name, *entry.aliases, *entry.demonyms] if entry else []
        ent = self._entity(iri, DIP.State, entry.name if entry else name, forms + [k for k in known if k])
        ent.code = entry.code if entry else None
        return iri

    def _entity(self, iri: URIRef, kind: URIRef, label: str, forms: list[str]) -> Entity:
        ent = self.entities.get(iri)
        if ent is None:
            ent = Entity(iri, kind, label)
            self.entities[iri] = ent
        for form in forms:
            if form and form != ent.label:
                ent.alt_labels.add(form)
            if form:
                self._by_name.setdefault(form, iri)
                self._by_name.setdefault(fold(form), iri)
        return ent

    def actor(self, name: str | None, *, body: bool = False) -> URIRef | None:
        """The entity a participant or proposer name denotes, minting one if the record
        did not list it (a state named only in an interaction, say): a person, or with
        ``body`` (what an office is of) an organisation ("the ICAO Council")."""
        if not name:
            return None
        hit = self._by_name.get(name) or self._by_name.get(fold(name))
        if hit:
            return hit
        state = self.lexicon.state(name)
        if state:
            return self._add_state(state.name, [name], state.code)
        entry = self.lexicon.organization(name)
        if entry:
            return self._entity(org_iri(entry.key), DIP.Organization, entry.label, [name]).iri
        if body:
            return self._entity(org_iri(name), DIP.Organization, name, [name]).iri
        return self._entity(person_iri(name), DIP.Person, name, [name]).iri

    def place(self, name: str | None) -> URIRef | None:
        if not name:
            return None
        canonical = alias_map("place").get(fold(name), name)
        entry = self.lexicon.place(canonical)
        label = entry.name if entry else canonical
        ent = self._entity(place_iri(label), DIP.Place, label, [name, *(entry.aliases if entry else ())])
        if entry and ent.located_in is None:
            ent.located_in = state_iri(entry.code)
        return ent.iri

    def post(self, title: str, of: URIRef | None) -> URIRef:
        """The post (org:Post) a title names: "Minister of Foreign Affairs" of Kazakhstan.
        Spellings the office gazetteer knows as one title ("Foreign Minister", "Minister for
        Foreign Affairs") are one post; the title as written stays on the office holding."""
        canonical = self.lexicon.office(title) or title
        iri = post_iri(canonical, of)
        owner = self.entities.get(of) if of is not None else None
        label = f"{canonical} ({owner.label})" if owner else canonical
        ent = self._entity(iri, DIP.Post, label, [])
        ent.office_of = of
        return iri

    def describe(self, iri: URIRef, kind: URIRef, label: str, forms: list[str] | None = None) -> URIRef:
        """Describe ``iri`` (type and names) once, in the entities graph, rather than in
        every release graph that mentions it: initiatives and documents."""
        return self._entity(iri, kind, label, forms or []).iri
