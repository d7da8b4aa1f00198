"""Clause-level readings the interaction steps share: where and when what a trigger reports happened
(whether it is a plan is plans.is_plan)."""
from __future__ import annotations

import re

from kg.cities import city, city_in_full
from kg.extract.clause_dates import RELATIVE_ASIDE
from kg.extract.context import ActorRef, Context
from kg.extract.plans import plan_starts
from kg.extract.text import Sentence
from kg.lexicon import fold
from kg.records import Interaction
from kg.sources.dates import MONTHS, WEEKDAYS, find_dates, long_before

# "in Wrocław", "at the Centennial Hall in Wrocław", "in the Riga Castle", "a working visit to
# Vilnius": a venue after a preposition (after "to" only for a journey); the words after it
# are checked against the gazetteer and the world's cities.
_VENUE = re.compile(r"(?:\b(?:in|at)|\b(?i:visit|trip|travell?ed|journey|arrived|came|went|moved|headed|proceeded)\b[^.;]{0,30}?\b(?i:to)|"
                    r"\b(?:visited|visiting|toured))"
                    r"\s+(?:the\s+)?(?:(?:city|town|capital)\s+of\s+|(?:downtown|central|uptown|old|greater)\s+)?"
                    # ("in Rio de Janeiro", "in Santo Domingo de Guzmán", "in Dar es Salaam", "in Port of Spain":
                    # a particle inside a city's name)
                    r"(?P<name>[A-ZÀ-ÞĀ-Ž][\w’'\-]+(?:\s+(?:(?:de|do|da|del|dos|das|es|el|al|am|of|sur|upon)\s+(?:(?:la|las|los)\s+)?)?"
                    r"[A-ZÀ-ÞĀ-Ž][\w’'\-]+){0,2})")
# A house named after a city is seldom in it: "Hyderabad House" stands in New Delhi, "Lancaster
# House" in London (a castle or palace named after its city is in it: "Riga Castle").
BUILDING_WORDS = {"House"}
# A building, then the town it stands in: "State House Entebbe", "Government House Suva".
_BUILDINGS = {"House", "Palace", "Hall", "Centre", "Center", "Hotel", "Building", "Castle", "Lodge"}
_BUILDING_AFTER = re.compile(r"\s+(?:" + "|".join(sorted(BUILDING_WORDS)) + r")\b")
_MOVE_BEFORE = re.compile(r"\b(?:[Bb]efore|[Pp]rior to|[Aa]fter|[Oo]n (?:his|her|their) way)\s+(?:travell?ing|leaving|departing|"
                          r"flying|heading|returning|continuing)\s+(?:on\s+)?(?:to|for|from)\s+(?:the\s+)?$")
_RESIDENT = re.compile(r"\b(?:resident|residing|based|accredited)\s+in\s+(?:the\s+)?$")
DC_SUFFIX = re.compile(r",?\s+D\.?\s?C\.?")
# "in the capital", "in the Kazakh capital", "in the capital of Kazakhstan": the state's capital.
_CAPITAL = re.compile(r"\bin\s+(?:the|its|their)\s+(?:(?P<adj>[A-Z][\w\-]+)\s+)?capital\b"
                      r"(?:\s+of\s+(?:the\s+)?(?P<state>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,3}))?")


# States that are one city: "in Singapore", "in the Vatican" name the venue as well as the state.
CITY_STATES = frozenset({"SG", "VA", "MC", "SM"})


