"""Interactions: who met, called, visited, signed with or wrote to whom.

Each sentence is read for trigger phrases ("met with", "held a telephone
conversation", "paid an official visit to", "signed"). Triggers in a plan or an
invitation ("will visit", "agreed to hold", "invited ... to visit") are not
interactions. Participants are the actor references around the trigger: the subject
before it and the objects after it, with short references ("the Secretary", "Mr.
Lajčák", "his counterpart", "the sides") resolved to the persons of the release.
"""
from __future__ import annotations

import re

from kg.extract.clause_dates import RECALLED, date_near, one_day
from kg.extract.clauses import directed_by_end, past_place, place_in as _place_in
from kg.extract.context import ActorRef, Context
from kg.extract.day_order import a_day_before, weekday_ahead
from kg.extract.messages import build_message, senders_after_bearer
from kg.extract.attendance import attended_last, join_attendees
from kg.extract.companions import Company, company_in, join_companions
from kg.extract.merging import AND_WITH, each_apart, one_per_event, split_bilateral, without_vaguer_headlines
from kg.extract.plans import is_plan, may_be_planned
from kg.extract.participants import (
    acting_state, key_of, object_keys, office_then_person, only_persons, own_state, persons_of, standing_states,
    subject_keys, unique, without_venues,
)
from kg.extract.hosting import (
    RELATIVE_HOST, chaired_gathering, hosted_event, hosted_visit, opening_clause_end, own_talks_told, subject_end,
    summit_chaired,
)
from kg.extract.signings import build_signing, past_signings_of_the_pair
from kg.extract.site import Site
from kg.extract.gatherings import told_as_a_whole
from kg.extract.past_meetings import their_past_meetings
from kg.extract.groups import heads_all, hold_office, officials_of_states, the_three, two_of_a_kind
from kg.extract.talks import TALKED, coordinated_pair, past_sessions, states_between, talked, talks_by_reference
from kg.extract.text import REPORTED_SPEECH, Sentence, may_match, stem_text
from kg.extract.visits import build_visit, dated_by_arrival, met_during_the_visit, tour_stops
from kg.extract.triggers import CLAUSE_BREAK, STEMS, TRIGGERS, WATCHED_REMOTELY, may_meet, no_new_event
from kg.records import Interaction
from kg.lexicon import fold
from kg.extract.groups import HEADS, MINISTERS, THE_CO_CHAIRS, THE_TWO


