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

from kg.sources.dates import find_dates
from kg.extract.clauses import is_plan as _is_plan, place_in as _place_in
from kg.extract.context import ActorRef, Context
from kg.extract.text import Sentence, U
from kg.lexicon import fold
from kg.records import Interaction

TRIGGERS: list[tuple[str, re.Pattern[str]]] = [
    ("correspondence", re.compile(
        r"\b(?:handed over|conveyed|delivered|sent|passed on|transmitted|received)\b[^.;]{0,60}?\b(?:message|letter|greetings|invitation letter)\b"
        r"|\b(?:message|letter) (?:from|of) [^.;]{0,60}?\b(?:was|were) (?:handed|conveyed|delivered|sent)"
        r"|\bfor (?:his|her|their) (?:\w+ ){0,2}(?:letter|message)\b", re.I)),
    ("call", re.compile(
        r"\b(?:spoke|speaks|talked) (?:(?:today|yesterday|by (?:tele)?phone|on the (?:tele)?phone|by video(?:conference| link)?|"
        r"virtually|separately|also) ){0,2}(?:with|to)\b"
        r"|\b(?:held|had|holds) (?:a |an )?(?:\w+ )?(?:telephone|phone|video) (?:conversation|call|talks|conference)"
        r"|\b(?:telephone|phone|video) (?:conversation|call|talks)\b|\bvideoconference\b|\bvideo ?conference\b"
        r"|\bvideo link\b|\bvirtual (?:meeting|talks)\b|\bcall (?:with|between)\b", re.I)),
    ("signing", re.compile(
        r"\b(?:signed|signs|inked)\b(?! up)|\bsigning\b|\bput (?:their|his|her) signatures?\b", re.I)),
    ("visit", re.compile(
        r"\b(?:paid|pays|paying|is paying|was paying|made|makes|conducted|conducts|undertook|undertakes|began|begins|"
        r"started|concluded|concludes|completed|completes|wrapped up) (?:an? |his |her |their |the )?(?:[\w\-]+ ){0,3}visit (?:to|in)\b"
        r"|\b(?:visited|visits|is visiting|was visiting|arrived (?:in|at)|arrives in|toured|travell?ed to|travels to)\b"
        r"|\bon an? (?:\w+ ){0,2}visit\b|(?:’s|'s) (?:\w+ ){0,2}(?:visit|trip|travel) to\b"
        r"|\b(?:state |official |working )?visit (?:of|by)\b"
        r"|\b(?:during|on|as part of) (?:his|her|their|an?|the) (?:\w+ ){0,3}(?:visit|trip|tour) (?:to|of|in)\b"
        r"|\b(?:his|her|their) (?:\w+ ){0,2}(?:visit|trip) to\b"
        r"|\bvisit (?:to|of) [^.;]{0,40}?(?:took place|was held)\b|\bwelcomed? (?:\w+ ){0,4}to (?=" + U + ")", re.I)),
    ("meeting", re.compile(
        r"\b(?:met|meets|met with|meets with|received|receives|hosted|hosts)\b(?! (?:the (?:news|decision|proposal|initiative)|with (?:interest|satisfaction)))"
        r"|\b(?:held|hold|holds|had|conducted) (?:(?!begun\b|been\b|started\b)\w+ ){0,3}(?:talks|meeting|meetings|consultations|negotiations|discussions|dialogue|round)\b"
        r"|\b(?:talks|negotiations|a meeting|meeting|meetings) (?:(?:was |were )?held )?with\b"
        r"|\b(?:talks|negotiations|consultations|a meeting|meeting|meetings) (?:was |were )?(?:held|took place)\b[^.;]{0,40}?\bbetween\b"
        r"|\bpresented (?:\w+ ){0,2}(?:credentials|letters of credence|copies)\b|\bco-?chaired\b"
        r"|\b(?:called|calls|paid a courtesy call) on\b(?= (?:[A-Z]|the [A-Z]|H\.E\.))"
        r"|\bmeeting (?:was|took)\b|\bmeeting\b[^.;]{0,160}?\bbetween\b|\bmeeting of\b[^.;]{0,120}?\bwith\b", re.I)),
]
# A cheap test before the trigger patterns: sentences without these stems have none.
_TRIGGER_STEMS = re.compile(r"met\b|meet|receiv|host|talk|consult|negotiat|dialogue|round|credential|chair|called on|"
                            r"sideline|margin|spoke|speak|phone|call|video|virtual|sign|ink|visit|arriv|tour|travel|"
                            r"trip|welcom|message|letter|greeting|conversation|conferenc|join")
