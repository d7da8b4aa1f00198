"""RDF → networkx: who met whom, how often, and which release says so.

``build_network(store)`` projects the interaction nodes of the graph onto their
participants: one networkx node per actor (person, state, organisation), one edge per
pair of actors that took part in the same interaction, its ``weight`` the number of
such interactions and ``interactions`` the list of them with their date, kind, place,
release and evidence sentence. Persons are linked to their state by ``affiliation``
edges (``kind="affiliation"``, ``weight=0``) unless ``affiliations=False``.

The projection reads the store with a handful of SELECT queries (not one per node,
``network_reads``), so it stays fast at thousands of actors; the options that select
what it shows are read by ``network_select``. This module is what the viewer and
``kg stats`` read the graph through.

Node attributes: ``kind`` (person/state/organization), ``label``, ``country`` (ISO
code of the state, or of a person's state), ``country_label``, ``offices`` (title,
of, of_label, first, last), ``initiatives`` (label, iri), ``interactions`` (count),
``degree`` (distinct counterparts) and ``centrality`` (degree centrality).
Edge attributes: ``kind`` ("interaction" or "affiliation"), ``weight``, ``kinds``
(kind → count), ``first``/``last`` dates, ``interactions`` (list of dicts with
``interaction`` (IRI), ``date``, ``date_from_release``, ``kind``, ``topics`` (labels), ``place``, ``release``,
``release_title``, ``release_url``, ``evidence`` of the earliest release that reports
it, and ``sources``: the same four for every such release) and, on an interaction edge
that also joins a person to their state, ``affiliation=True``.

>>> from kg.store import open_store
>>> build_network(open_store(":memory:")).number_of_nodes()
0
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from itertools import combinations

import networkx as nx

from kg.analysis.network_reads import (
    STATE_PREFIX, StoredInteraction, countries_of, read_affiliations, read_alt_labels, read_entities, read_evidence,
    read_initiatives, read_interactions, read_offices, read_releases, read_topics,
)
from kg.analysis.network_select import (
    DATE, KINDS, date_bounds, date_range, local_name, match_focus, parse_kinds, resolve_countries, within,
)
from kg.errors import KgError
from kg.graph.ontology import ID
from kg.store.protocol import GraphStore

_PATH_KINDS = {"person": "person", "state": "state", "org": "organization"}


def build_network(
    store: GraphStore,
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
    lo, hi = date_range(since, until)
    wanted_kinds = (parse_kinds(kinds) or None) if kinds is not None else None  # () from a CLI: all
    if depth < 0:
        raise KgError(f"depth must be 0 or more, not {depth}")

    entities, labels = read_entities(store)
    releases = read_releases(store)
    interactions = read_interactions(store)
    evidence = read_evidence(store)
    topics = read_topics(store)
    offices = read_offices(store, labels)
    affiliation_counts = read_affiliations(store)
    country_of = countries_of(entities, affiliation_counts, offices)

    wanted_countries: set[str] | None = None
    alt_labels: dict[str, set[str]] | None = None
    if countries is not None:
        alt_labels = read_alt_labels(store)
        wanted_countries = resolve_countries(countries, entities, labels, alt_labels) or None

    # Select the interactions.
    selected: list[StoredInteraction] = []
    for it in interactions.values():
        if wanted_kinds is not None and it.kind not in wanted_kinds:
            continue
        when = it.date or _first_release_date(it, releases)
        if lo or hi:
            if not when or not DATE.match(when):
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
            alt_labels = read_alt_labels(store)
        focus_iris = match_focus(focus, entities, labels, alt_labels)
        adjacency: dict[str, set[str]] = defaultdict(set)
        for it in selected:
            for a, b in combinations(it.participants, 2):
                adjacency[a].add(b)
                adjacency[b].add(a)
        keep = within(focus_iris, adjacency, depth)

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
            iri, kind=kind, label=labels.get(iri) or local_name(iri), country=country,
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
            "kind": it.kind, "topics": topics.get(it.iri, []),
            "place": labels.get(it.place or "") or (local_name(it.place) if it.place else None),
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

    for ini, label, proposer in read_initiatives(store):
        if proposer in graph:
            graph.nodes[proposer]["initiatives"].append({"label": label or local_name(ini), "iri": ini})
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


def _first_release_date(it: StoredInteraction, releases: dict[str, dict[str, str | None]]) -> str | None:
    dates = [d for r in it.releases if (d := releases.get(r, {}).get("date")) and DATE.match(d)]
    return min(dates, key=lambda d: date_bounds(d)[0]) if dates else None


def _sources(it: StoredInteraction, releases: dict[str, dict[str, str | None]],
             evidence: dict[tuple[str, str | None], str]) -> list[dict[str, str | None]]:
    """The releases that report an interaction, earliest first, each with its sentence."""
    out = []
    reported_in: list[str | None] = list(it.releases) or [None]
    for rel in reported_in:
        meta = releases.get(rel or "", {})
        out.append({
            "release": meta.get("id") or (local_name(rel) if rel else None), "release_title": meta.get("title"),
            "release_url": meta.get("url"), "evidence": evidence.get((it.iri, rel)) or evidence.get((it.iri, None)),
            "release_date": meta.get("date"),
        })
    out.sort(key=lambda s: (date_bounds(s["release_date"])[0] if s["release_date"] and DATE.match(
        s["release_date"]) else "9999", s["release"] or ""))
    return out


__all__ = ["KINDS", "build_network", "date_bounds", "parse_kinds"]