def venue(ctx: Context, text: str, *, home: str | None = None, occasion: bool = False) -> tuple[int, str] | None:
    """The first city ``text`` names as a venue ("in Geneva"), with its offset in ``text``;
    "in the capital" is the capital of the state named with it, else of ``home``. The
    ``occasion``'s venue (the release's own event) is none written with an older date."""
    found: list[tuple[int, str]] = []
    named_after: tuple[int, str] | None = None
    for m in _VENUE.finditer(text):
        if _RESIDENT.search(text, 0, m.start("name")) or \
                occasion and _dated_elsewhere(ctx, text[m.end("name"): m.end("name") + 40]):
            continue
        words = m["name"].split()
        for n in range(len(words), 0, -1):
            name = " ".join(words[:n]).rstrip("’'")
            seat = ctx.lexicon.office_states.get(fold(name)) if n == len(words) else None
            seat_city = _capital_of(ctx, seat) if seat else None
            if seat_city:
                # "at the White House", "at the Kremlin", "in the Bundestag": a state's seat, in its capital
                found.append((m.start("name"), seat_city))
                break
            state = ctx.lexicon.state(name)
            if state and state.code in CITY_STATES:
                found.append((m.start("name"), name))  # "in the Vatican", "in Singapore": the city too
                break
            if state and not ctx.lexicon.place(name):
                break  # "in Poland": a country, not a venue
            if n < len(words) and (words[n] in BUILDING_WORDS or _DOCUMENT_AFTER.match(" " + words[n])):
                break  # "at Hyderabad House" (in New Delhi), "at Paro International Airport": named after a city
            entry = ctx.lexicon.place(name)
            if entry and n < len(words) and words[n] not in _CITY_WORDS:
                # ("at the Bucharest Nine summit in Riga"): the city names the event; its venue,
                # unless the text says another
                named_after = named_after or (m.start("name"), entry.name if entry.name.startswith(name) else name)
                break
            if entry:
                found.append((m.start("name"), entry.name if entry.name.startswith(name) else name))
                break
            # (a world city's name is the whole name: "at the Union Buildings" is no city "Union")
            hit = city_in_full(name) if n == len(words) else None
            if hit and not ctx.lexicon.organization(name):
                tail = text[m.start("name") + len(name):]
                dc = DC_SUFFIX.match(tail)  # "Washington, D.C."
                found.append((m.start("name"), name + (dc.group(0) if dc else "")))
                break
        if not found:
            found.extend(_building_town(ctx, text, m, words))
        if found:
            break
    for m in _CAPITAL.finditer(text):
        if found and found[0][0] < m.start():
            break
        state = ctx.lexicon.state(m["state"] or m["adj"] or "")
        if m["adj"] and not m["state"] and state is None:
            continue  # ("in the Bavarian capital": a region's, not the publisher's)
        capital = _capital_of(ctx, state.code if state else home)
        if capital:
            found.insert(0, (m.start(), capital))
            break
    return found[0] if found else named_after


def _capital_of(ctx: Context, code: str | None) -> str | None:
    """The capital of the state ``code``, by the name the release writes it (Astana, Nur-Sultan,
    Astana again), its dateline's first."""
    capitals = ctx.lexicon.states[code].capitals if code in ctx.lexicon.states else ()
    if not capitals:
        return None
    folded = fold(ctx.release.text)
    named = sorted((c for c in capitals if fold(c) in folded), key=lambda c: c != ctx.release.place)
    return (named or list(capitals))[0]


_CITY_WORDS = frozenset({"City", "D.C.", "DC"})  # "in Kuwait City": still the city's name


def _dated_elsewhere(ctx: Context, after: str) -> bool:
    """Whether a venue is written with a date weeks or years before the release ("which took
    place in Guatemala City in August 2018") or still to come ("in Dubai next month"): another
    event's venue, not the occasion's."""
    released = ctx.release.date
    if re.match(r",?\s+(?:next|later this|later that)\s+(?:week|month|year)\b", after):
        return True  # ("to be carried to COP28 in Dubai next month": a gathering still to come)
    if not released or not re.match(r",?\s+(?:in|on)\s+\S", after):
        return False
    when = next((d for s, _, d in find_dates(after, released) if s <= 8), None)
    return bool(when) and when[:7] < released[:7] and not (len(when) == 10 and when[:4] == released[:4]
                                                           and int(released[5:7]) - int(when[5:7]) <= 1)


def _building_town(ctx: Context, text: str, m: re.Match[str], words: list[str]) -> list[tuple[int, str]]:
    """The town a building's name ends with or is followed by: "at State House Entebbe", "at the
    Jubilee House, Accra" (its offset in ``text`` and name), if any."""
    def town(name: str) -> bool:
        return bool(ctx.lexicon.place(name) or city(name)) and not ctx.lexicon.state(name)

    if len(words) >= 2 and set(words[:-1]) & _BUILDINGS and town(words[-1]):
        return [(m.start("name") + m["name"].rindex(words[-1]), words[-1])]
    after = re.match(r",\s*(?P<town>[A-Z][\w’'\-]+(?:\s[A-Z][\w’'\-]+)?)", text[m.end("name"):])
    # ("at the Bogor Presidential Palace, Bogor City, West Java province": the town, written with "City")
    named = after and re.sub(r"\s+City$", "", after["town"])
    if words[-1] in _BUILDINGS and after and town(named):
        return [(m.end("name") + after.start("town"), named)]
    return []


