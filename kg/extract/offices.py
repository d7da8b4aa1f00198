"""Offices: the title chains before or after a name ("Deputy Prime Minister – Minister of
Foreign Affairs of the Republic of Kazakhstan Murat Nurtleu", "Sergey Lavrov, Russia's
Foreign Minister"), split into offices, each with the state or organisation it belongs to."""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.tokens import (
    ABBREVIATED_OFFICES, ABROAD_WORDS, BODY_ENDS, COMPASS, CONNECTORS, HONORIFICS, PARTICLES, REGION_WORDS, Token,
)
from kg.lexicon import BRITISH_SECRETARY, Lexicon, fold
from kg.records import Evidence


# Offices that belong to an organisation, never to the home state by default.
IO_TITLES = re.compile(
    r"Secretary-General|Secretary General|Chairperson-in-Office|Chairman-in-Office|Director-General|"
    r"Director General|High Representative|High Commissioner for|Executive Secretary|Managing Director|"
    r"President of the (?:European|World|Asian|African)|Commissioner for|Special Rapporteur|Chairperson of the",
    re.IGNORECASE,  # ("its secretary general, Jens Stoltenberg" as much as the capitalised title)
)
# Honorific titles that work as a name: "Elbasy Nursultan Nazarbayev" (a form of address, not an office).
ALIAS_TITLES = {"Elbasy"}
NOT_A_TITLE_START = {")", "(", "Affairs", "Relations", "Issues", "Policy", "Operations", "Programs", "Programmes"}
VOCATIVE = {"Mr.", "Mr", "Madam", "Madame", "Mrs.", "Mrs", "Ms.", "Ms"}
SPLIT_WORDS = {"and", "–", "—", "-", "--", ",", "/"}
PLURAL_TITLE = re.compile(r"^(?:foreign ministers|ministers of foreign affairs|ministers|ambassadors|heads of state|leaders|presidents|prime ministers)$", re.I)


@dataclass(slots=True)
class Office:
    title: str
    of: str | None  # state ISO code ("state:KZ") or organisation key ("org:osce") or None
    start: int
    end: int


def join_tokens(text: str, base: int, tokens: list[Token]) -> str:
    return text[tokens[0].start - base: tokens[-1].end - base] if tokens else ""


def split_chain(chain: list[Token]) -> list[list[Token]]:
    """'Deputy Prime Minister – Minister of Foreign Affairs' → two offices; 'Minister of
    Foreign and European Affairs' stays one (no head after the 'and')."""
    parts: list[list[Token]] = [[]]
    for i, tok in enumerate(chain):
        if tok.text in SPLIT_WORDS:
            rest = chain[i + 1:]
            head_next = False
            for r in rest:
                if r.text in ("of", "for", "to") or r.text in SPLIT_WORDS:
                    break
                if "head" in r.tags:
                    head_next = True
                    break
            if head_next and parts[-1]:
                parts.append([])
                continue
        parts[-1].append(tok)
    kept = [p for p in parts if p and any("head" in t.tags for t in p) and
            not (len(p) == 1 and p[0].text in ALIAS_TITLES) and not _plural_office(p)]
    while len(kept) >= 2 and _sole_office(kept[0]) and _sole_office(kept[1]) and \
            _sole_office(kept[0]) != _sole_office(kept[1]):  # (not "The President, President Biden": one)
        kept = kept[1:]  # ("The Taoiseach and Prime Minister Sánchez": two persons, the first named by office alone)
    return kept


# Offices one person never holds two of at once ("the President and Prime Minister X" are two persons;
# not "Vice President and Prime Minister", "Crown Prince and Prime Minister": one).
_SOLE_OFFICES = frozenset({"President", "Prime Minister", "Taoiseach", "Premier", "Chancellor", "King", "Queen", "Emir",
                           "Amir"})


def _sole_office(part: list[Token]) -> str | None:
    """The office ``part`` names, if it is one of _SOLE_OFFICES."""
    named = " ".join(t.text for t in part if t.text not in ("the", "The"))
    return named if named in _SOLE_OFFICES else None


def _plural_office(part: list[Token]) -> bool:
    """"the two Ministers, Secretary (East) ...": "Ministers" is not his office."""
    heads = [t for t in part if "head" in t.tags]
    return bool(heads) and all(t.text.endswith("s") and t.text[:-1] in _SINGULAR_HEADS for t in heads)


_SINGULAR_HEADS = {"Minister", "Secretarie", "Ambassador", "Leader", "President", "Representative", "Envoy",
                   "Chairman", "Member", "Head", "Director", "Deputie", "Senator", "Governor", "Commissioner"}


