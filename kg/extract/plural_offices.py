"""One office named in the plural for the two or three persons listed after it: "the Ministers of
Foreign Affairs of the two countries, Jeenbek Kulubaev and Sirojiddin Muhriddin" gives each of
them "Minister of Foreign Affairs"."""
from __future__ import annotations

import re

from kg.extract.context import Context, PersonEntity

_PLURALS = {"Ministers": "Minister", "Presidents": "President", "Ambassadors": "Ambassador",
            "Secretaries": "Secretary", "Envoys": "Envoy", "Governors": "Governor", "Mayors": "Mayor",
            "Speakers": "Speaker", "Chairmen": "Chairman", "Chairpersons": "Chairperson"}
# "the (Foreign) Ministers (of Foreign Affairs) (of the two countries|of A and B), X and Y"
# ("the defence ministers of Bulgaria, Romania and Turkiye, A, B and C": in lower case, and three states)
_PLURAL_OFFICE = re.compile(
    r"\b(?:the\s+)?(?P<pre>(?:(?:Foreign|Prime|Deputy|Vice|Defence|Defense|Trade|Finance|foreign|prime|deputy|vice|"
    r"defence|defense|trade|finance)\s+)*)"
    r"(?P<head>" + "|".join(_PLURALS) + "|" + "|".join(p.lower() for p in _PLURALS) + r")"
    r"(?P<post>\s+(?:of|for)\s+(?:[A-Z][\w\-]*)(?:(?:\s+|,\s+)(?:and\s+)?[A-Z][\w\-]*)*)?"
    r"(?:\s+of\s+(?:the\s+two|both)\s+(?:countries|states|sides)|\s+of\s+[A-Z][\w\-]+\s+and\s+[A-Z][\w\-]+)?,\s+")


def plural_offices(ctx: Context, persons: dict[str, PersonEntity]) -> None:
    """Give each person listed right after a plural office, and named with no office, that office."""
    text = ctx.release.text
    if not any(plural in text or plural.lower() in text for plural in _PLURALS):
        return
    for m in _PLURAL_OFFICE.finditer(text):
        post, end = m["post"] or "", m.end()
        if "," in post:  # ("of Bulgaria, Romania and Turkiye, Todor Tagarev, ...": the states, then the names)
            first_name = next((w for w in re.finditer(r"[A-Z][\w\-]+", post) if not ctx.lexicon.state(w.group(0))), None)
            if first_name is not None:
                end = m.start("post") + first_name.start()
                post = post[:first_name.start()].rstrip(", ")
        states = [ctx.lexicon.state(w) for w in re.findall(r"[A-Z][\w\-]+", post)]
        codes = [state.code for state in states if state is not None] if states and all(states) else []
        if codes:  # "the Foreign Ministers of Armenia and Georgia, A and B": A's and B's states
            post = ""
        head = _PLURALS.get(m["head"]) or _PLURALS[m["head"].capitalize()].lower()
        title = f"{m['pre']}{head}{post}"
        listed = re.match(r"(?:(?:H\.E\.\s+|Mr\.?\s+|Ms\.?\s+|Mrs\.?\s+|Dr\.?\s+)?[A-Z][\w\-’']+(?:\s+[A-Z][\w\-’']+){0,3}"
                          r"(?:,\s+|,?\s+and\s+)){1,3}(?:H\.E\.\s+|Mr\.?\s+|Ms\.?\s+|Mrs\.?\s+|Dr\.?\s+)?[A-Z][\w\-’']+"
                          r"(?:\s+[A-Z][\w\-’']+){0,3}", text[end:])
        if not listed or " and " not in listed.group(0):
            continue
        names = listed.group(0)
        evidence = next((ctx.evidence(s) for s in ctx.sentences if s.start <= m.start() < s.end), None)
        if evidence is None:
            continue
        at = {person.key: min((found.start() for form in (person.name, *person.aliases)
                               if (found := re.search(rf"(?<!\w){re.escape(form)}(?!\w)", names))), default=-1)
              for person in persons.values() if not person.offices}
        listed_persons = sorted((k for k, pos in at.items() if pos >= 0), key=lambda k: at[k])
        for n, key in enumerate(listed_persons):
            of = f"state:{codes[n]}" if len(codes) == len(listed_persons) else None
            persons[key].offices.append((title, of, evidence))
