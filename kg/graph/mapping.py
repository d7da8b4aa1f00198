"""Record → RDF: the quads of one release's named graph and the entity descriptions.

A pure function of the release, its record and the gazetteers. Terms come from
``ontology/diplomacy.ttl``. Each fact is written once, with our term: where a term of ours
specialises a public one (SEM, W3C ORG, PROV-O, schema.org, Web Annotation), the public
triple is not written beside it but follows from the ontology, which ingest keeps in the
store's graph ``ONTOLOGY_GRAPH``: ``?i ?p ?a . ?p rdfs:subPropertyOf* sem:hasActor`` (see
docs/ontology.md, "Each fact once"). Written beside a fact are only our own super-terms that
every query follows: ``dip:participant`` beside a role (``dip:visitor``, ``dip:sender``, ...),
and ``dip:Interaction`` / ``dip:Actor`` beside the class of a node.
"""
from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD
from rdflib.term import Node

from kg.graph.ontology import (
    DIP, ENTITIES_GRAPH, FOAF, INTERACTION_CLASSES, OA, ORG, SCHEMA, SEM, ID, digest, document_iri,
    initiative_iri, release_iri, topic_iri,
)
from kg.graph.resolve import Entity, Resolver
from kg.lexicon import Lexicon, data_dir
from kg.records import Evidence, Record, Release

Quad = tuple[URIRef, URIRef, Node, URIRef]

# Our term → the terms it specialises (the ontology's alignments; not written, see above).
SUPER_PROPERTIES: dict[URIRef, tuple[URIRef, ...]] = {
    DIP.participant: (SEM.hasActor,),
    DIP.host: (DIP.participant, SEM.hasActor),
    DIP.visitor: (DIP.guest, DIP.participant, SEM.hasActor),
    DIP.destination: (DIP.host, DIP.participant, SEM.hasActor),
    DIP.signatory: (DIP.participant, SEM.hasActor),
    DIP.witness: (DIP.participant, SEM.hasActor),
    DIP.sender: (DIP.participant, SEM.hasActor),
    DIP.recipient: (DIP.participant, SEM.hasActor),
    DIP.place: (SEM.hasPlace, SCHEMA.location),
    DIP.date: (SEM.hasTimeStamp,),
    DIP.topic: (DCTERMS.subject,),
    DIP.proposedBy: (PROV.wasAttributedTo,),
    DIP.inRelease: (DCTERMS.isPartOf,),
    DIP.mentions: (SCHEMA.mentions,),
    DIP.datelinePlace: (SCHEMA.locationCreated,),
    DIP.name: (SCHEMA.name,),
    DIP.reportedIn: (PROV.wasDerivedFrom,),
    DIP.holder: (ORG.member,),
    DIP.officeOf: (ORG.organization,),
    DIP.post: (ORG.role,),
}
SUPER_CLASSES: dict[URIRef, tuple[URIRef, ...]] = {
    **{cls: (DIP.Interaction, SEM.Event, SCHEMA.Event) for cls in INTERACTION_CLASSES.values()},
    DIP.Person: (DIP.Actor, SEM.Actor, FOAF.Person, SCHEMA.Person),
    DIP.State: (DIP.Actor, SEM.Actor, SCHEMA.Country, ORG.Organization),
    DIP.Organization: (DIP.Actor, SEM.Actor, ORG.Organization, SCHEMA.Organization),
    DIP.Place: (SEM.Place, SCHEMA.Place),
    DIP.OfficeHolding: (ORG.Membership,),
    DIP.Release: (PROV.Entity, SCHEMA.NewsArticle),
    DIP.Initiative: (PROV.Plan,),
    DIP.Document: (SCHEMA.CreativeWork,),
    DIP.Evidence: (OA.TextPositionSelector, OA.TextQuoteSelector),
    DIP.Topic: (SKOS.Concept,),
    DIP.Post: (ORG.Post,),
}
# What is written beside a term: our own super-terms that the queries follow.
WRITTEN_BESIDE: dict[URIRef, tuple[URIRef, ...]] = {
    **{role: (DIP.participant,)
       for role in (DIP.visitor, DIP.destination, DIP.signatory, DIP.witness, DIP.sender, DIP.recipient)},
    **{cls: tuple(sup for sup in sups if str(sup).startswith(str(DIP))) for cls, sups in SUPER_CLASSES.items()},
}
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@dataclass(slots=True)
class MappedRelease:
    """What one release contributes: its graph's quads and the entities it describes."""

    graph: URIRef
    sha256: str
    quads: list[Quad] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)


@lru_cache(maxsize=2)
def topic_labels(root: str) -> dict[str, str]:
    """Topic id → label, from ``data/topics.tsv``."""
    path = Path(root) / "topics.tsv"
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as handle:
        return {r["topic"]: r["label"] for r in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)}


