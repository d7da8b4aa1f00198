"""Plans: the meetings, visits and events a release reports as still to come.

The interactions and multilateral steps set aside what a trigger in a plan would report
("President Lula will hold a bilateral meeting with President Ramaphosa", "will take part in
the 15th BRICS Summit"), and the scene step what is dated after the release. Each is an
initiative, named the way the record names planned visits and meetings.
"""
from __future__ import annotations

from bisect import bisect_right

from kg.extract.context import Context
from kg.lexicon import fold


def planned_initiatives(ctx: Context) -> list[tuple[str, int]]:
    """(name, sentence index) of each plan: "visit of X to Y", "meeting of X with Y", or the
    event's own name."""
    starts = [s.start for s in ctx.sentences]
    out: list[tuple[str, int]] = []
    persons = {p.name for p in ctx.persons.values()}
    for plan in ctx.planned:
        people = [p for p in plan.participants if p]
        if plan.type == "multilateral" and plan.name:
            name = plan.name
        elif plan.type == "visit" and len(people) == 2:
            name = f"visit of {people[0]} to {people[1]}"
        elif plan.type == "meeting" and len(people) == 2 and all(p in persons for p in people):
            name = f"meeting of {people[0]} with {people[1]}"
        else:
            continue
        idx = max(bisect_right(starts, plan.evidence.start if plan.evidence else 0) - 1, 0)
        out.append((name, idx))
    return out


def covered(name: str, found: list[str]) -> bool:
    """Whether an initiative already found names this planned visit or meeting: "travel of X
    to Johannesburg, South Africa" and "visit of X to South Africa" are one trip."""
    key = fold(name)
    for kind, words in (("visit of ", ("visit", "travel", "trip")), ("meeting of ", ("meeting",))):
        if key.startswith(kind):
            who = key[len(kind):].split(" to ")[0].split(" with ")[0]
            return any(who in k and any(w in k for w in words) for k in found)
    return False
