"""Who visits and where: the visitor a visit trigger names (before it, after it, by office or as
a state's delegation), the state visited and the further destinations of a tour."""
from __future__ import annotations

import re

from kg.cities import city
from kg.extract.context import ActorRef, Context
from kg.extract.participants import acting_state, key_of
from kg.extract.text import Sentence


def visitor_of(ctx: Context, sentence: Sentence, before: list[ActorRef], after: list[ActorRef], trigger: str,
             last_pair: list[str], trigger_end: int | None = None) -> str | None:
    if trigger.endswith((" of", " by", " that", " which")):  # "the state visit of President X to China"
        # ("the visit that Speaker X paid to Nicosia": the same, before "to")
        # (before the destination: "the first visit by a Brazilian head of state to Angola since
        # President Y travelled to Luanda" names no visitor)
        at = trigger_end or sentence.start + sentence.text.lower().find(trigger) + len(trigger)
        to = re.search(r"\bto\b", sentence.text[at - sentence.start:])
        limit = at + to.start() if to else sentence.end
        persons = [r for r in after if r.kind == "person" and r.start < limit]
        if persons:
            return key_of(persons[0])
        return _visitor_by_office(ctx, sentence.text[at - sentence.start: limit - sentence.start])
    late = visitor_after(sentence, trigger, trigger_end)
    if late:
        # "during the state visit to Korea of then-President Nguyen Xuan Phuc": the one named after
        at = sentence.start + late.end()
        persons = [r for r in after if r.kind == "person" and at <= r.start <= at + 40]
        if persons:
            return key_of(persons[0])
    if trigger.startswith("welcome"):  # "X welcomed Foreign Minister Y to Warsaw": Y comes
        at = sentence.start + sentence.text.lower().find(trigger)
        persons = [r for r in ctx.refs[ctx.sentences.index(sentence)] if r.kind == "person" and r.start > at]
        return key_of(persons[0]) if persons else None  # (not the body whose residence welcomes)
    if trigger.startswith(("during", "on ", "as part of", "his ", "her ", "their ")):
        persons = [r for r in before if r.kind == "person"]
        text = sentence.text
        if persons and re.search(r",\s*who\b", text[persons[-1].end - sentence.start:]):
            return key_of(persons[-1])  # "received X, who is in Kazakhstan on an official visit"
        # (not "X is received by President Y during his official visit": X's, the passive's subject)
        if persons and re.search(r"(?<!\bis )(?<!\bwas )(?<!\bwere )(?<!\bare )(?<!\bbeing )(?<!\bbeen )"
                                 r"\b(?:received|receives|welcomed|welcomes|hosted|hosts|greeted)\b(?! by\b)",
                                 text[: persons[-1].start - sentence.start]) and \
                re.match(r"(?:on|during) (?:his|her|an?)\b", trigger):
            # "X received today ... Y, on his first official visit to Portugal": Y's visit ("President
            # Higgins welcomes the President of Estonia on a State Visit to Ireland": the same)
            return key_of(persons[-1])
        # "during her visit to": the sentence's subject, not the host of "At the invitation of X, Y is
        # on an official visit to"
        persons = [r for r in ctx.refs[ctx.sentences.index(sentence)] if r.kind == "person" and not
                   re.search(r"\binvitation of\s+(?:\S+\s+){0,2}$", text[max(0, r.start - sentence.start - 40): r.start - sentence.start])]
        return key_of(persons[0]) if persons else None
    persons = [r for r in before if r.kind == "person"]
    aside = _ACCOMPANIED_ASIDE.search(sentence.text)
    if persons and aside:
        # ("President X, accompanied by the Honorable Y, Secretary of ..., arrived in Tokyo": X)
        persons = [r for r in persons if not aside.start() <= r.start - sentence.start < aside.end()] or persons
    if persons and trigger_end is not None:
        # ("held meetings with the Heads of State and delegations that travelled to El Salvador": the
        # relative clause's own subject, whom the text does not name)
        rel = _RELATIVE_BEFORE.search(sentence.text, 0, max(0, trigger_end - len(trigger) - sentence.start))
        if rel and sentence.start + rel.start() > persons[-1].end + 1:
            return None
    if len(persons) >= 2 and _AND_SPOUSE.fullmatch(sentence.text, persons[-2].end - sentence.start,
                                                   persons[-1].start - sentence.start):
        return key_of(persons[-2])  # ("President Alar Karis and Mrs Sirje Karis began a State Visit": his)
    if persons:
        return key_of(persons[-1])
    if re.match(r"(?:on|upon) (?:(?:his|her|their) )?arrival", trigger) and trigger_end is not None:
        # ("On arrival in Abuja on Monday, the head of Beninese diplomacy was received by ...": the
        # main clause's subject, named after the trigger)
        idx = ctx.sentences.index(sentence)
        later = [r for r in ctx.refs[idx] if r.kind == "person" and r.start >= trigger_end]
        return key_of(later[0]) if later else None
    if trigger_end is not None and (head := _delegation_head(ctx, sentence.text[: trigger_end - len(trigger) - sentence.start])):
        return head
    if before and before[-1].kind == "group":
        return None
    if before and before[-1].kind in ("state", "org"):
        return key_of(before[-1])
    return None


