"""Bodies the gazetteer does not know, named in the text: "Intergovernmental Commission on
Trade and Economic Cooperation", "Embassy of Chile in the United States", "the Emirati company
Masdar", and names introduced with their acronym ("South East Europe Cooperation Platform
(SEECP)")."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from kg.extract.context import Context
from kg.extract.press_units import short_line
from kg.extract.scanning import word_alternation
from kg.extract.text import U, may_match
from kg.extract.tokens import ORG_HEADS, STOP_CAPS, title_vocabulary
from kg.sources.dates import MONTHS, WEEKDAYS

if TYPE_CHECKING:
    from kg.extract.mentions import Mention
    from kg.lexicon import OrgEntry
    from kg.lexicon import Lexicon
    from kg.records import Organization

# Bodies that are a presence somewhere: their place belongs to their name.
_PRESENCES = {"Office", "Mission", "Embassy", "Consulate", "Centre", "Center"}
_HEAD_WORD = re.compile(word_alternation(ORG_HEADS))  # (read for whether it matches)
_WORD = re.compile(r"(?:[A-Z]\.)+|[^\W\d_][\w\-’'+]*|\d+[\w+]*|[,;:()“”\"]")
# Between two names on a header or footer line: a dash set off by spaces, or a line's end.
_SEPARATOR = re.compile(r"\s[–—-]\s|\n")
_ADJ_END = ("al", "ic", "ian", "an", "ese", "ish", "ary", "ive", "ment")
# A body named after one of these words is generic, not a name: "the ministry".
_GENERIC_LEADS = STOP_CAPS - {"Central"}
_BODY_AFTER = re.compile(rf"\b(?:company|corporation|firm|agency|bank|holding|news agency|newspaper|operator|"
                         rf"carrier|airline|group|foundation|university|institute)\s+({U}[\w\-]+(?:\s+{U}[\w\-]+){{0,2}})")

# What every match of _BODY_AFTER holds: a cheap test before the pattern.
_BODY_AFTER_STEMS = ("company", "corporation", "firm", "agency", "bank", "holding", "newspaper", "operator",
                     "carrier", "airline", "group", "foundation", "university", "institute")


def named_bodies(ctx: Context, idx: int) -> list[tuple[str, int]]:
    """Capitalised names of bodies in sentence ``idx`` that the gazetteer does not know:
    "Intergovernmental Commission on Trade and Economic Cooperation", "LGBT Center",
    "the Emirati company Masdar". Office titles ("Speaker of the Senate") are not bodies."""
    from kg.extract.tokens import HEADS

    sentence = ctx.sentences[idx]
    text = sentence.text.replace("|", ";")  # ("Directorate of ... | African Union Commission | E-mail": a contact line's fields)
    if not _HEAD_WORD.search(text) and not (may_match(text, _BODY_AFTER_STEMS) and _BODY_AFTER.search(text)):
        return [(name, sentence.start + start) for name, start in acronym_bodies(ctx, text)] if "(" in text else []
    words = [(m.group(0), m.start(), m.end()) for m in _WORD.finditer(text)]
    vocab = title_vocabulary(ctx.lexicon)
    name_words = {w for p in ctx.persons.values() for w in p.name.split()} if ctx.persons else set()
    surnames = name_words
    taken = [(m.start - sentence.start, m.end - sentence.start) for m in ctx.mentions_between(sentence.start, sentence.end)
             if m.kind == "org"]
    state_starts = {m.start - sentence.start for m in ctx.mentions_between(sentence.start, sentence.end)
                    if m.kind in ("state", "demonym")}
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
            if text[words[left - 1][2]:words[left][1]].strip() and words[left][0] in ORG_HEADS and ctx.lexicon.state(prev):
                break  # ("Kingdom of Bahrain – Ministry of Foreign Affairs": the state, then its body, apart)
            if _SEPARATOR.search(text[words[left - 1][2]:words[left][1]]) and words[left][1] not in state_starts \
                    and short_line(text, words[left][1]):
                # ("Presidency of the Republic – Press Office", "Communication Unit – General Secretariat" on
                # a header or footer line: two names; not "Viet Nam – Chile Joint Committee", whose dash joins
                # its parties, nor "the Executive President of CAF – Development Bank of Latin America")
                break
            if prev[:1].isupper() and not prev.endswith(("’s", "'s")) and (
                    prev not in _GENERIC_LEADS or prev == "Press" and words[left][0] in ORG_HEADS):  # ("Press Service of ...")
                left -= 1
                continue
            if prev in ("and", "&") and left >= 2 and words[left - 2][0][:1].isupper() and \
                    (words[left - 2][0] in vocab or words[left - 2][0].endswith(_ADJ_END) or
                     # ("African Union Support and Stabilization Mission in Somalia": a name's own "and")
                     left >= 3 and any(a <= words[left - 3][1] < b for a, b in taken)
                     and text[words[left - 3][2]: words[left - 2][1]] == " ") and not known(words[left - 2][0]):
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
            # (not "the Defence Committee on Monday afternoon": when, not the body's portfolio)
            if k < len(words) and words[k][0][:1].isupper() and words[k][0] not in ("(", ")") and \
                    words[k][0].lower() not in WEEKDAYS:
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
                    # (not "the AIIB Board of Directors in March": when, not where)
                    in_place = w == "in" and bool(ctx.lexicon.place(nxt) or ctx.lexicon.state(nxt) or nxt.lower() in MONTHS)
                    if w in ("of", "for", "on", "the", "and", "&", "in") and nxt[:1].isupper() and \
                            nxt not in ("(", ")") and not joins_known and not in_place:
                        end += 1
                        continue
                    break
                while end > k and words[end - 1][0] in ("of", "for", "on", "the", "and", "&", "in"):
                    end -= 1
                right = end
        if word in _PRESENCES and not any(w in HEADS for w, _, _ in words[h:right]):
            right = _presence_place(ctx, words, right)  # (not "the Office of the President in Ngerulmud": its seat)
        span = words[left:right]
        names = [w for w, _, _ in span]
        titled = [k for k, w in enumerate(names) if w in HEADS and w not in ORG_HEADS]
        served = bool(titled) and h - left < titled[0] <= h - left + 4 and words[h][0] in _OF_AN_OFFICE and \
            names[h - left + 1: h - left + 3] == ["of", "the"]
        if len(names) < 2 or titled and not served:
            continue  # (but "the Office of the Prime Minister", "Press Service of the President": the office's own body)
        if served and "," in names:
            span, names = span[:names.index(",")], names[:names.index(",")]  # ("Office of the Secretary of Defense, Joint Staff")
        start, stop = span[0][1], span[-1][2]
        first, _, rest = span[0][0].partition("-")
        if rest[:1].isupper() and ctx.lexicon.state(first) and not ctx.lexicon.state(rest):
            start += len(first) + 1  # "Canada-Pacific Alliance ...": the same, written as one word
        name = text[start:stop].rstrip("’'s") if text[start:stop].endswith(("’s", "'s")) else text[start:stop]
        if name.endswith(("’s", "'s")):
            name = name[:-2]
        if VENUE_NAME.search(name) and name.endswith(("Centre", "Center", "Airport")):
            continue  # ("the Bingu International Convention Centre", "at Kuala Lumpur International Airport": a place)
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
        name = _without_trailing_acronym(name)
        out.append((name, sentence.start + start))
    for m in _BODY_AFTER.finditer(text):
        name = m.group(1)
        if not known(name.split()[0]) and name.split()[0] not in _GENERIC_LEADS:
            out.append((name, sentence.start + m.start(1)))
    for name, start in acronym_bodies(ctx, text):
        at = sentence.start + start
        if not any(a < at + len(name) and at < a + len(n) for n, a in out):  # not inside a name found above
            out.append((name, at))
    return out


def acronym_after(name: str, text: str, end: int) -> str | None:
    """The acronym written right after a body's name ("... Foreign Affairs FDFA", "... (SEECP)"),
    when its letters are the initials of the name's capitalised words."""
    m = re.match(r"\s*\(?([A-Z][A-Z0-9+&\-]{1,9})\)?", text[end:])
    if not m:
        return None
    initials = "".join(w[0] for w in name.split() if w[:1].isupper())
    return m.group(1) if m.group(1).replace("-", "") == initials else None


