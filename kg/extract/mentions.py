"""Gazetteer mentions: where the text names a state, an organisation or a place.

One compiled alternation per table, longest form first, so "North Korea" wins over
"Korea" and "Kyrgyz Republic" over "Kyrgyz". Matching is case-sensitive.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.extract.text import L, U
from kg.lexicon import Lexicon


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    text: str
    kind: str  # "state" | "demonym" | "org" | "place" | "national"
    key: str  # ISO code, organisation key, place name


def _alternation(forms: list[str]) -> re.Pattern[str]:
    ordered = sorted({f for f in forms if f}, key=len, reverse=True)
    body = "|".join(re.escape(f) for f in ordered)
    # Word edges that accept "U.S." and "C5+1" and refuse "Kazakh" inside "Kazakhstan".
    return re.compile(rf"(?<![\w\-])(?:{body})(?![\w\-]|\+\d)")


@dataclass
class Matcher:
    lexicon: Lexicon
    states: re.Pattern[str]
    orgs: re.Pattern[str]
    places: re.Pattern[str]
    national: re.Pattern[str]

    def state_mentions(self, text: str, offset: int = 0) -> list[Mention]:
        out = []
        for m in self.states.finditer(text):
            code, how = self.lexicon.state_forms[m.group(0)]
            out.append(Mention(m.start() + offset, m.end() + offset, m.group(0),
                               "demonym" if how == "demonym" else "state", code))
        return out

    def org_mentions(self, text: str, offset: int = 0) -> list[Mention]:
        out = []
        for m in self.orgs.finditer(text):
            key = self.lexicon.org_forms.get(m.group(0))
            if key:
                out.append(Mention(m.start() + offset, m.end() + offset, m.group(0), "org", key))
        return out

    def place_mentions(self, text: str, offset: int = 0) -> list[Mention]:
        return [Mention(m.start() + offset, m.end() + offset, m.group(0), "place",
                        self.lexicon.place_forms[m.group(0)]) for m in self.places.finditer(text)]

    def national_mentions(self, text: str) -> list[Mention]:
        from kg.lexicon import fold

        return [Mention(m.start(), m.end(), m.group(0), "national", self.lexicon.office_states[fold(m.group(0))])
                for m in self.national.finditer(text)]


@lru_cache(maxsize=4)
def matcher_for(lexicon: Lexicon) -> Matcher:
    org_forms = [f for f in lexicon.org_forms if f[:1].isupper() or f[:1].isdigit()]
    place_forms = [f for f in lexicon.place_forms if f[:1].isupper()]
    national = [t for t in lexicon.office_states]
    return Matcher(
        lexicon,
        _alternation(list(lexicon.state_forms)),
        _alternation(org_forms),
        _alternation(place_forms),
        re.compile(_alternation(national).pattern, re.I) if national else re.compile(r"(?!x)x"),
    )


# Capitalised phrases that name a body: "Intergovernmental Commission on Trade and
# Economic Cooperation", "Mongolian Armed Forces", "LGBT Center".
ORG_HEADS = (
    "Ministry", "Commission", "Committee", "Council", "Union", "Organization", "Organisation", "Agency",
    "Center", "Centre", "Forces", "Fund", "Bank", "University", "Institute", "Parliament", "Assembly",
    "Secretariat", "Service", "Department", "Corporation", "Company", "Group", "Association",
    "Foundation", "Museum", "Academy", "Chamber", "Authority", "Administration", "Office", "Bureau",
    "Alliance", "Party", "Court", "Tribunal", "Board", "Mission", "Embassy", "Consulate", "Programme",
    "Society", "League", "Federation", "Network", "Coalition", "Front", "Army", "Navy", "Police", "Guard",
    "Inc.", "Ltd", "LLC", "Agency", "College", "School", "Hospital", "Media", "Press", "Senate", "Mazhilis",
    "Congress", "Cabinet", "Government", "Directorate", "Command", "Trust", "Exchange", "Airlines", "Railways",
)
_CAPWORD = rf"(?:{U}[\w'’\-]*|[0-9]+\+?[0-9]*)"
_LINK = r"(?:of|for|on|and|the|de|des|du|in|to|&)"
ORG_PHRASE = re.compile(
    rf"(?<![\w\-])(?:{_CAPWORD}\s+(?:{_LINK}\s+)*)*?(?:{_CAPWORD}\s+)?(?:{'|'.join(ORG_HEADS)})"
    rf"(?:\s+(?:of|for|on)\s+(?:the\s+)?{_CAPWORD}(?:\s+(?:and|of|for|on|the|in)?\s*{_CAPWORD})*)?(?![\w\-])"
)
LOWER_WORD = re.compile(rf"\b{L}+\b")
