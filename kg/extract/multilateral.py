"""Multilateral events: named summits, sessions, ministerials and forums that took place
("took part in the 31st meeting of the OSCE Ministerial Council"), not planned ones."""
from __future__ import annotations

import dataclasses
import re

from kg.sources.dates import find_dates, past_month
from kg.cities import city
from kg.extract.bodies import VENUE_NAME
from kg.extract.clause_dates import one_day
from kg.extract.clauses import place_in, town_of_state
from kg.extract.context import Context
from kg.extract.event_names import (
    EVENT_HEAD, headline_and_between, names_states_between, numbered_after_todays, same_number, same_words,
)
from kg.extract.event_times import HOSTED_CLAUSE, RELATIVE_SPAN, first_day, placed_later, post_aside, venue_after
from kg.extract.plans import is_plan
from kg.extract.proposers import names_two_states
from kg.extract.text import may_match, reported_from
from kg.lexicon import fold
from kg.records import Interaction

# What every match of EVENT_HEAD holds (it is case-sensitive but for the first letters).
_EVENT_STEMS = ("ummit", "inisterial", "orum", "onference", "ession", "ongress", "eeting", "COP", "ssembly", "Debate", "debate",
                "Dialogue", "Retreat")  # ("took part in the Raisina Dialogue": a conference by name)
# The named part of a session ("the High-Level Week of the", "the General Debate of the").
_PART_OF = re.compile(r"(?<=\bthe )(?P<part>(?:High-Level|High-level) (?:Week|Segment)|General Debate|Opening Session)\s+"
                      r"(?P<of>of\s+the\s+)$")
_NOT_YET = re.compile(r"\binvit|\b(?:will|would|shall|plans?|planned|expected|intends?|hopes?|wish(?:es)?)\b")
_TOOK_PART = re.compile(
    r"\b(?:took part in|takes part in|taking part in|take part in|participated in|participates in|participation in|"
    r"joined(?: (?:by|via) video(?:[ -]?conference)?| virtually| online)?|"
    r"attended|attends|addressed|spoke at|delegation to|"
    r"delivered (?:a |his |her )?(?:speech|remarks|statement|address) at|at|on the sidelines of|on the margins of|"
    r"results of|outcomes? of|held|hosted|chaired|co-chaired|following|during|in the course of|framework of|convened|opened|"
    r"brought to a close|closed|concluded|preceded (?:\w+ )?by)"
    r"\s+(?:the\s+)?(?:work of the\s+)?$", re.I)


_ACRONYM = r"(?:\s*\([A-Z][\w\-]{1,12}\))?"  # (an acronym aside after an event's name: "Meeting (CFAMM)")
# "The 150th Assembly of the Inter-Parliamentary Union (IPU) opened today in Tashkent": it took place
_OPENED = re.compile(_ACRONYM + r"\s+(?:was\s+|were\s+)?(?:(?:officially|formally)\s+)?"
                     r"(?:opened|opens|convened|convenes|began|begins|concluded|concludes|closed|kicked off|got under way)\b")
# Who attended a conference called a dialogue, and the words of dialogues that are formats of two.
_ATTENDED = re.compile(r"(?i)part in|participat|attend|spoke at|speech|remarks|address|sidelines|margins")
_DIALOGUE_KINDS = {"Strategic", "Stability", "Partnership", "Security", "Defense", "Defence", "Military", "Joint",
                   "Economic", "Political", "Sustained", "Industry", "Transition", "Space", "Policy", "High-Level",
                   "Bilateral", "Energy", "Trade", "Human", "Rights", "Commercial", "Comprehensive", "Annual",
                   "Regional", "National", "Inter-Korean", "Intergovernmental", "Cooperation"}
_OFFICE_AFTER = re.compile(r"\s+(?:Secretariat|Secretary|Secretary-General|Chair|Chairman|Chairperson|President|Director|"
                           r"Director-General|Fund|Bank|Foundation)\b")
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
           "December"]
