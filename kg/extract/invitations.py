"""Invitations to visit: each is a planned visit, an initiative named "visit of <guest> to
<state>", proposed by whoever invites.

Releases word them many ways: "invited X to visit Cairo", "invited X to make an official
visit to Madrid", "extended an invitation to X to pay a state visit to Singapore", "a letter
from President Y inviting X to visit Finland", "conveyed the invitation of President Y for
President X to pay an official visit to Moldova", "X has accepted the invitation of his Mexican
counterpart to make a state visit to Mexico", and "the visit of X to Ankara, at the invitation
of the Turkish President".
"""
from __future__ import annotations

import re
from typing import Protocol

from kg.extract.context import Context, PersonEntity
from kg.extract.proposers import (
    destination, first_person, label_of, last_pair, nearest_person, person_in, proposer_of,
)
from kg.extract.text import Sentence

# (the guest's name may hold abbreviations, "the Rt. Hon. K.P. Sharma Oli", and an apposition
# follow it, ", Prime Minister of Nepal,")
# one apposition or two (", Mukhtar Babayev, who will preside over COP29,"), the first may name the guest
_WHO = r"(?P<who>(?:[^,.;]|\.(?=\s?[A-Z]))[^,;]{1,80}?)(?:,\s+(?P<appos>[^,;]{2,80}?)(?:,\s+[^,;]{2,80}?)?,)?"
# ("to pay a State Visit to Liberia": capitalised as a title)
_TO_VISIT = r"to\s+(?:(?:pay|make|undertake|conduct)\s+(?:an?\s+)?(?:[\w\-]+\s+){0,2}[Vv]isit\s+to|visit|return\s+to)\s+"
INVITED = re.compile(
    r"\b(?:invited|inviting|invites|(?:extended|conveyed|handed over|passed on|delivered)\s+an?\s+(?:\w+\s+)?"
    r"invitation\s+to"
    # ("renewed the invitation for Minister Cravinho to visit Cabo Verde")
    r"|(?:renewed|reiterated|repeated|reaffirmed|extended)\s+(?:the|an?|his|her|their)\s+(?:\w+\s+)?invitation\s+(?:for|to))"
    rf"\s+{_WHO}\s+{_TO_VISIT}", re.I)
# "the invitation of President Maia Sandu for President Nausėda to pay an official visit to ..."
# "the invitation of the Head of State of Tajikistan to the Prime Minister of Malaysia to pay ...",
# "Prime Minister Lawrence Wong's invitation for Prime Minister Modi to visit Singapore"
_INVITATION_FOR = re.compile(rf"(?:\binvitation (?:of|from) (?P<host>[^,.;]{{2,120}}?)|(?P<owner>\b[A-Z][^,.;]{{2,60}}?)"
                             rf"(?:’s|'s) invitation) (?:for|to) {_WHO}\s+{_TO_VISIT}")
# "conveyed to him an invitation from President Petr Pavel to visit the Czech Republic": to the one
# it was conveyed to, from its host
# ("handed the Prime Minister a written invitation from President Erdoğan to pay ...": the one handed it)
_CONVEYED_TO = re.compile(rf"\b(?:conveyed|handed(?: over)?|delivered|extended|passed on|transmitted|addressed|renewed|gave)\s+"
                          rf"(?:to\s+)?(?P<who>[^,.;]{{2,80}}?)\s+(?:an?|the|his|her)\s+(?:\w+\s+)?invitation\s+"
                          # (not "... of X for Y to visit"; "from the President of Mexico, Andrés Manuel López
                          # Obrador, to pay": the host's name in commas; "The Iraqi Speaker also extended to
                          # Al Yamahi an invitation to visit Iraq": no host named, the subject's own)
                          rf"(?:(?:from|of)\s+(?P<host>(?:(?!\bfor\b)[^.;]){{2,100}}?),?\s+)?{_TO_VISIT}")
