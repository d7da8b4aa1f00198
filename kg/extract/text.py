"""Sentences and character classes shared by the extraction steps."""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.lexicon import may_match, stem_text  # noqa: F401 (the extraction steps' word tests, re-exported)

# Every upper- and lower-case letter of the Latin blocks, so that "Lajčák", "Braže",
# "Popșoi" and "Türkiye" are words like any other.
UPPER = "".join(chr(c) for c in range(0x41, 0x250) if chr(c).isupper() and chr(c).isalpha())
LOWER = "".join(chr(c) for c in range(0x61, 0x250) if chr(c).islower() and chr(c).isalpha())
U = f"[{UPPER}]"
L = f"[{LOWER}]"

ABBREVIATIONS = {
    "mr", "mrs", "eng", "engr", "ms", "dr", "st", "jr", "sr", "no", "nos", "gen", "lt", "col", "amb", "prof", "sen", "rep",
    "gov", "h.e", "u.s", "u.n", "d.c", "e.g", "i.e", "vs", "mt", "ft", "hon", "rt", "messrs", "adm", "capt",
    "maj", "sgt", "a.i", "p.r.c", "u.k", "u.s.a", "e.u", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "art", "para", "approx", "inc", "ltd", "corp", "co", "md", "mohd", "muhd", "brig", "cdr", "sra", "smt",
}
# A sentence's end: ``[.!?…]+[\"”’')\]]*(?=\s+[\"“‘(\[]?[0-9A-Z...])|\n+``, written to open with
# the set of its first characters, which the engine skips to instead of trying every position.
_BOUNDARY = re.compile(r"[.!?…\n](?:(?<=[.!?…])[.!?…]*[\"”’')\]]*(?=\s+[\"“‘(\[]?[0-9" + UPPER + r"])|(?<=\n)\n*)")


# The last word of a text: the match starts where the run of word characters and dots does,
# so the lookbehind spares the engine a try (and a backtrack) at every position inside it.
_LAST_WORD = re.compile(r"(?<![\w.])([\w.]+)[.!?…]*$")
_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")  # "J.R. Littlejohn"


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int


# "The spokesperson stated that the Minister ...": who speaks is not who the clause is about.
REPORTED_SPEECH = re.compile(r"\b(?:stated|said|says|announced|reported|noted|informed(?: \w+){0,3}?|indicated|added|explained|"
                             r"confirmed|pointed out|told(?: \w+){1,3}?|recalled|recalls|stressed|emphasi[sz]ed|underlined|mentioned|"
                             r"reminded(?: \w+){1,3}?)(?: in a (?:statement|press release|readout))? that\b")


def reported_from(text: str, end: int) -> int:
    """Where the clause a speaker reports opens, before offset ``end`` ("She recalled that
    President A and Prime Minister B had held talks": at "President A"); 0 when no one reports."""
    return max((m.end() for m in REPORTED_SPEECH.finditer(text, 0, end)), default=0)


def sentence_before(sentences: list[Sentence], sentence: Sentence) -> Sentence | None:
    """The sentence of ``sentences`` that ends last before ``sentence`` starts, if any."""
    return next((s for s in reversed(sentences) if s.end <= sentence.start), None)


def split_sentences(text: str, offset: int = 0) -> list[Sentence]:
    """Sentences of ``text`` with offsets into the release (``offset`` added)."""
    sentences: list[Sentence] = []
    start = 0
    paragraph = 0
    for m in _BOUNDARY.finditer(text):
        if m.group(0).startswith("\n"):
            end = m.start()
        else:
            # (read in a slice: at its start the lookbehind sees nothing, as a search from there would not)
            word = _LAST_WORD.search(text[max(start, m.start() - 40): m.start() + 1])
            token = (word.group(1) if word else "").rstrip(".").lower()
            # "Mr. Lajčák", "U.S. Secretary", "Antony J. Blinken", "J.R. Littlejohn": not an end of sentence.
            if token in ABBREVIATIONS or (len(token) == 1 and token.isalpha()) or _INITIALS.fullmatch(token):
                continue
            inside = text[start:m.start()]
            if inside.count("“") > inside.count("”") or inside.count('"') % 2 == 1:
                if not text[m.start():m.end()].rstrip().endswith(("”", '"')):
                    continue  # a full stop inside a quoted title
            end = m.end()
        _add(sentences, text, start, end, offset, paragraph)
        if m.group(0).startswith("\n"):
            paragraph += 1
        start = m.end()
    _add(sentences, text, start, len(text), offset, paragraph)
    return sentences


def _add(out: list[Sentence], text: str, start: int, end: int, offset: int, paragraph: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    lead = len(chunk) - len(chunk.lstrip())
    s = start + lead
    out.append(Sentence(s + offset, s + offset + len(stripped), stripped, paragraph))
