"""Visits: who visited which state, from a visit trigger ("paid an official visit to", "arrived
in", "the state visit of X to Y", "welcomed X to Warsaw")."""
from __future__ import annotations

import re
from datetime import date, timedelta

from kg.extract.clause_dates import RECALLS_ITSELF
from kg.extract.context import Context
from kg.extract.participants import acting_state, key_of, persons_of, state_of, stated_state
from kg.extract.site import Site
from kg.extract.visitors import more_destinations, visited, visitor_after, visitor_of
from kg.sources.dates import find_dates
from kg.records import Interaction

# A visit told at its end, with its length.
_ENDED = re.compile(r"\b(?:concluded|concludes|concluding|completed|completes|completing|wrapped up|wrapping up|ended|ends|"
                    r"brought to a close|brings to a close|"
                    r"rounded off)\b[^.;]{0,30}?\b(?P<n>two|three|four|five|2|3|4|5)-day\b", re.I)
SPAN_DAYS = {"two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}
_POSSESSIVE_VISIT = re.compile(r"(?:(?:during|on|as part of|on the (?:sidelines|margins) of) )?(?:his|her|their)\b")


def build_visit(ctx: Context, site: Site, last_pair: list[str]) -> tuple[list[str], Interaction] | None:
    """The visit a trigger reports, with its visitor's and destination's keys."""
    sentence, refs, before, after = site.sentence, site.refs, site.before, site.after
    t_start, t_end, clause_start, clause_end = site.t_start, site.t_end, site.clause_start, site.clause_end
    when, place, ev, trigger = site.when, site.place, site.ev, site.trigger
    ended = _ENDED.search(sentence.text)
    if ended and when and len(when) == 10:
        # "has today concluded a two-day visit", "on 18 June brought to a close his two-day visit":
        # the visit began the days before
        when = (date.fromisoformat(when) - timedelta(days=SPAN_DAYS[ended["n"].lower()] - 1)).isoformat()
    visitor = visitor_of(ctx, sentence, before, after, trigger, last_pair, t_end)
    if trigger in ("visited", "visits") and after and after[0].kind == "person" and visitor and \
            re.fullmatch(r"\s+(?:(?:the|[A-Z][\w.\-’']*)\s+)*", sentence.text[t_end - sentence.start: after[0].start - sentence.start]) and \
            not ctx.lexicon.place((sentence.text[t_end - sentence.start:].split() or [""])[0]):
        # "Albares also visited House Speaker Nabih Berri and Prime Minister Nawaf Salam": he met them
        people = [visitor] + [k for k in dict.fromkeys(key_of(r) for r in after if r.kind == "person") if k != visitor]
        if len(people) >= 2:
            return people, Interaction("meeting", [ctx.label(k) or "" for k in people], when, place, None, [], ev)
    # ("the first visit by a Foreign Minister of Pakistan to India": the state after "to")
    target = visited(ctx, sentence, t_end, clause_end, reach=200 if trigger.startswith("led ") else 60,
                     lead_within=60 if re.search(r"visit (?:of|by|that|which)$", trigger) else 30) or \
        visited(ctx, sentence, max(clause_start, t_start - 45), t_start)
    if target is None and trigger.startswith(("arrived", "landed")) and trigger.endswith(" at") and ctx.home_state and \
            visitor and visitor.startswith("person:") and \
            re.match(r"\s+(?:the\s+)?(?:[A-Z]|airport\b)", ctx.release.text[t_end: t_end + 20]):
        # "arrived yesterday afternoon at Sir Seretse Khama International Airport": an airport of the
        # publisher's own state, which the gazetteer does not know by name
        target = f"state:{ctx.home_state}"
    if target is None and re.match(r"(?:arrived|flew in)\b(?! (?:in|at|on)$)", trigger) and ctx.release.place and \
            visitor and visitor.startswith("person:"):
        # ("SEOUL, May 27 (Yonhap) -- ... The Chinese premier, who arrived Sunday for a three-day
        # official visit": the dateline's state)
        here = ctx.lexicon.state_of_place(ctx.release.place)
        target = f"state:{here.code}" if here is not None else None
    if visitor and target and acting_state(ctx, visitor) == target and _POSSESSIVE_VISIT.match(trigger):
        # "X met Y on the sidelines of his visit to Doha", X being Qatar's: the visit is Y's
        others = [key_of(r) for r in refs if r.kind == "person" and acting_state(ctx, key_of(r)) not in (None, target)]
        visitor = others[0] if len(set(others)) == 1 else None
    # (a presumed state is no bar to one the text names as visiting it, "the state visit to Korea of X")
    if not visitor or not target or visitor == target or state_of(ctx, visitor) == target and not (
            visitor_after(sentence, trigger, t_end) and not stated_state(ctx, visitor)):
        return None
    if "body:" in visitor or visitor.startswith("org-as-written:"):
        return None  # "the Regional Security Office traveled to Bogota": a unit, not a visiting actor
    keys = [visitor, target]
    # "during the visit of X to Manila": the city after the trigger, not the sentence's first
    place = next((mn.text for mn in ctx.mentions_between(t_end, min(clause_end, t_end + 40)) if mn.kind == "place"
                  and re.search(r"\b(?:to|in|on)\s+(?:the\s+)?$", ctx.release.text[t_end - 4: mn.start])), place)
    where = ctx.lexicon.state_of_place(place) if place else None

    def place_in(state: str) -> str | None:
        """The place, if it may lie in ``state`` ("has returned to Rarotonga following an official
        visit to China": home, not where the visit went)."""
        return place if where is None or f"state:{where.code}" == state else None

    visit = Interaction("visit", [ctx.label(k) or "" for k in keys], when, place_in(target), None, [], ev)
    host = persons_of(before)[-1:] if trigger.startswith("welcome") else []
    if host and host[0] != visitor:  # the host who welcomed the visitor met them
        ctx.extra_interactions.append(Interaction("meeting", [ctx.label(host[0]) or "", ctx.label(visitor) or ""],
                                                  when, place, None, [], ev))
    for companion in _co_visitors(ctx, site, visitor, target):
        ctx.extra_interactions.append(Interaction("visit", [ctx.label(companion) or "", ctx.label(target) or ""],
                                                  when, place_in(target), None, [], ev))
    for more in more_destinations(ctx, sentence, target, clause_end):
        if more != acting_state(ctx, visitor):  # (the person's state, else their office's)
            ctx.extra_interactions.append(Interaction("visit", [ctx.label(visitor) or "", ctx.label(more) or ""],
                                                      when, place_in(more), None, [], ev))
    return keys, visit


def _co_visitors(ctx: Context, site: Site, visitor: str, target: str) -> list[str]:
    """"Foreign Minister Steinmeier and Laurent Fabius, his French opposite number, made the trip
    to Poland": the person joined to the visitor by "and" (their appositions aside) travelled too."""
    base, text = site.sentence.start, site.sentence.text
    people = [r for r in site.before if r.kind == "person"]
    at = next((k for k, r in enumerate(people) if key_of(r) == visitor), None)
    if at is None or at == 0:
        return []
    first, second = people[at - 1], people[at]
    between = re.sub(r",[^,;]{1,80},", "", text[first.end - base: second.start - base] + ",")
    gap = re.sub(r"\s+", " ", between).strip(" ,")
    tail = text[second.end - base: site.t_start - base]
    if gap not in ("and", "and his", "and her") or not re.fullmatch(r"(?:,[^,;]{1,80},)?\s*", tail):
        return []
    other = key_of(first)
    return [other] if other != visitor and acting_state(ctx, other) != target and state_of(ctx, other) != target else []


def met_during_the_visit(items: list[Interaction], released: str | None) -> None:
    """A meeting told in a past visit's sentence ("in July 2023, during the visit of the then Prime
    Minister X to China and his meeting with President Xi Jinping in Chengdu"), with no day of its
    own, was held on that visit: it takes the visit's date."""
    visits = [v for v in items if v.type == "visit" and v.date and v.evidence and released and v.date[:7] < released[:7]]
    for it in items:
        if it.type not in ("meeting", "call") or it.date or it.evidence is None:
            continue
        visit = next((v for v in visits if v.evidence and v.evidence.start == it.evidence.start
                      and v.participants[:1] == it.participants[:1]), None)  # (the visitor's own meeting)
        if visit is not None:
            it.date = visit.date


# "President Mahama arrived at the Roberts International Airport on Monday evening", "The Head of
# State, who arrived on Monday night": the visit began that day.
_ARRIVED = re.compile(r"\b(?:arrived|landed)\b")
_ARRIVAL_REACH = timedelta(days=3)


def dated_by_arrival(ctx: Context, items: list[Interaction]) -> None:
    """A visit dated by the day it was reported on, when the release says the visitor arrived a
    day or two before ("who is in the country on a one-day working visit ... arrived on Monday
    evening"): its first day is the day of arrival."""
    for visit in items:
        told = visit.date or ctx.release.date  # (undated: the day the release tells)
        if visit.type != "visit" or not told or len(told) != 10 or not visit.participants or \
                visit.date and visit.date != ctx.release.date or any(visit is u for u in ctx.undated):
            continue
        surname = visit.participants[0].split()[-1]
        for idx, sentence in enumerate(ctx.sentences):
            arrived = _ARRIVED.search(sentence.text)
            if arrived is None:
                continue
            named = [ctx.label(key_of(r)) for r in ctx.refs[idx] if r.kind == "person"
                     and r.start < sentence.start + arrived.start()]
            # ("X received ... Y, who arrived the previous day": the one the relative clause is of)
            who = named[-1] if named and re.search(r",\s+who\s+(?:\w+\s+)?$", sentence.text[:arrived.start()]) else None
            if named and visit.participants[0] not in (named[0], who) or not named and surname not in sentence.text and \
                    not re.match(r"\s*The (?:[A-Z][\w\-]+ )?(?:Head of State|President|Prime Minister|guest|visitor|emissary|"
                                 r"envoy|Minister|delegation)\b", sentence.text):  # ("The Angolan emissary, who arrived")
                continue  # someone else's arrival
            # (the arrival's own day: "arrived in Brussels this morning ..., coming from Madrid, where
            # he had signed ... on Monday" tells Monday of Madrid)
            clause = re.split(r",\s+(?:where|when|coming|after|having)\b|;", sentence.text[arrived.end():], maxsplit=1)[0][:60]
            days = [d for _, _, d in find_dates(clause, ctx.release.date) if len(d) == 10]
            earlier = [d for d in days if d < told and date.fromisoformat(told) - date.fromisoformat(d) <= _ARRIVAL_REACH]
            if earlier:
                visit.date = min(earlier)
                break


# "a tour of the member States of the Indian Ocean which previously took her to Seychelles and to
# Mauritius", "a regional tour which had earlier taken him to Guatemala, El Salvador, Honduras and
# Belize": the tour's earlier stops, each a visit of the traveller the sentence names.
_TOUR_STOPS = re.compile(r"\btour\b[^.;]{0,100}?\b(?:which|that)\s+(?:had\s+|has\s+)?(?:previously\s+|earlier\s+|already\s+|also\s+)?"
                         r"(?:took|taken)\s+(?:him|her|them)\s+to\s+")
_STOP_GAP = re.compile(r"^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:to\s+)?(?:the\s+)?$")


def tour_stops(ctx: Context, interactions: list[Interaction]) -> list[Interaction]:
    """A visit to each state a tour took its traveller to before the stop the release reports
    (undated: the text gives no day), where ``interactions`` lack it."""
    out: list[Interaction] = []
    for idx, sentence in enumerate(ctx.sentences):
        m = _TOUR_STOPS.search(sentence.text) if "tour" in sentence.text else None
        # (the one named last before the tour: "received ... Prime Minister X, who arrived today, the last
        # stop of a Gulf tour that took him to ...": the guest, not the host)
        traveller = next((key_of(r) for r in reversed(ctx.refs[idx]) if r.kind == "person"
                          and r.start < sentence.start + m.start()), None) if m else None
        if traveller is None:
            continue
        prev = sentence.start + m.end()
        for mention in ctx.mentions_between(prev, sentence.end):
            gap = ctx.release.text[prev: mention.start]
            if mention.kind != "state" or (prev > sentence.start + m.end() and not _STOP_GAP.match(gap)) or \
                    (prev == sentence.start + m.end() and gap.strip() not in ("", "the")):
                break
            stop = Interaction("visit", [ctx.label(traveller) or "", ctx.label(f"state:{mention.key}") or ""],
                               None, None, None, [], ctx.evidence(sentence))
            read = next((i for i in interactions if i.type == "visit" and i.participants == stop.participants
                         and i.evidence is not None and i.evidence.start == sentence.start), None)
            if read is not None:
                read.date, read.place = None, None  # (read from the sentence as if the day's)
            out.append(read or stop)
            prev = mention.end
    ctx.undated.extend(out)
    return [i for i in out if not any(i is j for j in interactions)]


def visit_elsewhere(ctx: Context, dateline_state: str | None, end: int) -> bool:
    """Whether the lead (up to ``end``) reports a visit to a state other than the dateline's
    ("Minister Joly today concluded a visit to Japan" under an Ottawa dateline)."""
    for interaction in ctx.record.interactions:
        if interaction.type != "visit" or interaction.evidence is None or interaction.evidence.start >= end \
                or RECALLS_ITSELF.search(interaction.evidence.sentence):
            continue  # (nor a visit recalled: "The Prime Minister recalled his official visit to New Zealand")
        visited = ctx.lexicon.state(interaction.participants[-1]) if interaction.participants else None
        guest = next((p.key for p in ctx.persons.values() if [p.name] == interaction.participants[:1]), None)
        if guest and dateline_state and acting_state(ctx, f"person:{guest}") not in (None, f"state:{dateline_state}"):
            continue  # ("Kishida, who arrived in the country today, the last stop of a tour that took him to X"): a guest's
        if visited is not None and visited.code != dateline_state:
            return True
    return False
