"""Who is who across the corpus: person mentions → one node per person, with one state.

A pure function of what the release graphs hold (``kg.graph.reconcile`` reads it from the
store): each release names its persons (``dip:nameInRelease``, the name as the text gave
it), says which state the text gives them (``dip:statedAffiliation``, the states of offices
"of X") and which state it only presumed (``dip:presumedOfficeOf``, the publisher's state for
an office the text leaves bare). The plan is the same whatever order releases came in:

- **Names.** A word the corpus writes in lower case at least as often as a quarter of its
  capitalised uses ("Meet", "Tests", "Positive", "Growth", "Alternate") is a common word,
  not part of a name, and neither is a word of an office title ("Secretary", "Minister").
  A name is the longest run of other words it holds: "Antony J. Blinken Meet" is
  "Antony J. Blinken", "Has Blinken" is "Blinken"; a name with no such word is no person.
- **Full names** with one surname and compatible given names (the same transliteration key;
  one a short form of the other: "Tony"/"Antony", "Joe"/"Joseph", "Rob"/"Robert") and no
  conflicting state are one person. Different given names stay apart ("Jill Biden").
- **A surname alone** joins the one person of the corpus with that surname and a compatible
  state; when several share it, the one named in at least ``DOMINANCE`` times as many
  releases as all the others together; otherwise it stays a node of its own and is listed
  as an ambiguity. Surnames with a head's title are settled first; a bare surname then
  counts the releases they joined too ("Biden" is the President whom 300 releases call
  "President Biden", not his wife or son, each named in full about as often as he is).
- **Order.** A name written family name first ("Kishida Fumio") is the same name; so is a
  name with a patronymic with or without its house ("Mohammed bin Zayed (Al Nahyan)"), and a
  full name whose given names hold the other's ("(Mohammad) Ashraf Ghani").
- **Family name first.** A title with one word that is no surname of the corpus but begins
  one full name ("President Xi", "Foreign Minister Wang") is that full name's holder; so is
  one whose surname namesakes spell it otherwise ("President Yoon" is Yoon Suk Yeol, not
  Joseph Yun, whose surname is another spelling of the word).
- **Spelling inside a name.** A given name with or without its hyphen or space ("Cho
  Hyun-dong", "Cho Hyundong") is one name.
- **Offices.** A surname with a head of state's or government's title ("Prime Minister
  Trudeau") joins no namesake who never held that kind of office.
- **State.** A person's ``dip:affiliatedWith`` is one state: the state the texts give most
  often (in releases) when they agree on it or give it often enough; else the state only
  presumed, the publisher's (``settled_state``).

The node of a person is minted from its label: the name most releases give (the longest on
a tie), so re-running the plan over the same graphs gives the same IRIs.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from kg.graph.identity import name_key
from kg.graph.names import (
    common_words, core_name, given_compatible, given_of, given_within, is_full, name_words, surname_of, without_house,
)
from kg.graph.ontology import person_iri
from kg.graph.presumed import office_family
from kg.lexicon import FORMS_OF_ADDRESS, fold

# A surname alone goes to the most-named holder of it when that one is named in this many
# times as many releases as the others together ("Biden": Joe Biden, not Jill Biden).
DOMINANCE = 3
# A state presumed (the publisher's) in this many times as many releases as the most stated
# state outweighs it, unless the texts agree on that one (``settled_state``).
PRESUMED_WEIGHT = 10
# Titles of heads of state and government (a surname with one is that office's holder).
HEAD_OFFICES = frozenset({"president", "prime minister", "king", "queen", "chancellor", "emir", "amir", "sultan",
                          "premier", "crown prince"})


@dataclass(frozen=True, slots=True)
class Mention:
    """A person node of one release graph: the names it was given there, the states the
    text gives it and the states it only presumed."""

    graph: str
    node: str
    names: tuple[str, ...]
    states: frozenset[str] = frozenset()
    presumed: frozenset[str] = frozenset()
    offices: frozenset[str] = frozenset()  # the titles the release gives it


@dataclass(slots=True)
class Person:
    iri: str
    label: str
    names: set[str] = field(default_factory=set)
    state: str | None = None
    releases: set[str] = field(default_factory=set)


@dataclass(slots=True)
class PersonPlan:
    target: dict[tuple[str, str], str | None] = field(default_factory=dict)  # (graph, node) → person, None: no person
    persons: dict[str, Person] = field(default_factory=dict)
    ambiguities: list[tuple[str, str, str]] = field(default_factory=list)  # (name, candidates, why)


def settled_state(stated: Counter[str], presumed: Counter[str]) -> str | None:
    """The state of a person from the releases that state one and those that only presume one.

    The state stated most wins when the texts agree on it (three releases or more, three in
    four of those stating any) or when it is stated at least a tenth as often as a state is
    presumed; otherwise the presumed state: the publisher's own officials, whose texts rarely
    name their state, while a stray state of a visit's host or a nearby name is scattered."""
    top, guess = _top(stated), _top(presumed)
    if top is None or guess is None or top == guess:
        return top or guess
    agreed = stated[top] >= 3 and 4 * stated[top] >= 3 * sum(stated.values())
    return top if agreed or PRESUMED_WEIGHT * stated[top] >= presumed[guess] else guess


