"""The order of a release's days: the day after or before the one told so far ("The following
day", "On the eve of the opening"), the nth day of a visit, the next event of the day told in
its turn ("X then addressed ..."), the event "on that occasion" points back to, and the
weekday a plan names."""
from __future__ import annotations

import re

from datetime import date, timedelta

from kg.extract.clause_dates import RELATIVE_ASIDE
from kg.extract.context import Context
from kg.extract.text import Sentence
from kg.records import Interaction
from kg.sources.dates import DAY_RANGE, WEEKDAY_NAMES, find_dates, resolve_relative

# A readout is short enough to be read whole: its sentences tell one day in order.
READOUT_SENTENCES = 30

DAY_AFTER = re.compile(r"^\s*(?:(?:On )?[Tt]he (?:following|next) day|[Tt]he day after|A day later"
                       r"|(?P<back>(?:On )?[Tt]he previous day|[Tt]he day before|A day earlier|On the eve))\b")
NTH_DAY = re.compile(r"^\s*(?:On|During) the (?P<n>first|second|third|fourth) day of (?:the|his|her|their) "
                     r"(?:\w+ )?(?:(?P<trip>visit|trip|stay)|forum|conference|summit|session|meeting|congress|assembly)\b")
ORDINAL_DAYS = {"first": 0, "second": 1, "third": 2, "fourth": 3}
_THAT_OCCASION = re.compile(r"^\s*(?:On|At|During) (?:that|the same) (?:occasion|visit|meeting|summit|time)\b")


_IN_TURN = re.compile(r"\b(?:then|later that day|afterwards|subsequently)\b|^\s*(?:On the same day|Later|Afterwards)\b")


def in_turn(ctx: Context, sentence: str) -> bool:
    """Whether a readout's sentence tells its event as the next of the day ("X then addressed
    the opening of ..."), in the third person and with no date of its own."""
    return len(ctx.sentences) <= READOUT_SENTENCES and _IN_TURN.search(sentence) is not None and \
        not re.search(r"\b(?:I|we|We|my|our)\b", sentence) and not find_dates(sentence, ctx.release.date)


def first_day(interactions: list[Interaction], nth: re.Match[str]) -> str | None:
    """The first day of the visit (or else the gathering) that an "On the second day of ..."
    sentence (``nth``) counts from: the first such event the release dates to the day."""
    kind = "visit" if nth["trip"] else "multilateral"
    return next((i.date for i in interactions if i.type == kind and i.date and len(i.date) == 10), None)


def day_turned(ctx: Context, day: str | None, place: str | None, since: int, until: int,
               told: set[int]) -> tuple[str | None, str | None]:
    """``day`` (and ``place``) moved on by the sentences between ``since`` and ``until`` that turn
    the day and report no interaction (their starts are not in ``told``): "On his arrival on Monday,
    X was received by A. The next day, X was accorded a ceremonial welcome. B called on X": Tuesday;
    "The programme began on Monday in Praia. In the morning, X met Y": Monday, in Praia."""
    for sentence in ctx.sentences:
        if since <= sentence.start < until and sentence.start not in told:
            shift = DAY_AFTER.match(sentence.text)
            nth = NTH_DAY.match(sentence.text)
            if nth and (start := first_day(ctx.record.interactions, nth)):
                # ("The Conference opened on Friday. On the second day of the forum, X held several
                # meetings. In the morning, X met Y": Saturday)
                day = (date.fromisoformat(start) + timedelta(days=ORDINAL_DAYS[nth["n"].lower()])).isoformat()
            elif shift and day:
                day = (date.fromisoformat(day) + timedelta(days=-1 if shift["back"] else 1)).isoformat()
            elif (named := _opening_day(ctx, sentence.text)) is not None:
                # ("Thursday was marked by the statement ... The same day, X met Y": Thursday)
                day, place = named, _opening_place(ctx, sentence) or place
            elif ctx.release.date and _TODAYS_EVENTS.search(sentence.text):
                # ("The Summit opened on Monday. The Minister joined the Prime Minister for each of
                # today's meetings. In his meeting with X, ...": the release's day again)
                day = ctx.release.date
    return day, place


def _opening_place(ctx: Context, sentence: Sentence) -> str | None:
    """The city a day's opening sentence names right after its weekday ("began on Monday in Praia")."""
    m = _WEEKDAY_SUBJECT.match(sentence.text)
    at = sentence.start + m.end() if m else -1
    near = re.match(r",?\s+in\s+(?:the\s+)?", ctx.release.text[at: at + 12]) if m else None
    place = next((x for x in ctx.mentions_between(at + near.end(), at + near.end() + 1) if x.kind == "place"), None) \
        if near else None
    return ctx.release.text[place.start: place.end] if place is not None else None


