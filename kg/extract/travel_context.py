"""Where a release's travel took its officials, as the persons step needs it to presume their
states: the country a visit went to (officials met there without a state are the host's), who
travelled, who came to the publisher's state, and the foreign capital where the publisher's
official met officials ("met yesterday in Hanoi with ..."); and whose company a minister came in
("President X, accompanied by the Minister of ..., Y": Y is of X's state)."""
from __future__ import annotations

import re

from kg.extract.bodies import INTERNATIONAL_KINDS
from kg.extract.context import Context, PersonEntity
from kg.extract.name_forms import match_person
from kg.extract.text import U, may_match

# "X’s visit to", "X visited", "X paid a visit to", "X arrived in": the traveller's name is
# read back from the cue, which is cheaper than one pattern with the name in it.
_VISIT_CUE = re.compile(
    r"(?:’s|'s)\s+(?:\w+\s+)?(?:[Vv]isit|[Tt]rip|[Tt]ravel)\s+to\s+(?:the\s+)?"
    r"|\s(?:visited|is visiting|was visiting|(?:paid|pays|will pay|is paying|was paying|made|makes|is making|is on|was on|"
    r"concluding|concluded|concludes|completing|completed|undertaking|undertook|wrapping up|wrapped up) "
    r"(?:an? |his |her )?(?:\w+\s+){0,2}?[Vv]isit to|arrived in|(?:is|are) arriving in|traveled to|"
    r"travelled to)\s+(?:the\s+)?")
# (", who is visiting Ankara"; "Micheál Martin TD, travelled to", "Simon Coveney, TD, is arriving
# in": a post-nominal and a comma)
# ("Minister Mélanie Joly today concluded a visit to Japan": a word of time or an auxiliary between)
_NAME_BEFORE = re.compile(rf"({U}[\w\-]+)(?:,?\s+[A-Z]{{2,4}})?(?:,\s+who|,)?(?:\s+(?:today|yesterday|also|has|had|recently))*\s*$")
# "the visit of President Xi Jinping to": the traveller's surname, then the destination.
# "invited President X to pay a state visit to": the same.
_VISIT_OF = re.compile(rf"\b(?:visit|trip) of\s+(?:{U}[\w.\-]*\s+){{0,5}}?({U}[\w\-]+)\s+to\s+(?:the\s+)?"
                       rf"|\binvited\s+(?:{U}[\w.\-]*\s+){{0,5}}?({U}[\w\-]+)\s+to\s+"
                       r"(?:pay\s+(?:an?\s+)?(?:[\w\-]+\s+){0,2})?visit\s+(?:to\s+)?(?:the\s+)?")


# What every match of _VISIT_CUE and of _VISIT_OF holds (both read case-sensitively): cheap
# tests before their scans of the whole release, which many releases fail.
_VISIT_CUE_STEMS = ("isit", "rip", "ravel", "arrived in", "arriving in")
_VISIT_OF_STEMS = ("visit of", "trip of", "invited")


def _travelling_holders(text: str, persons: dict[str, PersonEntity], title: str) -> set[str]:
    """The keys of those holding ``title`` for no state the text gives ("The Prime Minister's first
    visit to Sri Lanka"), but not the one whose invitation the visit answered ("at the invitation of
    Prime Minister Mahinda Rajapaksa"), the host."""
    holders = {p.key: p for p in persons.values() if any(t == title and o is None for t, o, _ in p.offices)}
    hosts = {key for key, p in holders.items()
             if re.search(rf"\binvitation of\s+(?:[\w.]+\s+){{0,5}}?{re.escape(p.surname)}\b", text)}
    return set(holders) - hosts or set(holders)


