"""Names built around a head word: "the 31st meeting of the OSCE Ministerial Council",
"Memorandum of Understanding on Cooperation in the Field of Renewable Energy",
"Joint Statement “Launching a New Era of Strategic Partnership”".

``named_phrase`` grows a name left over capitalised words and ordinals, and right over
"of/on/for/between (the) Capitalised ..." complements and a quoted title. ``noun_phrase``
reads a lower-case phrase up to its verb or purpose ("a permanent consultation system for
coordinating ..."); ``clean_name`` trims the words around a name.
"""
from __future__ import annotations

import re
from functools import lru_cache
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

WORD = re.compile(r"“[^”]{1,120}”|\"[^\"]{1,120}\"|(?:[A-Z]\.)+|[^\W_][\w\-’'+]*|[–—]|[,;:()]")
# Title-case verbs that end a name in headlines ("... Commission Sign Memorandum ...").
HEADLINE_VERBS = {
    "Sign", "Signs", "Signed", "Adopt", "Adopts", "Adopted", "Launch", "Launches", "Hold", "Holds", "Held",
    "Meet", "Meets", "Met", "Join", "Joins", "Host", "Hosts", "Attend", "Attends", "Enter", "Enters", "Into",
    "Force", "Welcome", "Welcomes", "Discuss", "Discusses", "Receive", "Receives", "Visit", "Visits",
    "The", "This", "That", "These", "A", "An", "In", "On", "At", "During", "Following", "After", "Before",
    "Under", "With", "Today", "Yesterday", "Also", "Both", "Its", "His", "Her", "Their", "Our", "Within",
}
LEFT_MODIFIERS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                  "annual", "informal", "extraordinary", "regular", "joint", "trilateral", "tripartite", "ministerial",
                  "high-level", "international", "regional", "special", "plenary", "jubilee", "consultative", "ordinary"}
# Lower-case particles inside a place's or person's name ("Rio de Janeiro", "Dar es Salaam").
NAME_PARTICLES = {"de", "da", "do", "dos", "das", "del", "des", "es", "di", "du", "la"}  # ("Río de la Plata")
COMPLEMENT = {"of", "on", "for", "between", "in", "to", "and", "the", "&"}


@dataclass(frozen=True, slots=True)
class Phrase:
    start: int  # offsets in the text given
    end: int
    text: str


@lru_cache(maxsize=64)
def _words(text: str) -> tuple[tuple[str, int, int], ...]:
    """The words of ``text`` with their offsets: a sentence with several heads is read once."""
    return tuple((m.group(0), m.start(), m.end()) for m in WORD.finditer(text))


