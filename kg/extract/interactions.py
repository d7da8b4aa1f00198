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

from kg.dates import find_dates
from kg.extract.context import ActorRef, Context
from kg.extract.text import Sentence, U
from kg.lexicon import fold
from kg.records import Interaction

TRIGGERS: list[tuple[str, re.Pattern[str]]] = [
    ("correspondence", re.compile(
        r"\b(?:handed over|conveyed|delivered|sent|passed on|transmitted|received)\b[^.;]{0,60}?\b(?:message|letter|greetings|invitation letter)\b"
        r"|\b(?:message|letter) (?:from|of) [^.;]{0,60}?\b(?:was|were) (?:handed|conveyed|delivered|sent)", re.I)),
    ("call", re.compile(
        r"\b(?:spoke|speaks|talked) (?:today |yesterday |by (?:tele)?phone |on the (?:tele)?phone )?(?:with|to)\b"
        r"|\b(?:held|had|holds) (?:a |an )?(?:\w+ )?(?:telephone|phone|video) (?:conversation|call|talks|conference)"
        r"|\b(?:telephone|phone|video) (?:conversation|call|talks)\b|\bvideoconference\b|\bvideo ?conference\b"
        r"|\bvideo link\b|\bvirtual (?:meeting|talks)\b|\bcall (?:with|between)\b", re.I)),
    ("signing", re.compile(
        r"\b(?:signed|sign|signs|inked|concluded)\b(?! up)|\bsigning (?:ceremony|of)\b|\bput (?:their|his|her) signatures?\b", re.I)),
    ("visit", re.compile(
        r"\b(?:paid|pays|paying|is paying|was paying|made|makes) (?:an? |his |her |their |the )?(?:\w+ ){0,3}visit (?:to|in)\b"
        r"|\b(?:visited|visits|is visiting|was visiting|arrived (?:in|at)|arrives in|toured)\b"
        r"|\b(?:during|on|as part of) (?:his|her|their|an?|the) (?:\w+ ){0,3}(?:visit|trip|tour) (?:to|of|in)\b"
        r"|\bvisit (?:to|of) [^.;]{0,40}?(?:took place|was held)\b|\bwelcomed? (?:\w+ ){0,4}to (?=" + U + ")", re.I)),
    ("meeting", re.compile(
        r"\b(?:met|meets|met with|meets with|received|receives|hosted|hosts|welcomed)\b(?! (?:by|the (?:news|decision|proposal|initiative)|with (?:interest|satisfaction)))"
        r"|\b(?:held|hold|holds|had|conducted) (?:\w+ ){0,3}(?:talks|meeting|meetings|consultations|negotiations|discussions|dialogue|round)\b"
        r"|\b(?:talks|negotiations|a meeting|meeting|meetings) with\b"
        r"|\bpresented (?:\w+ ){0,2}(?:credentials|letters of credence|copies)\b|\bco-?chaired\b"
        r"|\bon the (?:sidelines|margins) of\b|\bmeeting (?:was|took)\b", re.I)),
]
# A trigger inside these is a plan, an invitation or a wish, not something that happened.
PLAN = re.compile(
    r"\b(?:will|would|shall|to be held|plans? to|planned|planning|intends? to|intention to|agreed to|agree to|"
    r"invited|invitation to|look(?:s|ed)? forward|upcoming|scheduled|next (?:round|meeting)|expected to|"
    r"is to|are to|proposed to|suggested|ready to|readiness to|could|may|might|hope to|hopes to|"
    r"aims? to|preparation of|prepare|preparing|to visit|to hold|to meet|Will|Would)\b")
CLAUSE_BREAK = re.compile(r"[;:]|\b(?:to discuss|to exchange|and discussed|where|which|who|in order to|during which)\b|\.\s")

GROUP_REFS = re.compile(r"\b(?:the sides|both sides|the parties|both parties|the two sides|the ministers|both ministers|the two ministers|both leaders|the leaders|the two leaders|they)\b", re.I)
DESCRIPTOR = re.compile(
    rf"\b(?:the|his|her|its) (?:(?P<adj>{U}[\w\-]+) )?(?P<noun>(?:Deputy |Vice |Foreign |Prime |First |Assistant |Under |Acting |Special )*"
    r"(?:Secretary(?:-General)?|Minister|President|Head of State|Head of Government|Chairperson-in-Office|Chairman-in-Office|"
    r"Chairman|Chairperson|Speaker|Ambassador|Envoy|Representative|Premier|Chancellor|King|Emir|diplomat|guest|counterpart|"
    r"head of (?:the )?(?:[\w\-]+ )?delegation|Director-General|High Representative|Spokesperson|Special Representative|minister|"
    r"president|ambassador|secretary|foreign minister|head of state))\b")
