"""Whose release it is: the publisher's state, read from the publisher's name, the dateline's
city, national terms ("the Kazakh MFA") or the accreditation of the envoys it names; and the
words that stand for that state in its own releases ("the Kingdom", "visiting the country")."""
from __future__ import annotations

import re
from collections import Counter

from kg.extract.actors import index_mentions
from kg.extract.bodies import INTERNATIONAL_KINDS
from kg.extract.context import Context
from kg.extract.issuer import header_paragraphs
from kg.extract.mentions import Mention
from kg.extract.text import Sentence
from kg.extract.tokens import is_name_token, tokenize
from kg.lexicon import BRITISH_SECRETARY
from kg.sources.dateline import PLACE_DATE_LINE, city_country_line


def home_state_step(ctx: Context) -> None:
    """requires: mentions · assigns: home_state (the publisher's state)"""
    _home_state(ctx)
    entry = ctx.lexicon.states.get(ctx.home_state or "")
    if entry is None:
        return
    # "on an official visit to the Kingdom" in a Saudi or Moroccan release, "who is currently
    # visiting the country", "an official visit to our country": the home state
    taken = [(m.start, m.end) for m in ctx.mentions]
    # (and "arrived in the Sultanate on Monday" in an Omani one: the word of the state's official name)
    form = next((w for w in _STATE_FORMS if w in (entry.official_name or "")), None)
    kingdom = rf"|\b[Tt]he (?P<k>{form})\b(?!\s+of\b)" if form else ""
    # ("his Ghanaian counterpart, who is in the country on a one-day working visit": here)
    for m in re.finditer(r"\b(?:visit(?:ing|s|ed)?|visit to|arrived in|stay in|(?:is|are|was|were) in)\s+(?:the|our)\s+"
                         r"(?P<c>(?:(?:twin-island|island|archipelagic)\s+)?(?:country|nation|state)|island(?!\s+(?:of|nation|state)\b)|capital(?!\s+of\b))\b"
                         + kingdom,
                         ctx.release.text):
        group = "k" if kingdom and m["k"] else "c"
        if not any(a < m.end() and m.start() < b for a, b in taken):
            ctx.mentions.append(Mention(m.start(group), m.end(group), m[group], "state", entry.code))
    index_mentions(ctx)
    _shared_demonyms(ctx)


# The words of a state's official name that stand for it alone ("the Kingdom", "the Sultanate").
_STATE_FORMS = ("Kingdom", "Sultanate", "Principality", "Grand Duchy", "Emirate")


# Demonyms two states share, which the gazetteer gives neither: a release means its own state,
# else the one of the two it names ("his Congolese counterpart" in a release from Brazzaville).
_SHARED_DEMONYMS = {"Congolese": ("CG", "CD")}
_SHARED_DEMONYM = re.compile(r"\b(?:" + "|".join(_SHARED_DEMONYMS) + r")\b")


def _shared_demonyms(ctx: Context) -> None:
    """Add the mentions of shared demonyms the release resolves, and re-read their sentences' tokens."""
    text = ctx.release.text
    found = list(_SHARED_DEMONYM.finditer(text)) if any(d in text for d in _SHARED_DEMONYMS) else []
    if not found:
        return
    named = {m.key for m in ctx.mentions if m.kind == "state"}
    touched: set[int] = set()
    for m in found:
        states = _SHARED_DEMONYMS[m.group(0)]
        ours = [c for c in states if c == ctx.home_state] or [c for c in states if c in named]
        if len(ours) != 1 or any(x.start < m.end() and m.start() < x.end for x in ctx.mentions):
            continue
        ctx.mentions.append(Mention(m.start(), m.end(), m.group(0), "demonym", ours[0]))
        touched.add(m.start())
    if not touched:
        return
    ctx.mentions.sort(key=lambda x: x.start)
    index_mentions(ctx)
    for idx, sentence in enumerate(ctx.sentences):
        if ctx.tokens[idx] and any(sentence.start <= at < sentence.end for at in touched):
            ctx.tokens[idx] = tokenize(sentence.text, sentence.start, ctx.matcher, ctx.mentions_by_sentence[idx])


