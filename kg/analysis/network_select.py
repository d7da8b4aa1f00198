"""Choosing what the actor network shows: a date range, interaction kinds, states and a
focus actor (an ego network), as ``kg viz`` and ``build_network`` take them.

Every option that names nothing raises ``KgError`` with what to give instead.
"""
from __future__ import annotations

import datetime as dt
import difflib
import re
from collections import deque
from collections.abc import Iterable

from kg.errors import KgError, UsageError
from kg.graph.ontology import INTERACTION_CLASSES, INTERACTION_KINDS
from kg.lexicon import fold

KINDS: tuple[str, ...] = INTERACTION_KINDS  # meeting, call, visit, signing, ...
_KIND_ALIASES = {
    **{k: k for k in KINDS},
    **{str(cls).rsplit("#", 1)[-1].lower(): k for k, cls in INTERACTION_CLASSES.items()},
    "meetings": "meeting", "calls": "call", "phone": "call", "visits": "visit", "signings": "signing",
    "letter": "correspondence", "multilateral-event": "multilateral",
}
DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def date_bounds(value: str) -> tuple[str, str]:
    """The first and last day a (partial) ISO date names: '2021-07' → ('2021-07-01', '2021-07-31')."""
    m = DATE.match(value.strip())
    if not m:
        raise UsageError(f"date {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD (example: --since 2021-07)")
    year, month, day = m.groups()
    if day:
        return value.strip(), value.strip()
    if month:
        return f"{year}-{month}-01", f"{year}-{month}-31"  # string bound: no real date sorts after -31
    return f"{year}-01-01", f"{year}-12-31"


def user_date(value: str, what: str = "--since") -> tuple[str, str]:
    """``date_bounds`` of a date a user typed, checked against the calendar: a ``UsageError``
    (what to type instead) for 'yesterday', '2022-13-01' or '2022-02-30'."""
    sep = "" if what.endswith("=") else " "
    example = f"(example: {what}{sep}2021-07 or {what}{sep}2021-07-15)"
    m = DATE.match(value.strip())
    said = f"{what}{sep}{value}"
    if not m:
        raise UsageError(f"{said!r} is not a date: write YYYY, YYYY-MM or YYYY-MM-DD {example}")
    year, month, day = m.groups()
    try:
        dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError as exc:
        raise UsageError(f"{said!r} is not in the calendar ({exc}) {example}") from None
    return date_bounds(value)


def date_range(since: str | None, until: str | None) -> tuple[str | None, str | None]:
    """The first day of ``since`` and the last of ``until``; a ``UsageError`` when either is
    malformed or ``since`` comes after ``until``."""
    lo = user_date(since, "--since")[0] if since else None
    hi = user_date(until, "--until")[1] if until else None
    if lo and hi and lo > hi:
        raise UsageError(f"--since {since} comes after --until {until}: swap them")
    return lo, hi


def parse_kinds(kinds: Iterable[str]) -> set[str]:
    """Interaction kind names (meeting, call, visit, signing, correspondence, multilateral)."""
    out: set[str] = set()
    for raw in kinds:
        for part in raw.split(","):
            name = part.strip().lower()
            if not name:
                continue
            if name not in _KIND_ALIASES:
                raise UsageError(f"unknown interaction kind {part.strip()!r}; choose from {', '.join(KINDS)}")
            out.add(_KIND_ALIASES[name])
    return out


def local_name(iri: str) -> str:
    """The last segment of an IRI: a state's ISO code, a name to show when there is no label."""
    return iri.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def resolve_countries(names: Iterable[str], entities: dict[str, str], labels: dict[str, str],
                       alt_labels: dict[str, set[str]]) -> set[str]:
    by_key: dict[str, str] = {}
    shown: dict[str, str] = {}  # folded → as written, for suggestions
    for iri, kind in entities.items():
        if kind != "state":
            continue
        code = local_name(iri)
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


def match_focus(name: str, entities: dict[str, str], labels: dict[str, str],
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


def within(seeds: list[str], adjacency: dict[str, set[str]], depth: int) -> set[str]:
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


__all__ = ["DATE", "KINDS", "date_bounds", "date_range", "local_name", "match_focus", "parse_kinds",
           "resolve_countries", "user_date", "within"]