def _without_trailing_acronym(name: str) -> str:
    """"Federal Department of Foreign Affairs FDFA": the name; the acronym is another form of it."""
    head, _, last = name.rpartition(" ")
    if head and last.isupper() and len(last) >= 2 and acronym_after(head, " " + last, 0) == last:
        return head
    return name


def _presence_place(ctx: Context, words: list[tuple[str, int, int]], right: int) -> int:
    """"Embassy of Chile in the United States": the place of a presence belongs to its name."""
    k = right
    if k + 1 < len(words) and words[k][0] in ("in", "at"):
        k += 1
        if words[k][0] == "the":
            k += 1
        for n in (4, 3, 2, 1):
            if k + n <= len(words):
                phrase = " ".join(w for w, _, _ in words[k:k + n])
                if ctx.lexicon.state(phrase) or ctx.lexicon.place(phrase):
                    return k + n
    return right


# "South East Europe Cooperation Platform (SEECP)", "Alliance for Development in Democracy (ADD)":
# a capitalised name whose initials spell the acronym in brackets after it.
_WITH_ACRONYM = re.compile(r"((?:[A-Z][\w\-’']*\s+(?:(?:of|for|and|on|in|the|de|to)\s+)*){1,10})"
                           r"\((?P<acronym>[A-Z][A-Za-z0-9+&\-]{1,9})\)")
