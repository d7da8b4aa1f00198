"""Talks reported without a trigger word: two named persons who "discussed" or "used
their meeting", and consultations told through the delegations' heads."""
from __future__ import annotations

import re

from kg.cities import city
from kg.extract.clause_dates import LAST_MET, date_near, one_day
from kg.extract.clauses import place_in
from kg.extract.context import ActorRef, Context
from kg.extract.participants import near
from kg.extract.text import Sentence, may_match
from kg.records import Interaction
from kg.sources.dates import find_dates, long_before, past_month

# "A and B discussed ...": two named persons as the subject of a verb of talks report
# talks without a trigger word. Only named persons: "the sides discussed" repeats the
# last meeting or call.
_PAIR_GAP = re.compile(r"(?:\s+of\s+(?:the\s+)?(?:[\w.\-’']+\s+){0,3}?[\w.\-’']+)?,?\s+and\s+(?:[\w.\-’']+,?\s+){0,6}")
# (an office of many words between: "and the Minister of Foreign Affairs, International Trade and Worship of Argentina,")
LONG_PAIR_GAP = re.compile(r",?\s+and\s+(?:[\w.\-’']+,?\s+){0,12}")
_OF_STATE = re.compile(r"\s+of\s+(?:the\s+)?(?:[A-Z][\w.\-’']*\s+){0,3}?[A-Z][\w.\-’']*(?=,?\s)")
TALKED = re.compile(r",?\s+(?:also\s+|then\s+|later\s+)?(?:discussed|exchanged views|reviewed|considered|"
                     r"(?:used|had|held) (?:their|a|the) (?:\w+ )?(?:meeting|talks|conversation|discussion)"
                     # ("X and his Indian counterpart Y agreed Thursday to accelerate work on ...")
                     r"|agreed(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today))?\s+(?:to|on|that)"
                     r")\b")


def coordinated_pair(sentence: Sentence, refs: list[ActorRef]) -> list[str]:
    """The keys of two persons named together ("A and the Minister ... of X, B"), if any."""
    persons = [r for r in refs if r.kind == "person"]
    for first, second in zip(persons, persons[1:]):
        if first.key != second.key and \
                LONG_PAIR_GAP.fullmatch(sentence.text[first.end - sentence.start: second.start - sentence.start]):
            return [f"person:{first.key}", f"person:{second.key}"]
    return []


def talked(ctx: Context, sentence: Sentence, refs: list[ActorRef], earlier: list[Interaction]) -> Interaction | None:
    base = sentence.start
    for i, second in enumerate(refs):
        if i == 0 or second.kind != "person":
            continue
        # ("The Prime Minister and Prime Minister Hun Manet of Cambodia discussed demining")
        of_state = _OF_STATE.match(sentence.text, second.end - base)
        if not TALKED.match(sentence.text, of_state.end() if of_state else second.end - base):
            continue
        first = next((r for r in reversed(refs[:i]) if r.kind == "person"), None)
        if first is None or first.key == second.key:
            return None
        # "Vice President Harris and Singaporean Prime Minister Lee", "Minister X of Slovakia and
        # ...": a state of the first and titles of the second between them, nothing else.
        if not _PAIR_GAP.fullmatch(sentence.text[first.end - base: second.start - base]):
            return None
        names = [ctx.label(f"person:{first.key}") or "", ctx.label(f"person:{second.key}") or ""]
        if any(set(names) <= set(it.participants) for it in earlier):
            return None  # the talks an earlier sentence reported
        when = date_near(ctx, sentence, second.end - base, second.end - base)
        return Interaction("meeting", names, when, place_in(ctx, sentence), None, [], ctx.evidence(sentence))
    return None



_LED = re.compile(r"\b(?:led|headed|leads|heads|chaired)\s+the\s+(?:[\w.\-’']+\s+){0,3}?delegation\b"
                  r"|\b(?:hosted|opened)\s+the\s+(?:[\w.\-’']+\s+){0,6}?(?:Consultations|Dialogue|consultations|"
                  r"dialogue|talks)\b")
