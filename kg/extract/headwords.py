"""Initiatives named by their head word: "Global Gateway", "Luanda Process", "Year of
People-to-People Exchanges", "the Eastern Partnership", with a known owner before them."""
from __future__ import annotations

import re

from kg.extract.context import Context
from kg.extract.proposers import possessor
from kg.extract.text import may_match

STRONG_HEADS = re.compile(
    r"(?<![\w\-])((?:[A-Z][\w\-+’'.]*\s+|(?:and|of|for|on|the|in|–|-)\s+){0,8}?"
    r"(?:Initiative|Partnership|Framework|Program|Programme|Project|Corridor|Route|Platform|Gateway|Strategy|"
    r"Plan of Action|Programme of Action|Action Plan|Plan|Formula|Order|Quad|Fund|Mechanism|Pipeline|Process|"
    r"Masterplan|Hub|Market|Agenda(?: \d{4})?|"
    r"Year of [A-Z][\w’']*"
    r"(?: (?:and|of) [A-Z][\w’']*)*(?: \d{4})?)"
    r"(?:\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\w\-’']*(?:\s+(?:(?:of|for|on|in)\s+(?:the\s+)?|and\s+|the\s+)?[A-Z0-9][\w\-–’']*)*)?)"
    r"(?![\w\-])(?!\s+[A-Z])")
_STRONG_WORDS = re.compile(r"Initiative|Partnership|Framework|Program|Project|Corridor|Route|Platform|Gateway|"
                           r"Strategy|Plan|Formula|Action|Order|Quad|Fund|Mechanism|Pipeline|Process|Year of|Masterplan|Hub|"
                           r"Market|Agenda|[“\"]")
# An alternation of plain strings (the quotes a set of two), read without flags: whether it
# finds anything is whether one of its strings is ``in`` the text (``may_match``), several times
# faster than a scan.
_STRONG_STEMS = tuple(_STRONG_WORDS.pattern.replace('[“\\"]', '“|"').split("|"))
assert _STRONG_WORDS.flags == re.UNICODE and \
    all(re.escape(w).replace("\\ ", " ") == w for w in _STRONG_STEMS), "plain strings only"


# Words that say what kind of plan it is, not which ("Master Plan", "Annual Evaluation Plan")
_GENERIC_PLAN_WORDS = {"Implementation", "Master", "Action", "Strategic", "Annual", "Evaluation", "Work", "Response",
                       "Operational", "Joint", "National", "Development", "Investment", "Business", "Peace", "The"}


def strong_heads(ctx: Context, text: str) -> list[tuple[str, str | None]]:
    """Names with an initiative's head word ("Global Gateway", "Luanda Process"), with a known
    owner before them ("NASA’s Artemis Program" is NASA's). A process is named by where it began
    ("Nairobi Process") or by what it makes ("Peace Dialogue Process"), not by a headline's
    words ("... Undermining the Democratic Process")."""
    found = []
    for m in STRONG_HEADS.finditer(text) if may_match(text, _STRONG_STEMS) else ():
        # ("the ceremony for the Greater Malé Connectivity Project": the name starts at its first capital)
        name, owner = possessor(ctx, re.sub(r"^(?:(?:and|of|for|on|the|in|–|-)\s+)+", "", m.group(1)))
        plan = re.fullmatch(r"(.+?)\s+Plan", name)
        if plan and all(w in _GENERIC_PLAN_WORDS or w.endswith(("’s", "'s")) for w in plan.group(1).split()):
            continue  # "Implementation Plan", "the Administration’s Plan": a kind of plan, not which
        if name.endswith(" Market") and not re.search(r"\b(?:Single|Common)\b", name) or \
                name.endswith(" Hub") and len(name.split()) < 4:
            continue  # ("Sanctions on Darknet Market", "Brussels Media Hub": a place, not a programme)
        if re.search(r"(?:^|\bthe\s+)(?:(?:Grand|Great|Royal|National|State)\s+)?Order\s+of\b", name):
            continue  # ("presented Xi Jinping with the Order of Altyn Kyran": an honour)
        process = re.search(r"(\S+)\s+Process\b", name)
        if process and process.group(1) not in ("Peace", "Dialogue") and ctx.lexicon.place(process.group(1)) is None:
            continue
        found.append((name, owner))
    return found