def interactions_step(ctx: Context) -> None:
    """requires: refs, sentences · assigns: record.interactions"""
    interactions: list[Interaction] = []
    opened_by: list[tuple[int, list[str]]] = []  # ("The meeting was opened by A": of a gathering read below)
    # "The sides", "the ministers": the participants of the last meeting or call.
    last_pair: list[str] = []
    first_pair: list[str | None] = []  # the states of the first two-party talks
    visit_pair: list[str | None] = []  # the visitor's and the visited state of the first visit
    named_pair: list[str] = []  # the last two persons named together ("A and B took part")
    guest: str | None = None  # the release's first visitor, whose programme its meetings may be
    companies: list[Company] = []  # "A was accompanied by B"
    for idx, sentence in enumerate(ctx.sentences):
        text = sentence.text
        refs = ctx.refs[idx]
        taken: list[tuple[int, int]] = []
        two = THE_TWO.search(text) if "two" in text or "both" in text or "residents" in text or \
            "rime ministers" in text or "eads of s" in text or "eads of S" in text else None  # (either case)
        if two and not last_pair:
            # "Foreign Minister A and the Minister ... of Argentina, B, took part ...; the two
            # ministers were then received by ...": the two named together are "the two ministers",
            # else the release's only two foreign ministers (not "the two Heads of State" after
            # "welcomed by Vice President A and Foreign Minister B": the heads)
            heads = HEADS.search(two.group(0)) is not None
            # (nor "The two Foreign Ministers later held talks" after "briefed President X": the ministers)
            fits = heads_all(ctx, named_pair) if heads else \
                not MINISTERS.search(two.group(0)) or hold_office(ctx, named_pair, "minister")
            last_pair = (named_pair if fits else []) or two_of_a_kind(ctx, two.group(0))
        elif two and HEADS.search(two.group(0)):
            # "the two Heads of State held talks" after the guest's reception by a minister: the
            # heads, whoever met last
            last_pair = two_of_a_kind(ctx, two.group(0), last_pair) or last_pair
        if last_pair and MINISTERS.search(text) and not hold_office(ctx, last_pair, "minister"):
            # "Following the talks, the ministers signed" after a recalled meeting of presidents:
            # the release's two foreign ministers, not the last two who met
            said = MINISTERS.search(text).group(0)  # ("the two Foreign Ministers"; "the heads of the foreign ministries")
            last_pair = two_of_a_kind(ctx, said if "minister" in said.lower() else "ministers") or last_pair
        last_pair = the_three(ctx, text, interactions) or last_pair  # ("the three leaders signed": who just met)
        named_pair = coordinated_pair(sentence, refs) or named_pair
        if "co-chair" in text and THE_CO_CHAIRS.search(text) and (here := coordinated_pair(sentence, refs)):
            last_pair = here  # ("A and B co-chaired the Commission, at the end of which the co-chairs signed")
        lowered = stem_text(text)
        for kind, pattern in TRIGGERS:
            if not may_match(lowered, STEMS[kind]) or kind == "meeting" and not may_meet(lowered):
                continue
            for m in pattern.finditer(text, lowered):
                if any(a < m.end() and m.start() < b for a, b in taken):
                    continue
                if is_plan(text, m.start(), m.end()):
                    if kind in ("visit", "meeting"):
                        _plan(ctx, kind, sentence, refs, m, last_pair)
                    continue
                if kind == "meeting" and (RELATIVE_HOST.search(text[max(0, m.start() - 80): m.start()]) or
                                          hosted_event(text, m)):
                    # "the SEECP Summit, which President X hosted", "the Summit hosted by Egypt in
                    # Cairo": X hosted the event, which is no meeting of X
                    continue
                if idx == 0 and re.search(r"\b(?:[Tt]ravel|[Tt]rip|[Tt]our)\b", m.group(0)) or no_new_event(kind, text, m):
                    continue  # a headline "X's Travel to Y" announces, the body says when; an event told again
                if kind == "call" and WATCHED_REMOTELY.search(text, max(0, m.start() - 60), m.start()):
                    continue  # ("The two leaders jointly witnessed, through video link, the ceremony": side by side)
                if attended_last(ctx, sentence, refs, m, interactions, opened_by):
                    taken.append((m.start(), m.end()))
                    continue  # ("The meeting was attended by A and B": the last meeting's)
                built = _build(ctx, kind, sentence, refs, m, last_pair, guest)
                if built is None:
                    continue
                past_place(ctx, sentence, built[1], m.end())
                keys, it = built
                if m.group(0).lower().startswith("exchanged") and set(keys) == set(last_pair):
                    taken.append((m.start(), m.end()))
                    continue  # "... had a call. X exchanged views with Y": the same conversation
                # "A took part, together with B, in the meeting with C": one meeting of the three
                upto = sentence.start + subject_end(text, m)
                subjects = only_persons(subject_keys([r for r in refs if r.end <= upto], [], text, sentence.start, upto))
                co_hosts = kind == "meeting" and len(subjects) >= 2
                # (one audience for all its guests; "the meeting between the leaders of A, B and C": one of all)
                co_hosts = co_hosts or m.group(0).lower().startswith("audience") or m.group(0).lower().endswith("between")
                hosted = hosted_visit(ctx, m.group(0), keys, it) if kind == "meeting" else None
                if hosted is not None:
                    ctx.extra_interactions.append(hosted)
                if guest is None and (kind == "visit" or hosted is not None):
                    guest = keys[0] if kind == "visit" else keys[1]
                taken.append((m.start(), m.end()))
                interactions.extend(each_apart(keys, subjects, it) if co_hosts else split_bilateral(keys, it))
                if kind in ("meeting", "call") and len(keys) == 2:
                    last_pair = keys
                    states = [acting_state(ctx, k) for k in keys]
                    first_pair = first_pair or (states if all(states) else [])
                if kind == "visit" and len(keys) == 2 and not visit_pair and all(keys):
                    visit_pair = [acting_state(ctx, keys[0]), acting_state(ctx, keys[1])]
                    visit_pair = visit_pair if all(visit_pair) else []
        if not taken and may_match(text, _TALKED_STEMS) and TALKED.search(text):
            pair = talked(ctx, sentence, refs, interactions)
            if pair is not None:
                interactions.append(pair)
        join_attendees(ctx, sentence, refs, interactions, last_pair, bool(taken))
        companies.extend(company_in(ctx, sentence, refs))
    interactions.extend(ctx.extra_interactions)
    join_companions(ctx, interactions, companies)
    if not first_pair:
        # (no two-party talks: the states of the first visit, "the Prime Minister of Singapore
        # made an Introductory Visit to Brunei Darussalam")
        first_pair = visit_pair
    interactions = past_signings_of_the_pair(ctx, interactions, first_pair)
    pair_of_states = first_pair if len(set(first_pair)) == 2 and None not in first_pair else states_between(ctx)
    interactions.extend(past_sessions(ctx, pair_of_states))
    interactions.extend(their_past_meetings(ctx, interactions) + tour_stops(ctx, interactions))
    interactions.extend(talks_by_reference(ctx, interactions))
    interactions = told_as_a_whole(ctx, interactions)
    from kg.extract.attendance import join_opened_by, met_on_its_margins
    from kg.extract.multilateral import multilateral_events

    interactions.extend(met_on_its_margins(join_opened_by(multilateral_events(ctx), opened_by), interactions))
    met_during_the_visit(interactions, ctx.release.date)
    dated_by_arrival(ctx, interactions)
    body_forms = {fold(f): fold(org.name) for org in ctx.record.organizations for f in (org.name, *org.aliases)}
    ctx.record.interactions = one_per_event(without_vaguer_headlines(ctx, interactions), ctx.release.date, body_forms)


