"""Dates as press releases write them, parsed without guessing beyond the text.

``parse_date`` reads one absolute date expression; ``resolve_relative`` turns
"yesterday", "last year", "on 12 April" into a date given the release date. Partial
dates stay partial: "in May 2023" is ``2023-05``, "in 2018" is ``2018``.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from kg.lexicon import may_match, stem_text

MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
            ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
            ("october", "oct"), ("november", "nov"), ("december", "dec"),
        ],
        start=1,
    )
    for m in names
}
# (The lookahead is what a month's name opens with, case aside: a word that does not is
# passed over with one test instead of a try of each name.)
_MONTH = r"(?=[JFMASONDjfmasond][AEPUCOaepuco])(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?![a-z])\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# The rest of a range of days: "12-13 October", "1 and 2 January", "July 20-21"; a range
# is dated by its first day.
# ("on Wednesday 19 and Thursday 20 June": each day with its weekday; the patterns read it with re.I)
_UPTO = rf"\s*(?:-|–|—|and|to|&)\s*(?:(?:{'|'.join(WEEKDAYS)}),?\s+)?[0-3]?\d(?:st|nd|rd|th)?"
# A range of days with its month, either way round ("from 2 to 5 May", "July 20-21"): several days.
DAY_RANGE = re.compile(rf"\b[0-3]?\d(?:st|nd|rd|th)?{_UPTO}\s+(?:of\s+)?{_MONTH}"
                       rf"|\b{_MONTH.replace('(?P<month>', '(?:')}\s+[0-3]?\d(?:st|nd|rd|th)?{_UPTO}\b", re.I)

# Absolute forms, most specific first. Each names its groups day/month/year.
DATE_PATTERNS = [
    re.compile(rf"\b{_YEAR}-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b"),
    re.compile(rf"\b{_MONTH}\s+{_DAY}(?:{_UPTO})?,?\s+{_YEAR}\b", re.I),
    re.compile(rf"\b{_MONTH}\s+{_DAY}/{_YEAR}\b", re.I),  # "June 12/2024" (Ethiopian MoFA datelines)
    re.compile(rf"\b{_DAY}/{_MONTH}/{_YEAR}\b", re.I),  # "[15/October/2024]" (Yemeni agency stamps)
    re.compile(rf"\b{_DAY}(?:{_UPTO})?\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.I),
    re.compile(rf"\b(?P<day>[0-3]?\d)\.\s?(?P<mnum>[01]?\d)\.\s?{_YEAR}\b"),  # ("2. 9. 2024": Slovenian spacing)
    # "19/06/2021": European ministries write the day first; an impossible month rejects
    # the American order rather than misreading it.
    re.compile(rf"\b(?P<day>[0-3]?\d)/(?P<mnum>[01]?\d)/{_YEAR}\b"),
    # "2024/02/20", "2024.05.16": the year first (Gulf and Mongolian agencies), as in ISO.
    re.compile(rf"\b{_YEAR}(?P<sep>[./])(?P<mnum>[01]?\d)(?P=sep)(?P<day>[0-3]?\d)\b(?![./]\d)"),
    # "26-09-2024" (Dutch and other European sites): the day first, with dashes
    re.compile(rf"(?<![\d\-])(?P<day>[0-3]?\d)-(?P<mnum>[01]?\d)-{_YEAR}\b"),
]
MONTH_YEAR = re.compile(rf"\b{_MONTH}\s+(?:of\s+)?{_YEAR}\b", re.I)
DAY_MONTH = [
    re.compile(rf"\b{_MONTH}\s+{_DAY}(?:{_UPTO})?\b(?!\s*,?\s*(?:19|20)\d\d)", re.I),
    re.compile(rf"\b{_DAY}(?:{_UPTO})?\s+(?:of\s+)?{_MONTH}(?![\w.])(?!\s*,?\s*(?:19|20)\d\d)", re.I),
]


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _month_of(match: re.Match[str]) -> int:
    groups = match.groupdict()
    if groups.get("mnum"):
        return int(groups["mnum"])
    name = groups["month"].lower().rstrip(".")
    return MONTHS[name] if name in MONTHS else MONTHS[name[:3]]


def long_before(when: str | None, released: str) -> bool:
    """Whether ``when`` is a past month or year, or a day more than two days before the release:
    not the release's own event told the day after ("was held in Beijing yesterday")."""
    if not when or not released or when >= released[:len(when)]:
        return False
    return len(when) < 10 or len(released) < 10 or (date.fromisoformat(released) - date.fromisoformat(when)).days > 2