def visit_context(ctx: Context, persons: dict[str, PersonEntity]) -> tuple[str | None, set[str], set[str], bool]:
    """The country a release's visit took place in, when it is not the publisher's own; the
    keys of everyone the release says travelled; and of those who come to the publisher's
    state; and whether the visits went to several countries. Officials met abroad without a
    state are the host's; a traveller keeps the publisher's state, unless they travel to it
    ("the visit of President X to Serbia")."""
    text = ctx.release.text
    host: str | None = None
    travellers: set[str] = set()
    inbound: set[str] = set()
    hosts: set[str] = set()  # every country the release's visits went to
    cues = [(m, _NAME_BEFORE.search(text[max(0, m.start() - 40): m.start()]))
            for m in (_VISIT_CUE.finditer(text) if may_match(text, _VISIT_CUE_STEMS) else ())]
    for m, name in cues + [(m, m) for m in (_VISIT_OF.finditer(text) if may_match(text, _VISIT_OF_STEMS) else ())]:
        who = next((g for g in name.groups() if g), None) if name else None
        came = {key for key, p in persons.items() if who and who in (p.surname, *p.name.split())}
        titled = _TITLE_BEFORE.search(text, max(0, m.start() - 40), m.start()) if not came else None
        # ("The Prime Minister arrived in Mexico City": the one holding that office, named bare)
        came |= _travelling_holders(text, persons, titled[1]) if titled else set()
        if not came and _PARTY_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            came = _lead_person(ctx, persons)  # ("the delegation travelled to Brussels": the lead's, with them)
        travellers |= came
        states = [x for x in ctx.mentions_between(m.end(), m.end() + 1) if x.kind in ("state", "place")]
        if not states:
            continue
        mention = states[0]
        place = ctx.lexicon.place(mention.key) if mention.kind == "place" else None
        code = mention.key if mention.kind == "state" else (place.code if place else None)
        if mention.kind == "state" and code == ctx.home_state:
            inbound |= came  # (not "Secretary X's Travel to Houston": a city at home is a trip at home)
        if m.start() <= 1500 and m.re is _VISIT_CUE:
            if host is None:
                host = code if code != ctx.home_state else ""
            # ("concluding a working visit to Azerbaijan and Turkmenistan", "will travel to Cambodia, the
            # Philippines, ...": a trip of several hosts)
            listed = [x for x in ctx.mentions_between(mention.end, mention.end + 40) if x.kind == "state"]
            also = listed[0].key if listed and re.fullmatch(r"\s*(?:and|,)\s*(?:the\s+)?", text[mention.end: listed[0].start]) else None
            for other in (code, also):
                if other and other != ctx.home_state:
                    hosts.add(other)
    here = ctx.lexicon.state_of_place(ctx.release.place) if ctx.release.place else None
    for m in re.finditer(r"\sarrived here\b", text) if here and here.code != ctx.home_state else ():
        # ("DHAKA (APP): ... The Deputy Prime Minister arrived here on Saturday": here is the dateline's city)
        titled = _TITLE_BEFORE.search(text, max(0, m.start() - 40), m.start() + 1)
        came = _travelling_holders(text, persons, titled[1]) if titled else set()
        travellers |= came
        if came and host is None and m.start() <= 1500:
            host = here.code
            hosts.add(here.code)
    # Officials met on a trip to several countries are of none of them for sure (nor the publisher's).
    several = len(hosts) > 1
    return None if several else (host or None), travellers, inbound, several


# "Deputy Secretary Wendy Sherman met yesterday in Hanoi with Foreign Minister Bui Thanh Son": met
# in a foreign capital, with its officials.
_MET_IN_CITY = re.compile(r"\b(?:met|meets|held (?:[\w\-]+ )?talks|holds (?:[\w\-]+ )?talks)\s+"
                          r"(?:(?:yesterday|today|on [A-Z]\w+(?: \d{1,2})?)\s+)?in\s+(?=[A-Z])")
_GATHERING_WORDS = re.compile(r"(?i)\b(?:sidelines|margins|summit|conference|session|forum|assembly|ministerial|meeting of)\b")


