"""RDF → networkx: who met whom, how often, and which release says so.

``build_network(store)`` projects the interaction nodes of the graph onto their
participants: one networkx node per actor (person, state, organisation), one edge per
pair of actors that took part in the same interaction, its ``weight`` the number of
such interactions and ``interactions`` the list of them with their date, kind, place,
release and evidence sentence. Persons are linked to their state by ``affiliation``
edges (``kind="affiliation"``, ``weight=0``) unless ``affiliations=False``.

The projection reads the store with a handful of SELECT queries (not one per node),
so it stays fast at thousands of actors. This module is what the viewer and
``kg stats`` read the graph through.

Node attributes: ``kind`` (person/state/organization), ``label``, ``country`` (ISO
code of the state, or of a person's state), ``country_label``, ``offices`` (title,
of, of_label, first, last), ``initiatives`` (label, iri), ``interactions`` (count),
``degree`` (distinct counterparts) and ``centrality`` (degree centrality).
Edge attributes: ``kind`` ("interaction" or "affiliation"), ``weight``, ``kinds``
(kind → count), ``first``/``last`` dates, ``interactions`` (list of dicts with
``interaction`` (IRI), ``date``, ``date_from_release``, ``kind``, ``place``, ``release``,
``release_title``, ``release_url``, ``evidence`` of the earliest release that reports
it, and ``sources``: the same four for every such release) and, on an interaction edge
that also joins a person to their state, ``affiliation=True``.

>>> from kg.store import open_store
>>> build_network(open_store(":memory:")).number_of_nodes()
0
"""
from __future__ import annotations

import difflib
import re
from collections import Counter, defaultdict, deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

import networkx as nx

from kg.errors import KgError
from kg.lexicon import fold
from kg.ontology import DIP, ENTITIES_GRAPH, ID, INTERACTION_CLASSES
from kg.store import Store

KINDS: tuple[str, ...] = tuple(INTERACTION_CLASSES)  # meeting, call, visit, signing, ...
_KIND_OF_CLASS = {str(cls): kind for kind, cls in INTERACTION_CLASSES.items()}
_KIND_ALIASES = {
    **{k: k for k in KINDS},
    **{str(cls).rsplit("#", 1)[-1].lower(): k for k, cls in INTERACTION_CLASSES.items()},
    "meetings": "meeting", "calls": "call", "phone": "call", "visits": "visit", "signings": "signing",
    "letter": "correspondence", "multilateral-event": "multilateral",
}
_ACTOR_KINDS = {str(DIP.Person): "person", str(DIP.State): "state", str(DIP.Organization): "organization"}
STATE_PREFIX = str(ID) + "state/"
_PATH_KINDS = {"person": "person", "state": "state", "org": "organization"}
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
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
class _Interaction:
    iri: str
    kind: str
    participants: list[str] = field(default_factory=list)
    date: str | None = None  # as the graph has it (may be partial); the earliest if several
    place: str | None = None
    releases: list[str] = field(default_factory=list)  # usually one; more when releases were merged


def _s(term: object) -> str | None:
    return None if term is None else str(term)


def date_bounds(value: str) -> tuple[str, str]:
    """The first and last day a (partial) ISO date names: '2021-07' → ('2021-07-01', '2021-07-31')."""
    m = _DATE.match(value.strip())
    if not m:
        raise KgError(f"date {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD (example: --since 2021-07)")
    year, month, day = m.groups()
    if day:
        return value, value
    if month:
        return f"{year}-{month}-01", f"{year}-{month}-31"  # string bound: no real date sorts after -31
    return f"{year}-01-01", f"{year}-12-31"


def parse_kinds(kinds: Iterable[str]) -> set[str]:
    """Interaction kind names (meeting, call, visit, signing, correspondence, multilateral)."""
    out: set[str] = set()
    for raw in kinds:
        for part in raw.split(","):
            name = part.strip().lower()
            if not name:
                continue
            if name not in _KIND_ALIASES:
                raise KgError(f"unknown interaction kind {part.strip()!r}; choose from {', '.join(KINDS)}")
            out.add(_KIND_ALIASES[name])
    return out


