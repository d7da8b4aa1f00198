"""When and where: the date and place of each interaction the text leaves undated.

A release reports one occasion ("Foreign Minister X hosted Y in Vienna on 1 and 2
January") and then its parts ("Besides the talks, the programme featured meetings with
the President..."). The parts rarely repeat the date and the venue. The occasion's own
date and venue (the *scene*) are read from the headline and the lead, else from the
dateline; each interaction that the text does not place at another time takes them.
Sentences that look back ("last June", "had met", "since 2007", "previously") keep their
own date or none: a passing mention of a past event is not an event of the release's day.
A call or a letter takes no place from the scene: it joins people in different places.
"""
from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, timedelta

from kg.sources.dates import DAY_RANGE, long_before, past_month
from kg.sources.stamps import header_line, read_stamp
from kg.extract.clause_dates import (
    LAST_MET, POSSESSED_VISIT_TOLD, RECALLED, RECALLS_ITSELF, RELATIVE_ASIDE, SINCE_OFFICE, looks_elsewhere, one_day,
    recalled_itself)
from kg.extract.clauses import state_of_place, venue
from kg.extract.context import Context
from kg.extract.day_order import (
    DAY_AFTER, NTH_DAY, ORDINAL_DAYS, READOUT_SENTENCES, arrival_day, closing_day, day_before_told, day_turned, first_day,
    in_turn, lead_days, near_release, that_occasion, went_back,
)
from kg.extract.text import Sentence
from kg.extract.openings import last_met_at, opening_days
from kg.extract.trip_stops import date_stops
from kg.extract.visits import visit_elsewhere
from kg.records import Interaction

_PLACELESS = ("call", "correspondence")
_SAME_DAY = re.compile(r"\b(?:earlier|later) (?:in the|that) day\b|\b(?:on )?the same day\b")
_SINCE_OFFICE = re.compile(rf"(?:{SINCE_OFFICE.pattern})[^,;.]*")  # (the clause, to its end)
# ("received Minister Makamba, bearer of a written message"; "received a written message from
# President X": where the recipient received it)
_BY_HAND = re.compile(r"\b(?:handed over|handed|delivered|delivered by|bearer of|received (?:a|the|an) (?:\w+ )?(?:message|letter))\b")


# "X had already congratulated Y by telephone on Monday": told as what came before, in the
# pluperfect; its day is no reference day for the events told after it.
_BEFOREHAND = re.compile(r"\bhad (?:already |previously |earlier )?(?:[a-z]+ed|spoken|met|held|sent|written)\b")


@dataclass(frozen=True, slots=True)
class Scene:
    date: str | None
    place: str | None
    place_state: str | None  # ISO code of the state the place lies in
    lead_end: int  # where the headline and the first sentences of the body end


