"""Past meetings the text refers to by "their" ("since their last meeting in Astana in June
2023", "The leaders recalled their last meeting in Kyiv on 24 February 2024") or by "the two
Heads of State": dated and placed as written, between the two they name."""
from __future__ import annotations

import re

from kg.cities import city_in_full
from kg.extract.context import Context
from kg.extract.groups import heads_all, heads_of_several_states, two_of_a_kind
from kg.extract.joint import signatories
from kg.extract.talks import LONG_PAIR_GAP
from kg.records import Interaction
from kg.sources.dates import find_dates, past_month


# A town's name: "Kyiv", "New York", "Palma de Mallorca"
_TOWN = r"[A-Z][\w’'\-]+(?:(?:[ \-]|\s+(?:de|do|da|del|dos|das)\s+)[A-Z][\w’'\-]+)?"
# "contacts had intensified since their last meeting in Astana in June 2023", "recalled with
# satisfaction their meeting in Tashkent last month": the two met then.
_THEIR_MEETING = re.compile(
    r"\b(?i:since|after|following|at|during|than at|(?:recalled|recalling)(?:\s+with\s+(?:great\s+)?\w+|\s+\w+ly)?)\s+(?P<whose>their|our)\s+(?:last|previous|most recent|first|earlier|brief|short|recent)?\s*"
    r"(?:meeting|talks|encounter|conversation)(?:,?\s+(?:on\s+the\s+(?:sidelines|margins)\s+of|at|during)\s+[^,.;]{3,120}?)?"
    r"(?:,?\s+held)?\s+in\s+(?P<place>" + _TOWN + ")")  # ("their last meeting, held in Kampala on 19 January")
# "The two had last met at the 56th Annual Meeting in Incheon, Republic of Korea, last May", "The two
# ministers first met in Bucharest in July": the two of the group, else of the last meeting, met then.
_THE_TWO_MET = re.compile(
    r"\b(?:The|the)\s+two(?:\s+[a-z]+)?\s+(?:had\s+)?(?:last|first|previously|already)\s+met\s+"
    r"(?:(?:at|on\s+the\s+(?:sidelines|margins)\s+of|during)\s+[^,.;]{3,120}?\s+)?in\s+(?P<place>" + _TOWN + ")")
# ("The leaders recalled their last meeting in Kyiv" after the guest's audience with the King: the two leaders)
_THE_GROUP = re.compile(r"^\s*(?:The|Both)\s+(?:two\s+)?(?P<who>leaders|heads of state|presidents|prime ministers|"
                        r"(?:foreign )?ministers)\b", re.I)


# The country after a town ("in Incheon, Republic of Korea, last May"): not between the town and its date.
_AFTER_TOWN = re.compile(r"^,\s+(?:the\s+)?(?:[A-Z][\w’'\-]+\s+)*?(?:of\s+)?[A-Z][\w’'\-]+(?=,)")

_TWO_OF_THEM = re.compile(r"\b(?:the|both) two (?:leaders|heads of state|presidents|prime ministers|(?:foreign )?ministers)\b"
                          r"(?=[^,;]{0,40}$)")


# "recalled the meeting held by the two Heads of State in Buenos Aires in January": the release's
# two of that kind met then.
_GROUP_MEETING = re.compile(
    r"\b(?:the|a)\s+(?:last\s+|previous\s+)?meeting\s+(?:held\s+)?(?:by|of|between)\s+the\s+two\s+"
    r"(?P<who>heads of state|heads of government|presidents|prime ministers|leaders|(?:foreign )?ministers)\s+"
    r"in\s+(?P<place>" + _TOWN + ")", re.I)


# "recalled the meeting that Presidents A and B held last September in New York": the two named
# before "held" met then and there.
_MEETING_THAT = re.compile(r"\b(?:the|a)\s+(?:last\s+|previous\s+|recent\s+)?(?:meeting|talks)\s+(?:that|which)\s+"
                           r"(?P<who>[^.;]{3,120}?)\s+(?:had\s+)?held\s+(?P<rest>[^.;]{0,80})")


