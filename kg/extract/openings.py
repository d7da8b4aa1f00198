"""The day a gathering opened, told after it is named, or met on its margins: "CAF and the EIB today signed ... on the
sidelines of the Fourth International Conference on Financing for Development. ... The
conference, which opened on Monday in Seville, ...": the Conference is Monday's, though what the
release reports on its sidelines is today's."""
from __future__ import annotations

import re

from kg.extract.clause_dates import LAST_MET
from kg.extract.context import Context
from kg.records import Interaction
from kg.sources.dates import find_dates

# "The conference, which opened on Monday", "The Summit opened yesterday": the gathering named
# before, by its kind's noun, and the day it opened.
_OPENED = re.compile(r"^\s*The (?P<noun>conference|summit|forum|session|assembly|congress|meeting)(?:,\s+which)?\s+"
                     r"(?:had\s+)?(?:opened|began|started|kicked off|was opened)\s+(?P<when>(?:on\s+)?[^,.;]{3,30}?)(?=[,.;]|\s+in\b|\s+with\b)",
                     re.IGNORECASE)


def opening_days(ctx: Context, interactions: list[Interaction]) -> None:
    """Date each gathering by the day a later sentence says it opened, when the release names one
    gathering of that kind before it and that day is not after the release's."""
    released = ctx.release.date or ""
    for sentence in ctx.sentences:
        m = _OPENED.match(sentence.text) if "pen" in sentence.text or "began" in sentence.text or \
            "start" in sentence.text else None
        day = next((d for s, _, d in find_dates(sentence.text, released) if m.start("when") <= s < m.end("when")),
                   None) if m else None
        if day is None or len(day) != 10 or day > released:
            continue
        named = [i for i in interactions if i.type == "multilateral" and i.evidence is not None
                 and i.evidence.start < sentence.start and m["noun"].lower() in (i.name or "").lower()]
        if len(named) == 1:
            named[0].date = day


def last_met_at(interactions: list[Interaction], released: str | None) -> None:
    """Date a gathering by the past meeting its sentence tells on its margins ("X and Y last met in
    Berlin in October, on the margins of the Berlin Process Summit": October's Summit)."""
    for event in interactions:
        if event.type != "multilateral" or event.evidence is None or event.date not in (None, released) \
                or not LAST_MET.search(event.evidence.sentence):
            continue
        met = next((i for i in interactions if i.type == "meeting" and i.evidence is not None
                    and i.evidence.start == event.evidence.start and i.date and i.date != released), None)
        if met is not None:
            event.date = met.date
