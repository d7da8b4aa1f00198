"""Talks reported without a trigger word: two named persons who "discussed" or "used
their meeting", and consultations told through the delegations' heads."""
from __future__ import annotations

import re

from kg.cities import city
from kg.extract.clauses import LAST_MET, date_near, place_in
from kg.extract.context import ActorRef, Context
from kg.extract.participants import LIST_GAP, near
from kg.extract.text import Sentence, may_match
from kg.records import Interaction
from kg.sources.dates import find_dates, long_before, past_month

# "A and B discussed ...": two named persons as the subject of a verb of talks report
# talks without a trigger word. Only named persons: "the sides discussed" repeats the
# last meeting or call.
_PAIR_GAP = re.compile(r"(?:\s+of\s+(?:the\s+)?(?:[\w.\-’']+\s+){0,3}?[\w.\-’']+)?,?\s+and\s+(?:[\w.\-’']+,?\s+){0,6}")
# (an office of many words between: "and the Minister of Foreign Affairs, International Trade and Worship of Argentina,")
LONG_PAIR_GAP = re.compile(r",?\s+and\s+(?:[\w.\-’']+,?\s+){0,12}")
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
        if i == 0 or second.kind != "person" or not TALKED.match(sentence.text, second.end - base):
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
                          r"(?:talks|meeting|negotiations)\b"
                          # ("The signing followed more than three hours of talks, held first in a restricted format")
                          r"|^The (?:signing|ceremony) (?:followed|came after) (?:[\w\-]+ ){0,6}?(?:talks|negotiations)\b")


def talks_by_reference(ctx: Context, interactions: list[Interaction]) -> list[Interaction]:
    """The meeting of the pair of the last two-person event before "after their talks", where the
    release reports none of theirs."""
    for sentence in ctx.sentences:
        if not may_match(sentence.text, ("talks", "meeting", "negotiations")) or not _THEIR_TALKS.search(sentence.text):
            continue
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


# "The envoys who presented their credentials in turn were A, Ambassador of X; B, ...; and D":
# each met the one who received them, named in a sentence just before.
_CREDENTIALS_LIST = re.compile(r"\bwho presented (?:(?:their|his|her) )?(?:credentials|letters of credence)\b[^.;]{0,40}?"
                               r"\b(?:were|was|are|is)\b"
                               # ("Credentials were presented by: – A, Ambassador of ...; – B, ...")
                               r"|\b(?:[Cc]redentials|[Ll]etters of credence) (?:were|was) presented by\b")
# ("Four new envoys ... presented their Letters of Credence to the President ... They are High
# Commissioner of Ghana, A; Ambassador of Morocco, B; ... and D."): the list after the ceremony
_THEY_ARE = re.compile(r"^\s*(?:They|The (?:new |\w+ new )?(?:envoys|ambassadors|diplomats|heads of mission)) (?:are|were)\b")
_RECEIVED_CREDENTIALS = re.compile(r"\breceived (?:the )?(?:\w+ ){0,8}(?:credentials|letters of credence)\b"
                                   r"|\bpresented (?:(?:their|his|her) )?(?:diplomatic )?(?:credentials|letters of credence) to\b",
                                   re.I)
_LIST_ITEM = re.compile(r"^\s*(?:\d{1,2}[.)]|[-•*–])\s")
_MARKER = re.compile(r"\s*\d{1,2}[.)]\s*")


# "The first to present her Letters of Credence was the Ambassador of Georgia, X", "Next to
# present his Letters of Commission was ...": envoys one by one.
_IN_TURN = re.compile(r"\b(?:[Ff]irst|[Nn]ext|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|[Ll]ast|[Tt]hen)\s+to\s+present\s+"
                      r"(?:(?:their|his|her)\s+)?(?:credentials|[Ll]etters of (?:[Cc]redence|[Cc]ommission))\s+(?:was|were)\b")
# "The Minister for Foreign Affairs, X, was present for the three ceremonies": one who sat in on each.
_PRESENT_AT_EACH = re.compile(r"\b(?:was|were) (?:also )?present\b|\battended (?:the|all|each)\b[^.;]{0,30}\bceremon")


