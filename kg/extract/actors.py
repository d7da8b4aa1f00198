"""Steps that find the actors of a release: states, organisations and persons."""
from __future__ import annotations

import re
from collections import Counter

from kg.extract.context import Context, PersonEntity
from kg.extract.mentions import Mention
from kg.extract.persons import find_person_mentions
from kg.extract.text import U, split_sentences
from kg.extract.tokens import HONORIFICS, STOP_CAPS, title_vocabulary, tokenize
from kg.records import Evidence, Organization, Person, Role, State

# Lines that are not prose: stamps, bylines, media contacts.
_NOISE_LINE = re.compile(r"^(?:Created at|Updated at|Published|Posted|For (?:further|more) information|Media contact)", re.I)


def sentences_step(ctx: Context) -> None:
    """requires: release · assigns: sentences, tokens, mentions"""
    text = ctx.release.text
    ctx.sentences = [s for s in split_sentences(text) if not _NOISE_LINE.match(s.text)]
    m = ctx.matcher
    mentions: list[Mention] = []
    for s in ctx.sentences:
        found = m.state_mentions(s.text, s.start) + m.org_mentions(s.text, s.start) + m.place_mentions(s.text, s.start)
        mentions.extend(_non_overlapping(found))
    national = m.national_mentions(text)
    ctx.mentions = mentions + national
    by_sentence: dict[int, list[Mention]] = {}
    for mention in ctx.mentions:
        for idx, s in enumerate(ctx.sentences):
            if s.start <= mention.start < s.end:
                by_sentence.setdefault(idx, []).append(mention)
                break
    ctx.tokens = [tokenize(s.text, s.start, m, by_sentence.get(i, [])) for i, s in enumerate(ctx.sentences)]


def _non_overlapping(mentions: list[Mention]) -> list[Mention]:
    """Longest first where a state, an organisation or a place overlap ("Republic of
    Korea" the state over "Korea"; "Astana International Financial Centre" over "Astana")."""
    kept: list[Mention] = []
    for mention in sorted(mentions, key=lambda x: (-(x.end - x.start), x.start)):
        if all(mention.end <= k.start or mention.start >= k.end for k in kept):
            kept.append(mention)
    return sorted(kept, key=lambda x: x.start)


def home_state_step(ctx: Context) -> None:
    """requires: mentions · assigns: home_state (the publisher's state)"""
    lex = ctx.lexicon
    release = ctx.release
    if release.place:
        entry = lex.state_of_place(release.place)
        if entry:
            ctx.home_state = entry.code
            return
    if release.publisher:
        for mention in ctx.matcher.state_mentions(release.publisher) + ctx.matcher.national_mentions(release.publisher):
            ctx.home_state = mention.key
            return
    national = Counter(m.key for m in ctx.mentions if m.kind == "national")
    if national:
        ctx.home_state = national.most_common(1)[0][0]
        return
    states = Counter(m.key for m in ctx.mentions if m.kind in ("state", "demonym"))
    if states:
        ctx.home_state = states.most_common(1)[0][0]


def states_step(ctx: Context) -> None:
    """requires: mentions · assigns: record.states"""
    seen: dict[str, State] = {}
    text = ctx.release.text
    for mention in ctx.mentions:
        if mention.kind not in ("state", "demonym"):
            continue
        entry = ctx.lexicon.states[mention.key]
        state = seen.get(entry.code)
        if state is None:
            state = State(entry.name, [], entry.code, _evidence_at(ctx, mention.start))
            seen[entry.code] = state
        form = mention.text
        if form != state.name and form not in state.aliases:
            state.aliases.append(form)
    _ = text
    ctx.record.states = list(seen.values())
    ctx.state_names = {s.code or "": s.name for s in ctx.record.states}