def _plan(ctx: Context, kind: str, sentence: Sentence, refs: list[ActorRef], m: re.Match[str],
          last_pair: list[str]) -> None:
    """"President Lula will hold a bilateral meeting with President Ramaphosa": what the
    trigger would report, kept as a plan (the initiatives step names it)."""
    trigger = m.group(0)
    if not may_be_planned(kind, trigger, sentence.text[:m.start()]):
        return
    extras = len(ctx.extra_interactions)
    built = _build(ctx, kind, sentence, refs, m, last_pair)
    del ctx.extra_interactions[extras:]  # (a plan's side visits and hosts are plans too, not events)
    if built is None:
        return
    plan = built[1]
    released = ctx.release.date
    plan.date = weekday_ahead(plan.date, released, sentence.text)
    if plan.date and released and plan.date < released[:len(plan.date)]:
        return  # "during Secretary X's visit to Israel two weeks ago": past, whatever the sentence plans
    if kind == "visit" and re.match(r"(?i)(?:(?:during|on|as part of) )?(?:his|her|their)\b", trigger):
        # "President Biden looks forward to his visit to Israel": the nearest person's visit
        person = persons_of([r for r in refs if r.end <= sentence.start + m.start()])[-1:]
        if not person:
            return
        plan.participants[0] = ctx.label(person[0]) or plan.participants[0]
    ctx.planned.append(plan)


# What may stand between "welcomed" and the guest: an article, a possessive, a title.
_GUEST_LEAD = re.compile(r"\s*(?:(?:the|his|her|their|a)\s+)?(?:(?:[A-Z][\w\-’'.]*|of|and|for|the|counterparts?|"
                         r"colleagues?|guests?|delegation|visiting),?\s+)*")  # (", European Union and Cooperation")