CLAUSE_BREAK = re.compile(r"[;:]|,? and (?:noted|stressed|emphasi[sz]ed|said|added|expressed|underlined|pointed out|"
                          r"thanked|recalled|highlighted|welcomed|reaffirmed|confirmed)\b"
                          r"|, and (?:then |later |also )?(?:held|had|met|paid|made|visited|signed|toured|spoke)\b|\b(?:to discuss|to exchange|and discussed|discussed|where|which|who|in order to|during which|about|regarding|concerning|on (?:the|issues|matters|bilateral|regional|cooperation)|to (?:express|highlight|review|learn|reaffirm|strengthen|celebrate|thank))\b"
                          r"|(?<![A-Z])(?<!Mr)(?<!Mrs)(?<!Ms)(?<!Dr)(?<!St)\.\s")


def interactions_step(ctx: Context) -> None:
    """requires: refs, sentences · assigns: record.interactions"""
    interactions: list[Interaction] = []
    # "The sides", "the ministers": the participants of the last meeting or call.
    last_pair: list[str] = []
    for idx, sentence in enumerate(ctx.sentences):
        text = sentence.text
        refs = ctx.refs[idx]
        taken: list[tuple[int, int]] = []
        # Sentences without these stems have no trigger (nor "joined by"), only maybe "A and B discussed".
        triggers = TRIGGERS if _TRIGGER_STEMS.search(text.lower()) else ()
        for kind, pattern in triggers:
            for m in pattern.finditer(text):
                if any(a < m.end() and m.start() < b for a, b in taken):
                    continue
                if _is_plan(text, m.start(), m.end()):
                    continue
                if kind == "meeting" and _RELATIVE_HOST.search(text[max(0, m.start() - 80): m.start()]):
                    continue  # "the SEECP Summit, which President X hosted": X hosted the event, not a meeting
                if idx == 0 and re.search(r"\b(?:[Tt]ravel|[Tt]rip|[Tt]our)\b", m.group(0)):
                    continue  # a headline "X's Travel to Y" announces; the body says when
                built = _build(ctx, kind, sentence, refs, m, last_pair)
                if built is None:
                    continue
                keys, it = built
                taken.append((m.start(), m.end()))
                interactions.extend(split_bilateral(ctx, keys, it))
                if kind in ("meeting", "call") and len(keys) == 2:
                    last_pair = keys
        if not taken and _TALKED.search(text):
            talked = _talked(ctx, sentence, refs, interactions)
            if talked is not None:
                interactions.append(talked)
        joined = _JOINED.search(text)
        if joined and interactions and interactions[-1].type in ("meeting", "call", "multilateral"):
            extra = _object_keys([r for r in refs if r.start >= sentence.start + joined.end()],
                                 sentence.start + joined.end(), sentence, last_pair, allow_states=True)
            for key in extra:
                label = ctx.label(key) or ""
                if label and label not in interactions[-1].participants:
                    interactions[-1].participants.append(label)
    interactions.extend(ctx.extra_interactions)
    led = delegation_talks(ctx)
    if led is not None:
        # The delegations' heads stand for "the United States and Thailand met", and for
        # any meeting among states, bodies and those heads: the same talks.
        others = {person.name for person in ctx.persons.values()} - set(led.participants)
        interactions = [i for i in interactions if not (i.type in ("meeting", "call") and not others & set(i.participants))]
        interactions.append(led)
    from kg.extract.multilateral import multilateral_events

    interactions.extend(multilateral_events(ctx))
    ctx.record.interactions = _dedupe(interactions)


# "A and B discussed ...": two named persons as the subject of a verb of talks report
# talks without a trigger word. Only named persons: "the sides discussed" repeats the
# last meeting or call.
_PAIR_GAP = re.compile(r"(?:\s+of\s+(?:the\s+)?(?:[\w.\-’']+\s+){0,3}?[\w.\-’']+)?,?\s+and\s+(?:[\w.\-’']+,?\s+){0,6}")
_TALKED = re.compile(r",?\s+(?:also\s+|then\s+|later\s+)?(?:discussed|exchanged views|reviewed|considered|"
                     r"(?:used|had|held) (?:their|a|the) (?:\w+ )?(?:meeting|talks|conversation|discussion))\b")


