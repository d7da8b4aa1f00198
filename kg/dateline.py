"""Datelines and publication stamps: where and when a release says it was issued.

Ministries open the body with a dateline ("NUR-SULTAN, April 8, 2019 –",
"ASTANA, 15 May 2023 -", "NUR-SULTAN. KAZINFORM –", "WASHINGTON, DC –") and sites
close or open it with a stamp ("Created at : 8.04.2019, 17:30", "Published: 12 March
2021", a bare "12.10.2021"). ``read_dateline`` finds both without guessing beyond them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.dates import DATE_PATTERNS, _month_of, _valid, parse_date

_DASH = r"(?:–|—|-{1,2}|―|:|\.(?=\s))"
# An upper-case (or Title-case) place, up to four words, then the date or an agency tag,
# then a dash. The place must start the body.
DATELINE = re.compile(
    rf"""^\s*(?P<place>[A-ZÀ-ÞĀ-Ž][A-ZÀ-ÞĀ-Ža-zà-ÿā-ž'’\-]+(?:[ \-][A-ZÀ-ÞĀ-Ž][A-ZÀ-ÞĀ-Ža-zà-ÿā-ž'’\-]*){{0,3}})
        (?:,\s*(?:D\.?\s?C\.?|[A-Z][a-z]+(?=,)))?      # ", DC" or ", Uzbekistan,"
        \s*[,.]?\s*
        (?P<rest>[^\n–—]{{0,60}}?)
        \s*{_DASH}\s""",
    re.X,
)
STAMP = re.compile(
    r"(?im)^\s*(?:created(?:\s+at)?|published(?:\s+(?:at|on))?|posted(?:\s+on)?|date(?:\s+of\s+publication)?|updated(?:\s+at)?|release\s+date)\s*:?\s*(?P<value>[^\n]{4,60})$"
)
BARE_DATE_LINE = re.compile(r"(?m)^\s*(?P<value>[0-3]?\d\.[01]?\d\.(?:19|20)\d\d(?:[ ,]+\d\d:\d\d)?|[A-Z][a-z]+\s+[0-3]?\d,\s+(?:19|20)\d\d|[0-3]?\d\s+[A-Z][a-z]+\s+(?:19|20)\d\d|(?:19|20)\d\d-[01]\d-[0-3]\d)\s*$")
YEARLESS = re.compile(r"^(?P<month>[A-Z][a-z]+)\.?\s+(?P<day>[0-3]?\d)\b|^(?P<day2>[0-3]?\d)\s+(?P<month2>[A-Z][a-z]+)\b")


@dataclass(frozen=True, slots=True)
class Dateline:
    place: str | None
    date: str | None
    end: int  # offset in the body where the dateline ends (0 when there is none)


def _place_name(raw: str) -> str:
    """'NUR-SULTAN' → 'Nur-Sultan'; 'Washington' stays."""
    raw = raw.strip(" ,.")
    if raw.isupper():
        return re.sub(r"[A-ZÀ-ÞĀ-Ž][A-ZÀ-ÞĀ-Ž'’]*", lambda m: m.group(0).capitalize(), raw)
    return raw


def _looks_like_place(raw: str, rest: str) -> bool:
    words = raw.split()
    if not words or len(raw) < 3:
        return False
    # Upper-case datelines are safe; a Title-case one needs a date after it.
    return raw.isupper() or bool(parse_date(rest) or YEARLESS.match(rest.strip()))


def read_dateline(body: str, *, year_hint: int | None = None) -> Dateline:
    """The dateline at the start of ``body``, if any.

    >>> read_dateline("NUR-SULTAN, April 8, 2019 – The minister met ...")
    Dateline(place='Nur-Sultan', date='2019-04-08', end=28)
    >>> read_dateline("WASHINGTON, DC – Today ...").place
    'Washington'
    """
    head = body[:160]
    m = DATELINE.match(head)
    if not m or not _looks_like_place(m["place"], m["rest"]):
        return Dateline(None, None, 0)
    rest = m["rest"]
    when = parse_date(rest)
    if when is None and year_hint:
        y = YEARLESS.match(rest.strip())
        if y:
            month_word = (y["month"] or y["month2"]).lower()
            from kg.dates import MONTHS

            month = MONTHS.get(month_word) or MONTHS.get(month_word[:3])
            if month:
                when = _valid(year_hint, month, int(y["day"] or y["day2"]))
    return Dateline(_place_name(m["place"]), when, m.end())


def read_stamp(text: str) -> str | None:
    """A publication date from a stamp line anywhere in the text ("Created at : 8.04.2019")."""
    for m in STAMP.finditer(text):
        when = parse_date(m["value"])
        if when:
            return when
    head = text[:400]
    m = BARE_DATE_LINE.search(head) or BARE_DATE_LINE.search(text[-200:])
    return parse_date(m["value"]) if m else None


__all__ = ["Dateline", "read_dateline", "read_stamp", "DATE_PATTERNS", "_month_of"]
