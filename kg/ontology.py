"""Namespaces, IRIs and the ontology files.

All IRIs are minted here, from slugs and codes, never from blank nodes, so the same
input always yields the same graph:

- ``id/release/<release-id>`` a release, also the name of the graph that holds what it reports
- ``id/person/<slug>``, ``id/state/<ISO 3166-1 alpha-2>``, ``id/org/<slug>``, ``id/place/<slug>``
- ``id/initiative/<slug>``, ``id/document/<slug>``, ``id/topic/<id>``, ``id/post/<slug>``
- ``id/interaction/<hash>``, ``id/holding/<hash>``, ``id/evidence/<release-id>/<start>-<end>``
- ``graph/entities`` the one graph that describes entities (types, labels, aliases)
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from pathlib import Path

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

class CachedNamespace(Namespace):
    """An rdflib Namespace that makes each term once: ``DIP.participant`` is looked up
    hundreds of thousands of times per ingest, and rdflib builds a new URIRef each time."""

    def __getattr__(self, name: str) -> URIRef:
        if name.startswith("__"):
            raise AttributeError(name)
        term = self.term(name)
        self.__dict__[name] = term
        return term


BASE = "https://w3id.org/diplomacy-kg/"
DIP = CachedNamespace(BASE + "ontology#")
ID = Namespace(BASE + "id/")
SEM = CachedNamespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
ORG = CachedNamespace("http://www.w3.org/ns/org#")
SCHEMA = CachedNamespace("https://schema.org/")
OA = CachedNamespace("http://www.w3.org/ns/oa#")
TIME = CachedNamespace("http://www.w3.org/2006/time#")
FOAF = CachedNamespace("http://xmlns.com/foaf/0.1/")
ENTITIES_GRAPH = URIRef(BASE + "graph/entities")

PREFIXES: dict[str, str] = {
    "dip": str(DIP), "kgid": str(ID), "rdf": str(RDF), "rdfs": str(RDFS), "xsd": str(XSD), "owl": str(OWL),
    "skos": str(SKOS), "dcterms": str(DCTERMS), "prov": str(PROV), "sem": str(SEM), "org": str(ORG),
    "schema": str(SCHEMA), "oa": str(OA), "time": str(TIME), "foaf": str(FOAF),
}
ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontology"

# Interaction kinds of the extraction record → ontology classes.
INTERACTION_CLASSES = {
    "meeting": DIP.Meeting,
    "call": DIP.PhoneCall,
    "visit": DIP.Visit,
    "signing": DIP.Signing,
    "correspondence": DIP.Correspondence,
    "multilateral": DIP.MultilateralEvent,
}
_SLUG = re.compile(r"[^a-z0-9]+")


def slug(text: str, max_length: int = 80) -> str:
    """'Miroslav Lajčák' → 'miroslav-lajcak'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return _SLUG.sub("-", ascii_text.replace("&", " and ")).strip("-")[:max_length].strip("-") or "x"


def digest(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:16]


def release_iri(release_id: str) -> URIRef:
    return ID[f"release/{slug(release_id, 160) if not re.fullmatch(r'[A-Za-z0-9._-]+', release_id) else release_id}"]


def state_iri(code: str) -> URIRef:
    return ID[f"state/{code.upper()}"]


def person_iri(name: str) -> URIRef:
    # Initials do not make another person: "Antony J. Blinken" is "Antony Blinken".
    words = [w for w in re.split(r"\s+", name) if len(w.strip(".")) > 1]
    return ID[f"person/{slug(' '.join(words) or name)}"]


def org_iri(key: str) -> URIRef:
    return ID[f"org/{slug(key)}"]


def place_iri(name: str) -> URIRef:
    return ID[f"place/{slug(name)}"]


def initiative_iri(name: str) -> URIRef:
    return ID[f"initiative/{slug(name)}"]


def document_iri(name: str) -> URIRef:
    return ID[f"document/{slug(name)}"]


def topic_iri(topic: str) -> URIRef:
    return ID[f"topic/{slug(topic)}"]


def post_iri(title: str, of: URIRef | None) -> URIRef:
    owner = str(of).rsplit("/", 1)[-1].lower() if of else "x"
    return ID[f"post/{slug(title)}--{owner}"]


def ontology_files() -> list[Path]:
    return [ONTOLOGY_DIR / "diplomacy.ttl", ONTOLOGY_DIR / "shapes.ttl"]