def credentials_listed(ctx: Context) -> list[Interaction]:
    """One meeting per envoy of a list of those who presented their credentials, or of envoys
    who presented them in turn, with the one who received them (and whoever sat in on each)."""
    out: list[Interaction] = []
    for idx, sentence in enumerate(ctx.sentences):
        m = (_CREDENTIALS_LIST.search(sentence.text) or _IN_TURN.search(sentence.text)) \
            if "present" in sentence.text else _THEY_ARE.match(sentence.text) if idx else None
        if not m or m.re is _THEY_ARE and not _RECEIVED_CREDENTIALS.search(ctx.sentences[idx - 1].text):
            continue
        if m.re is _IN_TURN and any(_IN_TURN.search(ctx.sentences[k].text) for k in range(max(0, idx - 6), idx)):
            continue  # (the first envoy's sentence reads them all)
        envoys = [r.key for r in ctx.refs[idx] if r.kind == "person" and r.start - sentence.start >= m.end()]
        if m.re is _IN_TURN:
            envoys = envoys[:1] + [next((r.key for r in ctx.refs[k] if r.kind == "person" and
                                         r.start - ctx.sentences[k].start >= turn.end()), "")
                                   for k in range(idx + 1, min(len(ctx.sentences), idx + 12))
                                   if (turn := _IN_TURN.search(ctx.sentences[k].text))]
        item = False
        for k in range(idx + 1, min(len(ctx.sentences), idx + 24)):
            if _MARKER.fullmatch(ctx.sentences[k].text):
                item = True  # ("1." read as a sentence of its own: the item follows)
                continue
            if not (item or _LIST_ITEM.match(ctx.sentences[k].text)):
                break  # ("The envoys who presented credentials are: 1. Ms. X – Ambassador of ...; 2. ...")
            envoys += [r.key for r in ctx.refs[k] if r.kind == "person"][:1]
            item = False
        receiver, said_at = None, idx
        for k in range(idx - 1, max(-1, idx - 4), -1):
            said = _RECEIVED_CREDENTIALS.search(ctx.sentences[k].text)
            if said:
                at = ctx.sentences[k].start + (said.end() if said.group(0).endswith(" to") else 0)
                receiver, said_at = next((r.key for r in ctx.refs[k] if r.kind == "person" and r.start >= at), None), k
                break
        if receiver is None:
            continue
        present = [next(r.key for r in ctx.refs[k] if r.kind == "person") for k in range(said_at, idx)
                   if _PRESENT_AT_EACH.search(ctx.sentences[k].text) and any(r.kind == "person" for r in ctx.refs[k])]
        company = [ctx.label(f"person:{k}") or "" for k in dict.fromkeys(present) if k != receiver]
        for envoy in dict.fromkeys(envoys):
            if envoy and envoy != receiver:
                out.append(Interaction("meeting", [ctx.label(f"person:{receiver}") or "", *company,
                                                   ctx.label(f"person:{envoy}") or ""],
                                       None, None, None, [], ctx.evidence(sentence)))
    return out


# "received ... letters of credence": who received the envoys' credentials, said in a sentence.
_RECEIVED_CREDENCE = r"\b(?:received|receives|accepted|accepts)\b[^.;]{0,80}?\b(?:letters of credence|credentials)"
_RECEIVES_CREDENCE = re.compile(_RECEIVED_CREDENCE + r"\b")
# "received ... the letters of credence of the new ambassadors of Italy, the Republic of Korea,
# Guatemala and Canada": one meeting per state's envoy, with the one who received them.
# ("the letters of credence of four new Ambassadors Extraordinary and Plenipotentiary, those of the
# Kingdom of Spain, the Republic of Korea, ...")
_CREDENCE_OF_STATES = re.compile(_RECEIVED_CREDENCE + r"\s+"
                                 r"(?:of|from)\s+(?:the\s+)?(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+)?"
                                 r"(?:(?:new|newly appointed|newly accredited)\s+)?"
                                 r"(?i:ambassadors|envoys|heads of mission)(?:\s+Extraordinary and Plenipotentiary)?"
                                 r"(?:\s+of|,\s+those\s+of)\s+")


_ENVOYS_OF_PRESENTED = re.compile(r"\b[Tt]he\s+(?:new\s+)?(?:envoys|ambassadors|heads of mission)\s+of\s+(?=[^.;]{3,120}?"
                                  r"\b(?:also\s+)?presented\s+(?:their\s+)?(?:letters|credentials))")