def scene_step(ctx: Context) -> None:
    """requires: record.interactions · assigns: the date and place of undated interactions"""
    scene = read_scene(ctx)
    # The narrative's reference day: the last day an interaction's own sentence gave, near the
    # release ("On Thursday, X attended the summit. ... X also met Y": Thursday for both).
    anchor: str | None = None
    # and its venue, where that sentence named one ("On 20 August, in Putrajaya, talks were held
    # ... Following the talks, the ministers signed": Putrajaya, not the occasion's first city)
    anchor_place: str | None = None
    # and where the traveller last was, by the text's own words ("FM Cohen arrived in Baku on
    # Tuesday. On Wednesday, he was received by President Aliyev": in Baku, not in the lead's Ashgabat)
    arrival: tuple[str, str] | None = None
    in_text_order = sorted(ctx.record.interactions, key=lambda i: i.evidence.start if i.evidence else 0)
    # The reference day each sentence was read against: every event a sentence tells is read
    # against the same ("The following day, he was received by A, and held talks with B": one day)
    read_against: dict[int, tuple] = {}
    passed, starts = 0, {i.evidence.start for i in in_text_order if i.evidence}  # (for the turns of the day between)
    anchored_at = -1  # the sentence whose event gave the anchor
    for interaction in in_text_order:
        if any(interaction is u for u in ctx.undated):
            continue
        told_at = interaction.evidence.start if interaction.evidence else -1
        if told_at not in read_against and (anchor is None or len(anchor) == 10):
            anchor, anchor_place = day_turned(ctx, anchor, anchor_place, passed, told_at, starts)
        passed = max(passed, told_at + 1)
        day, day_place, been = read_against.setdefault(told_at, (anchor, anchor_place, arrival))
        own_place = interaction.place if interaction.type not in _PLACELESS else None
        nth = NTH_DAY.match(interaction.evidence.sentence) if interaction.evidence and not interaction.date else None
        start = first_day(in_text_order, nth) if nth else None
        if nth and start:
            # "On 13-14 March, X paid a visit to Poland. On the first day of the visit, ...": its first day
            interaction.date = (date.fromisoformat(start) + timedelta(days=ORDINAL_DAYS[nth["n"].lower()])).isoformat()
        told = that_occasion(interaction, in_text_order, day)
        if told is not None:
            # "On that occasion, A and B signed ...": the event the sentence before told in passing
            interaction.date, interaction.place = interaction.date or told.date, interaction.place or told.place
            continue
        own = date_and_place(ctx, interaction, scene, day, day_place, been)
        if interaction.type in ("visit", "meeting") and own and own_place and interaction.date and \
                len(interaction.date) == 10 and _same_trip(interaction.date, scene.date) and \
                (arrival is None or arrival[0] <= interaction.date):
            arrival = (interaction.date, own_place)
        # (a visit's date is its first day, "arrived on Tuesday": not the day of what follows; nor is
        # a gathering's held "from 2 to 5 May")
        spans = interaction.type == "multilateral" and interaction.evidence is not None and \
            DAY_RANGE.search(interaction.evidence.sentence) is not None
        if own and interaction.type != "visit" and not spans and interaction.evidence is not None and \
                interaction.evidence.start >= ctx.release.body_offset and \
                interaction.date and _same_trip(interaction.date, scene.date) and _tells_the_occasion(ctx, interaction) \
                and not looks_elsewhere(interaction.evidence.sentence) \
                and not re.search(r"\bpreceded (?:\w+ )?by\b", interaction.evidence.sentence) \
                and not _BEFOREHAND.search(interaction.evidence.sentence) and not went_back(interaction.evidence.sentence) \
                and not (anchored_at == told_at and anchor and interaction.date < anchor) \
                and not (ctx.release.date and interaction.date > ctx.release.date[:len(interaction.date)]):
            # (not "held last Thursday in New York"; not "The Session was preceded by the Meeting of
            # Senior Officials, held on 18 and 19 September": what came before the occasion; nor the
            # day before that a sentence's main event names, "a day after meeting B in Kyiv"; nor what is
            # still to come, "Tomorrow he will travel on to Hamburg": "In the afternoon" after it is today's)
            anchor, anchor_place, anchored_at = interaction.date, own_place, told_at
    date_stops(ctx, ctx.record.interactions)
    opening_days(ctx, ctx.record.interactions)  # ("The conference, which opened on Monday, ...")
    last_met_at(ctx.record.interactions, ctx.release.date)  # ("last met in October, on the margins of ...")
    # "Lula will travel to South Africa on 21 August" in a release of 18 August: still to come,
    # a plan (the initiatives step names it), not an event; a schedule's own day excepted
    # ("Public Schedule August 5", issued on the 4th).
    released = ctx.release.date
    scheduled = _headline_day(ctx) if re.search(r"(?i)\bschedule\b", ctx.release.title) else None
    if released:
        kept = [i for i in ctx.record.interactions if not i.date or i.date == scheduled
                or i.date <= released[:len(i.date)]]
        kept_ids = {id(i) for i in kept}
        ctx.planned.extend(i for i in ctx.record.interactions if id(i) not in kept_ids)
        # The release's own events first, those it recalls from long before after them: of a
        # pair's events, the first is the one a reader looks for.
        ctx.record.interactions = sorted(kept, key=lambda i: long_before(i.date, released))