# "... in Rio de Janeiro in November": a month alone, after the event's name and its venue
_MONTH_AFTER = re.compile(r"(?:\s+in\s+[A-Z][\w\-’']*(?:\s+(?:de\s+)?[A-Z][\w\-’']*){0,2})?\s+in\s+(?P<month>"
                          + "|".join(_MONTHS) + r")\b(?!\s+\d)(?=\W*$|\W)")
_ORDINAL_AND = re.compile(r"\b\d+(?:st|nd|rd|th)\s+and\s+(?:the\s+)?$")
_TWO_ORDINALS = re.compile(r"\b\d+(?:st|nd|rd|th)\s+and\s+(?:the\s+)?\d+(?:st|nd|rd|th)\b")
# A parliament by name, its body or its building ("at the National Assembly in Yeouido"), no session.
_PARLIAMENT = re.compile(r"(?:(?:National|Legislative|People’s|People's|Federal|Constituent) Assembly|Congress of (?:Deputies|the Republic)|"
                         r"(?:House|Chamber) of (?:Deputies|Representatives|Commons|Lords))(?:\s+in\s+[A-Z][\w\-]*)?")
_BUILDING_ENDS = {"Centre", "Center", "Hall", "Hotel", "Palace", "House", "Building", "Headquarters", "Complex"}
_GENERIC_EVENT_WORDS = {"video", "videoconference", "virtual", "online", "telephone", "conference", "meeting", "session",
                        "plenary", "summit", "forum", "ministerial", "joint", "working", "closing", "opening", "high-level",
                        "bilateral", "press", "special", "extraordinary", "annual", "regular"}
# Bodies and formats of two parties: their meetings are bilateral, not multilateral.
_BILATERAL_BODY = re.compile(r"\b[A-Z][\w.’']*\s*[-–—]\s*[A-Z][\w.’']*(?:\s+[A-Z][\w’']*)*\s+"
                             r"(?:Cooperation |Intergovernmental |Strategic |Partnership |Business )*"
                             r"(?:Dialogue|Committee|Commission|Council)\b")


# After an event's name (and acronym): it was held, or hosted in a place ("the Commonwealth Heads of
# Government Meeting (CHOGM) hosted in Kigali in June", "The ... Meeting (CFAMM) was chaired by").
_HELD_AFTER = re.compile(r"\W*(?:was|were) (?:held|convened)|\W*took place|,?\s+held\s+(?:at|in|on)\b"
                         r"|,?\s+hosted\s+(?:in|at|by)\s+[A-Z]|\s+(?:was|were)\s+(?:chaired|co-chaired|presided over|hosted)\s+by\b")
# A gathering's kind in lower case, after the capitalised names of whose it is ("Finnish-Namibian business").
_KIND_BEFORE = re.compile(r"\b[A-Z][\w’']+(?:\s*[-–—]\s*[A-Z][\w’']+)*\s+(?:business|investment|economic|trade|youth|media|"
                          r"energy|cultural|tourism)\s+$")
_NTH = re.compile(r"(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
                  r"twelfth)\s", re.I)
# "between Egypt, Iraq and Jordan": three parties or more, listed
_AMONG = re.compile(r"\s+between\s+(?:[A-Z][\w\-]+\s+)*[A-Z][\w\-]+(?:,\s+(?:[A-Z][\w\-]+\s+)*[A-Z][\w\-]+)+,?\s+and\s+"
                    r"(?:[A-Z][\w\-]+\s+)*[A-Z][\w\-]+")