def _home_state(ctx: Context) -> None:
    lex = ctx.lexicon
    release = ctx.release
    # The publisher's own name says whose ministry it is ("Global Affairs Canada" issuing
    # from Paris); else the dateline's city, where a ministry mostly writes from home.
    if release.publisher:
        for mention in ctx.matcher.state_mentions(release.publisher) + ctx.matcher.national_mentions(release.publisher):
            ctx.home_state, ctx.home_stated = mention.key, True
            return
    issuer = _issuer_state(ctx)
    if issuer is not None:
        ctx.home_state, ctx.home_stated = issuer, True  # "Government of the People's Republic of Bangladesh" above the text
        return
    if _io_headline(ctx):
        return  # "OIC Secretary-General and Gambian Foreign Minister Sign ...": an organisation's release
    abroad: str | None = None  # the dateline's state, where the publisher's official travelled
    if release.place:
        entry = lex.state_of_place(release.place)
        if entry and not _own_official_abroad(ctx, entry.code):
            ctx.home_state, ctx.home_stated = entry.code, True
            return
        abroad = entry.code if entry else None
    # ("the Secretary of State" in a release that writes "Secretary of State for Northern
    # Ireland" is the British one, not the American)
    british = any(m.kind == "national" and m.text.lower() == "secretary of state" for m in ctx.mentions) and \
        BRITISH_SECRETARY.search(release.text.lower()) is not None
    national = Counter(m.key for m in ctx.mentions if m.kind == "national"
                       and not (british and m.text.lower() == "secretary of state"))
    if national:
        ctx.home_state = national.most_common(1)[0][0]
        return
    # "X received ... the Minister of Suriname, who arrived in Georgetown"; "Foreign Minister
    # Landsbergis discusses ... with Ukraine's Foreign Minister Kuleba": Lithuania's minister (not
    # the dateline's state, where the publisher's official travelled)
    headline_state = _headline_persons_state(ctx)
    lead_state = _reception_place(ctx) or _guest_arrival(ctx) or (headline_state if headline_state != abroad else None)
    if lead_state is not None:
        ctx.home_state = lead_state
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
    away = _destination(ctx)
    if away and len(states) > 1:
        # "The Tánaiste ... travelled to London today": the lead's traveller comes from home, so
        # the state travelled to, however often named, is not the publisher's
        del states[away]
    if abroad and len(states) > 1:
        states.pop(abroad, None)
    # ("The President of the Republic and his Mauritanian counterpart": the counterpart's state is
    # the other side, however often the release names it)
    other_side = {m.key for m in ctx.mentions
                  if m.kind == "demonym" and _COUNTERPART_OF.search(text[max(0, m.start - 12): m.end + 14])}
    for key in other_side:
        if len(states) > 1:
            states.pop(key, None)
    if states:
        ctx.home_state = states.most_common(1)[0][0]


_LANGUAGE_NOTE = re.compile(r"(?i)translat|\boriginal\b|\bversion\b")


def _issuer_state(ctx: Context) -> str | None:
    """The one state named on the header lines between the title and the text, where the
    publisher names itself ("Government of the People's Republic of Bangladesh", "Ministry of
    Foreign Affairs of the Plurinational State of Bolivia", "Office of the Prime Minister -
    Ethiopia"): the release is that state's, wherever it was written."""
    named = {m.key for line, at in _header_lines(ctx)
             # ("(Unofficial translation from French)": a language, not the publisher; "Mexico City,
             # Mexico", "New Delhi, India, 1 April 2025.": where it was issued, not by whom)
             if not _LANGUAGE_NOTE.search(line) and not city_country_line(line) and not PLACE_DATE_LINE.match(line.strip())
             for m in ctx.mentions_between(at, at + len(line)) if m.kind in ("state", "demonym", "national")}
    if not named:
        # ("PRESIDENCY OF THE REPUBLIC OF DJIBOUTI": a header in capitals, which names no state as written)
        named = {m.key for line, _ in _header_lines(ctx) if line.isupper() and not city_country_line(line)
                 and not PLACE_DATE_LINE.match(line.strip()) and not _LANGUAGE_NOTE.search(line)
                 for m in ctx.matcher.state_mentions(line.title().replace(" Of ", " of ").replace(" The ", " the "))
                 if m.kind == "state"}
    return named.pop() if len(named) == 1 else None


def _header_lines(ctx: Context) -> list[tuple[str, int]]:
    """The lines of the header paragraphs, each with its offset in the release text."""
    out: list[tuple[str, int]] = []
    for paragraph, at in header_paragraphs(ctx.release):
        for line in paragraph.split("\n"):
            out.append((line, at))
            at += len(line) + 1
    return out


def _io_headline(ctx: Context) -> bool:
    """Whether the headline opens with an international organisation ("OIC Secretary-General
    receives ...", "ECOWAS Commission President ..."): its secretariat's release, written
    from its seat, whose city says nothing of the persons' states."""
    first = min((m for m in ctx.mentions if m.start < min(40, ctx.release.body_offset)), key=lambda m: m.start, default=None)
    entry = ctx.lexicon.organizations.get(first.key) if first is not None and first.kind == "org" else None
    return entry is not None and entry.kind in INTERNATIONAL_KINDS and not ctx.release.text[:first.start].strip()


