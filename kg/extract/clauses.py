"""Clause-level tests the interaction steps share: is a trigger a plan, and where did it happen."""
from __future__ import annotations

import re

from kg.extract.context import Context
from kg.extract.text import Sentence

# A trigger inside these is a plan, an invitation or a wish, not something that happened.
PLAN = re.compile(
    r"\b(?:will|would|shall|to be held|plans? to|planned|planning|intends? to|intention to|agreed to|agree to|"
    r"invited|invitation to|look(?:s|ed)? forward|upcoming|scheduled|next (?:round|meeting)|expected to|"
    r"is to|are to|proposed to|suggested|ready to|readiness to|could|may|might|hope to|hopes to|"
    r"aims? to|preparation of|prepare|preparing|to visit|to hold|to meet|Will|Would)\b")


def is_plan(text: str, start: int, end: int) -> bool:
    window = text[max(0, start - 150): start]
    clause = re.split(r"[,;]| and (?=[a-z]+ed\b)", window)[-1]
    if PLAN.search(clause):
        return True
    after = text[end: end + 25]
    return bool(re.match(r"\s*(?:is|are) (?:planned|scheduled|expected)", after))


def place_in(ctx: Context, sentence: Sentence) -> str | None:
    for mention in ctx.mentions:
        if mention.kind == "place" and sentence.start <= mention.start < sentence.end:
            before = ctx.release.text[max(sentence.start, mention.start - 12): mention.start]
            if re.search(r"\b(?:in|at|to)\s+(?:the\s+)?$", before):
                return mention.text
    return None
