"""Steps that find the actors of a release: states, organisations and persons."""
from __future__ import annotations

import re
from bisect import bisect_right

from kg.extract.bodies import (acronym_after, home_body, named_bodies, only_as_tags, only_as_venues,
                             only_in_document_names, only_in_titles, part_of_another)
from kg.extract.written_names import named_as_written
from kg.extract.context import Context, PersonEntity
from kg.extract.holders import body_spelt_out, home_secretaries, one_holder_each, same_title, spouse_and_head
from kg.extract.issuer import issuer_names
from kg.extract.mentions import Mention, continent_part
from kg.extract.name_forms import match_person, surnames_not_places
from kg.extract.offices import BIRTH_RANK, IO_TITLES, held_then
from kg.extract.plural_offices import plural_offices
from kg.extract.press_units import add_press_units
from kg.extract.person_cues import MEMBER_TITLES
from kg.extract.person_reading import person_mentions
from kg.extract.persons import REGNAL
from kg.extract.text import U, split_sentences
from kg.extract.title_case import headline_recased
from kg.extract.tokens import HONORIFICS, STOP_CAPS, tokenize
from kg.extract.un_organs import bare_un_organs
from kg.extract.travel_context import delegation_members, met_abroad, signed_for, state_ties, stop_state, visit_context
from kg.lexicon import fold
from kg.records import Evidence, Organization, Person, Role, State

# Lines that are not prose: stamps, bylines, media contacts.
_NOISE_LINE = re.compile(r"^(?:Created at|Updated at|Published|Posted|For (?:further|more) information|Media contact)", re.I)


def sentences_step(ctx: Context) -> None:
    """requires: release · assigns: sentences, tokens, mentions"""
    text = ctx.release.text
    ctx.sentences = [s for s in split_sentences(text) if not _NOISE_LINE.match(s.text)]
    ctx.sentences = headline_recased(ctx.sentences, ctx.release, ctx.lexicon)  # ("PRESIDENT X VISITS Y")
    m = ctx.matcher
    mentions: list[Mention] = []
    for s in ctx.sentences:
        mentions.extend(m.gazetteer_mentions(s.text, s.start))
    national = m.national_mentions(text)
    from kg.sources.dateline import read_dateline

    line_end = ctx.release.body_offset + read_dateline(ctx.release.body).end
    ctx.dateline_end = line_end
    # "NUR-SULTAN. KAZINFORM –", "BISHKEK, March 14 (Kabar) –": an agency tag, not a mention.
    mentions = [x for x in mentions if not (x.kind == "org" and ctx.release.body_offset <= x.start < line_end)]
    ctx.mentions = mentions + national
    index_mentions(ctx)
    ctx.tokens = [tokenize(s.text, s.start, m, ctx.mentions_by_sentence[i]) if _may_name(s.text) else []
                  for i, s in enumerate(ctx.sentences)]


_CAPITAL_AFTER_FIRST = re.compile(rf"[\s(“\"‘'\-–—/]{U}")
_FIRST_WORD = re.compile(r"\W*(\w+)")


def _may_name(text: str) -> bool:
    """Whether a sentence can name anyone: a capital after its first word, or a first
    word that is not a sentence opener ("Thank you very much." names no one)."""
    if _CAPITAL_AFTER_FIRST.search(text):
        return True
    first = _FIRST_WORD.match(text)
    return bool(first) and first.group(1)[:1].isupper() and first.group(1) not in STOP_CAPS


def index_mentions(ctx: Context) -> None:
    """Group ``ctx.mentions`` by the sentence they fall in."""
    by_sentence: list[list[Mention]] = [[] for _ in ctx.sentences]
    starts = [s.start for s in ctx.sentences]
    for mention in ctx.mentions:
        idx = bisect_right(starts, mention.start) - 1
        if idx >= 0 and mention.start < ctx.sentences[idx].end:
            by_sentence[idx].append(mention)
    ctx.mentions_by_sentence = by_sentence