def _talked(ctx: Context, sentence: Sentence, refs: list[ActorRef], earlier: list[Interaction]) -> Interaction | None:
    base = sentence.start
    for i, second in enumerate(refs):
        if i == 0 or second.kind != "person" or not _TALKED.match(sentence.text, second.end - base):
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
        when = _date_in(ctx, sentence, second.end - base, second.end - base)
        return Interaction("meeting", names, when, _place_in(ctx, sentence), None, [], ctx.evidence(sentence))
    return None


_RELATIVE_HOST = re.compile(r",\s+(?:which|that)\s+(?:[\w.\-’']+\s+){1,6}$")
_JOINED = re.compile(r"\b(?:were|was|are|is) (?:also )?joined by\b")


_LED = re.compile(r"\b(?:led|headed|leads|heads|chaired)\s+the\s+(?:[\w.\-’']+\s+){0,3}?delegation\b"
                  r"|\b(?:hosted|opened)\s+the\s+(?:[\w.\-’']+\s+){0,6}?(?:Consultations|Dialogue|consultations|"
                  r"dialogue|talks)\b")
_HEADS = re.compile(r",?\s+(?:and|with|together with|accompanied by)\s+(?:a|an|the|his|her|their)\s+"
                    r"(?:[\w.\-’']+\s+){0,3}?delegation\b")
_LED_BY = re.compile(r"\b(?:delegation|side|team),?\s+(?:was\s+)?(?:co-)?(?:led|headed)\s+by\b")


def delegation_talks(ctx: Context) -> Interaction | None:
    """Consultations reported through their delegations: "A led the U.S. delegation,
    and B led the Thai delegation" is a meeting of A and B (a call when held virtually)."""
    leaders: list[str] = []
    evidence = None
    for idx, sentence in enumerate(ctx.sentences):
        text = sentence.text
        for m in _LED.finditer(text):
            persons = [r for r in ctx.refs[idx] if r.kind == "person" and r.end - sentence.start <= m.start()
                       and _near(text[r.end - sentence.start: m.start()])]
            for r in persons:
                if r.key not in leaders:
                    leaders.append(r.key)
                    evidence = evidence or ctx.evidence(sentence)
        for r in ctx.refs[idx]:
            # "hosted Foreign Minister X and a delegation from ...": X heads a delegation.
            if r.kind == "person" and r.key not in leaders and _HEADS.match(text, r.end - sentence.start):
                leaders.append(r.key)
                evidence = evidence or ctx.evidence(sentence)
        for m in _LED_BY.finditer(text):
            # Within the sentence: a stop at ". " would cut "co-led by U.S. Agency for ..." short.
            stop = re.search(r",\s+and\s+(?:included|comprised|consisted)|;", text[m.end():])
            limit = m.end() + (stop.start() if stop else len(text))
            for r in ctx.refs[idx]:
                if r.kind == "person" and m.end() <= r.start - sentence.start < limit and r.key not in leaders:
                    leaders.append(r.key)  # "co-led by A and B"
                    evidence = evidence or ctx.evidence(sentence)
    if len(leaders) < 2:
        return None
    kind = "call" if re.search(r"\b(?:virtually|virtual|videoconference|video link|by video)\b", ctx.release.text) else "meeting"
    return Interaction(kind, [ctx.label(f"person:{k}") or "" for k in leaders], None, None, None, [], evidence)


_PASSIVE = re.compile(r"\s*(?:\w+\s+){0,3}?by\b")
_LIST_GAP = re.compile(r"^[\s,]*(?:and\s+)?(?:the\s+)?(?:(?:[A-Z][\w\-]+\s+){1,4}of\s+(?:the\s+)?)?$")
_OBJECT_LEAD = re.compile(r"^[\s,]*(?:with\s+|to\s+)?(?:the\s+)?(?:[\w\-]+\s+){0,4}(?:of|from|at|in)?\s*(?:the\s+)?$")


