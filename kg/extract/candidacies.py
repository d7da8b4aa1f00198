"""Bids: what a state or body seeks to host, become, join or be elected to.

"Busan's bid to host the World Expo 2030" is the event bid for. "Kuwait's candidacy for membership
of the UN Human Rights Council for the 2024-2026 term", "Bangladesh's bid to become a Sectoral
Dialogue Partner of ASEAN", "Uzbekistan's accession to the World Trade Organization" and
"Ethiopia's interest in joining the New Development Bank" are the bid itself, named with its
owner, who puts it forward. A membership alone ("Lithuania's membership in NATO") is a fact, not a
bid, and is left out.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from kg.extract.phrases import noun_phrase

# "(Kazakhstan's) (successful) bid/candidacy to host (the) ..."
_HOST = re.compile(r"\b(?:(?P<owner>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)(?:’s|'s)\s+)?(?:successful\s+)?"
                   r"(?:bid|candidacy|candidature)\s+to\s+host\s+(?:the\s+)?")
# "Kuwait's candidacy for ...", "Bangladesh's bid to become ...", "Timor-Leste's accession as ...",
# "Uzbekistan's accession to ...", "Ethiopia's interest in joining ...": the owner is required.
_SEEK = re.compile(r"\b(?P<owner>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)(?P<s>’s|'s)\s+(?:ongoing\s+|upcoming\s+|future\s+)?"
                   r"(?P<what>(?:bid|candidacy|candidature|application)\s+(?:for|to\s+(?:become|join))|"
                   r"accession\s+(?:to|as)|(?:interest|aspiration)\s+(?:in\s+joining|to\s+join))\s+")
_ANOTHER = re.compile(r"\s+(?:and|as well as)\s+(?:the|an?|its|their|his|her|[A-Z][\w\-]+(?:’s|'s))\s+")
STEMS = ("bid", "candida", "accession", "application", "joining", "to join")


@dataclass(frozen=True, slots=True)
class Bid:
    name: str
    owner: str | None  # the word(s) before "’s", as written


def bids(text: str) -> Iterator[Bid]:
    """The bids ``text`` names, in order."""
    for m in _HOST.finditer(text):
        yield Bid(noun_phrase(text, m.end(), max_words=8), m["owner"])
    for m in _SEEK.finditer(text):
        article = re.match(r"(?:an?|the)\s+", text[m.end():])
        sought = noun_phrase(text, m.end(), max_words=16)
        sought = _ANOTHER.split(sought, maxsplit=1)[0]  # (not "... and the GSP+ scheme", "... and Uzbekistan’s accession")
        if sought[:1].isalnum():
            if article and not sought.startswith(article.group(0)):
                sought = article.group(0) + sought  # "to become a Sectoral Dialogue Partner"
            what = re.sub(r"\s+", " ", m["what"])
            yield Bid(f"{m['owner']}{m['s']} {what} {sought}", m["owner"])
