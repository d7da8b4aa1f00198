"""Steps that find the actors of a release: states, organisations and persons."""
from __future__ import annotations

import re
from bisect import bisect_right
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
    # Accreditation says where the ministry is: "Ambassador of Spain to the Republic of
    # Uzbekistan" (a foreign envoy received here) or "U.S. Ambassador to Kazakhstan" (ours).
    text = ctx.release.text
    for m in ctx.mentions:
        if m.kind not in ("state", "demonym"):
            continue
        before, after = text[max(0, m.start - 160): m.start], text[m.end: m.end + 25]
        if m.kind == "state" and _ACCREDITED_TO.search(before) and re.search(r"\bAmbassador\b[^.;]*\bof\b", before):
            states[m.key] += 2
        elif m.kind == "state" and _ENVOY_OF.search(before):
            states[m.key] -= 2  # the envoy's own state, received abroad
        elif _OUR_ENVOY.match(after):
            states[m.key] += 2
    if states:
        ctx.home_state = states.most_common(1)[0][0]


_STATE_FORM = r"(?:the\s+)?(?:(?:Republic|Kingdom|State|Federation|Commonwealth|Sultanate|Emirate)\s+of\s+(?:the\s+)?)?"
_ACCREDITED_TO = re.compile(r"\bto\s+" + _STATE_FORM + "$")
_ENVOY_OF = re.compile(r"\bAmbassador(?:\s+Extraordinary\s+and\s+Plenipotentiary)?(?:[\s-]+designate)?\s+of\s+" + _STATE_FORM + "$")
_OUR_ENVOY = re.compile(r"\s+Ambassador\s+to\b")


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


# Organs a release names without their body when the body is the United Nations: "the
# General Assembly", "the Security Council" (a national Security Council is named with its state).
_UN_ORGANS = {"General Assembly": "United Nations General Assembly", "Security Council": "United Nations Security Council"}
_UN_CONTEXT = re.compile(r"\bUnited Nations\b|\bU\.?N\.?\b|\b[Tt]he Secretary-General\b")


def _bare_un_organs(ctx: Context) -> list[Mention]:
    text = ctx.release.text
    if not _UN_CONTEXT.search(text):
        return []
    taken = [(m.start, m.end) for m in ctx.mentions]
    out = []
    for m in re.finditer(r"\b(?:the|its|of|at|in|by|to)\s+(General Assembly|Security Council)\b(?!\s+of\b)", text):
        start, end = m.start(1), m.end(1)
        entry = ctx.lexicon.organization(_UN_ORGANS[m.group(1)])
        if entry and not any(a < end and start < b for a, b in taken):
            out.append(Mention(start, end, m.group(1), "org", entry.key))
    return out


def organizations_step(ctx: Context) -> None:
    """requires: mentions, tokens · assigns: record.organizations"""
    seen: dict[str, Organization] = {}
    organs = _bare_un_organs(ctx)
    if organs:
        ctx.mentions = sorted(ctx.mentions + organs, key=lambda x: x.start)
        index_mentions(ctx)
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
    bodies: list[Mention] = []
    for idx, sentence in enumerate(ctx.sentences):
        for name, start in named_bodies(ctx, idx):
            key = "body:" + name
            bodies.append(Mention(start, start + len(name), name, "org", key))
            if key in seen or any(name == o.name or name in o.aliases for o in seen.values()):
                continue
            seen[key] = Organization(name, [], ctx.evidence(sentence))
    if bodies:
        # "OSCE Academy" is the actor where the text says so, not the OSCE inside its name.
        inner = [m for m in ctx.mentions if m.kind == "org" and any(b.start <= m.start and m.end <= b.end for b in bodies)]
        ctx.mentions = sorted([m for m in ctx.mentions if m not in inner] + bodies, key=lambda x: x.start)
        index_mentions(ctx)
    ctx.record.organizations = list(seen.values())
    ctx.org_names = {k: o.name for k, o in seen.items()}