_DAYS_AFTER = re.compile(r",\s+(?P<n>a|one|two|the)\s+days?\s+after\s+$")


def a_day_before(ctx: Context, sentence: Sentence, m: re.Match[str], when: str | None,
                 place: str | None) -> tuple[str | None, str | None]:
    """The day and place of talks told as "a day after" the main clause's ("held talks with A in
    Moscow on Thursday, a day after meeting B in Kyiv": Wednesday, in Kyiv), else ``when`` and
    ``place`` as they were read."""
    shift = _DAYS_AFTER.search(sentence.text, max(0, m.start() - 24), m.start())
    if shift is None:
        return when, place
    days = 2 if shift["n"] == "two" else 1
    before = (date.fromisoformat(when) - timedelta(days=days)).isoformat() if when and len(when) == 10 else None
    stop = re.compile(r"[,;.]").search(sentence.text, m.end())  # (the clause's end)
    end = sentence.start + stop.start() if stop else sentence.end
    there = next((x.text for x in ctx.mentions_between(sentence.start + m.end(), end) if x.kind == "place"), None)
    return before, there


# A weekday as a sentence's subject ("Thursday was marked by ...", "Friday saw ..."): the day the
# sentence turns to, though it tells no interaction. (Not "On Friday, ..." nor "Yesterday, ...",
# which may tell an aside: the events after it may be the occasion's.)
# ("The programme began on Monday in Praia", "The visit continued on Tuesday": the same, told by the
# programme's noun)
_TODAYS_EVENTS = re.compile(r"\b[Tt]oday(?:'|’)s (?:[\w\-]+ ){0,2}(?:meetings?|talks|discussions|programme|program|"
                            r"schedule|engagements|events)\b")
# ("On Monday, the first day of the Summit, the President took part in the opening session. That
# same afternoon, ..."; not what is still to come: "On Friday, he will travel to ...")
_OPENS_ON_WEEKDAY = re.compile(rf"^\s*On (?P<named>{WEEKDAY_NAMES}),(?![^.;]*\b(?:will|shall|is to|are to|is due|are due|"
                               r"is expected|are expected|plans?)\b)")
_WEEKDAY_SUBJECT = re.compile(rf"^\s*(?:(?P<day>{WEEKDAY_NAMES})\s+(?:was|saw|began|opened|started|brought|ended|closed|"
                              r"continued)\b|(?:The|His|Her|Their)\s+(?:[\w\-]+\s+){0,2}?(?:programme|program|visit|trip|"
                              rf"tour|agenda|stay)\s+(?:began|opened|started|kicked off|continued)\s+on\s+(?P<named>{WEEKDAY_NAMES})\b)")


def _opening_day(ctx: Context, text: str) -> str | None:
    """The day near the release of the weekday a sentence opens with as its subject (or with "On
    Monday," telling what was done that day), if any."""
    released = ctx.release.date
    opening = (_WEEKDAY_SUBJECT.match(text) or _OPENS_ON_WEEKDAY.match(text)) if released else None
    day = resolve_relative(f"on {opening.groupdict().get('day') or opening['named']}", released) \
        if opening and released else None
    return day if day and released and near_release(day, released) else None


# How far before the release an occasion the lead dates may lie and still be the release's
# own ("on 3 April" in a release of 7 April); older dates are background.
LEAD_WINDOW = timedelta(days=14)


def near_release(found: str, released: str, ahead: timedelta = timedelta(0)) -> bool:
    """Whether the day ``found`` lies within LEAD_WINDOW before the release (or ``ahead`` after it)."""
    if len(found) != 10:
        return False
    day, release_day = date.fromisoformat(found), date.fromisoformat(released)
    return release_day - LEAD_WINDOW <= day <= release_day + ahead


def lead_days(text: str, released: str, *, ahead: timedelta = timedelta(0)) -> list[str]:
    """The days ``text`` names, in order, that may be the occasion's: from two weeks before the
    release (``released``) to ``ahead`` after it."""
    asides = [a.span() for a in RELATIVE_ASIDE.finditer(text)]  # (not "X, whose country took over ... on 1 January")
    return [found for at, end, found in find_dates(text, released) if near_release(found, released, ahead)
            and not any(a <= at and end <= b for a, b in asides)]