# "asked the guest to convey his invitation to Prime Minister Viktor Orban to pay an official visit to ..."
_HIS_INVITATION = re.compile(rf"\b(?:his|her|their) invitation to (?P<who>[^,.;]{{2,80}}?)\s+{_TO_VISIT}")
# "Sheikh Hasina looked forward to visiting Indonesia at the invitation of President Joko Widodo"
_LOOKS_FORWARD = re.compile(r"\blook(?:s|ed|ing)? forward to (?:visiting|paying (?:an? )?(?:[\w\-]+ ){0,2}visit to)\s+")
# "has accepted the invitation of his Mexican counterpart to make a state visit to Mexico"
# ("accepted with pleasure the Prime Minister's invitation to visit Nepal")
_ACCEPTED = re.compile(rf"\baccepted (?:with \w+ )?(?:(?:an?|the) (?:\w+ )?invitation (?:of|from) (?P<host>[^,.;]{{2,80}}?)|"
                       rf"(?P<owner>the [^,.;]{{2,60}}?)(?:’s|'s) invitation)\s+{_TO_VISIT}")
# "President Stubb, whom he invited to pay a visit to Poland": the one named before "whom"
_WHOM_INVITED = re.compile(rf",\s+whom\s+(?:he|she|they|[A-Z][\w\-]+)\s+(?:also\s+)?invited\s+{_TO_VISIT}")
# "the visit of Prime Minister Mitsotakis to Ankara, at the invitation of the Turkish President"
AT_INVITATION = re.compile(r"^[^.;]{0,40}?,?\s+(?:at|upon|on) the invitation of\s+")
_COLLEAGUE = re.compile(r"(?:his|her|their) (?:(?P<adj>[A-Z][\w\-]+) )?(?:counterparts?|colleagues?)")

class Add(Protocol):
    def __call__(self, name: str, proposer: str | None, sentence_idx: int, *, aliases: list[str]) -> None: ...