def states_step(ctx: Context) -> None:
    """requires: mentions · assigns: record.states"""
    seen: dict[str, State] = {}
    text = ctx.release.text
    for mention in ctx.mentions:
        if mention.kind not in ("state", "demonym") or continent_part(text, mention):
            continue
        entry = ctx.lexicon.states[mention.key]
        state = seen.get(entry.code)
        if state is None:
            state = State(entry.name, [], entry.code, ctx.evidence_at(mention.start))
            seen[entry.code] = state
        form = mention.text
        if form != state.name and form not in state.aliases and form not in ("Kingdom", "country"):
            state.aliases.append(form)
    ctx.record.states = [named_as_written(ctx, state) for state in seen.values()]
    ctx.state_names = {s.code or "": s.name for s in ctx.record.states}


def organizations_step(ctx: Context) -> None:
    """requires: mentions, tokens · assigns: record.organizations"""
    seen: dict[str, Organization] = {}
    organs = bare_un_organs(ctx)
    if organs:
        ctx.mentions = sorted(ctx.mentions + organs, key=lambda x: x.start)
        index_mentions(ctx)
    for mention in ctx.mentions:
        if mention.kind != "org":
            continue
        entry = ctx.lexicon.organizations[mention.key]
        org = seen.get(entry.key)
        if org is None:
            org = Organization(entry.label, [], ctx.evidence_at(mention.start))
            seen[entry.key] = org
        for form in (mention.text, entry.name if entry.acronym else ""):
            if form and form != org.name and form not in org.aliases:
                org.aliases.append(form)
    bodies: list[Mention] = []
    for idx, sentence in enumerate(ctx.sentences):
        for name, start in named_bodies(ctx, idx):
            key = "body:" + name
            bodies.append(Mention(start, start + len(name), name, "org", key))
            if key in seen or any(name == o.name or name in o.aliases for o in seen.values()):
                continue
            acronym = acronym_after(name, ctx.release.text, start + len(name))
            seen[key] = Organization(name, [acronym] if acronym else [], ctx.evidence(sentence))
    if bodies:
        # "OSCE Academy" is the actor where the text says so, not the OSCE inside its name.
        inner = [m for m in ctx.mentions if m.kind == "org" and any(b.start <= m.start and m.end <= b.end for b in bodies)]
        ctx.mentions = sorted([m for m in ctx.mentions if m not in inner] + bodies, key=lambda x: x.start)
        index_mentions(ctx)
    add_press_units(ctx, seen, bodies)
    in_titles = only_in_titles(ctx, seen) | only_as_venues(ctx, seen) | only_as_tags(ctx, seen) | \
        only_in_document_names(ctx, seen)
    ctx.record.organizations = [o for k, o in seen.items() if k not in in_titles and k not in part_of_another(seen, ctx.lexicon)]
    known = {fold(n) for o in ctx.record.organizations for n in (o.name, *o.aliases)}
    for name, start in issuer_names(ctx.release):  # ("Presidency of the Republic" on a header line)
        if fold(name) not in known:
            known.add(fold(name))
            ctx.record.organizations.append(Organization(name, [], ctx.evidence_at(start)))
    ctx.org_names = {k: o.name for k, o in seen.items()}


def persons_step(ctx: Context) -> None:
    """requires: tokens · assigns: person_mentions, persons, record.persons"""
    ctx.person_mentions = person_mentions(ctx.sentences, ctx.tokens, ctx.lexicon)
    _merge_persons(ctx)
    places = [(m.start, m.end, m.text) for m in ctx.mentions if m.kind == "place"]
    names = surnames_not_places(ctx.release.text, places, [(pm.start, pm.end) for pms in ctx.person_mentions for pm in pms],
                                [p.name for p in ctx.persons.values()]) if places and ctx.persons else set()
    if names:
        ctx.mentions = [m for m in ctx.mentions if not (m.kind == "place" and m.start in names)]
        index_mentions(ctx)


_BRACKETED_NAME = re.compile(r"(?P<full>[A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+){1,4}) \((?P<alias>[A-Z][a-z][\w’'\-]{2,20})\)")
# What every match of it holds: a scan for the bracket first, many times faster, which most releases fail.
_BRACKETED_ALIAS = re.compile(r" \([A-Z][a-z][\w’'\-]{2,20}\)")


def _initials(name: str) -> int:
    """How many of a name's words are initials ("J. Blanár": one)."""
    return sum(1 for w in name.split() if len(w) <= 2 and w.endswith("."))


