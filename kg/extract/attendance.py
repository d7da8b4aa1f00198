"""Who else took part in an event the text has told: "The Minister was joined by A", "A and B
were also present", "also attending the meeting were A, B and C", "A and B attended the
extended-format meeting", "the Special Envoy also took part in the consultations"."""
from __future__ import annotations

import re

from kg.extract.context import ActorRef, Context
from kg.extract.participants import key_of, object_keys
from kg.extract.text import Sentence, may_match
from kg.records import Interaction

_JOINED = re.compile(r"\b(?:were|was|are|is) (?:also )?joined by\b")
_PRESENT = re.compile(r"(?P<before>\b(?:were|was) (?:also |likewise )?(?:present|in attendance)\b"
                      # ("The High Commissioner to Fiji, Ms Charlotte Darlow, also attended the meeting")
                      # ("A and B attended the extended-format meeting")
                      r"|\b(?:also )?(?:attended|took part in|participated in) the (?:[\w\-]+ ){0,2}?(?:meeting|talks|lunch|dinner|consultations)\b)"
                      r"|\b(?:[Aa]lso )?(?:attending|present at|participating in|[Ii]n attendance at)(?: the (?:meeting|talks|lunch|dinner))?,? "
                      r"(?:were|was)\b|\b(?:was|were) (?:also )?attended by\b")  # ("The audience was also attended by A and B")
# What every match of _PRESENT holds: a cheap test before the pattern.
_PRESENT_STEMS = ("present", "attendance", "attending", "participating", "attended", "took part", "participated")


def join_attendees(ctx: Context, sentence: Sentence, refs: list[ActorRef], interactions: list[Interaction],
                   last_pair: list[str], taken: bool) -> None:
    """Add to the last event those the sentence says were with it (``taken``: the sentence told
    an event of its own)."""
    text = sentence.text
    joined = _JOINED.search(text) if "joined by" in text else None
    if joined and interactions and interactions[-1].type in ("meeting", "call", "multilateral"):
        extra = object_keys([r for r in refs if r.start >= sentence.start + joined.end()],
                             sentence.start + joined.end(), sentence, last_pair, allow_states=True)
        for key in extra:
            label = ctx.label(key) or ""
            if label and label not in interactions[-1].participants:
                interactions[-1].participants.append(label)
    present = _PRESENT.search(text) if not taken and may_match(text, _PRESENT_STEMS) else None
    # "X and Y were likewise present"; "also attending the meeting were A, B and C": the last
    # meeting of the day (not one recalled: "The audience was also attended by ...")
    # ("The IGAD Special Envoy ... also took part in the consultations" held by video: the call's)
    met = next((i for i in reversed(interactions) if i.type in ("meeting", "call") and len(i.participants) >= 2 and
                (i.date is None or i.date == ctx.release.date or i.date >= (ctx.release.date or "")[:7])), None) \
        if present else None
    if met is not None:
        at = sentence.start + present.start()
        side = [r for r in refs if r.kind == "person" and (r.end <= at if present.group("before") else r.start >= at)]
        for r in side:
            label = ctx.label(key_of(r)) or ""
            if label and label not in met.participants:
                met.participants.append(label)
