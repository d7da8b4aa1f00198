"""Who else took part in an event the text has told: "The Minister was joined by A", "A and B
were also present", "also attending the meeting were A, B and C", "A and B attended the
extended-format meeting", "the Special Envoy also took part in the consultations"."""
from __future__ import annotations

import re

from kg.extract.context import ActorRef, Context
from kg.extract.participants import key_of, object_keys
from kg.extract.text import Sentence, may_match
from kg.records import Interaction

_JOINED = re.compile(r"\b(?:were|was|are|is) (?:also )?joined by\b")
# "an expanded meeting of the two governments, with the participation of A and of B"
# ("Talks then continued in an enlarged format, with the participation of A ...")
_PARTICIPATION = r"\b(?:[Mm]eeting|[Tt]alks|[Dd]iscussions|[Cc]onsultations)\b[^.;]{0,80}?,? with the participation of\b"
_PRESENT = re.compile(r"(?P<before>\b(?:were|was) (?:also |likewise )?(?:present|in attendance)\b"
                      # ("The High Commissioner to Fiji, Ms Charlotte Darlow, also attended the meeting")
                      # ("A and B attended the extended-format meeting")
                      r"|\b(?:also )?(?:attended|took part in|participated in) the (?:[\w\-]+ ){0,2}?(?:meeting|talks|lunch|dinner|consultations"
                      r"|discussions)\b"
                      # ("On the Chinese side, the Minister of Foreign Affairs, Wang Yi, took part.")
                      r"|\b(?:also )?(?:took part|participated)(?=\s*\.?\s*$))"
                      # ("A and B took part on the Azerbaijani side, and C on the American side": all named)
                      r"|(?P<sides>\b(?:also )?(?:took part|participated) on the [A-Z][\w\-]+ side\b)"
                      # ("The audience took place in the presence of the Minister of State, X")
                      r"|\b(?:took place|was held|were held|was conducted|were conducted) in the presence of\b"
                      r"|\b(?:[Aa]lso )?(?:[Aa]ttending|[Pp]resent at|[Pp]articipating in|[Tt]aking part in|[Ii]n attendance at)(?: the (?:meeting|talks|lunch|dinner|event|audience|ceremony))?,? "
                      r"(?:were|was)\b|\b(?:was|were) (?:also )?attended by\b"  # ("The audience was also attended by A and B")
                      # ("an expanded meeting ..., with the participation of A and of B")
                      r"|" + _PARTICIPATION)
# "... held an expanded meeting, in which A and B also took part"; "enlarged talks attended, on the
# Algerian side, by A": those the clause names took part in the event its sentence told.
_CLAUSE_ATTENDEES = re.compile(r",? (?:in|at) which (?P<which>.+?) (?:also )?(?:took part|participated)\b"
                               # ("held talks ..., followed by an expanded session attended by A on the Korean side")
                               # ("the expanded meeting of the two delegations, attended by A, B and C")
                               # ("The audience, also attended by the Minister ..., X, dealt with ...")
                               r"|\b(?:meeting|talks|discussions|consultations|session|audience)(?: (?:of|between) [^,;]{1,60}?,)?"
                               r"(?: (?:was |were )?|, (?:also )?)attended\b(?P<by>.+)"
                               r"|" + _PARTICIPATION + r"(?P<part>.+)"
                               # ("held talks at the conference centre, joined by the Minister ..., X")
                               r"|,\s+(?:also\s+)?joined by\b(?P<joined>[^;]+)"
                               # ("held a binational meeting this Friday in Esquipulas, ..., in the presence of A and B")
                               r"|,\s+in the presence of\b(?P<presence>[^;]+)")
_HAD_BEEN = re.compile(r"\bhad (?:already |earlier |also )?(?:been|met|held)\b")
_THE_TALKS = re.compile(r"\s*The (?:talks|meeting|discussions|consultations|negotiations|audience)"
                        r"(?: (?:took place|were held|was held|continued)\b|, (?:also )?attended by\b)")
