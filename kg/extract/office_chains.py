"""The office title chain written right before a name ("the Prime Minister of Mauritius, Dr the
Hon. Navinchandra Ramgoolam", "the Secretary-General of the D-8, H.E. Ambassador X", "Deputy
Prime Minister – Minister of Foreign Affairs of the Republic of Kazakhstan Murat Nurtleu")."""
from __future__ import annotations

from kg.extract.offices import NOT_A_TITLE_START, SPLIT_WORDS, VOCATIVE
from kg.extract.tokens import (
    ABBREVIATED_OFFICES, BODY_ENDS, COMPASS, CONNECTORS, HONORIFICS, PORTFOLIO_WORDS, REGION_WORDS, Token,
)


def _styled_rank(tokens: list[Token], k: int) -> bool:
    """Whether token ``k`` is a word of a style between an office and its holder's name: royal
    ("the Minister of Foreign Affairs, His Royal Highness Prince Faisal bin Farhan") or a
    diplomat's rank after a comma ("the Secretary-General of the D-8, H.E. Ambassador X": the
    office before is X's too)."""
    if tokens[k].text in ("Ambassador", "Amb.") and k + 1 < len(tokens) and tokens[k + 1].cap:
        m = k - 1
        while m >= 0 and tokens[m].text in HONORIFICS:
            m -= 1
        if m < 1 or tokens[m].text != ",":
            return False
        before = tokens[max(0, m - 8):m]
        cut = max((n for n, t in enumerate(before) if t.text in (",", ";")), default=-1)
        return any("head" in t.tags for t in before[cut + 1:])  # (an office right before the comma)
    return tokens[k].text == "Royal" and k + 1 < len(tokens) and tokens[k + 1].text == "Highness" or \
        tokens[k].text in ("Prince", "Princess") and k >= 1 and tokens[k - 1].text == "Highness"


def _body_after_office(tokens: list[Token], k: int) -> bool:
    """Whether the capitalised token ``k`` names a numbered group the gazetteer lacks right after
    an office and "of" ("the Secretary-General of the D-8, H.E. Ambassador X")."""
    if not any(ch.isdigit() for ch in tokens[k].text):
        return False
    m = k - 1
    if m >= 0 and tokens[m].text == "the":
        m -= 1
    return m >= 1 and tokens[m].text == "of" and "head" in tokens[m - 1].tags


# The first words of a body's name that holds an office in it ("Office of the Prime Minister",
# "Secretariat of the President").
_BODY_HEADS = frozenset({"Office", "Ministry", "Embassy", "Department", "Secretariat", "Cabinet", "Bureau", "Chancellery"})


def _addressees(tokens: list[Token], i: int) -> bool:
    """Whether the name at token ``i`` is one of a speaker's addressees ("Ischinger, Secretary General,
    Tony Blinken, ladies and gentlemen"): each is addressed apart, so no office is another's."""
    words = " ".join(t.text for t in tokens[i: i + 12]).lower()
    return "ladies and gentlemen" in words or "excellencies" in words


_QUALIFIERS = frozenset({"caretaker", "interim", "acting"})  # (part of the office held)


