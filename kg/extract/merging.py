"""One interaction per event: a meeting with several of one state split into bilateral
meetings, headlines that only restate the body's event left out, and reports of one event
merged, while the same parties' events on different days stay apart."""
from __future__ import annotations

import re
from datetime import date

from kg.extract.clause_dates import LAST_MET
from kg.sources.dates import long_before
from kg.extract.context import Context
from kg.lexicon import fold
from kg.records import Interaction


def split_bilateral(keys: list[str], it: Interaction) -> list[Interaction]:
    """"X met A, B and C" is one meeting of them all, as the text tells it; "held separate
    meetings with", "held meetings with" (in the plural), "visited" or "called on" A and B, or
    credentials received from each are one meeting per counterpart."""
    if it.type != "meeting" or len(keys) < 3:
        return [it]
    sentence = it.evidence.sentence if it.evidence else ""
    # ("received the credentials of A, ...; B, ...; and C": one audience each)
    # ("On the sidelines, Minister X met A, B, C and D": bilateral meetings on a gathering's margins;
    # not "held a trilateral meeting on the sidelines")
    # (two met together there may be one meeting of three: "met the Prime Ministers of Norway and Iceland")
    margins = len(keys) >= 4 and _ON_THE_MARGINS.search(sentence) is not None and not _JOINT.search(sentence)
    if not _EACH_APART.search(sentence) and not margins:
        return [it]
    host = it.participants[0]
    return [Interaction(it.type, [host, other], it.date, it.place, None, list(it.topics), it.evidence)
            for other in it.participants[1:]]


def each_apart(keys: list[str], subjects: list[str], it: Interaction) -> list[Interaction]:
    """"A and B paid separate courtesy calls on C": one meeting of each of the subjects ``subjects``
    with the others; without "separate(ly)", the one meeting of all that the text tells."""
    sentence = it.evidence.sentence if it.evidence else ""
    others = [p for k, p in zip(keys, it.participants) if k not in subjects]
    if not _SEPARATE.search(sentence) or not others or len(keys) != len(it.participants):
        return [it]
    return [Interaction(it.type, [p] + others, it.date, it.place, None, list(it.topics), it.evidence)
            for k, p in zip(keys, it.participants) if k in subjects]


_SEPARATE = re.compile(r"\bseparate(?:ly)?\b")
_ON_THE_MARGINS = re.compile(r"\b(?:on|along|at) the (?:sidelines|margins|side-lines)\b", re.I)
_JOINT = re.compile(r"\b(?:trilateral|quadrilateral|joint|together|jointly)\b|\bthe (?:three|four|five)\b", re.I)
# "held talks with A on the preparation of ..., and with B": a second party after the first's clause
AND_WITH = re.compile(r",\s+and\s+(?:also\s+)?with\s+(?=the\s+|[A-Z])")
_EACH_APART = re.compile(r"\b(?:separate|bilateral|individual) (?:meetings|talks|conversations)\b|\bseparately\b"
                         r"|\bmeetings with\b|\bcredentials\b|\bcredence\b"
                         # ("visited House Speaker A and Prime Minister B", "called on A and B": each in their office)
                         r"|\bvisited\b|\bcalled on\b|\bcalls on\b"
                         # ("held talks with A on ..., and with B": one after the other)
                         r"|" + AND_WITH.pattern +
                         # ("met President Stubb at Mäntyniemi and Prime Minister Orpo at Kesäranta": two places, two meetings)
                         r"|\bat (?:the )?[A-Z][^.;]{0,80}?\band\b[^.;]{0,80}?\bat (?:the )?[A-Z]")


def without_vaguer_headlines(ctx: Context, items: list[Interaction]) -> list[Interaction]:
    """"FM receives Ambassador of Egypt" over a body that names the ambassador: the headline
    tells the body's meeting with a state for the person, so it is left out. (And a video call
    "with" a body whose meeting the sentence says was joined is that meeting, told already.)"""
    items = [it for it in items if not _joined_by_video(it, items)]
    # ("AU Commission Chairperson receives Secretary-General of the League of Arab States": the
    # bodies as the record names them, "AUC" and "LAS")
    named_bodies = {form for org in ctx.record.organizations for form in (org.name, *org.aliases)}

    def vague(it: Interaction) -> bool:
        if it.evidence is not None and it.evidence.start != 0 and it.type == "signing":
            return _signed_by_name(ctx, it, items)
        if it.evidence is None or it.evidence.start != 0 or it.type == "multilateral":
            return False
        if it.type == "visit":
            return False  # (a visit's second party is always its state: "... Visits to Mali, Burkina Faso and Niger")
        bodies = [p for p in it.participants if ctx.lexicon.state(p) or ctx.lexicon.organization(p) or p in named_bodies]
        persons = set(it.participants) - set(bodies)
        if len(it.participants) >= 3 and all(any(
                o.type == it.type and o.evidence is not None and o.evidence.start != 0 and {it.participants[0], p} == set(o.participants)
                for o in items) for p in it.participants[1:]):
            return True  # ("X holds talks with A, B": the body's "separate bilateral meetings" with each)
        # "Secretary-General of ASEAN holds video conference with Secretary-General of the GCC": the
        # body's call of the two who hold those offices
        talks = ("meeting", "call")  # ("Ghana and Cuba Hold Consultations by Video Conference": the body's call)
        return bool(bodies) and any(
            (o.type == it.type or o.type in talks and it.type in talks) and o.evidence is not None and o.evidence.start != 0 and (
                persons & set(o.participants) or not persons and _covered(ctx, bodies, _sides(ctx, o.participants)))
            for o in items)
    return [it for it in items if not vague(it)]