def place_in(ctx: Context, sentence: Sentence, *, plans_too: bool = False, at: int | None = None) -> str | None:
    """Where the sentence says its event (its trigger at offset ``at``, if given) took place: a
    gazetteer place after "in", "at" or "to", else a world city after "in" or "at"."""
    plan = sentence.end if plans_too else sentence.start + plan_starts(sentence.text)
    where = sentence.text.rfind(", where ", 0, at) if at is not None else -1
    if where > 0:
        # ("arrived in Brussels this morning, coming from Madrid, where he had signed ...": the
        # place the where-clause hangs on)
        places = [m for m in ctx.mentions_between(sentence.start, sentence.start + where) if m.kind == "place"]
        # (not "travelled to George Town, the capital of the state of Penang, where he met": the city's)
        if places and places[-1].end == sentence.start + where and \
                not _APPOSED_REGION.search(ctx.release.text, max(sentence.start, places[-1].start - 60), places[-1].start):
            return places[-1].text
    # ("held talks with X, who visited Israel last month to open an embassy in Tel Aviv": the
    # relative clause's place is its own, not the main clause's)
    asides = [(sentence.start + a.start(), sentence.start + a.end()) for a in RELATIVE_ASIDE.finditer(sentence.text)
              if not a.start() <= at < a.end()] if at is not None and "who" in sentence.text else []
    named_after: str | None = None  # "at the Bucharest Nine summit": a city opening a name
    for mention in ctx.mentions_between(sentence.start, sentence.end):
        if any(a <= mention.start < b for a, b in asides):
            continue
        if mention.kind == "place" and mention.start < plan and not _BUILDING_AFTER.match(ctx.release.text, mention.end):
            before = ctx.release.text[max(sentence.start, mention.start - 100): mention.start]
            if _RESIDENT.search(before):
                continue  # "the Ambassador ..., resident in Riyadh": where the envoy lives, not the venue
            if _MOVE_BEFORE.search(before):
                continue  # ("Before travelling to Nairobi, the Head of Government took part in ...": the next stop)
            if re.search(r"\b(?:[Ii]n|[Aa]t|to)\s+(?:the\s+)?$", before[-12:]):  # ("In Canberra on 9 October, ...")
                if _DOCUMENT_AFTER.match(ctx.release.text, mention.end, sentence.end):
                    continue  # ("discussed the follow-up to the Tashkent Declaration": a text's name, no venue;
                    # "received X at Paro International Airport": the airport's, not where they went on to meet)
                if not mention.text.endswith(".") and _NAME_GOES_ON.match(ctx.release.text, mention.end, sentence.end):
                    # ("at the Bucharest Nine summit in Riga", "at the Munich Security Conference"):
                    # the city names the event; where it met, unless the sentence says elsewhere
                    named_after = named_after or mention.text
                    continue
                return mention.text
            if re.search(r"\b(?:in|at)\s+(?:the\s+)?(?:(?:[A-Z][\w’'\-]*|of|for|and|the)\s+){0,6}[A-Z][\w’'\-]*,\s*$", before):
                # "at Tafawa Balewa House, Abuja", "at the Ministry of Foreign Affairs, Bangkok": a
                # building, then its city
                return mention.text
    found = venue(ctx, sentence.text, home=ctx.home_state)
    if found and (any(a <= sentence.start + found[0] < b for a, b in asides) or found[0] >= plan - sentence.start):
        found = None
    if named_after and (not found or found[1] == named_after):
        return named_after
    return found[1] if found else _small_town(ctx, sentence.text[:plan - sentence.start])


# ("the two leaders met in Leticia, on the Colombian side of the border": a town too small for the
# list of world cities, after "met in", then a clause's end)
_MET_IN_TOWN = re.compile(r"\bmet\s+in\s+(?P<town>[A-Z][a-zà-ÿ]{3,})(?=\s*[,.;]|\s+on\b)")
# ("in Elmau, Germany": a town and the state it lies in)
_TOWN_OF_STATE = re.compile(r"\bin\s+(?P<town>[A-Z][a-zà-ÿ]{3,}),\s+(?P<state>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)(?=\s*[,.;]|\s+(?:on|in|as)\b)")


def town_of_state(ctx: Context, text: str) -> re.Match[str] | None:
    """The first "in <town>, <state>" of ``text`` whose state the lexicon knows."""
    return next((m for m in _TOWN_OF_STATE.finditer(text) if ctx.lexicon.state(m["state"])), None)


def _small_town(ctx: Context, text: str) -> str | None:
    m = _MET_IN_TOWN.search(text) or town_of_state(ctx, text)
    town = m["town"] if m else None
    if town is None or town.lower() in MONTHS or town.lower() in WEEKDAYS or ctx.lexicon.state(town) or ctx.lexicon.organization(town) or \
            any(town in p.name.split() for p in ctx.persons.values()):
        return None
    return town