def named_phrase(text: str, head_start: int, head_end: int, *, lower_left: bool = True, left_and: bool = False,
                 max_right_words: int = 16, stop_words: frozenset[str] = frozenset(),
                 is_place: Callable[[str], bool] | None = None, complements: AbstractSet[str] = COMPLEMENT,
                 long_title: bool = False, left_of: bool = False) -> Phrase:
    """The name around the head word at ``text[head_start:head_end]``; a ``long_title`` (a
    document's) also runs over "a/an <Capital>", a list of capitalised words with commas up to its
    "and", a parenthesised span of years and "for the period <years>"; ``left_of`` (an event's)
    runs left over "of" between capitals ("Heads of Government Meeting")."""
    tokens = _words(text)
    h = next((i for i, t in enumerate(tokens) if t[1] == head_start), None)
    if h is None:
        return Phrase(head_start, head_end, text[head_start:head_end])
    last_head = next((i for i, t in enumerate(tokens) if t[2] >= head_end), h)
    left = h
    while left > 0:
        word = tokens[left - 1][0]
        if word in HEADLINE_VERBS or word in stop_words:
            break
        if word[:1].isupper() or word[:1].isdigit() or re.fullmatch(r"\d+(?:st|nd|rd|th)", word):
            left -= 1
            continue
        if lower_left and word.lower() in LEFT_MODIFIERS:
            left -= 1
            continue
        if word in ("–", "—", "-") and left >= 2 and tokens[left - 2][0][:1].isupper():
            left -= 1  # "Uzbekistan – United States Strategic Partnership Dialogue"
            continue
        if word in NAME_PARTICLES and left >= 2 and tokens[left - 2][0][:1].isupper():
            left -= 1  # "G20 Rio de Janeiro Summit", "Dar es Salaam–Tanga–Mombasa Pipeline"
            continue
        if left_and and word == "and" and left >= 2 and tokens[left - 2][0][:1].isupper() \
                and tokens[left - 2][0] not in HEADLINE_VERBS:
            left -= 1  # "Enhanced Partnership and Cooperation Agreement"
            continue
        if left_of and word == "of" and left >= 2 and tokens[left - 2][0] in _BODY_OF and tokens[left][0][:1].isupper():
            left -= 1  # "the Commonwealth Heads of Government Meeting", "the Council of Foreign Ministers Meeting"
            continue
        if left_and and word == "of" and left >= 3 and tokens[left - 2][0][:1].isupper() \
                and tokens[left - 3][0] in ("the", "a", "an"):
            left -= 2  # "the Status of Visiting Forces Agreement"
            break
        break
    right = last_head + 1
    # A quoted title right after the head: Joint Statement “Launching a New Era ...”.
    if right < len(tokens) and tokens[right][0][:1] in "“\"":
        right += 1
    else:
        k = right
        words_taken = 0
        while k < len(tokens) and words_taken < max_right_words:
            word = tokens[k][0]
            if word in HEADLINE_VERBS:
                break
            more = _long_title_words(tokens, k) if long_title else 0
            if more:
                k += more
                words_taken += more
                right = k
                continue
            if word in complements or word in ("of", "on"):
                nxt = tokens[k + 1][0] if k + 1 < len(tokens) else ""
                if nxt == "the" and k + 2 < len(tokens):
                    nxt = tokens[k + 2][0]
                if word == "and" and k == last_head + 1:
                    break
                if word == "in" and (nxt[:1].isdigit() or (is_place is not None and is_place(nxt))):
                    break  # "... Ministerial Council in Malta": the place is not part of the name
                a_title = long_title and nxt in ("a", "an") and k + 2 < len(tokens) and tokens[k + 2][0][:1].isupper()
                if nxt[:1].isupper() or nxt[:1].isdigit() or nxt in ("the", "results") or nxt[:1] in "“\"" \
                        or nxt.lower() in LEFT_MODIFIERS or a_title:
                    k += 1
                    words_taken += 1
                    continue
                break
            group = _GROUP_OF.match(" ".join(t[0] for t in tokens[k: k + 3])) if right == k and k > last_head + 1 \
                and tokens[k - 1][0][:1].isupper() else None
            if group:
                k += len(group.group(0).split())  # "the meeting of NATO foreign ministers": whose meeting
                right = k
                break
            # ("Río de la Plata": a particle, or two, between capitals)
            two = word in NAME_PARTICLES and k + 2 < len(tokens) and tokens[k + 1][0] in NAME_PARTICLES
            dash_ok = (word in ("–", "—") or word in NAME_PARTICLES and (tokens[k - 1][0][:1].isupper() or
                                                                          tokens[k - 1][0] in NAME_PARTICLES)) and \
                k + 1 < len(tokens) and (tokens[k + 1][0][:1].isupper() or two and tokens[k + 2][0][:1].isupper())
            if word[:1].isupper() or word[:1].isdigit() or word == "results" or dash_ok or word[:1] in "“\"" \
                    or word.lower() in LEFT_MODIFIERS:
                k += 1
                words_taken += 1
                right = k
                continue
            break
    while right - 1 > last_head and tokens[right - 1][0] in COMPLEMENT | {"–", "—"}:
        right -= 1
    while left < h and tokens[left][0] in ("–", "—", "-"):
        left += 1
    start, end = tokens[left][1], tokens[right - 1][2]
    return Phrase(start, end, text[start:end])


# The bodies and groups whose meetings are named "<body> of <members> Meeting" (``left_of``).
_BODY_OF = frozenset({"Heads", "Council", "Conference", "Assembly", "Committee", "Board", "Chiefs", "Ministers", "Leaders",
                      "Commission", "Secretaries", "Speakers", "Presidents", "Ministries"})
