"""The facts the actor network is built from, read out of the store with a handful of
SELECT queries (not one per node), so it stays fast at thousands of actors.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from kg.analysis.network_select import DATE, date_bounds, local_name
from kg.graph.ontology import DIP, ENTITIES_GRAPH, ID, INTERACTION_CLASSES
from kg.store.protocol import GraphStore

_KIND_OF_CLASS = {str(cls): kind for kind, cls in INTERACTION_CLASSES.items()}
_ACTOR_KINDS = {str(DIP.Person): "person", str(DIP.State): "state", str(DIP.Organization): "organization"}
STATE_PREFIX = str(ID) + "state/"
_VALUES = " ".join(f"<{cls}>" for cls in INTERACTION_CLASSES.values())

# One row per interaction, its participants (and the releases that report it, and its
# dates: two releases may differ by a day) joined by spaces, which no IRI or date holds:
# a row per participant would convert four times as many terms.
Q_INTERACTIONS = f"""
SELECT ?i ?type (GROUP_CONCAT(DISTINCT STR(?p); separator=" ") AS ?ps)
       (GROUP_CONCAT(DISTINCT STR(?date); separator=" ") AS ?dates) (MIN(STR(?place)) AS ?pl)
       (GROUP_CONCAT(DISTINCT STR(?rel); separator=" ") AS ?rels) WHERE {{
  VALUES ?type {{ {_VALUES} }}
  ?i a ?type ; dip:participant ?p .
  OPTIONAL {{ ?i dip:date ?date }}
  OPTIONAL {{ ?i dip:place ?place }}
  OPTIONAL {{ ?i dip:reportedIn ?rel }}
}} GROUP BY ?i ?type"""
Q_EVIDENCE = f"""
SELECT ?i ?rel (MIN(?text) AS ?sentence) WHERE {{
  VALUES ?type {{ {_VALUES} }}
  ?i a ?type ; dip:evidence ?ev . ?ev oa:exact ?text .
  OPTIONAL {{ ?ev dip:inRelease ?rel }}
}} GROUP BY ?i ?rel"""
Q_RELEASES = """
SELECT DISTINCT ?r ?id ?title ?date ?url WHERE {
  ?r a dip:Release .
  OPTIONAL { ?r dcterms:identifier ?id }
  OPTIONAL { ?r dcterms:title ?title }
  OPTIONAL { ?r dcterms:date ?date }
  OPTIONAL { ?r dcterms:source ?url }
}"""
Q_ENTITIES = f"""
SELECT DISTINCT ?e ?cls ?label ?code WHERE {{
  GRAPH <{ENTITIES_GRAPH}> {{
    VALUES ?cls {{ dip:Person dip:State dip:Organization dip:Place }}
    ?e a ?cls .
    OPTIONAL {{ ?e rdfs:label ?label }}
    OPTIONAL {{ ?e dip:isoCode ?code }}
  }}
}}"""
Q_TOPICS = f"""
SELECT DISTINCT ?i ?t ?label WHERE {{
  VALUES ?type {{ {_VALUES} }}
  ?i a ?type ; dip:topic ?t .
  OPTIONAL {{ ?t rdfs:label ?label }}
}}"""
Q_ALT_LABELS = f"SELECT DISTINCT ?e ?alt WHERE {{ GRAPH <{ENTITIES_GRAPH}> {{ ?e skos:altLabel ?alt }} }}"
Q_OFFICES = """
SELECT DISTINCT ?h ?p ?title ?of ?date WHERE {
  ?h a dip:OfficeHolding ; dip:holder ?p ; dip:title ?title .
  OPTIONAL { ?h dip:officeOf ?of }
  OPTIONAL { ?h dip:reportedOn ?date }
}"""
Q_AFFILIATIONS = """
SELECT ?p ?s (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?p dip:affiliatedWith ?s } } GROUP BY ?p ?s"""
Q_INITIATIVES = """
SELECT DISTINCT ?ini ?label ?p WHERE {
  ?ini a dip:Initiative ; dip:proposedBy ?p .
  OPTIONAL { ?ini rdfs:label ?label }
}"""


@dataclass(slots=True)
class StoredInteraction:
    iri: str
    kind: str
    participants: list[str] = field(default_factory=list)
    date: str | None = None  # as the graph has it (may be partial); the earliest if several
    place: str | None = None
    releases: list[str] = field(default_factory=list)  # usually one; more when releases were merged


def _s(term: object) -> str | None:
    return None if term is None else str(term)


def read_entities(store: GraphStore) -> tuple[dict[str, str], dict[str, str]]:
    """Actor IRI → kind, and entity (actors and places) IRI → preferred label."""
    kinds: dict[str, str] = {}
    labels: dict[str, str] = {}
    for e, cls, label, _code in store.query(Q_ENTITIES).rows:
        iri = str(e)
        kind = _ACTOR_KINDS.get(str(cls))
        if kind is not None and iri not in kinds:
            kinds[iri] = kind
        if label is not None and iri not in labels:
            labels[iri] = str(label)
    return kinds, labels


def read_alt_labels(store: GraphStore) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for e, alt in store.query(Q_ALT_LABELS).rows:
        out[str(e)].add(str(alt))
    return out


def read_releases(store: GraphStore) -> dict[str, dict[str, str | None]]:
    out: dict[str, dict[str, str | None]] = {}
    for r, rid, title, date, url in store.query(Q_RELEASES).rows:
        link = _s(url)
        out.setdefault(str(r), {
            "id": _s(rid) or local_name(str(r)), "title": _s(title), "date": _s(date),
            "url": link if link and link.lower().startswith(("http://", "https://")) else None,
        })
    return out


def read_interactions(store: GraphStore) -> dict[str, StoredInteraction]:
    out: dict[str, StoredInteraction] = {}
    for i, cls, joined, dates, place, rels in store.query(Q_INTERACTIONS).rows:
        iri = str(i)
        it = out.get(iri)
        if it is None:  # an interaction typed twice comes back twice: the first type wins
            it = out[iri] = StoredInteraction(iri, _KIND_OF_CLASS[str(cls)], place=_s(place) or None)
        it.participants = sorted(set(it.participants) | set(str(joined or "").split()))
        it.releases = sorted(set(it.releases) | set(str(rels or "").split()))
        valid = [d for d in str(dates or "").split() if DATE.match(d)]
        if valid:
            it.date = min([*valid, *([it.date] if it.date else [])], key=lambda d: date_bounds(d)[0])
    return out


def read_evidence(store: GraphStore) -> dict[tuple[str, str | None], str]:
    """(interaction, release) → the sentence that release reports it in."""
    return {(str(i), _s(rel)): str(text) for i, rel, text in store.query(Q_EVIDENCE).rows if text is not None}


def read_topics(store: GraphStore) -> dict[str, list[str]]:
    """Interaction IRI → the labels of its topics (what it was about), sorted."""
    out: dict[str, set[str]] = defaultdict(set)
    for i, t, label in store.query(Q_TOPICS).rows:
        out[str(i)].add(str(label) if label is not None else local_name(str(t)).replace("-", " "))
    return {i: sorted(ts) for i, ts in out.items()}


def read_offices(store: GraphStore, labels: dict[str, str]) -> dict[str, list[dict[str, Any]]]:
    spans: dict[tuple[str, str, str | None], list[str]] = defaultdict(list)
    for _h, p, t, o, d in store.query(Q_OFFICES).rows:
        spans[(str(p), str(t), _s(o))].extend([str(d)] if d is not None else [])
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    by_person_then_date = sorted(spans.items(), key=lambda kv: (kv[0][0], min(kv[1], default="")))
    for (person, title, of), dates in by_person_then_date:
        dates.sort()
        out[person].append({
            "title": title, "of": of, "of_label": labels.get(of or "") or (local_name(of) if of else None),
            "first": dates[0] if dates else None, "last": dates[-1] if dates else None,
        })
    return out


def read_affiliations(store: GraphStore) -> dict[str, Counter[str]]:
    out: dict[str, Counter[str]] = defaultdict(Counter)
    for p, s, n in store.query(Q_AFFILIATIONS).rows:
        out[str(p)][str(s)] += int(str(n))
    return out


def read_initiatives(store: GraphStore) -> list[tuple[str, str | None, str]]:
    seen: dict[tuple[str, str], str | None] = {}
    for ini, label, p in store.query(Q_INITIATIVES).rows:
        seen.setdefault((str(ini), str(p)), _s(label))
    return sorted(((ini, label, p) for (ini, p), label in seen.items()), key=lambda t: (t[1] or t[0]))


def countries_of(entities: dict[str, str], affiliations: dict[str, Counter[str]],
                  offices: dict[str, list[dict[str, Any]]]) -> dict[str, str]:
    """Actor IRI → the ISO code (IRI local name) of its state: a state itself, a person's
    most often reported affiliation, else the state of their office."""
    out: dict[str, str] = {}
    for iri, kind in entities.items():
        if kind == "state":
            out[iri] = local_name(iri)
        elif kind == "person":
            counts = affiliations.get(iri)
            if counts:
                state = min(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0]
                out[iri] = local_name(state)
                continue
            for office in offices.get(iri, []):
                if office["of"] and office["of"].startswith(STATE_PREFIX):
                    out[iri] = local_name(office["of"])
                    break
    return out


__all__ = ["STATE_PREFIX", "StoredInteraction", "countries_of", "read_affiliations", "read_alt_labels", "read_entities",
           "read_evidence", "read_initiatives", "read_interactions", "read_offices", "read_releases", "read_topics"]
