"""The lines over (or under) a release's text: stamps ("Created at : 8.04.2019", "Published:
12 March 2021"), labels ("Press Release No. 087/2023"), the publisher's name and bylines, and
the full dates written in them; read by the dateline's reader and by the steps that skip them."""
from __future__ import annotations

import re

from kg.sources.dates import parse_date

# A stamp opens its line, or follows a bar or a comma in a header of several fields
# ("Press release | Date: 26/05/2024 | No: 061/24", "Reference Number: PR220447, Release Date: 10 March 2022").
STAMP = re.compile(
    r"(?im)(?:^|\||,)\s*(?:created(?:\s+at)?|published(?:\s+(?:at|on))?|posted(?:\s+on)?|date(?:\s+of\s+publication)?|updated(?:\s+at)?|release\s+date)\s*:?\s*(?P<value>[^\n|]{4,60}?)\s*(?:\||$)"
)
# ("2. 9. 2024": day and month with spaces; "05 September 2024 | Ministry of ...": the date, then a label)
BARE_DATE_LINE = re.compile(r"(?m)^\s*(?P<value>[0-3]?\d\.\s?[01]?\d\.\s?(?:19|20)\d\d(?:[ ,]+\d\d:\d\d)?|[A-Z][a-z]+\s+[0-3]?\d,\s+(?:19|20)\d\d|[0-3]?\d\s+[A-Z][a-z]+\s+(?:19|20)\d\d|(?:19|20)\d\d(?P<sep>[-./])[01]?\d(?P=sep)[0-3]?\d)\s*(?:\|[^\n|]{1,80})?$")
# "Ulaanbaatar, 23.11.2023", "Paris, 18 October 2023", "Ashgabat, 22 February 2024 (TDH)": a line of its own.
DATE_ONLY = (r"(?:[0-3]?\d[./][01]?\d[./](?:19|20)\d\d|(?:19|20)\d\d-[01]\d-[0-3]\d|[A-Z][a-z]{2,8}\.?\s+[0-3]?\d,?\s+(?:19|20)\d\d"
              r"|[A-Z][a-z]{2,8}\.?\s+[0-3]?\d/(?:19|20)\d\d"  # ("Addis Ababa, March 15/2023 (ENA)")
              r"|[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z][a-z]{2,8},?\s+(?:19|20)\d\d"
              # "20TH OCTOBER, 2023" closing a Ghanaian release
              r"|[0-3]?\d(?:ST|ND|RD|TH|st|nd|rd|th)\s+(?:[A-Z]{3,9}|[A-Z][a-z]{2,8}),?\s+(?:19|20)\d\d|[0-3]?\d\s+[A-Z]{3,9}\s+(?:19|20)\d\d)(?:,?\s+\d\d?:\d\d)?")
WEEKDAY_WORD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"


_HEADER = re.compile(r"^(?:No\.?\s*:?\s*[\w/\-]+|[\w ,.:/\-]{0,15}\d[\w ,.:/\-\[\]]*)$")


# "(Translated from Spanish)", "Secretariat of Foreign Affairs | Press Release 118": a note or the
# publisher's label on a line of its own, before the dateline.
_LABEL_LINE = re.compile(r"^\([^()\n]{3,60}\)$|^[^\n.]{0,60}(?:\s\|\s|\b(?:Press Release|Press Statement|PRESS RELEASE|"
                         r"PRESS STATEMENT|Communiqu[ée]|COMMUNIQU[ÉE]|(?i:news release|press release|media release|media statement|"
                         r"for immediate release))\b)(?:[^\n.]|(?<=No)\.){0,40}$")  # ("Press Release No. 089")


# "Ministry of Foreign Affairs and Human Mobility", "News Release", "Government of Iceland | Ministry
# for Foreign Affairs": the publisher's name or the page's section, every word capitalised but
# the small ones, no sentence in it. ("Republic of Bulgaria · Ministry of Foreign Affairs": a middle dot
# parts the names, as a dash or a bar does.)
_NAME_WORD = r"(?:[A-ZÀ-ÞĀ-Ž][\w'’.\-]*,?|[&|–—·•/-]|of|and|for|the|on|de|del|la|y|et|des|du|\([A-Z]{2,10}\))"
_NAME_LINE = re.compile(rf"^{_NAME_WORD}(?:\s+{_NAME_WORD})*$")  # ("President's Media Division (PMD)", "Office of the President, Republic of Liberia")


def header_line(paragraph: str) -> bool:
    """A short line before the text: a number, a date or time stamp, a note, a label or the
    publisher's name."""
    text = paragraph.strip()
    if "\n" in text:  # ("Oct 3, 2024, 10:15 PM\nNews ID: 85617302": each line one)
        return all(header_line(line) for line in text.split("\n") if line.strip())
    # ("Ministry of Foreign Affairs, International Business and International Cooperation"; "By: IP editorial staff")
    return len(text) <= 45 and bool(_HEADER.match(text) or parse_date(text)) or bool(_LABEL_LINE.match(text)) \
        or len(text) <= 120 and bool(_NAME_LINE.match(text)) or dated_line(text) is not None \
        or bool(re.match(r"By:\s+[^\n.]{1,60}$", text))


# A full date inside a stamp: "For Immediate Release – Friday, October 18, 2024", "Tuesday, 12
# Sha'ban 1446 AH, corresponding to 11 February 2025".
_DATE_IN_LINE = re.compile(rf"(?<![\w-])(?:{DATE_ONLY})(?![\w-])")


def dated_line(line: str) -> str | None:
    """The one full date a short line that is no sentence holds (a stamp), else None."""
    line = line.strip()
    if not 10 <= len(line) <= 100 or line.endswith(".") or "\n" in line:
        return None
    days = {parse_date(m.group(0)) for m in _DATE_IN_LINE.finditer(line)} - {None}
    return days.pop() if len(days) == 1 else None


def read_stamp(text: str) -> str | None:
    """A publication date from a stamp line anywhere in the text ("Created at : 8.04.2019")."""
    for m in STAMP.finditer(text):
        when = parse_date(m["value"])
        if when:
            return when
    head = text[:400]
    m = BARE_DATE_LINE.search(head) or BARE_DATE_LINE.search(text[-200:])
    if m:
        return parse_date(m["value"])
    # A short line that is a date and a time ("Nov 14, 2023 11:02", "19 January 2024, 18:15").
    for line in text[:300].split("\n")[:6] + text[-120:].split("\n")[-3:]:
        line = line.strip()
        # ("14.05.2024 [15:27]", "24 December 2023 13:05 (UTC +04:00)", "News item | 26-09-2024 | 08:45")
        # ("Grand Serail – Wednesday 24 July 2024": a place's name and a dash before the date)
        if 6 <= len(line) <= 40 and re.fullmatch(r"[\w ,.:/\-–—\[\]()+|]+", line):
            when = parse_date(line)
            if when:
                return when
        if (when := dated_line(line)) and not re.search(r"\b(?:[a-z]{4,}ed|will|has|have)\b", line):
            return when  # (a line with a verb in it is a headline's, not a stamp)
        if line.count(" | ") >= 1 and len(line) <= 80:
            # ("By Humas | Monday, 6 June 2022 | 14:30 WIB": a byline's fields, one of them the date)
            when = next((w for field in line.split(" | ") if len(field) <= 30 and (w := parse_date(field.strip()))), None)
            if when:
                return when
    # "02/05/2024 - The OECD Council ...": a paragraph opened by a date, then a dash
    opening = re.search(r"(?m)^\s*(?P<value>\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d)\s+[-–—]\s", text[:600])
    return parse_date(opening["value"]) if opening else None