def past_month(text: str, released: str | None) -> str | None:
    """"... in April" opening ``text``: that April, the last before the release date (for events
    the text tells as past: "was held in Dublin in April", "recalled his visit ... in June").

    >>> past_month(" in June, his first in 25 years", "2023-12-15")
    '2023-06'
    >>> past_month(" in December", "2023-12-15")
    '2022-12'
    """
    m = re.match(r"\s+in\s+(?:(?:early|mid|late)[\s\-]+)?(?P<month>[A-Z][a-z]+)\b(?!\s+\d)", text)  # ("in late April")
    month = MONTHS.get(m["month"].lower()) if m and released else None
    if month is None or released is None:
        return None
    year = int(released[:4]) - (1 if month >= int(released[5:7]) else 0)
    return f"{year:04d}-{month:02d}"


def parse_date(text: str) -> str | None:
    """The first full date written in ``text``, as ISO ``YYYY-MM-DD``.

    >>> parse_date("NUR-SULTAN, April 8, 2019 –")
    '2019-04-08'
    >>> parse_date("Created at : 8.04.2019, 17:30")
    '2019-04-08'
    """
    best: tuple[int, str] | None = None
    for pattern in DATE_PATTERNS:
        m = pattern.search(text)
        if m:
            iso = _valid(int(m["year"]), _month_of(m), int(m["day"]))
            if iso and (best is None or m.start() < best[0]):
                best = (m.start(), iso)
    return best[1] if best else None


def find_dates(text: str, release_date: str | None) -> list[tuple[int, int, str]]:
    """Every date expression in ``text`` as (start, end, ISO or partial ISO), resolved
    against ``release_date`` where the text leaves the year or the day out."""
    return list(_dates_in(text, release_date))


# The steps ask for the dates of one sentence several times (its trigger, its scene, its
# summit): each sentence's are read once. The cache holds the last release's sentences only
# (it is small), so that runs over the same releases (benchmarks) do not read from it.
@lru_cache(maxsize=64)
def _dates_in(text: str, release_date: str | None) -> tuple[tuple[int, int, str], ...]:
    ref = date.fromisoformat(release_date) if release_date else None
    found: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, value: str | None) -> None:
        if value and not any(s < end and start < e for s, e in taken):
            found.append((start, end, value))
            taken.append((start, end))

    # Most texts name no date: every pattern but RELATIVE needs a digit, and all but
    # DAY_MONTH and RELATIVE a year "19xx"/"20xx"; each holds a month's name or its
    # separators (_HOLDS). Cheap tests spare the patterns' scans.
    has_digit = _DIGIT.search(text) is not None
    has_year = has_digit and ("19" in text or "20" in text)
    lowered = stem_text(text) if has_digit else None
    has_month = has_digit and may_match(lowered, _MONTH_STEMS)
    for pattern, holds in zip(DATE_PATTERNS, _HOLDS, strict=True) if has_year else ():
        for m in pattern.finditer(text) if may_match(lowered, holds) else ():
            add(m.start(), m.end(), _valid(int(m["year"]), _month_of(m), int(m["day"])))
    for m in MONTH_YEAR.finditer(text) if has_year and has_month else ():
        add(m.start(), m.end(), f"{int(m['year']):04d}-{_month_of(m):02d}")
    for m in (m for pattern in DAY_MONTH if has_month for m in pattern.finditer(text)):
        month = _month_of(m)
        if ref:
            year, end = ref.year, m.end()
            # A day-month after the release date usually belongs to the year before
            # only when the release looks back ("on 28 December" in a January release).
            if (month - ref.month) > 6:
                year -= 1
            which = _WHICH_YEAR.match(text, m.end())
            if which:  # "on April 5 last year": that year's
                year, end = ref.year + {"last": -1, "this": 0, "next": 1}[which["which"].lower()], which.end()
            add(m.start(), end, _valid(year, month, int(m["day"])))
    for m in _DAY_OF_MONTH.finditer(text) if ref and has_digit else ():
        # "held talks on the afternoon of the 26th": a day of the release's month ("will travel to
        # Busan on the 28th" too, days ahead), else of the month before
        day = int(m["day"])
        month, year = (ref.month, ref.year) if day <= ref.day + 7 else \
            ((ref.month - 1, ref.year) if ref.month > 1 else (12, ref.year - 1))
        add(m.start("day"), m.end(), _valid(year, month, day))
    for m in RELATIVE.finditer(text) if _may_be_relative(text) else ():
        if _SPELLED_OUT.match(text, m.end()):
            continue  # "on Thursday, 12 May": the date that follows says which Thursday
        add(m.start(), m.end(), resolve_relative(m.group(0), release_date))
    for m in BARE_YEAR.finditer(text) if has_year or has_digit and "18" in text else ():
        add(m.start(), m.end(), m["year"])
    found.sort()
    return tuple(found)