_HELD_IN = re.compile(r",?\s*(?:(?:which|that) was\s+)?(?:held|convened|hosted)\s+in\s+[A-Z]")
# A body's name and its acronym right before the name of its gathering.
_BODY_SPELT = re.compile(r"\b(?:[A-Z][\w\-]+\s+){1,6}\((?P<acronym>[A-Z]{2,8})\)\s+$")
_SEATED = re.compile(r",?\s*(?:which is\s+)?(?:headquartered|based|seated)\s+in\b")
_FORMAT_NOUN = re.compile(r"\s+(?:regional\s+)?(?:platform|format|mechanism)\b")
_HELD_THERE = re.compile(r"\b(?:Meeting|Summit|Conference|Session|Forum|Ministerial)" + _ACRONYM + r",?\s+"
                         r"(?:held|hosted)\s+in\s+(?P<place>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?)")
_TWO_EVENTS = re.compile(r"\b(?:[A-Z]{2,}|Summit|Forum|Conference|Meeting|Session|Ministerial|Congress|Dialogue|Project|"
                         r"Initiative|Programme|Program|Plan|Agreement)\s+and\s+[A-Z]")
_COUNCIL_AND = re.compile(r"(?:\b\d+(?:st|nd|rd|th)\s+)?\b(?:[A-Z][\w\-]+\s+){1,4}(?:Council|Committee|Commission)\s+and\s+$")
_HELD_ON = re.compile(r"(?:\s*\([^)]{1,20}\))?,?\s*(?:which was\s+)?(?:held|took place|convened)\b[^.;]{0,100}?\bon\s+")
_LED_BY = re.compile(_ACRONYM + r"\s+(?:was|were)\s+(?:chaired|co-chaired|presided over)\s+by\s+")


