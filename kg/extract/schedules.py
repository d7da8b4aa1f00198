"""A minister's schedule: day headings ("Monday, 18 March"), a city on a line of its own, then
entries without a subject ("14:30 Meeting with the High Representative ..., Josep Borrell.",
"16:00 Video call with ...", "Working visit to Poland."). Each entry is the schedule's
principal's, on its heading's day, in its heading's city; every other event told under a
heading takes that day and city too."""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.cities import city
from kg.extract.context import Context
from kg.records import Interaction
from kg.sources.dates import MONTHS, WEEKDAY_NAMES, find_dates

_MONTH_NAMES = "|".join(m.capitalize() for m in MONTHS)
# "Monday, 18 March", "Tuesday 19 March 2024", "Wednesday, March 20": a line of its own.
_DAY_HEADING = re.compile(rf"^\s*(?:{WEEKDAY_NAMES}),?\s+(?:\d{{1,2}}\s+(?:{_MONTH_NAMES})|(?:{_MONTH_NAMES})\s+\d{{1,2}})"
                          r"(?:,?\s+\d{4})?\s*$")
# An entry: its time, then what the principal does, with whom.
_ENTRY = re.compile(r"^\s*(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\s+)?(?P<what>(?:Bilateral |Official )?[Mm]eeting|Talks|"
                    r"(?P<call>Video call|Videoconference|Phone call|Telephone call|Telephone conversation)|"
                    r"Working (?:lunch|dinner|breakfast)|Courtesy call)\s+(?:with|on)\s+")
_VISIT = re.compile(r"^\s*(?:\d{1,2}[:.]\d{2}\s+)?(?:Official |Working |State )?[Vv]isit to\s+")
_LATER = re.compile(r"^\s*(?:Next week|Upcoming|Forthcoming)\b", re.I)  # (what follows is still to come)


@dataclass(frozen=True, slots=True)
class _Section:
    start: int  # the release offsets the heading's day covers
    end: int
    day: str
    place: str | None
    state: object | None  # the gazetteer entry of the state the place lies in


def schedule_sections(ctx: Context) -> list[_Section]:
    """The day sections of a schedule (two day headings at least), else none."""
    heads = [i for i, s in enumerate(ctx.sentences) if _DAY_HEADING.match(s.text)]
    if len(heads) < 2 or not ctx.release.date:
        return []
    sections = []
    ends = heads[1:] + [len(ctx.sentences)]
    for at, stop in zip(heads, ends):
        later = next((k for k in range(at + 1, stop) if _LATER.match(ctx.sentences[k].text)), stop)
        days = [d for _, _, d in find_dates(ctx.sentences[at].text, ctx.release.date) if len(d) == 10]
        if not days or later == at + 1:
            continue
        nxt = ctx.sentences[at + 1].text.strip() if at + 1 < later else ""
        place = nxt if nxt and (ctx.lexicon.place(nxt) or city(nxt)) else None
        sections.append(_Section(ctx.sentences[at].start, ctx.sentences[later - 1].end, days[0], place,
                                 ctx.lexicon.state_of_place(place) if place else None))
    return sections


def schedule_entries(ctx: Context, interactions: list[Interaction]) -> list[Interaction]:
    """``interactions`` dated and placed by the schedule's sections, with the entries that name no
    subject as the principal's (the person the headline names)."""
    sections = schedule_sections(ctx)
    if not sections:
        return interactions
    principal = next((r.key for r in ctx.refs[0] if r.kind == "person"), None) if ctx.refs else None
    for it in interactions:
        section = _section_of(sections, it.evidence.start if it.evidence else -1)
        if section is None or it.evidence is None or find_dates(it.evidence.sentence, ctx.release.date):
            continue  # (an event the entry dates itself: "recalled their meeting in May")
        it.date = section.day
        if it.type != "visit" or section.state is not None and ctx.lexicon.state(it.participants[-1]) == section.state:
            it.place = it.place or section.place  # (a visit only to the heading city's state)
    if principal is None:
        return interactions
    who = ctx.label(f"person:{principal}") or ""
    told = {(it.evidence.start, it.type) for it in interactions if it.evidence}
    out = list(interactions)
    for idx, sentence in enumerate(ctx.sentences):
        section = _section_of(sections, sentence.start)
        if section is None:
            continue
        entry, visit = _ENTRY.match(sentence.text), _VISIT.match(sentence.text)
        if entry:
            kind = "call" if entry["call"] else "meeting"
            after = sentence.start + entry.end()
            persons = [r.key for r in ctx.refs[idx] if r.kind == "person" and r.start >= after and r.key != principal]
            others = list(dict.fromkeys(persons)) or [r.key for r in ctx.refs[idx] if r.kind == "org" and r.start >= after][:1]
            if others and (sentence.start, kind) not in told:
                names = [who] + [ctx.label(k if ":" in k else f"person:{k}") or "" for k in others]
                out.append(Interaction(kind, names, section.day, None if kind == "call" else section.place, None, [],
                                       ctx.evidence(sentence)))
        elif visit:
            state = next((r for r in ctx.refs[idx] if r.kind == "state" and r.start >= sentence.start + visit.end()), None)
            if state is not None and (sentence.start, "visit") not in told:
                out.append(Interaction("visit", [who, ctx.label(state.key) or ""], section.day, section.place, None, [],
                                       ctx.evidence(sentence)))
    return out


def _section_of(sections: list[_Section], at: int) -> _Section | None:
    return next((s for s in sections if s.start <= at < s.end), None)