def _merge_persons(ctx: Context) -> None:
    """Mentions → persons: full names first, then surnames and honorific forms join them."""
    persons: dict[str, PersonEntity] = {}
    order: list[tuple[int, object]] = []
    flat = [(idx, pm) for idx, pms in enumerate(ctx.person_mentions) for pm in pms]
    # "President Joko Widodo (Jokowi)": the word in brackets is another name of the person before it
    bracketed = {m["alias"]: m["full"] for m in _BRACKETED_NAME.finditer(ctx.release.text)} \
        if _BRACKETED_ALIAS.search(ctx.release.text) else {}
    # (longest first, and of the same length a name spelt out before its initials: "Juraj Blanár"
    # takes "J. Blanár", which a headline may name first)
    for idx, pm in sorted(flat, key=lambda x: (-len(x[1].name.split()), _initials(x[1].name))):
        target = match_person(persons, pm.name) or next(
            (p for p in persons.values() if pm.name in bracketed and bracketed[pm.name].endswith(" " + p.name)), None)
        if target is not None and target.name != pm.name and spouse_and_head(target, pm):
            # ("First Lady Jill Biden" and "President Biden": the President, not his wife)
            target = persons.get(pm.name)
        if target is None:
            target = PersonEntity(pm.name, pm.name, first=pm.start)
            persons[pm.name] = target
        elif pm.name != target.name and pm.name not in target.aliases:
            target.aliases.append(pm.name)
        target.first = min(target.first, pm.start)
        written = ctx.release.text[pm.start: pm.end]
        if written.startswith(pm.name + ",") and written not in target.aliases:
            target.aliases.append(written)  # ("Surangel S. Whipps, Jr.": the name with its generation)
        if pm.honorific:
            prefix = ctx.release.text[max(0, pm.start - 5): pm.start].split()
            if prefix and prefix[-1] in HONORIFICS:
                form = f"{prefix[-1]} {pm.name}"
                if form not in target.aliases:
                    target.aliases.append(form)
        ev = ctx.evidence(ctx.sentences[idx])
        for office in pm.offices:
            if BIRTH_RANK.fullmatch(office.title):
                continue  # "Prince Faisal": a rank of birth, not an office
            of = office.of  # None until the defaults below: the text gave no state
            if not any(same_title(t, office.title) and (o == of or o is None or of is None)
                       or body_spelt_out(ctx, t, o, office.title, of) for t, o, _ in target.offices):
                target.offices.append((office.title, of, ev))
            elif of:
                target.offices = [(t, of if (o is None and same_title(t, office.title)) else o, e)
                                  for t, o, e in target.offices]
        if pm.state and not target.state:
            target.state = pm.state
        order.append((pm.start, target))
    for key in [k for k, p in persons.items() if _joined_pair(p.name, persons)]:
        del persons[key]
    plural_offices(ctx, persons)
    _counterpart_offices(ctx, persons)
    host, visitors, inbound, several = visit_context(ctx, persons)
    contrasted = _contrasted(ctx, persons)
    met = met_abroad(ctx, persons) if host is None else None
    met_state, met_there = met if met is not None else (None, set())
    # (the minister who accompanied a foreign president: of the president's state)
    # (and a leader whose invitation or message a minister conveyed: of the minister's)
    ties = state_ties(ctx, persons)
    company = {follower: _stated(persons[lead]) for follower, lead in ties.items()}
    for key, state in (delegation_members(ctx, persons) | signed_for(ctx, persons)).items():
        if _stated(persons[key]) is None:
            # ("B ... signed for Ghana", "The Brazilian delegation will include B": the text gives B's state so)
            persons[key].state = state
    home_secretaries(ctx, list(persons.values()))
    for p in persons.values():
        # The state the text gives the person, else (for the offices it leaves bare) the
        # host country of a visit the release reports (officials met there are the
        # host's), else the publisher's state.
        explicit = _stated(p)
        if explicit is None and p.offices and all((o or "").startswith("org") or o is None and IO_TITLES.search(t)
                                                  for t, o, _ in p.offices):
            fallback = None  # an international organisation's official ("Commonwealth Secretary-General") is no national
        elif explicit is None and several and p.key not in visitors:
            # met on a trip to several countries: the one the sentence opens with ("In the Kingdom of
            # Saudi Arabia, X met with Crown Prince Y, ..."), else which one's, the text does not say
            fallback = stop_state(ctx, p.first)
        elif explicit is None and host and p.key not in visitors and host not in contrasted.get(p.key, ()) and \
                ties.get(p.key) not in visitors:  # (nor one who came with a visitor: "The Prime Minister was accompanied by")
            fallback = f"state:{host}"
        elif explicit is None and p.key in met_there:
            fallback = f"state:{met_state}"  # officials met in a foreign capital: its own
        elif explicit is None and company.get(p.key):
            fallback = company[p.key]
        elif explicit is None and p.key in inbound:
            fallback = None  # a visitor to the publisher's state is no national of it
        else:
            fallback = explicit or (f"state:{ctx.home_state}" if ctx.home_state else None)
        if explicit is None and any(_ROYAL.match(t) for t, _, _ in p.offices) and not _monarchy(ctx, fallback):
            fallback = None  # ("the Crown Prince and Prime Minister" in a Lebanese release: a foreign royal's)
        # A state the text does not give, the publisher's or a visit's host's, is presumed: right
        # for most, wrong for the foreign visitor or leader the release names the same way.
        bare = {t for t, o, _ in p.offices if o is None} if explicit is None and fallback else set()
        p.offices = [(t, o if o is not None or t in MEMBER_TITLES and explicit is None
                      else _default_of(ctx, t, fallback, e), e) for t, o, e in p.offices]
        presumed = {t for t, o, _ in p.offices if t in bare and o == fallback}
        # "Secretary Blinken" says less than "Secretary of State": keep the fuller title.
        # ("Secretary Stoltenberg" beside "Secretary General Stoltenberg": the bare title's presumed
        # state does not make it another office)
        words = [(set(t.casefold().replace("-", " ").split()), o) for t, o, _ in p.offices]
        # (not beside an office held before, "then-Deputy Secretary of State Antony Blinken")
        p.offices = [off for k, off in enumerate(p.offices)
                     if not any(k != m and words[k][0] < words[m][0] and not held_then(*p.offices[m])
                                and (words[k][1] in (None, words[m][1]) or off[0] in presumed)
                                for m in range(len(words)))]
        p.state = explicit or (fallback if host and p.key not in visitors and explicit is None else None)
        p.presumed = presumed
        p.stated = explicit
        if len(p.name.split()) > 1 and p.surname not in p.aliases and p.surname not in REGNAL:
            p.aliases.append(p.surname)
    one_holder_each(list(persons.values()))
    ctx.persons = persons
    ctx.record.persons = [
        Person(
            p.name,
            [a for a in p.aliases if a != p.name],
            [Role(t, ctx.label(o), e, t in p.presumed) for t, o, e in p.offices],
            ctx.label(p.stated),  # the state the text gives, not the one presumed
            None,
        )
        for p in sorted(persons.values(), key=lambda x: x.first)
    ]




