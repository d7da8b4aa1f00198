"""The vocabularies' namespaces, the graph names and the query prefixes: constants only.

A bottom-layer module so that every layer can name a term without pulling in the
mapping: the store binds ``PREFIXES`` in every query and marks a written release with
``DIGEST``; the graph (``kg.graph.ontology``) mints its IRIs below ``ID``.
"""
from __future__ import annotations

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
# The ontology (ontology/diplomacy.ttl) in the store: what public terms ours specialise, so that
# queries derive the public triples (``?p rdfs:subPropertyOf* sem:hasActor``).
ONTOLOGY_GRAPH = URIRef(BASE + "ontology")
# A release graph's sha256, inside that graph: the release counts as stored once it is there.
DIGEST = DIP.sha256

PREFIXES: dict[str, str] = {
    "dip": str(DIP), "kgid": str(ID), "rdf": str(RDF), "rdfs": str(RDFS), "xsd": str(XSD), "owl": str(OWL),
    "skos": str(SKOS), "dcterms": str(DCTERMS), "prov": str(PROV), "sem": str(SEM), "org": str(ORG),
    "schema": str(SCHEMA), "oa": str(OA), "time": str(TIME), "foaf": str(FOAF),
}

__all__ = ["BASE", "DIGEST", "DIP", "ENTITIES_GRAPH", "FOAF", "ID", "OA", "ONTOLOGY_GRAPH", "ORG", "PREFIXES", "SCHEMA", "SEM", "TIME",
           "CachedNamespace"]
