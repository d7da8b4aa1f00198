"""The office that issued a release, named on a header line before the text: "Presidency of
the Republic", "Office of the Prime Minister - Ethiopia", "THE PRESIDENT'S OFFICE",
"Kingdom of Bahrain – Ministry of Foreign Affairs". It is an organisation of the release, as
annotators list it, though no sentence names it."""
from __future__ import annotations

import re

from kg.records import Release
from kg.sources.stamps import header_line

# Words that make a header's part a body's name (a ministry, an office, a presidency).
_BODY_WORDS = re.compile(r"\b(?:Ministry|Office|Presidency|Secretariat|Court|Chancellery|Directorate|Department)\b",
                         re.IGNORECASE)
# Parts that are labels or the state itself, not the issuer: "Press Release", "Government of Georgia".
# ("Ned Price, Department Spokesperson": a person's office, not the issuer)
_NOT_ISSUER = re.compile(r"^(?:Government|Republic|Kingdom|State)\b|\b(?:Press|Media|News)\s+(?:Release|Statement)\b|"
                         r"\bPress\s+release\b|\bby\b|\bfrom\b|\bSpokes(?:person|man|woman)\b|\b(?:Building|Hall|Hotel)$",
                         re.IGNORECASE)  # ("Rayburn House Office Building": where it was said)
_PARTS = re.compile(r"\s+[|–—·•/-]\s+|,\s+")  # ("Office of the President, Republic of Liberia")
_SMALL = {"of", "the", "and", "for", "on", "in", "to"}


def header_paragraphs(release: Release) -> list[tuple[str, int]]:
    """The header paragraphs between the title and the text of ``release`` (stamps, labels, the
    publisher's name), each with its offset in the release text."""
    out: list[tuple[str, int]] = []
    offset = release.body_offset
    for paragraph in release.text[offset:].split("\n\n")[:3]:
        if not header_line(paragraph):
            break
        out.append((paragraph, offset))
        offset += len(paragraph) + 2
    return out


def issuer_names(release: Release) -> list[tuple[str, int]]:
    """The issuing bodies named on the header lines of ``release`` (between its title and its
    text), each with its offset in the release text."""
    out: list[tuple[str, int]] = []
    for paragraph, at in header_paragraphs(release):
        for line in paragraph.split("\n"):
            for part in _PARTS.split(line.strip()):
                part = part.strip(" .:")
                found = release.text.find(part, at)
                if 2 <= len(part.split()) <= 10 and _BODY_WORDS.search(part) and not _NOT_ISSUER.search(part) \
                        and found >= 0:
                    out.append((_cased(part), found))
            at += len(line) + 1
    return out


def _cased(name: str) -> str:
    """'THE PRESIDENT'S OFFICE' → "The President's Office"; a name in mixed case stays."""
    if not name.isupper():
        return name
    words = [w.lower() if w.lower() in _SMALL and k else w[:1] + w[1:].lower() for k, w in enumerate(name.split())]
    return " ".join(words)