def _stated(person: PersonEntity) -> str | None:
    """The state the text gives a person, directly or through an office's."""
    return person.state or next((o for _, o, _ in person.offices if o and o.startswith("state:")), None)


def _default_of(ctx: Context, title: str, state: str | None, evidence: Evidence | None) -> str | None:
    """Whose a title is when the text does not say: an envoy's is no fair guess; an office of
    an organisation ("Secretary-General António Guterres") is the international organisation
    its sentence (``evidence``) or else the release names (``home_body``); any other, ``state``."""
    from kg.extract.offices import IO_TITLES

    if _ENVOY.search(title) or title.endswith(("First Lady", "First Gentleman")):
        return None  # (a foreign envoy or a president's spouse: no state to presume)
    if title in ("Pope", "Supreme Pontiff", "Holy Father"):
        return "state:VA"  # (the Pope is the Holy See's sovereign, whoever publishes)
    if not IO_TITLES.search(title):
        return state
    body = title.rsplit(" of ", 1)[1] if " of " in title else None
    if body and _NATIONAL_BODY.match(re.sub(r"^the\s+", "", body)):
        return state  # ("Secretary General of the Presidency", "of the Government": a state's own)
    if body and not IO_TITLES.search(body) and not ctx.matcher.org_mentions(body) and body[:1].isupper():
        return None  # "secretary general of Hizballah": a body the gazetteer lacks, not the sentence's
    return home_body(ctx, evidence.start, evidence.end) if evidence is not None else home_body(ctx)