_GROUP_OF = re.compile(r"(?:(?:foreign|defen[cs]e|finance|trade|economy|energy|health) )?(?:ministers|leaders)\b")


def _long_title_words(tokens: list[tuple[str, int, int]], k: int) -> int:
    """How many tokens from ``k`` a document's title runs over that a shorter name stops at:
    "a Mechanism", ", Security and Development" (a capitalised list up to its "and"), "(2024-2028)",
    "for the period 2024-2026"; 0 for none."""
    word = tokens[k][0]
    ahead = [t[0] for t in tokens[k + 1: k + 8]]
    if word in ("a", "an") and ahead[:1] and ahead[0][:1].isupper() and k > 0 and \
            (tokens[k - 1][0][:1].isupper() or tokens[k - 1][0] in ("of", "for", "on", "with", "to")):
        return 1  # "... for the Establishment of a Mechanism", "Building a China-Cambodia Community"
    if word == "with" and ahead[:1] == ["a"] and ahead[1:2] and ahead[1][:1].isupper():
        return 2  # "... Community with a Shared Future"
    if word == "," and ahead[:1] == ["and"] and ahead[1:2] and ahead[1][:1].isupper() and ahead[1] not in HEADLINE_VERBS \
            and any(t[0] == "," for t in tokens[max(0, k - 4): k]):
        return 1  # (a list's last comma: "Peace, Friendship, Commerce, and Navigation"; not "Accords, and Morocco")
    if word == "," and ahead[:1] and ahead[0][:1].isupper() and ahead[0] not in HEADLINE_VERBS:
        for n, w in enumerate(ahead):
            if w == "and":
                return 1 if n + 1 < len(ahead) and ahead[n + 1][:1].isupper() else 0
            if not (w[:1].isupper() or w == ","):
                return 0  # (", Minister X said": no list)
        return 0
    if word == "(" and ahead[:1] and ahead[0][:1].isdigit() and ahead[1:2] == [")"]:
        return 3  # "(2024-2028)"
    if word == "for" and ahead[:2] == ["the", "period"] and ahead[2:3] and ahead[2][:1].isdigit():
        return 4  # "for the period 2024-2026"
    return 0


def clean_name(name: str) -> str:
    name = re.sub(r"\s+", " ", name).strip(" ,.;:–-")
    words = name.split()
    while words and words[0] in ("Through", "With", "Under", "Via", "By", "From", "Within", "Including", "in", "through",
                                 "The", "the", "A", "An", "a", "an", "In", "On", "At", "During", "This", "Its", "His", "Her",
                                 "Their", "Our", "and", "of", "for", "on", "to", "with", "between"):
        words = words[1:]
    while words and words[-1] in ("and", "of", "the", "for", "on", "in", "to", "with", "between"):
        words = words[:-1]
    return " ".join(words)


_MONTH_NAME = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY_SPAN = r"\d{1,2}(?:st|nd|rd|th)?(?:\s*(?:[-–]|and|to)\s*\d{1,2}(?:st|nd|rd|th)?)?"  # ("on 2 and 3 May")
# "March 24 extraordinary NATO Summit", "June 2021 U.S.-EU Summit" (a year alone is part of a
# name: "2024 APEC Leaders' Meeting"); "... Ministerial on July 20", "... Summit in June of 2021".
_DATE_LEAD = re.compile(rf"^(?:{_MONTH_NAME}\s+{_DAY_SPAN}(?:,?\s+\d{{4}})?|{_MONTH_NAME},?\s+\d{{4}}|"
                        rf"(?!May\b){_MONTH_NAME})\s+(?=\S)")
_DATE_TAIL = re.compile(rf"\s+(?:on|in)\s+(?:(?:{_WEEKDAY},?\s+)?{_MONTH_NAME}(?:\s+{_DAY_SPAN})?(?:,?\s+(?:of\s+)?\d{{4}})?|"
                        rf"{_WEEKDAY}|{_DAY_SPAN}\s+{_MONTH_NAME}(?:\s+\d{{4}})?)$")


def without_date(name: str) -> str:
    """An event's name without the date written before or after it."""
    return _DATE_TAIL.sub("", _DATE_LEAD.sub("", name))


