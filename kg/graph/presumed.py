"""Which presumed states the corpus bears out.

A release presumes the publisher's state for an office it names bare ("Prime Minister Sheikh
Hasina" in a U.S. briefing reads as the U.S. prime minister). Over a corpus, the offices the
texts *state* for a state ("U.S. Secretary of State", "Kazakh Foreign Minister") show which
kinds of office it has: a presumption of a kind the corpus never states for that state (a U.S.
king, prime minister or minister of education) is dropped, so the person's state comes from
the releases that give it, or stays open. Where a state has too few stated offices to judge
(a small store), every presumption stands.

Some offices have one holder at a time ("President", "Prime Minister", "Vice President"). A
bare "President Ortega" in a U.S. statement about Nicaragua is not the U.S. president: where
the corpus names another holder of that office of that state in several times as many
releases of the same period ("President Biden"), the presumption is dropped (``unseated``).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from kg.lexicon import fold

# Kinds of office, longest first: "Deputy Prime Minister" is of the prime minister's kind.
# ("First Lady": a president's spouse, whom "President Biden" never names)
_FAMILIES = ("crown prince", "prime minister", "chancellor", "premier", "king", "queen", "emir", "amir",
             "sultan", "minister", "president", "secretary", "governor", "first lady", "first gentleman")
_FAMILY = re.compile(r"\b(" + "|".join(_FAMILIES) + r")\b")
# A state needs this many stated offices before the kinds they show can overrule a presumption.
MIN_STATED = 20
# ... and a kind of office is borne out when stated this often (one may be a misreading).
MIN_KIND = 2


# Offices of a state that one person holds at a time.
SINGULAR_OFFICES = frozenset({"president", "vice president", "prime minister", "king", "queen", "chancellor",
                              "emir", "amir", "sultan", "crown prince", "premier"})
# Another holder named in this many releases of the period, and this many times as many as
# the presumed one, holds the office then.
MIN_HOLDER_RELEASES = 3
HOLDER_DOMINANCE = 3
PERIOD = timedelta(days=366)


@dataclass(frozen=True, slots=True)
class Holding:
    """A person node of one release holding an office of a state, stated or only presumed."""

    graph: str
    node: str
    state: str
    title: str
    holder: str  # the holder's surname, folded: one key for "Biden", "Joe Biden", "President Biden"
    day: date | None
    presumed: bool


def office_family(title: str) -> str | None:
    """The kind of an office ("Minister of Education" → "minister"), or None if none is known."""
    found = _FAMILY.search(fold(title).replace("-", " "))
    return found.group(1) if found else None


def credible(presumed: Mapping[tuple[str, str], Iterable[tuple[str, str]]],
             stated: Iterable[tuple[str, str]]) -> dict[tuple[str, str], set[str]]:
    """For each person node ``(graph, node)``, the states presumed for it (``(state, title)``
    pairs) that the offices stated over the corpus (``(state, title)`` pairs) bear out."""
    kinds: dict[str, Counter[str | None]] = defaultdict(Counter)
    for state, title in stated:
        kinds[state][office_family(title)] += 1
    totals = {state: sum(counts.values()) for state, counts in kinds.items()}
    return {key: {state for state, title in pairs
                  if totals.get(state, 0) < MIN_STATED
                  or (family := office_family(title)) is None or kinds[state][family] >= MIN_KIND}
            for key, pairs in presumed.items()}


def unseated(holdings: Iterable[Holding]) -> set[tuple[str, str, str]]:
    """The presumptions ``(graph, node, state)`` of an office held by one person at a time
    that the corpus gives another holder over the same period (see the module docstring)."""
    by_office: dict[tuple[str, str], list[Holding]] = defaultdict(list)
    for h in holdings:
        kind = fold(h.title).replace("-", " ").strip()
        if kind in SINGULAR_OFFICES and h.day is not None and h.holder:
            by_office[(h.state, kind)].append(h)
    dropped: set[tuple[str, str, str]] = set()
    for held in by_office.values():
        days: dict[str, list[date]] = defaultdict(list)  # holder → the day of each release naming them, in order
        for holder, day, _graph in sorted({(h.holder, h.day, h.graph) for h in held}):
            days[holder].append(day)  # type: ignore[arg-type]
        for h in held:
            if not h.presumed or h.day is None:
                continue
            own = _named_around(days[h.holder], h.day)
            if any((n := _named_around(series, h.day)) >= MIN_HOLDER_RELEASES and n >= HOLDER_DOMINANCE * own
                   for holder, series in days.items() if holder != h.holder):
                dropped.add((h.graph, h.node, h.state))
    return dropped


def _named_around(days: list[date], day: date) -> int:
    """How many of the sorted ``days`` fall within a ``PERIOD`` of ``day``."""
    return bisect_right(days, day + PERIOD) - bisect_left(days, day - PERIOD)