# "on the 25th", "on the afternoon of the 26th" (Korean and Japanese releases): a day alone, not
# "the 25th anniversary", "the 26th of May" (read with its month) nor "the 26th session".
_DAY_OF_MONTH = re.compile(r"\b(?:on|of|since|until|from) the (?P<day>[12]?\d|3[01])(?:st|nd|rd|th)\b"
                           r"(?=\s*[.,;)]|\s*$|\s+(?:at|in|with|before|after|and|to|when|for|while|during|by|from|under|"
                           r"on|he|she|they|it|the|a|an)\b)")
_WHICH_YEAR = re.compile(r",?\s+(?:of\s+)?(?P<which>last|this|next)\s+year\b", re.I)
_DIGIT = re.compile(r"\d")  # any decimal digit, as the patterns' \d reads it
# What every match of _MONTH holds, lower-cased (the patterns read it re.I: ``stem_text``
# answers None for a text with the letters that re.I matches otherwise, and it is scanned).
_MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# For each of DATE_PATTERNS, in its order, what every match of it holds: its separator, or a
# month's name (a pattern added there needs its entry here).
_HOLDS = (("-",), _MONTH_STEMS, _MONTH_STEMS, _MONTH_STEMS, _MONTH_STEMS, (".",), ("/",), (".", "/"), ("-19", "-20"))


WEEKDAY_NAMES = "|".join(day.capitalize() for day in WEEKDAYS)
RELATIVE = re.compile(
    r"\b(?:today|yesterday|the day before yesterday|the previous day|tomorrow|last year|this year|later this year|next year"
    r"|last night|last evening"  # ("who arrived in Skopje last night": the day before)
    # ("The day before, Wednesday, X had a telephone conversation": not "the day before the summit")
    r"|the day before(?=\s*[,;.])"
    r"|last month|this month|next month|last week|(?:a|one|two|three) weeks? ago|(?:two|three|four|five|\d) days ago"
    r"|earlier (?:this|in the) week"  # ("Earlier in the week, the Minister sent a letter to ...": this week's month)
    # ("The last session took place in Praia two years ago": the year, counted back from the release's)
    r"|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (?:years?|months?) ago"
    r"|(?:last|this|on|next|late|early|later|earlier)\s+(?:" + WEEKDAY_NAMES + ")"
    # ("The leaders agreed Monday", "who arrived Sunday", "met Friday in Abuja": an agency's weekday
    # right after its verb, without "on")
    r"|(?:[a-z]+ed|met|held|spoke|said|told|left|paid|made|began|took|flew in)\s+(?-i:" + WEEKDAY_NAMES + ")"
    r"|last (?:January|February|March|April|May|June|July|August|September|October|November|December)"
    # ("in October last year", "in May of this year")
    r"|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:of\s+)?"
    r"(?:last|this|next)\s+year)\b",
    re.I,
)
_SPELLED_OUT = re.compile(rf",?\s+(?:the\s+)?(?:[0-3]?\d\b|{_MONTH})", re.I)
# What every match of RELATIVE holds, lower-cased: "day" (today, yesterday, the weekdays, "days ago"), "year",
# "month", "tomorrow", "week" or "last" ("last January"). The pattern reads re.I, under which ſ also
# matches "s" (and İ, ı "i"): a text holding one is always scanned.
_RELATIVE_STEMS = ("day", "year", "month", "tomorrow", "last", "ago", "week")


