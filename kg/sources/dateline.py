"""Datelines and publication stamps: where and when a release says it was issued.

Ministries open the body with a dateline ("NUR-SULTAN, April 8, 2019 –",
"ASTANA, 15 May 2023 -", "NUR-SULTAN. KAZINFORM –", "WASHINGTON, DC –") and sites
close or open it with a stamp ("Created at : 8.04.2019, 17:30", "Published: 12 March
2021", a bare "12.10.2021"). ``read_dateline`` finds both without guessing beyond them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.cities import city
from kg.lexicon import fold as fold_name
from kg.sources.dates import DATE_PATTERNS, _month_of, _valid, parse_date
from kg.sources.stamps import DATE_ONLY, WEEKDAY_WORD, header_line

# (".-": "Quito, May 15, 2024.- The Minister")
# (a month's full stop is neither a dash nor a state's: "Amman, Jan. 10 (Petra) --")
_MONTH_DOT = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\."
_DASH = rf"(?:\.-|–|—|-{{1,2}}|―|:|(?<!\bJan|\bFeb|\bMar|\bApr|\bJun|\bJul|\bAug|\bSep|\bOct|\bNov|\bDec)(?<!\bSept)\.(?=\s))"
# An upper-case (or Title-case) place, up to four words, then the date or an agency tag,
# then a dash. The place must start the body.
DATELINE = re.compile(
    rf"""^\s*(?P<place>(?:(?:St|Ste|Mt|Ft)\.\s?)?[A-ZÀ-ÞĀ-Ž][A-ZÀ-ÞĀ-Ža-zà-ÿā-ž'’\-]+(?:(?:\s(?:es|de|del|da|do|of|OF|de\ la|de\ las|de\ los|al|el|an|ad|as|ash|ar))?[ \-][A-ZÀ-ÞĀ-Ž][A-ZÀ-ÞĀ-Ža-zà-ÿā-ž'’\-]*){{0,3}})
        (?:,\s*(?:D\.?\s?C\.?|(?!{_MONTH_DOT})[A-Z][a-z]+(?=,|\.\s)))?      # ", DC" or ", Uzbekistan," or ", Jamaica." (not ", Jan.")
        \s*[,.]?\s*
        (?P<rest>[^\n–—]{{0,60}}?)
        \s*{_DASH}(?:\s|$|(?<=[–—])(?=[A-ZÀ-Þ]))""",  # ("KIGALI, 28 June 2025 –" alone on its line; "Beijing, May 14th—Liu")
    re.X,
)
# ("ROME, JUN 14 -": an agency writes the month in capitals)
YEARLESS = re.compile(r"^(?P<month>[A-Z][a-z]+|[A-Z]{3,9})\.?\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b"
                      r"|^(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<month2>[A-Z][a-z]+|[A-Z]{3,9})\b")
# "(ANSA) - ROME, JUN 14 - ...": the agency's name before the dateline
_AGENCY_FIRST = re.compile(r"^\([A-Z][A-Za-z\-]{1,15}\)\s*[-–—]\s*(?=[A-Z])")


@dataclass(frozen=True, slots=True)
class Dateline:
    place: str | None
    date: str | None
    end: int  # offset in the body where the dateline ends (0 when there is none)


def _place_name(raw: str) -> str:
    """'NUR-SULTAN' → 'Nur-Sultan'; 'Washington' stays."""
    raw = raw.strip(" ,.")
    if raw.isupper():
        cased = re.sub(r"[A-ZÀ-ÞĀ-Ž][A-ZÀ-ÞĀ-Ž'’]*", lambda m: m.group(0).capitalize(), raw)
        return re.sub(r"(?<= )(?:Of|De|Del|Da|Do|Es|La|Las|Los)(?= )", lambda m: m.group(0).lower(), cased)  # "Port of Spain"
    return raw


def _looks_like_place(raw: str, rest: str) -> bool:
    words = raw.split()
    if not words or len(raw) < 3 or _is_label(raw):
        return False  # "Date: 14/02/2024", "MEDIA RELEASE": a label, not the town of Date
    if any(word.lower().rstrip(".") in _SPEAKERS for word in words):
        # "MODERATOR: The Acting Prime Minister ...", "SECRETARY BLINKEN: Well,", "FOREIGN MINISTER LAPID:
        # Hello": a transcript's speaker
        return False
    # Upper-case datelines are safe; a Title-case one needs a date after it, or a city's name
    # with its country or agency after it ("Tashkent, Uzbekistan (UzDaily.com) --").
    if raw.isupper() and len(raw) <= 4:
        # ("NNA - Minister ...": an agency's acronym, unless a city's own name: "ROME", "DOHA")
        known = city(raw)
        return known is not None and fold_name(known.name) == fold_name(raw)
    if raw.isupper() or parse_date(rest) or YEARLESS.match(rest.strip()):
        return True
    # ("Ulaanbaatar /MONTSAME/.": an agency between slashes)
    return bool(re.fullmatch(r"(?:[A-Z][\w ]{1,40})?\s*(?:\([^)]{1,40}\)|/[^/\s]{1,40}/)?", rest.strip())) \
        and (city(raw) is not None or _ARABIC_ARTICLE.search(raw) is not None or _gazetteer_place(raw))


# ("Ain al-Tineh –", "Sharm el-Sheikh –": a place's name with an Arabic article is no word of prose)
_ARABIC_ARTICLE = re.compile(r"^[A-Z][a-z]+ (?:al|el|an|ad|as|ash|ar)-[A-Z][a-z]+$")


def _gazetteer_place(raw: str) -> bool:
    from kg.lexicon import Lexicon

    return Lexicon.load().place(raw) is not None


_SPEAKERS = {"moderator", "question", "answer", "operator", "interviewer", "participant", "secretary", "minister",
             "president", "ambassador", "spokesperson", "mr", "ms", "mrs", "dr", "senator", "official", "q"}
_LABELS = {"date", "posted", "published", "updated", "created", "source", "time", "tags", "category", "author",
           "location", "place", "news", "release", "statement"}


def _is_label(raw: str) -> bool:
    """Whether a dateline's place is a label ("Date", "MEDIA RELEASE")."""
    return raw.lower() in _LABELS or raw.split()[-1].lower() in _LABELS


