"""Cues that a capitalised run is a person, or that a chain of offices is two persons':
a verb only persons do after it ("X met", "X and her Colombian counterpart"), "the
Secretary and Foreign Minister X" (two holders, one named), a surname in capitals, and
where a title's words end and a name begins."""
from __future__ import annotations

import re

from kg.extract.name_forms import GENERATIONS
from kg.extract.offices import BIRTH_RANK, IO_TITLES, Office
from kg.extract.tokens import BODY_ENDS, COMPASS, CONNECTORS, HONORIFICS, PARTICLES, Token, is_name_token
from kg.extract.text import Sentence
from kg.lexicon import STYLED_OFFICES, Lexicon


# Verbs that only a person does in these releases: a name run right before one is a person
# even when the release never gives the office ("Jeyhun Bayramov took part in ...").
PERSON_VERBS = {
    "met", "received", "held", "spoke", "said", "noted", "stressed", "emphasized", "emphasised", "expressed",
    "thanked", "signed", "visited", "took", "participated", "attended", "welcomed", "discussed", "informed",
    "congratulated", "conveyed", "handed", "paid", "underlined", "pointed", "added", "briefed", "invited",
    "proposed", "highlighted", "reaffirmed", "confirmed", "arrived", "told", "stated", "remarked", "praised",
    "called", "urged", "announced", "recalled", "assured", "delivered", "addressed", "co-chaired", "chaired",
}


# The same verbs in the present tense: headlines and ledes ("X holds meeting with Y").
PERSON_VERBS |= {"meets", "receives", "holds", "speaks", "says", "notes", "stresses", "thanks", "signs", "visits",
                 "takes", "attends", "welcomes", "discusses", "hosts", "hosted", "congratulates", "pays", "arrives",
                 "calls", "urges", "announces", "addresses", "chairs", "co-chairs", "talks", "joins", "accredits",
                 "accredited", "exchanged", "presented", "presents", "travelled", "traveled", "travels", "sent",
                 "sends", "wrote", "writes", "conducted", "undertook", "concluded", "completed", "began", "started",
                 "asked", "asks", "acknowledged", "reiterated", "restated", "explained", "underscored", "inquired"}


_WITH_COUNTERPART = re.compile(r"\s*(?:and|with)\s+(?:his|her)\s+(?:[A-Z][\w\-]+\s+)?counterparts?\b")
_WHO = re.compile(r",\s+who\s+(?:also\s+|then\s+)?[a-z]")
_ACTS = re.compile(r"\s*(?:(?:also|today|yesterday|jointly|then|later|has|have|had|was|were)\s+)*([\w\-]+)")


def acts(tokens: list[Token], j: int, text: str, base: int) -> bool:
    """Whether a verb only persons do follows token ``j`` ("X met", "X has also held", and
    "X and Y held" for X)."""
    if j < len(tokens) and tokens[j].text == "and":
        # "José Manuel Albares and Catherine Colonna have held": the pair acts.
        k = j + 1
        while k < len(tokens) and (is_name_token(tokens[k]) or tokens[k].text in PARTICLES):
            k += 1
        if k - j - 1 >= 2 and acts(tokens, k, text, base):
            return True
    if j >= len(tokens):
        return False
    if _WITH_COUNTERPART.match(text, tokens[j].start - base):
        return True  # "González Laya and her Colombian counterpart": a person's peer
    if tokens[j].text == "," and _WHO.match(text, tokens[j].start - base):
        # ("the Minister ... in the caretaker government, Abdallah Bou Habib, who briefed him": a
        # name set off by commas; a body would be "which")
        k = j - 1
        while k >= 0 and (is_name_token(tokens[k]) or tokens[k].text in PARTICLES):
            k -= 1
        return j - k >= 3 and (k < 0 or tokens[k].text == ",")  # (or opening the sentence)
    m = _ACTS.match(text, tokens[j].start - base)
    return bool(m) and m.group(1).lower() in PERSON_VERBS


# ("Speaker Halla-aho held talks with Szymon Hołownia", "met Jan Kowalski"): whom one meets is a person
_MEETS = (r"\b(?:met|meets|met with|meets with|(?:held|had|holds) (?:[\w\-]+ ){0,3}?(?:talks|meeting|meetings|"
          r"consultations|conversation) with|spoke (?:by (?:tele)?phone )?with|received|"
          # ("received a telephone call from Mohammad Bagher Ghalibaf")
          r"(?:(?:tele)?phone call|video call|call|message|letter) from|"
          r"(?:delegation|team|mission) (?:led|headed) by|signed by(?: (?:their|its|the) (?:chief executives|CEOs|heads))?|"
          r"delegation (?:included|includes|comprised|consisted of))")