# Words that end a noun phrase of an initiative: verbs, time and plan markers.
_PARTICIPLE = re.compile(r"[a-z]{3,}ing")
# Nouns in -ing, which a name may hold before "the": "the meeting the ministers held" aside.
_ING_NOUNS = {"meeting", "building", "training", "funding", "financing", "housing", "gathering", "briefing", "hearing",
              "signing", "opening", "closing", "planning", "processing", "shipping", "mapping", "spending", "trading",
              "understanding", "banking", "engineering", "mining", "fishing", "policing", "peacekeeping", "twinning"}
_NP_STOP = re.compile(
    r"^(?:to|will|would|was|were|is|are|be|been|which|that|who|whose|scheduled|planned|slated|expected|later|"
    r"next|this|early|earlier|until|before|after|during|while|as|and(?= (?:the|to|discussed|noted|expressed|agreed))|"
    r"by|within|through|thanked|noted|said|stressed|expressed|agreed|discussed|welcomed|confirmed|"
    r"primarily|aimed|dedicated|designed|intended|jointly|together|with|from|since|tomorrow|yesterday|today)$")
_AND_VERB = re.compile(r"\s+(?:also\s+)?(?:discussed|noted|expressed|agreed|invited|welcomed|stressed|underlined|"
                       r"reaffirmed|emphasi[sz]ed|highlighted|thanked|called|urged|said|added|announced|signed)\b")
_MONTH_OR_YEAR = re.compile(r"^(?:January|February|March|April|May|June|July|August|September|October|November|"
                            r"December|(?:19|20)\d\d|[0-9]+)$")


def noun_phrase(text: str, start: int, *, max_words: int = 14) -> str:
    """The noun phrase that starts at ``start``: words up to a verb, a time marker or
    punctuation; a comma continues it only inside a list of names."""
    words: list[str] = []
    lead = re.match(r"(?:\s*(?:in|at)\s+(?:[A-Z][\w\-]+|the\s+[a-z]+\s+(?:of\s+)?[a-z]+)\s*,?)+", text[start:])
    if lead:
        start += lead.end()
    pos = start
    # ("a UAE–Maldives parliamentary friendship group": the en dash joins two names, as a hyphen)
    for m in re.finditer(r"[\w\-+’'.]+(?:–[\w\-+’'.]+)*|“[^”]{1,80}”|\"[^\"]{1,80}\"|[,;:()]", text[start:]):
        tok = m.group(0)
        if tok in (";", ":", "(", ")"):
            break
        if tok == ",":
            rest = text[start + m.end():].lstrip()
            if rest[:1].isupper() and words and words[-1][:1].isupper():
                words.append(",")
                continue
            break
        clean = tok.rstrip(".")
        if words and clean.isdigit() and words[-1][:1].isupper() and not _MONTH_OR_YEAR.match(words[-1]):
            words.append(clean)  # "the World Expo 2030", "Lima Metro Line 2": the number names it
            continue
        if words and (_NP_STOP.match(clean) or _MONTH_OR_YEAR.match(clean)):
            break
        if words and clean == "and" and _AND_VERB.match(text, start + m.end()):
            break  # "a regional disaster response mechanism and invited Boric": the next clause's verb
        if words and words[-1] not in ("and", "or") and _PARTICIPLE.fullmatch(clean) and clean not in _ING_NOUNS and \
                re.match(r"\s+(?:the|a|an|its|their)\b", text[start + m.end():]):
            break  # "the railway project linking the port of Tema": what it does, not its name
        if words and clean == "for" and re.match(r"\s+[a-z]+ing\b", text[start + m.end():]):
            break  # "a consultation system for coordinating ...": the purpose, not the name
        abbreviation = re.fullmatch(r"(?:St|Mt|Ft|Pt)\.", tok) is not None  # "in St. Petersburg"
        words.append(tok if abbreviation else clean)
        pos = m.end()
        if tok.endswith(".") and not re.fullmatch(r"(?:[A-Z]\.)+|U\.S\.", tok) and not abbreviation:
            break
        if len(words) >= max_words:
            break
    _ = pos
    phrase = " ".join(words).replace(" ,", ",")
    return clean_name(phrase)