def read_dateline(body: str, *, year_hint: int | None = None) -> Dateline:
    """The dateline at the start of ``body``, if any.

    A weekday or a publisher's unit ("Thursday", "SAEIMA PRESS SERVICE", "Press Releases") read
    where a town stands is no place; the date and the end stay.

    >>> read_dateline("NUR-SULTAN, April 8, 2019 – The minister met ...")
    Dateline(place='Nur-Sultan', date='2019-04-08', end=28)
    >>> read_dateline("WASHINGTON, DC – Today ...").place
    'Washington'
    """
    line = _read_dateline(body, year_hint)
    if line.place and (_WEEKDAY.fullmatch(line.place) or line.place.split()[-1].lower() in _UNIT_WORDS):
        return Dateline(None, line.date, line.end)
    return line


# The last words of a publisher's unit or page section, never of a town.
_BULLETS = re.compile(r"(?:[•▪●◦]\s[^\n]*\n?)+")
_UNIT_WORDS = frozenset({"service", "services", "release", "releases", "statement", "statements", "news", "newsroom",
                         "diwan", "office", "bureau", "reporter", "correspondent", "desk", "division", "department", "unit", "secretariat", "chancellery",
                         "presidency", "ministry", "cabinet", "communiqué", "communique", "communiqués"})