_TRAVELLED = re.compile(r"\b(?:travell?ed to|arrived in|visited|is visiting|is (?:on|paying) (?:an? )?(?:[\w\-]+ ){0,2}visit to|"
                        r"(?:began|concluded|paid|made|completed|started)(?: today)? (?:an?|his|her) (?:[\w\-]+ ){0,3}visit to)"
                        r"\s+(?:the\s+)?")


def _destination(ctx: Context) -> str | None:
    """The state (code) the release's lead sentence says its subject travelled to."""
    # (the first sentence is the title; labels such as "Press Release" are no lead)
    lead = next((s for s in ctx.sentences[1:4] if len(s.text.split()) >= 8), None)
    m = _TRAVELLED.search(lead.text) if lead is not None else None
    if m is None:
        return None
    return _state_at(ctx, lead.start + m.end())


# An active reception ("X received", not "X was received by"): the host receives at home.
_RECEIVED = re.compile(r"(?<!was )(?<!were )(?<!been )(?<!being )"
                       r"\b(?:received|receives|welcomed|welcomes|hosted|hosts)\b(?! by\b)")


def _reception_place(ctx: Context) -> str | None:
    """The state (code) of the city where the lead's host received a guest ("X received ... the
    Minister of Foreign Affairs of Suriname, who arrived in Georgetown"; "X received on Tuesday,
    at the Cité de l'Union africaine in Kinshasa, the Minister ...")."""
    lead = next((s for _, s in _lead_sentences(ctx, 4)), None)
    m = _RECEIVED.search(lead.text) if lead is not None else None
    if m is None:
        return None
    text = ctx.release.text
    for mention in ctx.mentions_between(lead.start + m.end(), lead.end):
        place = ctx.lexicon.place(mention.key) if mention.kind == "place" else None
        if place is not None and re.search(r"\bin\s+(?:the\s+)?$", text[max(0, mention.start - 10): mention.start]):
            return place.code
    return None


# ("President Ruto, who arrived in Seoul on Sunday for an official visit,": a guest's arrival, named
# by a word no office, state or place claims)
_WHO_ARRIVED = re.compile(r",\s+who\s+(?:arrived\s+in|is\s+(?:currently\s+)?visiting)\s+(?:the\s+)?")
_NO_NAME = frozenset({"title", "head", "state", "demonym", "org", "place", "national"})


def _guest_arrival(ctx: Context) -> str | None:
    """The state (code) where the lead says a guest arrived, the guest being another than the
    lead's first person ("President Yoon Suk Yeol held a summit with President William Samoei Ruto
    ... President Ruto, who arrived in Seoul on Sunday": Korea's release; not "Ms. KAMIKAWA Yoko,
    Minister for Foreign Affairs of Japan, who is visiting Rio de Janeiro")."""
    lead = _lead_sentences(ctx, 10)[:2]
    names = [[t for t in ctx.tokens[idx] if is_name_token(t) and not t.tags & _NO_NAME] for idx, _ in lead]
    if not names or not names[0]:
        return None
    own = {names[0][0].text}  # the lead's first person: the run of name words that starts it
    for before, t in zip(names[0], names[0][1:]):
        if t.start - before.end > 1:
            break
        own.add(t.text)
    for (_, sentence), named in zip(lead, names):
        m = _WHO_ARRIVED.search(sentence.text)
        who = [t for t in named if t.end <= sentence.start + m.start()] if m else []
        if who and who[-1].text not in own:
            return _state_at(ctx, sentence.start + m.end())
    return None


def _lead_sentences(ctx: Context, within: int) -> list[tuple[int, Sentence]]:
    """The lead's sentences among the first ``within`` (each with its index): in the text, not its
    header, and long enough to tell something (labels such as "Press Release" are no lead)."""
    return [(idx, s) for idx, s in enumerate(ctx.sentences[:within]) if idx >= 1
            and s.start >= ctx.release.body_offset and len(s.text.split()) >= 8]


# Between a state and the name its office belongs to: the office's words only ("Lithuania's
# Minister of Foreign Affairs Gabrielius", "Minister of Foreign Affairs of Georgia, Davit").
_OFFICE_GAP = re.compile(r"(?:['’]s)?(?:[\s,]+(?:[A-Z][\w\-.]*|of|the|and|for))*[\s,]*")