# ("President of the Republic" with no state after it is an office whole)
_STATE_FORM_LEFT = re.compile(r"\s+of\s+(?:the\s+)?(?:Republic|Kingdom|Federation|Sultanate|Emirate|Commonwealth|"
                              r"Principality|Grand Duchy)$")
# Ranks of birth: part of a name ("Prince Faisal"), never an office.
BIRTH_RANK = re.compile(r"Prince|Princess|Sheikh|Sheikha|Sheik")
_HONORIFIC_AFTER = re.compile(rf"(?:(?<!Crown)\s+(?:{BIRTH_RANK.pattern}|Emir|H\.?\s?E\.?|H\.?\s?H\.?|"
                              r"Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Madam|Sir|Dame))+$")


def office_of(part: list[Token], text: str, base: int, lexicon: Lexicon) -> Office:
    """One office: its title and what it belongs to."""
    toks = [t for t in part if t.text not in ("the", "The")]
    of: str | None = None
    # "former Japanese Prime Minister": the modifier stays in the title, the state leaves it.
    modifiers: list[Token] = []
    while len(toks) > 1 and toks[0].text.lower() in ("former", "late", "acting", "interim") and toks[1].tags & {"state", "demonym"}:
        modifiers.append(toks[0])
        toks = toks[1:]
    # Leading state, demonym, possessive or acronym: "Slovak", "Moldova's", "U.S.", "OSCE".
    while toks and (toks[0].tags & {"state", "demonym", "org"}):
        tag = "org" if "org" in toks[0].tags else "state"
        key = toks[0].key
        mention = toks[0].mention
        n = 1
        while n < len(toks) and toks[n].mention is mention and mention is not None:
            n += 1
        if n >= len(toks) or not any("head" in t.tags for t in toks[n:]):
            break
        of = of or f"{tag}:{key}"
        toks = toks[n:]
    # Trailing "of the Republic of Kazakhstan": the state leaves the title. "of the African
    # Union Commission" stays in it (annotators keep an organisation's office whole) and the
    # organisation, as written, is what the office belongs to. "to Kazakhstan" (an
    # ambassador's host) stays too.
    host_part: list[Token] = []
    state_cut = False
    for k in range(len(toks) - 1, 0, -1):
        if toks[k].text == "to" and toks[k].mention is None and k + 1 < len(toks):
            tail = [t for t in toks[k + 1:] if t.text != "the"]
            if tail and all(t.tags & {"state", "demonym"} and t.mention is tail[0].mention for t in tail):
                host_part, toks = toks[k:], toks[:k]  # put back after the "of" below
            break
    for k in range(len(toks) - 1, 0, -1):
        if toks[k].text != "of" or toks[k].mention is not None or k + 1 >= len(toks):
            continue
        tail = [t for t in toks[k + 1:] if t.text not in ("the", "(", ")")]
        if tail and tail[-1].tags & {"org"} and len(tail) > 1 and tail[-1].mention is not tail[0].mention \
                and tail[-1].key == tail[0].key:
            tail = tail[:-1]  # "... for Central Asia (UNRCCA)": the acronym repeats the body
        # ("President of the ECOWAS Commission": a known body, then the word that names its organ)
        organ = len(tail) > 1 and tail[-1].bare in BODY_ENDS and not tail[-1].tags & {"org"} and \
            all("org" in t.tags and t.mention is tail[0].mention for t in tail[:-1])
        if tail and (organ or all(t.tags & {"state", "demonym", "org"} and t.mention is tail[0].mention for t in tail)):
            if "org" in tail[0].tags:
                body = re.sub(r"[’']s$", "", join_tokens(text, base, tail))  # "of the ITU’s ... Bureau"
                parent = _parent_body(body, tail[0].key, lexicon)
                # "Chairperson of the African Union Commission": an office of the African Union,
                # its organ named in the title; otherwise the body as written.
                of = of or (f"org:{parent}" if parent else f"org-as-written:{body}|{tail[0].key}")
            else:
                of = f"state:{tail[0].key}"
                toks = toks[:k]
                state_cut = True
        break
    # "Minister of Foreign Affairs of the Republic" (the state named before): drop the dangling "of the".
    while toks and toks[-1].text in CONNECTORS:
        toks = toks[:-1]
    title = join_tokens(text, base, toks) if toks else join_tokens(text, base, part)
    if modifiers and toks:
        title = " ".join(t.text for t in modifiers) + " " + title
    if host_part and toks:
        title = f"{title} {join_tokens(text, base, host_part)}"
    title = re.sub(r"\s*\([A-Z][A-Z.\-]{1,9}\)", "", title)  # "(ROK) Foreign Minister", "Centre (UNRCCA)"
    # "Minister ... of the Republic of Turkiye" (a form the gazetteer lacks): the state form goes
    # with the state; "Minister of Foreign Affairs Prince Faisal": the honorific is the name's.
    title = _HONORIFIC_AFTER.sub("", _STATE_FORM_LEFT.sub("", title) if state_cut else title)
    title = re.sub(r"\s+", " ", title).strip(" ,–—-")
    if title.endswith(("’s", "'s")):
        title = title[:-2]
    title = ABBREVIATED_OFFICES.get(title, title)  # "FM Meredov": the Foreign Minister
    if of is None:
        of = _body_as_written(text, base, toks)
    if of is None:
        for n, t in enumerate(part):
            if "national" in t.tags and t.key:
                of = f"state:{t.key}"
            if "state" in t.tags and t.key and n + 1 < len(part) and part[n + 1].text in REGION_WORDS:
                of = of or f"state:{t.key}"  # "Governor of East Kazakhstan Region": a region of Kazakhstan
            # (not "Executive Director of Georgetown’s Institute": a body's, whatever its town)
            place = lexicon.places.get(t.key) if "place" in t.tags and t.key and not t.possessive else None
            if place is not None and place.code and of is None:
                of = f"state:{place.code}"  # "Chief Minister of Penang": an office of Malaysia
        for a, b in zip(part, part[1:]):
            if "demonym" in a.tags and a.key and b.text in ABROAD_WORDS:
                of = of or f"state:{a.key}"  # ("Minister of Foreign Affairs, Emigration and Egyptian Expatriates")
        folded = fold(title)
        for term, code in lexicon.office_states.items():
            if term in folded and not (term == "secretary of state" and BRITISH_SECRETARY.search(folded)):
                of = of or f"state:{code}"
    return Office(title, of, part[0].start, part[-1].end)


