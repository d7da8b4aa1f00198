"""When and where a named gathering took place, where its own sentence does not say it beside
its name: the days a relative clause gives ("(SIDS4), which Antigua and Barbuda is hosting from
27th to 30th May"), the first day of one told as concluded today ("the two-day Retreat"), the
venue written right after its name, and the place a later sentence gives "the summit"."""
from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date, timedelta

from kg.cities import city
from kg.extract.context import Context
from kg.extract.visits import SPAN_DAYS
from kg.records import Interaction
from kg.sources.dates import find_dates


# A relative clause that gives an event's days ("(SIDS4), which Antigua and Barbuda is hosting from").
RELATIVE_SPAN = re.compile(r"(?:\s*\([^)]{1,20}\))?(?:\s+(?:19|20)\d\d)?,\s*(?:which|that)\s+[^.;,]{0,60}?\b(?:from|on|between)\s+")


# "The Second ... Retreat concluded today in New Delhi. ..., the two-day Retreat brought together":
# it began the day before.
_CONCLUDED = re.compile(r"\s+(?:was\s+)?(?:concluded|closed|ended|came to a close)\s+(?P<day>today|yesterday)\b")


HOSTED_CLAUSE = re.compile(r",?\s+(?:hosted|held|organi[sz]ed|convened|chaired|co-chaired)\s+(?:by|in|at)\b[^.;:]*?(?:\s+on)?\s+")


def first_day(ctx: Context, idx: int, head: str, post: str) -> str | None:
    """The first day of an event told as concluded today (or yesterday) whose length the sentence
    or the next gives ("the two-day Retreat")."""
    ended = _CONCLUDED.match(post)
    released = ctx.release.date or ""
    if ended is None or len(released) < 10:
        return None
    told = " ".join(s.text for s in ctx.sentences[idx: idx + 2])
    span = re.search(rf"\b(two|three|four|2|3|4)-day\s+(?:[\w\-’']+\s+){{0,4}}?{re.escape(head)}", told, re.I)
    if span is None:
        return None
    last = date.fromisoformat(released[:10]) - timedelta(days=1 if ended["day"] == "yesterday" else 0)
    return (last - timedelta(days=SPAN_DAYS[span[1].lower()] - 1)).isoformat()


# "Iceland hosted the summit in Reykjavík on 16-17 May", "The conference was held in Geneva": a
# sentence that places the event one before it named
_THE_EVENT_IN = re.compile(
    r"\b(?:(?P<host>hosted|hosts|is hosting|was hosting)\s+the\s+(?P<noun>summit|conference|meeting|session|forum|ministerial)"
    r"|[Tt]he\s+(?P<noun2>summit|conference|meeting|session|forum|ministerial)\s+(?:was|is being|is)\s+(?:held|hosted)"
    r"|[Tt]he\s+(?P<noun3>summit|conference|meeting|session|forum|ministerial)\s+took place)"
    r"\s+in\s+(?P<place>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?)")


def placed_later(ctx: Context, events: list[Interaction]) -> None:
    """Give an event named without its place the place the next sentences give "the summit",
    and its host state as a participant ("Iceland hosted the summit in Reykjavík")."""
    starts = [s.start for s in ctx.sentences]
    for event in events:
        if event.place or event.evidence is None or not event.name:
            continue
        idx = bisect_right(starts, event.evidence.start) - 1
        for sentence in ctx.sentences[max(idx, 0): idx + 3]:
            m = _THE_EVENT_IN.search(sentence.text)
            noun = m and (m["noun"] or m["noun2"] or m["noun3"])
            if not m or noun not in event.name.lower() or ctx.lexicon.state(m["place"]):
                continue
            place = m["place"] if city(m["place"]) or ctx.lexicon.place(m["place"]) else \
                m["place"].split()[0] if city(m["place"].split()[0]) else None
            if place is None:
                continue
            event.place = place
            when = [d for at, _, d in find_dates(sentence.text, ctx.release.date) if 0 <= at - m.end() <= 4]
            if when:
                event.date = when[0]  # ("in Reykjavík on 16-17 May": its first day)
            if m["host"]:
                host = [x for x in ctx.mentions_between(sentence.start, sentence.start + m.start()) if x.kind == "state"]
                label = ctx.label(f"state:{host[-1].key}") if host else None
                if label and label not in event.participants:
                    event.participants.insert(0, label)
            break


def venue_after(ctx: Context, text: str, end: int) -> str | None:
    """The venue written right after an event's name ("the 14th Islamic Summit in Makkah on 31
    May 2019"), before any other place the sentence names."""
    m = re.match(r",?\s+(?:held\s+)?in\s+(?P<place>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?)", text[end:])
    if m is None:
        return None
    for name in (m["place"], m["place"].split()[0]):
        if ctx.lexicon.place(name) and not ctx.lexicon.state(name):
            return ctx.lexicon.place(name).name
        if city(name) and not ctx.lexicon.state(name) and not ctx.lexicon.organization(name):
            return name
    return None


def post_aside(text: str, end: int) -> str:
    """The acronym aside right after an event's name ("(ACTIF2022)"), which puts its date no farther."""
    m = re.match(r"\s*\([^()]{1,20}\)", text[end:])
    return m.group(0) if m else ""
