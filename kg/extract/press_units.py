"""The publisher's press and communications units, named on a header or footer line or in a
sentence: "Media Wing", "Communications Unit", "Press and Public Relations Department of the
Milli Majlis", "the Prime Minister's Media Office", "SPC Communications Team". The schema counts
press services as organisations; their names are built from a few words (a field, then the
unit's kind) that the general body reader, which starts from a body's head word, cuts short or
runs across a line's separators ("Presidency of the Republic – Press Office")."""
from __future__ import annotations

import re

from kg.extract.context import Context
from kg.extract.mentions import Mention
from kg.records import Organization

# The field a unit works in, and the kind of unit: "Press", "Public Relations"; "Wing", "Unit".
_FIELD = r"(?:Press|Media|Communications?|Public[ \t]+Relations|Public[ \t]+Affairs|Information|Publishing|Outreach|" \
         r"Advocacy|External[ \t]+Relations)"
_KIND = r"(?:Services?|Office|Unit|Cent(?:re|er)|Wing|Team|team|Division|Section|Department|Directorate|Sector|" \
        r"Secretariat|Desk|Bureau)"
# Words that qualify the field: "Strategic Communications", "Presidential Communication Unit".
_QUALIFIER = r"(?:(?:Corporate|Strategic|Government|Presidential|Parliamentary|Digital)[ \t]+)"
# Whose unit, before it: an acronym ("SPC", "OECD") or a possessive ("the Prime Minister's",
# "Parliament's"). (A plain capitalised word is mostly the end of another name on the line,
# "... Council of Ministers Press Office"; the body reader takes owners such as "Saeima".)
_OWNER = r"(?P<owner>(?:(?:The|the)[ \t]+)?(?:[A-Z][\w\-]+[ \t]+){0,2}[A-Z][\w\-]+['’]s[ \t]+|" \
         r"(?!(?:ENDS?|NEWS)\b)[A-Z][A-Z&]{1,6}[ \t]+)"
# Whose unit, after it: "of the Presidency of the Republic", "of the Senate of the Oliy Majlis".
_NAME_WORD = r"(?:(?:[A-Z]\.){2,}|[A-Z][\w\-’']*)"  # ("U.S.", "Majlis")
_TAIL = rf"(?P<tail>[ \t]+(?:of|to)[ \t]+(?:the[ \t]+)?{_NAME_WORD}(?:[ \t]+(?:(?:of|and)[ \t]+(?:the[ \t]+)?)?{_NAME_WORD})*)?"
_UNIT = re.compile(rf"(?<![\w\-]){_OWNER}?(?P<unit>{_QUALIFIER}?{_FIELD}(?:(?:,[ \t]+|[ \t]+(?:and|&)[ \t]+){_QUALIFIER}?{_FIELD})*"
                   rf"[ \t]+{_KIND}(?:[ \t]+{_KIND})?)\b{_TAIL}")
# A unit "of the Ministry ..." stands for the ministry, which the body reader names.
_OF_A_MINISTRY = re.compile(r"[ \t]+of[ \t]+the[ \t]+(?:Ministry|Embassy|Administration|Office)\b")
# What every unit's name holds: a cheap test before the pattern.
_STEMS = ("Press", "Media", "Communication", "Relations", "Affairs", "Information", "Publishing", "Outreach", "Advocacy")


def press_units(text: str) -> list[tuple[str, int, int, list[str]]]:
    """The press units named in ``text``: each name, its start and end offsets and its other
    forms (the unit without its owner: "SPC Communications Team" is also "Communications Team")."""
    if not any(stem in text for stem in _STEMS):
        return []
    out: list[tuple[str, int, int, list[str]]] = []
    by_unit: dict[str, int] = {}  # each unit's words, to the index of its fullest name in out
    for m in _UNIT.finditer(text):
        tail = m["tail"] or ""
        if not m["owner"] and re.search(r"[A-Z][\w\-]*[ \t]+$", text[max(0, m.start() - 40):m.start()]):
            continue  # the end of a longer name ("the Washington Foreign Press Center")
        if _OF_A_MINISTRY.match(tail):
            continue
        article = re.match(r"(?:The|the)[ \t]+", m.group(0))  # ("the Prime Minister's Media Office")
        start = m.start() + (article.end() if article else 0)
        name = _one_line(text[start:m.end()])
        aliases = [_one_line(m["unit"] + tail)] if m["owner"] else []
        unit = _one_line(m["unit"]).casefold()
        if unit in by_unit:
            # ("Press Service" on the header line, "Press Service of the Senate ..." at the foot;
            # "Chief Adviser's Press Wing", then "CA Press Wing"): one unit, its fullest name first
            before, b_start, b_end, b_aliases = out[by_unit[unit]]
            forms = [before, *b_aliases, name, *aliases]
            fullest = name if len(name) > len(before) else before
            keep = (start, m.end()) if fullest == name else (b_start, b_end)
            out[by_unit[unit]] = (fullest, *keep, list(dict.fromkeys(f for f in forms if f != fullest)))
            continue
        by_unit[unit] = len(out)
        out.append((name, start, m.end(), aliases))
    return out


def add_press_units(ctx: Context, seen: dict[str, Organization], bodies: list[Mention]) -> None:
    """Add the release's press units to its organisations (``seen``), and drop the bodies the
    body reader (``bodies``) found only as a part of one ("Public Relations Department of the
    Milli Majlis" in "Press and Public Relations Department of the Milli Majlis")."""
    units = press_units(ctx.release.text)
    if not units:
        return
    spans = [(start, end) for _, start, end, _ in units]
    longer = [(m.start, m.end) for m in (*bodies, *ctx.mentions) if m.kind == "org"]
    for name, start, end, aliases in units:
        if _strictly_within((start, end), longer):
            continue  # inside a longer body's name ("Barbados Government Information Service")
        key = "body:" + name
        if key not in seen and not any(name == o.name or name in o.aliases for o in seen.values()):
            seen[key] = Organization(name, aliases, ctx.evidence_at(start))
    partial: dict[str, bool] = {}
    for body in bodies:
        partial[body.key] = partial.get(body.key, True) and _strictly_within((body.start, body.end), spans)
    for key, only_inside in partial.items():
        if only_inside and key in seen and key[len("body:"):] not in {n for n, _, _, _ in units}:
            del seen[key]


def _strictly_within(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    """Whether ``span`` lies inside one of ``spans`` and is not that span itself."""
    return any(a <= span[0] and span[1] <= b and (a, b) != span for a, b in spans)


def _one_line(name: str) -> str:
    return re.sub(r"[ \t]+", " ", name)


def short_line(text: str, at: int) -> bool:
    """Whether offset ``at`` of ``text`` is on a short line, as a header's or a footer's are."""
    line = text[text.rfind("\n", 0, at) + 1: len(text) if text.find("\n", at) < 0 else text.find("\n", at)]
    return len(line.split()) <= 12
