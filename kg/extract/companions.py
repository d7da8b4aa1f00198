"""Who came with whom: "President Jokowi was accompanied by Foreign Minister Retno Marsudi and
Minister of State Secretary Pratikno, while Prime Minister Albanese was accompanied by Foreign
Minister Penny Wong"; "The Speaker arrived in Chișinău on Thursday morning. She is accompanied by
the Chair of the Foreign Affairs Committee, Rihards Kols". A companion takes part in the meeting
their principal held (the one just told, else the next one), and, told with the principal's
arrival, makes the visit with them."""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.attendance import add_attendees
from kg.extract.context import ActorRef, Context
from kg.extract.participants import key_of
from kg.extract.text import Sentence, sentence_before
from kg.records import Interaction

_ACCOMPANIED = re.compile(r"\b(?:was|is|were|are|will be)\s+(?:also\s+)?accompanied\s+by\s+"
                          # ("The delegation includes the Chairman of the Foreign Relations Committee, X")
                          r"|^(?:[Tt]he|[Hh]is|[Hh]er)\s+delegation\s+(?:also\s+)?(?:includes|included|comprises|comprised|"
                          r"consisted\s+of|consists\s+of)\s+")
# clauses of one sentence, each with its own principal ("..., while Prime Minister B was accompanied by ...")
_CLAUSE_BREAK = re.compile(r",?\s+(?:while|whereas)\s+|;\s+")
_RELATIVE = re.compile(r"\b(?:who|which)\s*$")
_PRONOUN = re.compile(r"^\s*(?:He|She)\s*$|(?:,\s*|\band\s+)(?:he|she)\s*$")


@dataclass(slots=True)
class Company:
    """Persons a sentence says accompanied a principal (labels; no principal: "She is accompanied
    by", "The delegation includes": the visitor just told)."""

    principal: str | None
    companions: list[str]
    sentence: Sentence
    each: bool = False  # "joined the Prime Minister for each of today's meetings": every one of the day


# "The Minister for Foreign Affairs, X, joined the Prime Minister for each of today's meetings"
_JOINED_EACH = re.compile(r"\bjoined\s+(?P<principal>.{1,60}?)\s+(?:for|in|at)\s+(?:each|all|every\s+one)\s+of\s+"
                          r"(?:today(?:'|’)s|the|his|her|their|these)\s+(?:[\w\-]+\s+)?(?:meetings|talks)\b")


def company_in(ctx: Context, sentence: Sentence, refs: list[ActorRef]) -> list[Company]:
    """The companions each clause of ``sentence`` names, with their principal."""
    text = sentence.text
    persons = [r for r in refs if r.kind == "person"]
    each = _JOINED_EACH.search(text) if "joined" in text else None
    if each is not None:
        principal = next((r for r in persons if sentence.start + each.start("principal") <= r.start
                          < sentence.start + each.end("principal")), None)
        labels = [ctx.label(key_of(r)) or "" for r in persons if r.start < sentence.start + each.start()]
        if principal is not None and labels:
            return [Company(ctx.label(key_of(principal)), list(dict.fromkeys(labels)), sentence, each=True)]
    if "accompanied by" not in text and "delegation" not in text:
        return []
    found: list[Company] = []
    bounds = [0, *(b.end() for b in _CLAUSE_BREAK.finditer(text)), len(text) + 1]
    for start, end in zip(bounds, bounds[1:]):
        m = _ACCOMPANIED.search(text, start, end)
        if m is None:
            continue
        before = [r for r in persons if sentence.start + start <= r.start < sentence.start + m.start()]
        delegation = m.group(0).lower().startswith(("the", "his", "her"))
        if not before and not delegation and not _PRONOUN.search(text[start:m.start()]) or \
                _RELATIVE.search(text, start, m.start()):
            # ("The visit was accompanied by ...": no person's company; "The President, who was
            # accompanied by A, presented ...": the company of what the sentence tells)
            continue
        principal = ctx.label(key_of(before[-1])) if before and not delegation else None
        stop = _CLAUSE_BREAK.search(text, m.end())
        until = sentence.start + (stop.start() if stop and stop.start() < end else min(end, len(text)))
        labels = [ctx.label(key_of(r)) or "" for r in persons if sentence.start + m.end() <= r.start < until]
        labels = [label for label in dict.fromkeys(labels) if label and label != principal]
        if labels:
            found.append(Company(principal, labels, sentence))
    return found


def join_companions(ctx: Context, interactions: list[Interaction], companies: list[Company]) -> None:
    """Add each company to the meeting of its principal and, told with their arrival, to their visit."""
    # (in the order the text tells them; the companions' own visits added below are not among them)
    told = sorted((i for i in interactions if i.evidence is not None), key=lambda i: i.evidence.start)
    for company in companies:
        at = company.sentence.start
        if company.each:
            # (each of the day's meetings of the principal, told before or after: not one of another day)
            for meeting in [i for i in told if i.type == "meeting" and company.principal in i.participants
                            and i.date in (None, ctx.release.date)]:
                add_attendees(interactions, meeting, company.companions)
            continue
        earlier = [i for i in told if i.evidence.start <= at]
        principal = company.principal
        if principal is None:  # "She is accompanied by": the visitor just told
            principal = next((i.participants[0] for i in reversed(earlier)
                              if i.type == "visit" and i.participants), None)
        if principal is None:
            continue
        # ("A was accompanied by X, while B was accompanied by Y": one occasion, the last of A's and B's)
        principals = {c.principal or principal for c in companies if c.sentence is company.sentence}
        last = next((i for i in reversed(earlier)
                     if principals <= set(i.participants) and i.type != "multilateral"), None)
        if last is not None and not _told_near(ctx, last, company.sentence):
            continue  # ("The Secretary was accompanied by A and B" closing a release of several meetings)
        if last is not None and last.type == "visit" and len(last.participants) == 2:
            # ("The Speaker arrived in Chișinău. She is accompanied by A": A visits too)
            for label in company.companions:
                if not any(i.type == "visit" and i.participants == [label, last.participants[1]] for i in interactions):
                    interactions.append(Interaction("visit", [label, last.participants[1]], last.date, last.place,
                                                    None, [], ctx.evidence(company.sentence)))
        met: list[Interaction] = []
        if last is not None and last.type == "meeting":
            met = [last]  # ("... held a bilateral meeting. President A was accompanied by B")
        elif last is None or last.type == "visit":
            # (the company told with the arrival: the principal's next meeting, else, the meetings
            # told before it, those of the visit's days)
            theirs = [i for i in told if i.type == "meeting" and principal in i.participants]
            met = [i for i in theirs if i.evidence.start > at][:1] or \
                [i for i in theirs if last is not None and last.date and i.date and i.date >= last.date]
        for meeting in met:
            add_attendees(interactions, meeting, company.companions)


_MET = re.compile(r"\b(?:meeting|talks|met|received|audience|discussions)\b")


def _told_near(ctx: Context, event: Interaction, sentence: Sentence) -> bool:
    """Whether ``event`` is told next to ``sentence``: in its paragraph or the one before (a
    visit), or, for a meeting, in its paragraph or in the sentence right before it."""
    told = next((s for s in ctx.sentences if event.evidence is not None and s.start == event.evidence.start), None)
    if told is None:
        return False
    if event.type == "visit":
        return sentence.paragraph - told.paragraph <= 1
    previous = sentence_before(ctx.sentences, sentence)
    return told.paragraph == sentence.paragraph or previous is not None and (
        previous.start == told.start or previous.paragraph == sentence.paragraph and _MET.search(previous.text) is not None)