def day_before_told(ctx: Context, event: Interaction) -> str | None:
    """The one full day the sentence before ``event``'s names, where that sentence tells no
    interaction of its own ("The monarch arrived late Thursday ... The next day, the two leaders
    held talks": Thursday is the day the next one follows)."""
    at = event.evidence.start if event.evidence else -1
    before = [s for s in ctx.sentences if s.end <= at][-1:]
    if not before or any(i.evidence and i.evidence.start == before[0].start for i in ctx.record.interactions):
        return None
    days = {d for _, _, d in find_dates(before[0].text, ctx.release.date) if len(d) == 10}
    return days.pop() if len(days) == 1 else None


def went_back(sentence: str) -> bool:
    """Whether the sentence tells the day before the one told so far ("On the eve of the
    opening, ..."): what follows it returns to that day, not to the eve."""
    shift = DAY_AFTER.match(sentence)
    return shift is not None and shift["back"] is not None


def that_occasion(interaction: Interaction, ordered: list[Interaction], anchor: str | None) -> Interaction | None:
    """The event "on that occasion" points back to: of the sentence before, the one dated apart
    from the narrative's day (a past visit told in passing), else the last."""
    ev = interaction.evidence
    if ev is None or not _THAT_OCCASION.match(ev.sentence):
        return None
    earlier = [i for i in ordered if i.evidence is not None and i.evidence.end <= ev.start]
    last = max((i.evidence.start for i in earlier if i.evidence is not None), default=None)
    before = [i for i in earlier if i.date and i.evidence is not None and i.evidence.start == last]
    apart = [i for i in before if i.date != anchor]
    return (apart or before or [None])[-1]


_ON_WEEKDAY = re.compile(r"\b(?:[Oo]n|[Tt]his) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def weekday_ahead(when: str | None, released: str | None, sentence: str) -> str | None:
    """The day a plan names by its weekday ("On Wednesday, President X will meet ..."): the
    coming one, where a report's weekday (read as the last one) would be in the week before."""
    if not when or not released or len(when) != 10 or when >= released[:10] or not _ON_WEEKDAY.search(sentence):
        return when
    day = date.fromisoformat(when)
    return (day + timedelta(days=7)).isoformat() if (date.fromisoformat(released[:10]) - day).days < 7 else when


# "At the close of the session, the two ministers signed ...": the last day of what was told.
_AT_THE_CLOSE = re.compile(r"^\s*(?:At|On) the (?:close|end|conclusion) of the (?:\w+ )?(?P<noun>session|talks|meeting|"
                           r"consultations|commission|visit|summit|conference|forum)s?\b")
_ON_ARRIVAL = re.compile(r"^\s*(?:On|Upon|Soon after|Shortly after) (?:his |her |their )?arrival\b")


def closing_day(ctx: Context, interaction: Interaction) -> str | None:
    """The day an event told "at the close of the session" took place: the last day of the span
    of days the release gave before it ("on Wednesday 19 and Thursday 20 June": the 20th)."""
    ev = interaction.evidence
    close = _AT_THE_CLOSE.match(ev.sentence) if ev is not None else None
    if ev is None or close is None:
        return None
    # (the span of that session, not of "a meeting of experts held on 17 and 18 June" told between)
    for sentence in reversed([s for s in ctx.sentences if s.end <= ev.start and close["noun"] in s.text.lower()]):
        span = DAY_RANGE.search(sentence.text)
        first = find_dates(span.group(0), ctx.release.date) if span else []
        if first and len(first[0][2]) == 10:
            last = max(int(n) for n in re.findall(r"\b[0-3]?\d(?=\D|$)", span.group(0)) if 0 < int(n) <= 31)
            day = first[0][2][:8] + f"{last:02d}"
            return day if day >= first[0][2] and (not ctx.release.date or day <= ctx.release.date) else None
    return None


def arrival_day(ctx: Context, interaction: Interaction) -> str | None:
    """"arrived in Kazan yesterday ... On arrival, he held a meeting": the last visit's first day."""
    if interaction.evidence is None or not _ON_ARRIVAL.match(interaction.evidence.sentence):
        return None
    at = interaction.evidence.start
    arrived = [i for i in ctx.record.interactions if i.type == "visit" and i.date and len(i.date) == 10
               and i.evidence is not None and i.evidence.start < at]
    return max(arrived, key=lambda i: i.evidence.start if i.evidence else 0).date if arrived else None