# What every match of _PRESENT holds: a cheap test before the pattern.
_PRESENT_STEMS = ("resent", "attendance", "ttending", "participating", "aking part", "attended", "took part", "participated",
                  "participation", "presence")


def join_attendees(ctx: Context, sentence: Sentence, refs: list[ActorRef], interactions: list[Interaction],
                   last_pair: list[str], taken: bool) -> None:
    """Add to the last event those the sentence says were with it (``taken``: the sentence told
    an event of its own)."""
    text = sentence.text
    joined = _JOINED.search(text) if "joined by" in text else None
    # ("The Prime Minister arrived yesterday ... Today he met the President. The leaders were
    # joined by A and B": the last meeting, not the visit told after it)
    with_them = next((i for i in reversed(interactions) if i.type in ("meeting", "call", "multilateral")
                      and _of_the_day(ctx, i)), None) if joined else None
    if joined and with_them is not None:
        after = [r for r in refs if r.start >= sentence.start + joined.end()]
        # ("joined by members of both cabinets, including the Minister ..., A": the persons named)
        extra = object_keys(after, sentence.start + joined.end(), sentence, last_pair, allow_states=True) or \
            [key_of(r) for r in after if r.kind == "person"]
        add_attendees(interactions, with_them, [ctx.label(key) or "" for key in extra])
    # ("The talks took place first in a restricted format and then in an enlarged format, in which A
    # and B took part": the talks just told)
    retold = not taken and _THE_TALKS.match(text) is not None
    clause = _CLAUSE_ATTENDEES.search(text) if (taken or retold) and may_match(
        text, ("which", "attended", "participation", "joined by", "presence")) else None
    told = interactions[-1] if clause and interactions and interactions[-1].type == "meeting" else None
    if told is not None and told.evidence is not None and (told.evidence.start == sentence.start or
                                                           retold and _of_the_day(ctx, told)):
        group = next(g for g in ("which", "by", "part", "joined", "presence") if clause[g])
        span = (sentence.start + clause.start(group), sentence.start + clause.end(group))
        add_attendees(interactions, told, [ctx.label(key_of(r)) or "" for r in refs
                                  if r.kind == "person" and span[0] <= r.start < span[1]])
    present = _PRESENT.search(text) if not taken and may_match(text, _PRESENT_STEMS) else None
    # "X and Y were likewise present"; "also attending the meeting were A, B and C": the last
    # meeting of the day (not one recalled: "The audience was also attended by ...")
    # ("The IGAD Special Envoy ... also took part in the consultations" held by video: the call's)
    # ("A and B were present at Ganabhaban, while C joined the ceremony from Thimphu": the signing's)
    # (a ceremony is held in person: "The ceremonies were attended by A and B" joins no call)
    kinds = ("signing",) if present and "ceremony" in text and any(i.type == "signing" for i in interactions) \
        else ("meeting",) if "ceremon" in text else ("meeting", "call")
    # (not one told as before it: "Earlier today, President Milei had been received in audience by the
    # Pontiff. Taking part in the meeting were ...": the meeting the release is about)
    met = next((i for i in reversed(interactions) if i.type in kinds and len(i.participants) >= 2 and
                _of_the_day(ctx, i) and not (i.evidence and _HAD_BEEN.search(i.evidence.sentence))), None) if present else None
    today = next((i for i in reversed(interactions) if i.type in kinds and len(i.participants) >= 2 and
                  i.date == ctx.release.date), None) if met is not None and met.date and met.date < (ctx.release.date or "") \
        and re.search(r"\b(?:the|today's) (?:talks|meeting)\b|\bon the occasion\b", text) else None
    # ("Also participating in the talks were A and B": today's talks, not Thursday's visit to a campus;
    # "A and B were also present on the occasion": the occasion's, not the Joint Commission it recalled)
    met = today or met
    if met is not None:
        at = sentence.start + present.start()
        side = [r for r in refs if r.kind == "person" and (present.group("sides") or
                                                           (r.end <= at if present.group("before") else r.start >= at))]
        add_attendees(interactions, met, [ctx.label(key_of(r)) or "" for r in side])


