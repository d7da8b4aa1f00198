"""Joint statements told in the first person: who "we" are ("We, the Speakers of the Parliaments
of Estonia, Latvia and Lithuania, met in Tallinn"; "Earlier today we held a video conference with
X"): the persons who sign the statement, else the two heads of state or government its opening
names ("At the invitation of Prime Minister A, President B paid an official visit ... We held
bilateral talks today")."""
from __future__ import annotations

import re

from kg.extract.context import Context

# A release that is, or holds, a joint statement (its heading, its title, or a "We, the ..." opening).
_JOINT = re.compile(r"\b(?:JOINT STATEMENT|JOINT DECLARATION|Joint Statement|Joint Declaration|Joint Communiqu[ée])\b"
                    r"|(?:^|\n)We, the\b")
# "We, the Foreign Ministers of A, B and C,": the states the signatories stand for.
# (",\s*+": a part after a comma starts at its first word, so a long list that ends in no
# "and ...," is given up in one pass, not after trying every split of each part's spaces)
_WE_THE = re.compile(r"\bWe, the (?P<who>[^,.;]{3,120}?(?:,\s*+[^,.;]{2,40}?)*?\s+and\s+[^,.;]{2,60}?),")
WE = re.compile(r"\b[Ww]e\b")


def signatories(ctx: Context) -> list[str]:
    """The person keys "we" stands for in a joint statement: the names of its signature block
    (each alone on its line, after the text), else one person for each state of its "We, the
    ... of A, B and C" opening. Empty when the release is no joint statement or they are unnamed."""
    text = ctx.release.text
    if "We" not in text or not _JOINT.search(text):
        return []
    last_we = max((i for i, s in enumerate(ctx.sentences) if WE.search(s.text)), default=-1)
    signed = []
    for idx in range(last_we + 1, len(ctx.sentences)):
        mentions = ctx.person_mentions[idx]
        line = ctx.sentences[idx].text.strip()
        if len(mentions) == 1 and line == mentions[0].name:
            key = next((p.key for p in ctx.persons.values() if mentions[0].name in (p.name, *p.aliases)), None)
            if key and key not in signed:
                signed.append(key)
    if len(signed) >= 2:
        return signed
    opening = _WE_THE.search(text)
    if opening is None:
        return _principals(ctx)
    at, end = opening.start("who"), opening.end("who")
    states = [m.key for m in ctx.mentions if m.kind == "state" and at <= m.start < end]
    chosen = []
    for code in dict.fromkeys(states):
        holders = [p.key for p in ctx.persons.values() if p.state == f"state:{code}" or any(
            of == f"state:{code}" for _, of, _ in p.offices)]
        if len(holders) != 1:
            return []
        chosen.append(holders[0])
    return chosen if len(chosen) >= 2 else []


# Heads of state or government, whose joint statements say "we".
_HEAD = re.compile(r"(?i)^(?:president|prime minister|premier|chancellor|king|queen|emir|amir|sultan|crown prince)\b")


def _principals(ctx: Context) -> list[str]:
    """The two heads of state or government that the joint statement's first sentence naming
    two of them names ("At the invitation of Prime Minister A, President B paid an official
    visit"), before its first "we"."""
    first_we = next((i for i, s in enumerate(ctx.sentences) if WE.search(s.text)), len(ctx.sentences))
    heads = [p for p in ctx.persons.values() if any(_HEAD.match(t) for t, _, _ in p.offices)]
    for mentions in ctx.person_mentions[:first_we]:
        named = {m.name for m in mentions}
        here = [p.key for p in heads if named & {p.name, *p.aliases}]
        if len(here) == 2:
            return here
    return []