def met_abroad(ctx: Context, persons: dict[str, PersonEntity]) -> tuple[str, set[str]] | None:
    """The state (code) whose capital the lead says the publisher's official met officials in,
    with the keys of the officials met there; not a gathering's city ("met in Brussels on the
    sidelines of the NATO summit"), where officials of many states meet."""
    text = ctx.release.text
    lead = [(idx, s) for idx, s in enumerate(ctx.sentences) if 1 <= idx < 8 and s.start >= ctx.release.body_offset][:3]
    for idx, sentence in lead:
        if _GATHERING_WORDS.search(sentence.text) or any(
                m.kind == "org" and (entry := ctx.lexicon.organizations.get(m.key)) is not None and entry.kind in INTERNATIONAL_KINDS
                for m in ctx.mentions_between(sentence.start, sentence.end)):
            continue
        for m in _MET_IN_CITY.finditer(sentence.text):
            at = sentence.start + m.end()
            mention = next((x for x in ctx.mentions_between(at, at + 1) if x.kind == "place"), None)
            place = ctx.lexicon.place(mention.key) if mention is not None else None
            if place is None or not place.capital or place.code == ctx.home_state or \
                    not re.match(r",?\s+with\b", text[mention.end: mention.end + 8]):
                continue
            # (the persons the sentence names after "with": "Sherman conveyed President Biden's
            # greetings" keeps Biden the publisher's)
            named = {pm.name for pm in ctx.person_mentions[idx] if pm.start >= mention.end}
            return place.code, {key for key, p in persons.items() if key in named or any(a in named for a in p.aliases)}
    return None


# "On Tuesday, the delegation travelled to Brussels": the party the lead sentence's subject heads,
# named by no name. (Not "he": in a briefing, "He is on a private visit to the United States" is
# anyone's.)
_PARTY_BEFORE = re.compile(r"\b[Tt]he (?:official |ministerial |whole )?delegation(?:\s+(?:then|later|also|subsequently))?\s*$")


def _lead_person(ctx: Context, persons: dict[str, PersonEntity]) -> set[str]:
    """The key of the person the release's text names first (its lead's subject), if any."""
    body = [p for p in persons.values() if p.first >= ctx.release.body_offset]
    return {min(body, key=lambda p: p.first).key} if body else set()


_TITLE_BEFORE = re.compile(r"\b[Tt]he ((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+)\s*$")


# "X, accompanied by the Minister of ..., Y", "President X was accompanied by Foreign Minister Y and
# ...": the companions, up to the clause's end.
_ACCOMPANIED_BY = re.compile(r"(?:,\s+|\s+(?:who\s+)?(?:was|is|were|are)\s+(?:also\s+)?)accompanied\s+by\s+")
_BARE_PRINCIPAL = re.compile(r"\s*(?:The\s+(?:[A-Z][\w\-]*\s+){0,2}[A-Z][\w\-]*|He|She)")
_COMPANY_ENDS = re.compile(r";|,\s+(?:while|whereas|who|which)\b|\s+(?:and|as well as)\s+(?:senior|other|a|the)\s+"
                           r"(?:officials|delegation|members)\b")


# "Minister Peters conveyed an invitation from Prime Minister Christopher Luxon": the bearer, then
# the sender, whose leader's word the bearer carries.
_CARRIED_FROM = re.compile(r"\s+(?:also\s+)?(?:conveyed|delivered|handed over|brought|passed on|transmitted)\s+"
                           r"(?:\w+\s+){0,3}?(?:invitation|message|letter|greetings|regards)\s+from\s+")