def invited_visits(ctx: Context, idx: int, add: Add) -> list[tuple[int, int]]:
    """Add the visits sentence ``idx`` invites to; the spans it read (a planned-visit pattern
    inside them is the same visit)."""
    sentence = ctx.sentences[idx]
    text = sentence.text
    spans: list[tuple[int, int]] = []

    def visit(guest: str | None, end: int, proposer: str | None) -> bool:
        """Add the visit of ``guest`` to the place named at ``end``, to its state, the city the
        text wrote as an alias; whether there was one to add."""
        dest = _state_of(ctx, destination(ctx, sentence, end))
        if dest in _HOME_WORDS and proposer:
            dest = _acting_for(ctx, proposer) or dest  # ("invited him to visit the Kingdom": the inviter's)
        if not guest or not dest:
            return False
        written = _written(text[end:])
        add(f"visit of {guest} to {dest}", proposer, idx,
            aliases=[f"visit of {guest} to {written}"] if written and written != dest else [])
        return True

    for m in INVITED.finditer(text):
        guest = m["appos"] and person_in(ctx, idx, m.start("appos"), m.end("appos")) or \
            _guest(ctx, idx, sentence, m.start("who"), m.end("who"), m.group("who"), m.start())
        # (else the one named right before: "..., and Dr. Al-Sheikh invited him to visit the Kingdom")
        proposer = proposer_of(ctx, idx, m.start()) or nearest_person(ctx, idx, m.start())
        if re.fullmatch(r"(?i)him|her", m["who"]):
            # the pronoun read as the subject ("The President thanked President Isaias ... and invited
            # him to visit Mogadishu"): the one named before, neither the subject nor whoever invites
            subject = first_person(ctx, idx, m.start())
            inviter = _named_right_before(ctx, idx, m.start())
            if guest == subject:
                guest = _object_before(ctx, idx, m.start(), {subject, proposer}) or m["who"]
            elif guest is not None and guest == inviter:  # ("Birla proposed ..., and Dr. Al-Sheikh invited him")
                guest = subject or m["who"]
        if re.fullmatch(r"(?i)him|her|them|us|me|you", guest):
            continue  # "Will you be inviting him to visit the White House?": who, the sentence does not say
        visit(guest, m.end(), proposer)
        spans.append((m.start(), m.end()))
    for m in _WHOM_INVITED.finditer(text) if "whom" in text else ():
        if visit(nearest_person(ctx, idx, m.start() + 1), m.end(), proposer_of(ctx, idx, m.start())):
            spans.append((m.start(), m.end()))
    for m in _CONVEYED_TO.finditer(text) if "invitation" in text else ():
        host = _last_person_in(ctx, idx, m.start("host"), m.end("host")) if m["host"] else \
            proposer_of(ctx, idx, m.start())
        guest = person_in(ctx, idx, m.start("who"), m.end("who"))
        if guest is None and re.fullmatch(r"(?i)him|her|them", m["who"]):
            # (of the two who just met, the one from elsewhere than the state to visit: "was received
            # by President Ruto ... conveyed to him an invitation ... to visit the Czech Republic")
            pair = last_pair(ctx, sentence.end) or ()
            dest = ctx.lexicon.state(_state_of(ctx, destination(ctx, sentence, m.end())) or "")
            states = {p.name: p.state or next((o for _, o, _ in p.offices if o and o.startswith("state:")), None)
                      for p in ctx.persons.values() if p.name in pair}
            guest = next((name for name, state in states.items() if dest is not None and
                          state not in (None, f"state:{dest.code}")), None)
        if visit(guest, m.end(), host):
            spans.append((m.start(), m.end()))
    for m in _INVITATION_FOR.finditer(text) if "invitation" in text else ():
        if any(a <= m.start() < b for a, b in spans):
            continue
        host = "host" if m["host"] else "owner"
        # (the last person named before "'s invitation": "DPM Gan conveyed PM Wong's")
        visit(person_in(ctx, idx, m.start("who"), m.end("who")), m.end(),
              _last_person_in(ctx, idx, m.start(host), m.end(host)))
        spans.append((m.start(), m.end()))
    for m in _HIS_INVITATION.finditer(text) if "invitation" in text else ():
        if any(a <= m.start() < b for a, b in spans):
            continue
        visit(person_in(ctx, idx, m.start("who"), m.end("who")), m.end(), first_person(ctx, idx, m.start()))
        spans.append((m.start(), m.end()))
    for m in _LOOKS_FORWARD.finditer(text) if "forward" in text else ():
        inviter = re.match(r"[^,.;]{0,40}?\s+at the invitation of\s+", text[m.end():])
        if inviter is None:
            continue  # (only a visit someone was invited to: a wish is no plan)
        at = m.end() + inviter.end()
        if visit(nearest_person(ctx, idx, m.start()), m.end(), person_in(ctx, idx, at, at + 80)):
            spans.append((m.start(), m.end()))
    for m in _ACCEPTED.finditer(text):
        guest = nearest_person(ctx, idx, m.start())
        side = "host" if m["host"] else "owner"
        host = person_in(ctx, idx, m.start(side), m.end(side)) or \
            _guest(ctx, idx, sentence, m.start(side), m.end(side), m.group(side), m.start())
        visit(guest, m.end(), host if host != guest else None)
        spans.append((m.start(), m.end()))
    return spans


def _state_of(ctx: Context, dest: str | None) -> str | None:
    """An invitation to a city ("to visit Cairo") is to its state: the guest comes from abroad;
    a state by its usual name ("the Republic of Moldova": Moldova)."""
    entry = ctx.lexicon.place(dest) if dest else None
    if entry is not None:
        return ctx.label(f"state:{entry.code}") or dest
    state = ctx.lexicon.state(dest) if dest else None
    return (ctx.label(f"state:{state.code}") or dest) if state is not None else dest


def _written(text: str) -> str | None:
    """The place as the text writes it after "to visit" ("Mexico City", "Baku")."""
    m = re.match(r"(?:the\s+)?([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,3})", text)
    return m.group(1) if m else None


# A state named by its kind: the inviter's own ("to visit the Kingdom").
_HOME_WORDS = {"Kingdom", "Republic", "Sultanate", "Emirate", "Emirates", "State", "Principality", "Grand Duchy"}


def _acting_for(ctx: Context, name: str) -> str | None:
    """The label of the state the person named ``name`` acts for, as the text gives it."""
    person = _person_named(ctx, name)
    states = [of for _, of, _ in person.offices if of and of.startswith("state:")] if person else []
    code = person.stated if person and person.stated else states[0] if states else None
    return ctx.label(code) if code else None


def _person_named(ctx: Context, name: str | None) -> PersonEntity | None:
    return next((p for p in ctx.persons.values() if p.name == name), None)