def read_scene(ctx: Context) -> Scene:
    """The date and venue of the occasion the release reports."""
    release = ctx.release
    lead_end = _lead_end(ctx)
    others = _other_occasions(ctx)
    lead_event = _lead_event_date(ctx, others) or _headline_day(ctx)
    when = lead_event or release.date
    if lead_event is None and release.date:
        # ("received X ... within his official visit, which takes place from August 20 to 22": the
        # visit's first day is not the day of the reception)
        spans = {i.date for i in ctx.record.interactions if i.type == "visit" and i.evidence and i.evidence.end <= lead_end}
        # (nor a sentence that looks back: "The two ministers last met in Brussels on 3-4 April")
        back = {s.start for s in ctx.sentences[:6] if s.start >= release.body_offset
                and (looks_elsewhere(s.text) or _BEFOREHAND.search(s.text))}
        lead = _lead(ctx, skip=others | back)
        when = next((d for d in lead_days(lead, release.date) if d not in spans), release.date)
    # The headline's or the first sentence's venue, else the dateline's city, else a venue
    # later in the lead (which may be another event's: "his talks in Tokyo on 12 April").
    opening = _lead(ctx, sentences=_opening_sentences(ctx))
    where = venue(ctx, opening, home=ctx.home_state, occasion=True)
    place = where[1] if where else None
    if place is None and release.place and _dateline_city(ctx, release.place) and \
            not visit_elsewhere(ctx, state_of_place(ctx, release.place) or ctx.home_state, lead_end):
        place = release.place  # the dateline's city, unless the lead reports a visit abroad (a town the
        # gazetteer lacks is taken to be at home)
    if place is None:
        # A venue later in the lead only where an event of the lead is said to take place
        # there ("held in the Riga Castle"), not one of a plan ("an event scheduled in Washington").
        end = _lead_end(ctx, sentences=6)
        # (not the venue of a past event the lead recalls: "signed ... in Athens on 7 December 2023")
        place = next((i.place for i in sorted(ctx.record.interactions, key=lambda i: i.evidence.start if i.evidence else 0)
                      if i.place and i.type not in _PLACELESS and i.evidence and i.evidence.start < end
                      and _same_trip(i.date, when) and not RECALLS_ITSELF.search(i.evidence.sentence)), None)
    return Scene(when, place, state_of_place(ctx, place), lead_end)


# A day the headline names, up to a few days after the release: "Public Schedule August 5, 2021"
# published on 4 August is the schedule of the 5th.
_AHEAD = timedelta(days=3)


def _headline_day(ctx: Context) -> str | None:
    if not ctx.release.date:
        return None
    return next((found for found in lead_days(ctx.release.title, ctx.release.date, ahead=_AHEAD)
                 if found != ctx.release.date), None)