ORG_HEADS = {
    "Ministry", "Commission", "Committee", "Council", "Union", "Organization", "Organisation", "Agency",
    "Center", "Centre", "Centers", "Centres", "Forces", "Fund", "Bank", "University", "Institute", "Parliament",
    "Assembly", "Secretariat", "Service", "Corporation", "Company", "Group", "Association", "Foundation",
    "Museum", "Academy", "Chamber", "Authority", "Bureau", "Alliance", "Court", "Tribunal", "Board",
    "Society", "League", "Federation", "Network", "Coalition", "Army", "Navy", "Police", "College", "School",
    "Hospital", "Congress", "Directorate", "Command", "Exchange", "Airlines", "Railways", "Department",
    "Administration", "Office", "Embassy", "Consulate", "Mission", "Cabinet", "Institution", "Inspectorate",
}
# Bodies that are a presence somewhere: their place belongs to their name.
_PRESENCES = {"Office", "Mission", "Embassy", "Consulate", "Centre", "Center"}
_HEAD_WORD = re.compile(r"\b(?:" + "|".join(sorted(ORG_HEADS)) + r")\b")
_WORD = re.compile(r"(?:[A-Z]\.)+|[^\W\d_][\w\-’'+]*|\d+[\w+]*|[,;:()“”\"]")
_ADJ_END = ("al", "ic", "ian", "an", "ese", "ish", "ary", "ive", "ment")
# A body named after one of these words is generic, not a name: "the ministry".
_GENERIC_LEADS = STOP_CAPS - {"Central"}
_BODY_AFTER = re.compile(rf"\b(?:company|corporation|firm|agency|bank|holding|news agency|newspaper|operator|"
                         rf"carrier|airline|group|foundation|university|institute)\s+({U}[\w\-]+(?:\s+{U}[\w\-]+){{0,2}})")