def _build(ctx: Context, kind: str, sentence: Sentence, refs: list[ActorRef], m: re.Match[str],
           last_pair: list[str]) -> tuple[list[str], Interaction] | None:
    """The interaction a trigger reports, with its participants' keys, or None when the
    sentence does not name two parties."""
    base = sentence.start
    t_start, t_end = base + m.start(), base + m.end()
    clause_end = sentence.end
    tail = sentence.text[m.end():]
    br = CLAUSE_BREAK.search(tail)
    if br:
        clause_end = t_end + br.start()
    clause_start = base + max(sentence.text.rfind(";", 0, m.start()) + 1, 0)
    before = [r for r in refs if clause_start <= r.start and r.end <= t_start]
    after = [r for r in refs if r.start >= t_end and r.end <= clause_end]
    when = _date_in(ctx, sentence, m.start(), m.end())
    place = _place_in(ctx, sentence)
    ev = ctx.evidence(sentence)
    trigger = m.group(0).lower()

    if kind == "visit":
        visitor = _visitor(ctx, sentence, before, after, trigger, last_pair)
        target = _visited(ctx, sentence, t_end, clause_end) or _visited(ctx, sentence, max(clause_start, t_start - 45), t_start)
        if not visitor or not target or visitor == target or _state_of(ctx, visitor) == target:
            return None
        keys = [visitor, target]
        visit = Interaction("visit", [ctx.label(k) or "" for k in keys], when, place, None, [], ev)
        host = _persons(before)[-1:] if trigger.startswith("welcome") else []
        if host and host[0] != visitor:  # the host who welcomed the visitor met them
            ctx.extra_interactions.append(Interaction("meeting", [ctx.label(host[0]) or "", ctx.label(visitor) or ""],
                                                      when, place, None, [], ev))
        for more in _more_destinations(ctx, sentence, target, clause_end):
            if more != _state_of(ctx, visitor):
                ctx.extra_interactions.append(Interaction("visit", [ctx.label(visitor) or "", ctx.label(more) or ""],
                                                          when, place, None, [], ev))
        return keys, visit

    if kind == "correspondence" and trigger.startswith("for "):
        # "thanked her counterpart for his letter": from the counterpart to the subject.
        everyone = [r for r in refs if r.kind == "person"]
        sender = _persons(before)[-1:] if before else []
        recipient = _key(everyone[0]) if everyone else None
        if not sender or not recipient or sender[0] == recipient:
            return None
        keys = [sender[0], recipient]
        return keys, Interaction("correspondence", [ctx.label(k) or "" for k in keys], when, place, None, [], ev)
    if kind == "correspondence":
        sender = _after_word(sentence, refs, m, "from") or _after_word(sentence, refs, m, "of") or \
            _first(_persons(before) or [_key(r) for r in before[-1:]])
        recipient = _after_word(sentence, refs, m, "to") or _first(_persons(after) or _persons(before)[-1:])
        if m.group(0).lower().startswith("received") and sender and recipient == sender:
            recipient = None
        if not sender or not recipient or sender == recipient:
            return None
        keys = [sender, recipient]
        return keys, Interaction("correspondence", [ctx.label(k) or "" for k in keys], when, place, None, [], ev)

    if kind == "meeting" and trigger.endswith("between"):
        # "the meeting held in Granada ... between A, B, C and D": those four, not the reporter.
        people = _unique([_key(r) for r in after if r.kind == "person"])
        if len(people) < 2:
            return None
        return people, Interaction("meeting", [ctx.label(k) or "" for k in people], when, place, None, [], ev)
    if kind == "meeting" and trigger.startswith("meeting of"):
        # "the meeting of President A with Prime Minister B": A, named inside the trigger, and B.
        inside = [_key(r) for r in refs if r.kind == "person" and t_start <= r.start and r.end <= t_end]
        people = _unique(inside[-1:] + [_key(r) for r in after if r.kind == "person"][:1])
        if len(people) < 2:
            return None
        return people, Interaction("meeting", [ctx.label(k) or "" for k in people], when, place, None, [], ev)
    if kind == "meeting" and trigger.startswith(("called on", "calls on", "paid a courtesy call")) and \
            not any(r.kind == "person" for r in after):
        return None  # "called on Russia to withdraw": an appeal, not a meeting
    subject = _subject_keys(before, last_pair, sentence.text, base, t_start)
    passive = _PASSIVE.match(tail) is not None
    objects = _object_keys(after, t_end, sentence, last_pair, allow_states=kind != "signing")
    if passive and len(_only_persons(objects)) >= 2 and kind != "signing":
        subject = []
    if kind == "signing":
        # Signatories: the persons (or states) who signed, never the states a document names.
        if re.match(r"\s*by\b", tail):  # "the Declaration, signed by A and B"
            subject = []
        participants = _unique(_only_persons(subject) + _only_persons(
            objects if re.search(r"\bwith\b", tail[:40]) or re.match(r"\s*by\b", tail) else []))
        if len(participants) < 2 and not _only_persons(subject):
            participants = _unique(subject)
        if len(participants) < 2:
            return None
        return participants, Interaction("signing", [ctx.label(k) or "" for k in participants], when, place,
                                         None, [], ev)
    participants = _unique(subject + objects)
    persons = _only_persons(participants)
    if len(persons) >= 2:
        participants = persons + [p for p in participants if p.startswith("org:") and p in objects
                                  and not _only_persons(objects)]
    if len(participants) < 2:
        return None
    return participants, Interaction(kind, [ctx.label(p) or "" for p in participants], when, place, None, [], ev)


