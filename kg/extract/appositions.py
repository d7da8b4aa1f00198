"""Offices written in lower case beside a name, as agencies and the press write them:
"Mélanie Joly, Canada's foreign minister,", "Catherine Colonna, the French minister for
Europe and foreign affairs", "the head of Spanish diplomacy, Arancha González Laya",
"political advisor Chris Andino". The capitalised title chains are read in
``kg.extract.offices``; these mark a name run as a person and give its office."""
from __future__ import annotations

import re

from kg.extract.offices import Office
from kg.extract.text import may_match
from kg.lexicon import Lexicon, StateEntry

_HEAD = (r"(?:(?:deputy|vice|first|acting|prime|foreign|chief|senior|political|special|permanent|defen[cs]e|"
         r"economy|trade|finance|interior|justice|outgoing|incoming|former)\s+){0,3}"
         r"(?:minister|president|secretary(?:-general| general)?|ambassador|head|director(?:-general| general)?|"
         r"chair(?:man|woman|person)?|spokes(?:person|man|woman)|advis[eo]r|governor|mayor|envoy|representative|"
         r"commissioner|chancellor|premier|speaker|counsel+or|chief|leader)")
_OF = r"(?:\s+(?:of|for|to|at)\s+(?:the\s+)?[^,;.()]{2,80}?)?"
_WHOSE = r"(?:(?P<owner>[A-Z][\w\-]+(?:\s[A-Z][\w\-]+)?)(?:’s|'s)\s+|(?P<adj>[A-Z][\w\-]+(?:\s[A-Z][\w\-]+)?)\s+)?"
# "X, Canada's foreign minister," / "X, the French minister for Europe and foreign affairs."
AFTER_NAME = re.compile(rf",\s+(?:the\s+|a\s+)?{_WHOSE}(?P<title>{_HEAD}{_OF})"
                        r"\s*(?=[,;.)]|$|\s+(?:and\s+(?=[A-Z])|(?:who|met|said|spoke|held|was|has|had|is)\b))")
# "the head of Spanish diplomacy, X" / "political advisor X".
BEFORE_NAME = re.compile(rf"(?:^|(?<=[\s,(]))(?:[Tt]he\s+|[Aa]\s+)?{_WHOSE}(?P<title>{_HEAD}{_OF}),?\s+$")
# What every match of BEFORE_NAME holds: the last word of _HEAD, which the pattern reads
# case-sensitively (its stem here). A window without one is spared the pattern's scan.
_HEAD_STEMS = ("minister", "president", "secretary", "ambassador", "head", "director", "chair", "spokes", "advis",
               "governor", "mayor", "envoy", "representative", "commissioner", "chancellor", "premier", "speaker",
               "counsel", "chief", "leader")


_NOT_A_TITLE = re.compile(r"[:–—]|\b(?:has|have|had|is|was|were|met|said|says|will|would|when|where|which|who|that|"
                          r"past|on Monday|on Tuesday|on Wednesday|on Thursday|on Friday|today|yesterday)\b")
_TITLE_END = re.compile(r"\b(?:President|Secretary|Minister|Ambassador|Chairman|Director|Governor|Prime|Vice|"
                        r"Deputy|General)$")
# "the special envoy of His Excellency Mr X": the office is the envoy's, X is whose envoy.
_ADDRESSED = re.compile(r"\b(?:His|Her) (?:Excellency|Majesty|Highness)\b|\b(?:Mr|Mrs|Ms|Dr|H\.E)\.?$")
_BODY_WORD = re.compile(r"\b(?:Institute|Studies|Center|Centre|Council|Foundation|University|Group|Fund|Agency|"
                        r"Department|Bank|Society|Association|Committee|Commission|Office|Ministry|Program|"
                        r"Programme|Initiative|Service|Forum|Organization|Organisation|Corporation|Company)$")


def apposed_office(text: str, start: int, end: int, base: int, lexicon: Lexicon) -> Office | None:
    """The lower-case office written right after or right before the name at
    ``text[start-base:end-base]`` (``base`` is ``text``'s offset in the release)."""
    m = AFTER_NAME.match(text, end - base)
    if m is None and may_match(text[max(0, start - base - 120): start - base], _HEAD_STEMS):
        m = BEFORE_NAME.search(text, max(0, start - base - 120), start - base)
        if m is not None and m.end() != start - base:
            m = None
    if m is None:
        return None
    title = m["title"].strip()
    if len(title.split()) > 10 or _NOT_A_TITLE.search(title) or _TITLE_END.search(title) or _ADDRESSED.search(title):
        return None  # a clause, not an office; "advisor to President X": X's office is President
    if _BODY_WORD.search(text[start - base: end - base]):
        return None  # "the Waitt Institute, director of ...": a body, not a person
    whose = m["owner"] or m["adj"]
    state = _state_named(whose, lexicon) if whose else None
    if whose and state is None:
        return None  # "X, Reuters' correspondent": not a state's office
    if state is None:  # "head of Spanish diplomacy": the state inside the title
        state = _state_named(title, lexicon)
    return Office(title, f"state:{state.code}" if state else None, base + m.start("title"), base + m.end("title"))


def _state_named(words: str, lexicon: Lexicon) -> StateEntry | None:
    """The state a run of capitalised words in ``words`` names, the longest name first:
    "North Korea" is not "Korea", "the leader of North Korea" is of North Korea."""
    for run in re.findall(r"[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)*", words):
        parts = run.split()
        for size in range(len(parts), 0, -1):
            for at in range(len(parts) - size, -1, -1):  # (the rightmost: "Turkish Cypriot" is Cypriot)
                state = lexicon.state(" ".join(parts[at: at + size]))
                if state is not None:
                    return state
    return None