def named_bodies(ctx: Context, idx: int) -> list[tuple[str, int]]:
    """Capitalised names of bodies in sentence ``idx`` that the gazetteer does not know:
    "Intergovernmental Commission on Trade and Economic Cooperation", "LGBT Center",
    "the Emirati company Masdar". Office titles ("Speaker of the Senate") are not bodies."""
    from kg.extract.tokens import HEADS

    sentence = ctx.sentences[idx]
    text = sentence.text
    if not _HEAD_WORD.search(text) and not _BODY_AFTER.search(text):
        return []
    words = [(m.group(0), m.start(), m.end()) for m in _WORD.finditer(text)]
    vocab = title_vocabulary(ctx.lexicon)
    name_words = {w for p in ctx.persons.values() for w in p.name.split()} if ctx.persons else set()
    surnames = name_words
    taken = [(m.start - sentence.start, m.end - sentence.start) for m in ctx.mentions
             if m.kind == "org" and sentence.start <= m.start < sentence.end]
    out: list[tuple[str, int]] = []

    def known(word: str) -> bool:
        return bool(ctx.lexicon.state(word) or ctx.lexicon.organization(word) or word in surnames)

    for h, (word, ws, we) in enumerate(words):
        if word not in ORG_HEADS:
            continue
        # Left: capitalised words; "and" only between adjectives ("Economic and Environmental").
        left = h
        while left > 0:
            prev = words[left - 1][0]
            if prev[:1].isupper() and not prev.endswith(("’s", "'s")) and prev not in _GENERIC_LEADS:
                left -= 1
                continue
            if prev in ("and", "&") and left >= 2 and words[left - 2][0][:1].isupper() and \
                    (words[left - 2][0] in vocab or words[left - 2][0].endswith(_ADJ_END)) and not known(words[left - 2][0]):
                left -= 1
                continue
            break
        while left < h and words[left][0] in ("and", "&"):
            left += 1
        # "the U.S.-Alliance for Development in Democracy (ADD) Dialogue": the party before the
        # hyphen names the other side of a format, not the body.
        # ("Uzbek-Spanish Intergovernmental Commission", two parties, is one body).
        while left < h and text[words[left][2]:words[left + 1][1]] in ("-", "–") and \
                ctx.lexicon.state(words[left][0]) and not ctx.lexicon.state(words[left + 1][0]):
            left += 1
        # Right: "of/for/on (the) Capitalised ... (and Capitalised ...)".
        right = h + 1
        if right + 1 < len(words) and words[right][0] in ("in", "at") and word in _PRESENCES and (
                ctx.lexicon.place(words[right + 1][0]) or ctx.lexicon.state(words[right + 1][0])):
            right += 2  # "EU Mission in Armenia", "OSCE Programme Office in Bishkek", "Office at Nairobi"
        elif right < len(words) and words[right][0] in ("of", "for", "on"):
            k = right + 1
            if k < len(words) and words[k][0] == "the":
                k += 1
            if k < len(words) and words[k][0][:1].isupper() and words[k][0] not in ("(", ")"):
                end = k + 1
                while end < len(words):
                    w = words[end][0]
                    if w in name_words:
                        break  # "Ministry of Foreign Affairs Thani Thongphakdi": the name is not the body's
                    if w[:1].isupper() and w not in ("(", ")", "“", "”") and not w.endswith(("’s", "'s")):
                        end += 1
                        continue
                    if w == "," and end + 1 < len(words) and words[end + 1][0][:1].isupper() and \
                            any(x[0] == "and" for x in words[end + 1: end + 6]) and not known(words[end + 1][0]):
                        end += 1  # "on Trade, Economic, Scientific and Technical Cooperation"
                        continue
                    nxt = words[end + 1][0] if end + 1 < len(words) else ""
                    if nxt == "the" and end + 2 < len(words) and w in ("of", "for", "on"):
                        nxt = words[end + 2][0]
                    joins_known = w in ("and", "&") and known(nxt) and not (
                        known(words[end - 1][0]) and bool(ctx.lexicon.state(nxt)) == bool(ctx.lexicon.state(words[end - 1][0])))
                    in_place = w == "in" and bool(ctx.lexicon.place(nxt) or ctx.lexicon.state(nxt))
                    if w in ("of", "for", "on", "the", "and", "&", "in") and nxt[:1].isupper() and \
                            nxt not in ("(", ")") and not joins_known and not in_place:
                        end += 1
                        continue
                    break
                while end > k and words[end - 1][0] in ("of", "for", "on", "the", "and", "&", "in"):
                    end -= 1
                right = end
        span = words[left:right]
        names = [w for w, _, _ in span]
        if len(names) < 2 or any(w in HEADS for w in names if w not in ORG_HEADS):
            continue
        start, stop = span[0][1], span[-1][2]
        first, _, rest = span[0][0].partition("-")
        if rest[:1].isupper() and ctx.lexicon.state(first) and not ctx.lexicon.state(rest):
            start += len(first) + 1  # "Canada-Pacific Alliance ...": the same, written as one word
        name = text[start:stop].rstrip("’'s") if text[start:stop].endswith(("’s", "'s")) else text[start:stop]
        if name.endswith(("’s", "'s")):
            name = name[:-2]
        # Part of an office title ("Speaker of the Senate", "Head of the ... Office"): not a body.
        if any(a < stop and start < b and not (start <= a and b <= stop) for a, b in taken):
            continue  # the gazetteer already names this body ("National Aeronautics and Space Administration")
        before = text[:start].rstrip().split()
        if before and before[-1] in ("the", "The"):
            before = before[:-1]
        if before and before[-1] in ("of",) and len(before) >= 2 and before[-2][:1].isupper() and \
                (before[-2] in vocab or before[-2] in HEADS):
            continue
        sub = re.match(r"(?:Press Service|Press Office|Service|Department|Office|Division|Directorate|Secretariat|"
                       r"Bureau)(?: Department| Office)? of the ((?:Ministry|Embassy|Administration|Office) .+)$", name)
        if sub:
            # "Press Service Department of the Ministry of Foreign Affairs of ...": the ministry.
            start += len(name) - len(sub.group(1))
            name = sub.group(1)
        if ctx.lexicon.organization(name) or ctx.lexicon.state(name):
            continue
        inner = [w for w in names if w not in ("of", "the", "and", "for", "on", "&")]
        if len(inner) <= 2 and all(w in vocab for w in inner):
            continue  # "Foreign Ministry", "State Department" read as generic
        out.append((name, sentence.start + start))
    for m in _BODY_AFTER.finditer(text):
        name = m.group(1)
        if not known(name.split()[0]) and name.split()[0] not in _GENERIC_LEADS:
            out.append((name, sentence.start + m.start(1)))
    return out


