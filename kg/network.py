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
``date``, ``kind``, ``place``, ``release``, ``release_title``, ``release_url``,
``evidence``) and, on an interaction edge that also joins a person to their state,
``affiliation=True``.

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

Q_INTERACTIONS = f"""
SELECT DISTINCT ?i ?type ?p ?date ?place ?rel WHERE {{
  VALUES ?type {{ {_VALUES} }}
  ?i a ?type ; dip:participant ?p .
  OPTIONAL {{ ?i dip:date ?date }}
  OPTIONAL {{ ?i dip:place ?place }}
  OPTIONAL {{ ?i dip:reportedIn ?rel }}
}}"""
Q_EVIDENCE = f"""
SELECT DISTINCT ?i ?text ?start WHERE {{
  VALUES ?type {{ {_VALUES} }}
  ?i a ?type ; dip:evidence ?ev . ?ev oa:exact ?text .
  OPTIONAL {{ ?ev oa:start ?start }}
}}"""
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
Q_AFFILIATIONS = "SELECT ?p ?s (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?p dip:affiliatedWith ?s } } GROUP BY ?p ?s"
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
    date: str | None = None  # as the graph has it (may be partial)
    place: str | None = None
    release: str | None = None


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
    interactions with at least one participant of those states; ``focus`` (a name or
    alias, case and accents ignored) keeps the actors within ``depth`` interaction
    steps of the actors it names. Raises ``KgError`` when an option names nothing.
    """
    lo = date_bounds(since)[0] if since else None
    hi = date_bounds(until)[1] if until else None
    wanted_kinds = parse_kinds(kinds) if kinds is not None else None
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
        wanted_countries = _resolve_countries(countries, entities, labels, alt_labels)

    # Select the interactions.
    selected: list[_Interaction] = []
    for it in interactions.values():
        if wanted_kinds is not None and it.kind not in wanted_kinds:
            continue
        when = it.date or releases.get(it.release or "", {}).get("date")
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

    for it in selected:
        members = [p for p in it.participants if keep is None or p in keep]
        if not members:
            continue
        for p in members:
            counts[p] += 1
            add_actor(p)
        release = releases.get(it.release or "", {})
        item = {
            "interaction": it.iri, "date": it.date or release.get("date"), "date_from_release": it.date is None,
            "kind": it.kind, "place": labels.get(it.place or "") or (_local(it.place) if it.place else None),
            "release": release.get("id") or (_local(it.release) if it.release else None),
            "release_title": release.get("title"), "release_url": release.get("url"),
            "evidence": evidence.get(it.iri),
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
    for i, cls, p, date, place, rel in store.query(Q_INTERACTIONS).rows:
        iri = str(i)
        it = out.get(iri)
        if it is None:
            it = out[iri] = _Interaction(iri, _KIND_OF_CLASS[str(cls)], [], _s(date), _s(place), _s(rel))
        actor = str(p)
        if actor not in it.participants:
            it.participants.append(actor)
    return out


def _evidence(store: Store) -> dict[str, str]:
    best: dict[str, tuple[int, str]] = {}
    for i, text, start in store.query(Q_EVIDENCE).rows:
        pos = int(str(start)) if start is not None and str(start).isdigit() else 1 << 30
        iri = str(i)
        if iri not in best or pos < best[iri][0]:
            best[iri] = (pos, str(text))
    return {k: v[1] for k, v in best.items()}


def _offices(store: Store, labels: dict[str, str]) -> dict[str, list[dict[str, Any]]]:
    spans: dict[tuple[str, str, str | None], list[str]] = defaultdict(list)
    for _h, p, title, of, date in store.query(Q_OFFICES).rows:
        key = (str(p), str(title), _s(of))
        spans[key].extend([str(date)] if date is not None else [])
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for (person, title, of), dates in sorted(spans.items(), key=lambda kv: (kv[0][0], min(kv[1], default=""))):
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
                state = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
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
        for name in [code, labels.get(iri, ""), *sorted(alt_labels.get(iri, ()))]:
            if name:
                by_key.setdefault(fold(name), code)
                shown.setdefault(fold(name), name)
    out: set[str] = set()
    for raw in names:
        for part in raw.split(","):
            name = part.strip()
            if not name:
                continue
            code = by_key.get(fold(name))
            if code is None:
                close = [shown[k] for k in difflib.get_close_matches(fold(name), list(by_key), n=3)]
                hint = f"; did you mean {', '.join(repr(c) for c in close)}?" if close else ""
                raise KgError(f"no state {name!r} in the store: give an ISO 3166 code (KZ) "
                              f"or a state name the graph knows{hint}")
            out.add(code)
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


__all__ = ["build_network", "KINDS", "parse_kinds", "date_bounds"]