def _read_dateline(body: str, year_hint: int | None) -> Dateline:
    offset = 0
    # The dateline opens the first paragraph of prose; stamps, numbers and date lines
    # ("No:031/24", "Nov 14, 2023 11:02") may stand before it.
    dated: Dateline | None = None  # a date line without a place ("Tuesday, 12 March 2024")
    header_place: str | None = None  # "September 18, 2025\nMexico City, Mexico": a place line among the header's
    for paragraph in body.split("\n\n")[:6]:
        if _BULLETS.fullmatch(paragraph.strip()):
            offset += len(paragraph) + 2
            continue  # ("• Representatives of the 43 Member States met ...": the page's summary over the dateline)
        line = _dateline_at(paragraph, year_hint) or _recurring_place(paragraph, body) or _header_row_dateline(paragraph) \
            or _saka_dateline(paragraph)
        if line is not None and line.date is None and line.place and city(line.place) is None and header_line(paragraph):
            line = None  # ("TOGOLESE REPUBLIC\nWork – Liberty – Homeland": a state's name and its motto, no town)
        if line is not None and line.place is None and line.date and dated is None:
            # the city may open the next paragraph ("Jakarta, Kemlu – ..."); else the date line
            # ends where the text begins
            dated = Dateline(None, line.date, offset + line.end)
        elif line is not None:
            return Dateline(line.place, line.date or (dated.date if dated else None), offset + line.end)
        elif (placed := city_country_line(paragraph)) and all(header_line(row) or city_country_line(row)
                                                               for row in paragraph.split("\n") if row.strip()):
            header_place = header_place or placed
        elif not header_line(paragraph):
            break
        offset += len(paragraph) + 2
    if dated is not None and header_place is None:
        header_place = _closing_city(body)
    if dated is not None or header_place is not None:
        return Dateline(header_place, dated.date if dated else None, dated.end if dated else 0)
    # "New Delhi\nFebruary 14, 2023" or "Paris, 18 October 2023" closing the release.
    tail = body.rstrip()[-120:]
    m = CLOSING_PLACE_DATE.search(tail)
    if m and parse_date(m["date"]):
        return Dateline(_place_name(m["place"]), parse_date(m["date"]), 0)
    # "Issued at Castries, Saint Lucia, this 18th day of October, 2024.": a joint text's close.
    m = DONE_AT.search(body.rstrip()[-200:])
    if m and parse_date(re.sub(r"\s+day\s+of\b", " of", m["date"])):
        return Dateline(_place_name(m["place"]), parse_date(re.sub(r"\s+day\s+of\b", " of", m["date"])), 0)
    return Dateline(_closing_city(body), None, 0)


# "New Delhi, Agrahayana 12, 1946 (Saka)": India's national calendar, its Gregorian date on the next line.
_SAKA_LINE = re.compile(r"^(?P<place>[A-ZÀ-Þ][\w'’\-]+(?:[ \-][A-ZÀ-Þ][\w'’\-]+){0,2}),\s+[A-Z][a-z]+\s+\d{1,2},?\s+\d{4}\s*"
                        r"\((?:Saka|SAKA|Shaka)\)\s*$")


def _saka_dateline(paragraph: str) -> Dateline | None:
    """A dateline in India's national calendar, with the Gregorian date on the line under it."""
    first, _, rest = paragraph.partition("\n")
    m = _SAKA_LINE.match(first.strip())
    if m is None or city(m["place"]) is None:
        return None
    second = rest.split("\n", 1)[0].strip()
    day = parse_date(second) if second and len(second) <= 40 else None
    return Dateline(_place_name(m["place"]), day, len(first) + (1 + len(rest.split("\n", 1)[0]) if day else 0))


def _closing_city(body: str) -> str | None:
    """A town alone on the release's last line, where it was issued ("August 04, 2022" over the
    text, "New Delhi" under it)."""
    last = body.rstrip().rsplit("\n", 1)[-1].strip()
    closing = _CITY_LINE.match(last) if len(last) <= 40 and "\n" in body.strip() else None
    return closing["place"] if closing and city(closing["place"]) else None


def _header_row_dateline(paragraph: str) -> Dateline | None:
    """A city's date line among a header's lines ("Press release\nTashkent, 5 April 2025")."""
    if "\n" not in paragraph or not header_line(paragraph):
        return None
    offset = 0
    for row in paragraph.split("\n"):
        m = PLACE_DATE_LINE.match(row.strip())
        if m and city(m["place"]) is not None and parse_date(m["date"]):
            return Dateline(_place_name(m["place"]), parse_date(m["date"]), offset + len(row))
        offset += len(row) + 1
    return None