# A clause with its own subject: "..., when she held talks with", "the State Visit of X to India, during
# which he held talks with" (", while Secretary C and Minister D signed the Memorandum": the while-clause's two)
_OWN_SUBJECT = re.compile(r", (?:when|during which) (?=(?:he|she|they) )|, (?:while|whereas) (?=[A-Z]|the [A-Z])")


# "the programme featured meetings with", "during the visit, talks were held with": the guest's.
_PROGRAMME = re.compile(r"\b(?:programme|program|agenda|schedule|itinerary)\b[^.;,]{0,30}$"
                        r"|\b(?:during|in the course of|as part of) (?:the|this|his|her) (?:\w+ ){0,2}(?:visit|trip|stay)\b"
                        r"[^.;]{0,30}$", re.IGNORECASE)
# What every match of TALKED holds: a cheap test before the pattern.
_TALKED_STEMS = ("discuss", "exchanged", "reviewed", "considered", "meeting", "talks", "conversation", "agreed")
_WHILE = re.compile(r",\s+(?:while|whereas)\s+(?=(?:the|his|her)\b|[A-Z])")
# A plural of officials ending the words before a colon: the list after it names them.
_LIST_INTRO = re.compile(r"\b(?:ambassadors|envoys|ministers|leaders|heads|representatives|members|counterparts|"
                         r"delegations|officials|following)\b(?:\s+(?:of|from)\s+[^:;]{0,80})?\s*$")
_PASSIVE = re.compile(r"\s*(?:\w+\s+){0,3}?by\b")