_HEADS = re.compile(r",?\s+(?:and|with|together with|accompanied by)\s+(?:a|an|the|his|her|their)\s+"
                    r"(?:[\w.\-’']+\s+){0,3}?delegation\b")
# What every match of _LED holds: a cheap test first.
_LED_STEMS = ("led", "lead", "head", "chaired", "hosted", "opened")
_LED_BY = re.compile(r"\b(?:delegation|side|team),?\s+(?:was\s+)?(?:co-)?(?:led|headed)\s+by\b")


def delegation_talks(ctx: Context) -> Interaction | None:
    """Consultations reported through their delegations: "A led the U.S. delegation,
    and B led the Thai delegation" is a meeting of A and B (a call when held virtually)."""
    leaders: list[str] = []
    evidence = None
    for idx, sentence in enumerate(ctx.sentences):
        text = sentence.text
        for m in _LED.finditer(text) if may_match(text, _LED_STEMS) else ():
            persons = [r for r in ctx.refs[idx] if r.kind == "person" and r.end - sentence.start <= m.start()
                       and near(text[r.end - sentence.start: m.start()])]
            for r in persons:
                if r.key not in leaders:
                    leaders.append(r.key)
                    evidence = evidence or ctx.evidence(sentence)
        for r in ctx.refs[idx]:
            # "hosted Foreign Minister X and a delegation from ...": X heads a delegation.
            if r.kind == "person" and r.key not in leaders and _HEADS.match(text, r.end - sentence.start):
                leaders.append(r.key)
                evidence = evidence or ctx.evidence(sentence)
        for m in _LED_BY.finditer(text) if may_match(text, ("led", "headed")) else ():
            # Within the sentence: a stop at ". " would cut "co-led by U.S. Agency for ..." short.
            # (not past "who delivered a message from President X": the one who sent it led none)
            stop = re.search(r",\s+and\s+(?:included|comprised|consisted)|;|,\s+(?:who|which|whom)\b", text[m.end():])
            limit = m.end() + (stop.start() if stop else len(text))
            for r in ctx.refs[idx]:
                if r.kind == "person" and m.end() <= r.start - sentence.start < limit and r.key not in leaders:
                    leaders.append(r.key)  # "co-led by A and B"
                    evidence = evidence or ctx.evidence(sentence)
    if len(leaders) < 2:
        return None
    kind = "call" if re.search(r"\b(?:virtually|virtual|videoconference|video link|by video)\b", ctx.release.text) else "meeting"
    return Interaction(kind, [ctx.label(f"person:{k}") or "" for k in leaders], None, None, None, [], evidence)