def date_literal(value: str | None) -> Literal | None:
    """'2019-04-08' → xsd:date, '2019-04' → xsd:gYearMonth, '2019' → xsd:gYear."""
    if not value or not _DATE.match(value):
        return None
    datatype = {10: XSD.date, 7: XSD.gYearMonth, 4: XSD.gYear}[len(value)]
    return Literal(value, datatype=datatype)


def map_release(release: Release, record: Record, *, lexicon: Lexicon) -> MappedRelease:
    """The RDF of one release (see the module docstring)."""
    g = release_iri(release.id)
    out = MappedRelease(g, release.sha256)
    resolver = Resolver(record, lexicon)
    quads = out.quads

    def add(s: URIRef, p: URIRef, o: Node) -> None:
        quads.append((s, p, o, g))
        for sup in WRITTEN_BESIDE.get(p, ()):
            quads.append((s, sup, o, g))

    def typed(s: URIRef, cls: URIRef) -> None:
        quads.append((s, RDF.type, cls, g))
        for sup in WRITTEN_BESIDE.get(cls, ()):
            quads.append((s, RDF.type, sup, g))

    def evidence(ev: Evidence | None, subject: URIRef) -> None:
        if ev is None:
            return
        node = ID[f"evidence/{g.rsplit('/', 1)[-1]}/{ev.start}-{ev.end}"]
        add(subject, DIP.evidence, node)
        if node in seen_evidence:
            return
        seen_evidence.add(node)
        typed(node, DIP.Evidence)
        add(node, DIP.inRelease, g)
        add(node, OA.exact, Literal(ev.sentence))
        add(node, OA.start, Literal(ev.start))
        add(node, OA.end, Literal(ev.end))

    seen_evidence: set[URIRef] = set()
    release_date = date_literal(release.date)

    # The release itself.
    typed(g, DIP.Release)
    add(g, DCTERMS.identifier, Literal(release.id))
    add(g, DCTERMS.title, Literal(release.title))
    if release_date is not None:
        add(g, DCTERMS.date, release_date)
    if release.url:
        add(g, DCTERMS.source, Literal(release.url))
    if release.publisher:
        add(g, DCTERMS.publisher, Literal(release.publisher))
    add(g, DCTERMS.language, Literal(release.lang))
    add(g, DIP.sha256, Literal(release.sha256))
    add(g, DIP.text, Literal(release.text))
    dateline = resolver.place(release.place)
    if dateline is not None:
        add(g, DIP.datelinePlace, dateline)
        add(g, DIP.datelineName, Literal(release.place))
    for topic in record.topics:
        add(g, DCTERMS.subject, topic_iri(topic))

    # Office holdings: person, title, the state or organisation, as of the release date.
    for person in record.persons:
        p_iri = resolver.actor(person.name)
        assert p_iri is not None
        # The names this release gives the person, and the state its text gives: the person and
        # its one state are settled over the corpus (kg.ingest.reconcile, kg.graph.people).
        for form in dict.fromkeys([person.name, *person.aliases]):
            add(p_iri, DIP.nameInRelease, Literal(form))
        if person.state:
            state = resolver.actor(person.state)
            if state is not None:
                add(p_iri, DIP.statedAffiliation, state)
        for role in person.roles:
            of = resolver.actor(role.of, body=True) if role.of else None  # (an office is of a state or a body)
            holding = ID[f"holding/{digest(g, p_iri, role.title, of)}"]
            typed(holding, DIP.OfficeHolding)
            add(holding, DIP.holder, p_iri)
            add(holding, DIP.title, Literal(role.title))
            # An office whose state is only the publisher's, presumed: the post without a
            # state, and the presumed state under its own, weaker property.
            add(holding, DIP.post, resolver.post(role.title, None if role.presumed else of))
            if of is not None:
                add(holding, DIP.presumedOfficeOf if role.presumed else DIP.officeOf, of)
            if release_date is not None:
                add(holding, DIP.reportedOn, release_date)
            add(holding, DIP.reportedIn, g)
            evidence(role.evidence, holding)

    # Interactions.
    for it in record.interactions:
        participants = [resolver.actor(p) for p in it.participants]
        parts = [p for p in participants if p is not None]
        node = ID[f"interaction/{digest(g, it.type, sorted(parts), it.date, it.name)}"]
        typed(node, INTERACTION_CLASSES.get(it.type, DIP.Interaction))
        add(node, DIP.kind, Literal(it.type))
        if it.type == "visit" and len(parts) >= 2:
            add(node, DIP.visitor, parts[0])
            add(node, DIP.destination, parts[1])
        elif it.type == "correspondence" and len(parts) >= 2:
            add(node, DIP.sender, parts[0])
            add(node, DIP.recipient, parts[1])
        elif it.type == "signing":
            # (those it was signed before took part without signing)
            present = {resolver.actor(w) for w in it.witnesses}
            for p in parts:
                add(node, DIP.witness if p in present else DIP.signatory, p)
        else:
            for p in parts:
                add(node, DIP.participant, p)
        if it.name:
            add(node, RDFS.label, Literal(it.name))
        when = date_literal(it.date)
        if when is not None:
            add(node, DIP.date, when)
        place = resolver.place(it.place)
        if place is not None:
            add(node, DIP.place, place)
        for topic in it.topics or record.topics[:3]:
            add(node, DIP.topic, topic_iri(topic))
        add(node, DIP.reportedIn, g)
        evidence(it.evidence, node)

    for ini in record.initiatives:
        node = resolver.describe(initiative_iri(ini.name), DIP.Initiative, ini.name, list(ini.aliases))
        proposer = resolver.actor(ini.proposed_by) if ini.proposed_by else None
        if proposer is not None:
            add(node, DIP.proposedBy, proposer)
        add(node, DIP.reportedIn, g)
        evidence(ini.evidence, node)

    for doc in record.documents:
        node = resolver.describe(document_iri(doc.name), DIP.Document, doc.name, list(doc.aliases))
        add(node, DIP.reportedIn, g)
        evidence(doc.evidence, node)

    labels = topic_labels(str(data_dir()))
    used = set(record.topics) | {t for it in record.interactions for t in (it.topics or record.topics[:3])}
    for topic in sorted(used):
        node = topic_iri(topic)
        for cls in (DIP.Topic, *WRITTEN_BESIDE[DIP.Topic]):
            quads.append((node, RDF.type, cls, ENTITIES_GRAPH))
        quads.append((node, RDFS.label, Literal(labels.get(topic, topic)), ENTITIES_GRAPH))
    named = {resolver.actor(person.name) for person in record.persons}
    for ent in resolver.entities.values():
        add(g, DIP.mentions, ent.iri)
        if ent.kind == DIP.Person and ent.iri not in named:  # a participant the persons did not list
            add(ent.iri, DIP.nameInRelease, Literal(ent.label))
    out.entities = list(resolver.entities.values())
    return out