def organizations_step(ctx: Context) -> None:
    """requires: mentions, tokens · assigns: record.organizations"""
    seen: dict[str, Organization] = {}
    for mention in ctx.mentions:
        if mention.kind != "org":
            continue
        entry = ctx.lexicon.organizations[mention.key]
        org = seen.get(entry.key)
        if org is None:
            org = Organization(entry.label, [], _evidence_at(ctx, mention.start))
            seen[entry.key] = org
        for form in (mention.text, entry.name if entry.acronym else ""):
            if form and form != org.name and form not in org.aliases:
                org.aliases.append(form)
    for idx, sentence in enumerate(ctx.sentences):
        for name, start in named_bodies(ctx, idx):
            key = "body:" + name
            if key in seen or any(name == o.name or name in o.aliases for o in seen.values()):
                continue
            seen[key] = Organization(name, [], ctx.evidence(sentence))
    ctx.record.organizations = list(seen.values())
    ctx.org_names = {k: o.name for k, o in seen.items()}


ORG_HEADS = (
    "Ministry", "Commission", "Committee", "Council", "Union", "Organization", "Organisation", "Agency",
    "Center", "Centre", "Forces", "Fund", "Bank", "University", "Institute", "Parliament", "Assembly",
    "Secretariat", "Service", "Corporation", "Company", "Group", "Association", "Foundation", "Museum",
    "Academy", "Chamber", "Authority", "Bureau", "Alliance", "Court", "Tribunal", "Board", "Society",
    "League", "Federation", "Network", "Coalition", "Army", "Navy", "Police", "College", "School",
    "Hospital", "Congress", "Directorate", "Command", "Exchange", "Airlines", "Railways", "Department",
    "Administration", "Office", "Embassy", "Consulate", "Mission", "Programme", "Secretariat", "Cabinet",
)
_HEAD_RE = "|".join(ORG_HEADS)
_CAP = rf"(?:{U}[\w'’\-]*|[A-Z]+[0-9+]*)"
NAMED_BODY = re.compile(
    rf"(?<![\w\-])((?:{_CAP}\s+(?:(?:and|of|for|on|the|&)\s+)*)*?(?:{_CAP}\s+)*?(?:{_HEAD_RE})"
    rf"(?:\s+(?:of|for|on)\s+(?:the\s+)?{_CAP}(?:\s+(?:(?:and|of|for|on|the|in)\s+)*{_CAP})*)?)(?![\w\-])"
)
_GENERIC_LEADS = STOP_CAPS | {"Foreign", "Ministry", "State"}


def named_bodies(ctx: Context, idx: int) -> list[tuple[str, int]]:
    """Capitalised names of bodies in sentence ``idx`` that the gazetteer does not know:
    "Intergovernmental Commission on Trade and Economic Cooperation", "LGBT Center"."""
    sentence = ctx.sentences[idx]
    out: list[tuple[str, int]] = []
    vocab = title_vocabulary(ctx.lexicon)
    for m in NAMED_BODY.finditer(sentence.text):
        name = m.group(1)
        words = name.split()
        # Drop leading sentence words and a leading state/demonym adjective stays ("Mongolian Armed Forces").
        while words and (words[0] in STOP_CAPS and words[0] not in ("Central",)):
            words = words[1:]
        if len(words) < 2:
            continue
        name = " ".join(words)
        start = sentence.start + m.start(1) + (len(m.group(1)) - len(name))
        # Part of an office title ("Speaker of the Senate", "Minister of Foreign Affairs"): not a body.
        before = sentence.text[: m.start(1)].rstrip().split()
        if before and before[-1] in ("of",) and len(before) >= 2 and before[-2] in vocab and before[-2][:1].isupper():
            continue
        if any(w in ("Minister", "Secretary", "Ambassador", "President", "Chairman", "Speaker") for w in words):
            continue
        if ctx.lexicon.organization(name) or ctx.lexicon.state(name):
            continue
        if all(w in vocab or w in ("of", "the", "and", "for", "on") for w in words) and len(words) <= 2:
            continue  # "Foreign Ministry", "State Department" read as generic
        out.append((name, start))
    return out