def _lead_event_date(ctx: Context, others: set[int]) -> str | None:
    """The day the first interaction of the lead is dated by its own words ("held talks
    today", "on 3 April"): the occasion's day, before other dates of the lead ("who arrived
    yesterday"); not one told in a sentence that starts at ``others`` (``_other_occasions``)."""
    if not ctx.release.date:
        return None
    end = ctx.sentences[min(len(ctx.sentences), 6) - 1].end if ctx.sentences else 0
    # A visit spans days ("arrived yesterday"): the talks held during it date the occasion.
    ordered = sorted(ctx.record.interactions, key=lambda i: (i.evidence.start if i.evidence else 0, i.type == "visit"))
    for interaction in ordered:
        if interaction.evidence is None or interaction.evidence.start >= end:
            break
        if interaction.evidence.start in others or looks_elsewhere(interaction.evidence.sentence) \
                or _BEFOREHAND.search(interaction.evidence.sentence):
            continue  # (nor one the text looks back to: "The two ministers last met in Brussels on 3 April")
        if interaction.type == "visit" and any(
                other.type != "visit" and other.evidence and other.evidence.start == interaction.evidence.start
                for other in ordered):
            continue  # ("received X ... during his visit, which takes place from August 20 to 22")
        if interaction.type == "multilateral" and interaction.date != ctx.release.date and \
                re.search(r"\btoday\b", interaction.evidence.sentence):
            return ctx.release.date  # ("today urged ..., in his address to the Annual Meeting, held from 2 to 5 May")
        if interaction.date and near_release(interaction.date, ctx.release.date):
            return interaction.date
    return None


def date_and_place(ctx: Context, interaction: Interaction, scene: Scene, anchor: str | None = None,
                   anchor_place: str | None = None, arrival: tuple[str, str] | None = None) -> bool:
    """Give ``interaction`` the scene's date and place where its own sentence leaves them out
    and does not look back to another time; whether its date is its own sentence's."""
    sentence = interaction.evidence.sentence if interaction.evidence else ""
    # ("With the Ambassador of Egypt, X, the President recalled her participation in COP27 in
    # November 2022": the meeting is the clause before what is recalled)
    # ("Mudavadi recalled his meeting with Fiala ... last September": what is recalled is this one)
    recall, itself = recalled_itself(interaction.type, sentence)
    head = RECALLED.split(sentence, maxsplit=1)[0] if not itself else sentence
    told = head if interaction.type != "multilateral" and len(head) < len(sentence) and any(
        p.split()[-1] in head for p in interaction.participants if p) else sentence
    # ("co-chaired today ..., the first held since the XII Meeting": today's, whatever it recalls)
    today = interaction.date == ctx.release.date and re.search(r"\btoday\b", sentence) is not None
    # ("The Prime Minister recalled his official visit to New Zealand in June, ... during which he
    # held talks with Prime Minister Hipkins": what the whole sentence recalls is past, not today's)
    recalled = told is sentence and not today and recall is not None
    # (not a relative clause's: "held talks with X, who visited Israel last month")
    main = RELATIVE_ASIDE.sub(",", told) if ", who " in told else told
    # ("their first formal meeting since Sugiono took office in October last year": when the office
    # began, not when they met)
    main = _SINCE_OFFICE.sub("", main) if "office" in main else main
    # ("received a call from X, during which they reviewed the outcomes of X's visit to Iraq last month":
    # the visit's time, not the call's)
    main = POSSESSED_VISIT_TOLD.sub("’s visit", main) if "visit" in main and interaction.type != "visit" else main
    # ("The Rwandan minister had held talks earlier in the day with ...": the narrative's day, told before)
    elsewhere = looks_elsewhere(main) and not today and not _SAME_DAY.search(main) \
        or recalled or not _tells_the_occasion(ctx, interaction)
    # (a message handed over in person is where it was handed over)
    placeless = interaction.type in _PLACELESS and not (
        interaction.type == "correspondence" and _BY_HAND.search(sentence))
    if placeless:
        interaction.place = None if not _said_where(sentence, interaction.place) else interaction.place
    if interaction.date is None:
        interaction.date = one_day(ctx, told, interaction.evidence.start if interaction.evidence else 0,
                                   gathering=interaction.type == "multilateral")
    if interaction.date is None and (recalled or LAST_MET.search(told)):
        interaction.date = next((found for m in re.finditer(r"\s+in\s+[A-Z][a-z]+", told)
                                 if (found := past_month(told[m.start():], ctx.release.date))), None)
    shift = DAY_AFTER.match(sentence)
    if interaction.date is None and shift and anchor and len(anchor) == 10:
        # "On 19 September, X called on the President. The following day, X met the Prime Minister"
        # (the day the sentence before names, where it tells no event: "The King arrived late Thursday ...")
        step, base = -1 if shift["back"] else 1, day_before_told(ctx, interaction) or anchor
        interaction.date = (date.fromisoformat(base) + timedelta(days=step)).isoformat()
    if interaction.date is None:
        interaction.date = arrival_day(ctx, interaction) or closing_day(ctx, interaction)
    own = interaction.date is not None
    # ("Sahiba Gafarova then addressed the opening of the Parliamentary Meeting": the day's, told in its turn)
    in_lead = interaction.evidence is not None and (interaction.evidence.end <= scene.lead_end or in_turn(
        ctx, interaction.evidence.sentence))
    if interaction.date is None and not elsewhere and (interaction.type != "multilateral" or in_lead):
        # A summit the lead says someone took part in is the occasion's; one named later may
        # be any of its series.
        interaction.date = anchor if anchor and interaction.type != "multilateral" else scene.date
    if placeless or interaction.place or elsewhere:
        return own
    met_at = _margins_place(ctx, interaction)
    if met_at:
        interaction.place = met_at  # ("on the margins of the Conference": where the Conference was held)
        return own
    if arrival and interaction.date and len(interaction.date) == 10 and arrival[0] <= interaction.date and \
            _same_trip(interaction.date, arrival[0]) and not (anchor_place and interaction.date == anchor):
        interaction.place = arrival[1]  # where the traveller arrived before this day
        return own
    day_place = anchor_place if anchor_place and anchor and interaction.date == anchor else None
    if scene.place is None and day_place is None or not _same_trip(interaction.date, scene.date):
        return own
    if interaction.type == "multilateral" and interaction.date is None:
        return own  # a summit named without a date may be any summit of its series, anywhere
    if interaction.type == "visit":
        visited = ctx.lexicon.state(interaction.participants[-1]) if interaction.participants else None
        if visited is None or visited.code != scene.place_state:
            return own  # the scene lies elsewhere than the state visited
    interaction.place = day_place or scene.place
    return own