def split_bilateral(ctx: Context, keys: list[str], it: Interaction) -> list[Interaction]:
    """"X met A, B and C" of one state is three meetings; with ministers of several
    states it is one group meeting (every pair took part)."""
    if it.type != "meeting" or len(keys) < 3:
        return [it]
    sentence = it.evidence.sentence if it.evidence else ""
    separate = re.search(r"\b(?:separate|bilateral) (?:meetings|talks)\b", sentence)
    if not separate and re.search(r"\b(?:trilateral|quadrilateral|three-way|four-way|joint meeting)\b", sentence, re.I):
        return [it]  # one meeting of all of them
    states = {ctx.persons[k.split(":", 1)[1]].state for k in keys[1:]
              if k.startswith("person:") and k.split(":", 1)[1] in ctx.persons}
    if len(states - {None}) >= 2 and not separate:
        return [it]
    host = it.participants[0]
    return [Interaction(it.type, [host, other], it.date, it.place, None, list(it.topics), it.evidence)
            for other in it.participants[1:]]


def _key(ref: ActorRef) -> str:
    return ref.key if ref.kind != "person" else f"person:{ref.key}"


def _unique(items: list[str]) -> list[str]:
    seen: list[str] = []
    for i in items:
        if i not in seen:
            seen.append(i)
    return seen


def _state_of(ctx: Context, key: str) -> str | None:
    if key.startswith("person:"):
        person = ctx.persons.get(key.split(":", 1)[1])
        return person.state if person else None
    return None


def _persons(refs: list[ActorRef]) -> list[str]:
    return [_key(r) for r in refs if r.kind == "person"]


def _only_persons(keys: list[str]) -> list[str]:
    return [k for k in keys if k.startswith("person:")]


def _first(keys: list[str]) -> str | None:
    return keys[0] if keys else None


def _after_word(sentence: Sentence, refs: list[ActorRef], m: re.Match[str], word: str) -> str | None:
    """The actor right after "from" / "to" near the trigger ("a message from X to Y")."""
    text = sentence.text
    for w in re.finditer(rf"\b{word}\b", text[max(0, m.start() - 10): m.end() + 120]):
        pos = sentence.start + max(0, m.start() - 10) + w.end()
        nxt = [r for r in refs if r.start >= pos and r.start - pos < 60]
        if nxt and nxt[0].kind in ("person", "state", "org"):
            return _key(nxt[0])
    return None


def _subject_keys(before: list[ActorRef], last_pair: list[str], text: str = "", base: int = 0,
                  trigger_start: int = 0) -> list[str]:
    if not before:
        return []
    if before[-1].kind == "group":
        return list(last_pair)
    persons = [r for r in before if r.kind == "person"]
    if len(persons) > 1 and text and re.search(r"\band\s+(?:also\s+)?(?:then\s+)?$",
                                               text[persons[-1].end - base: trigger_start - base].split(",")[-1]
                                               if "," in text[persons[-1].end - base: trigger_start - base] else ""):
        # "the HR/VP was received by the President, and held meetings with": the sentence's subject.
        return [_key(persons[0])]
    if persons:
        return _unique([_key(r) for r in persons])
    return _unique([_key(r) for r in _list_ending(before)])


