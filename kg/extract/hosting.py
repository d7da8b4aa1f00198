"""Who hosts whom: events hosted by someone ("the Summit ..., hosted by The Gambia", "the
SEECP Summit, which President X hosted"), which are no meeting of the host; a guest hosted in
the host's state, who visits it; and whose subject a trigger coordinated with a passive has
("X was received by A and met with B")."""
from __future__ import annotations

import re

from kg.extract.clauses import state_of_place
from kg.extract.context import Context
from kg.extract.participants import acting_state
from kg.records import Interaction

# "X was also received by President A and met with Prime Minister B": A is no subject of "met"
_RECEIVED_BY_AND = re.compile(r"\b(?:was|were) (?:also )?(?:received|welcomed|hosted) by\b[^;]*?\band\s+(?:also\s+)?$")


def subject_end(text: str, m: re.Match[str]) -> int:
    """Where the subject of trigger ``m`` may end in its sentence: at its start, or before a
    passive "received by A and" that it is coordinated with."""
    passive = _RECEIVED_BY_AND.search(text, 0, m.start())
    if passive:
        return passive.start()
    if re.search(r"\band\s+(?:was|were)\s+(?:also\s+)?$", text[:m.start()]):
        # "X paid a courtesy call on A, ..., and was received by B": the subject before the first verb
        first = _FIRST_VERB.search(text, 0, m.start())
        return first.start() if first else m.start()
    return m.start()


_FIRST_VERB = re.compile(r"\b(?:met|meets|paid|pays|held|holds|had|received|welcomed|hosted|visited|called|"
                         r"(?:was|were|is|are) (?:also )?(?:received|welcomed|hosted))\b")


def hosted_event(text: str, m: re.Match[str]) -> bool:
    """Whether the trigger ``m`` is the "hosted" of "the Summit ..., hosted by X"."""
    return any(h.end() > m.start() for h in _HOSTED_EVENT.finditer(text, max(0, m.start() - 100), m.end() + 4)) or \
        m.group(0).lower() == "hosted" and (_HOSTED_BEFORE_EVENT.match(text, m.end()) is not None or
                                            _IN_HONOUR.search(text, max(0, m.start() - 30), m.end() + 160) is not None)


# ("attended a State Banquet hosted by President A in honour of Prime Minister B": a ceremony, no
# meeting of A and B; talks over a working dinner are one)
_IN_HONOUR = re.compile(r"(?i)\b(?:banquet|dinner|luncheon|lunch|reception|gala)\s+(?:was\s+)?hosted\s+by\b[^.;]{0,120}?"
                        r"\bin\s+hono(?:u)?r\s+of\b")


# ("Hosted by the External Affairs Minister, X, the two-day Retreat brought together ...": the event's host)
_HOSTED_BEFORE_EVENT = re.compile(r"\s+by\s+[^;]{3,120}?,\s+the\s+(?:[\w\-’']+\s+){0,4}?(?i:summit|conference|forum|ministerial|"
                                  r"session|congress|assembly|retreat|dialogue)\b")


# (a "trilateral meeting hosted by X" is a meeting with X; a summit is not: "the 15th Islamic
# Summit of the Organisation of Islamic Cooperation, hosted by The Gambia")
# ("the first Summit between the GCC and the Association of Southeast Asian Nations (ASEAN), hosted by")
_HOSTED_EVENT = re.compile(r"(?i)\b(?:summit|conference|forum|ministerial|session|congress|assembly|dialogue|exhibition|expo)\b"
                           r"(?:\s+(?:of|between)\s+(?:the\s+)?(?-i:[A-Z])[\w\-’']*(?:\s+(?:(?:of|and|for|the)\s+)*"
                           r"(?:(?-i:[A-Z])[\w\-’']*|\((?-i:[A-Z]){2,10}\))){0,10})?,?\s+hosted\s+by\b")
# ("the SEECP Summit, which President X hosted": the event's host, no meeting of X)
RELATIVE_HOST = re.compile(r",\s+(?:which|that)\s+(?:[\w.\-’']+\s+){1,6}$")
_HOSTING = re.compile(r"hosted|hosts|received|receives", re.IGNORECASE)