_CITY_COUNTRY = re.compile(r"^(?P<place>[A-ZÀ-Þ][\w'’\-]+(?:[ \-][A-ZÀ-Þ][\w'’\-]+){0,2}),\s*(?P<state>[A-ZÀ-Þ][\w'’\- ]{2,40})$")


def city_country_line(paragraph: str) -> str | None:
    """A header line that is a known city and its state ("Mexico City, Mexico", "Bishkek,
    Kyrgyz Republic"): where the release was issued."""
    from kg.lexicon import Lexicon

    for line in paragraph.split("\n"):
        m = _CITY_COUNTRY.match(line.strip())
        known = city(m["place"]) if m else None
        state = Lexicon.load().state(m["state"]) if m else None
        if known is not None and state is not None and state.code == known.code:
            return _place_name(m["place"])
    return None


# "Tindouf – The President of the Republic ...": a Title-case word and a dash open the prose.
_WORD_DASH = re.compile(r"^(?P<place>[A-ZÀ-Þ][a-zà-ÿ'’\-]{2,20}(?: [A-ZÀ-Þ][a-zà-ÿ'’\-]{2,20})?)\s+[–—]\s+(?=[A-Z])"
                        # ("Esquipulas, Chiquimula. The President ...": a town and its department, then a full stop)
                        r"|^(?P<town>[A-ZÀ-Þ][a-zà-ÿ'’\-]{2,20}(?: [A-ZÀ-Þ][a-zà-ÿ'’\-]{2,20})?),\s+"
                        r"[A-ZÀ-Þ][a-zà-ÿ'’\-]{2,20}(?: [A-ZÀ-Þ][a-zà-ÿ'’\-]{2,20})?\.\s+(?=[A-Z])")


def _recurring_place(paragraph: str, body: str) -> Dateline | None:
    """A dateline with a town the gazetteer lacks and no date: the town counts when the text
    names it again as a place ("in the wilaya of Tindouf", "at Tindouf airport")."""
    m = _WORD_DASH.match(paragraph)
    place = m["place"] or m["town"] if m is not None else None
    if m is None or place.lower() in _LABELS or place.split()[0].lower() in _SPEAKERS:
        return None
    if header_line(paragraph[m.end():].split("\n", 1)[0]):
        return None  # ("Andean Community – General Secretariat": the publisher's name and its unit, no prose)
    again = re.search(rf"\b(?:in|of|at|to|from)\s+(?:the\s+)?{re.escape(place)}\b", body[m.end():])
    return Dateline(place, None, m.end() - 1) if again else None


_PLACE_ASIDE = re.compile(r"^\((?P<where>[A-ZÀ-Þ][^()\n]{2,100},\s*[A-ZÀ-Þ][^()\n]{2,40})\)\s+(?=[A-Z])")
_PLACE_AGENCY_DASH = re.compile(r"^(?P<place>[A-ZÀ-Þ][\w'’\-]+(?:[ \-][A-ZÀ-Þ][\w'’\-]+)?),\s+(?:[A-Z][\w\-]*\s*){1,3}\.\s*[–—]\s*(?=[A-Z])")
# ("Goa [India], May 4 (ANI): External Affairs Minister ...": the state in brackets, a colon after the agency)
# ("Madrid (Spain), May 4 (@infopresidencia). President ...": the state in round brackets, a handle)
_PLACE_DAY_AGENCY = re.compile(r"^(?P<place>[A-ZÀ-Þ][\w'’\-]+(?:[ \-][A-ZÀ-Þ][\w'’\-]+){0,2})"
                               r"(?:\s*\[[^\]\n]{2,30}\]|\s+\([A-ZÀ-Þ][^()\n]{2,30}\))?,\s+"
                               r"(?P<day>[A-Z][a-z]+\.?\s+[0-3]?\d|[0-3]?\d\s+[A-Z][a-z]+)(?:,?\s+(?:\(?[A-Z][A-Za-z\-]{1,20}\)?)?\s*$"
                               # ("Havana, May 9 (Prensa Latina) Mexican President ...": the agency, then the prose)
                               r"|\s+\([A-Z@][^()\n]{1,30}\)\s*[:.]?\s+(?=[A-Z]))")