_AND_SPOUSE = re.compile(r",?\s+and\s+(?:his wife|her husband|(?:Mrs|Madam|Madame)\.?)\s+")
_RELATIVE_BEFORE = re.compile(r"\b[a-z]+s\s+(?:that|which|who)\s+(?:had\s+|have\s+)?$")
_ACCOMPANIED_ASIDE = re.compile(r",\s+(?:who was\s+)?accompanied by\b[^;]*?,\s+(?=(?:arrived|travell?ed|visited|paid|"
                                r"made|was|is|came|went|flew|landed)\b)")


# "the Beninese delegation arrived in Accra": the delegation a state's adjective names, right before the trigger
_DELEGATION_BEFORE = re.compile(r"\b[Tt]he\s+(?P<adj>[A-Z][\w\-]+)\s+delegation\s+(?:(?:also|then|later|has|had)\s+)?$")


def _delegation_head(ctx: Context, before: str) -> str | None:
    """The head of the delegation named right before a trigger: the person of its state whom the
    release names first."""
    m = _DELEGATION_BEFORE.search(before)
    entry = ctx.lexicon.state(m["adj"]) if m else None
    if entry is None:
        return None
    ours = sorted((p for p in ctx.persons.values() if acting_state(ctx, f"person:{p.key}") == f"state:{entry.code}"),
                  key=lambda p: p.first)
    return f"person:{ours[0].key}" if ours else None


def visitor_after(sentence: Sentence, trigger: str, trigger_end: int | None) -> re.Match[str] | None:
    """The words between "visit to" and its visitor named after the destination ("the state visit
    to Korea of then-President X")."""
    return _VISITOR_AFTER.match(sentence.text, trigger_end - sentence.start) \
        if trigger_end and trigger.endswith(" to") else None


_VISITOR_AFTER = re.compile(r"\s*(?:the\s+)?[A-Z][\w\-’']*(?:\s+[A-Z][\w\-’']*){0,3}\s+(?:of|by)\s+")
_BY_OFFICE = re.compile(r"^\s*(?:an?|the)\s+(?P<adj>[A-Z][\w\-]+)\s+(?P<office>(?:[Ff]oreign |[Pp]rime )?[Mm]inister|"
                        r"[Pp]resident|[Hh]ead of [Ss]tate|[Ss]ecretary of [Ss]tate)\b")