def entity_quads(entity: Entity, *, label: str | None = None) -> list[Quad]:
    """The description of an entity in the entities graph. ``label`` overrides the
    preferred label (the store keeps the first label an entity was given)."""
    g = ENTITIES_GRAPH
    quads: list[Quad] = [(entity.iri, RDF.type, entity.kind, g)]
    quads += [(entity.iri, RDF.type, sup, g) for sup in WRITTEN_BESIDE.get(entity.kind, ())]
    preferred = label or entity.label
    quads.append((entity.iri, RDFS.label, Literal(preferred), g))
    for alt in sorted(entity.alt_labels | ({entity.label} if label and label != entity.label else set())):
        if alt != preferred:
            quads.append((entity.iri, SKOS.altLabel, Literal(alt), g))
    if entity.code and entity.kind == DIP.State:
        quads.append((entity.iri, DIP.isoCode, Literal(entity.code), g))
    elif entity.code:
        quads.append((entity.iri, DIP.acronym, Literal(entity.code), g))
    if entity.office_of is not None:
        quads.append((entity.iri, DIP.postIn, entity.office_of, g))
    if entity.located_in is not None:
        quads.append((entity.iri, DIP.locatedIn, entity.located_in, g))
    return quads


def describe(entities: Iterable[Entity], labels_of: Callable[[Iterable[URIRef]], dict[URIRef, str]],
             written: dict[str, frozenset[str]] | None = None) -> list[Quad]:
    """One description per entity of a batch of releases (each release describes the
    entities it mentions; the same entity's names are pooled).

    ``labels_of`` tells which entities the store already labels: they keep that label
    (the first an entity was given) and every other name becomes an alternative label.
    ``written`` (entity IRI → every name described so far) leaves out the entities that
    bring no new name: most entities of a batch were described by the batches before.
    """
    merged: dict[URIRef, Entity] = {}
    for ent in entities:
        seen = merged.get(ent.iri)
        if seen is None:
            merged[ent.iri] = Entity(ent.iri, ent.kind, ent.label, set(ent.alt_labels), ent.code, ent.located_in,
                                     ent.office_of)
        else:
            seen.alt_labels |= ent.alt_labels | {ent.label}
    if written:
        merged = {iri: ent for iri, ent in merged.items()
                  if not (ent.alt_labels | {ent.label}) <= written.get(iri, frozenset())}
    known = labels_of(merged)
    quads: list[Quad] = []
    for iri, ent in merged.items():
        quads.extend(entity_quads(ent, label=known.get(iri)))
    return quads

