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
_PLURAL_OFFICE = re.compile(
    r"\b(?:the\s+)?(?P<pre>(?:(?:Foreign|Prime|Deputy|Vice|Defence|Defense|Trade|Finance)\s+)*)"
    r"(?P<head>" + "|".join(_PLURALS) + r")(?P<post>\s+(?:of|for)\s+(?:[A-Z][\w\-]*)(?:\s+(?:and\s+)?[A-Z][\w\-]*)*)?"
    r"(?:\s+of\s+(?:the\s+two|both)\s+(?:countries|states|sides)|\s+of\s+[A-Z][\w\-]+\s+and\s+[A-Z][\w\-]+)?,\s+")


def plural_offices(ctx: Context, persons: dict[str, PersonEntity]) -> None:
    """Give each person listed right after a plural office, and named with no office, that office."""
    text = ctx.release.text
    if not any(plural in text for plural in _PLURALS):
        return
    for m in _PLURAL_OFFICE.finditer(text):
        post = m["post"] or ""
        states = [ctx.lexicon.state(w) for w in re.findall(r"[A-Z][\w\-]+", post)]
        codes = [state.code for state in states if state is not None] if states and all(states) else []
        if codes:  # "the Foreign Ministers of Armenia and Georgia, A and B": A's and B's states
            post = ""
        title = f"{m['pre']}{_PLURALS[m['head']]}{post}"
        listed = re.match(r"(?:(?:H\.E\.\s+|Mr\.?\s+|Ms\.?\s+|Mrs\.?\s+|Dr\.?\s+)?[A-Z][\w\-’']+(?:\s+[A-Z][\w\-’']+){0,3}"
                          r"(?:,\s+|,?\s+and\s+)){1,3}(?:H\.E\.\s+|Mr\.?\s+|Ms\.?\s+|Mrs\.?\s+|Dr\.?\s+)?[A-Z][\w\-’']+"
                          r"(?:\s+[A-Z][\w\-’']+){0,3}", text[m.end():])
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
