"""One holder per office: a state has one president, one prime minister, one foreign
minister at a time. A release presumes the publisher's state for offices it names bare
("President Vladimir Putin" in a Kazakh release); where two persons would then hold the same
single office of one state, the one the text ties to the state (else the first named)
keeps it and the others' state is left open rather than guessed wrong."""
from __future__ import annotations

import re

from kg.extract.context import Context, PersonEntity
from kg.extract.persons import PersonMention
from kg.lexicon import fold

# Offices one person holds at a time, by a normal form of their titles.
_SINGLE = {
    "president": "president", "president of republic": "president", "vice president": "vice president",
    "prime minister": "prime minister",
    "chancellor": "chancellor", "king": "king", "queen": "queen", "emir": "emir", "amir": "emir",
    "sultan": "sultan", "crown prince": "crown prince", "secretary of state": "foreign minister",
    "foreign minister": "foreign minister", "minister of foreign affairs": "foreign minister",
    "minister for foreign affairs": "foreign minister", "foreign affairs minister": "foreign minister",
    "external affairs minister": "foreign minister", "minister of external affairs": "foreign minister",
    "minister for europe and foreign affairs": "foreign minister",
}


def _single_office(title: str) -> str | None:
    words = re.sub(r"[\-‐–]", " ", fold(title)).split()
    words = [w for w in words if w not in ("federal", "the")]
    return _SINGLE.get(" ".join(words))


def one_holder_each(persons: list[PersonEntity]) -> None:
    """Leave open the presumed state of a single office another person holds for that state."""
    holders: dict[tuple[str, str], PersonEntity] = {}
    ordered = sorted(persons, key=lambda p: (not any(t not in p.presumed for t, _, _ in p.offices), _named_with_office(p)))
    # Those whose office the text ties to its state come first, then by where the text first
    # names them with an office (not the headline's order: "UAE President congratulates Prabowo"
    # names the guest first).
    for p in sorted(persons, key=lambda p: p.first):
        for title, of, _ in p.offices:
            office = _single_office(title)
            if office and of and title not in p.presumed:
                holders.setdefault((office, of), p)
    for p in ordered:
        for k, (title, of, ev) in enumerate(p.offices):
            office = _single_office(title)
            if not office or not of or title not in p.presumed:
                continue
            holder = holders.setdefault((office, of), p)
            if holder is not p:
                p.offices[k] = (title, None, ev)
                p.presumed.discard(title)
                if p.state == of:
                    p.state = None


def _named_with_office(person: PersonEntity) -> int:
    """The offset where the text first names ``person`` with an office: the sentence the office
    is told in, at the person's surname there."""
    return min((ev.start + max(0, ev.sentence.find(person.surname)) for _, _, ev in person.offices), default=person.first)


def same_title(a: str, b: str) -> bool:
    return a.casefold() == b.casefold()


def body_spelt_out(ctx: Context, title: str, of: str | None, other: str, other_of: str | None) -> bool:
    """"Secretary General" of the OIC and "Secretary General of the Organization of Islamic
    Cooperation": one office, the second naming its body in full."""
    (short, short_of), (long, long_of) = sorted(((title, of), (other, other_of)), key=lambda x: len(x[0]))
    if not short_of or not long_of or not long.casefold().startswith(short.casefold() + " of "):
        return False
    body = re.sub(r"^the ", "", long[len(short) + 4:], flags=re.IGNORECASE)
    entry = ctx.lexicon.organization(body)
    forms = {fold(ctx.label(short_of) or "")} | (
        {fold(entry.name), fold(entry.acronym), *map(fold, entry.aliases)} if entry else set())
    initials = "".join(w[0] for w in body.split() if w[:1].isupper())  # "OIC"
    return fold(body) in forms or fold(initials) in forms or fold(ctx.label(short_of) or "") in forms and entry is not None


_SECRETARY_OF_STATE = re.compile(r"(?i)^(?:deputy |assistant |under )?secretary of state\b")


def home_secretaries(ctx: Context, persons: list[PersonEntity]) -> None:
    """Give a "Secretary of State" the publisher's state, not the American office, where the
    release names the publisher's state and never the United States: the Holy See's Secretary of
    State, Honduras's "Secretary of State in the Office of Foreign Affairs"."""
    home = ctx.home_state
    if not home or home == "US" or not ctx.home_stated or \
            any(m.kind in ("state", "demonym") and m.key == "US" for m in ctx.mentions):
        return
    for p in persons:
        p.offices = [(t, f"state:{home}" if o == "state:US" and _SECRETARY_OF_STATE.match(t) else o, e)
                     for t, o, e in p.offices]


def spouse_and_head(person: PersonEntity, mention: PersonMention) -> bool:
    """Whether ``mention`` (a surname) holds a head of state's office and ``person``, whose
    surname it is, the office of a head of state's spouse."""
    return any(t.endswith(("First Lady", "First Gentleman")) for t, _, _ in person.offices) and \
        any(_HEAD_TITLE.match(o.title) for o in mention.offices)


_HEAD_TITLE = re.compile(r"(?:President|Prime Minister|King|Queen|Emir|Amir|Sultan|Chancellor)\b")