def their_past_meetings(ctx: Context, interactions: list[Interaction]) -> list[Interaction]:
    """Past meetings of two persons the text refers to by "their" ("since their last meeting
    in Astana in June 2023"): the two of the last meeting or call before, dated as written;
    and those of "the two Heads of State": the release's two of that kind."""
    out: list[Interaction] = []
    released = ctx.release.date or ""
    for idx, sentence in enumerate(ctx.sentences):
        for m in _GROUP_MEETING.finditer(sentence.text) if "two" in sentence.text else ():
            after = sentence.text[m.end("place"): m.end("place") + 30]
            when = next((d for s, _, d in find_dates(after, ctx.release.date) if s <= 12), None) or \
                past_month(after, released)
            pair = two_of_a_kind(ctx, m["who"])
            if when and released and when < released[:len(when)] and len(pair) == 2 and \
                    (ctx.lexicon.place(m["place"]) or city_in_full(m["place"])) and not ctx.lexicon.state(m["place"]):
                out.append(Interaction("meeting", [ctx.label(k) or "" for k in pair], when, m["place"], None, [],
                                       ctx.evidence(sentence)))
        for m in _MEETING_THAT.finditer(sentence.text) if " held " in sentence.text else ():
            met = _held_by_two(ctx, idx, m, released)
            if met is not None:
                out.append(met)
        if "their" not in sentence.text and "two" not in sentence.text and "our" not in sentence.text:
            continue
        for m in (*_THEIR_MEETING.finditer(sentence.text), *_THE_TWO_MET.finditer(sentence.text)):
            after = _AFTER_TOWN.sub("", sentence.text[m.end("place"): m.end("place") + 60])
            # ("during their meeting in Quito in March": the last March)
            when = next((d for s, _, d in find_dates(after, ctx.release.date) if s <= 12), None) or \
                past_month(after, released)
            if not when or (released and when >= released[:len(when)]):
                continue  # undated, or not past
            # ("their meeting in Grenada in July": in that state, its town not said)
            where = None if ctx.lexicon.state(m["place"]) else m["place"]
            if where is not None and not (ctx.lexicon.place(where) or city_in_full(where)):
                continue
            # ("We recalled our meeting in Grenada in July", in a joint statement: its signatories')
            pair = [ctx.label(k) or "" for k in signatories(ctx)] if m.groupdict().get("whose") == "our" else \
                _their(ctx, idx, m.start(), interactions)
            if pair is not None and len(pair) != 2:
                continue
            if pair:
                out.append(Interaction("meeting", list(pair), when, where, None, [], ctx.evidence(sentence)))
                # (the same meeting read as a session of the two states: "The two Ministers recalled their
                # last meeting, held in Kampala on 19 January" was theirs)
                interactions[:] = [i for i in interactions if not (
                    i.type == "meeting" and i.evidence and i.evidence.start == sentence.start and i.date == when
                    and all(ctx.lexicon.state(p) for p in i.participants))]
    return out


