"""Reconcile: settle persons and events over the whole store, after every ingest.

Releases are mapped one by one, each naming its persons as its text does
(``dip:nameInRelease``) and minting its own interaction nodes. ``reconcile(store)`` then
reads what all release graphs hold and decides, from the whole corpus and in no order of
arrival (``kg.graph.people``, ``kg.graph.events``):

- which person each release's person node is (or that it is no person: "Growth"), and that
  person's one state (``dip:affiliatedWith``, in the entities graph);
- which event each interaction node reports.

Release graphs whose nodes change are rewritten; the persons' descriptions in the entities
graph are written anew (so a name dropped or an alias edited in ``data/aliases.csv`` leaves
no stale node), and entities no release mentions any more are removed. Running it twice
changes nothing the second time; a store ingested with ``--force`` gets the same graph.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from rdflib import URIRef

from kg import nquads
from kg.graph.aliases import alias_map
from kg.graph.events import Occurrence, plan_events
from kg.graph.mapping import entity_quads
from kg.graph.ontology import DIP, ENTITIES_GRAPH
from kg.graph.names import surname_of
from kg.graph.people import Mention, PersonPlan, common_words, plan_persons
from kg.graph.presumed import Holding, credible, unseated
from kg.graph.resolve import Entity
from kg.lexicon import Lexicon, fold
from kg.store.protocol import GraphStore

GRAPHS_PER_READ = 64
_E = f"<{ENTITIES_GRAPH}>"
Q_TEXTS = "SELECT ?t WHERE { GRAPH ?g { ?g dip:text ?t } }"
Q_NAMES = "SELECT ?g ?p ?name WHERE { GRAPH ?g { ?p dip:nameInRelease ?name } }"
Q_STATED = ("SELECT DISTINCT ?g ?p ?s WHERE { GRAPH ?g { { ?p dip:statedAffiliation ?s } UNION "
            "{ ?h dip:holder ?p ; dip:officeOf ?s } } GRAPH " + _E + " { ?s a dip:State } }")
# Each office holding: its holder, title, and the state or body it is stated or only presumed to be of.
Q_HOLDINGS = ("SELECT ?g ?p ?t ?of ?presumed WHERE { GRAPH ?g { ?h dip:holder ?p ; dip:title ?t "
              "OPTIONAL { ?h dip:officeOf ?of } OPTIONAL { ?h dip:presumedOfficeOf ?presumed } } }")
Q_DAYS = "SELECT ?g ?d WHERE { GRAPH ?g { ?g dcterms:date ?d } }"
Q_EVENTS = ("SELECT ?g ?i ?kind ?date ?name ?p ?rdate ?lead ?place WHERE { GRAPH ?g { ?i dip:kind ?kind . "
            "OPTIONAL { ?i dip:date ?date } OPTIONAL { ?i rdfs:label ?name } OPTIONAL { ?i dip:participant ?p } "
            "OPTIONAL { ?g dcterms:date ?rdate } OPTIONAL { ?i dip:visitor|dip:sender ?lead } "
            "OPTIONAL { ?i dip:place ?place } } }")
Q_STALE = ("SELECT DISTINCT ?e WHERE { GRAPH " + _E + " { ?e a ?c } "
           "FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?e } FILTER(?g != " + _E + ") } "
           "FILTER NOT EXISTS { GRAPH ?g2 { ?e ?p2 ?o2 } FILTER(?g2 != " + _E + ") } }")


@dataclass(slots=True)
class ReconcileReport:
    persons: int = 0
    graphs_rewritten: int = 0
    stale_removed: int = 0
    ambiguities: list[tuple[str, str, str]] = field(default_factory=list)


def reconcile(store: GraphStore, *, lexicon: Lexicon | None = None) -> ReconcileReport:
    """Settle persons and events across the store (see the module docstring)."""
    lexicon = lexicon or Lexicon.load()
    report = ReconcileReport()
    stop = common_words(t for (t,) in store.rows(Q_TEXTS) if t) | _title_words(lexicon)
    mentions = _mentions(store)
    people = plan_persons(mentions, stop=stop, aliases=alias_map("person"))
    report.persons = len(people.persons)
    report.ambiguities = people.ambiguities
    rewrite: dict[str, dict[str, str]] = defaultdict(dict)
    drop: dict[str, set[str]] = defaultdict(set)
    for (g, node), target in people.target.items():
        if target is None:
            drop[g].add(node)
        elif target != node:
            rewrite[g][node] = target
    emptied: set[str] = set()
    occurrences = _occurrences(store, people, emptied)
    for o in occurrences:
        if o.kind and not o.participants and o.node in emptied:
            drop[o.graph].add(o.node)  # its only participants were no persons ("Growth")
    for (g, node), target in plan_events(o for o in occurrences if o.node not in drop[o.graph]).items():
        if target != node:
            rewrite[g][node] = target
    graphs = sorted(g for g in set(rewrite) | set(drop) if rewrite.get(g) or drop.get(g))
    for start in range(0, len(graphs), GRAPHS_PER_READ):
        chunk = graphs[start:start + GRAPHS_PER_READ]
        text = _rewritten(_graph_text(store, chunk), rewrite, drop)
        store.replace_graphs(chunk, text)
    report.graphs_rewritten = len(graphs)
    _describe_persons(store, people)
    report.stale_removed = _remove_stale(store)
    return report


def _title_words(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(w for title in lexicon.offices for w in fold(title).replace("-", " ").split() if len(w) > 2)


def _mentions(store: GraphStore) -> list[Mention]:
    names: dict[tuple[str, str], set[str]] = defaultdict(set)
    for g, p, name in store.rows(Q_NAMES):
        if g and p and name:
            names[(g, p)].add(name)
    stated: dict[tuple[str, str], set[str]] = defaultdict(set)
    for g, p, s in store.rows(Q_STATED):
        stated[(g, p)].add(s)  # type: ignore[arg-type]
    pairs: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)
    titles: dict[tuple[str, str], set[str]] = defaultdict(set)
    stated_offices: list[tuple[str, str]] = []
    days = {g: _day(d) for g, d in store.rows(Q_DAYS) if g and d}
    holdings: list[Holding] = []
    for g, p, t, of, guess in store.rows(Q_HOLDINGS):
        titles[(g, p)].add(t)  # type: ignore[arg-type]
        if of:
            stated_offices.append((of, t or ""))  # type: ignore[arg-type]
        if guess:
            pairs[(g, p)].add((guess, t or ""))  # type: ignore[arg-type]
        for state, only_presumed in ((of, False), (guess, True)):
            if state:
                holdings.append(Holding(g, p, state, t or "", _surname(names.get((g, p), ())),  # type: ignore[arg-type]
                                        days.get(g), only_presumed))
    # (a presumed office of a kind the corpus never states for that state is dropped, and so is
    # one that another person holds at the time: "President Ortega" is no U.S. president)
    presumed = credible(pairs, stated_offices)
    for g, p, state in unseated(holdings):
        presumed.get((g, p), set()).discard(state)
    return [Mention(g, p, tuple(sorted(ns)), frozenset(stated.get((g, p), ())), frozenset(presumed.get((g, p), ())),
                    frozenset(titles.get((g, p), ())))
            for (g, p), ns in names.items()]


def _day(text: str) -> date | None:
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def _surname(names: Iterable[str]) -> str:
    """The surname key of the longest name: one key for "Biden" and "Joe Biden"."""
    return surname_of(max(names, key=lambda n: (len(n), n), default=""))


def _occurrences(store: GraphStore, people: PersonPlan, emptied: set[str]) -> list[Occurrence]:
    """The interactions of the release graphs, their participants as settled persons;
    ``emptied`` gets the interactions that lost a participant that is no person."""
    rows: dict[tuple[str, str], dict[str, object]] = {}
    for g, i, kind, when, name, p, rdate, lead, place in store.rows(Q_EVENTS):
        if not g or not i:
            continue
        row = rows.setdefault((g, i), {"kind": kind or "", "date": when or "", "name": name or "", "rdate": rdate or "",
                                       "parts": set(), "lead": "", "place": place or ""})
        if lead:
            row["lead"] = people.target.get((g, lead), lead) or ""
        if p:
            target = people.target.get((g, p), p)
            if target is not None:
                row["parts"].add(target)  # type: ignore[union-attr]
            else:
                emptied.add(i)
    return [Occurrence(g, i, str(r["kind"]), str(r["date"]), str(r["name"]), frozenset(r["parts"]),  # type: ignore[arg-type]
                       str(r["rdate"]), str(r["lead"]), str(r["place"])) for (g, i), r in rows.items()]


def _graph_text(store: GraphStore, graphs: list[str]) -> str:
    values = " ".join(f"<{g}>" for g in graphs)
    result = store.query(f"SELECT ?g ?s ?p ?o WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} }}")
    return "".join(f"{nquads.term(s)} {nquads.term(p)} {nquads.term(o)} {nquads.term(g)} .\n"
                   for g, s, p, o in result.rows)  # type: ignore[arg-type]


def _rewritten(text: str, rewrite: dict[str, dict[str, str]], drop: dict[str, set[str]]) -> str:
    """Each line of ``text`` with its graph's rewrites applied; lines about a dropped person
    (and the office holdings it held) left out."""
    lines = text.splitlines()
    holder = f"<{DIP.holder}>"
    gone: dict[str, set[str]] = {g: {f"<{n}>" for n in nodes} for g, nodes in drop.items()}
    for line in lines:
        s, p, o, g = nquads.split_line(line)
        if p == holder and o in gone.get(g[1:-1], ()):
            gone[g[1:-1]].add(s)
    terms = {g: {f"<{a}>": f"<{b}>" for a, b in m.items()} for g, m in rewrite.items()}
    out: set[str] = set()
    for line in lines:
        s, p, o, g = nquads.split_line(line)
        graph = g[1:-1]
        if s in gone.get(graph, ()) or o in gone.get(graph, ()):
            continue
        t = terms.get(graph, {})
        out.add(f"{t.get(s, s)} {p} {t.get(o, o)} {g} .\n")
    return "".join(sorted(out))


def _describe_persons(store: GraphStore, people: PersonPlan) -> None:
    store.update(f"DELETE {{ GRAPH {_E} {{ ?p ?x ?y }} }} WHERE {{ GRAPH {_E} {{ ?p a <{DIP.Person}> ; ?x ?y }} }}")
    quads = []
    for iri, person in sorted(people.persons.items()):
        ent = Entity(URIRef(iri), DIP.Person, person.label, set(person.names) - {person.label})
        quads += entity_quads(ent)
        if person.state:
            quads.append((URIRef(iri), DIP.affiliatedWith, URIRef(person.state), ENTITIES_GRAPH))
    for start in range(0, len(quads), 20_000):
        store.update(nquads.insert_data(nquads.quads_text(quads[start:start + 20_000])))


def _remove_stale(store: GraphStore) -> int:
    """Drop the descriptions of entities that no release graph mentions any more, unless a
    description still in use points at them (a post's state)."""
    stale = {e for (e,) in store.rows(Q_STALE) if e}
    if not stale:
        return 0
    used = {o for s, o in store.rows(f"SELECT ?s ?o WHERE {{ GRAPH {_E} {{ ?s ?p ?o FILTER(isIRI(?o)) }} }}")
            if s not in stale}
    stale -= used
    for start in range(0, len(stale), 500):
        values = " ".join(f"<{e}>" for e in sorted(stale)[start:start + 500])
        store.update(f"DELETE {{ GRAPH {_E} {{ ?e ?p ?o }} }} WHERE {{ VALUES ?e {{ {values} }} GRAPH {_E} {{ ?e ?p ?o }} }}")
    return len(stale)


__all__ = ["ReconcileReport", "reconcile"]