def _visitor_by_office(ctx: Context, words: str) -> str | None:
    """"the first official visit of an Estonian foreign minister to the Kingdom": the one person of
    the release who holds that office for that state."""
    m = _BY_OFFICE.match(words)
    entry = ctx.lexicon.state(m["adj"]) if m else None
    if m is None or entry is None:
        return None
    head = m["office"].split()[-1].lower()
    holders = [p for p in ctx.persons.values() if acting_state(ctx, f"person:{p.key}") == f"state:{entry.code}"
               and any(head in title.lower() for title, _, _ in p.offices)]
    return f"person:{holders[0].key}" if len(holders) == 1 else None


_DESTINATION_LEAD = re.compile(r"(?:\bto|\bin|\bvisited|\bvisiting|\bvisits|\btoured|\bof)\s+(?:the\s+)?$")


_CAPITAL_AFTER = re.compile(r"\s+capital\b")


def visited(ctx: Context, sentence: Sentence, start: int, end: int, *, reach: int = 60,
            lead_within: int = 30) -> str | None:
    """The state visited: a state or a place right after "to", "in", "visited" (within
    ``lead_within`` characters); else the first one in the span (of at most ``reach``)."""
    text = ctx.release.text
    # ("arrived in the Iranian capital this morning": the demonym's state)
    candidates = [m for m in ctx.mentions_between(start, min(end, start + reach, sentence.end))
                  if m.kind in ("state", "place") or m.kind == "demonym" and _CAPITAL_AFTER.match(text, m.end)]
    led = [m for m in candidates if _DESTINATION_LEAD.search(text[max(sentence.start, m.start - 14): m.start])
           and m.start - start <= lead_within]
    if lead_within > 30:  # "visit by a Minister of Pakistan to India": the state after "to" first
        led = [m for m in led if re.search(r"\bto\s+(?:the\s+)?$", text[max(sentence.start, m.start - 8): m.start])] or led
    for mention in led + candidates:
        if mention.kind in ("state", "demonym"):
            return f"state:{mention.key}"
        entry = ctx.lexicon.place(mention.key)
        if entry:
            return f"state:{entry.code}"
    # ("who arrived in Midrand on Monday": a town the gazetteer does not hold, in the list of world cities)
    town = _TOWN_LED.match(text, start, min(end, start + lead_within + 30))
    led_in = town is not None and (town["lead"] or re.search(r"\b(?:in|to)$", text[max(0, start - 4): start]))
    found = city(town["town"]) if led_in else None
    return f"state:{found.code}" if found is not None and found.code in ctx.lexicon.states else None


_TOWN_LED = re.compile(r"\s*(?P<lead>(?:in|to)\s+)?(?P<town>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?)")


# Between two destinations: a list's gap, or "and to" ("a working visit to Nigeria and to the Republic of Ghana")
_DESTINATION_GAP = re.compile(r"^[\s,]*(?:and\s+)?(?:to\s+)?(?:the\s+)?(?:(?:[A-Z][\w\-]+\s+){1,4}of\s+(?:the\s+)?)?$")


def more_destinations(ctx: Context, sentence: Sentence, first: str, end: int) -> list[str]:
    """"visit to the ROK and Japan": the states listed after the first destination; not
    "trip to Singapore, the United States and Singapore agreed", where the list is the
    subject of the next clause."""
    text = ctx.release.text
    # "visited Paris and Berlin": a city stands for its state
    states = [m for m in ctx.mentions_between(sentence.start, min(end + 40, sentence.end))
              if m.kind == "state" or (m.kind == "place" and ctx.lexicon.place(m.key))]
    out: list[str] = []
    started = False
    prev_end = 0
    for m in states:
        key = f"state:{m.key}" if m.kind == "state" else f"state:{ctx.lexicon.place(m.key).code}"
        if not started:
            if key == first:
                started, prev_end = True, m.end
            continue
        if not _DESTINATION_GAP.match(text[prev_end: m.start]):
            break
        out.append(key)
        prev_end = m.end
    if out and re.match(r"\s+(?!and\b|or\b|in\b|on\b|from\b|to\b|at\b|for\b|with\b)[a-z]+", text[prev_end:]):
        return []  # the list goes on into a verb: it is a new clause's subject
    return out