_MET_WITH = re.compile(_MEETS + r"\s+$")  # ("a TPLF delegation led by Getachew Reda")


# (the second of two: "signed by Toufik Hakkar and Claudio Descalzi")
_MET_WITH_TWO = re.compile(_MEETS + r"\s+(?:(?:[A-Z][\w\-’']+\s*){1,4}(?:,|,? and)\s+){1,3}$")


def met_by_someone(tokens: list[Token], i: int, text: str, base: int) -> bool:
    """Whether the name at token ``i`` is the object of a meeting verb ("held talks with X"), or
    the second of two ("met X and Y")."""
    at = tokens[i].start - base
    return i > 0 and (_MET_WITH.search(text, max(0, at - 60), at) is not None or
                      text.endswith((" and ", ", "), 0, at) and _MET_WITH_TWO.search(text, max(0, at - 140), at) is not None)


def two_holders(offices: list[Office], tokens: list[Token], chain_start: int | None, text: str, base: int) -> bool:
    """"the Secretary-General and Prime Minister Fiamē signed", "The Secretary and Foreign Minister Kuleba
    discussed": a body's office or a bare head, "and", a state's office, after "the": two people;
    so is an office, "and", a bare head ("Prime Minister and Secretary Blinken")."""
    between = text[offices[-2].end - base: offices[-1].start - base].strip()
    if between == "and" and offices[-1].title in ("Secretary", "President", "Ambassador", "Senator", "Governor"):
        return True  # "Thank you, Acting Prime Minister and Secretary Blinken": a bare head is another's
    if between == "and" and text[offices[-1].start - base:].startswith(("the ", "The ")):
        return True  # ("the Prime Minister and the Secretary-General of the United Nations, António Guterres")
    # ("The Secretary and High Representative Borrell condemned": a bare head, "and", any office)
    # ("The Deputy Secretary and State Councilor Wang had a frank discussion": the same)
    bare = offices[0].title in ("Secretary", "President", "Deputy Secretary")
    return chain_start is not None and chain_start > 0 and tokens[chain_start - 1].text in ("the", "The") and \
        (IO_TITLES.fullmatch(offices[0].title) is not None or bare) and \
        (bare or IO_TITLES.search(offices[-1].title) is None) and \
        text[offices[0].end - base: offices[1].start - base].strip() == "and"


# An office held in the service of another: "Chief of Staff for European Commission President",
# "Head of Cabinet of the European Commission President", "Adviser to the Prime Minister".
_SERVED = re.compile(r"^(?:[A-Z][\w\-]*\s+)*?(?:Chief of Staff|Head of Cabinet|Head of (?:the )?Office|Adviser|Advisor|"
                     r"Counsellor|Spokesperson|Press Secretary)\s+(?:for|of|to)\s+(?:the\s+)?(?P<served>(?:[A-Z][\w\-]*\s+){0,4}"
                     r"(?:President|Prime Minister|Chancellor|Secretary-General|Secretary General|King|Emir))$")


def served_office(office: Office, lexicon: Lexicon) -> Office | None:
    """The office of the one served, when ``office`` is held in another's service (see _SERVED):
    of the organisation or state its title names ("European Commission President": the EC's)."""
    m = _SERVED.match(office.title)
    if m is None:
        return None
    words = m["served"].split()
    body = " ".join(words[:-1]) if len(words) > 1 else ""
    org = lexicon.organization(body) if body else None
    state = lexicon.state(body) if body and org is None else None
    of = f"org:{org.key}" if org else f"state:{state.code}" if state else None
    return Office(words[-1] if of else m["served"], of, office.start, office.end)


# Words of a region's name that the title vocabulary also holds ("New South Wales", "West Bengal";
# not "Middle", of "Minister for the Middle East").
_COMPASS_WORDS = (COMPASS - {"Middle"}) | {"Upper", "Lower", "Greater", "New"}


def region_before(tokens: list[Token], i: int) -> int | None:
    """Where "of"/"for" stands before a region's name that runs on into the name run at ``i``
    ("Premier of New South Wales Chris Minns", "Chief Minister of West Bengal Mamata Banerjee"),
    or None: the words between are capitalised, no known place or state ("of South Sudan Salva
    Kiir" ends where the state does), and compass words where they are title words."""
    k = i - 1
    while k >= 0 and tokens[k].cap and not tokens[k].tags & {"head", "state", "place", "org", "demonym"} and \
            ("title" not in tokens[k].tags or tokens[k].text in _COMPASS_WORDS):
        k -= 1
    return k if k < i - 1 and k >= 0 and tokens[k].text in ("of", "for") and \
        any(tokens[m].text in _COMPASS_WORDS for m in range(k + 1, i)) else None