# "since the previous round of consultations, held in Yerevan in March 2021", "The inaugural
# session of the BNC took place in Lusaka in 2019", "The previous summit was held in Lanzarote
# on 15 March 2023", "since the XII Meeting, which took place in Guatemala City in August 2018":
# a past session of the two states' format.
_PAST_SESSION = re.compile(
    r"\b(?P<name>(?:(?:previous|last|first|inaugural|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"\d+(?:st|nd|rd|th)) (?:[A-Z][\w’'\-]* ){0,3}"
    r"(?:[Rr]ound|[Ss]ession|[Mm]eeting|[Ss]ummit|[Rr]etreat|[Cc]onsultations|(?<=previous )[A-Z]{2,6}\b(?!\s+[A-Z])|"
    r"(?<=last )[A-Z]{2,6}\b(?!\s+[A-Z]))|[XVI]{2,6} (?:[A-Z][\w\-]+ ){0,3}(?:Meeting|Session|Round|Summit|Cabinet|"
    r"Commission|Committee))\b[^.;]{0,140}?)"
    r",?\s*(?:which\s+)?(?:held|took place|was held|convened)\s+in\s+(?:the\s+city\s+of\s+)?"
    r"(?P<place>[A-Z][\w’'\-]+(?:[ \-][A-Z][\w’'\-]+){0,2})")
_ORDINAL = re.compile(r"\b(?:previous|last|first|inaugural|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                      r"\d+(?:st|nd|rd|th))\b")
# What every match of _PAST_SESSION holds (it reads case-sensitively): a cheap test first.
_PAST_SESSION_STEMS = ("held", "took place", "convened")
# Formats of two parties; a session "of the Geneva International Discussions" is of many.
# A two-party format named by its kind ("Joint Commission", "JCC"), or by its two sides ("Kenya-Tanzania")
_FORMAT_KIND = re.compile(r"\b(?:Joint|Bilateral|Binational|Bi-national|Intergovernmental|Commission|Committee|"
                          r"Consultations|Dialogue|Talks|JMC|JPC|JCC|BNC)\b")
_HYPHENED = re.compile(r"([A-Z][\w.]+)\s*[-–]\s*([A-Z][\w.]+)")
_TWO_PARTY_FORMAT = re.compile(f"{_FORMAT_KIND.pattern}|{_HYPHENED.pattern}")


_BETWEEN_TWO = re.compile(r"\b(?:Talks|Consultations|Commission|Committee|Dialogue)\s+between\s+(?:the\s+)?(?P<a>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)\s+and\s+(?:the\s+)?"
                          r"(?P<b>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)\b(?!\s+and\b|,)")


def states_between(ctx: Context) -> list[str | None]:
    """The two states of the format the release names "between A and B" ("The 25th Round of
    Boundary Talks between Bhutan and China"), as keys, else none."""
    for m in _BETWEEN_TWO.finditer(ctx.release.text):
        a, b = ctx.lexicon.state(m["a"]), ctx.lexicon.state(m["b"])
        if a is not None and b is not None and a.code != b.code:
            return [f"state:{a.code}", f"state:{b.code}"]
    return []


def past_sessions(ctx: Context, pair: list[str | None]) -> list[Interaction]:
    """Past sessions of the format of the release's two states (``pair``, the states of its
    first two-party talks), dated and placed as the text says; a past session of a
    many-party format named in full ("The 60th round of the Geneva International Discussions
    took place in Geneva in December 2023") is a multilateral event."""
    out: list[Interaction] = []
    released = ctx.release.date or ""
    for sentence in ctx.sentences:
        for m in _PAST_SESSION.finditer(sentence.text) if may_match(sentence.text, _PAST_SESSION_STEMS) else ():
            place = m["place"]
            while " " in place and not (ctx.lexicon.place(place) or city(place)):
                place = place.rsplit(" ", 1)[0]  # ("in Bandar Seri Begawan in", "in Dili in")
            after = sentence.text[m.start("place") + len(place): m.start("place") + len(place) + 40]
            when = next((d for s, _, d in find_dates(after, ctx.release.date) if s <= 12), None) or \
                past_month(after, released)
            if not when or (released and when >= released[:len(when)]):
                continue  # undated, or not yet past
            if released and not long_before(when, released):
                continue  # ("The 25th Round of Talks ... was held in Beijing" yesterday: the release's own event)
            if ctx.lexicon.state(place) or not (ctx.lexicon.place(place) or city(place)):
                continue
            name = re.sub(r"[,\s]+$", "", m["name"])
            # ("the fifth Trilateral Meeting ..., building on the work done since the fourth meeting in
            # this format, held in Nicosia": the last session named is the one held there)
            last = [o.start() for o in _ORDINAL.finditer(name)]
            name = name[last[-1]:] if len(last) > 1 else name
            if re.search(r"\b(?:to be|will be|would be|is to be|are to be)\s*$", name):
                continue  # "the first meeting of the Commission, to be held in Madrid": a plan
            if re.search(r"(?<!two )(?<!both )\b(?:countries|states|nations|members|ministers|leaders)\b", name):
                # "the first meeting of ... the foreign ministers of Sudan's neighbouring countries"
                out.append(Interaction("multilateral", [], when, place, name, [], ctx.evidence(sentence)))
                continue
            if not _TWO_PARTY_FORMAT.search(name):
                if re.search(r"(?i)summit|conference", name) and re.search(r"\b[A-Z]{2,}|\bof (?:the )?[A-Z]", name):
                    continue  # "The second ACD summit": a multilateral event (see multilateral.py)
                if re.search(r"\bof (?:the )?[A-Z][\w’'\-]*[a-z][\w’'\-]* [A-Z]", name):
                    # "of the Geneva International Discussions": a many-party format, named in full
                    out.append(Interaction("multilateral", [], when, place, name, [], ctx.evidence(sentence)))
                    continue
            if len(pair) != 2 or None in pair or pair[0] == pair[1] or not _of_the_pair(ctx, name, pair):
                continue
            out.append(Interaction("meeting", [ctx.label(k) or "" for k in pair if k], when, place, None, [],
                                   ctx.evidence(sentence)))
    return out


def _of_the_pair(ctx: Context, name: str, pair: list[str | None]) -> bool:
    """Whether a past session's name may be one of the pair's format: named by its kind ("the
    Joint Commission"), or by two sides that are the pair's states ("the Kenya-Tanzania JCC"),
    not by others ("the second Africa-CARICOM Summit")."""
    if _FORMAT_KIND.search(name):
        return True
    sides = _HYPHENED.search(name)
    if sides is None:
        return True
    codes = {f"state:{e.code}" for e in (ctx.lexicon.state(sides[1]), ctx.lexicon.state(sides[2])) if e}
    return codes == set(pair)


# "Speaking at a joint press briefing after their talks, Bourita said ...": talks the release tells
# only by reference, of the two who signed, met or spoke just before.
_THEIR_TALKS = re.compile(r"\b(?:after|following|during|at the end of|in the course of) (?:their|the) "
                          r"(?:(?:bilateral|official|first|working|extended|restricted) )?(?:talks|meeting|negotiations)\b"
                          # ("The signing followed more than three hours of talks, held first in a restricted format")
                          r"|^The (?:signing|ceremony) (?:followed|came after) (?:[\w\-]+ ){0,6}?(?:talks|negotiations)\b")


def talks_by_reference(ctx: Context, interactions: list[Interaction]) -> list[Interaction]:
    """The meeting of the pair of the last two-person event before "after their talks", where the
    release reports none of theirs."""
    for idx, sentence in enumerate(ctx.sentences):
        told = _THEIR_TALKS.search(sentence.text) if may_match(sentence.text, ("talks", "meeting", "negotiations")) else None
        if told is None:
            continue
        # ("A and B on Saturday agreed to ... during their bilateral meeting": the two the sentence opens
        # with, on the day it names)
        named = list(dict.fromkeys(ctx.label(f"person:{r.key}") for r in ctx.refs[idx]
                                   if r.kind == "person" and r.end - sentence.start <= told.start()))
        if len(named) == 2 and told.group(0).split()[1] == "their" and all(named) and \
                not any(i.evidence and i.evidence.start == sentence.start and i.type in ("meeting", "call")
                        for i in interactions):
            when = one_day(ctx, sentence.text, sentence.start)
            return [Interaction("meeting", [n or "" for n in named], when, None, None, [], ctx.evidence(sentence))]
        last = next((i for i in reversed(interactions) if len(i.participants) == 2 and i.evidence
                     and i.evidence.start < sentence.start and i.type in ("signing", "meeting", "call")
                     and all(p and not ctx.lexicon.state(p) for p in i.participants)), None)
        pair = last.participants if last else None
        # (a meeting of theirs told as past, "The two Presidents last met in October in Kazan", is another)
        if pair and not any(i.type in ("meeting", "call") and set(i.participants) == set(pair)
                            and not (i.evidence and LAST_MET.search(i.evidence.sentence)) for i in interactions):
            # (on the day and at the place of the event they came before or after)
            return [Interaction("meeting", list(pair), last.date, last.place, None, [], ctx.evidence(sentence))]
    return []
