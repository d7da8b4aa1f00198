"""Projects and policies a text names, each an initiative: infrastructure named by the places it
joins ("the Kasindi – Beni – Butembo road", "the Kerung-Kathmandu railway", "the Nakonde – Tunduma
One Stop Border Post"), the works of a list ("the Wau multi-purpose dam and the solar power
stations in Juba"), and policies or programmes named by a lower-case head ("the IAEA's Rays of
Hope initiative")."""
from __future__ import annotations

import re

from kg.extract.context import Context
from kg.extract.phrases import noun_phrase
from kg.extract.text import may_match
from kg.extract.tokens import STOP_CAPS

# Two to four place names joined by dashes, then what is built between them.
_PLACE = r"[A-Z][\w’']+(?:\s+(?:es\s+)?[A-Z][\w’']+){0,2}"
NAMED_PROJECT = re.compile(
    rf"(?<![\w\-])({_PLACE}(?:\s*[–—-]\s*{_PLACE}){{1,3}}"
    r"(?:\s+(?:multi-product|gas|oil|power|high-speed|transmission|electricity|natural gas|rail|motorway))*"
    r"\s+(?:road|railway|railway line|pipeline|gas pipeline|bridge|highway|motorway|corridor|power line|"
    r"transmission line|interconnector|canal|One Stop Border Post|border post|Railway|Pipeline|Bridge|Highway|Corridor))\b")
_HEADS = ("road", "railway", "pipeline", "bridge", "highway", "motorway", "corridor", "line", "interconnector", "canal",
          "Border Post", "border post", "Railway", "Pipeline", "Bridge", "Highway", "Corridor")


def named_projects(text: str) -> list[str]:
    """The infrastructure projects ``text`` names by the places they join."""
    if not any(head in text for head in _HEADS) or not re.search(r"[–—-]", text):
        return []
    return [m.group(1) for m in NAMED_PROJECT.finditer(text)]


def listed_items(text: str, start: int) -> list[str]:
    """The items of a list that starts at ``start``: "the Wau multi-purpose dam and the solar power
    stations in Juba" → both; each a name or a phrase with an initiative's noun."""
    phrase = noun_phrase(text, start, max_words=24)
    # ("the Partnership on Information and Democracy": an "and" between capitals is inside a name)
    items = [i for i in re.split(r"\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+the\s+|\s+and\s+(?=[a-z])", phrase) if i]
    return [i for i in items[:6] if any(w.lower() in _PROJECT_NOUNS for w in i.split()) or
            (i[:1].isupper() and (i.split()[-1][:1].isupper() or i.split()[-1].isdigit()))]


# What a project in a list is: a work, not a wish ("the dam", "solar power stations").
_PROJECT_NOUNS = {"dam", "dams", "station", "stations", "plant", "plants", "bridge", "railway", "road", "port",
                  "line", "corridor", "pipeline", "programme", "programmes", "program", "programs", "project",
                  "projects", "park", "hospital", "school", "centre", "center", "airport", "canal", "highway"}


# "the Northern Dimension policy", "the IAEA's Rays of Hope initiative": a name, then a lower-case
# head that says it is a policy or programme; an owner's possessive before it is its proposer.
_NAMED_POLICY = re.compile(r"\b(?:(?P<owner>[A-Z][\w\-]+)(?:’s|'s)\s+)?"
                           r"(?P<name>[A-Z][\w\-’']+(?:\s+(?:(?:of|for|and|to)\s+)?[A-Z][\w\-’']+){0,4})\s+"
                           r"(?P<head>policy|programme|program|initiative|process|agenda|project|scheme)\b")


def named_policies(ctx: Context, text: str) -> list[tuple[str, str | None, list[str]]]:
    """(name, owner, aliases) of each policy or programme named so: "Rays of Hope initiative", also
    called "Rays of Hope", the IAEA's; "Desert to Power initiative"."""
    out: list[tuple[str, str | None, list[str]]] = []
    if not may_match(text, ("policy", "program", "initiative", "process", "agenda", "project", "scheme")):
        return out  # none of the heads _NAMED_POLICY needs
    for m in _NAMED_POLICY.finditer(text):
        words, owner_text = m["name"].split(), m["owner"]
        inner = [k for k, w in enumerate(words) if re.search(r"(?:’s|'s)$", w)]
        if inner:  # ("the Department of State’s Rewards for Justice program": the owner, then the name)
            owner_text, words = " ".join(words[:inner[-1] + 1])[:-2], words[inner[-1] + 1:]
            if not words or words[0] in ("of", "for", "and", "to"):
                continue
        while words and (re.search(r"-[a-z]", words[0]) or words[0] == "and"):
            words = words[1:]  # ("the NASA-led Artemis program": the Artemis program)
        if not words or any(re.search(r"-[a-z]", w) for w in words):
            continue  # "an EU-funded project", "the Afghan-led process": who leads, not which
        if words[0] in STOP_CAPS or m.start() == 0 and not owner_text:
            continue  # "The programme", a sentence's first word
        if all(ctx.lexicon.state(w) or ctx.lexicon.organization(w) for w in words if w not in ("of", "for", "and", "to")) or \
                ctx.lexicon.state(" ".join(words)) or ctx.lexicon.organization(" ".join(words)):
            continue  # "Chinese policy", "EU policy": whose policy, not which
        if any(w in (p.surname for p in ctx.persons.values()) for w in words):
            continue
        if all(re.search(r"(?:ern|ean|ian|an|ese|ic|al|ish)$", w) for w in words):
            continue  # "Eastern policy", "European agenda": what kind of policy, not which
        owner = None
        if owner_text:
            org, state = ctx.lexicon.organization(owner_text), ctx.lexicon.state(owner_text)
            owner = (ctx.label(f"org:{org.key}") or owner_text) if org else state.name if state else None
        name = " ".join(words)
        out.append((f"{name} {m['head']}", owner, [name]))
    return out