def state_ties(ctx: Context, persons: dict[str, PersonEntity]) -> dict[str, str]:
    """Persons the text ties to another's state, each key with that other's: the companions of a
    principal named right before "accompanied by" (a minister with their president), and the
    sender of an invitation or message the person named right before the verb "conveyed"."""
    company: dict[str, str] = {}
    sent: dict[str, str] = {}
    for idx, sentence in enumerate(ctx.sentences):
        text = sentence.text
        found = [(m, company) for m in (_ACCOMPANIED_BY.finditer(text) if "accompanied by" in text else ())] + \
            [(m, sent) for m in (_CARRIED_FROM.finditer(text) if " from " in text else ())]
        mentions = ctx.person_mentions[idx]
        for m, ties in found:
            at, after = sentence.start + m.start(), sentence.start + m.end()
            named = next((pm for pm in reversed(mentions) if pm.end <= at), None)
            if (named is None or at - named.end > 2) and idx and ties is company and \
                    _BARE_PRINCIPAL.fullmatch(text, 0, m.start()) and ctx.person_mentions[idx - 1]:
                # ("X paid a State Visit to India. The President was accompanied by a delegation
                # including ...": the principal the sentence before named first; but one holding the
                # office named, where the text names them: "This was the Prime Minister's first visit
                # ... since the visit of Prime Minister Y in 2016. The Prime Minister was accompanied by")
                named = ctx.person_mentions[idx - 1][0]
                title = re.match(r"\s*The\s+((?:[A-Z][\w\-]*\s+){0,2}[A-Z][\w\-]*)", text)
                holders = sorted((p for p in persons.values() if title and any(t == title[1] for t, _, _ in p.offices)),
                                 key=lambda p: p.first)
                if holders and match_person(persons, named.name) is not holders[0]:
                    named = next((pm for ms in ctx.person_mentions for pm in ms
                                  if match_person(persons, pm.name) is holders[0]), named)
            elif named is None or at - named.end > 2:
                continue  # ("The President, accompanied by ...": no name right before)
            if ties is sent:  # (the sender named right after "from")
                tied = [pm for pm in mentions if after <= pm.start <= after + 60][:1]
            else:  # (the companions, up to the clause's end)
                stop = _COMPANY_ENDS.search(text, m.end())
                while stop and re.search(r"who|which", stop.group(0)) and (aside := re.compile(
                        r"[^,;]*,\s*and\s+(?=[A-Z])").match(text, stop.end())):
                    stop = _COMPANY_ENDS.search(text, aside.end())  # ("A, who is also ..., and B": both came)
                until = sentence.start + (stop.start() if stop else len(text))
                tied = [pm for pm in mentions if after <= pm.start < until]
            lead = match_person(persons, named.name)
            for pm in tied if lead is not None else ():
                follower = match_person(persons, pm.name)
                if follower is not None and follower is not lead:
                    ties.setdefault(follower.key, lead.key)
    return sent | company


# "A, the Senior Official ..., signed for the United States, and B ... signed for Ghana"
_SIGNED_FOR = re.compile(r"\bsigned (?:it |the \w+ )?(?:for|on behalf of) (?:the )?"
                         r"(?:(?:Royal |Federal |Union )?Government of (?:the )?)?")  # ("for the Royal Government of Bhutan")


def signed_for(ctx: Context, persons: dict[str, PersonEntity]) -> dict[str, str]:
    """Persons the text says signed for a state, each key with that state's: the signer is the
    first person named in the clause before "signed for" (its subject, not those in its appositions)."""
    sides: dict[str, str] = {}
    for idx, sentence in enumerate(ctx.sentences):
        text = sentence.text
        for m in _SIGNED_FOR.finditer(text) if "signed " in text else ():
            at = sentence.start + m.end()
            state = next((x for x in ctx.mentions_between(at, at + 60) if x.kind == "state" and x.start == at), None)
            clause_start = sentence.start + max(text.rfind(";", 0, m.start()), text.rfind(", and ", 0, m.start()),
                                                text.rfind(" while ", 0, m.start()), -1) + 1
            named = [pm for pm in ctx.person_mentions[idx] if clause_start <= pm.start and pm.end <= sentence.start + m.start()]
            signer = match_person(persons, named[0].name) if named and state is not None else None
            if signer is not None:
                sides.setdefault(signer.key, f"state:{state.key}")
    return sides