# What every match of _WITH_ACRONYM holds: a test that opens with a bracket (which the engine
# skips to), before the pattern's tries at every capital.
_ACRONYM = re.compile(r"\([A-Z][A-Za-z0-9+&\-]{1,9}\)")
# Bodies that serve an office and are named after it ("the Office of the President").
_OF_AN_OFFICE = {"Office", "Service", "Administration", "Chancellery", "Cabinet", "Secretariat", "Bureau", "Division",
                 "Directorate", "Department"}
# A venue's name, not a body's nor an event's ("the Bingu International Convention Centre").
VENUE_NAME = re.compile(r"\b(?:Convention|Conference|Exhibition|Congress|Expo) Cent(?:re|er)\b|\bAirport$")
_NOT_BODIES = re.compile(r"\b(?:Agreement|Declaration|Treaty|Memorandum|Act|Accords?|Protocol|Statement|Summit|"
                         r"Conference|Forum|Meeting|Session|Ministerial|Initiative|Programme|Program|Project|Strategy|Plan|Dialogue|Format|Pipeline|Corridor|"
                         r"Route|Railway|Highway|Bridge|Canal|Port|Partnership|Policy|Process|Agenda|Accords?)$")


def acronym_bodies(ctx: Context, text: str) -> list[tuple[str, int]]:
    """Names the text introduces with their acronym, that are not a state, a person, a
    document or an event."""
    out = []
    for m in _WITH_ACRONYM.finditer(text) if _ACRONYM.search(text) else ():
        spans = [(w.group(0), m.start(1) + w.start()) for w in re.finditer(r"\S+", m.group(1))]
        words = [w for w, _ in spans]
        acronym = m["acronym"].replace("-", "").replace("&", "")
        letters = [c for c in acronym if c.isalpha() or c.isdigit()]
        # The shortest tail of the words whose capitalised initials spell the acronym.
        for n in range(1, len(words) + 1):
            tail = words[-n:]
            if tail[0][:1].islower():
                continue
            initials = [w[0] for w in tail if w[:1].isupper()]
            initials += [p[0] for w in tail for p in w.split("-")[1:] if p[:1].isupper()]
            if len(initials) < 2:
                continue
            if "".join(sorted(initials)).upper() == "".join(sorted(letters)).upper() or \
                    "".join(w[0] for w in tail if w[:1].isupper()).upper() == acronym.upper():
                name = " ".join(tail)
                if not (_NOT_BODIES.search(name) or ctx.lexicon.state(name) or ctx.lexicon.organization(name)
                        or any(p.name == name for p in ctx.persons.values())):
                    start = spans[-n][1]
                    out.append((text[start:m.end(1)].rstrip(), start))
                break
    return out