# How far into a long release (a briefing, a speech, a transcript) its events may still be the
# occasion's: past that, a meeting named without a date is more often one recalled than one
# reported. A readout is short enough to be read whole.
_OCCASION_REACH = 2_500


def _tells_the_occasion(ctx: Context, interaction: Interaction) -> bool:
    """Whether the interaction's sentence may tell the release's occasion rather than recall
    another: within a readout, or the opening of a longer text, and not quoted speech."""
    if interaction.evidence is None:
        return True
    sentence = interaction.evidence.sentence
    if sentence[:1] in "“\"‘" or re.match(r"^[A-Z][A-Z .’']+:\s", sentence):
        return False  # a quotation or a speaker's turn ("MR PRICE: ..."): what someone says
    if len(ctx.sentences) <= READOUT_SENTENCES:
        return True
    return interaction.evidence.start - ctx.release.body_offset <= _OCCASION_REACH


# A trip's days: events within a week of the occasion's date (a tour, a week at the General
# Assembly) happened at its venue too, where their own sentence names no other.
_TRIP = timedelta(days=6)


_ON_MARGINS = re.compile(r"\b(?:on|at) the (?:margins|sidelines) of (?:the )?(?P<what>[^,.;]{3,120})")


def _margins_place(ctx: Context, interaction: Interaction) -> str | None:
    """The place of the gathering told before whose margins the interaction's sentence puts it
    ("on the margins of the Conference", after "the ... Conference ..., held in Georgetown")."""
    on = _ON_MARGINS.search(interaction.evidence.sentence) if interaction.evidence else None
    if on is None or interaction.evidence is None:
        return None
    told = [i for i in ctx.record.interactions if i.type == "multilateral" and i.place and i.name and i.evidence
            and i.evidence.start <= interaction.evidence.start and on["what"].split()[-1].lower() in i.name.lower().split()
            # (this one's, not "the first Forum, in Paris in February 2022", told between)
            and (not i.date or not interaction.date or i.date.startswith(interaction.date) or interaction.date.startswith(i.date)
                 or len(i.date) == len(interaction.date) == 10 and _same_trip(i.date, interaction.date))]
    return max(told, key=lambda i: i.evidence.start if i.evidence else -1).place if told else None