# A name word after a city, which it opens ("Bucharest Nine", "Munich Security Conference"), not
# its venue's next clause ("in Riga on Tuesday", "in Geneva, Switzerland").
_NAME_GOES_ON = re.compile(r"\s+(?!(?:on|in|at|and|for|with|to|from|of|during|last|this|next|today|yesterday)\b)"
                           r"[A-Z0-9][\w’'\-]*")


# A document's or a process's head word after a city that names it ("the Tashkent Declaration",
# "the Minsk agreements", "the Istanbul Process").
_DOCUMENT_AFTER = re.compile(r"\s+(?:(?:International\s+)?Airport|Declaration|[Aa]greements?|Accords?|Treaty|Convention|Charter|Protocol|Process|[Ff]ormat|"
                             r"Consensus|Principles|Communiqu[ée]|Statement|Agenda|Commitments?)\b")


_APPOSED_REGION = re.compile(r",\s+(?:the\s+)?(?:capital|main city|largest city|seat)\s+of\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}(?:of\s+)?$")


def state_of_place(ctx: Context, place: str | None) -> str | None:
    """The state whose gazetteer place or world city ``place`` is."""
    if not place:
        return None
    entry = ctx.lexicon.place(place)
    if entry:
        return entry.code
    found = city(DC_SUFFIX.sub("", place))
    return found.code if found else None


_FAR_CLAUSE = 150  # characters after a trigger: what lies past them is another clause's (date_near reads 80)


def past_place(ctx: Context, sentence: Sentence, it: Interaction, trigger_end: int = 0) -> None:
    """"... since their last meeting in Astana in June 2023, and recalled the Treaty signed in
    1993": a place written with another date is that other event's, not this one's."""
    if not it.place:
        return
    text, name = sentence.text, it.place.split(",")[0]
    # (the venue's own words nearest the trigger, "in Abidjan", not "the Abidjan Legacy Program")
    spots = [m.start() for m in re.finditer(re.escape(name), text)]
    venues = [a for a in spots if re.search(r"\b(?:in|at|to)\s+(?:the\s+)?$", text[max(0, a - 8): a])] or spots[:1]
    if not venues:
        return
    at = min(venues, key=lambda a: abs(a - trigger_end))
    end = at + len(name)
    released = ctx.release.date
    for s, e, day in find_dates(text, released):
        if not (0 <= s - end <= 25 or 0 <= at - e <= 25):
            continue
        # (undated, its place is one a far clause dates months before, past the reach of the trigger's
        # own date: "held a working session with X on the Program launched at COP15, held in Abidjan in
        # May 2022"; ``trigger_end`` is the trigger's end in the sentence; not an event recalled, "recalled
        # the meeting ... on the sidelines of LDC5, which Qatar hosted in Doha in March 2023")
        if it.date and not (day.startswith(it.date) or it.date.startswith(day)) or \
                not it.date and released and day < released[:7] and long_before(day, released) and \
                at - trigger_end > _FAR_CLAUSE and "recall" not in text[:trigger_end] and \
                re.search(r",\s+(?:held|convened|hosted)\s+in\s+$", text[max(0, at - 25): at]):
            it.place = None
            return


# "In implementation of the instructions of the President of the Republic, Mr. X, the Minister ...
# held": the one who gave the instructions is no party to what the minister did.
_DIRECTED_BY = re.compile(r"\s*(?:In (?:implementation|pursuance|execution) of|On|Upon|Acting on|Pursuant to|Under|"
                          r"Following) (?:the )?(?:\w+ )?(?:instructions?|directives?|directions?|orders?|guidance|"
                          r"mandate) (?:of|from|given by)\b")


def directed_by_end(ctx: Context, sentence: Sentence, refs: list[ActorRef], before: int) -> int:
    """Where an opening "On the instructions of X," that ends before ``before`` (an offset in the
    sentence, whose references are ``refs``) ends, else 0."""
    skip = max(0, ctx.dateline_end - sentence.start)  # (after "Algiers, 3 October 2024 –")
    m = _DIRECTED_BY.match(sentence.text, skip) if "of" in sentence.text[skip: skip + 60] else None
    if m is None:
        return 0
    named = next((r for r in refs if r.start - sentence.start >= m.end()), None)
    cut = sentence.text.find(",", named.end - sentence.start) if named is not None else -1
    return cut + 1 if 0 <= cut < before else 0