def _signed_by_name(ctx: Context, it: Interaction, items: list[Interaction]) -> bool:
    """"Today, the EU and Rwanda signed a MoU. The MoU was signed in Brussels by A ... and B ...":
    the bodies' signing is the one the next sentences tell by who signed it."""
    assert it.evidence is not None
    if any(not (ctx.lexicon.state(p) or ctx.lexicon.organization(p)) for p in it.participants):
        return False
    # (a signer the text gives no state may stand for the side left over: "Panama's Minister of
    # Security Juan Pino joined Embassy Panama City's Chargé d'Affaires Stewart Tuttle in signing")
    return any(o.type == "signing" and o.evidence is not None and 0 < o.evidence.start - it.evidence.start < 400
               and len(set(it.participants) - _sides(ctx, o.participants)) <= _stateless(ctx, o.participants)
               for o in items)


def _stateless(ctx: Context, labels: list[str]) -> int:
    """How many of the named persons act for no state or body the text gives."""
    return sum(1 for person in ctx.persons.values() if person.name in labels
               and not person.state and not any(of for _, of, _ in person.offices))


# ("who up to then had met only on the sidelines": a sentence about earlier meetings tells no
# headline's event)
_LOOKS_BACK = re.compile(r"\bhad (?:\w+ )?(?:met|held|visited|spoken|talked)\b|\bpreviously\b")


# A sentence that opens by greeting the guest the release has just told of: no meeting of its own.
_GREETING_THE_GUEST = re.compile(r"\s*(?:Welcoming|Receiving|Greeting)\s+(?:the|his|her)\s+(?:(?:distinguished|high-level|"
                                 r"visiting|[A-Z][a-z]+)\s+)?(?:guests?|delegation|visitors?|counterpart)\b")


def one_per_event(items: list[Interaction], released: str | None = None,
                  body_forms: dict[str, str] | None = None) -> list[Interaction]:
    """Each event once: the headline's and the body's reports of one call are one call (the
    release's date ``released`` tells a past event from today's). ``body_forms`` maps each
    folded name of a body to one of them, so that a summit named with the body's acronym and
    with its full name is one ("... Ministers of the CIS", "... of the Commonwealth of
    Independent States")."""
    forms = sorted((body_forms or {}).items(), key=lambda kv: -len(kv[0]))
    calls = {(frozenset(i.participants), i.evidence) for i in items if i.type == "call"}
    # "held talks via videoconference": one call, not a call and a meeting.
    items = [i for i in items if not (i.type == "meeting" and (frozenset(i.participants), i.evidence) in calls)]
    items = _one_meeting_per_sentence(items)
    out: list[Interaction] = []
    seen: dict[tuple, list[Interaction]] = {}
    for it in items:
        if it.type == "visit":
            key: tuple = ("visit", tuple(it.participants))
        elif it.type == "multilateral":
            key = ("multilateral", _one_form(fold(it.name or ""), forms))
        else:
            key = (it.type, frozenset(it.participants))
        # Two dates that cannot be one day are two events: "their meeting in Astana in June 2023"
        # and today's meeting, the 2016 and the 2021 summits of one name.
        kept = next((k for k in seen.get(key, ()) if one_occasion(k, it)), None)
        if kept is not None and it.evidence and (LAST_MET.search(it.evidence.sentence) or kept.evidence is not None and
                                                 LAST_MET.search(kept.evidence.sentence)) and \
                (kept.evidence is None or kept.evidence.start != it.evidence.start):
            kept = None  # ("X met Y today. ... X and Y last met in Dubai in December": two meetings)
        if kept is not None and kept.date is None and kept.evidence and it.evidence and \
                kept.evidence.start != 0 and (kept.evidence.start == it.evidence.start or
                                              0 <= it.evidence.start - kept.evidence.end <= 3) and \
                released and long_before(it.date, released):
            # ("he held a bilateral meeting with President Putin, during which the two leaders recalled
            # their talks in Moscow in July": the body's undated meeting is today's, not July's; so
            # too where the next sentence recalls it: "The two leaders recalled their meeting in Moroni
            # on 6 July")
            kept = None
        if kept is None and it.type == "meeting" and it.evidence and _GREETING_THE_GUEST.match(it.evidence.sentence):
            # ("A met B, C and D ... Welcoming the guest, A congratulated B": the meeting just told)
            kept = next((k for k in reversed(out) if k.type == "meeting" and set(it.participants) <= set(k.participants)
                         and one_occasion(k, it)), None)
        if kept is not None and kept.evidence and it.evidence and kept.evidence.start == 0 and \
                not _LOOKS_BACK.search(it.evidence.sentence):
            kept.evidence = it.evidence  # the body tells the headline's event: its sentence is the evidence
        if kept is not None:
            # The headline names the call, the body says "today": one call, with its date.
            # (not a later leg's city: "travelled to Osaka" on the visit's last day is no place of the visit)
            later_leg = it.type == "visit" and kept.date and it.date and kept.date != it.date
            kept.date = kept.date or it.date
            kept.place = kept.place or (None if later_leg else it.place)
            continue
        seen.setdefault(key, []).append(it)
        out.append(it)
    return out