PRONOUN = re.compile(r"^(?:He|She)\b|\b(?:he|she)\b")


def references_step(ctx: Context) -> None:
    """requires: persons, mentions · assigns: refs (actor references per sentence)"""
    ctx.refs = []
    last_person: str | None = None
    for idx, sentence in enumerate(ctx.sentences):
        refs: list[ActorRef] = []
        covered: list[tuple[int, int]] = []
        for pm in ctx.person_mentions[idx]:
            entity = _person_for(ctx, pm.name)
            if entity:
                refs.append(ActorRef(pm.start, pm.end, "person", entity, pm.name))
                covered.append((pm.start, pm.end))
                for office in pm.offices:
                    covered.append((office.start, office.end))
        text = sentence.text
        base = sentence.start
        for p in ctx.persons.values():  # surnames and known forms not caught as mentions
            for form in {p.name, *p.aliases}:
                for m in re.finditer(rf"(?<![\w\-]){re.escape(form)}(?![\w\-])", text):
                    s, e = base + m.start(), base + m.end()
                    if not any(a <= s < b or a < e <= b for a, b in covered):
                        refs.append(ActorRef(s, e, "person", p.key, form))
                        covered.append((s, e))
        for m in DESCRIPTOR.finditer(text):
            s, e = base + m.start(), base + m.end()
            if any(a <= s < b or a < e <= b for a, b in covered):
                continue
            who = _resolve_descriptor(ctx, m.group("adj"), m.group("noun"), last_person, idx)
            if who:
                refs.append(ActorRef(s, e, "person", who, m.group(0)))
                covered.append((s, e))
        for m in PRONOUN.finditer(text):
            s = base + m.start()
            # "Mr. Lajčák visited Kazakhstan, and he held meetings": the sentence's own
            # subject first, else the last person of the sentence before.
            earlier = [r for r in refs if r.kind == "person" and r.end <= s]
            who = earlier[0].key if earlier else last_person
            if who and not any(a <= s < b for a, b in covered):
                refs.append(ActorRef(s, base + m.end(), "person", who, m.group(0)))
        for m in GROUP_REFS.finditer(text):
            refs.append(ActorRef(base + m.start(), base + m.end(), "group", m.group(0).lower(), m.group(0)))
        for mention in ctx.mentions:
            if base <= mention.start < sentence.end and mention.kind in ("state", "org"):
                if not any(a <= mention.start < b for a, b in covered):
                    kind = "state" if mention.kind == "state" else "org"
                    refs.append(ActorRef(mention.start, mention.end, kind, f"{kind}:{mention.key}", mention.text))
        refs.sort(key=lambda r: r.start)
        ctx.refs.append(refs)
        persons_here = [r for r in refs if r.kind == "person"]
        if persons_here:
            last_person = persons_here[0].key


def _person_for(ctx: Context, name: str) -> str | None:
    for p in ctx.persons.values():
        if name == p.name or name in p.aliases:
            return p.key
    return None


def _resolve_descriptor(ctx: Context, adjective: str | None, noun: str, last: str | None, idx: int) -> str | None:
    """'the Secretary' → the person whose office says Secretary; 'the Kazakh diplomat' →
    the person of Kazakhstan; 'his counterpart' / 'the guest' → the other main person."""
    state = None
    if adjective:
        entry = ctx.lexicon.state(adjective)
        state = f"state:{entry.code}" if entry else None
        if entry is None and adjective not in ("OSCE", "UN", "EU") and not ctx.lexicon.organization(adjective):
            noun = f"{adjective} {noun}"
    low = noun.lower()
    candidates = list(ctx.persons.values())
    if state:
        candidates = [p for p in candidates if p.state == state or any(o == state for _, o, _ in p.offices)]
    if low in ("counterpart", "guest"):
        others = [p for p in candidates if p.key != last]
        if low == "guest" and ctx.home_state:
            others = [p for p in others if p.state != f"state:{ctx.home_state}"] or others
        return _most_prominent(ctx, others)
    if low in ("diplomat",) or low.startswith("head of") and "delegation" in low:
        if low.startswith("head of"):
            org_word = low.split()[-2] if len(low.split()) > 3 else ""
            pool = [p for p in candidates if any(org_word and org_word in fold(t) for t, _, _ in p.offices)]
            if not pool and org_word:
                org = ctx.lexicon.organization(org_word.upper())
                pool = [p for p in candidates if org and any(o == f"org:{org.key}" for _, o, _ in p.offices)]
            candidates = pool or candidates
        return _most_prominent(ctx, candidates)
    if low == "head of state":
        pool = [p for p in candidates if any(re.search(r"\b(?:President|King|Emir|Sultan|Queen)\b", t) and
                                             "Vice" not in t for t, _, _ in p.offices)]
        return _most_prominent(ctx, pool)
    words = [w for w in re.split(r"[\s\-]+", low) if w not in ("the",)]
    pool = [p for p in candidates if any(all(w in fold(t) for w in words) for t, _, _ in p.offices)]
    return _most_prominent(ctx, pool)


