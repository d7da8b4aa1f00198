"""The graph's IRIs and the ontology files (the namespaces themselves: ``kg.namespaces``).

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

from rdflib import URIRef

from kg.namespaces import (  # re-exported: the graph's modules name terms through this module
    BASE, DIP, ENTITIES_GRAPH, FOAF, ID, OA, ORG, PREFIXES, SCHEMA, SEM, TIME, CachedNamespace,
)

ONTOLOGY_DIR = Path(__file__).resolve().parent.parent.parent / "ontology"

# Interaction kinds of the extraction record → ontology classes.
INTERACTION_CLASSES = {
    "meeting": DIP.Meeting,
    "call": DIP.PhoneCall,
    "visit": DIP.Visit,
    "signing": DIP.Signing,
    "correspondence": DIP.Correspondence,
    "multilateral": DIP.MultilateralEvent,
}
INTERACTION_KINDS: tuple[str, ...] = tuple(INTERACTION_CLASSES)  # meeting, call, visit, signing, ...
_SLUG = re.compile(r"[^a-z0-9]+")


def slug(text: str, max_length: int = 80) -> str:
    """'Miroslav Lajčák' → 'miroslav-lajcak'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return _SLUG.sub("-", ascii_text.replace("&", " and ")).strip("-")[:max_length].strip("-") or "x"


def digest(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:16]


_RELEASE_ID = re.compile(r"[\w.-]+")
_NOT_RELEASE_ID = re.compile(r"[^\w.-]+")


def release_iri(release_id: str) -> URIRef:
    """``id/release/<id>``: the id itself when it is letters (any script), digits, ``._-``
    only ('Заявление', 'us-2021-06-01-call'); else those runs joined by '-' and a hash of
    the whole id ('Talks 1' → 'Talks-1-<8 hex>'), so two ids never share an IRI."""
    release_id = unicodedata.normalize("NFC", release_id)
    if _RELEASE_ID.fullmatch(release_id) and not release_id.startswith("."):
        return ID[f"release/{release_id}"]
    readable = _NOT_RELEASE_ID.sub("-", release_id).strip("-.")[:120].strip("-.") or "x"
    return ID[f"release/{readable}-{digest(release_id)[:8]}"]


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


__all__ = [
    "BASE", "DIP", "ENTITIES_GRAPH", "FOAF", "ID", "INTERACTION_CLASSES", "INTERACTION_KINDS", "OA", "ONTOLOGY_DIR",
    "ORG", "PREFIXES", "SCHEMA", "SEM", "TIME", "CachedNamespace", "digest", "document_iri", "initiative_iri",
    "ontology_files", "org_iri", "person_iri", "place_iri", "post_iri", "release_iri", "slug", "state_iri",
    "topic_iri",
]
