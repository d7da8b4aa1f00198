"""How a person's name is read across the corpus: the words of a name and those that are no part
of it (forms of address, common words, office titles), its core, its surname and given names,
and when two given names may be one person's ("Tom"/"Thomas", "Toni"/"Antoni")."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Set as AbstractSet

from kg.graph.identity import name_key
from kg.lexicon import ARTICLE_NAME, FORMS_OF_ADDRESS, fold

_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ'’]+")

def common_words(texts: Iterable[str]) -> frozenset[str]:
    """Words (folded) the texts write in lower case at least a quarter as often as capitalised."""
    lower: Counter[str] = Counter()
    upper: Counter[str] = Counter()
    for text in texts:
        for word in _WORD.findall(text):
            (lower if word[0].islower() else upper)[fold(word)] += 1
    return frozenset(w for w, n in lower.items() if n >= 2 and 4 * n >= upper.get(w, 0))


# Forms of address: never a name's word ("Mr. Blinken" is Blinken).
# (folded as ``name_words`` reads a word; and forms that stand alone: "Miss", "Lady", "His Excellency")
HONORIFICS = frozenset(fold(form.rstrip(".’'")) for form in FORMS_OF_ADDRESS) | {"mister", "miss", "lady", "his", "her"}
_HONORIFIC_SUFFIX = re.compile(r"(?<=\w)-(?:ji|san|sama|sensei)\b")
_PARTICLES = frozenset("al el bin bint ibn abu de da di del der van von la le du dos das".split())
_INITIAL = re.compile(r"[A-Z]\.")


def name_words(name: str, stop: frozenset[str]) -> list[tuple[str, bool]]:
    """The words of ``name``, each with whether it may be part of a name: capitalised and
    not a common word (an initial, or a particle inside a name, may be too)."""
    out: list[tuple[str, bool]] = []
    stop_here = stop | HONORIFICS
    for word in name.replace("’", "'").split():
        bare = word.strip(".,;:()\"")
        parts = [fold(p) for p in re.split(r"[-']", bare) if len(p) > 1]
        if _INITIAL.fullmatch(word) or (fold(bare) in _PARTICLES and out):
            out.append((word, True))
        else:
            capital = bare[:1].isupper() or ARTICLE_NAME.match(bare) is not None  # ("al-Sisi")
            out.append((word, bool(parts) and capital and not all(p in stop_here for p in parts)))
    return out


def core_name(name: str, stop: frozenset[str], known_full: AbstractSet[str] = frozenset(),
              known_surnames: AbstractSet[str] = frozenset()) -> str:
    """``name`` without the words that are not part of it: the whole name when every word
    may be a name's; else the longest run of words that is a full name (``known_full``, name
    keys) or a surname (``known_surnames``) of the corpus ("Antony J. Blinken Meet" →
    "Antony J. Blinken", "Has Blinken" → "Blinken"); "" when no word may be a name's."""
    words = name_words(name, stop)
    if not any(ok for _, ok in words):
        return ""
    # A form of address is never part of the name, even around a name the corpus does not
    # know otherwise: "Mr. Pompeo" is the surname "Pompeo", "Dr. Hal Brands" is "Hal Brands".
    # Nor is an honorific suffix ("Jaishankar-ji", "Kishida-san").
    kept = [(_HONORIFIC_SUFFIX.sub("", w), ok) for w, ok in words if fold(w.strip(".,;:()\"")) not in HONORIFICS]
    if kept != words and any(ok for _, ok in kept):
        words = kept
        name = " ".join(w for w, _ in words)
    if all(ok for _, ok in words) or not (known_full or known_surnames):
        return _trim(w for w, ok in words if ok) if not all(ok for _, ok in words) else name
    n = len(words)
    for size in range(n, 0, -1):
        for start in range(0, n - size + 1):
            span = words[start:start + size]
            if not all(ok for _, ok in span) or _INITIAL.fullmatch(span[0][0]):
                continue
            text = _trim(w for w, _ in span)
            key = name_key(text)
            if key in known_full or key in known_surnames:
                return text
    return " ".join(w for w, _ in words)  # junk around an unknown name: left as written


def _trim(words: Iterable[str]) -> str:
    out = list(words)
    while out and _INITIAL.fullmatch(out[-1]):
        out.pop()
    return " ".join(out)


# English short forms that are no prefix of the full name ("Tom Vilsack", "Thomas J. Vilsack"),
# by the full name's key.
_SHORT_FORMS = {
    "tom": "thomas", "bob": "robert", "bobby": "robert", "bill": "william", "will": "william", "jim": "james",
    "jimmy": "james", "dick": "richard", "rick": "richard", "ted": "edward", "ned": "edward", "jack": "john",
    "chuck": "charles", "hank": "henry", "harry": "henry", "larry": "lawrence", "jerry": "gerald",
    "liz": "elizabeth", "beth": "elizabeth", "betsy": "elizabeth", "kate": "katherine", "kathy": "katherine",
    "peggy": "margaret", "meg": "margaret", "sally": "sarah", "molly": "mary", "polly": "mary", "penny": "penelope",
}


def given_compatible(a: str, b: str) -> bool:
    """Two given names (name keys) that may be one person's: equal, equal without vowels,
    or one a short form of the other ("toni"/"antoni", "joe"/"josef", "rob"/"robert",
    "tom"/"thomas", "bill"/"william")."""
    if a == b or not a or not b:
        return True
    if a in _SHORT_FORMS or b in _SHORT_FORMS:
        return given_compatible(_SHORT_FORMS.get(a, a), _SHORT_FORMS.get(b, b))
    short, long_ = sorted((a, b), key=len)
    if len(short) >= 3 and (long_.startswith(short) or long_.endswith(short)):
        return True
    if 3 <= len(short) <= 4 and short[-1] in "aeiou" and long_.startswith(short[:-1]):
        return True
    skeleton = lambda s: re.sub(r"[aeiouh]", "", s)  # noqa: E731
    return len(short) >= 4 and skeleton(a) == skeleton(b)


def surname_of(core: str) -> str:
    """The name key of a name's surname: its last word, with the particles before it
    ("Le Drian", "bin Salman")."""
    words = [w for w in core.split() if not _INITIAL.fullmatch(w)]
    if not words:
        return ""
    start = len(words) - 1
    while start > 0 and fold(words[start - 1]) in _PARTICLES:
        start -= 1
    return name_key(" ".join(words[start:]))


def is_full(core: str) -> bool:
    key = name_key(core)
    return bool(key) and key != surname_of(core)


def given_of(key: str, surname: str) -> str:
    words = key.split()
    rest = words[: len(words) - len(surname.split())] if key.endswith(surname) else words[:-1]
    return rest[0] if rest else ""


def without_house(key: str) -> str:
    """"mohammed bin zayed al nahyan" → "mohammed bin zayed": a name with a patronymic is the
    same name with or without the house it ends with."""
    words = key.split()
    if len(words) >= 5 and words[-2] in ("al", "el") and {"bin", "bint", "ibn"} & set(words[:-2]):
        return " ".join(words[:-2])
    return key


def given_within(key: str, other: str, surname: str) -> bool:
    """"Ashraf Ghani" and "Mohammad Ashraf Ghani": one's given names all among the other's."""
    a, b = (set(k.split()[: len(k.split()) - len(surname.split())]) for k in (key, other))
    return bool(a) and bool(b) and (a <= b or b <= a)