def persons_step(ctx: Context) -> None:
    """requires: tokens · assigns: person_mentions, persons, record.persons"""
    known: set[str] = set()
    ctx.person_mentions = []
    known_then: list[int] = []
    for idx, sentence in enumerate(ctx.sentences):
        known_then.append(len(known))
        found = find_person_mentions(ctx.tokens[idx], sentence.text, sentence.start, ctx.lexicon, known)
        ctx.person_mentions.append(found)
        for pm in found:
            if len(pm.name.split()) > 1:
                known.add(pm.name.split()[-1])
    # Second pass: surnames found later ("Blinken" in the title before "Antony J. Blinken"),
    # only where a surname was learnt after the sentence was first read.
    for idx, sentence in enumerate(ctx.sentences):
        if known_then[idx] == len(known):
            continue
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
            of = office.of  # None until the defaults below: the text gave no state
            if not any(_same_title(t, office.title) and (o == of or o is None or of is None)
                       for t, o, _ in target.offices):
                target.offices.append((office.title, of, ev))
            elif of:
                target.offices = [(t, of if (o is None and _same_title(t, office.title)) else o, e)
                                  for t, o, e in target.offices]
        if pm.state and not target.state:
            target.state = pm.state
        order.append((pm.start, target))
    host, visitors = _visit_context(ctx, persons)
    # The international organisation the release names most: whose Secretary-General or
    # High Representative a bare title means ("Secretary-General António Guterres").
    bodies = Counter(m.key for m in ctx.mentions if m.kind == "org"
                     and ctx.lexicon.organizations[m.key].kind in _INTERNATIONAL_KINDS)
    home_body = f"org:{bodies.most_common(1)[0][0]}" if bodies else None
    for p in persons.values():
        # The state the text gives the person, else (for the offices it leaves bare) the
        # host country of a visit the release reports (officials met there are the
        # host's), else the publisher's state.
        explicit = p.state or next((o for _, o, _ in p.offices if o and o.startswith("state:")), None)
        if explicit is None and host and p.key not in visitors:
            fallback = f"state:{host}"
        else:
            fallback = explicit or (f"state:{ctx.home_state}" if ctx.home_state else None)
        p.offices = [(t, o if o is not None else _default_of(t, fallback, home_body), e) for t, o, e in p.offices]
        # "Secretary Blinken" says less than "Secretary of State": keep the fuller title.
        words = [(set(t.casefold().replace("-", " ").split()), o) for t, o, _ in p.offices]
        p.offices = [off for k, off in enumerate(p.offices)
                     if not any(k != m and words[k][0] < words[m][0] and (words[k][1] in (None, words[m][1]))
                                for m in range(len(words)))]
        p.state = explicit or (fallback if host and p.key not in visitors and explicit is None else None)
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


_INTERNATIONAL_KINDS = {"international_organization", "regional_organization", "bloc", "un_body", "financial_institution"}


def _default_of(title: str, state: str | None, body: str | None) -> str | None:
    """Whose a title is when the text does not say: an envoy's is no fair guess; an office of
    an organisation is the international organisation the release names (``body``); any
    other, ``state``."""
    from kg.extract.persons import IO_TITLES

    if _ENVOY.search(title):
        return None
    return body if IO_TITLES.search(title) else state


# "X’s visit to", "X visited", "X paid a visit to", "X arrived in": the traveller's name is
# read back from the cue, which is cheaper than one pattern with the name in it.
_VISIT_CUE = re.compile(
    r"(?:’s|'s)\s+(?:\w+\s+)?(?:[Vv]isit|[Tt]rip|[Tt]ravel)\s+to\s+(?:the\s+)?"
    r"|\s(?:visited|is visiting|was visiting|paid (?:an? |his |her )?(?:\w+\s+)?visit to|arrived in|traveled to|"
    r"travelled to)\s+(?:the\s+)?")
_NAME_BEFORE = re.compile(rf"({U}[\w\-]+)\s*$")


def _visit_context(ctx: Context, persons: dict[str, PersonEntity]) -> tuple[str | None, set[str]]:
    """The country a release's visit took place in, when it is not the publisher's own,
    and the keys of everyone the release says travelled: officials met there without a
    state are the host's; a traveller keeps the publisher's state."""
    text = ctx.release.text
    host: str | None = None
    travellers: set[str] = set()
    for m in _VISIT_CUE.finditer(text):
        name = _NAME_BEFORE.search(text[max(0, m.start() - 40): m.start()])
        who = [name.group(1)] if name else []
        travellers |= {key for key, p in persons.items() if who and who[-1] in (p.surname, *p.name.split())}
        if host is not None or m.start() > 1500:
            continue
        states = [x for x in ctx.mentions if x.start == m.end() and x.kind in ("state", "place")]
        if not states:
            continue
        mention = states[0]
        place = ctx.lexicon.place(mention.key) if mention.kind == "place" else None
        code = mention.key if mention.kind == "state" else (place.code if place else None)
        host = code if code != ctx.home_state else ""
    return (host or None), travellers


_ENVOY = re.compile(r"\b(?:Ambassador|Envoy|Charg[ée]|Consul|High Commissioner|Nuncio)\b")


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