# A body of several states, by its name ("West African Development Bank", "Central Bank of West
# African States"), which the gazetteer may lack.
_REGIONAL_BODY = re.compile(r"\b(?:International|World|Global|African|Asian|American|European|Arab|Islamic|Caribbean|"
                            r"Pacific|Nordic|Andean|Regional|Development Bank|West African|Central African|"
                            r"Inter-American|Latin American)\b")


def _body_as_written(text: str, base: int, toks: list[Token]) -> str | None:
    """"President of the West African Development Bank": the office of a body of several states
    the gazetteer lacks, named in the title after the office's last head (not the state's default)."""
    heads = [k for k, t in enumerate(toks) if "head" in t.tags]
    after = toks[heads[-1] + 1:] if heads else []
    if len(after) < 3 or after[0].text != "of":
        return None
    tail = [t for t in after[1:] if t.text not in ("the", "(", ")")]
    if len(tail) > 1 and tail[-1].text.isupper() and after[-1].text == ")":
        tail = tail[:-1]  # ("... Development Bank (BOAD)": its acronym)
    # ("West African Development Bank": no "African Development Bank", whatever the gazetteer matched in it)
    longer = bool(tail) and tail[0].bare in COMPASS and "org" not in tail[0].tags
    if not tail or not all(t.cap or t.text in CONNECTORS for t in tail) or tail[-1].text in CONNECTORS or \
            any(t.tags & ({"state", "demonym", "national"} if longer else {"state", "demonym", "org", "national"})
                for t in tail) or \
            not any(t.bare in BODY_ENDS for t in tail):
        return None
    body = join_tokens(text, base, tail)
    # (not a unit of a state's own administration: "Head of the International Policy Bureau")
    if tail[-1].bare in _STATE_UNITS:
        return None
    return f"org-as-written:{body}|" if _REGIONAL_BODY.search(body) else None


_STATE_UNITS = frozenset({"Bureau", "Department", "Directorate", "Office", "Ministry", "Service", "Division", "Unit",
                          "Administration", "Cabinet", "Chancellery", "Secretariat", "Inspectorate", "Command"})


# Words a body's name may hold between the state that opens it and the title that ends it.
_BODY_NAME_JOINERS = {"of", "and", "for", "the", "(", ")", "&"}