def _one_meeting_per_sentence(items: list[Interaction]) -> list[Interaction]:
    """A sentence's meeting told twice, once with those who attended ("held an official meeting
    with X, ..., where she was received with military honours", then "The meeting was attended by
    A and B"): the one with them all, dated and placed by either."""
    meetings = [i for i in items if i.type == "meeting" and i.evidence is not None]
    dropped: set[int] = set()
    for small in meetings:
        assert small.evidence is not None
        told = [b for b in meetings if b is not small and b.evidence is not None and b.evidence.start == small.evidence.start]
        big = next((b for b in told if set(small.participants) < set(b.participants)), None)
        # (not the meetings a sentence tells apart: "met separately with A and with B", and all three)
        if big is not None and not any(set(b.participants) < set(big.participants) for b in told if b is not big):
            big.date, big.place = big.date or small.date, big.place or small.place
            dropped.add(id(small))
    return [i for i in items if id(i) not in dropped]


def _one_form(name: str, forms: list[tuple[str, str]]) -> str:
    """``name`` with each body's name in it written one way (``forms``: folded name, its one form)."""
    for form, one in forms:
        if form in name:
            name = re.sub(rf"\b{re.escape(form)}\b", one, name)
    return name


def one_occasion(a: Interaction, b: Interaction) -> bool:
    """Whether two reports of the same parties may tell one event: dates that can be one day,
    or for a visit days within a week ("arrived in Bishkek yesterday", "during his visit today").
    Talks in two cities are two events ("talks in Bishkek" and "their meeting in Moscow last October")."""
    if a.type != "visit" and a.place and b.place and fold(a.place) != fold(b.place):
        return False
    if not a.date or not b.date or a.date.startswith(b.date) or b.date.startswith(a.date):
        return True
    if a.type != "visit" or len(a.date) != 10 or len(b.date) != 10:
        return False
    return abs((date.fromisoformat(a.date) - date.fromisoformat(b.date)).days) <= 7


def _covered(ctx: Context, bodies: list[str], sides: set[str]) -> bool:
    """Whether each body is one of the sides, or a part of one ("AU Commission" of the "AU")."""
    def forms(label: str) -> list[str]:
        org = next((o for o in ctx.record.organizations if label in (o.name, *o.aliases)), None)
        return [fold(f) for f in ((org.name, *org.aliases) if org else (label,))]
    folded = {fold(x) for x in sides}
    # (and a part of the body acts for it: the "ECOWAS Commission"'s President for "ECOWAS")
    return all(any(f in folded or any(f.startswith(s + " ") or s.startswith(f + " ") for s in folded) for f in forms(b))
               for b in bodies)


def _sides(ctx: Context, labels: list[str]) -> set[str]:
    """The states and bodies the named persons act for, as the record labels them."""
    out: set[str] = set()
    for person in ctx.persons.values():
        if person.name in labels:
            out.update(ctx.label(of) or "" for _, of, _ in person.offices if of)
            if person.state:
                out.add(ctx.label(person.state) or "")
    # ("Cooperation Council for the Arab States of the Gulf", as an office wrote it, is the GCC)
    for org in ctx.record.organizations:
        if {fold(f) for f in (org.name, *org.aliases)} & {fold(x) for x in out}:
            out.add(org.name)
    return out


def _joined_by_video(call: Interaction, items: list[Interaction]) -> bool:
    """"X joined by video conference the meeting of the Committee of Senior Officials": the call
    "with the Committee" is X's part in the meeting the same sentence tells."""
    if call.type != "call" or call.evidence is None:
        return False
    return any(it.type == "multilateral" and it.evidence is not None and it.evidence.start == call.evidence.start
               and all(p in it.participants or p in (it.name or "") for p in call.participants) for it in items)