def caps_surname(tok: Token) -> bool:
    """"HAYASHI": a surname some sites write in capitals (not a state's, a body's or a place's)."""
    text = tok.text
    return len(text) >= 4 and text.isalpha() and text.isupper() and not (
        tok.tags & {"state", "demonym", "org", "place", "national"})


def title_before_name(tokens: list[Token], k: int) -> bool:
    """"... Fund for Arab Economic Development H.E. Mr. Waleed ...", "... Community Abroad of
    Algeria Ahmed Attaf": title words (or "of" a state) then another name; the capitalised
    words before them belong to the title."""
    saw_title = False
    while k < len(tokens):
        t = tokens[k]
        if "head" in t.tags:
            return False  # a new person's title starts here
        if "title" in t.tags or t.tags & {"state", "org"} and k > 0 and tokens[k - 1].text in ("of", "the"):
            saw_title = True
        elif t.text not in CONNECTORS and t.text not in HONORIFICS and t.text not in ("H.E.", "(", ")"):
            return saw_title and is_name_token(t)
        k += 1
    return False


def title_continues(tokens: list[Token], k: int) -> bool:
    """After "and"/"of": title words that end without a head ("... and Foreign Trade
    Sardor Umurzakov") continue the title before them; a head ("... and Speaker of the
    Senate") starts another person's title."""
    seen = False
    while k < len(tokens):
        t = tokens[k]
        if "head" in t.tags or t.tags & {"state", "demonym", "org"}:
            return False
        if "title" in t.tags:
            seen = True
            k += 1
            continue
        if t.text in CONNECTORS:
            k += 1
            continue
        break
    return seen


def caps_particle(tok: Token) -> bool:
    """"EL" of "OULD CHEIKH EL GHAZOUANI": a surname's particle written in capitals."""
    return tok.text.isupper() and tok.text.lower() in PARTICLES


def plain_run(tokens: list[Token], i: int, name_tokens: list[Token]) -> bool:
    """A name run of two or three words after a comma, a bracket or a verb ("..., Hadja Lahbib,",
    "brought Bassirou Diomaye Faye to office"), not after a title's last words ("for Tibetan
    Issues Uzra Zeya", "and Plans Robert Silvers") nor opening the sentence ("Hence Putin")."""
    if not 2 <= len(name_tokens) <= 3 or i == 0:
        return False
    before = tokens[i - 1]
    return before.text in (",", "(") or not before.cap and before.text.isalpha() and \
        before.text not in CONNECTORS and before.text not in ("a", "an", "as", "by")


# Lower-case words after a first name that are no verb of its own: "Alexandra and Irene and thank".
_NOT_A_VERB = "|".join(sorted(PARTICLES | {"and", "or", "of", "the", "to", "in", "on", "for", "from", "with"}))


def family_name_first(words: list[str], sentences: list[Sentence]) -> str | None:
    """The first word of a name written family name first ("Yoon Suk Yeol", "Xi Jinping"), where
    the release writes that word alone as the person's short form ("Yoon arrived in Astana") and
    never the last word alone (as it does of "Ned Price": "Price" is his short form)."""
    first, last = words[0], words[-1]
    if len(words) > 3 or len(first) < 2 or not first[0].isupper() or not first[1:].islower() or \
            first in HONORIFICS or BIRTH_RANK.fullmatch(first):
        return None
    together = f"{first} {words[1]}"
    if sum(s.text.count(first) for s in sentences) == sum(s.text.count(together) for s in sentences):
        return None  # (the word stands nowhere but in the name: most names, spared the patterns)
    # ("Yoon arrived": a verb after it, not a particle of a longer name, "Mohamed bin Zayed")
    alone = re.compile(rf"\b{re.escape(first)}(?!\s+{re.escape(words[1])}\b)\s+(?!(?:{_NOT_A_VERB})\b)[a-z]")
    last_alone = re.compile(rf"(?<!{re.escape(words[-2])}\s)\b{re.escape(last)}\b", re.IGNORECASE)  # ("MR PRICE:")
    found = False
    for s in sentences:
        if last_alone.search(s.text):
            return None
        found = found or (first in s.text and alone.search(s.text) is not None)
    return first if found else None


def names_a_thing(tokens: list[Token], i: int, name_tokens: list[Token], lexicon: Lexicon) -> bool:
    """Whether a name run is a thing's name ("the Roadmap for Expediting the Bhutan-China Boundary
    Negotiations signed"): after "the", or with a pair of states in it; it does no person's deed."""
    return i > 0 and tokens[i - 1].text == "the" or any(
        "-" in t.text and all(lexicon.state(part) for part in t.text.split("-")) for t in name_tokens)