def chain_before(tokens: list[Token], i: int) -> tuple[list[Token], int | None]:
    """The office title chain that ends right before token ``i``, if any."""
    k = i - 1
    while k >= 0 and (tokens[k].text in HONORIFICS or tokens[k].text in ("His", "Her", "Their")
                      or tokens[k].text == "the" and k >= 1 and tokens[k - 1].text in HONORIFICS
                      # ("the President of Barbados, the Most Honourable Dame Sandra Mason"; "Prime Minister the
                      # Most Hon. Andrew Holness")
                      or tokens[k].text in ("Most", "Right") and tokens[k + 1].text in ("Honourable", "Honorable", "Hon.", "Hon")
                      or tokens[k].text == "the" and tokens[k + 1].text in ("Most", "Right")
                      # ("the Minister of Foreign Affairs, His Royal Highness Prince Faisal bin Farhan")
                      or _styled_rank(tokens, k)):
        # "President ... Sheikh Mohamed bin Zayed", "Amir of Kuwait His Highness Sheikh Mishal",
        # "the Prime Minister of Mauritius, Dr the Hon. Navinchandra Ramgoolam"
        k -= 1
    if k < i - 1 and k >= 0 and (tokens[k].text == "and" or tokens[k].text == "the" and k >= 1 and tokens[k - 1].text == "and"):
        # "the Secretary-General and Dr. Tangara signed", "Hayashi Yoshimasa, Minister for Foreign
        # Affairs of Japan and the Honorable Antony Blinken": the title is another's
        return [], None
    if k >= 1 and k < i - 1 and tokens[k].text == "the" and tokens[k - 1].text == ",":
        k -= 1  # ("Commonwealth Secretary-General, the Rt Hon Patricia Scotland KC")
    # ("the Secretary-General of the Cooperation Council ... (GCC), H.E. X": the acronym aside)
    before = k - 4 if k >= 4 and tokens[k - 1].text == ")" and tokens[k - 3].text == "(" else k - 1
    if k >= 1 and tokens[k].text == "," and tokens[before].cap and (tokens[before].tags & {"title", "head", "state", "org", "place"}
                                                                   or tokens[before].bare in BODY_ENDS
                                                                   or tokens[before].bare in PORTFOLIO_WORDS
                                                                   or _body_after_office(tokens, before)) \
            and not tokens[before].possessive and not _addressees(tokens, i):
        k = before  # "the President of Mongolia, Khurelsukh Ukhnaa": an office, a comma, the name
    if k >= 0 and tokens[k].possessive and not (tokens[k].tags & {"state", "demonym", "org"}):
        return [], None  # "Secretary Blinken’s Meeting": no title for "Meeting"
    while k >= 0:
        t = tokens[k]
        if t.cap and (t.tags & {"title", "head", "state", "demonym", "org", "national"} or t.bare in PORTFOLIO_WORDS):
            k -= 1
            continue
        if t.cap and k + 1 < i and tokens[k + 1].text == "," and not t.tags & {"org", "state"} and _body_after_office(tokens, k):
            k -= 1  # ("the Secretary-General of the D-8, H.E. Ambassador X": a body the gazetteer lacks)
            continue
        if t.cap and k + 1 < i and tokens[k + 1].bare in PORTFOLIO_WORDS and not t.possessive:
            k -= 1  # "Special Presidential Representative on Climate Issues": the portfolio's own word
            continue
        if t.cap and k >= 1 and tokens[k - 1].text in COMPASS and "title" in tokens[k - 1].tags:
            k -= 1  # "Minister of State for Middle East, North Africa and North America"
            continue
        if t.text in REGION_WORDS and k >= 1 and tokens[k - 1].tags & {"place", "state"}:
            k -= 1  # "Governor of Osaka Prefecture", "Governor of East Kazakhstan Region"
            continue
        if t.cap and "place" in t.tags and t.mention is not None:
            # "Chief Minister of Penang Chow Kon Yeow", "Mayor of George Town": a town's office
            b = k
            while b > 0 and tokens[b - 1].mention is t.mention:
                b -= 1
            if b >= 2 and tokens[b - 1].text == "of" and tokens[b - 2].tags & {"title", "head"}:
                k = b - 1
                continue
            if b >= 3 and k + 1 < i and tokens[k + 1].possessive and tokens[b - 1].text == "the" and \
                    tokens[b - 2].text == "of" and tokens[b - 3].tags & {"title", "head"}:
                k = b - 2  # "Chairman of the Ho Chi Minh City People's Committee Phan Van Mai": the city's body
                continue
        if t.cap and t.bare in BODY_ENDS and (k + 1 == i or tokens[k + 1].text == ","):
            # "President of the World Food Prize Foundation": a body the gazetteer does not know
            b = k
            while b > 0 and tokens[b - 1].cap and not tokens[b - 1].possessive:
                b -= 1
            if b > 0 and tokens[b - 1].text in ("of", "the", "for"):
                k = b - 1
                continue
        if t.text in _QUALIFIERS and k >= 1 and tokens[k - 1].possessive and tokens[k - 1].tags & {"state", "demonym"}:
            k -= 1  # ("Lebanon's caretaker Prime Minister Najib Mikati": the state's, for the time being)
            continue
        if t.text == "and" and _same_office_again(tokens, k, i):
            break  # ("The Prime Minister and Prime Minister Hun Manet discussed": two people, the first named before)
        # ("Moldova's Deputy Prime Minister": a possessive of a name; not "what’s ... President")
        if t.text in CONNECTORS or t.text in ("–", "—", "-", "/", "in-Office", "a.i.", "a.i", "(", ")", "responsible") \
                or t.text[2:].lower() == "affaires" \
                or (t.possessive and t.cap and "place" not in t.tags):  # (not "Embassy Panama City’s Chargé")
            k -= 1
            continue
        after_comma = k + 2 if k + 2 < i and tokens[k + 1].text == "and" else k + 1
        portfolio = after_comma + 1 < i and "org" in tokens[after_comma].tags and tokens[after_comma + 1].text == "and"
        if t.text == "," and k + 1 < i and k >= 1 and tokens[k - 1].cap and \
                (tokens[k - 1].tags & {"title", "head", "state", "org"} or tokens[k - 1].bare in PORTFOLIO_WORDS) and (
                tokens[after_comma].tags & {"title", "head"} or tokens[after_comma].bare in PORTFOLIO_WORDS
                or portfolio or _demonym_portfolio(tokens, after_comma, i)):
            # "for Civilian Security, Democracy, and Human Rights"; "Cabinet of Ministers, Minister of";
            # "Minister of Foreign Affairs, Francophonie and Congolese Abroad": a body's name as a portfolio
            k -= 1
            continue
        if t.text.lower() in ("former", "acting", "then") and k + 1 < i:
            k -= 1
            continue
        if t.text == "charge" and k >= 3 and tokens[k - 1].text == "in" and tokens[k - 2].text == "," and \
                tokens[k - 3].cap and tokens[k - 3].tags & {"title", "head", "state", "org"}:
            k -= 3  # "the Minister of Foreign Affairs, in charge of Sub-Regional Integration and Gabonese Abroad, X"
            continue
        break
    chain = [t for n, t in enumerate(tokens[k + 1:i], k + 1)
             if t.text not in HONORIFICS and t.text not in ("His", "Her", "Their")
             and not (_styled_rank(tokens, n) and t.text not in ("Ambassador", "Amb."))]  # (a rank stays an office)
    while chain and chain[-1].text in (",", "the", "The", "Most", "Right"):
        chain.pop()  # the comma of "the President of Mongolia, Khurelsukh Ukhnaa" (", the Honorable X")
    while chain and (chain[0].text in CONNECTORS or chain[0].text in SPLIT_WORDS or chain[0].text == "then"
                     or chain[0].text in NOT_A_TITLE_START):
        # "the then Prime Minister": the office, not when it was held; "(DHHS) Assistant
        # Secretary", "... Scientific Affairs Principal Deputy Assistant Secretary": the end of
        # a body's name before the title is not the title.
        chain = chain[1:]
    if len(chain) >= 3 and chain[-1].text in ("Ambassador", "Amb.") and chain[-2].text not in SPLIT_WORDS and \
            any("head" in t.tags for t in chain[:-1]):
        # ("Secretary General of the OSCE Ambassador Thomas Greminger": the diplomat's rank as a
        # form of address after the office)
        chain = chain[:-1]
    if chain and chain[0].text == "Under" and not (len(chain) > 1 and chain[1].text.startswith("Secretary")):
        chain = chain[1:]  # "Under President Putin, Russian authorities ...": only a Secretary is Under
    if k >= 0 and tokens[k].text in VOCATIVE and chain and tokens[tokens.index(chain[-1]) + 1].text == ",":
        return [], None  # "Mr. Secretary, Putin will not stop": the office is the one addressed
    if k >= 0 and tokens[k].text in VOCATIVE and any(t.text == "," for t in chain):
        # ("Madam First Lady, Secretary Blinken, and all ...": each addressed apart, the name's office after the comma)
        chain = chain[max(n for n, t in enumerate(chain) if t.text == ",") + 1:]
    if not any("head" in t.tags for t in chain):
        return [], None
    if len(chain) >= 3 and chain[0].text in _BODY_HEADS and chain[1].text == "of" and \
            tokens[tokens.index(chain[-1]) + 1].text == ",":
        return [], None  # ("Office of the Prime Minister, Vaiaku, Funafuti": a body and its address, no one's office)
    if len(chain) >= 3 and chain[-2].text == "for" and "head" in chain[-1].tags and "head" not in chain[-3].tags:
        # "pressure from Congress for Secretary Blinken": no portfolio starts with an office's head
        chain = chain[-1:]
    if chain[-1].text not in ABBREVIATED_OFFICES and all(t.text in ABBREVIATED_OFFICES for t in chain if "head" in t.tags):
        return [], None  # ("PM Bureau’s Directorate of Defense Trade Controls": an abbreviation is a title right before a name)
    first, last = tokens.index(chain[0]), tokens.index(chain[-1])
    if first >= 2 and tokens[first - 1].text == "," and "name" in tokens[first - 2].tags and \
            not tokens[first - 2].tags & {"title", "head", "state", "org"} and \
            tokens[last + 1].text == "," and any(t.text in HONORIFICS for t in tokens[last + 1: i]):
        # "H.E. Ms. Kamikawa Yoko, Minister for Foreign Affairs of Japan, H.E. Mr. Sok Chenda
        # Sophea": an office between commas after a name, then a new form of address, is the
        # first name's apposition
        return [], None
    # "Foreign Minister Battsetseg, and Deputy Foreign Minister Munkhjin": the chain of
    # the second name starts after the "and".
    return chain, tokens.index(chain[0]) if chain else None


def _demonym_portfolio(tokens: list[Token], k: int, i: int) -> bool:
    """", and Moroccan Expatriates" at ``k``: a portfolio's last words, a demonym then a title's word."""
    return k + 1 < i and "demonym" in tokens[k].tags and "title" in tokens[k + 1].tags and tokens[k - 1].text == "and"


def _same_office_again(tokens: list[Token], k: int, i: int) -> bool:
    """Whether the office after "and" at ``k`` repeats the one before it ("Prime Minister and
    Prime Minister X"): one holder's chain joins different offices only."""
    head = next((n for n in range(k + 1, i) if "head" in tokens[n].tags), None)
    if head is None:
        return False
    after = [t.text.lower() for t in tokens[k + 1: head + 1]]
    start = k - len(after)
    # (the whole office before: not the last word of "Deputy Prime Minister and Minister of Foreign Affairs")
    whole = start == 0 or start > 0 and not (tokens[start - 1].cap and tokens[start - 1].text not in ("The", "A"))
    return start >= 0 and whole and [t.text.lower() for t in tokens[start:k]] == after