def _list_ending(refs: list[ActorRef]) -> list[ActorRef]:
    """The run of states and organisations that ends the list ``refs`` ("the United
    States, Costa Rica, the Dominican Republic, and Panama")."""
    if not refs or refs[-1].kind not in ("state", "org"):
        return refs[-1:]
    run = [refs[-1]]
    return run if len(refs) < 2 else _extend_back(refs, run)


def _extend_back(refs: list[ActorRef], run: list[ActorRef]) -> list[ActorRef]:
    i = len(refs) - 2
    while i >= 0 and refs[i].kind in ("state", "org") and refs[i].end <= run[0].start and \
            run[0].start - refs[i].end <= 7:
        run.insert(0, refs[i])
        i -= 1
    return run


def _object_keys(after: list[ActorRef], t_end: int, sentence: Sentence, last_pair: list[str], *,
                 allow_states: bool) -> list[str]:
    """Who the trigger reaches: the persons after it; else a named body right after it;
    else a list of states right after it ("spoke with the foreign ministers of A, B and C")."""
    if any(r.kind == "group" for r in after[:1]):
        return list(last_pair)
    text = sentence.text
    if after and not _near(text[t_end - sentence.start: after[0].start - sentence.start]):
        return []
    persons = [_key(r) for r in after if r.kind == "person"]
    if persons:
        return _unique(persons)
    out: list[str] = []
    prev_end = t_end
    for i, r in enumerate(after):
        if r.kind == "state" and text[r.end - sentence.start: r.end - sentence.start + 2] in ("’s", "'s") \
                and i + 1 < len(after) and after[i + 1].kind == "org":
            prev_end = r.end + 2
            continue  # "Mongolia's LGBT Center": the body, not the state
        if r.kind not in ("org", "state") or (r.kind == "state" and not allow_states):
            break
        gap = text[prev_end - sentence.start: r.start - sentence.start]
        if r.kind == "org" and re.match(r"\s+(?:[A-Z][\w\-]+\s+){1,3}of\b", text[r.end - sentence.start:]) \
                and not out:
            continue  # "the G7 Foreign Ministers of Canada, ...": the acronym qualifies the list
        if not out and (len(gap) > 60 or not _OBJECT_LEAD.match(gap)):
            break
        if out and not _LIST_GAP.match(gap):
            break
        out.append(_key(r))
        prev_end = r.end
    return out


_LOWER = re.compile(r"\b[a-z][a-z\-]*\b")
_GAP_OK = {"with", "the", "a", "an", "of", "and", "for", "to", "in", "on", "at", "by", "his", "her", "their", "its",
           "today", "yesterday", "also", "separately", "jointly", "virtually", "bilateral", "separate", "official",
           "working", "state", "delegation", "delegations", "members", "staff", "representatives", "head",
           "heads", "newly", "appointed", "visiting", "foreign", "ministers", "minister", "counterparts",
           "counterpart", "colleagues", "leaders", "leadership", "officials", "from", "led", "last", "this",
           "week", "month", "year", "earlier", "later", "day", "same"}


def _near(gap: str) -> bool:
    """Whether the words between a trigger and its first object leave the object its
    object: titles and connectors pass, "received a new impetus after" does not."""
    if len(gap) > 160:
        return False
    words = [w for w in _LOWER.findall(gap) if w not in _GAP_OK]
    return len(words) <= 2


def _visitor(ctx: Context, sentence: Sentence, before: list[ActorRef], after: list[ActorRef], trigger: str,
             last_pair: list[str]) -> str | None:
    if trigger.endswith((" of", " by")):  # "the state visit of President X to China"
        persons = [r for r in after if r.kind == "person"]
        return _key(persons[0]) if persons else None
    if trigger.startswith("welcome"):  # "X welcomed Foreign Minister Y to Warsaw": Y comes
        at = sentence.start + sentence.text.lower().find(trigger)
        persons = [r for r in ctx.refs[ctx.sentences.index(sentence)] if r.kind == "person" and r.start > at]
        return _key(persons[0]) if persons else None
    if trigger.startswith(("during", "on ", "as part of", "his ", "her ", "their ")):
        persons = [r for r in before if r.kind == "person"]
        text = sentence.text
        if persons and re.search(r",\s*who\b", text[persons[-1].end - sentence.start:]):
            return _key(persons[-1])  # "received X, who is in Kazakhstan on an official visit"
        # "during her visit to": the sentence's subject
        persons = [r for r in ctx.refs[ctx.sentences.index(sentence)] if r.kind == "person"]
        return _key(persons[0]) if persons else None
    persons = [r for r in before if r.kind == "person"]
    if persons:
        return _key(persons[-1])
    if before and before[-1].kind == "group":
        return None
    if before and before[-1].kind in ("state", "org"):
        return _key(before[-1])
    return None