def _top(counter: Counter[str]) -> str | None:
    return min(counter, key=lambda s: (-counter[s], s)) if counter else None


def plan_persons(mentions: Iterable[Mention], *, stop: frozenset[str],
                 aliases: Mapping[str, str] | None = None) -> PersonPlan:
    """Decide the person each mention denotes (see the module docstring)."""
    aliases = aliases or {}
    plan = PersonPlan()
    cores: dict[tuple[str, str], str] = {}  # the name a mention is read by
    every: dict[tuple[str, str], list[str]] = {}  # all its names: counted once per release, so that
    # two nodes of a release that are one person count as they did before they were merged.
    items = sorted(mentions, key=lambda m: (m.graph, m.node))
    named = {(m.graph, m.node): [aliases.get(fold(n), n) for n in m.names] for m in items}
    # Names whose every word may be a name's: the full names and surnames the others are read against.
    clean = [n for ns in named.values() for n in ns if all(ok for _, ok in name_words(n, stop))]
    known_full = {name_key(n) for n in clean if is_full(n)}
    known_surnames = {surname_of(n) for n in clean if is_full(n)}
    for m in items:
        found = sorted({c for c in (core_name(n, stop, known_full, known_surnames) for n in named[(m.graph, m.node)]) if c},
                       key=lambda c: (-len(name_key(c).split()), c))
        cores[(m.graph, m.node)] = found[0] if found else ""
        every[(m.graph, m.node)] = found

    # Full names, grouped by surname, then by compatible given name and state.
    full: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))  # surname → key → forms
    key_releases: dict[str, set[str]] = defaultdict(set)
    seen_states: dict[str, set[tuple[str, str]]] = defaultdict(set)
    seen_forms: set[tuple[str, str]] = set()
    key_kinds: dict[str, set[str | None]] = defaultdict(set)  # the kinds of office a full name holds
    for m in items:
        for core in every[(m.graph, m.node)]:
            if not is_full(core):
                continue
            key = name_key(core)
            if (m.graph, core) not in seen_forms:
                seen_forms.add((m.graph, core))
                full[surname_of(core)][key][core] += 1
            key_releases[key].add(m.graph)
            seen_states[key] |= {(m.graph, s) for s in m.states}
            key_kinds[key] |= {office_family(t) for t in m.offices} - {None}
    key_states: dict[str, Counter[str]] = defaultdict(Counter)
    for key, pairs in seen_states.items():
        key_states[key].update(s for _, s in pairs)
    # One name in either order ("Kishida Fumio", "Fumio Kishida"): the order most releases use.
    by_words: dict[str, list[str]] = defaultdict(list)
    for surname in full:
        for key in full[surname]:
            by_words[" ".join(sorted(without_house(key).split()))].append(key)
    same_as: dict[str, str] = {}
    also_filed: dict[str, set[str]] = defaultdict(set)  # a key → the surnames of its other orders
    for keys in by_words.values():
        first = min(keys, key=lambda k: (-len(key_releases[k]), k))
        for key in keys:
            same_as[key] = first
    # One name with or without the hyphen or space inside a given name ("Cho Hyun-dong", "Cho
    # Hyundong"): the same letters in the same order.
    by_letters: dict[str, list[str]] = defaultdict(list)
    for key in {same_as[k] for k in same_as}:
        by_letters[key.replace(" ", "")].append(key)
    merged = {main: min(keys, key=lambda k: (-len(key_releases[k]), k))
              for keys in by_letters.values() if len(keys) > 1 for main in keys}
    for key, main in same_as.items():
        same_as[key] = merged.get(main, main)
    for surname in list(full):
        for key in [k for k in full[surname] if same_as[k] != k]:
            main = same_as[key]
            full[_surname_key(main, full)][main].update(full[surname].pop(key))
            key_releases[main] |= key_releases[key]
            key_states[main].update(key_states[key])
            key_kinds[main] |= key_kinds[key]
            also_filed[main].add(surname)
        if not full[surname]:
            del full[surname]
    cluster_of: dict[str, str] = {}  # full-name key → cluster id (its first key)
    clusters: dict[str, list[str]] = {}
    for surname in sorted(full):
        keys = sorted(full[surname], key=lambda k: (-len(key_releases[k]), k))
        for key in keys:
            given = given_of(key, surname)
            state = _top(key_states[key])
            home = next((c for c in clusters if _surname_of_cluster(c, full, surname)
                         and (given_compatible(given, given_of(c, surname)) or given_within(key, c, surname))
                         and (state is None or _top(sum((key_states[k] for k in clusters[c]), Counter())) in (None, state))),
                        None)
            if home is None:
                clusters[key] = [key]
                cluster_of[key] = key
            else:
                clusters[home].append(key)
                cluster_of[key] = home
    by_surname: dict[str, list[str]] = defaultdict(list)
    for cid in clusters:
        for surname in {_surname_key(cid, full), *also_filed.get(cid, ())}:
            by_surname[surname].append(cid)
            article, _, bare = surname.partition(" ")
            if article in ("al", "el") and bare and cid not in by_surname[bare]:
                by_surname[bare].append(cid)  # "Al-Kadhimi", "Al Sisi": also "Kadhimi", "Sisi"
    cluster_releases = {c: set().union(*(key_releases[k] for k in ks)) for c, ks in clusters.items()}
    cluster_states = {c: sum((key_states[k] for k in ks), Counter()) for c, ks in clusters.items()}
    cluster_kinds = {c: set().union(*(key_kinds[k] for k in ks)) for c, ks in clusters.items()}
    by_first: dict[str, list[str]] = defaultdict(list)  # a full name's first word → its clusters
    for cid in clusters:
        by_first[cid.split()[0]].append(cid)

    # Each mention → a cluster, a person of its own, or no person.
    chosen: dict[tuple[str, str], str | None] = {}
    reported: set[tuple[str, tuple[str, ...]]] = set()
    # Surnames with a head's title first ("President Biden"), weighed by the full names' releases;
    # then bare surnames, weighed by those and the titled ones joined ("Biden" is Joe Biden, whom
    # 300 releases call President Biden, not his wife or son, each named in full as often).
    titled = [m for m in items if {fold(t) for t in m.offices} & HEAD_OFFICES]
    bare = [m for m in items if not {fold(t) for t in m.offices} & HEAD_OFFICES]
    weight: Mapping[str, set[str]] = cluster_releases
    for n, m in enumerate(titled + bare):
        if n == len(titled):
            weight = _with_joined(cluster_releases, chosen)
        core = cores[(m.graph, m.node)]
        if not core:
            chosen[(m.graph, m.node)] = None
            continue
        key = name_key(core)
        if is_full(core) and same_as.get(key, key) in cluster_of:
            chosen[(m.graph, m.node)] = cluster_of[same_as.get(key, key)]
            continue
        cands = by_surname.get("" if is_full(core) else key, [])
        firsts = [c for c in by_first.get(key, ()) if c not in cands] if not is_full(core) and m.offices else []
        if not cands and len(firsts) == 1:
            # "President Xi", "Foreign Minister Wang": a title goes with the family name, which
            # comes first in "Xi Jinping" and "Wang Yi" (the only full name that begins so).
            cands = firsts
        elif cands and firsts:
            # "President Yoon" is Yoon Suk Yeol, his family name written first and as the text
            # spells it, not Joseph Yun, whose surname is only another spelling of the word.
            word = fold(core)
            spelled = [c for c in firsts if word in _written_words(c, full, 0)]
            if spelled and not any(word in _written_words(c, full, -1) for c in cands):
                cands = spelled
        # "Prime Minister Trudeau" is not Elizabeth Kennedy Trudeau, an assistant secretary: a head
        # of state's or government's title never held by the full name's holder keeps them apart.
        heads = {fold(t) for t in m.offices} & HEAD_OFFICES
        if heads:
            cands = [c for c in cands if not cluster_kinds[c] or heads & cluster_kinds[c]]
        # The state the text gives picks among namesakes; it cannot outvote the corpus alone.
        exact = [c for c in cands if _top(cluster_states[c]) in m.states]
        if exact:
            cands = exact
        elif len(cands) == 1 and len(cluster_releases[cands[0]]) < DOMINANCE:
            # One namesake seen once or twice, of another state: perhaps another person.
            cands = [c for c in cands if not m.states or _top(cluster_states[c]) is None]
        pick = _dominant(cands, weight)
        if len(cands) > 1 and (core, tuple(cands)) not in reported:
            reported.add((core, tuple(cands)))
            plan.ambiguities.append((core, " / ".join(sorted(_label_of(c, full) for c in cands)),
                                     f"joined {_label_of(pick, full)}: named in most releases" if pick
                                     else "surname shared by several persons; kept apart"))
        chosen[(m.graph, m.node)] = pick if pick else f"solo:{key}"

    # Labels, IRIs, names and states of the persons.
    form_in: dict[str, set[tuple[str, str]]] = defaultdict(set)
    stated_in: dict[str, set[tuple[str, str]]] = defaultdict(set)
    presumed_in: dict[str, set[tuple[str, str]]] = defaultdict(set)
    names: dict[str, set[str]] = defaultdict(set)
    releases: dict[str, set[str]] = defaultdict(set)
    for m in items:
        cid = chosen[(m.graph, m.node)]
        if cid is None:
            continue
        form_in[cid] |= {(m.graph, c) for c in every[(m.graph, m.node)]}
        names[cid].update(m.names)
        stated_in[cid] |= {(m.graph, s) for s in m.states}
        presumed_in[cid] |= {(m.graph, s) for s in m.presumed}
        releases[cid].add(m.graph)
    forms = {cid: Counter(c for _, c in pairs) for cid, pairs in form_in.items()}
    states = {cid: Counter(s for _, s in pairs) for cid, pairs in stated_in.items()}
    presumed = {cid: Counter(s for _, s in pairs) for cid, pairs in presumed_in.items()}
    iri_of: dict[str, str] = {}
    for cid in sorted(forms):
        pool = forms[cid]
        multi = {f: n for f, n in pool.items() if is_full(f)} or pool
        label = min(multi, key=lambda f: (-multi[f], -len(f), f))
        iri = str(person_iri(label))
        iri_of[cid] = iri
        person = plan.persons.setdefault(iri, Person(iri, label))
        # (a name as written only where its words are the person's name and forms of address:
        # not "Antony J. Blinken Keynote" or "Presidents Macron", read off a headline)
        words = {w for f in pool for w in f.split()} | FORMS_OF_ADDRESS
        person.names |= {n for n in names[cid] if set(n.split()) <= words or fold(n) in aliases} | set(pool)
        person.releases |= releases[cid]
        person.state = settled_state(states.get(cid, Counter()), presumed.get(cid, Counter()))
    for m in items:
        cid = chosen[(m.graph, m.node)]
        plan.target[(m.graph, m.node)] = iri_of[cid] if cid is not None else None
    return plan