# "Strasbourg ,": a city alone on the first line, its date left out by the page it came from.
_CITY_LINE = re.compile(r"^(?P<place>[A-ZÀ-Þ][\w'’\-]+(?:[ \-][A-ZÀ-Þ][\w'’\-]+){0,2})\s*[,.–—-]?\s*$")


_WEEKDAY_DATE_LINE = re.compile(r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?P<date>[^\n]{6,30}?)"
                                r"(?:\s*[-–—,|]\s*\d\d?[:.]\d\d(?:\s*[AaPp]\.?[Mm]\.?)?)?\s*$")


# "Bogotá (Aug. 21/24).": a city, then its date in brackets with a two-digit year.
_PLACE_SHORT_DATE = re.compile(r"^(?P<place>[A-ZÀ-Þ][\w'’\-]+(?:[ \-][A-ZÀ-Þ][\w'’\-]+){0,2})\s*\("
                               r"(?:(?P<month>[A-Z][a-z]{2,8})\.?\s+(?P<day>[0-3]?\d)|(?P<day2>[0-3]?\d)[./](?P<mnum>[01]?\d))"
                               r"[./](?P<yy>\d\d)\)\s*[.,:–—-]?\s")


def _short_dated(paragraph: str) -> Dateline | None:
    m = _PLACE_SHORT_DATE.match(paragraph)
    if not m or city(m["place"]) is None:
        return None
    from kg.sources.dates import MONTHS

    month = int(m["mnum"]) if m["mnum"] else MONTHS.get(m["month"].lower()) or MONTHS.get(m["month"].lower()[:3])
    when = _valid(2000 + int(m["yy"]), month, int(m["day"] or m["day2"])) if month else None
    return Dateline(_place_name(m["place"]), when, m.end())