def hosted_visit(ctx: Context, trigger: str, keys: list[str], it: Interaction) -> Interaction | None:
    """"X hosted his Indian counterpart Y in Vienna": Y visits X's state, when the venue is
    there and Y acts for another state (an ambassador resides there: no visit)."""
    if not _HOSTING.fullmatch(trigger) or not it.place or len(keys) != 2:
        return None
    where = state_of_place(ctx, it.place)
    host, guest = keys
    if where is None or acting_state(ctx, host) != f"state:{where}":
        return None
    home = acting_state(ctx, guest)
    person = ctx.persons.get(guest.split(":", 1)[1]) if guest.startswith("person:") else None
    if home is None or home == f"state:{where}" or person is None or \
            any(re.search(r"Ambassador|Charg|Envoy|Consul", title) for title, _, _ in person.offices):
        return None
    return Interaction("visit", [ctx.label(guest) or "", ctx.label(f"state:{where}") or ""], it.date, it.place,
                       None, [], it.evidence)


def chaired_gathering(text: str, m: re.Match[str]) -> bool:
    """Whether the trigger ``m`` is the "co-chaired" of a gathering's chairs ("PALM10 was co-chaired
    by A and B, and brought together the leaders"): the summit's, no meeting of the two."""
    return re.fullmatch(r"(?i)co-?chaired", m.group(0)) is not None and _GATHERING.search(text, 0, m.start()) is not None


def summit_chaired(text: str, m: re.Match[str]) -> bool:
    """Whether the trigger ``m`` is the "co-chaired" of a named summit or conference ("X co-chaired
    the Second CARICOM–India Summit ..., alongside A and B"): the summit's chairs, no meeting of them."""
    return re.fullmatch(r"(?i)co-?chaired", m.group(0)) is not None and _SUMMIT_AFTER.match(text, m.end()) is not None


_SUMMIT_AFTER = re.compile(r"\s+(?:the\s+)?(?:[\w\-–]+\s+){0,5}(?:Summit|Conference|Forum|Assembly)\b")


def own_talks_told(text: str, m: re.Match[str]) -> tuple[int, int] | None:
    """Where, in ``text``, the one told of the talks or call the trigger ``m`` names begins, and where
    those they were held with begin ("The Foreign Minister informed the Secretary General of the
    telephone conversation she held last week with her Peruvian counterpart": hers with the
    counterpart, not with him); None where the sentence tells no such thing."""
    informed = _INFORMED_OF.search(text, 0, m.start())
    held = _HELD_WITH.match(text, m.end()) if informed else None
    return (informed.start(), held.end()) if held else None


_INFORMED_OF = re.compile(r"\b(?:informed|briefed|told|updated|apprised)\s+[^.;]{1,80}?\s+(?:of|about|on)\s+"
                          r"(?:the|her|his|their)\s+(?:[\w\-]+\s+){0,2}$")
_HELD_WITH = re.compile(r"\s+(?:that\s+)?(?:she|he|they)\s+(?:had\s+)?(?:held|had|conducted)\b[^.;]{0,60}?\bwith\s+")


def opening_clause_end(text: str, m: re.Match[str]) -> int:
    """Where the sentence's opening clause that holds the trigger ``m`` ends, after it ("Following
    his meeting with the Prime Minister, and in the presence of A and B, C and D signed": the
    meeting is of those the clause names); the sentence's length when it opens no such clause."""
    if not _OPENING_CLAUSE.match(text, 0, m.start()) or "," not in text[m.end():]:
        return len(text)
    return text.index(",", m.end()) - m.end()


_OPENING_CLAUSE = re.compile(r"(?:Following|After|Ahead of|Before)\s+(?:his|her|their|the)\s+[^,;]*$")
_GATHERING = re.compile(r"\b(?:Summit|Leaders|Forum|Conference|Assembly|[A-Z]{2,}\d+)\b")