def _same_trip(when: str | None, scene_date: str | None) -> bool:
    if when is None or when == scene_date:
        return True
    if scene_date is None or len(when) != 10 or len(scene_date) != 10:
        return False
    return abs(date.fromisoformat(when) - date.fromisoformat(scene_date)) <= _TRIP


def _said_where(sentence: str, place: str | None) -> bool:
    """A call's place only where the sentence says where a party called from."""
    return bool(place) and bool(re.search(rf"\bfrom\s+(?:the\s+)?{re.escape(place or '')}", sentence))


def _lead_end(ctx: Context, sentences: int = 3) -> int:
    """Where the headline and the first sentences of the body end."""
    n = min(len(ctx.sentences), _opening_sentences(ctx) + sentences - 1)
    return ctx.sentences[n - 1].end if n else 0


def _opening_sentences(ctx: Context) -> int:
    """How many sentences hold the headline and the body's first sentence after the dateline."""
    for n, sentence in enumerate(ctx.sentences, start=1):
        if sentence.start >= ctx.release.body_offset and sentence.end > ctx.dateline_end + 3 and \
                not (len(sentence.text) <= 40 and read_stamp(sentence.text)) and not header_line(sentence.text):
            # (not a date line, "12.10.2023", nor a label, "PRESS RELEASE")
            return n
    return len(ctx.sentences)


def _other_occasions(ctx: Context) -> set[int]:
    """Where the sentences start that tell an event none of whose people take part in the
    release's first one: "X met Y at the palace. On Monday, Z met W in Tokyo" (its day is Z's
    and W's, not the occasion's)."""
    ordered = [i for i in ctx.record.interactions if i.evidence is not None]
    if not ordered:
        return set()
    first = set(min(ordered, key=lambda i: i.evidence.start).participants)  # type: ignore[union-attr]
    starts = {i.evidence.start for i in ordered if first.isdisjoint(i.participants)}  # type: ignore[union-attr]
    # (a sentence that also tells of one of the occasion's people is the occasion's)
    return starts - {i.evidence.start for i in ordered if not first.isdisjoint(i.participants)}  # type: ignore[union-attr]


def _lead(ctx: Context, sentences: int = 6, skip: Collection[int] = ()) -> str:
    """The headline and the first sentences of the body, where the occasion is told (but those
    starting at ``skip``)."""
    # The dateline's own date is the release's; the lead's dates are the occasion's.
    body = ctx.release.body_offset
    # (nor is a date line of its own, "17.04.2024", above "On 16 April 2024, ... was held")
    sentences = [s.text[max(0, ctx.dateline_end - s.start):] if s.start >= body else s.text
                 for s in ctx.sentences[:sentences] if not (s.start >= body and len(s.text) <= 40 and read_stamp(s.text))
                 and not _holds_start(s, skip)]
    return "\n".join(sentences)


def _holds_start(sentence: Sentence, starts: Collection[int]) -> bool:
    return any(sentence.start <= at < sentence.end for at in starts)


def _dateline_city(ctx: Context, place: str) -> bool:
    """Whether a dateline's word names a city: not a state's name, unless the state's capital
    bears it ("KUWAIT, Oct 8", "SINGAPORE", "MEXICO": Kuwait City, Singapore, Mexico City)."""
    entry = ctx.lexicon.state(place)
    return entry is None or any(capital.startswith(entry.name) for capital in entry.capitals)