def multilateral_events(ctx: Context) -> list[Interaction]:
    """Named summits, sessions, ministerials and forums that took place (not planned)."""
    from kg.extract.phrases import named_phrase, noun_phrase, without_date

    out: list[Interaction] = []

    def is_place(word: str) -> bool:
        return bool(ctx.lexicon.place(word) or ctx.lexicon.state(word))

    for idx, sentence in enumerate(ctx.sentences):
        text = sentence.text
        if not may_match(text, _EVENT_STEMS):
            continue  # names no event: spares the sentence the pattern
        for m in EVENT_HEAD.finditer(text):
            phrase = named_phrase(text, m.start(), m.end(), left_of=True, left_and=True, is_place=is_place)
            if _TWO_EVENTS.search(phrase.text):  # ("SEECP Summit and Antalya Diplomatic Forum": two, not one)
                phrase = named_phrase(text, m.start(), m.end(), left_of=True, is_place=is_place)
            kind_of = _KIND_BEFORE.search(text, max(0, phrase.start - 60), phrase.start) if phrase.text[:1].islower() else None
            if kind_of:  # ("a Finnish-Namibian business forum", "the Mongolia–Japan investment forum")
                phrase = dataclasses.replace(phrase, start=kind_of.start(), text=text[kind_of.start(): phrase.end])
            council_and = _COUNCIL_AND.search(text, max(0, phrase.start - 80), phrase.start)
            if council_and:  # ("the 27th GCC-EU Joint Council and Ministerial Meeting": one session of both)
                phrase = dataclasses.replace(phrase, start=council_and.start(), text=text[council_and.start(): phrase.end])
            fmt = _FORMAT_NOUN.match(text, phrase.end)
            if fmt and re.search(r"\b(?:of|of the)\s+\S*\d\S*$", phrase.text):
                # ("the first meeting of the 3+3 platform": a format of several, named by its number)
                phrase = dataclasses.replace(phrase, end=fmt.end(), text=text[phrase.start: fmt.end()])
            name = phrase.text
            words = name.split()
            while words and words[0] in ("The", "the", "of", "on", "and", "In", "At", "During", "A", "An", "a", "an"):
                words = words[1:]
            name = without_date(" ".join(words))
            if m.group(0).endswith("mmits"):
                # ("NATO summits": many; "the 44th and 45th ASEAN Summits": one gathering, held together)
                first = _ORDINAL_AND.search(text, max(0, phrase.start - 20), phrase.start)
                if first is None and not _TWO_ORDINALS.search(name):
                    continue
                if first is not None:
                    name = first.group(0) + name
                    phrase = dataclasses.replace(phrase, start=first.start(), text=name)
            theme = re.match(r"\s+on\s+(?=the\s+[a-z])", text[phrase.end:]) if name.endswith("open debate") else None
            if theme:  # "the Security Council open debate on the maintenance of international peace and security"
                name += " on the " + noun_phrase(text, phrase.end + theme.end(), max_words=10)
            words = name.split()
            # ("in St. Petersburg", "in Rio de Janeiro")
            venue_at = re.search(r"\s+in\s+(?:the\s+)?[A-Z][\w\-.]+(?:\s+(?:(?:de|da|do|del|es|al|el)\s+)?[A-Z][\w\-]+)*$", name)
            named_venue = None
            if venue_at and (ctx.lexicon.place(name[venue_at.end(0) - len(name.split()[-1]):]) or
                             ctx.lexicon.place(venue_at.group(0).split(" in ", 1)[-1].strip()) or
                             ctx.lexicon.state(name.split()[-1]) or city(venue_at.group(0).split(" in ", 1)[-1].strip())
                             or (town := town_of_state(ctx, text[phrase.start: phrase.end + 40])) is not None
                             and town["town"] == name.split()[-1]):  # ("the G7 Summit in Elmau, Germany")
                named_venue = venue_at.group(0).split(" in ", 1)[-1].strip()
                name = name[:venue_at.start()]  # "UN General Assembly in New York": the venue is no part of the name
                words = name.split()
            if words and words[-1] in _BUILDING_ENDS or _OFFICE_AFTER.match(text, m.end()) or _PARLIAMENT.fullmatch(name) or \
                    VENUE_NAME.search(name):
                # ("at the Congress Center of the Silk Road Samarkand": a venue)
                continue  # "at the Jamaica Conference Centre", "Pacific Islands Forum Secretary General": no event
            if all(w.lower() in _GENERIC_EVENT_WORDS for w in words) and (idx == 0 or not all(w[:1].isupper() for w in words)):
                continue  # a headline's "by Video Conference": how they met, no named event
            among = _AMONG.match(text, m.end())
            if among and name.endswith(text[m.end():phrase.end]):
                # ("the fourth tripartite summit between Egypt, Iraq and Jordan": of three, named so)
                name = name[:len(name) - (phrase.end - m.end())] + among.group(0)
                words = name.split()
            capitals = [w for w in words if w[:1].isupper() or w[:1].isdigit()]
            if not capitals and m.group(0).lower() in ("summit", "conference", "forum") and _NTH.match(name) and \
                    _HELD_IN.match(text, phrase.end):
                capitals = words[:1]  # ("the ninth trilateral summit, held in Athens in October 2021": one by its number)
            if len(words) < 2 and not m.group(0).startswith("COP") or not capitals:
                continue
            if m.group(0).lower() in ("meeting", "session", "assembly") and len(capitals) < 1:
                continue
            margins = re.search(r"\b(?:sidelines|margins)\s+of\s+(?:the\s+)?$", text[max(0, phrase.start - 40): phrase.start])
            if (ctx.lexicon.organization(name) and not margins) or _BILATERAL_BODY.search(name):
                continue  # the body itself, unless its session is where others met ("on the margins of the UNGA")
            if not among and re.match(r"\s*(?:\([A-Z]{2,8}\)\s*)?between\s+(?:the\s+)?[A-Z][^.;]{0,80}?\band\s+(?:the\s+)?[A-Z]",
                                      text[phrase.end:]) and names_states_between(ctx, text[phrase.end: phrase.end + 160]):
                continue  # "the 7th Joint Ministerial Commission (JMC) between Indonesia and Timor-Leste": two parties
            two_states = names_two_states(ctx, re.sub(r"^\d+(?:st|nd|rd|th)\s+", "", name))
            if m.group(0) == "Dialogue" and not any(w[:1].isupper() and w not in _DIALOGUE_KINDS for w in words[:-1]):
                continue  # ("the Strategic Dialogue", "Defense Dialogue": a format of two, not a conference)
            partners = re.match(r"\s+with\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*", text[phrase.end:]) \
                if m.group(0) == "Dialogue" and name.endswith("Dialogue") else None
            if partners:
                name += partners.group(0)  # "the BRICS Dialogue with Developing Countries"
                words = name.split()
            pre = text[max(0, phrase.start - 60): phrase.start]
            spelt = _BODY_SPELT.search(pre) if name[:1].isupper() else None
            if spelt:  # ("the Shanghai Cooperation Organisation (SCO) Council of Foreign Ministers meeting": the SCO's)
                start = phrase.start - len(spelt.group(0))
                name, pre = f"{spelt['acronym']} {name}", text[max(0, start - 60): start]
            part = _PART_OF.search(pre)
            if part is not None:
                # ("on the sidelines of the High-Level Week of the 79th session of the General Assembly":
                # the part of the session is the event met at)
                name = f"{part['part']} {pre[part.start('of'):].strip()} {name}"
                pre = pre[:part.start('part')]
            post = re.sub(r"^\s*\([A-Z][\w\-]{1,12}\)", "", text[phrase.end: phrase.end + 50])  # (an acronym aside)
            if _SEATED.match(post):
                continue  # ("the Eastern Mediterranean Gas Forum (EMGF), headquartered in Cairo": a body)
            # ("the Host Country Agreement ... for the Hosting of the 15th Session of the Summit")
            hosting = re.search(r"\bfor the (?:hosting|holding|organi[sz]ation|preparation)s? of\b[^.;,]{0,40}$", pre, re.I) or \
                re.search(r"\b(?:ahead of|in the run-up to|on the eve of|in preparation for|(?:an? |the )?(?:common |joint )?agenda for|"
                          r"to be (?:decided|adopted|discussed|"
                          r"elected|taken up) (?:at|during))\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}$", pre)
            # ("the International Donors' Conference in solidarity with ..., which will take place on 17 June")
            # ("..., which will take place on 17 June"; "... in Apia, Samoa, later this month")
            later = re.match(r"[^.;,]{0,90},\s*(?:which|that)\s+(?:[\w\-]+\s+){0,5}?(?:will|is (?:due|scheduled|expected|to))\b"
                             r"|(?:\s+(?:in|at)\s+[A-Z][\w\-]+(?:,\s+[A-Z][\w\-]+)?)?,?\s+(?:later this|later that|next) (?:month|week|year)\b",
                             text[phrase.end: phrase.end + 140])
            if hosting or later or is_plan(text, phrase.start, phrase.end) or re.match(r"\W*(?:to be held|scheduled|will|planned|(?:which|that) (?:is|was) (?:due|scheduled|expected))", post):
                if not re.match(r"\W*(?:(?:which|that) was )?(?:held|took place|convened)\b", post):
                    # (a planned gathering of two states' people too: "a Finnish-Namibian business forum will be organised")
                    ctx.planned.append(Interaction("multilateral", [], None, None, name, [], ctx.evidence(sentence)))
                continue
            if two_states:
                continue  # "Japan-Uzbekistan Foreign Ministers' Meeting": two states met, no multilateral event
            between = re.search(r"\s+between\s", name)
            if between and names_states_between(ctx, name[between.start():]) and \
                    name[between.end():].count(" and ") == 1 and "," not in name[between.end():]:
                continue  # "The 25th Round of Boundary Talks between Bhutan and China was held": two parties met
            lead = re.sub(r"(?:\b(?:the|a|an|\d+(?:st|nd|rd|th)|annual|informal|regular|first|second|third|ordinary|"
                          r"extraordinary|special|emergency|plenary|preparatory|consultative|technical|high-level)\s+)+$",
                          "", pre, flags=re.I)
            if any(person.name in name or person.surname in words for person in ctx.persons.values()):
                continue  # "meeting of President X with ...": a meeting of persons, not an event
            unquoted = re.sub(r"[“\"][^”\"]{1,200}[”\"]", "", name)  # (a theme's own words: 'on "... Africa's ..."')
            if "’s " in unquoted or "'s " in unquoted:
                continue  # "Secretary Blinken’s Meeting": a headline about a bilateral meeting
            named = m.group(0) in ("Summit", "Forum", "Congress", "Conference", "Retreat") and len(capitals) >= 2
            # ("participated on 3 and 4 April in the Meeting of NATO Ministers ...": a date between)
            lead = re.sub(r"\s+on\s+(?:\d{1,2}(?:\s*(?:and|-|–)\s*\d{1,2})?\s+[A-Z][a-z]+|[A-Z][a-z]+day)\s+(?=in\s+$)",
                          " ", lead)
            took_part = _TOOK_PART.search(lead)
            if took_part and took_part.group(0).lower().startswith("take") and _NOT_YET.search(text, 0, phrase.start):
                took_part = None  # (an invitation "to take part in COP28"; not "arrived in Baghdad to take part in")
            if took_part and took_part.group(0).startswith("preceded") and not re.search(r"\b[A-Z]{2,}|\d", name):
                continue  # ("preceded by a Meeting of Senior Officials" of two sides, not "by the D-8 Council")
            if m.group(0) == "Dialogue" and not (took_part and _ATTENDED.search(took_part.group(0))):
                continue  # a conference by name ("taking part in the Raisina Dialogue"), not a "Strategic Dialogue" of two
            if took_part and idx == 0 and took_part.group(0).lower().startswith("outcome"):
                took_part = None  # ("Outcomes of the 50th Session of the Council": a headline, dated by no one)
            held_after = _HELD_AFTER.match(post)
            if held_after and held_after.group(0).endswith(" by") and all(w.lower() in _GENERIC_EVENT_WORDS for w in words):
                held_after = None  # ("The Ministerial Session was co-chaired by": a joint commission's, of two)
            if not named and not took_part and not _OPENED.match(post) and not held_after and \
                    not re.match(r"(?:\s+on\s+[“\"][^”\"]{1,200}[”\"])?,\s+which\s+was\s+(?:held|presided over|chaired|convened)\b",
                                 text[phrase.end:]):
                continue
            # The nearest date, not the dateline's ("ASTANA, 10 April – The 21st meeting ... took
            # place on 7 April").
            skip = ctx.dateline_end - sentence.start
            near = [(min(abs(s - phrase.end), abs(phrase.start - e)), d) for s, e, d in find_dates(text, ctx.release.date)
                    if s >= skip and (abs(s - phrase.end) < 40 + len(post_aside(text, phrase.end)) or abs(phrase.start - e) < 40)]
            held_on = [(0, d) for s, e, d in find_dates(text, ctx.release.date)
                       if phrase.end <= s <= phrase.end + 130 and _HELD_ON.fullmatch(text, phrase.end, s)]
            near = held_on[:1] or near  # ("..., and the meeting of the Committee held in Accra on 17th August": its own day)
            relative = RELATIVE_SPAN.match(text, phrase.end)
            if relative:
                # ("bilateral meetings today on the margins of the Fourth International Conference on
                # SIDS (SIDS4), which Antigua and Barbuda is hosting from 27th to 30th May": its first day)
                near = [(0, d) for s, e, d in find_dates(text, ctx.release.date) if s == relative.end()] or near
            if not near:
                # ("the first Trilateral Leaders' Summit, hosted by US President Joe Biden in Washington on
                # April 11": the date of its participle clause)
                near = [(0, d) for s, e, d in find_dates(text, ctx.release.date)
                        if phrase.end < s <= phrase.end + 100 and HOSTED_CLAUSE.fullmatch(text, phrase.end, s)][:1]
            when = min(near)[1] if near else None
            held = re.match(_ACRONYM + r",?\s*(?:(?:which|that)\s+(?:was\s+)?)?(?:held|took place|hosted)\s+in\s+"
                            r"[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?", text[phrase.end:])
            if when is None and held:
                # ("the second ministerial conference of the Platform, held in Bucharest in July": the last July)
                when = past_month(text[phrase.end + held.end():], ctx.release.date)
            if re.match(r"[^.;]{0,80}?,\s*which\s+(?:convened|opened|was held|took place|met|began)\s+today\b", text[phrase.end:]):
                when = ctx.release.date  # ("the 160th ordinary session of the Council ..., which convened today")
            released = ctx.release.date or ""
            when = first_day(ctx, idx, m.group(0), post) or when
            month = _MONTH_AFTER.match(text, phrase.end) or _MONTH_AFTER.search(phrase.text) \
                if when is None and len(released) >= 7 else None
            if month and _MONTHS.index(month["month"]) + 1 > int(released[5:7]):
                # ("for launch at the G20 summit in Rio de Janeiro in November", told in March): to come
                ctx.planned.append(Interaction("multilateral", [], None, None, name, [], ctx.evidence(sentence)))
                continue
            if when and released and when > released[:len(when)]:
                # "hosting of COP17 in 2026": after the release, so still to come
                ctx.planned.append(Interaction("multilateral", [], when, None, name, [], ctx.evidence(sentence)))
                continue
            participants = _subject(ctx, idx, phrase.start)
            led = _LED_BY.match(text, phrase.end)
            if led:
                # ("The ... Ministers Meeting (CFAMM) was chaired by Rwanda's Minister ..., Dr Vincent
                # Biruta": who chaired it took part)
                at = led.end()
                chair = next((r for r in ctx.refs[idx] if r.kind == "person" and r.start - sentence.start >= at
                              and not re.search(r"[;.]|,\s+(?:as|while|and|which|who)\b", text[at: r.start - sentence.start])),
                             None)
                if chair and (label := ctx.label(f"person:{chair.key}")) and label not in participants:
                    participants.append(label)
            host = _HOSTING_OF.search(pre)
            hosted_by = (ctx.lexicon.state(host["who"]) if host and not host["own"] else
                         ctx.lexicon.states.get(ctx.home_state or "") if host else None)
            host_label = ctx.label(f"state:{hosted_by.code}") if hosted_by is not None else None
            if host_label and host_label not in participants:
                participants.append(host_label)  # ("the Kingdom's hosting of the 33rd Arab Summit": the host was at it)
            along = _ALONGSIDE.match(text, phrase.end)
            if along and participants:
                # ("X co-chaired the Second CARICOM–India Summit in the Guyanese capital, alongside A
                # and B": the co-chairs took part)
                participants += [label for r in ctx.refs[idx] if r.kind == "person" and r.start - sentence.start >= along.end()
                                 and (label := ctx.label(f"person:{r.key}")) and label not in participants]
            named_with = list(participants)  # (not those who met on its margins, below: the event's own)
            if margins:
                # "On the sidelines of X, A met B": those who met there were at X.
                told = reported_from(text, phrase.start)  # (not who recalled it)
                everyone = [ctx.label(f"person:{r.key}") or "" for r in ctx.refs[idx] if r.kind == "person"
                            and r.start - sentence.start >= told]
                participants = list(dict.fromkeys(participants + everyone))
            key = fold(name)
            same = next((o for o in out if (key in fold(o.name or "") or fold(o.name or "") in key
                                            or same_words(key, fold(o.name or "")) or same_number(name, o.name or "")
                                            or headline_and_between(o, name, idx, sentence.start, ctx))
                         # ("the June 2016 ... Leaders' Summit" and "the November 2021 ... Summit": two)
                         and not (o.date and when and not (o.date.startswith(when) or when.startswith(o.date)))),
                        None)
            if same is not None:
                if len(name) > len(same.name or "") and " between " not in name:
                    same.name = name  # "the 78th session of the UN General Assembly" names it more fully
                # A later mention of an event already named says when, where and who ("On Thursday,
                # X represented the EU at the SEECP Summit"): the event gains them.
                if same.evidence and same.evidence.start == 0 and same.date is None and \
                        (same.place is None or when or re.search(r"\btoday\b", text)):
                    same.evidence = ctx.evidence(sentence)
                same.date = same.date or when or one_day(ctx, text, sentence.start, plans_too=True)
                same.place = same.place or place_in(ctx, sentence, plans_too=True)
                same.participants += [p for p in named_with if p not in same.participants]
                continue
            if any(o.evidence == ctx.evidence(sentence) for o in out) and not held:
                continue  # one event per sentence (but one held elsewhere, in a clause of its own)
            venue = named_venue or venue_after(ctx, text, phrase.end)
            anywhere = place_in(ctx, sentence, plans_too=True)
            if anywhere and any(c.start() > phrase.end and c["place"].startswith(anywhere) for c in _HELD_THERE.finditer(text)):
                anywhere = None  # ("... was chaired by X following the Summit (CHOGM) hosted in Kigali": the Summit's)
            # (the sentence's first venue where it is this one, as written: "Washington, D.C.")
            venue = anywhere if venue is None or anywhere and anywhere.startswith(venue) else venue
            out.append(Interaction("multilateral", participants, when, venue, name, [], ctx.evidence(sentence)))
    placed_later(ctx, out)
    for later in numbered_after_todays(out, ctx.release.date):
        out.remove(later)
        ctx.planned.append(later)
    planned = [fold(p.name or "") for p in ctx.planned if p.type == "multilateral"]
    return [o for o in out if not _still_to_come(o, planned)]


