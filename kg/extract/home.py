"""Whose release it is: the publisher's state, read from the publisher's name, the dateline's
city, national terms ("the Kazakh MFA") or the accreditation of the envoys it names; and the
words that stand for that state in its own releases ("the Kingdom", "visiting the country")."""
from __future__ import annotations

import re
from collections import Counter

from kg.extract.actors import index_mentions
from kg.extract.context import Context
from kg.extract.mentions import Mention


def home_state_step(ctx: Context) -> None:
    """requires: mentions · assigns: home_state (the publisher's state)"""
    _home_state(ctx)
    entry = ctx.lexicon.states.get(ctx.home_state or "")
    if entry is None:
        return
    # "on an official visit to the Kingdom" in a Saudi or Moroccan release, "who is currently
    # visiting the country", "an official visit to our country": the home state
    taken = [(m.start, m.end) for m in ctx.mentions]
    kingdom = r"|\b[Tt]he (?P<k>Kingdom)\b(?!\s+of\b)" if "Kingdom" in (entry.official_name or "") else ""
    for m in re.finditer(r"\b(?:visit(?:ing|s|ed)?|visit to|arrived in|stay in)\s+(?:the|our)\s+(?P<c>country)\b" + kingdom,
                         ctx.release.text):
        group = "k" if kingdom and m["k"] else "c"
        if not any(a < m.end() and m.start() < b for a, b in taken):
            ctx.mentions.append(Mention(m.start(group), m.end(group), m[group], "state", entry.code))
    index_mentions(ctx)


def _home_state(ctx: Context) -> None:
    lex = ctx.lexicon
    release = ctx.release
    # The publisher's own name says whose ministry it is ("Global Affairs Canada" issuing
    # from Paris); else the dateline's city, where a ministry mostly writes from home.
    if release.publisher:
        for mention in ctx.matcher.state_mentions(release.publisher) + ctx.matcher.national_mentions(release.publisher):
            ctx.home_state = mention.key
            return
    if release.place:
        entry = lex.state_of_place(release.place)
        if entry:
            ctx.home_state = entry.code
            return
    national = Counter(m.key for m in ctx.mentions if m.kind == "national")
    if national:
        ctx.home_state = national.most_common(1)[0][0]
        return
    states = Counter(m.key for m in ctx.mentions if m.kind in ("state", "demonym"))
    # Accreditation says where the ministry is: "Ambassador of Spain to the Republic of
    # Uzbekistan" (a foreign envoy received here) or "U.S. Ambassador to Kazakhstan" (ours).
    text = ctx.release.text
    for m in ctx.mentions:
        if m.kind not in ("state", "demonym"):
            continue
        before, after = text[max(0, m.start - 160): m.start], text[m.end: m.end + 25]
        if m.kind == "state" and _ACCREDITED_TO.search(before) and re.search(r"\bAmbassador\b[^.;]*\bof\b", before):
            states[m.key] += 2
        elif m.kind == "state" and _ENVOY_OF.search(before):
            states[m.key] -= 2  # the envoy's own state, received abroad
        elif _OUR_ENVOY.match(after):
            states[m.key] += 2
    if states:
        ctx.home_state = states.most_common(1)[0][0]


_STATE_FORM = r"(?:the\s+)?(?:(?:Republic|Kingdom|State|Federation|Commonwealth|Sultanate|Emirate)\s+of\s+(?:the\s+)?)?"
_ACCREDITED_TO = re.compile(r"\bto\s+" + _STATE_FORM + "$")
_ENVOY_OF = re.compile(r"\bAmbassador(?:\s+Extraordinary\s+and\s+Plenipotentiary)?(?:[\s-]+designate)?\s+of\s+" + _STATE_FORM + "$")
_OUR_ENVOY = re.compile(r"\s+Ambassador\s+to\b")
