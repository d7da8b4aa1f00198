"""Plans: the meetings, visits and events a release reports as still to come.

``is_plan`` tells whether a trigger sits in a plan, an invitation or a wish. The interactions and multilateral steps set aside what a trigger in a plan would report
("President Lula will hold a bilateral meeting with President Ramaphosa", "will take part in
the 15th BRICS Summit"), and the scene step what is dated after the release. Each is an
initiative, named the way the record names planned visits and meetings.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from kg.extract.context import Context
from kg.extract.text import may_match
from kg.lexicon import fold

# A trigger inside these is a plan, an invitation or a wish, not something that happened.
PLAN = re.compile(
    r"\b(?:will|would|shall|to be held|plans? to|planned|planning|intends? to|intention to|agreed to|agree to|"
    r"invited|invitation to|look(?:s|ed)? forward|upcoming|scheduled|next (?:round|meeting)|expected to|"
    r"is to|are to|proposed to|suggested|ready to|readiness to|could|may|might|hope to|hopes to|"
    r"aims? to|preparations? (?:of|for)|prepare|preparing|to visit|to hold|to meet|due to|look(?:s|ing)? ahead|Will|Would|"
    r"prospects? (?:for|of)|(?:agreement|decision|consensus|understanding) to)\b")


_INVITED_TO = re.compile(r"\binvitation of\b[^,;]{1,80}\bto\s*$")
# "took advantage of the summit's margins to meet", "used the occasion to hold talks": done, not planned.
_SEIZED = re.compile(r"\b(?:took (?:the opportunity|advantage of [^,.;]{0,50})|used [^,.;]{0,50}|seized [^,.;]{0,50})"
                     r"\s+to\s*$")
_SEIZED_STEMS = ("took ", "used ", "seized ")  # (what every match of _SEIZED holds: a cheap test first)


# "..., scheduled to hold in New York in September 2024": a planned event's date and place,
# not those of the event the sentence reports before it.
_PLANNED_AFTER = re.compile(r"\b(?:scheduled|planned|expected|due|set) (?:to (?:be held|hold|take place|open|convene|meet)|for)\b"
                            r"|\bto be held\b|\bwill (?:be held|take place)\b"
                            # "..., during which they agreed to convene the Joint Committee in Cairo"
                            r"|\b(?:agreed|decided) to (?:convene|hold|meet|organi[sz]e|host)\b|\bwill (?:convene|host)\b"
                            # "called for holding the next session of the Joint Commission in Tehran"
                            r"|\b(?:called for|calling for|proposed|urged) (?:holding|convening|hosting|organi[sz]ing)\b"
                            r"|\bthe next (?:session|meeting|round)\b"
                            # "..., to be presented at the High-Level Political Forum in New York in July"
                            r"|\bto be (?:presented|submitted|adopted|launched|tabled|considered|unveiled) (?:at|to|during|in)\b"
                            # ("... on the preparations for the Conference, which Costa Rica and France will
                            # co-host in Nice in June 2025": the relative clause tells what is to come)
                            r"|,\s+(?:which|where)\s+[^,.;]{1,60}\s+(?:will|is due to|are due to)\b")


# What every match of _PLANNED_AFTER holds (it reads case-sensitively): a cheap test first.
_PLANNED_AFTER_STEMS = ("scheduled", "planned", "expected", "due", "set", "to be held", "will ", "agreed",
                        "decided", "called for", "calling for", "proposed", "urged", "the next", "to be ")


def plan_starts(text: str, after: int = 0) -> int:
    """Where a planned event's clause starts in ``text`` after offset ``after`` (its length when none)."""
    m = _PLANNED_AFTER.search(text, after) if may_match(text, _PLANNED_AFTER_STEMS) else None
    return m.start() if m else len(text)


# "during Kishida" before the trigger "'s official visit to"; and words that make a visit one to come.
_DURING_NAMED = re.compile(r"\b(?:during|in the course of)\s+(?:[A-Z][\w.’'\-]*\s+){0,3}[A-Z][\w.’'\-]*$")
_AGREED = re.compile(r"agreed to|agree to|(?:agreement|decision|consensus|understanding) to")
_TO_COME = re.compile(r"(?i)\b(?:upcoming|next|forthcoming|planned|future|coming|possible|expected)\b")
# A bare infinitive after a comma or "and (also)", a list's next item: "..., hold talks with C".
_LISTED_INFINITIVE = re.compile(r"(?:hold|meet|sign|have|pay|visit|attend|travel)\b")
_CONNECTIVE_ONLY = re.compile(r"\s*(?:(?:and|then|also)\s+)*")