# Organisations whose offices a bare title may mean ("Secretary-General X") and that stay
# actors when named only in an office.
INTERNATIONAL_KINDS = {"international_organization", "regional_organization", "bloc", "un_body", "financial_institution"}


def home_body(ctx: Context, start: int = 0, end: int = 0) -> str | None:
    """The international organisation whose a bare "Secretary-General" is ("org:<key>"): the
    only one named in the title's sentence (``start``-``end``: "with the UN and
    Secretary-General Guterres" in a release about NATO), else the one the release names most.
    Bodies the gazetteer lacks do not count, nor blocs (the G7 or BRICS have no secretariat)."""
    named = [m for m in ctx.mentions if m.kind == "org" and m.key in ctx.lexicon.organizations
             and ctx.lexicon.organizations[m.key].kind in INTERNATIONAL_KINDS - {"bloc"}]
    near = {m.key for m in named if start <= m.start < end}
    if len(near) == 1:
        return f"org:{near.pop()}"
    counts = Counter(m.key for m in named)
    return f"org:{counts.most_common(1)[0][0]}" if counts else None


def only_in_titles(ctx: Context, keys: Iterable[str]) -> set[str]:
    """Of the organisations ``keys``, those named only inside a person's office ("Acting
    Assistant Secretary for the Bureau of Western Hemisphere Affairs, X"): part of the office,
    not actors of the release. (An international organisation stays: "Secretary General of
    NATO X" is NATO's.)"""
    spans = [(o.start, o.end) for found in ctx.person_mentions for pm in found for o in pm.offices]
    if not spans:
        return set()
    return _national_only_where(ctx, keys, lambda m: any(a <= m.start and m.end <= b for a, b in spans))


def _national_only_where(ctx: Context, keys: Iterable[str], holds: Callable[[Mention], bool]) -> set[str]:
    """Of the organisations ``keys`` (gazetteer keys, or "body:<name>" for a body named in the
    text), those not international of which every mention passes ``holds``."""
    inside: dict[str, bool] = {}  # organisation key → every mention so far passes
    for m in ctx.mentions:
        if m.kind == "org":
            key = m.key if m.key in ctx.lexicon.organizations else "body:" + m.text
            inside[key] = inside.get(key, True) and holds(m)
    out = set()
    for key in keys:
        entry = ctx.lexicon.organizations.get(key)  # (None for a body named in the text: "body:...")
        if inside.get(key) and not (entry is not None and entry.kind in INTERNATIONAL_KINDS | {"format", "court"}):
            out.add(key)
    return out


# "Memorandum of Understanding between the Ministry of Foreign Affairs of X and the Ministry of
# ... of Y on Cooperation in ...": the bodies are parties named inside the document's name.
_PARTY_IN_DOCUMENT = re.compile(
    r"\b(?:Memorand(?:um|a)|Agreements?|Protocol|Arrangements?|Program(?:me)?|Plan|Treaty|Convention|Statement|"
    r"Declaration|Exchange of Notes|MoU|MOU)\b[^.;:]{0,250}?\bbetween\s+(?:the\s+)?(?:[^.;:]{0,250}?\s+and\s+(?:the\s+)?)?$")