def _local(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def build_network(
    store: Store,
    *,
    since: str | None = None,
    until: str | None = None,
    kinds: Iterable[str] | None = None,
    countries: Iterable[str] | None = None,
    focus: str | None = None,
    depth: int = 1,
    affiliations: bool = True,
) -> nx.Graph:
    """The actor network of the interactions in ``store`` (see the module docstring).

    ``since``/``until`` (YYYY, YYYY-MM or YYYY-MM-DD, both inclusive: ``until="2021"``
    keeps all of 2021) select interactions by their date, or by their release's date
    when the text gave none; a partial date such as ``2021-07`` counts as its first day.
    ``kinds`` keeps those interaction kinds; ``countries`` (ISO codes or names) keeps
    interactions with at least one participant of those states (None or empty: no
    filter; items may be comma-separated). ``focus`` (a name or alias, case and accents
    ignored) keeps the actors within ``depth`` interaction steps of the actors it names.
    Raises ``KgError`` when an option names nothing.
    """
    lo = date_bounds(since)[0] if since else None
    hi = date_bounds(until)[1] if until else None
    wanted_kinds = (parse_kinds(kinds) or None) if kinds is not None else None  # () from a CLI: all
    if depth < 0:
        raise KgError(f"depth must be 0 or more, not {depth}")

    entities, labels = _entities(store)
    releases = _releases(store)
    interactions = _interactions(store)
    evidence = _evidence(store)
    offices = _offices(store, labels)
    affiliation_counts = _affiliations(store)
    country_of = _countries_of(entities, affiliation_counts, offices)

    wanted_countries: set[str] | None = None
    alt_labels: dict[str, set[str]] | None = None
    if countries is not None:
        alt_labels = _alt_labels(store)
        wanted_countries = _resolve_countries(countries, entities, labels, alt_labels) or None

    # Select the interactions.
    selected: list[_Interaction] = []
    for it in interactions.values():
        if wanted_kinds is not None and it.kind not in wanted_kinds:
            continue
        when = it.date or _first_release_date(it, releases)
        if lo or hi:
            if not when or not _DATE.match(when):
                continue
            start = date_bounds(when)[0]
            if (lo and start < lo) or (hi and start > hi):
                continue
        if wanted_countries is not None and not any(country_of.get(p) in wanted_countries
                                                    for p in it.participants):
            continue
        selected.append(it)

    # Focus: an ego network over the interaction edges.
    keep: set[str] | None = None
    focus_iris: list[str] = []
    if focus is not None:
        if alt_labels is None:
            alt_labels = _alt_labels(store)
        focus_iris = _match_focus(focus, entities, labels, alt_labels)
        adjacency: dict[str, set[str]] = defaultdict(set)
        for it in selected:
            for a, b in combinations(it.participants, 2):
                adjacency[a].add(b)
                adjacency[b].add(a)
        keep = _within(focus_iris, adjacency, depth)

    graph = nx.Graph(since=since, until=until, kinds=sorted(wanted_kinds) if wanted_kinds else None,
                     countries=sorted(wanted_countries) if wanted_countries else None,
                     focus=focus_iris or None, depth=depth if focus else None)
    counts: Counter[str] = Counter()

    def add_actor(iri: str) -> None:
        if iri in graph:
            return
        kind = entities.get(iri) or _PATH_KINDS.get(iri[len(str(ID)):].split("/", 1)[0], "organization")
        country = country_of.get(iri)
        graph.add_node(
            iri, kind=kind, label=labels.get(iri) or _local(iri), country=country,
            country_label=labels.get(f"{STATE_PREFIX}{country}") if country else None,
            offices=offices.get(iri, []), initiatives=[], interactions=0, degree=0, centrality=0.0,
        )

    for iri in focus_iris:  # even when none of its interactions is selected
        if iri in entities:
            add_actor(iri)
    for it in selected:
        members = [p for p in it.participants if keep is None or p in keep]
        if not members:
            continue
        for p in members:
            counts[p] += 1
            add_actor(p)
        sources = _sources(it, releases, evidence)
        item = {
            "interaction": it.iri, "date": it.date or _first_release_date(it, releases),
            "date_from_release": it.date is None,
            "kind": it.kind, "place": labels.get(it.place or "") or (_local(it.place) if it.place else None),
            **sources[0], "sources": sources,
        }
        for a, b in combinations(sorted(members), 2):
            if graph.has_edge(a, b):
                graph[a][b]["interactions"].append(item)
            else:
                graph.add_edge(a, b, kind="interaction", interactions=[item])

    if affiliations:
        for person in [n for n, d in graph.nodes(data=True) if d["kind"] == "person"]:
            state = country_of.get(person)
            if not state:
                continue
            state_iri = f"{STATE_PREFIX}{state}"
            if state_iri not in entities:
                continue
            add_actor(state_iri)
            if graph.has_edge(person, state_iri):
                graph[person][state_iri]["affiliation"] = True
            else:
                graph.add_edge(person, state_iri, kind="affiliation", weight=0, interactions=[], kinds={},
                               first=None, last=None)

    for _, _, data in graph.edges(data=True):
        if data["kind"] != "interaction":
            continue
        items = data["interactions"]
        items.sort(key=lambda x: (x["date"] or "9999", x["kind"], x["release"] or ""))
        data["weight"] = len(items)
        data["kinds"] = dict(Counter(x["kind"] for x in items))
        dates = [x["date"] for x in items if x["date"]]
        data["first"], data["last"] = (dates[0], dates[-1]) if dates else (None, None)

    for ini, label, proposer in _initiatives(store):
        if proposer in graph:
            graph.nodes[proposer]["initiatives"].append({"label": label or _local(ini), "iri": ini})
    interaction_edges = [(a, b) for a, b, d in graph.edges(data=True) if d["kind"] == "interaction"]
    degree: Counter[str] = Counter()
    for a, b in interaction_edges:
        degree[a] += 1
        degree[b] += 1
    scale = 1.0 / (graph.number_of_nodes() - 1) if graph.number_of_nodes() > 1 else 0.0
    for node, data in graph.nodes(data=True):
        data["interactions"] = counts[node]
        data["degree"] = degree[node]
        data["centrality"] = degree[node] * scale
    return graph



def _first_release_date(it: _Interaction, releases: dict[str, dict[str, str | None]]) -> str | None:
    dates = [d for r in it.releases if (d := releases.get(r, {}).get("date")) and _DATE.match(d)]
    return min(dates, key=lambda d: date_bounds(d)[0]) if dates else None


def _sources(it: _Interaction, releases: dict[str, dict[str, str | None]],
             evidence: dict[tuple[str, str | None], str]) -> list[dict[str, str | None]]:
    """The releases that report an interaction, earliest first, each with its sentence."""
    out = []
    reported_in: list[str | None] = list(it.releases) or [None]
    for rel in reported_in:
        meta = releases.get(rel or "", {})
        out.append({
            "release": meta.get("id") or (_local(rel) if rel else None), "release_title": meta.get("title"),
            "release_url": meta.get("url"), "evidence": evidence.get((it.iri, rel)) or evidence.get((it.iri, None)),
            "release_date": meta.get("date"),
        })
    out.sort(key=lambda s: (date_bounds(s["release_date"])[0] if s["release_date"] and _DATE.match(
        s["release_date"]) else "9999", s["release"] or ""))
    return out


def _within(seeds: list[str], adjacency: dict[str, set[str]], depth: int) -> set[str]:
    seen = set(seeds)
    frontier: deque[tuple[str, int]] = deque((s, 0) for s in seeds)
    while frontier:
        node, d = frontier.popleft()
        if d == depth:
            continue
        for nb in adjacency.get(node, ()):
            if nb not in seen:
                seen.add(nb)
                frontier.append((nb, d + 1))
    return seen


# --- the queries ---------------------------------------------------------------------

def _entities(store: Store) -> tuple[dict[str, str], dict[str, str]]:
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


def _alt_labels(store: Store) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for e, alt in store.query(Q_ALT_LABELS).rows:
        out[str(e)].add(str(alt))
    return out


def _releases(store: Store) -> dict[str, dict[str, str | None]]:
    out: dict[str, dict[str, str | None]] = {}
    for r, rid, title, date, url in store.query(Q_RELEASES).rows:
        link = _s(url)
        out.setdefault(str(r), {
            "id": _s(rid) or _local(str(r)), "title": _s(title), "date": _s(date),
            "url": link if link and link.lower().startswith(("http://", "https://")) else None,
        })
    return out


def _interactions(store: Store) -> dict[str, _Interaction]:
    out: dict[str, _Interaction] = {}
    for i, cls, joined, dates, place, rels in store.query(Q_INTERACTIONS).rows:
        iri = str(i)
        it = out.get(iri)
        if it is None:  # an interaction typed twice comes back twice: the first type wins
            it = out[iri] = _Interaction(iri, _KIND_OF_CLASS[str(cls)], place=_s(place) or None)
        it.participants = sorted(set(it.participants) | set(str(joined or "").split()))
        it.releases = sorted(set(it.releases) | set(str(rels or "").split()))
        valid = [d for d in str(dates or "").split() if _DATE.match(d)]
        if valid:
            it.date = min([*valid, *([it.date] if it.date else [])], key=lambda d: date_bounds(d)[0])
    return out


def _evidence(store: Store) -> dict[tuple[str, str | None], str]:
    """(interaction, release) → the sentence that release reports it in."""
    return {(str(i), _s(rel)): str(text) for i, rel, text in store.query(Q_EVIDENCE).rows if text is not None}


def _offices(store: Store, labels: dict[str, str]) -> dict[str, list[dict[str, Any]]]:
    spans: dict[tuple[str, str, str | None], list[str]] = defaultdict(list)
    for _h, p, t, o, d in store.query(Q_OFFICES).rows:
        spans[(str(p), str(t), _s(o))].extend([str(d)] if d is not None else [])
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    by_person_then_date = sorted(spans.items(), key=lambda kv: (kv[0][0], min(kv[1], default="")))
    for (person, title, of), dates in by_person_then_date:
        dates.sort()
        out[person].append({
            "title": title, "of": of, "of_label": labels.get(of or "") or (_local(of) if of else None),
            "first": dates[0] if dates else None, "last": dates[-1] if dates else None,
        })
    return out


def _affiliations(store: Store) -> dict[str, Counter[str]]:
    out: dict[str, Counter[str]] = defaultdict(Counter)
    for p, s, n in store.query(Q_AFFILIATIONS).rows:
        out[str(p)][str(s)] += int(str(n))
    return out


def _initiatives(store: Store) -> list[tuple[str, str | None, str]]:
    seen: dict[tuple[str, str], str | None] = {}
    for ini, label, p in store.query(Q_INITIATIVES).rows:
        seen.setdefault((str(ini), str(p)), _s(label))
    return sorted(((ini, label, p) for (ini, p), label in seen.items()), key=lambda t: (t[1] or t[0]))


def _countries_of(entities: dict[str, str], affiliations: dict[str, Counter[str]],
                  offices: dict[str, list[dict[str, Any]]]) -> dict[str, str]:
    """Actor IRI → the ISO code (IRI local name) of its state: a state itself, a person's
    most often reported affiliation, else the state of their office."""
    out: dict[str, str] = {}
    for iri, kind in entities.items():
        if kind == "state":
            out[iri] = _local(iri)
        elif kind == "person":
            counts = affiliations.get(iri)
            if counts:
                state = min(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0]
                out[iri] = _local(state)
                continue
            for office in offices.get(iri, []):
                if office["of"] and office["of"].startswith(STATE_PREFIX):
                    out[iri] = _local(office["of"])
                    break
    return out


def _resolve_countries(names: Iterable[str], entities: dict[str, str], labels: dict[str, str],
                       alt_labels: dict[str, set[str]]) -> set[str]:
    by_key: dict[str, str] = {}
    shown: dict[str, str] = {}  # folded → as written, for suggestions
    for iri, kind in entities.items():
        if kind != "state":
            continue
        code = _local(iri)
        for form in [code, labels.get(iri, ""), *sorted(alt_labels.get(iri, ()))]:
            if form:
                by_key.setdefault(fold(form), code)
                shown.setdefault(fold(form), form)
    out: set[str] = set()
    for raw in names:
        for part in raw.split(","):
            name = part.strip()
            if not name:
                continue
            found = by_key.get(fold(name))
            if found is None:
                close = [shown[k] for k in difflib.get_close_matches(fold(name), list(by_key), n=3)]
                hint = f"; did you mean {', '.join(repr(c) for c in close)}?" if close else ""
                raise KgError(f"no state {name!r} in the store: give an ISO 3166 code (KZ) "
                              f"or a state name the graph knows{hint}")
            out.add(found)
    return out


def _match_focus(name: str, entities: dict[str, str], labels: dict[str, str],
                 alt_labels: dict[str, set[str]]) -> list[str]:
    """Actors whose label or alias equals ``name`` (case and accents ignored); failing
    that, those whose label holds every word of it."""
    key = fold(name).strip()
    if not key:
        raise KgError("--focus needs a name, e.g. --focus 'Miroslav Lajčák'")
    names: dict[str, list[str]] = {}
    for iri in entities:
        names[iri] = [n for n in [labels.get(iri, ""), *sorted(alt_labels.get(iri, ()))] if n]
    exact = sorted(iri for iri, ns in names.items() if any(fold(n) == key for n in ns))
    if exact:
        return exact
    words = set(re.findall(r"\w+", key))
    partial = sorted(iri for iri, ns in names.items()
                     if any(words <= set(re.findall(r"\w+", fold(n))) for n in ns))
    if partial:
        return partial
    every = {fold(n): n for ns in names.values() for n in ns}
    close = [every[k] for k in difflib.get_close_matches(key, list(every), n=3, cutoff=0.6)]
    hint = f"; did you mean {', '.join(repr(c) for c in close)}?" if close else ""
    raise KgError(f"no actor named {name!r} in the store{hint} "
                  "(`kg query \"SELECT ?l WHERE {?a a dip:Person ; rdfs:label ?l}\"` lists the persons)")


__all__ = ["KINDS", "build_network", "date_bounds", "parse_kinds"]