def _surname_of_cluster(cid: str, full: dict[str, dict[str, Counter[str]]], surname: str) -> bool:
    return cid in full[surname]


def _surname_key(cid: str, full: dict[str, dict[str, Counter[str]]]) -> str:
    return next(s for s in full if cid in full[s])


def _written_words(cid: str, full: dict[str, dict[str, Counter[str]]], at: int) -> set[str]:
    """The word at ``at`` (0: the first, -1: the last) of each form a cluster's name is written in, folded."""
    return {fold(form.split()[at]) for form in full[_surname_key(cid, full)][cid]}


def _label_of(cid: str | None, full: dict[str, dict[str, Counter[str]]]) -> str:
    if cid is None:
        return ""
    forms = full[_surname_key(cid, full)][cid]
    return min(forms, key=lambda f: (-forms[f], f))


def _with_joined(releases: Mapping[str, set[str]], chosen: Mapping[tuple[str, str], str | None]) -> dict[str, set[str]]:
    """Each cluster's releases, and those of the mentions ``chosen`` has joined to it so far."""
    joined: dict[str, set[str]] = defaultdict(set)
    for (graph, _), pick in chosen.items():
        if pick:
            joined[pick].add(graph)
    return {c: releases[c] | joined.get(c, set()) for c in releases}


def _dominant(cands: list[str], releases: Mapping[str, set[str]]) -> str | None:
    if not cands:
        return None
    ranked = sorted(cands, key=lambda c: (-len(releases[c]), c))
    rest = sum(len(releases[c]) for c in ranked[1:])
    return ranked[0] if len(releases[ranked[0]]) >= DOMINANCE * rest else None


__all__ = ["DOMINANCE", "PRESUMED_WEIGHT", "Mention", "Person", "PersonPlan", "common_words", "core_name", "given_compatible", "name_words", "plan_persons", "settled_state"]
