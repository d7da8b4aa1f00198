"""The names of gatherings: what marks a name as an event's ("Summit", "Ministerial Council"),
whether "between A and B" in it names two states, and when two names, or two numbers, are one
gathering ("11th D-8 Summit" and "11th Summit of the Developing Eight", "XIV CPLP Conference" and
"XIV Conference of Heads of State ... of the CPLP")."""
from __future__ import annotations

import re
from datetime import date, timedelta

from kg.extract.context import Context
from kg.lexicon import fold
from kg.records import Interaction

EVENT_HEAD = re.compile(r"\b(?:[Ss]ummits?|[Mm]inisterial(?: [Mm]eeting| Council)?|[Ff]orum|[Cc]onference|[Ss]ession|"
                        r"[Cc]ongress|[Mm]eeting|COP\d+|[Aa]ssembly|(?:Open|General) Debate|(?<=Council )open debate|Dialogue|Retreat)\b")

# ("11th D-8 Summit"; "XIV CPLP Conference": a Roman number, in capitals)
ORDINAL = re.compile(r"^(?:the\s+)?(\d+(?=st|nd|rd|th)|(?-i:[IVXL]{2,7}|[VX])\b)(?:st|nd|rd|th)?\s+(.+)$", re.I)


def number(written: str) -> int:
    """A gathering's number, in digits or Roman numerals ("11", "XIV")."""
    if written.isdigit():
        return int(written)
    values = [{"I": 1, "V": 5, "X": 10, "L": 50}[c] for c in written]
    return sum(-v if v < w else v for v, w in zip(values, values[1:] + [0]))


def numbered_after_todays(events: list[Interaction], released: str | None) -> list[Interaction]:
    """Undated events numbered after one of the same name held in the release's week: still to
    come ("The 17th Summit of the Economic Cooperation Organization was held today ... for
    adoption at the 18th ECO Summit")."""
    if not released or len(released) < 10:
        return []
    week_before = (date.fromisoformat(released[:10]) - timedelta(days=7)).isoformat()
    numbered = [(e, m) for e in events if (m := ORDINAL.match(e.name or ""))]
    todays = [(number(m[1]), fold(m[2])) for e, m in numbered if e.date and len(e.date) == 10 and week_before <= e.date <= released]
    return [e for e, m in numbered if e.date is None and any(
        number(m[1]) > n and (fold(m[2]) == rest or same_words(fold(m[2]), rest)) for n, rest in todays)]


def same_number(a: str, b: str) -> bool:
    """"11th D-8 Summit" and "11th Summit of the Developing Eight": one event, numbered alike
    and of one kind, however the body is named."""
    ma, mb = ORDINAL.match(a), ORDINAL.match(b)
    heads_a, heads_b = EVENT_HEAD.findall(a), EVENT_HEAD.findall(b)
    return bool(ma and mb and ma[1] == mb[1] and heads_a and heads_b and heads_a[0].lower() == heads_b[0].lower())


def same_words(a: str, b: str) -> bool:
    """"International Conference “X”" and "2021 International Conference on “X”": one event,
    named with and without a year and a preposition."""
    def words(name: str) -> list[str]:
        return [w for w in re.findall(r"\w+", name) if not w.isdigit() and w not in ("on", "of", "the", "in", "for")]
    small, big = sorted((words(a), words(b)), key=len)
    # ("150th IPU Assembly" and "150th Assembly of the Inter-Parliamentary Union": an acronym
    # stands for the words it is the initials of)
    spelt = {w for w in small if w not in big and 2 <= len(w) <= 6 and any(
        "".join(x[0] for x in big[i: i + len(w)]) == w for i in range(len(big) - len(w) + 1))}
    return len(small) >= 2 and set(small) - spelt <= set(big)


def names_states_between(ctx: Context, text: str) -> bool:
    """Whether "between A and B" at the start of ``text`` names two states."""
    m = re.match(r"\s*(?:\([A-Z]{2,8}\)\s*)?between\s+(?:the\s+)?(?P<a>[^.;]{2,70}?)\s+and\s+(?:the\s+)?"
                 r"(?P<b>[A-Z][\w\-]+(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w\-]+){0,5})", text)
    if not m:
        return False
    def state(words: str) -> bool:
        words = re.sub(r"^(?:Democratic\s+)?(?:Republic|Kingdom|State|Federation)\s+of\s+(?:the\s+)?", "", words)
        return ctx.lexicon.state(words) is not None or any(
            ctx.lexicon.state(" ".join(words.split()[i:])) for i in range(len(words.split())))
    return state(m["a"]) and state(m["b"])


def headline_and_between(event: Interaction, name: str, idx: int, at: int, ctx: Context) -> bool:
    """Whether the headline's event ("the ASEAN-GCC Summit") is the one the lead names by its two
    parties ("the first Summit between the GCC and ASEAN"): the same kind of gathering."""
    return event.evidence is not None and event.evidence.start == 0 and idx > 0 and " between " in name and \
        at <= ctx.release.body_offset + 400 and (event.name or "").split()[-1:] == name.split(" between ")[0].split()[-1:]
