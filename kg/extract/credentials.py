"""Credentials ceremonies: the envoys who presented their letters of credence, each of whom met
the one who received them, however the release lists them (in a sentence, after a colon, one
per line or item, state by state, or in turn)."""
from __future__ import annotations

import re

from kg.extract.context import Context
from kg.extract.text import Sentence
from kg.extract.participants import LIST_GAP
from kg.records import Interaction
from kg.sources.dates import find_dates


# "The envoys who presented their credentials in turn were A, Ambassador of X; B, ...; and D":
# each met the one who received them, named in a sentence just before.
_CREDENTIALS_LIST = re.compile(r"\bwho presented (?:(?:their|his|her) )?(?:credentials|letters of credence)\b[^.;]{0,40}?"
                               r"\b(?:were|was|are|is)\b"
                               # ("Credentials were presented by: – A, Ambassador of ...; – B, ...")
                               r"|\b(?:[Cc]redentials|[Ll]etters of credence) (?:were|was) presented by\b"
                               # ("The following heads of mission presented their letters of credence on
                               # Thursday:", then one envoy per line)
                               r"|\b[Tt]he following (?:[\w\-]+ ){0,2}?(?:heads of mission|ambassadors|envoys|diplomats|"
                               r"high commissioners)\b[^.;:]{0,30}?\bpresented (?:(?:their|his|her) )?"
                               r"(?:credentials|letters of credence)\b")
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
# "The President received, in turn:", then one envoy per item, after a sentence that says whose
# credentials were received.
_RECEIVED_IN_TURN = re.compile(r"\b(?:received|welcomed|met)\b(?:,?\s+(?:in turn|in this order|successively),?)?\s*:\s*$")
# "The Minister for Foreign Affairs, X, was present for the three ceremonies": one who sat in on each.
_PRESENT_AT_EACH = re.compile(r"\b(?:was|were) (?:also )?present\b|\battended (?:the|all|each)\b[^.;]{0,30}\bceremon"
                              r"|^(?:The|These|All the|Each of the) ceremon(?:y|ies) (?:was|were) attended by\b")


def credentials_listed(ctx: Context) -> list[Interaction]:
    """One meeting per envoy of a list of those who presented their credentials, or of envoys
    who presented them in turn, with the one who received them (and whoever sat in on each)."""
    out: list[Interaction] = []
    last_receiver: str | None = None
    for idx, sentence in enumerate(ctx.sentences):
        m = (_CREDENTIALS_LIST.search(sentence.text) or _IN_TURN.search(sentence.text)) \
            if "present" in sentence.text else _THEY_ARE.match(sentence.text) if idx else None
        if m is None and sentence.text.rstrip().endswith(":"):
            m = _RECEIVED_IN_TURN.search(sentence.text)  # (the receiver: said in a credentials sentence before)
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
            if not (item or _LIST_ITEM.match(ctx.sentences[k].text) or _line_item(ctx, sentence, k)):
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
        if receiver is None and out and m.re is _CREDENTIALS_LIST:
            # ("The following heads of mission presented ... on Friday:": the second day's list, received
            # by the one who received the first)
            receiver, said_at = last_receiver, idx
        if receiver is None:
            continue
        last_receiver = receiver
        # ("... presented their letters of credence on Thursday:": that day's ceremony)
        days = {d for _, _, d in find_dates(sentence.text, ctx.release.date) if len(d) == 10}
        when = days.pop() if len(days) == 1 else None
        # ("The Minister of Foreign Affairs, A, and the Head of the Office, B, were present at each")
        present = [r.key for k in range(said_at, idx) if _PRESENT_AT_EACH.search(ctx.sentences[k].text)
                   for r in ctx.refs[k] if r.kind == "person"]
        company = [ctx.label(f"person:{k}") or "" for k in dict.fromkeys(present) if k != receiver]
        for envoy in dict.fromkeys(envoys):
            if envoy and envoy != receiver:
                out.append(Interaction("meeting", [ctx.label(f"person:{receiver}") or "", *company,
                                                   ctx.label(f"person:{envoy}") or ""],
                                       when, None, None, [], ctx.evidence(sentence)))
    return out


def _line_item(ctx: Context, opener: Sentence, k: int) -> bool:
    """Whether sentence ``k`` is an item of a list that ``opener`` (ending in a colon) opens:
    a line of its own, without a full stop, that starts with a person ("His Excellency X,
    Ambassador of Y")."""
    line = ctx.sentences[k]
    return opener.text.rstrip().endswith(":") and line.paragraph != ctx.sentences[k - 1].paragraph \
        and not line.text.rstrip().endswith(".") \
        and any(r.kind == "person" and r.start - line.start <= 30 for r in ctx.refs[k])


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
        # (or "A and B were present at the ceremonies": each of them)
        with_each = after is not None and (_WITH_EACH.search(after.text) is not None or
                                           _PRESENT_AT_EACH.search(after.text) is not None)
        company = [r.key for r in ctx.refs[idx + 1] if r.kind == "person" and r.key != receiver] if with_each else []
        # ("received ... the credentials of the ambassadors of A, B and C, in the presence of the Minister
        # of Foreign Affairs, X": X took part in each)
        present = _IN_THE_PRESENCE.search(sentence.text, m.end())
        company += [r.key for r in ctx.refs[idx] if r.kind == "person" and r.key != receiver
                    and present and r.start >= sentence.start + present.end()]
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


_IN_THE_PRESENCE = re.compile(r",\s+in the presence of\b")
_WITH_EACH = re.compile(r"\baccompanied by\b[^.;]*\bwith each of the (?:diplomats|ambassadors|envoys|heads of mission)\b"
                        # ("The ceremonies took place in the presence of the Minister of Foreign Affairs, X")
                        r"|^(?:The|These|Each of the) (?:ceremon(?:y|ies)|presentations?) (?:took place|was held|were held) in the presence of\b")