def _their(ctx: Context, idx: int, at: int, interactions: list[Interaction]) -> list[str] | None:
    """Who "their" of sentence ``idx`` stands for: the two just named ("President A and President B
    during their meeting in Panama City"), else the two of the group the sentence opens with ("The
    leaders recalled their ..."), else the two of the last meeting or call before (of the last
    signing, if none)."""
    sentence = ctx.sentences[idx]
    named = _named_before(ctx, idx, at)
    if named:
        return named
    # ("The important consensus reached by the two heads of state during their talks in Beijing")
    group = _THE_GROUP.match(sentence.text[:at]) or next(iter(reversed(list(_TWO_OF_THEM.finditer(sentence.text, 0, at)))),
                                                         None)
    # (the two who opened the last meeting, not the delegation members who sat in: "Today the NA
    # President had a meeting with X" with the release's companions)
    told = [i for i in interactions if len(i.participants) >= 2 and i.evidence and i.evidence.start <= sentence.start]
    # ("the two heads of state during their talks" after a party official met a party's president:
    # not those two)
    keys = ctx.person_keys_by_label()
    if group and not re.search(r"(?i)minister", group[0]):
        fits = lambda i: heads_all(ctx, [keys.get(p, "") for p in i.participants[:2]])  # noqa: E731
    elif group and not re.search(r"(?i)prime", group[0]):
        # ("The two ministers met last in Skopje" after the guest was received by the Prime Minister:
        # the two who are ministers, not a prime minister)
        fits = lambda i: all(_a_minister(ctx, keys.get(p, "")) for p in i.participants[:2])  # noqa: E731
    else:
        fits = lambda i: True  # noqa: E731
    if group and heads_of_several_states(ctx):
        # ("Finally, the Head of State held talks with the President of the Comoros. The two leaders
        # recalled their meeting in Moroni": the two of the talks just told in the paragraph, of a
        # release naming several states' heads)
        talks = [i for i in told if i.type in ("meeting", "call")]
        last = max(talks, key=lambda i: i.evidence.start if i.evidence else -1, default=None)
        if last is not None and last.evidence and fits(last) and \
                "\n\n" not in ctx.release.text[last.evidence.end: sentence.start]:
            return last.participants[:2]
    two = two_of_a_kind(ctx, group[0]) if group else []
    if two:
        return [ctx.label(k) or "" for k in two]
    return next((i.participants[:2] for kinds in (("meeting", "call"), ("signing",)) for i in reversed(told)
                 if i.type in kinds and fits(i)), None)



def _a_minister(ctx: Context, key: str) -> bool:
    """Whether the person of ``key`` holds a minister's office, a prime minister's aside."""
    person = ctx.persons.get(key.removeprefix("person:"))
    return person is not None and any(re.search(r"(?i)(?<!prime )minister", t) for t, _, _ in person.offices)


def _named_before(ctx: Context, idx: int, at: int) -> list[str] | None:
    """The two persons named together just before ``at`` in sentence ``idx`` ("A and B during
    their meeting"), as labels, if any."""
    sentence = ctx.sentences[idx]
    base = sentence.start
    persons = [r for r in ctx.refs[idx] if r.kind == "person" and r.end - base <= at]
    if len(persons) < 2 or persons[-1].key == persons[-2].key:
        return None
    # ("With Prime Minister Luxon, the Prime Minister reaffirmed ... and recalled their meeting", "The
    # Chairperson of the Senate and the Chairman of the Parliament recalled their conversation"):
    # the only two the sentence names
    if len({r.key for r in persons}) == 2:
        return [ctx.label(f"person:{r.key}") or "" for r in (persons[0], next(r for r in persons if r.key != persons[0].key))]
    first, second = persons[-2], persons[-1]
    if not LONG_PAIR_GAP.fullmatch(sentence.text[first.end - base: second.start - base]) or \
            len(sentence.text[second.end - base: at].strip(" ,")) > 25:
        return None
    return [ctx.label(f"person:{first.key}") or "", ctx.label(f"person:{second.key}") or ""]


def _held_by_two(ctx: Context, idx: int, m: re.Match[str], released: str) -> Interaction | None:
    """The past meeting of "the meeting that A and B held last September in New York", if two
    persons are named before "held" and the text dates it before the release."""
    sentence = ctx.sentences[idx]
    base = sentence.start
    pair = list(dict.fromkeys(r.key for r in ctx.refs[idx] if r.kind == "person"
                              and m.start("who") <= r.start - base and r.end - base <= m.end("who")))
    rest = m["rest"]
    when = next((d for s, _, d in find_dates(rest, released) if s <= 30), None) or past_month(rest, released)
    if len(pair) != 2 or not when or not released or when >= released[:len(when)]:
        return None
    town = re.search(r"\bin\s+(?P<place>" + _TOWN + ")", rest)
    where = town["place"] if town and not ctx.lexicon.state(town["place"]) and (
        ctx.lexicon.place(town["place"]) or city_in_full(town["place"])) else None
    return Interaction("meeting", [ctx.label(f"person:{k}") or "" for k in pair], when, where, None, [],
                       ctx.evidence(sentence))