_DESTINATION_LEAD = re.compile(r"(?:\bto|\bin|\bvisited|\bvisiting|\bvisits|\btoured|\bof)\s+(?:the\s+)?$")


def _visited(ctx: Context, sentence: Sentence, start: int, end: int) -> str | None:
    """The state visited: a state or a place right after "to", "in", "visited"; else the
    first one in the span."""
    text = ctx.release.text
    candidates = [m for m in ctx.mentions_between(start, min(end, start + 60, sentence.end))
                  if m.kind in ("state", "place")]
    led = [m for m in candidates if _DESTINATION_LEAD.search(text[max(sentence.start, m.start - 14): m.start])
           and m.start - start <= 30]
    for mention in led + candidates:
        if mention.kind == "state":
            return f"state:{mention.key}"
        entry = ctx.lexicon.place(mention.key)
        if entry:
            return f"state:{entry.code}"
    return None


def _more_destinations(ctx: Context, sentence: Sentence, first: str, end: int) -> list[str]:
    """"visit to the ROK and Japan": the states listed after the first destination; not
    "trip to Singapore, the United States and Singapore agreed", where the list is the
    subject of the next clause."""
    text = ctx.release.text
    states = [m for m in ctx.mentions_between(sentence.start, min(end + 40, sentence.end)) if m.kind == "state"]
    out: list[str] = []
    started = False
    prev_end = 0
    for m in states:
        key = f"state:{m.key}"
        if not started:
            if key == first:
                started, prev_end = True, m.end
            continue
        if not _LIST_GAP.match(text[prev_end: m.start]):
            break
        out.append(key)
        prev_end = m.end
    if out and re.match(r"\s+(?!and\b|or\b|in\b|on\b|from\b|to\b|at\b|for\b|with\b)[a-z]+", text[prev_end:]):
        return []  # the list goes on into a verb: it is a new clause's subject
    return out


def _date_in(ctx: Context, sentence: Sentence, start: int, end: int) -> str | None:
    """The date written close to the trigger, else the release date for "today"."""
    skip = ctx.dateline_end - sentence.start  # the dateline's own date is the release's
    # A headline's date is the day it was published ("... speaks with ... (08 Jun. 2022)").
    headline = sentence.start < ctx.release.body_offset
    near = [(min(abs(s - end), abs(start - e)), d) for s, e, d in find_dates(sentence.text, ctx.release.date)
            if s >= start - 50 and e <= end + 80 and s >= skip and not (headline and d == ctx.release.date)]
    if near:
        return min(near)[1]
    if re.search(r"\b(?:today|this morning|this afternoon)\b", sentence.text, re.I):
        return ctx.release.date
    return None


def _dedupe(items: list[Interaction]) -> list[Interaction]:
    calls = {(frozenset(i.participants), i.evidence) for i in items if i.type == "call"}
    # "held talks via videoconference": one call, not a call and a meeting.
    items = [i for i in items if not (i.type == "meeting" and (frozenset(i.participants), i.evidence) in calls)]
    out: list[Interaction] = []
    seen: dict[tuple, Interaction] = {}
    for it in items:
        if it.type == "visit":
            key: tuple = ("visit", tuple(it.participants))
        elif it.type == "multilateral":
            key = ("multilateral", fold(it.name or ""))
        else:
            key = (it.type, frozenset(it.participants))
        kept = seen.get(key)
        if kept is not None and kept.evidence and it.evidence and kept.evidence.start == 0:
            kept.evidence = it.evidence  # the body tells the headline's event: its sentence is the evidence
        if kept is not None:
            # The headline names the call, the body says "today": one call, with its date.
            kept.date = kept.date or it.date
            kept.place = kept.place or it.place
            continue
        seen[key] = it
        out.append(it)
    return out
