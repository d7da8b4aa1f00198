"""Meetings told as a list: "PM Wong held separate bilateral meetings with the following
leaders:", then one counterpart per item ("• Prime Minister Shigeru Ishiba of Japan. ..."),
each a meeting (or call) of the sentence's subject with the item's person."""
from __future__ import annotations

import re

from kg.extract.context import Context
from kg.records import Interaction
from kg.sources.dates import find_dates

# A sentence that opens a list of counterparts: it ends in a colon after "meetings with (the
# following ...)" or "met (with)".
_OPENS_LIST = re.compile(r"\b(?:(?:held|had|holds|has held|conducted)\b[^.;:]{0,60}?\b(?:meetings|talks|discussions|"
                         r"consultations|conversations|calls|audiences)\b[^.;:]{0,40}?\bwith\b"
                         r"|\b(?:met|meets|received|receives)\b(?: (?:separately|also|today|later))?(?: with)?\b)"
                         r"[^.;:]{0,60}:\s*$")
_REMOTE = re.compile(r"(?i)\b(?:tele)?phone|\bvideo|\bcalls\b|\bvirtual")
# An item: a bullet, a dash or a number opens it.
_ITEM = re.compile(r"^\s*(?:\d{1,2}[.)]|[-•*–·▪●])\s")
_MARKER = re.compile(r"\s*(?:\d{1,2}[.)]|[-•*–·▪●])\s*")
# Between two persons of one item, "A and B": both met the subject.
_AND = re.compile(r"\s*,?\s+and\s+(?:[\w\-’'.]+\s+){0,5}$")


def meetings_listed(ctx: Context) -> list[Interaction]:
    """One meeting (or call) of a list's opener's subject with the person(s) of each item."""
    out: list[Interaction] = []
    sentences = ctx.sentences
    for idx, sentence in enumerate(sentences):
        if not sentence.text.rstrip().endswith(":"):
            continue
        m = _OPENS_LIST.search(sentence.text)
        if m is None:
            continue
        subject = next((r.key for r in ctx.refs[idx] if r.kind == "person" and r.start - sentence.start < m.start()), None)
        if subject is None:
            continue
        kind = "call" if _REMOTE.search(m.group(0)) else "meeting"
        days = {d for _, _, d in find_dates(sentence.text, ctx.release.date) if len(d) == 10}
        when = days.pop() if len(days) == 1 else None
        for k in _item_heads(ctx, idx):
            for person in _persons_of_item(ctx, k):
                if person != subject:
                    out.append(Interaction(kind, [ctx.label(f"person:{subject}") or "", ctx.label(f"person:{person}") or ""],
                                           when, None, None, [], ctx.evidence(sentence)))
    return out


def _item_heads(ctx: Context, opener: int) -> list[int]:
    """The first sentence of each item of the list that sentence ``opener`` opens (an item's
    further sentences, in its paragraph, tell what was said)."""
    heads: list[int] = []
    sentences = ctx.sentences
    marked = False
    for k in range(opener + 1, min(len(sentences), opener + 40)):
        text = sentences[k].text
        if _MARKER.fullmatch(text):
            marked = True  # ("•" read as a sentence of its own: the item follows)
            continue
        if marked or _ITEM.match(text):
            heads.append(k)
            marked = False
        elif not heads or sentences[k].paragraph != sentences[k - 1].paragraph:
            break
    return heads


def _persons_of_item(ctx: Context, k: int) -> list[str]:
    """The person who opens item ``k`` ("• Prime Minister Shigeru Ishiba of Japan."), and one
    joined to them by "and"."""
    sentence = ctx.sentences[k]
    persons = [r for r in ctx.refs[k] if r.kind == "person"]
    if not persons or persons[0].start - sentence.start > 40:
        return []
    keys = [persons[0].key]
    for before, ref in zip(persons, persons[1:]):
        if not _AND.fullmatch(ctx.release.text[before.end:ref.start]):
            break
        keys.append(ref.key)
    return keys