def body_state_before(tokens: list[Token], office: Office) -> str | None:
    """The state that opens the body's name right before an ``office``'s title: "Italian MFA |
    Political Director", "Yemeni Presidential Leadership Council | President", "Australian
    Department of Foreign Affairs and Trade | Secretary". The title is that state's office, not
    the publisher's. Only an unbroken run of capitalised words (and joiners) counts."""
    start = next((n for n, t in enumerate(tokens) if t.start >= office.start), len(tokens))
    k = start - 1
    while k >= 0 and start - k <= 10 and tokens[k].text not in HONORIFICS and (
            tokens[k].cap and not (tokens[k].possessive and "name" in tokens[k].tags) or tokens[k].text in _BODY_NAME_JOINERS):
        k -= 1
    k += 1
    while k < start and tokens[k].text in _BODY_NAME_JOINERS:
        k += 1
    if k >= start - 1 or not tokens[k].tags & {"state", "demonym"} or not tokens[k].key:
        return None  # (a state right before the title is the chain's own, read by ``office_of``)
    body = next((t for t in tokens[k + 1:start] if t.mention is not tokens[k].mention or t.mention is None), None)
    if body is None or not body.cap or body.tags & {"state", "demonym"}:
        return None  # "Lebanon and Senior Advisor Hochstein": two things, not a state's body
    if k > 0 and tokens[k - 1].text in ("-", "–") or tokens[k].text.endswith(("-led", "-born")):
        return None
    return f"state:{tokens[k].key}"


def title_ends_at(tokens: list[Token], i: int) -> bool:
    """Whether the one capitalised word at ``i``, after an office's words, ends the title rather
    than names its holder: "Minister of State for Middle East, North Africa", "Envoy for Western
    Sahara", "Secretary ... in Congo" (not "Minister Cleverly", "Minister of Japan Hayashi")."""
    before = tokens[i - 1] if i > 0 else None
    return before is not None and before.text != "," and before.text not in HONORIFICS and (
        not before.tags & {"head", "title", "state", "demonym", "org", "national"} or before.text in COMPASS)


def _parent_body(body: str, key: str | None, lexicon: Lexicon) -> str | None:
    """The organisation whose name opens ``body``'s ("African Union" of "African Union
    Commission", "UN" of "UN Security Council"), if it is another one."""
    words = body.split()
    for n in range(len(words) - 1, 0, -1):
        entry = lexicon.organization(" ".join(words[:n]))
        if entry is not None and entry.key != key:
            return entry.key
    return None


def list_state(tokens: list[Token], i: int) -> tuple[str, str] | None:
    """'the foreign ministers of Spain José Albares, Latvia Baiba Braže', 'the Presidents of
    Brazil, X, of Portugal, Y, and of Cabo Verde, Z': the state before the name and the plural
    title the list hangs from."""
    k = i - 1
    if k >= 2 and tokens[k].text == "," and tokens[k - 1].tags & {"state"} and tokens[k - 1].mention is not None:
        k -= 1  # ("the Presidents of Brazil, Luiz Inácio Lula da Silva, of Portugal, Marcelo Rebelo de Sousa")
        m = k
        while m > 0 and tokens[m - 1].mention is tokens[k].mention:
            m -= 1
        if m < 1 or tokens[m - 1].text != "of":
            return None
    if k < 0 or not (tokens[k].tags & {"state"}):
        return None
    state_key = tokens[k].key
    mention = tokens[k].mention
    while k >= 0 and tokens[k].mention is mention:
        k -= 1
    # Walk back over earlier "State Name," items to the plural title.
    while k >= 0:
        word = tokens[k].text
        if word == "of":
            words = []
            m = k - 1
            while m >= 0 and tokens[m].text not in ("the", "The", ",", "with", "and") and len(words) < 5:
                words.insert(0, tokens[m].text)
                m -= 1
            plural = " ".join(words)
            if PLURAL_TITLE.match(plural):
                return f"state:{state_key}", _singular(plural)
            if k >= 1 and tokens[k - 1].text in (",", "and"):
                k -= 1  # (", of Portugal, Marcelo ...": an earlier item of the list)
                continue
            return None
        if word in (",", "and") or tokens[k].cap or tokens[k].text in PARTICLES:
            k -= 1
            continue
        return None
    return None


def _singular(plural: str) -> str:
    words = plural.split()
    fixed = []
    for w in words:
        low = w.lower()
        if low.endswith("ministers"):
            w = w[:-1]
        elif low == "ambassadors":
            w = w[:-1]
        elif low in ("presidents", "leaders"):
            w = w[:-1]
        elif low == "heads":
            w = w[:-1]
        fixed.append(w[:1].upper() + w[1:])
    return " ".join(fixed)


def held_then(title: str, of: str | None, evidence: Evidence | None) -> bool:
    """Whether the text gives the office ``title`` as held before ("then-President Nguyen Xuan Phuc")."""
    return evidence is not None and f"then-{title}" in evidence.sentence