def only_in_document_names(ctx: Context, keys: Iterable[str]) -> set[str]:
    """Of the organisations ``keys`` (not international ones), those named only as a party inside
    a document's name ("Memorandum of Understanding between the Ministry of Foreign Affairs of X
    and ..."): the document's words, not an actor the release names on its own."""
    def in_a_name(m: Mention) -> bool:
        before = ctx.release.text[max(m.start - 600, 0): m.start]  # (the pattern stays inside one sentence)
        return "between" in before and _PARTY_IN_DOCUMENT.search(before) is not None

    return _national_only_where(ctx, keys, in_a_name)


def _every_mention(ctx: Context, keys: Iterable[str], holds: Callable[[Mention, OrgEntry], bool]) -> set[str]:
    """Of the gazetteer organisations ``keys``, those of which every mention passes ``holds(mention, entry)``."""
    passes: dict[str, bool] = {}
    for m in ctx.mentions:
        entry = ctx.lexicon.organizations.get(m.key) if m.kind == "org" else None
        if entry is not None:
            passes[m.key] = passes.get(m.key, True) and holds(m, entry)
    return {key for key in keys if passes.get(key)}


def only_as_venues(ctx: Context, keys: Iterable[str]) -> set[str]:
    """Of the organisations ``keys``, a seat of government named by one word only as where talks
    were held ("received at the Akorda", "talks at Akorda"): the building, no actor of the release
    ("Kazinform cites the Akorda press service" names the office; "colleagues at USAID", an
    acronym, an agency)."""
    text = ctx.release.text
    return _every_mention(ctx, keys, lambda m, entry: entry.kind == "national_body" and " " not in m.text
                          and not m.text.isupper() and re.search(r"\bat\s+(?:the\s+)?$", text[max(0, m.start - 8): m.start]) is not None)


def only_as_tags(ctx: Context, keys: Iterable[str]) -> set[str]:
    """Of the organisations ``keys``, an agency named only as its tag in brackets, in the dateline
    ("Goa [India], May 4 (ANI):") or alone on a line closing the text ("(ANI)"): the carrier's
    stamp, no actor of the release."""
    text = ctx.release.text

    def tag(m: Mention, entry: OrgEntry) -> bool:
        line = text[text.rfind("\n", 0, m.start) + 1: (text.find("\n", m.end) + 1 or len(text) + 1) - 1].strip()
        return text[m.start - 1: m.start] == "(" and text[m.end: m.end + 1] == ")" and \
            (m.start < ctx.dateline_end or line == f"({m.text})")
    return _every_mention(ctx, keys, tag)


def part_of_another(seen: dict[str, Organization], lexicon: Lexicon) -> set[str]:
    """Keys of bodies the text names in part where it names them in full too: "the Joint
    Permanent Commission on Cooperation" beside "the Malawi-Zambia Joint Permanent Commission on
    Cooperation", "the Organization for Security and Co-operation" cut short of "in Europe". The
    part becomes an alias of the whole."""
    out: set[str] = set()
    for key, org in seen.items():
        words = org.name.split()
        if not key.startswith("body:") or len(words) < 3:
            continue
        for other_key, other in seen.items():
            if other_key == key or other_key in out:
                continue
            whole = next((form for form in (other.name, *other.aliases) if _part_of(words, form.split(), lexicon)), None)
            if whole is not None:
                out.add(key)
                if org.name not in other.aliases:
                    other.aliases.append(org.name)
                break
    return out


def _part_of(words: list[str], whole: list[str], lexicon: Lexicon) -> bool:
    """The end of ``whole`` after the parties' names ("Malawi-Zambia", "U.S."; not "New", nor
    "the Treasury's"), or its start cut before "in", "of" or "for"."""
    n = len(words)
    if len(whole) <= n:
        return False
    if whole[:n] == words:
        return whole[n] in ("in", "of", "for")
    prefix = " ".join(whole[:-n])
    return whole[-n:] == words and (bool(lexicon.state(prefix) or lexicon.organization(prefix)) or all(
        all(lexicon.state(part) or lexicon.organization(part) for part in re.split(r"[-–]", w)) or
        w.replace(".", "").isupper() for w in whole[:-n]))
