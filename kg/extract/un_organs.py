"""Organs a release names without their body when the body is the United Nations: "the General
Assembly", "the Security Council" (a national Security Council is named with its state)."""
from __future__ import annotations

import re

from kg.extract.context import Context
from kg.extract.mentions import Mention
from kg.extract.text import may_match

_UN_ORGANS = {"General Assembly": "United Nations General Assembly", "Security Council": "United Nations Security Council"}
_UN_CONTEXT = re.compile(r"\bUnited Nations\b|\bU\.?N\.?\b|\b[Tt]he Secretary-General\b")
# What every match of _UN_CONTEXT holds (it reads case-sensitively): a cheap test before its
# scan of the whole release, which most releases (no UN in them) are spared.
_UN_STEMS = ("UN", "U.N", "United Nations", "Secretary-General")


def bare_un_organs(ctx: Context) -> list[Mention]:
    """Mentions of "the General Assembly", "the Security Council" in a release about the UN: its organs."""
    text = ctx.release.text
    if not may_match(text, _UN_STEMS) or not _UN_CONTEXT.search(text):
        return []
    taken = [(m.start, m.end) for m in ctx.mentions]
    out = []
    for m in re.finditer(r"\b(?:the|its|of|at|in|by|to)\s+(General Assembly|Security Council)\b(?!\s+of\b)", text):
        start, end = m.start(1), m.end(1)
        entry = ctx.lexicon.organization(_UN_ORGANS[m.group(1)])
        if entry and not any(a < end and start < b for a, b in taken):
            out.append(Mention(start, end, m.group(1), "org", entry.key))
    return out
