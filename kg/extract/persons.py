"""Persons: runs of name tokens that the text marks as a person.

A run is a person when an office title stands before it ("Minister of Foreign Affairs
Beibut Atamkulov") or after it ("Sergey Lavrov, Russia's Foreign Minister"), an honorific
("Mr. Lajčák"), the word counterpart ("his Indian counterpart Subrahmanyam Jaishankar"), a
verb only persons do ("Jeyhun Bayramov took part"), or when it is the surname of a person
already found. The title chains themselves are read in ``kg.extract.offices``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.extract.appositions import apposed_office
from kg.extract.counterparts import coordinated, counterpart_after, counterpart_before, delegation_state
from kg.extract.offices import (
    BIRTH_RANK, IO_TITLES, Office, body_state_before, join_tokens, list_state, office_of, split_chain, title_ends_at,
)
from kg.extract.office_chains import chain_before
from kg.extract.offices_after import chain_after, its_body, state_after
from kg.extract.person_cues import (
    acts, addressed, caps_particle, caps_surname, generation_after, member_of_parliament,
    met_by_someone, named_after, names_a_thing, plain_run, region_before, served_office, tag_title_words, title_before_name,
    styled_office, title_continues, two_holders,
)
from kg.extract.tokens import BODY_ENDS, HONORIFICS, ORG_HEADS, PARTICLES, REGION_WORDS, Token, is_name_token
from kg.lexicon import Lexicon

_INITIAL = re.compile(r"[A-Z]\.")
_MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"}
REGNAL = {"II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI"}
# Given names written short, with a dot ("Md. Touhid Hossain", "Mohd. Khaled").
_SHORT_GIVEN = {"Md", "Mohd", "Muhd"}
# Compass words that are surnames too ("Tom West", "Elizabeth North").
_SURNAME_COMPASS = {"North", "South", "East", "West"}
_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")
_NAME_SHAPE_WORD = re.compile(r"[A-ZÀ-ÞĀ-Ž][a-zß-ÿā-ž\-]+")
_BEFORE_APPOSED_NAME = frozenset({",", "counterpart", "Counterpart"})
_OPEN_QUOTES = ("'", "‘", '"', "“")
_POST_NOMINALS = {"MP", "TD", "PC", "SC", "KC", "QC", "MEP", "MLA", "CGH", "EGH", "OBE", "CBE", "KBE", "GCMG", "MBE"}


@dataclass(slots=True)
class PersonMention:
    start: int
    end: int
    name: str  # as written, honorific dropped
    offices: list[Office] = field(default_factory=list)
    honorific: bool = False
    state: str | None = None  # "state:XX" when the text ties the person to a state
    counterpart: bool = False  # introduced as someone's counterpart: holds the same office


# ("Minister HE Abdulnasser Alshaali", "Foreign Minister II Erywan": a form of address, a numeral)
_NOT_SHORT_SURNAMES = frozenset({"HE", "HH", "HM", "HRH", "II", "III", "IV", "VI", "MP", "DR", "MR", "MS", "MRS"})


def _words_of_name(name_tokens: list[Token]) -> int:
    """The words of a name run, its particles aside ("Marcelo Rebelo de Sousa": three)."""
    return sum(1 for t in name_tokens if t.text not in PARTICLES)


def _span_text(text: str, tokens: list[Token], i: int, j: int, base: int) -> str:
    return text[tokens[i].start - base: tokens[j - 1].end - base]


def find_person_mentions(tokens: list[Token], text: str, base: int, lexicon: Lexicon,
                         known_surnames: set[str], titled_surnames: frozenset[str] | set[str] = frozenset()
                         ) -> list[PersonMention]:
    """Person mentions in one sentence's tokens (``text`` starts at release offset ``base``);
    ``titled_surnames`` were written after an office alone, and make a plain name run ending in
    one a person."""
    found: list[PersonMention] = []
    rejected: list[tuple[int, int, str]] = []  # name runs without a person's mark: maybe listed beside one
    i = 0
    n = len(tokens)
    def namey(k: int) -> bool:
        tags = tokens[k].tags
        if tokens[k].text in _SHORT_GIVEN and k + 2 < n and tokens[k + 1].text == "." and is_name_token(tokens[k + 2]) \
                or tokens[k].text == "." and k > 0 and tokens[k - 1].text in _SHORT_GIVEN and k + 1 < n \
                and is_name_token(tokens[k + 1]):
            return True  # "Md. Touhid Hossain": Mohammad written short, and its dot
        if "gap" in tags or not tokens[k].cap and "place" not in tags:  # (all rules but a place's need a capital)
            return False
        if tokens[k].text in REGION_WORDS and k > 0 and tokens[k - 1].tags & {"place", "state"}:
            return False  # "Governor of Osaka Prefecture Yoshimura Hirofumi", "East Kazakhstan Region": the region's word
        if is_name_token(tokens[k]):
            return True
        if tokens[k].text in _SURNAME_COMPASS and k > 0 and is_name_token(tokens[k - 1]) \
                and not (k + 1 < n and (tokens[k + 1].cap or tokens[k + 1].text == "of")):
            return True  # "Special Representative Tom West met": a compass word ending a name, no region after it
        if tokens[k].text in REGNAL and k > 0 and is_name_token(tokens[k - 1]):
            return True  # "King Abdullah II", "Pope Leo XIV": the numeral is part of the name
        if tokens[k].text in HONORIFICS and k > 0 and (tokens[k - 1].text in ("bin", "binti", "ibn") or tokens[k].text
                                                       in ("Sheikh", "Shaikh") and is_name_token(tokens[k - 1])) \
                and k + 1 < n and is_name_token(tokens[k + 1]):
            return True  # "Mohamad bin Haji Hasan", "Hassan Sheikh Mohamud": a title's word inside the name
        if tokens[k].text in ("Emir", "Amir", "Sultan", "Prince") and k > 0 and tokens[k - 1].text in ("Mr.", "Mr") \
                and k + 1 < n and is_name_token(tokens[k + 1]):
            return True  # "Mr. Emir Hadžiosmanović": a given name that is a title's word
        if tokens[k].text in _MONTHS and k > 0 and (tokens[k - 1].text in HONORIFICS or "title" in tokens[k - 1].tags) \
                and k + 1 < n and is_name_token(tokens[k + 1]):
            return True  # "Hon. January Makamba": a given name that is a month's
        if "place" in tags and k > 0 and (is_name_token(tokens[k - 1]) or tokens[k - 1].text in PARTICLES and k > 1
                                          and is_name_token(tokens[k - 2])) and not tags & {"state", "demonym", "org"} \
                and _NAME_SHAPE_WORD.fullmatch(tokens[k].text):
            # "Ambassador Tomoko Nagasaki": a city's name as a surname, right after a name word (or its
            # particle: "Ricardo Alves de Lima")
            return True
        if "place" in tags and k > 0 and not tags & {"state", "demonym", "org"} and k + 1 < n \
                and is_name_token(tokens[k + 1]) and "place" not in tokens[k + 1].tags \
                and _NAME_SHAPE_WORD.fullmatch(tokens[k].text) and (
                    "head" in tokens[k - 1].tags or tokens[k - 1].text in _BEFORE_APPOSED_NAME
                    and (k + 2 == n or tokens[k + 2].text in (",", ".", "(") or not tokens[k + 2].cap)):
            # "President Santiago Peña (Palacios)", "the Minister of Foreign Affairs of the Argentine
            # Republic, Santiago Cafiero, who ...", "his counterpart Santiago Cafiero": a city's name as
            # a given name, after a title, an office's comma or "counterpart"
            return True
        # (Initials hold a dot: the cheap test spares most tokens the pattern.)
        if "." in tokens[k].text and _INITIALS.fullmatch(tokens[k].text) and k > 0 and k + 1 < n and is_name_token(tokens[k + 1]) and (
                tokens[k - 1].tags & {"title", "head"} or tokens[k - 1].text in HONORIFICS or
                # ("the Prime Minister of Nepal, K.P. Sharma Oli": after an office's comma)
                (is_name_token(tokens[k - 1]) or tokens[k - 1].text == "," and k + 2 < n and is_name_token(tokens[k + 2]))
                and tokens[k].text not in ("U.S.", "D.C.", "U.K.", "U.N.", "E.U.", "P.R.C.", "U.A.E.")
                and tokens[k].text not in HONORIFICS):  # (not "H.E.")
            # "Assistant Secretary J.R. Littlejohn", "Retno L.P. Marsudi": initials, not an acronym like "U.S."
            return True
        if tokens[k].text.isupper() and 2 <= len(tokens[k].text) <= 3 and tokens[k].text.isalpha() and k > 0 \
                and tokens[k].text not in _NOT_SHORT_SURNAMES \
                and tokens[k - 1].tags & {"title", "head"} and k + 1 < n and is_name_token(tokens[k + 1]) \
                and not tags & {"state", "demonym", "org", "place", "national"}:
            return True  # "Director-General QU Dongyu": a short surname in capitals, between a title and a name
        if "state" in tags and k > 0 and "head" in tokens[k - 1].tags and k + 1 < n and is_name_token(tokens[k + 1]) \
                and not tokens[k].possessive and _NAME_SHAPE_WORD.fullmatch(tokens[k].text):
            return True  # "Israeli Foreign Minister Israel Katz": a state's name as a given name, after a title
        if "caps" not in tags:
            return False
        # "HAYASHI Yoshimasa": a surname in capitals beside a name word is a name word; so is each
        # of a run of them after a name word or a form of address ("Mohamed Salem OULD MERZOUG",
        # "Mr OULD MERZOUG").
        if not caps_surname(tokens[k]):
            return False
        if k + 1 < n and is_name_token(tokens[k + 1]) or k > 0 and is_name_token(tokens[k - 1]):
            return True
        m = k - 1
        while m >= 0 and (caps_surname(tokens[m]) or caps_particle(tokens[m])):
            m -= 1
        return m < k - 1 and m >= 0 and (is_name_token(tokens[m]) or tokens[m].text in HONORIFICS) or \
            m == k - 1 and m >= 0 and tokens[m].text in HONORIFICS and k + 1 < n and caps_surname(tokens[k + 1])

    while i < n:
        # ("Minister van Klaveren": a surname's particle right after a title starts the name)
        if not namey(i) and not (tokens[i].text in PARTICLES and 0 < i < n - 1 and namey(i + 1) and (
                tokens[i - 1].tags & {"title", "head"} or tokens[i - 1].text in HONORIFICS)):
            i += 1
            continue
        j = i + 1  # token i is namey
        # (a surname's particles, one or two: "Ursula von der Leyen", "Pedro de la Rosa")
        while j < n and (namey(j) or caps_particle(tokens[j]) and j + 1 < n and namey(j + 1) or (
                tokens[j].text in PARTICLES and j + 1 < n and (
                namey(j + 1) or tokens[j + 1].text in PARTICLES and j + 2 < n and namey(j + 2)))):
            j += 1
        # "Deputy Commander of U.S. Cyber Command Jane Doe": the name starts after the body's.
        body_end = next((k for k in range(j - 2, i - 1, -1) if tokens[k].bare in BODY_ENDS), None)
        if body_end is not None:
            i = body_end + 1
        # A name ends at a possessive: "Blinken’s Call".
        for k in range(i, j):
            if tokens[k].possessive:
                j = k + 1
                break
        # "Minister of Investments and Foreign Trade Sardor Umurzakov", "Unification Minister
        # Kwon": capitalised words inside a title are not a name.
        # ("the Speaker of the Islamic Consultative Assembly of Iran": a body's word right after the run)
        if j < n and ("head" in tokens[j].tags or tokens[j].text in ORG_HEADS and "title" in tokens[j].tags or (
                tokens[j].text in ("and", "of", "for", "&") and title_continues(tokens, j + 1)
                # "Joseph R. Biden and the Heads of State": "and the" starts another phrase.
                and not (tokens[j].text == "and" and j + 1 < n and tokens[j + 1].text == "the"))
                or title_before_name(tokens, j)):
            tag_title_words(tokens, i, j)
            i = j
            continue
        if j == i + 1 and i >= 2 and tokens[i - 1].text in ("and", "of", "for") and "title" in tokens[i - 2].tags \
                and j + 1 < n and tokens[j].text == "," and (tokens[j + 1].text in HONORIFICS or is_name_token(tokens[j + 1])):
            tokens[i].tag("title")  # "for Political Affairs and Negotiations, Dr. X": the title's last word
            i = j
            continue
        name_tokens = tokens[i:j]
        name = join_tokens(text, base, name_tokens)
        if name.endswith(("’s", "'s")):
            name = name[:-2]
        elif name.endswith(("s’", "s'")):
            name = name[:-1]  # ("Prime Minister Kyriakos Mitsotakis' meetings")
        chain, chain_start = chain_before(tokens, i)
        if chain and i >= 2 and tokens[i - 1].possessive and tokens[i - 1].tags & {"state"} and tokens[i - 2].text == "of":
            # ("the Speaker of Malaysia’s Dewan Rakyat": the state's body the office is of, not a name)
            for t in name_tokens:
                t.tag("title")
            i = j
            continue
        region = region_before(tokens, i) if chain and len(name_tokens) >= 3 else None
        if region is not None:
            # "Premier of New South Wales Chris Minns": a region's compass word cut the run short;
            # the run's first word is the region's last
            tokens[i].tag("title")
            i += 1
            name_tokens = tokens[i:j]
            name = join_tokens(text, base, name_tokens)
            chain, chain_start = chain_before(tokens, i)
        if chain and i > 0 and tokens[i - 1].text in ("for", "the", "and", "of") and name_tokens[-1].bare not in known_surnames:
            # "Special Representative for the Gulf Region", "... for Political Affairs and
            # Negotiation": the words end the title; of a longer run ("Envoy for the Horn of
            # Africa Jeffrey Feltman") the last two words (three with an initial) are the name.
            keep = 3 if len(name_tokens) >= 4 and (_INITIAL.fullmatch(name_tokens[-2].text) or
                                                   name_tokens[-2].text in ("Al", "El", "Abu", "Bin", "Van", "De", "Da")) else 2
            tail = name_tokens[:-keep] if len(name_tokens) > keep else name_tokens
            for t in tail:
                t.tag("title")
            if tail is name_tokens:
                i = j
                continue
            i += len(tail)
            name_tokens = tokens[i:j]
            name = join_tokens(text, base, name_tokens)
            chain, chain_start = chain_before(tokens, i)
        honorific = addressed(tokens, i)
        offices = [office_of(p, text, base, lexicon) for p in split_chain(chain)] if chain else []
        offices = offices or (styled_office(tokens, i) if honorific else [])
        if len(offices) > 1 and (_PLURAL_VERB.match(text, tokens[j - 1].end - base) or two_holders(offices, tokens, chain_start, text, base)):
            offices = offices[-1:]  # "The President and Secretary Blinken have made clear": two people
        if any(BIRTH_RANK.fullmatch(o.title) for o in offices):
            # "His Highness Prince Faisal bin Farhan, Minister of Foreign Affairs,": a rank of
            # birth marks a person but is no office; the office may follow the name.
            offices = [o for o in offices if not BIRTH_RANK.fullmatch(o.title)]
            honorific = True
        # ("the Rt Hon David Lammy MP, Secretary of State for ...": the office after a post-nominal)
        post = j + 1 if j + 1 < len(tokens) and tokens[j].text in _POST_NOMINALS and tokens[j + 1].text == "," else j
        junior = generation_after(tokens, j)
        if junior:  # ("Surangel S. Whipps, Jr., President of the Republic of Palau": the office after it)
            post = j + 2
        if j + 3 < len(tokens) and [t.text for t in tokens[j:j + 4:2]] == ["(", ")"] and \
                tokens[j + 1].text in _POST_NOMINALS and tokens[j + 3].text == ",":
            post = j + 3  # ("Hon. January Makamba (MP), Minister for Foreign Affairs")
        after = chain_after(tokens, post) if not offices or all(o.of is None for o in offices) else []
        after_offices = [office_of(p, text, base, lexicon) for p in split_chain(after)] if after else []
        for office in offices:  # ("King Hamad bin Isa Al Khalifa, the King of the Kingdom of Bahrain": whose King)
            office.of = next((o.of for o in after_offices if o.title.lower() == office.title.lower()), office.of)
        offices = offices or after_offices
        member = member_of_parliament(tokens, j)  # ("Richard Marles MP, Deputy Prime Minister": both offices)
        offices += [member] if member and all(o.title != member.title for o in offices) else []
        # "President Yoon Suk Yeol of the Republic of Korea": the state after the name.
        after_state = state_after(tokens, j) if offices else None
        if after_state:
            for office in offices:
                if office.of is None or not office.of.startswith("state:"):
                    office.of = office.of if office.of and IO_TITLES.search(office.title) else after_state
        # "Moldova's Deputy Prime Minister and Foreign Minister X": the state named once
        # belongs to every office of the chain that names none.
        # ("French MFA Secretary General": a state's body opens the chain, so its offices are that state's)
        body_state = body_state_before(tokens, offices[0]) \
            if offices and chain_start is not None and all(o.of is None for o in offices) else None
        chain_state = next((o.of for o in offices if o.of and o.of.startswith("state:")), None) or body_state
        if chain_state:
            for office in offices:
                if office.of is None and (body_state or not IO_TITLES.search(office.title)):
                    office.of = chain_state
        led = delegation_state(tokens, chain_start, text, base) or its_body(tokens, chain_start) \
            if offices and chain_start is not None else None
        for office in offices if led else ():
            office.of = office.of or led  # ("Saudi Arabia, whose delegation was led by the Minister ...")
        for before, office in zip(offices, offices[1:]):
            if office.of is None and before.of and text[before.end - base: office.start - base].strip() == "/":
                office.of = before.of  # "EU High Representative/Vice-President": the EU's, both
        before_comma = chain_start is not None and chain_start >= 2 and tokens[chain_start - 1].text == ","
        named_before = before_comma and found and tokens[chain_start - 2].start < found[-1].end <= tokens[chain_start - 2].end
        unmarked_before = before_comma and rejected and rejected[-1][1] == chain_start - 1
        served = served_office(offices[0], lexicon) if len(offices) == 1 and (named_before or unmarked_before) else None
        if served is not None:
            # "Bjoern Seibert, Chief of Staff for European Commission President Ursula von der Leyen":
            # the staff office is the one named before; the name after holds the office served
            offices[0].of = offices[0].of or served.of  # (the staff of the EC's President: the EC's)
            if named_before:
                found[-1].offices = found[-1].offices or offices
            else:
                at, until, written = rejected.pop()
                found.append(PersonMention(tokens[at].start, tokens[until - 1].end, written, offices))
            offices = [served]
        single = len(name_tokens) == 1
        surname = name_tokens[-1].bare
        listed = list_state(tokens, i) if not offices else None
        counterpart = counterpart_before(tokens, i)
        if counterpart is None and offices and chain_start is not None:
            # "his Estonian counterpart, Minister of Foreign Affairs Margus Tsahkna": the office's state
            state = counterpart_before(tokens, chain_start) if coordinated(tokens, chain_start) else None
            for office in offices if state else ():
                office.of = office.of or state
        if counterpart is None and not offices:
            counterpart = counterpart_after(tokens, j)
        # ("the Roadmap for Expediting the Bhutan-China Boundary Negotiations signed": a thing's name after
        # "the", or with a pair of states in it, does no person's deed)
        is_person = bool(offices) or honorific or surname in known_surnames or listed is not None \
            or surname in titled_surnames and plain_run(tokens, i, name_tokens) \
            or (2 <= len(name_tokens) <= 4 and (acts(tokens, j, text, base) or counterpart is not None
                                                 or _words_of_name(name_tokens) <= 3 and met_by_someone(tokens, i, text, base))
                and not names_a_thing(tokens, i, name_tokens, lexicon))
        if surname in BODY_ENDS and not honorific or named_after(tokens, j):
            # "Director of the Bertelsmann Foundation": a body, whatever its title says; "the Sir
            # Edney Cain Building", "Philip S. W. Goldson International Airport": named after a person
            is_person = False
        # One capitalised word after a lone capitalised connector word is usually not a name.
        if is_person and single and not offices and not honorific and surname not in known_surnames \
                and listed is None:
            is_person = False
        if is_person and single and offices and not honorific and (title_ends_at(tokens, i) or surname in ORG_HEADS
                                                                  and i > 1 and tokens[i - 2].text == "the"
                                                                  or " on " in offices[-1].title and surname not in known_surnames):
            # "Minister of State for Middle East, North Africa": the title's own word; "Chairman of the
            # Presidential Court": the body's; "Chair of the Committee ... on Climate Change": its topic's
            is_person = False
        if not is_person and 2 <= len(name_tokens) <= 4 and surname not in BODY_ENDS:
            rejected.append((i, j, name))
        if is_person and not (single and name_tokens[0].text.endswith(".")):
            start = tokens[chain_start].start if offices and chain_start is not None else name_tokens[0].start
            end = name_tokens[-1].start + len(name_tokens[-1].bare)  # "Harris’s": the name ends before "’s"
            end = tokens[j + 1].end if junior else end  # (written with the name: a form of it, see actors)
            first = name_tokens[0].start
            if single and i > 0 and tokens[i - 1].text in ("Sheikh", "Sheikha"):
                first, name = tokens[i - 1].start, f"{tokens[i - 1].text} {name}"  # "Sheikh Hasina": one name
            mention = PersonMention(first, end, name, offices, honorific)
            if counterpart is not None and not offices:
                mention.state = counterpart or None
                mention.counterpart = True
            elif counterpart and all(o.of is None for o in offices):
                # "his Ecuadorian counterpart, X, Minister of Foreign Affairs and Human Mobility": Ecuador's
                mention.state = counterpart
                for office in offices:
                    office.of = counterpart
            if listed:
                mention.state = listed[0]
                mention.offices = [Office(listed[1], listed[0], start, start)]
            _ = start
            if found and i >= 2 and tokens[i - 1].text in _OPEN_QUOTES and found[-1].end == tokens[i - 2].end:
                # "Pushpa Kamal Dahal 'Prachanda', Prime Minister of Nepal": a nickname, not a second
                # person; the office after it is the named person's
                found[-1].offices = found[-1].offices or mention.offices
                found[-1].state = found[-1].state or mention.state
                i = j
                continue
            found.append(mention)
        i = j
    return _listed_with(found, rejected, tokens, text, base, lexicon)


# A plural verb right after "<title> and <title> <name>": the first title is another person's.
_PLURAL_VERB = re.compile(r"(?:’s|'s)?,?\s+(?:have|are|were|both|also have|have both|jointly)\b")
# "the foreign ministers of the Baltic states, A B, C D and E F": names after a plural office.
_PLURAL_OFFICE = re.compile(r"\b(?:ministers|counterparts|leaders|ambassadors|presidents|heads of (?:state|government)|"
                            r"envoys|representatives|officials|advisers|advisors)\b(?:\s+of\s+[^;.]{1,60}?)?,\s*$", re.IGNORECASE)
# "Telephone conversation between A B and C D": the two who talked.
_TALKS_BETWEEN = re.compile(r"\b(?:conversation|talks|meeting|consultations|call|negotiations|dialogue)\s+between\s+$", re.IGNORECASE)
_ITEM_END = re.compile(r"\s*(?:[,;.:)]|$|(?:and|were|was|are|is|also|as well)\b)")
_LIST_GAP = re.compile(r"\s*(?:,|,?\s+and|,?\s+as well as)\s*")


def _listed_with(found: list[PersonMention], rejected: list[tuple[int, int, str]], tokens: list[Token],
                 text: str, base: int, lexicon: Lexicon) -> list[PersonMention]:
    """Name runs the sentence lists beside a person ("A B, C D and E F were present"), or
    right after a plural office, are persons too."""
    # Seeds: full names the text marks with an office or honorific (not "Monitor and Combat
    # Trafficking", nor a list of words another rule took for a name), and names listed from them.
    strong = [m for m in found if " " in m.name and (m.offices or m.honorific or m.state)]
    for m in found:  # "Federal Councillor X, the head of the Federal Department ...": that office too
        office = apposed_office(text, m.start, m.end, base, lexicon)
        if office is not None and all(o.title.lower() != office.title.lower() for o in m.offices):
            m.offices.append(office)
    changed = True
    while rejected and changed:
        changed = False
        for run in list(rejected):
            i, j, name = run
            start, end = tokens[i].start, tokens[j - 1].end
            before = text[max(0, start - base - 120): start - base]
            if not _ITEM_END.match(text, end - base):
                continue  # "Nord Stream 2", "Land Cover (...)": the run goes on, no list item
            beside = any(_LIST_GAP.fullmatch(text[m.end - base: start - base]) for m in strong if m.end <= start) or \
                any(_LIST_GAP.fullmatch(text[end - base: m.start - base]) for m in strong if m.start >= end)
            office = apposed_office(text, start, end, base, lexicon)
            if office is not None or beside or _PLURAL_OFFICE.search(before) or _TALKS_BETWEEN.search(before):
                found.append(PersonMention(start, end, name, [office] if office else []))
                strong.append(found[-1])
                rejected.remove(run)
                changed = True
    return sorted(found, key=lambda m: m.start)