# "The Brazilian delegation will include the Minister of Foreign Affairs, X; ...": the demonym's
# state is each member's.
_DELEGATION_OF = re.compile(r"\b[Tt]he\s+(?=[A-Z])(?:\w+\s+){1,2}?delegation\s+(?:will\s+)?(?:also\s+)?(?:includes?|included|"
                            r"comprises?|comprised|consists?\s+of|consisted\s+of|is\s+made\s+up\s+of|was\s+made\s+up\s+of)\s")


# "..., and, for the Argentine side, the Minister ..., B, and C": the side's state is theirs, up to
# the next side the sentence names.
_SIDE_OF = re.compile(r"\b(?:[Ff]or|[Oo]n|[Ff]rom) the (?=[A-Z])[\w\-]+ side\b")


def delegation_members(ctx: Context, persons: dict[str, PersonEntity]) -> dict[str, str]:
    """Persons a sentence lists as a state's delegation ("The Brazilian delegation will include
    ...", "for the Argentine side, A and B"), each key with that state's."""
    members: dict[str, str] = {}
    for idx, sentence in enumerate(ctx.sentences):
        text = sentence.text
        marks = sorted([*(_DELEGATION_OF.finditer(text) if "delegation" in text else ()),
                        *(_SIDE_OF.finditer(text) if " side" in text else ())], key=lambda m: m.start())
        for k, m in enumerate(marks):
            state = next((x for x in ctx.mentions_between(sentence.start + m.start(), sentence.start + m.end())
                          if x.kind in ("state", "demonym")), None)
            until = sentence.start + (marks[k + 1].start() if k + 1 < len(marks) else len(text))
            for pm in ctx.person_mentions[idx] if state is not None else ():
                member = match_person(persons, pm.name) if sentence.start + m.end() <= pm.start < until else None
                if member is not None:
                    members.setdefault(member.key, f"state:{state.key}")
        # ("A Parliamentary Delegation from Malaysia led by Tan Sri Dato' Johari Abdul": its leader only)
        for m in _DELEGATION_LED.finditer(text) if "led by" in text else ():
            state = next((x for x in ctx.mentions_between(sentence.start + m.start(), sentence.start + m.end())
                          if x.kind in ("state", "demonym")), None)
            leader = next((pm for pm in ctx.person_mentions[idx] if 0 <= pm.start - (sentence.start + m.end()) <= 40), None)
            member = match_person(persons, leader.name) if leader is not None and state is not None else None
            if member is not None:
                members.setdefault(member.key, f"state:{state.key}")
    return members


_DELEGATION_LED = re.compile(r"\b(?:[A-Z][\w\-]+\s+){0,2}(?:[Dd]elegation)\s+(?:(?:from|of)\s+(?:the\s+)?(?:[A-Z][\w\-]+\s+){1,4})?"
                             r"(?:,\s+)?led\s+by\s")


# ("In the Kingdom of Saudi Arabia, Special Envoy X met with Crown Prince Y": a stop of the trip)
_IN_STATE_OPENING = re.compile(r"\s*(?:In|While in|Later in)\s+(?:the\s+)?")


def stop_state(ctx: Context, at: int) -> str | None:
    """The state a trip's sentence opens with ("In the Kingdom of Saudi Arabia, ..."), for the
    sentence holding offset ``at``: where the officials it names were met."""
    sentence = next((s for s in ctx.sentences if s.start <= at < s.end), None)
    opening = _IN_STATE_OPENING.match(sentence.text) if sentence is not None else None
    if opening is None:
        return None
    state = next((m for m in ctx.mentions_between(sentence.start + opening.end(), sentence.start + opening.end() + 16)
                  if m.kind == "state"), None)
    return f"state:{state.key}" if state is not None and re.match(r"[^,;]{0,40},", sentence.text[state.end - sentence.start:]) \
        else None