# (the summit's name, a place or a date, then whoever chaired or attended it with the subject)
_ALONGSIDE = re.compile(r"[^.;,]{0,60}?,?\s+(?:alongside|together with|jointly with)\s+")


def _still_to_come(event: Interaction, planned: list[str]) -> bool:
    """Whether an undated event is one the release tells as still to come (``planned``, folded
    names): the headline's ("... Sign Host Country Agreement for the 15th Islamic Summit" over a
    body that tells the summit as still to come), or one of the same name ("the first of the African
    leaders attending the 2024 Korea-Africa Summit" beside "The 2024 Korea-Africa Summit, to be held
    on June 4 and 5"; not "the 6th BIMSTEC Summit" beside "the next BIMSTEC Summit")."""
    if event.date is not None:
        return False
    name = fold(event.name or "")
    if name in planned:
        return True
    return bool(event.evidence and event.evidence.start == 0 and any(
        same_words(name, other) or name in other for other in planned))


_HOSTING_OF = re.compile(r"\b(?:(?P<own>[Tt]he (?:Kingdom|Republic|country|Sultanate|State))|(?P<who>[A-Z][\w\-]+(?: [A-Z][\w\-]+)?))"
                         r"(?:’s|'s) hosting of (?:the )?$")


_LISTED_WITH = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:[A-Z][\w\-’'.]*|of|the|for|and)\s+)*")


def _subject(ctx: Context, idx: int, before: int) -> list[str]:
    """Who took part: the sentence's subject, the person named first before the event's name
    ("X held bilateral meetings with A, B and C on the margins of the UN General Assembly":
    X, not C)."""
    base = ctx.sentences[idx].start
    told = reported_from(ctx.sentences[idx].text, before)
    subject = [r for r in ctx.refs[idx] if r.kind == "person" and told <= r.start - base and r.end - base <= before]
    # (and those listed with the first: "President A, Chinese Premier B and Japanese Prime Minister C
    # attended the Summit")
    text = ctx.sentences[idx].text
    listed = subject[:1]
    for r in subject[1:]:
        if not _LISTED_WITH.fullmatch(text, listed[-1].end - base, r.start - base):
            break
        listed.append(r)
    return [label for r in listed if (label := ctx.label(f"person:{r.key}"))]