def _most_prominent(ctx: Context, pool: list) -> str | None:
    if not pool:
        return None
    return min(pool, key=lambda p: p.first).key


def interactions_step(ctx: Context) -> None:
    """requires: refs, sentences · assigns: record.interactions"""
    interactions: list[Interaction] = []
    main_pair: list[str] = []
    for idx, sentence in enumerate(ctx.sentences):
        text = sentence.text
        refs = ctx.refs[idx]
        taken: list[tuple[int, int]] = []
        for kind, pattern in TRIGGERS:
            for m in pattern.finditer(text):
                if any(a < m.end() and m.start() < b for a, b in taken):
                    continue
                if _is_plan(text, m.start(), m.end()):
                    continue
                it = _build(ctx, kind, sentence, refs, m, main_pair)
                if it is None:
                    continue
                taken.append((m.start(), m.end()))
                interactions.extend(split_bilateral(it))
                if kind in ("meeting", "call") and not main_pair:
                    main_pair = [p for p in it.participants]
    interactions.extend(multilateral_events(ctx))
    ctx.record.interactions = _dedupe(interactions)


def _is_plan(text: str, start: int, end: int) -> bool:
    window = text[max(0, start - 60): start]
    clause = re.split(r"[,;]| and (?=[a-z]+ed\b)", window)[-1]
    if PLAN.search(clause):
        return True
    after = text[end: end + 25]
    return bool(re.match(r"\s*(?:is|are) (?:planned|scheduled|expected)", after))


def _build(ctx: Context, kind: str, sentence: Sentence, refs: list[ActorRef], m: re.Match[str],
           main_pair: list[str]) -> Interaction | None:
    base = sentence.start
    t_start, t_end = base + m.start(), base + m.end()
    clause_end = sentence.end
    tail = sentence.text[m.end():]
    br = CLAUSE_BREAK.search(tail)
    if br:
        clause_end = t_end + br.start()
    before = [r for r in refs if r.end <= t_start]
    after = [r for r in refs if r.start >= t_end and r.end <= clause_end]
    subject = _subject(before, main_pair)
    objects = _objects(after, main_pair)
    when = _date_in(ctx, sentence, m.start(), m.end())
    place = _place_in(ctx, sentence)
    ev = ctx.evidence(sentence)
    if kind == "visit":
        visitor = subject[:1] or [r for r in objects if r.startswith(("person:", "state:"))][:1]
        target = _visited(ctx, sentence, t_end, clause_end)
        if not visitor or not target or visitor[0] == target:
            return None
        return Interaction("visit", [ctx.label(visitor[0]) or "", ctx.label(target) or ""], when, place, None, [], ev)
    if kind == "correspondence":
        parts = _unique(subject + objects)
        if len(parts) < 2:
            return None
        return Interaction("correspondence", [ctx.label(p) or "" for p in parts[:2]], when, place, None, [], ev)
    participants = _unique(subject + objects)
    if kind == "meeting" and m.group(0).lower().startswith(("meeting", "talks", "consultations", "a meeting")):
        participants = _unique(subject + objects) if subject else _unique(objects)
    persons = [p for p in participants if p.startswith("person:")]
    if len(persons) >= 2:
        participants = persons
    if len(participants) < 2:
        return None
    return Interaction(kind, [ctx.label(p) or "" for p in participants], when, place, None, [], ev)


def split_bilateral(it: Interaction) -> list[Interaction]:
    """"X met A, B and C" is three meetings of X, not one of four people."""
    if it.type != "meeting" or len(it.participants) < 3:
        return [it]
    host = it.participants[0]
    return [Interaction(it.type, [host, other], it.date, it.place, None, list(it.topics), it.evidence)
            for other in it.participants[1:]]


def _subject(before: list[ActorRef], main_pair: list[str]) -> list[str]:
    if not before:
        return []
    last = before[-1]
    if last.kind == "group":
        return list(main_pair)
    # "X and Y held talks": both, when joined by "and".
    persons = [r for r in before if r.kind == "person"]
    if persons:
        return [_key(persons[-1])] if len(persons) == 1 else [_key(persons[-1])]
    return [_key(last)]


