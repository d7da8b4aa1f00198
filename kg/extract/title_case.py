"""Headlines in capitals ("PRESIDENT MAHAMA ENDS WORKING VISITS TO MALI, BURKINA FASO AND
NIGER"): every step reads names by their capitals, so such a headline names no one and tells
nothing. ``recased`` writes it as the body writes its words ("President Mahama ends working
visits to Mali, Burkina Faso and Niger"), letter for letter the same length, so that offsets
into the release still hold."""
from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from kg.extract.text import Sentence

if TYPE_CHECKING:
    from kg.lexicon import Lexicon
    from kg.records import Release

_WORD = re.compile(r"[^\W_]+")
# (not "Ghana–Burkina Faso": a dash opens a sentence only before a space, as a list item's)
_SENTENCE_START = re.compile(r"(?:^|[.!?:;•\n]\s*|[–—\-]\s+|[“\"‘(]\s*)$")


def headline_recased(sentences: list[Sentence], release: Release, lexicon: Lexicon) -> list[Sentence]:
    """``sentences`` with a headline in capitals read as the body writes its words (the
    evidence still quotes the text as it is)."""
    if not shouting(release.title):
        return sentences
    title, end = recased(release.title, release.body, lexicon), len(release.title)
    return [Sentence(s.start, s.end, title[s.start:s.end], s.paragraph) if s.end <= end else s for s in sentences]


def shouting(title: str) -> bool:
    """Whether a title is written in capitals: more than a few letters, next to none lower-case."""
    letters = [c for c in title if c.isalpha()]
    return len(letters) >= 12 and sum(c.islower() for c in letters) <= len(letters) // 20


def recased(title: str, body: str, lexicon: Lexicon) -> str:
    """``title`` with each word in the form the body gives it mid-sentence, else capitalised when
    the lexicon knows it (a state, a place, an organisation, a word of a title), else lower-case.
    Acronyms the body writes in capitals stay so."""
    out = list(title)
    forms: dict[str, str] = {}
    words = list(_WORD.finditer(title))
    for k in range(len(words)):  # (names of two or three words: "BURKINA FASO", "NEW ZEALAND")
        for n in (3, 2):
            run = words[k:k + n]
            phrase = " ".join(w.group(0)[:1] + w.group(0)[1:].lower() for w in run)
            if len(run) == n and title[run[0].start():run[-1].end()] == phrase.upper() and \
                    (lexicon.state(phrase) or lexicon.place(phrase)):
                forms.update({w.group(0).casefold(): w.group(0)[:1] + w.group(0)[1:].lower() for w in run})
                break
    for m in words:
        word = m.group(0)
        key = word.casefold()
        if key not in forms:
            forms[key] = _form(word, body, lexicon)
        form = forms[key] if len(word) > 1 else word.lower()  # ("MNANGAGWA'S": the "s" after the apostrophe)
        if len(form) == len(word):
            out[m.start():m.end()] = form
    first = next((k for k, c in enumerate(out) if c.isalpha()), None)
    if first is not None:
        out[first] = out[first].upper() if len(out[first].upper()) == 1 else out[first]
    return "".join(out)


def _form(word: str, body: str, lexicon: Lexicon) -> str:
    seen: Counter[str] = Counter()
    at_start: Counter[str] = Counter()
    for m in re.finditer(rf"(?<![^\W_]){re.escape(word)}(?![^\W_])", body, re.I):
        found = m.group(0)
        (at_start if _SENTENCE_START.search(body[max(0, m.start() - 3):m.start()]) else seen)[found] += 1
    if seen:
        return seen.most_common(1)[0][0]
    capital = word[:1] + word[1:].lower()
    if any(f.isupper() and len(f) > 1 for f in at_start):
        return word  # ("SIDS4", "OIC" opening a sentence: an acronym)
    if any(c.isdigit() for c in word) or len(word) <= 3 and word.lower() not in _SMALL_WORDS:
        return word  # ("PM MARAPE", "UK", "G20": an abbreviation)
    state, body_of = lexicon.state(capital), lexicon.organization(word)
    if body_of and not state:
        return word  # ("OAS", "SEGIB": an organisation's acronym)
    known = state or lexicon.place(capital) or capital in _TITLE_WORDS or capital[:-1] in _TITLE_WORDS
    return capital if known else word.lower()


# Words of offices, capitalised before a name ("President Mahama", "Foreign Minister Kombo").
_TITLE_WORDS = {"President", "Minister", "Prime", "Foreign", "Secretary", "General", "Deputy", "Vice", "Ambassador",
                "King", "Queen", "Prince", "Emir", "Sultan", "Chancellor", "Speaker", "Chairman", "Chairperson", "Chair",
                "Commissioner", "Envoy", "Special", "Governor", "Senator", "Mayor", "Crown", "Head"}
# Short words that are words, not abbreviations.
_SMALL_WORDS = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with", "its", "his",
                "her", "new", "two", "top", "key", "met", "meets", "set", "sets", "all", "are", "is", "was", "be",
                "has", "had", "out", "off", "up", "one", "six", "ten", "day", "end", "ends", "pay", "pays", "vow",
                "our", "how", "why", "who", "but", "not", "via", "per", "from", "into", "over"}