def _of_the_day(ctx: Context, event: Interaction) -> bool:
    """Whether ``event`` may be the release's own (undated, or dated this month or later)."""
    return event.date is None or event.date == ctx.release.date or event.date >= (ctx.release.date or "")[:7]


def add_attendees(interactions: list[Interaction], event: Interaction, labels: list[str]) -> None:
    """Add the attendees ``labels`` to ``event``, and to each earlier report of the same event
    (same kind, day and participants: "X received Y ... The two leaders held talks ... A and B
    took part"), so the reports stay one event."""
    same = [i for i in interactions if i is not event and i.type == event.type
            and (i.date == event.date or None in (i.date, event.date)) and set(i.participants) == set(event.participants)]
    for label in labels:
        for i in [event, *same]:
            if label and label not in i.participants:
                i.participants.append(label)


def met_on_its_margins(events: list[Interaction], others: list[Interaction]) -> list[Interaction]:
    """``events`` with those who met on their margins among their participants: "The two ministers
    last met in Brussels on the margins of the meeting of NATO foreign ministers" (the meeting of
    the sentence, whoever "the two ministers" are)."""
    for event in events:
        if event.evidence is None or not _MARGINS.search(event.evidence.sentence):
            continue
        for other in others:
            if other.type == "meeting" and other.evidence is not None and other.evidence.start == event.evidence.start:
                event.participants += [p for p in other.participants if p not in event.participants]
    return events


# ("The sides recalled their meeting in Baku last November during the 29th session of the
# Conference of the Parties": met there, so at it)
_MARGINS = re.compile(r"\b(?:margins|sidelines)\s+of\b|\b(?:met|meeting|talks)\b[^.;]{0,60}?\bduring\b"
                      # ("last met in February in Addis Ababa, where both attended the ...")
                      r"|\b(?:last|first|previously) met\b[^.;]{0,60}?,\s+(?:where|when)\b")


# "The meeting was also attended by A and B", "The meeting was opened by A, and chaired by B".
_ATTENDED = re.compile(r"\s+(?:(?:was|were) )?(?:also )?(?:attended by|held in the presence of|opened by|(?:co-)?chaired by|"
                       r"presided over by)\b")


def attended_last(ctx: Context, sentence: Sentence, refs: list[ActorRef], m: re.Match[str],
                  interactions: list[Interaction], opened_by: list[tuple[int, list[str]]]) -> bool:
    """Whether the trigger ``m`` ("The meeting was attended by") adds those named after it to the
    last meeting or call; one "opened" or "chaired by" with none before is a gathering's, read
    later (kept in ``opened_by``)."""
    attended = _ATTENDED.match(sentence.text, m.end())
    if attended is None:
        return False
    names = [ctx.label(key_of(r)) or "" for r in refs if r.kind == "person" and r.start >= sentence.start + attended.end()]
    last_met = next((i for i in reversed(interactions) if i.type in ("meeting", "call", "multilateral")), None)
    if last_met is None:
        if "attended" in attended.group(0) or "presence" in attended.group(0):
            return False  # (a meeting of its own, told so)
        opened_by.append((sentence.start, names))
        return True
    _add_names(last_met, names)
    return True


def join_opened_by(events: list[Interaction], opened_by: list[tuple[int, list[str]]]) -> list[Interaction]:
    """``events`` with those who opened or chaired one among its participants: the last told before."""
    for at, names in opened_by:
        event = next((e for e in reversed(events) if e.evidence is not None and e.evidence.start < at), None)
        if event is not None:
            _add_names(event, names)
    return events


def _add_names(event: Interaction, names: list[str]) -> None:
    event.participants += [n for n in dict.fromkeys(names) if n and n not in event.participants]