def _objects(after: list[ActorRef], main_pair: list[str]) -> list[str]:
    out: list[str] = []
    for r in after:
        if r.kind == "group":
            out.extend(main_pair)
            continue
        out.append(_key(r))
    persons = [o for o in out if o.startswith("person:")]
    return persons or out


def _key(ref: ActorRef) -> str:
    return ref.key if ref.kind != "person" else f"person:{ref.key}"


def _unique(items: list[str]) -> list[str]:
    seen: list[str] = []
    for i in items:
        if i not in seen:
            seen.append(i)
    return seen


def _visited(ctx: Context, sentence: Sentence, start: int, end: int) -> str | None:
    for mention in ctx.mentions:
        if start <= mention.start < end + 40 and mention.start < sentence.end:
            if mention.kind == "state":
                return f"state:{mention.key}"
            if mention.kind == "place":
                entry = ctx.lexicon.place(mention.key)
                if entry:
                    return f"state:{entry.code}"
    return None


def _date_in(ctx: Context, sentence: Sentence, start: int, end: int) -> str | None:
    """The date written close to the trigger, else the release date for "today"."""
    near = [(min(abs(s - end), abs(start - e)), d) for s, e, d in find_dates(sentence.text, ctx.release.date)
            if s >= start - 50 and e <= end + 80]
    if near:
        return min(near)[1]
    if re.search(r"\b(?:today|this morning|this afternoon)\b", sentence.text, re.I):
        return ctx.release.date
    return None


def _place_in(ctx: Context, sentence: Sentence) -> str | None:
    for mention in ctx.mentions:
        if mention.kind == "place" and sentence.start <= mention.start < sentence.end:
            before = ctx.release.text[max(sentence.start, mention.start - 12): mention.start]
            if re.search(r"\b(?:in|at|to)\s+(?:the\s+)?$", before):
                return mention.text
    return None


MULTILATERAL = re.compile(
    rf"(?:(?:the|The)\s+)?((?:[0-9]+(?:st|nd|rd|th)\s+|{U}[\w'’\-]*\s+|(?:of|on|for|and|the|in)\s+)*?"
    r"(?:Summit|Ministerial|Ministerial Meeting|Forum|Conference|Session|Congress|Council Meeting|Dialogue|Meeting)"
    rf"(?:\s+(?:of|on|for)\s+(?:the\s+)?{U}[\w'’\-]*(?:\s+(?:(?:and|of|on|for|the|in)\s+)*{U}[\w'’\-]*)*)?)")
_TOOK_PART = re.compile(r"\b(?:took part|participated|participates|attended|attends|addressed|spoke at|delivered a speech at|"
                        r"held|hosted|chaired|co-chaired|results of|convened|during|at|on the sidelines of|on the margins of)\b", re.I)


def multilateral_events(ctx: Context) -> list[Interaction]:
    """Named summits, sessions, ministerials and forums that took place."""
    out: list[Interaction] = []
    for idx, sentence in enumerate(ctx.sentences):
        for m in MULTILATERAL.finditer(sentence.text):
            name = m.group(1).strip()
            words = name.split()
            while words and words[0] in ("The", "the", "of", "on", "and", "In", "At", "During"):
                words = words[1:]
            if len(words) < 2 or not words[0][:1].isupper() and not words[0][:1].isdigit():
                continue
            name = " ".join(words)
            pre = sentence.text[max(0, m.start() - 50): m.start()]
            post = sentence.text[m.end(): m.end() + 30]
            if _is_plan(sentence.text, m.start(), m.end()) or re.match(r"\s*(?:to be held|scheduled|will)", post):
                continue
            if not _TOOK_PART.search(pre) and not re.match(r"\s*(?:was|were) held", post):
                continue
            dates = find_dates(sentence.text, ctx.release.date)
            when = next((d for s, e, d in dates if abs(s - m.end()) < 40 or abs(m.start() - e) < 40), None)
            participants = [ctx.label(r.key if r.kind != "person" else r.key) or "" for r in ctx.refs[idx]
                            if r.kind == "person" and r.end <= m.start()][:1]
            out.append(Interaction("multilateral", participants, when, _place_in(ctx, sentence), name, [],
                                   ctx.evidence(sentence)))
    return out


def _dedupe(items: list[Interaction]) -> list[Interaction]:
    out: list[Interaction] = []
    seen: set[tuple] = set()
    for it in items:
        if it.type == "visit":
            key: tuple = ("visit", tuple(it.participants))
        elif it.type == "multilateral":
            key = ("multilateral", fold(it.name or ""))
        else:
            key = (it.type, frozenset(it.participants))
        if key in seen:
            continue
        seen.add(key)
        out.append(it)
    return out