def _dateline_at(paragraph: str, year_hint: int | None) -> Dateline | None:
    agency = _AGENCY_FIRST.match(paragraph)
    if agency:
        line = _dateline_at(paragraph[agency.end():], year_hint)
        return Dateline(line.place, line.date, agency.end() + line.end) if line is not None else None
    short = _short_dated(paragraph)
    if short is not None:
        return short
    weekday = _WEEKDAY_DATE_LINE.match(paragraph)
    if weekday and parse_date(weekday["date"]):
        # "Thursday, December 05, 2024 - 18:42": a date line, the weekday no place
        return Dateline(None, parse_date(weekday["date"]), weekday.end())
    aside = _PLACE_ASIDE.match(paragraph)
    if aside:
        # "(CARICOM Secretariat, Turkeyen, Greater Georgetown, Guyana) Two new ...": the part
        # before the country, or the last part that is a city
        parts = [p.strip() for p in aside["where"].split(",")]
        from kg.lexicon import Lexicon

        if len(parts) >= 2 and Lexicon.load().state(parts[-1]) is not None:
            return Dateline(parts[-2], None, aside.end())
        if city(parts[-1]) is not None:
            return Dateline(parts[-1], None, aside.end())
    by = _PLACE_AGENCY_DASH.match(paragraph)
    if by and city(by["place"]) is not None:
        return Dateline(_place_name(by["place"]), None, by.end())  # ("Asunción, IP Paraguay.– President ...")
    agency = _PLACE_DAY_AGENCY.match(paragraph)
    if agency and city(agency["place"]) is not None:
        # "Baku, May 14, AZERTAC": the year from the page's stamp
        day = YEARLESS.match(agency["day"])
        when = None
        if day and year_hint:
            from kg.sources.dates import MONTHS

            month_word = (day["month"] or day["month2"]).lower()
            month = MONTHS.get(month_word) or MONTHS.get(month_word[:3])
            when = _valid(year_hint, month, int(day["day"] or day["day2"])) if month else None
        return Dateline(_place_name(agency["place"]), when, agency.end())
    alone = _CITY_LINE.match(paragraph)
    if alone and city(alone["place"]) is not None:
        return Dateline(_place_name(alone["place"]), None, alone.end())
    m = PLACE_DATE_LINE.match(paragraph) or DATE_PLACE_LINE.match(paragraph)
    if m and parse_date(m["date"]):
        place = None if _WEEKDAY.fullmatch(m["place"]) else _place_name(m["place"])  # "Tuesday, 12 March 2019"
        return Dateline(place, parse_date(m["date"]), m.end())
    # "20 April 2023, Tbilisi – ...", "Baku, April 20, 2023 (AZERTAC) ...", "April 20, 2023\nWashington, DC":
    # the date and a city's name before the prose.
    m = DATE_PLACE_LEAD.match(paragraph) or PLACE_DATE_AGENCY.match(paragraph) or DATE_THEN_CITY.match(paragraph)
    if m and parse_date(m["date"]) and city(re.sub(r",?\s*D\.?\s?C\.?$", "", m["place"])) is not None:
        return Dateline(_place_name(re.sub(r",?\s*D\.?\s?C\.?$", "", m["place"])), parse_date(m["date"]), m.end())
    dated = DATE_DASH.match(paragraph)
    if dated and parse_date(dated["date"]):
        return Dateline(None, parse_date(dated["date"]), dated.end())  # ("May 31, 2024 – On Wednesday, the Minister ...")
    head = paragraph[:160]
    m = DATELINE.match(head)
    if m and _is_label(m["place"]):
        # "MEDIA RELEASE\nFor immediate release – Monday 17 February 2025": the label's date
        line_rest = paragraph[m.end():].split("\n", 1)[0]
        when = parse_date(line_rest.strip()) if len(line_rest.strip()) <= 40 else None
        return Dateline(None, when, m.end() + len(line_rest)) if when else None
    if m and re.search(r"(?i) of ", m["place"]) and city(m["place"]) is None:
        # ("Ministry of Foreign Affairs, 12 March 2024 –": a body, not a town like Port of Spain)
        dated = len(m["rest"]) <= 30 and parse_date(m["rest"])  # (not a first sentence: "The Under-Secretary of State X paid")
        return Dateline(None, dated, m.end()) if dated else None
    if not m or not _looks_like_place(m["place"], m["rest"]):
        return None
    if m.group(0).rstrip().endswith(":") and not m["rest"].strip() and city(m["place"]) is None:
        return None  # "ECRETARY BLINKEN: Well, good morning": a speaker no list knows, not a town
    rest = m["rest"]
    when = parse_date(rest)
    if when is None and year_hint:
        y = YEARLESS.match(rest.strip())
        if y:
            month_word = (y["month"] or y["month2"]).lower()
            from kg.sources.dates import MONTHS

            month = MONTHS.get(month_word) or MONTHS.get(month_word[:3])
            if month:
                when = _valid(year_hint, month, int(y["day"] or y["day2"]))
    line_rest = paragraph[m.end():].split("\n", 1)[0]
    if when is None and len(line_rest.strip()) <= 40 and parse_date(line_rest.strip()):
        # "BEIJING, CHINA – Thursday, 5th September 2024": the date after the dash, on its own line
        return Dateline(_place_name(m["place"]), parse_date(line_rest.strip()), m.end() + len(line_rest))
    dated_lead = _DATE_COLON.match(line_rest) if when is None else None
    if dated_lead and parse_date(dated_lead["date"]):
        # "Monrovia, Liberia – March 11, 2025: The President ...": the date after the dash, then a colon
        return Dateline(_place_name(m["place"]), parse_date(dated_lead["date"]), m.end() + dated_lead.end())
    return Dateline(_place_name(m["place"]), when, m.end())


# ("New Delhi, India, 1 April 2025.": the city's state between them, a full stop after;
# "Ulaanbaatar, September 2, 2023 /MFA Mongolia/": the publisher between slashes;
# "Nuku'alofa, Tuesday 27 August 2024": the day's name before its date)
PLACE_DATE_LINE = re.compile(
    rf"^(?P<place>[A-ZÀ-Þ][\w'’\-]+(?:[ \-][A-ZÀ-Þ][\w'’\-]+){{0,2}})(?:,\s*[A-ZÀ-Þ][\w'’\-]+(?:\s[A-ZÀ-Þ][\w'’\-]+){{0,2}}(?=,))?"
    rf"(?:,|\s+[–—-])\s+(?:{WEEKDAY_WORD},?\s+)?(?P<date>{DATE_ONLY})(?:\s*\([^)\n]{{1,30}}\)|\s*/[^/\n]{{1,30}}/)?\.?\s*$")
