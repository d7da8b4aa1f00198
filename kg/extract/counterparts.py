"""Counterparts: "his Indian counterpart Subrahmanyam Jaishankar", "X and his counterpart
from Latvia, Y": the word that marks the name beside it as a person and gives their state."""
from __future__ import annotations

import re

from kg.extract.tokens import COUNTERPART_WORDS, HONORIFICS, Token


def counterpart_before(tokens: list[Token], i: int) -> str | None:
    """"his Indian counterpart Subrahmanyam Jaishankar", "his French opposite number, Laurent
    Fabius": a name the text introduces as someone's counterpart. Returns the state of the
    demonym before the word ("state:IN"), "" when none is given, None when no counterpart word."""
    k = i - 1
    addressed = False  # ("her Bhutanese counterpart Dr. Lotay Tshering": words of address between)
    while k >= 1 and (tokens[k].text in HONORIFICS or tokens[k].text == "." and tokens[k - 1].text in HONORIFICS):
        k, addressed = k - 1, True
    if k >= 0 and tokens[k].text == ",":
        k -= 1
    # "his counterpart from Turkmenistan Rashid Meredov": the state after the word.
    after_state = ""
    if k >= 1 and tokens[k].tags & {"state"} and tokens[k].key:
        mention, key = tokens[k].mention, tokens[k].key
        while k >= 0 and tokens[k].mention is mention and mention is not None:
            k -= 1
        if k >= 0 and tokens[k].text in ("from", "of", "the"):
            while k >= 0 and tokens[k].text in ("from", "of", "the"):
                k -= 1
            after_state = f"state:{key}"
        else:
            return None
    if k < 0 or tokens[k].text.lower() not in COUNTERPART_WORDS:
        return None
    if after_state:
        return after_state
    before = tokens[k - 1] if k >= 1 else None
    if before is not None and before.tags & {"demonym", "state"} and before.key:
        return f"state:{before.key}"
    # (but "his counterpart Mr. Patrushev", of no state said, is left as the text's other forms of address are)
    return None if addressed else ""


def coordinated(tokens: list[Token], k: int) -> bool:
    """Whether the singular counterpart phrase before token ``k`` follows "and" or a verb's "with":
    "X and his Estonian counterpart, Minister Y" (not "Together with his Dutch counterpart,
    Minister Y", nor the apposition "X, their Polish counterpart, Minister Y")."""
    k -= 1
    if k >= 0 and tokens[k].text == ",":
        k -= 1
    if k < 0 or tokens[k].text.lower() not in ("counterpart", "colleague", "number"):
        return False
    while k >= 0 and tokens[k].text.lower() not in ("his", "her", "their", "its"):
        k -= 1
    # ("met with his Indian counterpart, Foreign Minister X" too; not an opening "Together with")
    return k >= 1 and (tokens[k - 1].text == "and" or tokens[k - 1].text == "with" and k >= 3)


def counterpart_after(tokens: list[Token], j: int) -> str | None:
    """"Grzegorz Schetyna, their Polish counterpart,": the same as ``_counterpart_before``, the
    word after the name."""
    k = j
    if k >= len(tokens) or tokens[k].text != ",":
        return None
    k += 1
    if k < len(tokens) and "gap" in tokens[k].tags and tokens[k].text in ("his", "her", "their", "its", "the"):
        k += 1
    else:
        return None  # ("Safadi, Malaysian counterpart hold talks": a headline's "and", not an apposition)
    state = ""
    if k < len(tokens) and tokens[k].tags & {"demonym", "state"} and tokens[k].key:
        state = f"state:{tokens[k].key}"
        mention = tokens[k].mention
        while k < len(tokens) and tokens[k].mention is mention and mention is not None:
            k += 1
    if k < len(tokens) and "gap" in tokens[k].tags and tokens[k].text == "opposite":
        k += 1
    if k < len(tokens) and tokens[k].text.lower() in COUNTERPART_WORDS:
        return state
    return None


# What stands between "delegation" and the name of the one who led it. (Read in the text: the
# tokens hold no run of ordinary lower-case words, "whose delegation was led by", one by one.)
_LED_BY = re.compile(r"\b[Dd]elegation(?:\s+of\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3})?\s*,?\s*"
                     r"(?:(?:which|that)\s+)?(?:(?:was|were|is)\s+)?(?:led|headed)\s+by\s+(?:the\s+)?$")


def delegation_state(tokens: list[Token], k: int, text: str, base: int) -> str | None:
    """The state whose delegation the person at token ``k`` led: "the Kingdom of Saudi Arabia,
    whose delegation was led by the Minister of Foreign Affairs, X", "the Saudi delegation, led
    by X", "the delegation of Chile, headed by X" (their offices, else unstated, are that state's).
    ``text`` is the sentence's, starting at offset ``base``."""
    led = _LED_BY.search(text, 0, tokens[k].start - base) if "by" in text else None
    if led is None:
        return None
    word = base + led.start()  # where "delegation" stands
    before = [t for t in tokens[:k] if t.start < word]
    for t in reversed(before[-8:]):  # (the state before it: "Saudi", "Chile, whose")
        if t.tags & {"state", "demonym"} and t.key:
            return f"state:{t.key}"
        if t.text in (".", ";", "and"):
            break
    for t in tokens[len(before):k]:  # ("the delegation of Chile")
        if t.tags & {"state"} and t.key:
            return f"state:{t.key}"
    return None
