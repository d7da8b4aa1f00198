"""Which person of a release a shorter or other form of a name stands for: "Blinken",
"Le Drian", "van Klaveren", "B.Battsetseg", "Abdullah bin Zayed"."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from collections.abc import Mapping
from typing import Protocol, TypeVar

# A name's last word that tells a generation, not a surname ("Ferdinand R. Marcos Jr.").
GENERATIONS = frozenset({"Jr", "Sr", "Jr.", "Sr."})
# The start of an Arabic name's lineage or family part ("bin Zayed", "Al Nahyan").
# The words that join a name to the father's ("bin Mohamed"): what follows them is another person's name.
_SON_OF = frozenset({"bin", "ibn", "bint", "ben", "ould", "binti", "binte"})
_NASAB = re.compile(r"(?:Al|Al-|al-|bin|ibn|bint|Bin|Ibn)\b|Al-")


class _Named(Protocol):
    name: str


N = TypeVar("N", bound=_Named)


def stands_for(name: str, full: str) -> bool:
    """Whether ``name`` is a form of the full name ``full``."""
    words, pw = _words(name), _words(full)
    if words[-1] == pw[-1] and (len(words) == 1 or words[0] == pw[0] or words[0].rstrip(".") == pw[0][:1]):
        return True
    if len(words) == 1 and words[0] in pw:
        return True
    if 1 < len(words) < len(pw) and any(pw[k:k + len(words)] == words and pw[k - 1].lower() not in _SON_OF
                                         for k in range(1, len(pw))):
        # "Le Drian" of "Jean-Yves Le Drian", "van Klaveren" of "Alberto van Klaveren Stork"; not "Mohamed
        # bin Zayed Al Nahyan" of "Khaled bin Mohamed bin Zayed Al Nahyan": that is his father's name
        return True
    if 1 < len(words) < len(pw) and pw[:len(words)] == words and _NASAB.match(pw[len(words)]):
        return True  # "Abdullah bin Zayed" of "Abdullah bin Zayed Al Nahyan"
    if 1 < len(words) < len(pw) <= len(words) + 2 and pw[:len(words)] == words and \
            pw[len(words)] not in GENERATIONS | {"II", "III"}:
        return True  # "Daniel Noboa" of "Daniel Noboa Azín": a given name and the first of two surnames
    initial, dot, rest = name.partition(".")  # "B.Battsetseg" of "Battsetseg Batmunkh"
    return bool(dot) and len(initial) == 1 and rest.strip() in pw and \
        any(w[0] == initial for w in pw if w != rest.strip())


_ARTICLE = re.compile(r"\b(?:[Aa]l|[Ee]l)-(?=[A-Z])")


@lru_cache(maxsize=8192)
def _words(name: str) -> tuple[str, ...]:
    """The words of a name as compared: "Kishida" of "KISHIDA Fumio" (a family name in capitals is
    the same word), "Kadhimi" of "Mustafa Al-Kadhimi" (the article joined to it is no part of it)."""
    # ("Szijjártó" of "Peter Szijjarto", a headline written without the accents: the same word)
    # (cached: each name is compared with every person of its release, the accents read once)
    return tuple(_plain(w.title() if len(w) >= 2 and w.isupper() and w.isalpha() else w)
                 for w in _ARTICLE.sub("", name).split())


def _plain(word: str) -> str:
    """``word`` without its accents."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def match_person(persons: Mapping[str, N], name: str) -> N | None:
    """The person of ``persons`` that ``name`` names: the same name first, else the first
    whose full name it is a form of."""
    for p in persons.values():
        if p.name == name:
            return p
    return next((p for p in persons.values() if stands_for(name, p.name)), None)


# An office or form of address right before a word: "Speaker Tunis", "Mr. Paris".
_TITLED_BEFORE = re.compile(r"\b(?:Speaker|President|Minister|Ambassador|Secretary|Chairman|Chairperson|Senator|"
                            r"Governor|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Madam)\s+$")


def surnames_not_places(text: str, places: list[tuple[int, int, str]], persons: list[tuple[int, int]],
                        full_names: list[str]) -> set[int]:
    """The starts of the place mentions (start, end, text) that are a person's name: inside a
    person mention ("Sidie Mohamed Tunis"), or the surname of one of ``full_names`` after an
    office ("Speaker Tunis, who arrived in Midrand": Tunis is no place he went)."""
    surnames = {name.split()[-1] for name in full_names if len(name.split()) >= 2}
    out = set()
    for start, end, written in places:
        if any(a <= start and end <= b for a, b in persons) or \
                written in surnames and _TITLED_BEFORE.search(text, max(0, start - 20), start):
            out.add(start)
    return out
