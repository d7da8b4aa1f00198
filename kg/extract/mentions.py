"""Gazetteer mentions: where the text names a state, an organisation or a place.

One compiled alternation per table, longest form first, so "North Korea" wins over
"Korea" and "Kyrgyz Republic" over "Kyrgyz". Matching is case-sensitive.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.extract.scanning import literal_alternation
from kg.extract.text import UPPER
from kg.lexicon import BRITISH_SECRETARY, Lexicon


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    text: str
    kind: str  # "state" | "demonym" | "org" | "place" | "national"
    key: str  # ISO code, organisation key, place name


_FIRST_WORD = re.compile(r"\w+")
# Where a gazetteer form may start: a capital or a digit at the start of a word (every
# form in the gazetteers starts so; lower-case words are skipped without a lookup). The
# match is the word itself (what _FIRST_WORD would read there): one pattern call per word.
# (``(?<![\w\-])(?=[A-Z...0-9])\w+``, led by the set of its first characters, which the engine
# skips to; the lookbehind, past that character, tests the one before it.)
_WORD_START = re.compile(rf"[{UPPER}0-9](?<![\w\-].)\w*")


class FormIndex:
    """Case-sensitive longest-match lookup of many fixed forms in a text.

    Forms are indexed by their first word; the text is scanned word start by word
    start, so matching costs a dictionary lookup per word instead of trying a thousand
    alternatives at every position (what one big regex alternation does).
    """

    def __init__(self, forms: list[str]):
        self.by_first: dict[str, list[str]] = {}
        for form in sorted({f for f in forms if f}, key=len, reverse=True):
            m = _FIRST_WORD.match(form)
            if m:
                self.by_first.setdefault(m.group(0), []).append(form)

    def finditer(self, text: str, offset: int = 0) -> list[tuple[int, int, str]]:
        out: list[tuple[int, int, str]] = []
        pos_limit = -1
        by_first = self.by_first
        for m in _WORD_START.finditer(text):
            pos = m.start()
            word: str | None = m.group(0)
            while pos >= pos_limit:
                candidates = by_first.get(word) if word else None
                if not candidates:
                    break
                end = next((pos + len(form) for form in candidates
                            if text.startswith(form, pos) and not _continues(text, pos + len(form))), None)
                if end is None:
                    break
                out.append((pos + offset, end + offset, text[pos:end]))
                pos_limit = end
                # "U.S.-Kazakhstan", "ASEAN-Japan": the name after the hyphen of a compound
                # of names is one too (a word start after a hyphen is otherwise skipped).
                if text.startswith("-", end) and end + 1 < len(text) and text[end + 1].isupper():
                    pos = end + 1
                    after = _FIRST_WORD.match(text, pos)
                    word = after.group(0) if after else None
        return out


# "South American", "Latin America", "Pan-American", "Inter-American": a continent's name (or
# its people's) that holds the United States' short name.
_CONTINENT_PART = re.compile(r"(?:Latin|South|North|Central|Meso|Pan|Ibero|Inter|Afro|Indo|Anglo)[ \-]$")


def continent_part(text: str, mention: Mention) -> bool:
    """Whether a state ``mention`` of ``text`` (the release's) is "America(n)" inside a
    continent's name, which names no state."""
    return mention.text.startswith("America") and \
        _CONTINENT_PART.search(text, max(0, mention.start - 8), mention.start) is not None


def _continues(text: str, end: int) -> bool:
    """Whether a match ending at ``end`` would cut a word ("Kazakh" in "Kazakhstan",
    "C5" in "C5+1")."""
    if end >= len(text):
        return False
    nxt = text[end]
    if nxt == "-" and end + 1 < len(text) and text[end + 1].isupper():
        return False  # "ASEAN-Japan Summit", "U.S.-Kazakhstan": a compound of names
    if nxt.isalnum() or nxt in "_-":
        return True
    return nxt == "+" and end + 1 < len(text) and text[end + 1].isdigit()


@dataclass
class Matcher:
    lexicon: Lexicon
    states: FormIndex
    orgs: FormIndex
    places: FormIndex
    national: re.Pattern[str]
    combined: FormIndex | None = None  # states, organisations and places in one scan

    def gazetteer_mentions(self, text: str, offset: int = 0) -> list[Mention]:
        """State, demonym, organisation and place mentions in one pass, each form
        taken as what the longest matching form names (a state before an organisation
        before a place when one form is several)."""
        index = self.combined
        if index is None:
            return self.state_mentions(text, offset) + self.org_mentions(text, offset) + self.place_mentions(text, offset)
        lex = self.lexicon
        out: list[Mention] = []
        for start, end, form in index.finditer(text, offset):
            if form in lex.state_forms:
                code, how = lex.state_forms[form]
                out.append(Mention(start, end, form, "demonym" if how == "demonym" else "state", code))
            elif form in lex.org_forms:
                out.append(Mention(start, end, form, "org", lex.org_forms[form]))
            else:
                out.append(Mention(start, end, form, "place", lex.place_forms[form]))
        return out

    def state_mentions(self, text: str, offset: int = 0) -> list[Mention]:
        out = []
        for start, end, form in self.states.finditer(text, offset):
            code, how = self.lexicon.state_forms[form]
            out.append(Mention(start, end, form, "demonym" if how == "demonym" else "state", code))
        return out

    def org_mentions(self, text: str, offset: int = 0) -> list[Mention]:
        return [Mention(start, end, form, "org", self.lexicon.org_forms[form])
                for start, end, form in self.orgs.finditer(text, offset) if form in self.lexicon.org_forms]

    def place_mentions(self, text: str, offset: int = 0) -> list[Mention]:
        return [Mention(start, end, form, "place", self.lexicon.place_forms[form])
                for start, end, form in self.places.finditer(text, offset)]

    def national_mentions(self, text: str) -> list[Mention]:
        from kg.lexicon import fold

        # Lower-cased text and terms: much faster than a case-insensitive alternation.
        lowered = text.lower()
        return [Mention(m.start(), m.end(), text[m.start():m.end()], "national",
                        self.lexicon.office_states[fold(m.group(0))])
                for m in self.national.finditer(lowered)
                # ("Secretary of State for Northern Ireland": a British cabinet office)
                if not (m.group(0) == "secretary of state" and BRITISH_SECRETARY.match(lowered, m.start()))]


@lru_cache(maxsize=4)
def matcher_for(lexicon: Lexicon) -> Matcher:
    org_forms = [f for f in lexicon.org_forms if f[:1].isupper() or f[:1].isdigit()]
    place_forms = [f for f in lexicon.place_forms if f[:1].isupper()]
    # The folded terms, lower-cased as the text will be (which keeps their lengths, so the
    # longest still comes first where several match).
    national = [term.lower() for term in lexicon.office_states]
    return Matcher(
        lexicon,
        FormIndex(list(lexicon.state_forms)),
        FormIndex(org_forms),
        FormIndex(place_forms),
        re.compile(rf"(?<![\w\-])(?:{literal_alternation(national)})(?![\w\-])") if national else re.compile(r"(?!x)x"),
        FormIndex(list(lexicon.state_forms) + org_forms + place_forms),
    )
