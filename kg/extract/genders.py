"""Whom "he" or "she" may stand for: the persons whose honorific or title says which pronoun the
release uses for them ("Ms. Grynspan", "His Excellency Mr. X", "Queen Y")."""
from __future__ import annotations

import re

from kg.extract.context import Context

# An honorific, then up to four words of style or rank, then the name's first word.
_HONORIFIC = re.compile(
    r"\b(?P<hon>Ms|Mrs|Mme|Madam|Madame|Dame|Mr|Monsieur|Sir|(?:His|Her) (?:Excellency|Majesty|(?:Royal )?Highness))\.?"
    r"\s+(?:(?:the|Right|Honourable|Honorable|Hon\.|Dr\.?|Prof\.?|Senator|Ambassador|Mr\.?|Mrs\.?|Ms\.?)\s+){0,4}"
    r"(?P<word>[A-Z][\w\-’']+)")
_FEMALE = ("Ms", "Mrs", "Mme", "Madam", "Madame", "Dame", "Her ")
# Offices only one sex holds, as the release names them.
_FEMALE_TITLES = ("Queen", "Princess", "Sheikha", "First Lady", "Duchess", "Empress")
_FEMALE_TITLE = re.compile(rf"\b(?:{'|'.join(_FEMALE_TITLES)})\b")
_MALE_TITLE = re.compile(r"\b(?:King|Prince|Sheikh|Emir|Amir|Sultan|Duke|Emperor)\b")


def known_genders(ctx: Context) -> dict[str, str]:
    """Person key -> "f" or "m", for the persons the release marks as one or the other (and not both);
    empty where it marks no woman (a pronoun then keeps the person it is read as: see ``agreeing``)."""
    text = ctx.release.text
    # (what a release that marks a woman holds: cheap tests before the scans)
    if not any(mark in text for mark in _FEMALE + _FEMALE_TITLES):
        return {}
    by_word: dict[str, list[str]] = {}
    for person in ctx.persons.values():
        for form in (person.name, *person.aliases):
            for word in form.split()[:1] + form.split()[-1:]:
                by_word.setdefault(word, []).append(person.key)
    marks: dict[str, set[str]] = {}
    for m in _HONORIFIC.finditer(text):
        keys = set(by_word.get(m["word"], ()))
        if len(keys) == 1:
            marks.setdefault(keys.pop(), set()).add("f" if m["hon"].startswith(_FEMALE) else "m")
    for person in ctx.persons.values():
        for title, _, _ in person.offices:
            if _FEMALE_TITLE.search(title):
                marks.setdefault(person.key, set()).add("f")
            elif _MALE_TITLE.search(title):
                marks.setdefault(person.key, set()).add("m")
    return {key: sexes.pop() for key, sexes in marks.items() if len(sexes) == 1}


def agreeing(pronoun: str, chosen: str | None, candidates: list[str], genders: dict[str, str]) -> str | None:
    """The person ``pronoun`` ("he", "she") stands for: ``chosen``, unless the release marks
    them as the other sex, or, for "she", leaves them unmarked where one of ``candidates`` (most
    recent first) is the one woman the release marks among them; then that candidate."""
    want = "f" if pronoun.lower() == "she" else "m"
    have = genders.get(chosen or "")
    if have == want or chosen is None:
        return chosen
    if have is None and want == "m":
        return chosen  # (most officials the release leaves unmarked are men: no ground to move "he")
    matching = [k for k in dict.fromkeys(candidates) if genders.get(k) == want]
    if have is None and len(matching) != 1:
        return chosen
    return matching[0] if matching else chosen