def is_plan(text: str, start: int, end: int) -> bool:
    window = text[max(0, start - 150): start]
    if may_match(window, _SEIZED_STEMS) and _SEIZED.search(window):
        return False
    # ("It will be the first visit ... since President X travelled to Luanda": a past clause)
    clause = re.split(r"[,;]| and (?=[a-z]+ed\b)|\bsince\b", window)[-1]
    during = _DURING_NAMED.search(window)
    planned = PLAN.search(clause) if during else None
    if during and planned and _AGREED.fullmatch(planned.group(0)) and not _TO_COME.search(text, start, end):
        # ("they agreed to start negotiations during Kishida's official visit to Manila in November
        # last year": the visit dates what was agreed; the plan is the negotiations, not the visit)
        clause = window[during.start():]
    if _LISTED_INFINITIVE.match(text, start) and _CONNECTIVE_ONLY.fullmatch(clause):
        # ("his programme will see him meet A, hold joint talks with B, and also hold talks with
        # C": each verb of the list is what the programme will see)
        clause = text[:start].split(";")[-1]
    if PLAN.search(clause) or clause.endswith(" to be ") or _INVITED_TO.search(clause):
        # ("the next meeting, to be hosted by Libya in Tripoli"; "the invitation of Speaker X to hold
        # our next meeting in Vilnius")
        return True
    after = text[end: end + 60]
    # ("President Xi's state visit to Brazil, which he will pay at the invitation of President Lula")
    return bool(re.match(r"\s*(?:is|are) (?:planned|scheduled|expected)|[^.;,]{0,30},\s*which\s+(?:he|she|they)\s+"
                         r"(?:will|is to|is due to|is expected to)\b", after))



# A planned meeting of two people ("will hold a bilateral meeting with", "is due to be received by").
_PLANNED_MEETING = re.compile(r"(?i)(?:meet(?: with)?|received|hold (?:a |an )?(?:\w+ )?meeting)$")
_PAST_TRIGGER = re.compile(r"(?i)\b(?:met|visited|travell?ed|arrived|toured|concluded|completed|started|held|had)\b")


def may_be_planned(kind: str, trigger: str, before: str) -> bool:
    """Whether a trigger of ``kind`` in a plan, with ``before`` the sentence's text before it,
    tells a planned interaction of its own."""
    if kind == "meeting" and not (_PLANNED_MEETING.match(trigger) and
                                  (trigger.lower() != "received" or before.endswith(" be "))):
        return False  # "agreed to hold the next round of consultations": the initiatives step names the round
    # "when X met Y" in a plan's sentence, "would be met with": no plan of a meeting
    return not (_PAST_TRIGGER.search(trigger) or before.endswith(" be ") and kind == "meeting" and
                trigger.lower().startswith("met"))


def planned_initiatives(ctx: Context) -> list[tuple[str, int]]:
    """(name, sentence index) of each plan: "visit of X to Y", "meeting of X with Y", or the
    event's own name."""
    starts = [s.start for s in ctx.sentences]
    out: list[tuple[str, int]] = []
    persons = {p.name for p in ctx.persons.values()}
    for plan in ctx.planned:
        people = [p for p in plan.participants if p]
        if plan.type == "multilateral" and plan.name:
            name = plan.name
        elif plan.type == "visit" and len(people) == 2:
            name = f"visit of {people[0]} to {people[1]}"
        elif plan.type == "meeting" and len(people) == 2 and all(p in persons for p in people):
            name = f"meeting of {people[0]} with {people[1]}"
        else:
            continue
        idx = max(bisect_right(starts, plan.evidence.start if plan.evidence else 0) - 1, 0)
        out.append((name, idx))
    return out


def covered(name: str, found: list[str]) -> bool:
    """Whether an initiative already found names this planned visit or meeting: "travel of X
    to Johannesburg, South Africa" and "visit of X to South Africa" are one trip."""
    key = fold(name)
    for kind, words in (("visit of ", ("visit", "travel", "trip")), ("meeting of ", ("meeting",))):
        if key.startswith(kind):
            who = key[len(kind):].split(" to ")[0].split(" with ")[0]
            return any(who in k and any(w in k for w in words) for k in found)
    return False