def _headline_persons_state(ctx: Context) -> str | None:
    """The state the text gives the first person of the headline, who is mostly the publisher's
    own official: the state named in the office chain before their name where the text names
    them first."""
    headline = ctx.tokens[0] if ctx.tokens else []
    first = next((t for t in headline if is_name_token(t) and t.start < ctx.release.body_offset), None)
    if first is None:
        return None
    text = ctx.release.text
    named = re.compile(rf"\b{re.escape(first.text)}\b").search(text, ctx.release.body_offset)
    if named is None:
        return None
    at = named.start()
    before = [m for m in ctx.mentions if m.kind in ("state", "demonym") and at - 120 <= m.end <= at]
    state = before[-1] if before else None
    return state.key if state is not None and _OFFICE_GAP.fullmatch(text[state.end: at]) else None


def _state_at(ctx: Context, at: int) -> str | None:
    """The state (code) named, or whose city is named, at offset ``at``."""
    for mention in ctx.mentions_between(at, at + 1):
        if mention.kind == "state":
            return mention.key
        place = ctx.lexicon.place(mention.key) if mention.kind == "place" else None
        if place is not None:
            return place.code
    return None


# "The Prime Minister arrived in Mexico City yesterday for his first visit to Mexico": an office
# named bare, as a ministry names its own, travelling to the dateline's state.
# ("The Minister of Foreign Affairs, European Affairs and Foreign Trade, and the Federal Cultural
# Institutions, Hadja Lahbib, is paying an official visit to Senegal": a portfolio's long name, no state in it)
_OWN_OFFICE = (r"(?:^|\.\s+|,\s+)[Tt]he (?:Prime Minister|President|Minister|Foreign Minister|Chancellor|Secretary|"
               r"Vice President|Deputy Prime Minister)")
_OWN_OFFICIAL_TRAVELS = re.compile(_OWN_OFFICE + r"\b(?P<of>\s+(?:of|for)\s+[^.;]{3,140}?)?"
                                   r"(?:,[^,.]{3,60},)?\s+" + _TRAVELLED.pattern)
# "The Deputy Prime Minister arrived here on Saturday": here is the dateline's city, reached from home.
_OWN_OFFICIAL_ARRIVED_HERE = re.compile(_OWN_OFFICE + r"\s+arrived\s+here\b")
# "Foreign Minister X on Sunday held talks with Bangladesh's Adviser for Foreign Affairs Y" under a
# DHAKA dateline: the counterpart is the dateline state's, so the lead's subject came from elsewhere.
_WITH_THEIR = re.compile(r"\b(?:talks|met|meeting|meetings|consultations)\s+with\s+$")


def _own_official_abroad(ctx: Context, dateline_state: str) -> bool:
    """Whether the lead says the publisher's own official (an office named bare) travelled to
    the dateline's state, or arrived "here", or met "<the dateline's state>'s" official: then
    the dateline is abroad, not home."""
    lead = [s for s in ctx.sentences[:10] if s.start >= ctx.release.body_offset][:5]
    text = ctx.release.text
    if any(_OWN_OFFICIAL_ARRIVED_HERE.search(s.text) for s in lead):
        return True
    # (or "held talks with Russian President Vladimir Putin" under a Moscow dateline)
    if any(m.key == dateline_state and (m.kind == "state" and re.match(r"['’]s\s+(?!(?:[Aa]mbassador|[Ee]nvoy)\b)[A-Z]",
                                                                       text[m.end: m.end + 24]) or
                                        m.kind == "demonym" and re.match(r"\s+(?!(?:[Aa]mbassador|[Ee]nvoy|[Cc]ounterpart)\b)[A-Z]",
                                                                         text[m.end: m.end + 24]))
           and _WITH_THEIR.search(text[max(s.start, m.start - 40): m.start])
           for s in lead[:1] for m in ctx.mentions_between(s.start, s.end)):
        return True
    return any(m is not None and _state_at(ctx, s.start + m.end()) == dateline_state and not (
                   m["of"] and any(x.kind in ("state", "demonym") for x in ctx.mentions_between(
                       s.start + m.start("of"), s.start + m.end("of"))))  # ("The President of Senegal": theirs)
               for s in lead for m in [_OWN_OFFICIAL_TRAVELS.search(s.text)])


_STATE_FORM = r"(?:the\s+)?(?:(?:Republic|Kingdom|State|Federation|Commonwealth|Sultanate|Emirate)\s+of\s+(?:the\s+)?)?"
_ACCREDITED_TO = re.compile(r"\bto\s+" + _STATE_FORM + "$")
_ENVOY_OF = re.compile(r"\bAmbassador(?:\s+Extraordinary\s+and\s+Plenipotentiary)?(?:[\s-]+designate)?\s+of\s+" + _STATE_FORM + "$")
_COUNTERPART_OF = re.compile(r"\b(?:his|her|their)\s+\S+\s+counterparts?\b")
_OUR_ENVOY = re.compile(r"\s+Ambassador\s+to\b")