def _build(ctx: Context, kind: str, sentence: Sentence, refs: list[ActorRef], m: re.Match[str],
           last_pair: list[str], guest: str | None = None) -> tuple[list[str], Interaction] | None:
    """The interaction a trigger reports, with its participants' keys, or None when the
    sentence does not name two parties."""
    base = sentence.start
    t_start, t_end = base + m.start(), base + m.end()
    clause_end = sentence.end
    tail = sentence.text[m.end():]
    br = CLAUSE_BREAK.search(tail)
    if br and br.group(0) == ":" and _LIST_INTRO.search(tail, 0, br.start()):
        # ("received today the ambassadors of the Quintet Committee: the Ambassador of ..., X, ...":
        # the list after the colon is whom)
        br = next((b for b in CLAUSE_BREAK.finditer(tail, br.end()) if b.group(0) != ":"), None)
    if br and not (br.group(0) == ";" and re.search(r"(?i)credentials|credence", sentence.text[m.start(): m.end() + 60])):
        clause_end = t_end + br.start()  # (a list of envoys whose credentials are received runs on after ";")
    clause_end = min(clause_end, t_end + opening_clause_end(sentence.text, m))
    contrast = _WHILE.search(tail) if kind == "correspondence" else None
    if contrast:  # ("handed over a message from X, while the Rwandan envoy conveyed ...": another's deed)
        clause_end = min(clause_end, t_end + contrast.start())
    # ("..., following her first visit on June 6, when she held talks with President X": the
    # when-clause's subject, not everyone named before it)
    # (nor "Spokesperson X said in a statement that A met B": the reporter, who met no one)
    own_subject = max([w.end() for w in _OWN_SUBJECT.finditer(sentence.text, 0, m.start())] +
                      [w.end() for w in REPORTED_SPEECH.finditer(sentence.text, 0, m.start())
                       if any(r.kind == "person" and w.end() <= r.start - base < m.start() for r in refs)] +
                      [directed_by_end(ctx, sentence, refs, m.start())], default=0)
    clause_start = base + max(sentence.text.rfind(";", 0, m.start()) + 1, own_subject)
    before = [r for r in refs if clause_start <= r.start and r.end <= t_start]
    after = [r for r in refs if r.start >= t_end and r.end <= clause_end]
    more = AND_WITH.search(sentence.text, clause_end - base) if kind in ("meeting", "call") and after else None
    if more is not None:
        # ("held talks with A on the preparation of ..., and with the Executive Secretary of SADC, B")
        after += [r for r in refs if r.kind == "person" and r.start >= base + more.end()][:1]
    told_of = own_talks_told(sentence.text, m) if kind in ("call", "meeting") else None
    objects_from = base + told_of[1] if told_of else t_end
    if told_of:  # (the one told of the talks is no party to them)
        before = [r for r in before if r.start < base + told_of[0]]
        after = [r for r in after if r.start >= objects_from]
    # ("Receiving Ambassador X, the President recalled his visit to Peru ... in Lima last month":
    # what is recalled has its own date and place)
    recall = RECALLED.search(sentence.text, m.end()) if "recall" in sentence.text else None
    told = Sentence(sentence.start, base + recall.start(), sentence.text[:recall.start()],
                    sentence.paragraph) if recall else sentence
    when = date_near(ctx, told, m.start(), m.end())
    place = _place_in(ctx, told, at=m.start())
    when, place = a_day_before(ctx, told, m, when, place)  # (", a day after meeting B in Kyiv")
    ev = ctx.evidence(sentence)
    trigger = m.group(0).lower()

    site = Site(sentence, refs, m, before, after, clause_start, clause_end, when, place, ev)
    if kind == "visit":
        return build_visit(ctx, site, last_pair)
    if kind == "correspondence":
        return build_message(ctx, site, last_pair)

    if kind == "meeting" and trigger.startswith("host") and \
            any(x.kind == "place" and 0 <= t_start - x.end <= 1 for x in ctx.mentions_between(t_start - 40, t_start)):
        return None  # ("Accra hosts the Secretariat of the AfCFTA": a city, which meets no one)
    if kind == "meeting" and trigger.endswith("between"):
        # "the meeting held in Granada ... between A, B, C and D": those four, not the reporter;
        # "signed by A and B, following a bilateral meeting between them": A and B
        them = re.match(r"\s+them\b", tail)
        people = unique([key_of(r) for r in (before if them else after) if r.kind == "person"])
        if len(people) < 2 and after and after[0].kind == "group" and not tail[:after[0].start - t_end].strip():
            # "the meeting between the leaders of Tunisia, Algeria and Libya": who holds each
            # state's office; "talks were held between the heads of the foreign ministries": the two
            people = officials_of_states(ctx, after[0], after, sentence) or only_persons(last_pair) or \
                two_of_a_kind(ctx, after[0].text)  # ("talks between the two heads of state" before any other)
        if len(people) < 2:
            return None
        if trigger == "talks between" and not when and not place and one_day(ctx, sentence.text, base) is None:
            # ("the outcome of the talks between A and B"): talks told before, their day and place not said
            # (not "The ceremony took place ... in Bishkek following talks between the two heads of state")
            return None
        return people, Interaction("meeting", [ctx.label(k) or "" for k in people], when, place, None, [], ev)
    if kind == "meeting" and trigger.startswith("audience"):
        # "an audience granted by Pope Francis to the two foreign ministers": the host and guests
        to = re.search(r"\bto\b", sentence.text[m.end():])
        host = [key_of(r) for r in after if r.kind == "person" and (to is None or r.start < t_end + to.start())][:1]
        guests = object_keys([r for r in after if to and r.start >= t_end + to.end()], t_end + to.end(), sentence,
                             last_pair, allow_states=False) if to else []
        people = unique(host + only_persons(guests))
        if len(people) < 2:
            return None
        return people, Interaction("meeting", [ctx.label(k) or "" for k in people], when, place, None, [], ev)
    if kind == "meeting" and trigger.endswith("reception of"):
        # "delivered a message to the Emir, during His Highness's reception of the Minister": the
        # host, named last before, and the guest after
        guest_key = next((key_of(r) for r in after if r.kind == "person"), None)
        host_key = next((key_of(r) for r in reversed(before) if r.kind == "person" and key_of(r) != guest_key), None)
        if guest_key is None or host_key is None:
            return None
        people = [host_key, guest_key]
        return people, Interaction("meeting", [ctx.label(k) or "" for k in people], when, place, None, [], ev)
    if kind == "meeting" and trigger.startswith("meeting of"):
        # "the meeting of President A with Prime Minister B": A, named inside the trigger, and B.
        inside = [key_of(r) for r in refs if r.kind == "person" and t_start <= r.start and r.end <= t_end]
        if not inside and re.search(r"\bto (?:co-)?(?:chair|hold|attend|host)\s+(?:a|the)\s+$",
                                    sentence.text[max(0, m.start() - 25): m.start()]):
            # "X travelled to London to co-chair a meeting of the Conference with Y": X and Y
            inside = only_persons(subject_keys(before, [], sentence.text, base, t_start))[:1]
        people = unique(inside[-1:] + [key_of(r) for r in after if r.kind == "person"][:1])
        if len(people) < 2:
            return None
        return people, Interaction("meeting", [ctx.label(k) or "" for k in people], when, place, None, [], ev)
    if kind == "meeting" and trigger.startswith(("called on", "calls on", "paid a courtesy call", "welcomed")) and \
            not any(r.kind == "person" for r in after[:1]) and not office_then_person(sentence, after, t_end):
        return None  # "called on Russia to withdraw": an appeal; "welcomed Ukraine's efforts": no guest
    if trigger == "welcomed" and (not after or sentence.text[after[0].end - base: after[0].end - base + 1] in ("’", "'")
                                  or not _GUEST_LEAD.fullmatch(sentence.text[m.end(): after[0].start - base])):
        # "welcomed President X's decision", "welcomed the Atlantic Initiative launched by King
        # Mohammed VI": a decision or an initiative, not a guest
        return None
    if kind == "meeting" and m.start() <= 2 and re.match(r"\s*(?:in|during|meeting|receiving|hosting|welcoming|with)\b",
                                                          trigger):
        # "Meeting the Korean Ambassador, Kim Jae-hoon, the President noted": the counterpart,
        # then the main clause's subject
        people = unique([key_of(r) for r in refs if r.kind == "person" and r.start >= t_end])[:2]
        if len(people) < 2:
            return None
        keys = [people[1], people[0]]
        return keys, Interaction("meeting", [ctx.label(k) or "" for k in keys], when, place, None, [], ev)
    subject = subject_keys([r for r in before if r.end <= base + subject_end(sentence.text, m)], last_pair,
                           sentence.text, base, t_start)
    passive = _PASSIVE.match(tail) is not None
    objects = object_keys(after, objects_from, sentence, last_pair, allow_states=kind != "signing")
    also_met: list[str] = []
    if kind == "meeting" and re.search(r"\bmet(?: today| also| separately)?(?: with)?$|\bmeetings(?: with)?$", trigger) and objects:
        # "also met with A, with whom he discussed ..., and with B": B is met too, apart
        # ("met A, with whom he discussed trade ..., and Suriname's Minister ... B": B is met too;
        # "held separate meetings with A, on the Summit, and with B": one each)
        for again in re.finditer(r",\s+and\s+(?:also\s+)?with\s+|,\s+with whom\b[^.;]*?,\s+and\s+(?=[A-Z])",
                                 sentence.text[t_end - base:]):
            met = next((key_of(r) for r in refs if r.kind == "person" and r.start >= t_end + again.end()), None)
            if met and met not in also_met and (met not in objects or objects.index(met) > 0):
                also_met.append(met)  # (apart from the first met, even if read among the objects)
        objects = [k for k in objects if k not in also_met]
    if kind == "meeting":
        # "Mexico and Guatemala hold XIII Meeting of the Binational Commission", "co-chaired the
        # 23rd Meeting of the Joint Commission": the body whose session it is holds no part in it
        gap = r"\s+of\s+(?:the\s+)?" if re.search(r"(?i)(?:meeting|session|round)s?$", trigger) else \
            r"\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}(?:[Mm]eeting|[Ss]ession|[Rr]ound)\s+of\s+(?:the\s+)?"
        objects = [k for k in objects if not (k.startswith("org:") and any(
            key_of(r) == k and re.fullmatch(gap, sentence.text[m.end(): r.start - base]) for r in after))]
    objects = [k for k in without_venues(objects, after, sentence) if k not in senders_after_bearer(after, sentence, m)]
    # ("was received by King X, in the presence of Y": Y attended, X received the subject)
    aside = re.search(r",?\s+in the presence of\b|,\s+with\s+(?=[^,;]{1,80}?\b(?:attending|present|in attendance)\b)", tail)
    agents = object_keys([r for r in after if r.start < t_end + aside.start()], t_end, sentence, last_pair,
                         allow_states=kind != "signing") if aside else objects
    if passive and len(only_persons(agents)) >= 2 and kind != "signing":
        subject = []
    if len(only_persons(subject)) < 2 and summit_chaired(sentence.text, m):
        return None  # ("co-chaired the Second CARICOM–India Summit ..., alongside A and B": the summit's chairs)
    if re.fullmatch(r"(?i)co-?chaired", trigger) and len(only_persons(subject)) >= 2:
        objects = []  # "A and B co-chaired the Ministerial Meeting (...)": the two chairs met
    if passive and not subject and chaired_gathering(sentence.text, m):
        return None  # ("PALM10 was co-chaired by A and B ... brought together the leaders": the summit's chairs)
    if kind == "signing":
        return build_signing(ctx, site, subject, objects, last_pair)
    if not subject and guest and _PROGRAMME.search(sentence.text[:m.start()]):
        subject = [guest]  # "the programme featured meetings with A, with B": the guest's
    companions = re.search(r",?\s+who\s+(?:was|were)\s+accompanied\s+by\s+", sentence.text[m.end():])
    if companions and objects:
        # "met with X, who was accompanied by Y, Minister for Foreign Affairs": Y met them too
        at = t_end + companions.end()
        objects = objects + [key_of(r) for r in refs if r.kind == "person" and at <= r.start < at + 80][:1]
    participants = unique(subject + objects)
    persons = only_persons(participants)
    if len(persons) >= 2:
        # (a body met on its own, or a body that met them: "The Secretary-General met X, who was
        # accompanied by Y", the Secretary-General unnamed)
        bodies = [p for p in participants if p.startswith("org:") and (
            p in objects and not only_persons(objects) or
            p in subject and not only_persons(subject) and not p.startswith("org:body:"))]  # (not "the Council met")
        participants = [p for p in bodies if p in subject] + persons + [p for p in bodies if p not in subject] + \
            [p for p in standing_states(after) if p in objects]
    # (an unnamed counterpart is of another state than the subject, whatever was presumed)
    if len(participants) < 2 or len(participants) == 2 and not standing_states(after) and own_state(ctx, *participants):
        return None
    for other in also_met if only_persons(subject) else ():
        ctx.extra_interactions.append(Interaction(kind, [ctx.label(subject[0]) or "", ctx.label(other) or ""], when,
                                                  place, None, [], ev))
    if kind == "call" and re.search(r"\b(?:calls|conversations)$", trigger) and len(only_persons(subject)) == 1 and \
            len(only_persons(objects)) >= 2:
        # "received today two phone calls from A and B": one call with each
        for other in only_persons(objects)[1:]:
            ctx.extra_interactions.append(Interaction("call", [ctx.label(subject[0]) or "", ctx.label(other) or ""],
                                                      when, None, None, [], ev))
        participants = [subject[0], only_persons(objects)[0]]
    return participants, Interaction(kind, [ctx.label(p) or "" for p in participants], when, place, None, [], ev)