def _named_right_before(ctx: Context, idx: int, at: int) -> str | None:
    """The person whose name ends right before ``at`` in sentence ``idx`` ("Dr. Al-Sheikh invited")."""
    sentence = ctx.sentences[idx]
    right = [r for r in ctx.refs[idx] if r.kind == "person" and r.end - sentence.start <= at
             and not sentence.text[r.end - sentence.start:at].strip()]  # (not "..., António Costa, inviting him")
    return label_of(ctx, right[-1]) if right else None


def _object_before(ctx: Context, idx: int, at: int, besides: set[str | None]) -> str | None:
    """The last person named before ``at`` in sentence ``idx`` who is none of ``besides``."""
    sentence = ctx.sentences[idx]
    names = [label_of(ctx, r) for r in ctx.refs[idx] if r.kind == "person" and r.start - sentence.start < at]
    return next((n for n in reversed(names) if n and n not in besides), None)


def _last_person_in(ctx: Context, idx: int, start: int, end: int) -> str | None:
    sentence = ctx.sentences[idx]
    inside = [r for r in ctx.refs[idx] if r.kind == "person" and start <= r.start - sentence.start < end]
    return ctx.label(f"person:{inside[-1].key}") if inside else None


def inviter_after(ctx: Context, idx: int, end: int) -> str | None:
    """Who invites, where ", at the invitation of X" follows a visit's name ending at ``end``."""
    m = AT_INVITATION.match(ctx.sentences[idx].text[end:])
    return person_in(ctx, idx, end + m.end(), end + m.end() + 80) if m else None


def _guest(ctx: Context, idx: int, sentence: Sentence, start: int, end: int, words: str, at: int) -> str:
    """The person invited: named there, or "his Chilean counterpart" (the one of that state,
    else the other person of the inviter's last meeting or call)."""
    colleague = _COLLEAGUE.fullmatch(words)
    if not colleague:
        return person_in(ctx, idx, start, end) or words
    host = nearest_person(ctx, idx, at)
    state = ctx.lexicon.state(colleague.group("adj") or "")
    code = f"state:{state.code}" if state else None
    of_state = [p.name for p in ctx.persons.values() if code and p.name != host and
                (p.state == code or any(o == code for _, o, _ in p.offices))]
    if of_state:
        return of_state[0]
    pair = last_pair(ctx, sentence.end, with_person=host)
    if pair:
        return next((p for p in pair if p != host), words)
    # (the one other person holding the inviter's kind of office: the foreign ministers)
    kinds = _kinds(ctx, host)
    alike = [p.name for p in ctx.persons.values() if p.name != host and kinds & _kinds(ctx, p.name)]
    return alike[0] if len(alike) == 1 else words


def _kinds(ctx: Context, name: str | None) -> set[str]:
    person = _person_named(ctx, name)
    titles = " | ".join(t for t, _, _ in person.offices
                        if not re.search(r"(?i)under|deputy|vice|ambassador|envoy", t)).lower() if person else ""
    return {kind for kind, words in (("foreign", ("foreign", "external")), ("government", ("prime minister",)),
                                     ("state", ("president", "king", "emir", "sultan"))) if any(w in titles for w in words)}


_PLANNED_TRIP = re.compile(r"(?:visit|travel|trip) of (?P<who>.+?) to (?P<where>.+)")


def visits_own_state(ctx: Context, name: str) -> bool:
    """Whether a planned "visit of X to Y" takes X to the state X acts for: the inviter or the
    host read as the guest ("President Duda ... invited him to pay a visit to Poland" is no visit
    of Duda's). Only a state the text gives counts, not one presumed from the publisher; and only
    a visit to the state, not to one of its cities."""
    m = _PLANNED_TRIP.fullmatch(name)
    person = _person_named(ctx, m["who"]) if m else None
    if person is None:
        return False
    state = ctx.lexicon.state(m["where"])
    if state is None:
        return False  # (a trip to a city of one's own state is one: "travel of Secretary Blinken to New York")
    own = {person.stated} | {of for title, of, _ in person.offices if title not in person.presumed}
    return f"state:{state.code}" in own