# What is named after a person, written right after the name.
_NAMED_AFTER = {"Building", "Buildings", "Airport", "Stadium", "Hall", "Centre", "Center", "Library", "Bridge", "Highway",
                "Hospital", "Square", "Avenue", "Street", "Boulevard", "Mausoleum", "Museum"}


def named_after(tokens: list[Token], j: int) -> bool:
    """Whether the name that ends before token ``j`` names a place after a person ("the Sir Edney
    Cain Building", "Philip S. W. Goldson International Airport")."""
    k = j + 1 if j < len(tokens) and tokens[j].text == "International" else j
    return k < len(tokens) and tokens[k].text in _NAMED_AFTER


# (a member of which parliament, the post-nominal does not say: no state is presumed for it)
MEMBER_TITLES = frozenset({"MP", "M.P.", "MEP", "MLA", "TD"})


def member_of_parliament(tokens: list[Token], j: int) -> Office | None:
    """A member of parliament written after the name that ends before token ``j`` ("Richard
    Marles MP", "January Makamba (MP)", "Frederick A. Mitchell, M.P.,"): an office of theirs."""
    for k in (j, j + 1):
        if k < len(tokens) and tokens[k].text in MEMBER_TITLES and (k == j or tokens[j].text in ("(", ",")):
            return Office(tokens[k].text, None, tokens[k].start, tokens[k].end)
    return None


# Tags of the words an office's title is made of (its state's and body's names among them).
_OFFICE_TAGS = frozenset({"title", "head", "state", "demonym", "org", "national"})


def tag_title_words(tokens: list[Token], i: int, j: int) -> None:
    """The capitalised words ``i``..``j`` right before a title's head belong to the title, back to
    a word that cannot ("Senior State Department Officials Previewing Secretary Blinken")."""
    # (after a title's "for", "of", "on", or in a body's name, any word may be the title's:
    # "Port-au-Prince Bar Association President", "Afghanistan Task Force Director")
    portfolio = _in_portfolio(tokens, i) or any(tokens[m].bare in BODY_ENDS for m in range(i, j))
    for k in range(j - 1, i - 1, -1):
        known = tokens[k].tags & {"title", "head", "state", "demonym", "org"}
        if not known and (tokens[k].text.endswith(("ing", "ly")) or k > i and not portfolio and not
                          tokens[k - 1].tags & _OFFICE_TAGS):
            # ("Apparently Secretary Blinken"; "Security and Prosperity Underscore Secretary
            # Blinken's Travel": two words no title knows, one after the other, are a
            # headline's words, while one may be a portfolio's: "Cyber Ambassador Nate Fick")
            break
        tokens[k].tag("title")


def _in_portfolio(tokens: list[Token], i: int) -> bool:
    """Whether the words from ``i`` follow a title's "for", "of" or "on" (through title words and
    connectors): "Special Representative for Korean Peninsula ...", "President of the Transitional ..."."""
    k = i - 1
    while k >= 0:
        t = tokens[k]
        if t.text in ("for", "of", "on"):
            return True
        if not (t.text in ("and", "the", "&", ",", "(") or t.tags & _OFFICE_TAGS):
            return False
        k -= 1
    return False


# Cambodian words of address that are such only after "Samdech" or another ("Samdech Techo Hun Sen").
_AFTER_ADDRESS_ONLY = {"Techo", "Moha", "Borvor", "Thipadei", "Akka", "Padei"}


def addressed(tokens: list[Token], i: int) -> bool:
    """Whether the name at token ``i`` follows a form of address ("Dr", "H.E."; not "Sheikh", part
    of the name; not "the Funan Techo Canal": a word of address only after another, as in
    "Samdech Techo Hun Sen")."""
    return i > 0 and tokens[i - 1].text in HONORIFICS and tokens[i - 1].text not in ("Sheikh", "Shaikh", "Sheikha") \
        and not (tokens[i - 1].text in _AFTER_ADDRESS_ONLY and (i < 2 or tokens[i - 2].text not in HONORIFICS))


def generation_after(tokens: list[Token], j: int) -> bool:
    """Whether ", Jr." or ", Sr." follows the name that ends before token ``j``."""
    return j + 1 < len(tokens) and tokens[j].text == "," and tokens[j + 1].text in GENERATIONS


def styled_office(tokens: list[Token], i: int) -> list[Office]:
    """The office a form of address right before the name at token ``i`` says ("Lyonchhen
    Tshering Tobgay": Bhutan's Prime Minister), else none."""
    word = tokens[i - 1] if i > 0 else None
    return [Office(STYLED_OFFICES[word.text], None, word.start, word.end)] if word and word.text in STYLED_OFFICES else []
