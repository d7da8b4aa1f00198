"""Stops of a trip: a visit whose own words give no day ("working visits to Mali, Burkina Faso
and Niger", a headline's "concludes official visit to Cuba") took place when the visitor's
talks in that state did ("began the tour in Bamako on Saturday, where he held talks ..."; "in
the afternoon, the President flew to Niamey for talks")."""
from __future__ import annotations

from collections import Counter
from datetime import date

from kg.extract.clauses import state_of_place
from kg.extract.context import Context
from kg.records import Interaction
from kg.sources.dates import DAY_RANGE, find_dates

_TALKS = ("meeting", "signing", "multilateral")
_TRIP_DAYS = 10


def date_stops(ctx: Context, interactions: list[Interaction]) -> None:
    """Give each visit whose sentence names no day the day and city of the visitor's first
    talks in the visited state, where the release dates them. One visit of several told in one
    sentence (a tour) takes its own stop's day, later or earlier; a lone visit only an earlier
    day (talks after the day it was read against may be a later day of the same visit)."""
    by_sentence = Counter(it.evidence.start for it in interactions if it.type == "visit" and it.evidence is not None)
    for visit in interactions:
        if visit.type != "visit" or visit.evidence is None or len(visit.participants) != 2:
            continue
        visitor, where = visit.participants
        state = ctx.lexicon.state(where)
        tour = by_sentence[visit.evidence.start] > 1
        # (a visit told with its own day keeps it; but a tour "from 10 to 11 June" to two states
        # spans its stops' days)
        if state is None or find_dates(visit.evidence.sentence, ctx.release.date) and not (
                tour and DAY_RANGE.search(visit.evidence.sentence)):
            continue
        # (the talks of this trip: within days of the day it was read against, not a signing there
        # two years before)
        near = visit.date if visit.date and len(visit.date) == 10 else ctx.release.date
        stops = sorted((it.date, it.place) for it in interactions
                       if it.type in _TALKS and visitor in it.participants and it.date and len(it.date) == 10
                       and state_of_place(ctx, it.place) == state.code and _within(it.date, near, _TRIP_DAYS))
        if not stops:
            continue
        day, city = stops[0]
        if visit.date is None or tour or len(visit.date) == 10 and day < visit.date:
            visit.date = day
            if visit.place is None or tour:
                visit.place = city


def _within(day: str, near: str | None, days: int) -> bool:
    if not near or len(near) < 10:
        return False
    return abs((date.fromisoformat(day) - date.fromisoformat(near[:10])).days) <= days