def persons_step(ctx: Context) -> None:
    """requires: tokens · assigns: person_mentions, persons, record.persons"""
    known: set[str] = set()
    ctx.person_mentions = []
    for idx, sentence in enumerate(ctx.sentences):
        found = find_person_mentions(ctx.tokens[idx], sentence.text, sentence.start, ctx.lexicon, known)
        ctx.person_mentions.append(found)
        for pm in found:
            if len(pm.name.split()) > 1:
                known.add(pm.name.split()[-1])
    # Second pass: surnames found later ("Blinken" in the title before "Antony J. Blinken").
    for idx, sentence in enumerate(ctx.sentences):
        again = find_person_mentions(ctx.tokens[idx], sentence.text, sentence.start, ctx.lexicon, known)
        have = {(p.start, p.end) for p in ctx.person_mentions[idx]}
        ctx.person_mentions[idx].extend(p for p in again if (p.start, p.end) not in have)
        ctx.person_mentions[idx].sort(key=lambda p: p.start)
    _merge_persons(ctx)


def _merge_persons(ctx: Context) -> None:
    """Mentions → persons: full names first, then surnames and honorific forms join them."""
    persons: dict[str, PersonEntity] = {}
    order: list[tuple[int, object]] = []
    flat = [(idx, pm) for idx, pms in enumerate(ctx.person_mentions) for pm in pms]
    for idx, pm in sorted(flat, key=lambda x: -len(x[1].name.split())):
        target = _match_person(persons, pm.name)
        if target is None:
            target = PersonEntity(pm.name, pm.name, first=pm.start)
            persons[pm.name] = target
        elif pm.name != target.name and pm.name not in target.aliases:
            target.aliases.append(pm.name)
        target.first = min(target.first, pm.start)
        if pm.honorific:
            prefix = ctx.release.text[max(0, pm.start - 5): pm.start].split()
            if prefix and prefix[-1] in HONORIFICS:
                form = f"{prefix[-1]} {pm.name}"
                if form not in target.aliases:
                    target.aliases.append(form)
        ev = ctx.evidence(ctx.sentences[idx])
        for office in pm.offices:
            of = office.of
            if of is None:
                of = _default_of(ctx, office.title, pm)
            if not any(_same_title(t, office.title) and (o == of or o is None or of is None)
                       for t, o, _ in target.offices):
                target.offices.append((office.title, of, ev))
            elif of:
                target.offices = [(t, of if (o is None and _same_title(t, office.title)) else o, e)
                                  for t, o, e in target.offices]
        if pm.state and not target.state:
            target.state = pm.state
        order.append((pm.start, target))
    for p in persons.values():
        if p.state is None:
            p.state = next((o for _, o, _ in p.offices if o and o.startswith("state:")), None)
        if len(p.name.split()) > 1 and p.surname not in p.aliases:
            p.aliases.append(p.surname)
    ctx.persons = persons
    ctx.record.persons = [
        Person(
            p.name,
            [a for a in p.aliases if a != p.name],
            [Role(t, ctx.label(o), e) for t, o, e in p.offices],
            ctx.label(p.state),
            None,
        )
        for p in sorted(persons.values(), key=lambda x: x.first)
    ]


def _default_of(ctx: Context, title: str, pm: object) -> str | None:
    from kg.extract.persons import IO_TITLES

    if IO_TITLES.search(title):
        return None
    return f"state:{ctx.home_state}" if ctx.home_state else None


def _same_title(a: str, b: str) -> bool:
    return a.casefold() == b.casefold()


def _match_person(persons: dict[str, PersonEntity], name: str) -> PersonEntity | None:
    words = name.split()
    for p in persons.values():
        if p.name == name:
            return p
    for p in persons.values():
        pw = p.name.split()
        if words[-1] == pw[-1] and (len(words) == 1 or words[0] == pw[0] or words[0].rstrip(".") == pw[0][:1]):
            return p
        if len(words) == 1 and words[0] in pw:
            return p
    return None


def _evidence_at(ctx: Context, offset: int) -> Evidence | None:
    for s in ctx.sentences:
        if s.start <= offset < s.end:
            return ctx.evidence(s)
    return None