def credentials_of_states(ctx: Context) -> list[Interaction]:
    """One meeting per state whose new ambassador presented credentials, where the sentence
    names the states only: with that state's ambassador if the release names them, else with
    the state."""
    out: list[Interaction] = []
    received_by: str | None = None  # who the release says received credentials
    for idx, sentence in enumerate(ctx.sentences):
        if "creden" not in sentence.text and " letters" not in sentence.text:
            continue
        m = _CREDENCE_OF_STATES.search(sentence.text)
        later = _ENVOYS_OF_PRESENTED.search(sentence.text) if m is None and received_by else None
        if m is None and later is None:
            if _RECEIVES_CREDENCE.search(sentence.text):
                received_by = next((r.key for r in ctx.refs[idx] if r.kind == "person"), received_by)
            continue
        m = m or later
        at = sentence.start + m.start()
        # ("The envoys of Mexico, Qatar and Finland also presented their letters": to the one who
        # received the others')
        receiver = next((r.key for r in ctx.refs[idx] if r.kind == "person" and r.end <= at), None) if later is None \
            else received_by
        if receiver is None:
            continue
        states: list[str] = []
        prev = sentence.start + m.end()
        for mention in ctx.mentions_between(prev, sentence.end):
            if mention.kind != "state":
                continue
            if not LIST_GAP.match(ctx.release.text[prev: mention.start]):
                break
            states.append(f"state:{mention.key}")
            prev = mention.end
        # ("After the ceremony, the President, accompanied by the Minister of Foreign Affairs, X, held
        # a brief meeting with each of the diplomats": X took part in each)
        after = ctx.sentences[idx + 1] if idx + 1 < len(ctx.sentences) else None
        with_each = after is not None and _WITH_EACH.search(after.text) is not None
        company = [r.key for r in ctx.refs[idx + 1] if r.kind == "person" and r.key != receiver] if with_each else []
        for state in dict.fromkeys(states):
            envoy = next((p.key for p in ctx.persons.values() if any(
                "ambassador" in t.lower() and o == state for t, o, _ in p.offices)), None)
            other = ctx.label(f"person:{envoy}") if envoy else ctx.label(state)
            people = [ctx.label(f"person:{receiver}") or ""] + [ctx.label(f"person:{k}") or "" for k in company]
            out.append(Interaction("meeting", people + [other or ""], None, None, None, [], ctx.evidence(sentence)))
    return out


# "President Heine accepted the letters of credence of two new non-resident Ambassadors in separate
# ceremonies: H.E. Mr. A, Ambassador of X, and H.E. Mr. B, Ambassador of Y": the envoys after the colon.
_CREDENCE_COLON = re.compile(r"\b(?:received|receives|accepted|accepts)\b[^.;:]{0,80}?\b(?:letters of credence|credentials)\b"
                             r"[^.;:]{0,80}:\s")


def credentials_after_colon(ctx: Context) -> list[Interaction]:
    """One meeting per envoy listed after a colon, with the one who received their credentials."""
    out: list[Interaction] = []
    for idx, sentence in enumerate(ctx.sentences):
        m = _CREDENCE_COLON.search(sentence.text) if "creden" in sentence.text else None
        if not m:
            continue
        at, after = sentence.start + m.start(), sentence.start + m.end()
        receiver = next((r.key for r in ctx.refs[idx] if r.kind == "person" and r.end <= at), None)
        envoys = [r.key for r in ctx.refs[idx] if r.kind == "person" and r.start >= after and r.key != receiver]
        for envoy in dict.fromkeys(envoys) if receiver else ():
            out.append(Interaction("meeting", [ctx.label(f"person:{receiver}") or "", ctx.label(f"person:{envoy}") or ""], None, None, None, [],
                                   ctx.evidence(sentence)))
    return out


_WITH_EACH = re.compile(r"\baccompanied by\b[^.;]*\bwith each of the (?:diplomats|ambassadors|envoys|heads of mission)\b"
                        # ("The ceremonies took place in the presence of the Minister of Foreign Affairs, X")
                        r"|^(?:The|These|Each of the) (?:ceremon(?:y|ies)|presentations?) (?:took place|was held|were held) in the presence of\b")