# "January 20, 2022 - Paris, France - Global Affairs Canada": the date first, on a line of its own.
DATE_PLACE_LINE = re.compile(
    rf"^(?P<date>{DATE_ONLY})\s*[-–—|]\s*(?P<place>[A-ZÀ-Þ][\w'’\-]+(?:[ \-][A-ZÀ-Þ][\w'’\-]+){{0,2}})"
    rf"(?:,\s*[A-ZÀ-Þ][\w'’\- ]{{1,40}})?(?:\s*[-–—|]\s*[^\n]{{1,80}})?\s*$")
# ("Santa Cruz de la Sierra", "Dar es Salaam": a particle inside a city's name)
_CITY = r"[A-ZÀ-Þ][\w'’\-]+(?:(?:\s(?:es|de|del|da|do|de la|de las|de los))?[ \-][A-ZÀ-Þ][\w'’\-]+){0,2}"
DATE_PLACE_LEAD = re.compile(rf"^(?P<date>{DATE_ONLY}),?\s+(?P<place>{_CITY})\s*(?:–|—|-{{1,2}})\s")
PLACE_DATE_AGENCY = re.compile(rf"^(?P<place>{_CITY}),\s+(?P<date>{DATE_ONLY})\s*\([^)\n]{{1,30}}\)\s*(?:–|—|-{{1,2}})?\s")
DATE_THEN_CITY = re.compile(rf"^(?P<date>{DATE_ONLY})\s*\n\s*(?P<place>{_CITY}(?:,\s*D\.?\s?C\.?)?)\s*$")
# "May 31, 2024 – On Wednesday, ...": the date alone, then a dash and the prose
DATE_DASH = re.compile(rf"^(?P<date>{DATE_ONLY})\s*(?:–|—|-{{1,2}})\s+(?=[A-Z])")
_DATE_COLON = re.compile(rf"\s*(?P<date>{DATE_ONLY})\s*:\s")
_WEEKDAY = re.compile(WEEKDAY_WORD)
# ("Dar es Salaam.\n14th May 2024": a city's name may hold a lower-case particle and end a sentence)
CLOSING_PLACE_DATE = re.compile(
    # ("Singha Durbar, Kathmandu\n25 April 2023": a building, then its town)
    rf"(?:^|\n)(?:[A-ZÀ-Þ][\w'’\-]+(?:\s[A-ZÀ-Þ][\w'’\-]+){{0,2}},\s*(?=[^\n]+\n))?(?P<place>[A-ZÀ-Þ][\w'’\-]+(?:(?:\s(?:es|de|del|da|do|al|el|la))?[ \-][A-ZÀ-Þ][\w'’\-]+){{0,2}})\.?"
    rf"(?:,\s*|\s*\n)(?P<date>{DATE_ONLY})\s*$")
DONE_AT = re.compile(
    rf"(?:^|\n)(?:Issued|Done|Signed|Adopted|Made)\s+(?:at|in)\s+(?P<place>{_CITY})(?:,\s*[A-ZÀ-Þ][\w'’\-]+(?:\s[A-ZÀ-Þ][\w'’\-]+){{0,3}})?"
    rf",?\s+(?:on\s+|this\s+)?(?:the\s+)?(?P<date>[0-3]?\d(?:st|nd|rd|th)?\s+day\s+of\s+[A-Z][a-z]{{2,8}},?\s+(?:19|20)\d\d|{DATE_ONLY})"
    r"\.?\s*(?:\n[^\n]{0,20})?\s*$")


__all__ = ["Dateline", "city_country_line", "read_dateline", "DATE_PATTERNS", "_month_of"]