def _may_be_relative(text: str) -> bool:
    return may_match(stem_text(text), _RELATIVE_STEMS)


# ("the Treaty of Friendship ... signed in 1895": a past century's year too)
BARE_YEAR = re.compile(r"\b(?:in|since|of|year|from)\s+(?P<year>(?:18|19|20)\d\d)\b(?!-)")


# Counts written out ("two weeks ago", "three days ago").
_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
           "ten": 10}


def resolve_relative(expression: str, release_date: str | None) -> str | None:
    """A relative expression ("yesterday", "last year", "on Monday") as a date or a
    partial date, given the release date.

    >>> resolve_relative("last year", "2019-04-08")
    '2018'
    >>> resolve_relative("yesterday", "2019-04-08")
    '2019-04-07'
    """
    if not release_date:
        return None
    ref = date.fromisoformat(release_date)
    e = " ".join(expression.lower().split())
    if e == "today":
        return ref.isoformat()
    if e in ("yesterday", "last night", "last evening"):
        return (ref - timedelta(days=1)).isoformat()
    if e in ("the previous day", "the day before"):  # ("who arrived the previous day for a two-day working visit")
        return (ref - timedelta(days=1)).isoformat()
    if e == "the day before yesterday":
        return (ref - timedelta(days=2)).isoformat()
    if e == "tomorrow":
        return (ref + timedelta(days=1)).isoformat()
    if e in ("this year", "later this year"):
        return str(ref.year)
    if e == "last year":
        return str(ref.year - 1)
    if e == "next year":
        return str(ref.year + 1)
    if e == "this month":
        return f"{ref.year:04d}-{ref.month:02d}"
    if e == "last month":
        first = ref.replace(day=1) - timedelta(days=1)
        return f"{first.year:04d}-{first.month:02d}"
    if e == "last week" or e.endswith(("week ago", "weeks ago")):
        # ("recalled their meeting in New York last week"): the month of that week, a day not said
        weeks = 1 if e.startswith("last") else _COUNTS[e.split()[0]]
        then = ref - timedelta(days=7 * weeks)
        return f"{then.year:04d}-{then.month:02d}"
    if e in ("earlier this week", "earlier in the week"):
        monday = ref - timedelta(days=ref.weekday())  # (a month only where the whole week so far lies in one)
        return f"{ref.year:04d}-{ref.month:02d}" if monday.month == ref.month else None
    if e.endswith(("year ago", "years ago", "month ago", "months ago", "days ago")):
        count = _COUNTS.get(e.split()[0]) or int(e.split()[0])
        if e.endswith("days ago"):
            return (ref - timedelta(days=count)).isoformat()
        if e.endswith(("year ago", "years ago")):
            return str(ref.year - count)
        months = ref.year * 12 + ref.month - 1 - count
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    if e == "next month":
        nxt = (ref.replace(day=28) + timedelta(days=4)).replace(day=1)
        return f"{nxt.year:04d}-{nxt.month:02d}"
    words = e.split()
    if len(words) >= 3 and words[0] in MONTHS and words[-1] == "year":
        year = ref.year + {"last": -1, "this": 0, "next": 1}[words[-2]]
        return f"{year:04d}-{MONTHS[words[0]]:02d}"
    if len(words) == 2 and words[0] == "last" and words[1] in MONTHS:
        # "last April": the latest April before the release's month.
        month = MONTHS[words[1]]
        year = ref.year if month < ref.month else ref.year - 1
        return f"{year:04d}-{month:02d}"
    if len(words) == 2 and words[1] in WEEKDAYS:
        target = WEEKDAYS.index(words[1])
        if words[0] == "next":
            delta = (target - ref.weekday()) % 7 or 7
            return (ref + timedelta(days=delta)).isoformat()
        # "on Monday" / "last Monday" / "this Monday" in a release: the most recent one,
        # the release day itself included.
        delta = (ref.weekday() - target) % 7
        if words[0] == "last" and delta == 0:
            delta = 7
        return (ref - timedelta(days=delta)).isoformat()
    return None
