"""Titles that stand for their one holder in a release: "the Taoiseach", "the Toraga", "Te
Beretitenti" written alone, "His Holiness" without the name."""
from __future__ import annotations

import re

from kg.extract.context import Context
from kg.extract.tokens import HEADS

# "His Holiness", "His Majesty" standing alone: the one person the release gives that style.
_STYLES = ("His Holiness", "His Majesty", "Her Majesty", "His Highness", "Her Highness", "His Royal Highness",
           "Her Royal Highness", "His Beatitude", "His Eminence", "Lyonpo", "Lyonchhen")  # (Bhutan's minister, PM)


# Head words of titles that do not name one office on their own ("the Deputy ...", "the Head of"),
# or that DESCRIPTOR reads.
_TITLE_MODIFIERS = {"Deputy", "Chief", "Minister", "Secretary", "President", "Ambassador", "Head", "Director", "Member"}


def own_title_forms(ctx: Context, forms: dict[str, str]) -> dict[str, str]:
    """"the Tánaiste", "the Taoiseach", "the Governor": the one person of the release whose office
    opens with that word, where the release writes it so."""
    holders: dict[str, set[str]] = {}
    bare: dict[str, set[str]] = {}  # ("Te Beretitenti thanked Australia": a title of two words, alone)
    for p in ctx.persons.values():
        for title, _, _ in p.offices:
            word = title.split()[0] if title else ""
            if word in HEADS and word not in _TITLE_MODIFIERS:
                holders.setdefault(word, set()).add(p.key)
            words = title.split()
            if len(words) == 2 and words[-1] in HEADS and words[-1] not in _TITLE_MODIFIERS and words[0][:1].isupper() \
                    and words[0] not in HEADS:
                bare.setdefault(title, set()).add(p.key)
    text = ctx.release.text
    out: dict[str, str] = {}
    for word, keys in holders.items():
        if len(keys) == 1:
            for form in (f"the {word}", f"The {word}"):
                if form in text and form not in forms:
                    out[form] = next(iter(keys))
    for title, keys in bare.items():
        # (written alone, never "the ...": a title the text uses as a name, not "The Special Envoy also discussed")
        if len(keys) == 1 and title not in forms and re.search(rf"\b{re.escape(title)}\s+[a-z]", text) \
                and not re.search(rf"\b[Tt]he\s+{re.escape(title)}\b", text):
            out[title] = next(iter(keys))
    return out


def style_forms(ctx: Context, forms: dict[str, str]) -> dict[str, str]:
    """"His Holiness" alone for the one person the release styles so ("His Holiness Pope Francis")."""
    text = ctx.release.text
    out: dict[str, str] = {}
    for style in _STYLES:
        if style not in text or style in forms:
            continue
        # (a title may stand between: "His Holiness Pope Francis", "His Majesty King Abdullah II")
        after = {m.group(1) for m in re.finditer(re.escape(style) + r"\s+(?:\([^)]{1,10}\)\s+)?((?:[A-Z][\w\-]+\s+){0,7}[A-Z][\w\-]+)",
                                                 text)}  # ("Lyonpo (Dr.) Tandi Dorji")
        # ("His Majesty The Druk Gyalpo Jigme Khesar Namgyel Wangchuck": a title, then the name)
        styled = {forms[f] for f in forms if any(f" {f} " in f" {a} " for a in after)}
        if len(styled) == 1:
            out[style] = next(iter(styled))
    return out