_NATIONAL_BODY = re.compile(r"(?:Presidency|Government|Cabinet|Council of Ministers|Ministry|Prime Minister's Office|"
                            r"President's Office|Office of the (?:President|Prime Minister))\b")
_ROYAL = re.compile(r"^(?:King|Queen|Crown Prince|Emir|Amir|Sultan|Emperor)$")
# Monarchies whose official names do not say so.
_CROWNS = {"JP", "KW", "QA", "MY", "BN", "AE", "VA", "GB"}
_CROWNED = re.compile(r"\b(?:Kingdom|Sultanate|Emirate|Principality|Duchy)\b")


def _monarchy(ctx: Context, state: str | None) -> bool:
    """Whether ``state`` ("state:XX") has a crown, so that a royal title may be presumed its."""
    entry = ctx.lexicon.states.get((state or "")[6:])
    return entry is not None and (entry.code in _CROWNS or _CROWNED.search(entry.official_name) is not None)


_ENVOY = re.compile(r"\b(?:Ambassador|Envoy|Charg[ée]|Consul|High Commissioner|Nuncio)\b")


def _contrasted(ctx: Context, persons: dict[str, PersonEntity]) -> dict[str, set[str]]:
    """"Foreign Secretary A and Bangladesh Foreign Secretary B": for each person named bare just
    before "and" a person whose state the text gives, that state (codes), which is not theirs."""
    text = ctx.release.text
    out: dict[str, set[str]] = {}
    for mentions in ctx.person_mentions:
        for a, b in zip(mentions, mentions[1:]):
            stated = b.state or next((o.of for o in b.offices if o.of and o.of.startswith("state:")), None)
            if stated and not a.state and all(o.of is None for o in a.offices) and a.offices and \
                    re.match(r"\s+and\s+", text[a.end: b.start]) and a.name in persons:  # (b's office between)
                out.setdefault(a.name, set()).add(stated.removeprefix("state:"))
    return out


def _joined_pair(name: str, persons: dict[str, PersonEntity]) -> bool:
    """"Blinken-Wang Yi" (a headline's "Blinken-Wang Yi Meeting"): two persons of the release
    joined by a hyphen, not a third."""
    first, dash, rest = name.partition("-")
    if not dash or not rest[:1].isupper():
        return False
    others = [p for p in persons.values() if p.name != name]
    return any(first in p.name.split() for p in others) and \
        any(p.name == rest or p.name.startswith(rest + " ") or p.surname == rest.split()[0] for p in others)


def _counterpart_offices(ctx: Context, persons: dict[str, PersonEntity]) -> None:
    """"Foreign Minister X hosted his Indian counterpart Y": Y holds X's office, of Y's state."""
    for idx, mentions in enumerate(ctx.person_mentions):
        for pm in mentions:
            target = match_person(persons, pm.name)
            if not pm.counterpart or target is None or target.offices:
                continue
            peers = [m for m in mentions if m is not pm and m.offices and match_person(persons, m.name) is not target]
            peers.sort(key=lambda m: (m.start > pm.start, abs(m.start - pm.start)))
            if peers:
                # The peer's fullest title ("Minister" in this sentence, "Minister of Foreign Affairs" in another).
                peer = match_person(persons, peers[0].name)
                titles = [t for t, _, _ in peer.offices] if peer else [peers[0].offices[-1].title]
                fullest = max(titles, key=lambda t: len(t.split()))
                title = _PEER_OFFICE.get(fullest.casefold(), fullest)
                if _FOREIGN_MINISTER.match(title):
                    # ("his Dutch counterpart" of the Minister of Foreign Affairs and Trade: a foreign
                    # minister, whose portfolio the text does not say)
                    title = "Foreign Minister"
                if title:
                    target.offices.append((title, pm.state, ctx.evidence(ctx.sentences[idx])))


# A peer's office whose counterparts abroad hold another: the U.S. Secretary of State's or the
# British Foreign Secretary's counterpart is a foreign minister; a bare "Secretary" (Blinken's
# or Austin's) says too little to name the counterpart's office.
_FOREIGN_MINISTER = re.compile(r"(?i)minister (?:of|for) foreign affairs\b|foreign minister\b")
_PEER_OFFICE = {"secretary of state": "Foreign Minister", "foreign secretary": "Foreign Minister", "secretary": ""}
