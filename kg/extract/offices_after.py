"""Offices written after a name: ", Russia's Foreign Minister", ", the newly appointed Minister of
Foreign Affairs of the Republic of Maldives,", ", Minister of Foreign Affairs, International
Cooperation and Gambians Abroad of The Gambia", and "of the Republic of Korea" right after it."""
from __future__ import annotations

import re

from kg.extract.tokens import (
    ABROAD_WORDS, BODY_ENDS, CONNECTORS, HONORIFICS, ORG_HEADS, PORTFOLIO_WORDS, Token, is_name_token,
)


# Words before an office after a name that say when it was held: they stay in the title.
_WHEN_HELD = ("former", "late", "outgoing", "acting", "interim")


def state_after(tokens: list[Token], j: int) -> str | None:
    """"of the Republic of Korea" or "on the Kenyan side" right after a name: that state."""
    # ("... Musalia Mudavadi on the Kenyan side", "the Foreign Secretary, Mr Vikram Misri, on the Indian side")
    s = j + 1 if j < len(tokens) and tokens[j].text == "," else j
    if s + 3 < len(tokens) and [t.text for t in tokens[s:s + 2]] == ["on", "the"] and tokens[s + 3].text.rstrip(".,;") == "side" \
            and "demonym" in tokens[s + 2].tags and tokens[s + 2].key:
        return f"state:{tokens[s + 2].key}"
    # ("Ambassador Kenji Matsumura, of Japan, who conveyed ...": the state set off by commas)
    set_off = s > j and s < len(tokens) and tokens[s].text == "of"
    if set_off:
        j = s
    if j >= len(tokens) or tokens[j].text != "of":
        return None
    k = j + 1
    if k < len(tokens) and tokens[k].text == "the":
        k += 1
    if k < len(tokens) and "state" in tokens[k].tags and tokens[k].key:
        mention = tokens[k].mention
        end = k
        while end + 1 < len(tokens) and tokens[end + 1].mention is mention:
            end += 1
        if end + 1 < len(tokens) and "head" in tokens[end + 1].tags:
            return None  # "X of Kazakhstan Minister ...": not this person's
        if tokens[end].possessive:
            return None  # ("informed President Ramos-Horta of India's decision": what he was told of)
        if set_off and end + 1 < len(tokens) and tokens[end + 1].text not in (",", ".", ";"):
            return None  # (", of Japan's cooperation ...": not the name's state)
        return f"state:{tokens[k].key}"
    return None


def chain_after(tokens: list[Token], j: int) -> list[Token]:
    """", Russia's Foreign Minister" after a name: an appositive office."""
    if j >= len(tokens) or tokens[j].text != ",":
        return []
    k = j + 1
    if k < len(tokens) and tokens[k].text in ("now", "currently", "formerly", "then"):
        k += 1  # "Hina Rabbani Khar, now Minister of State for Foreign Affairs,"
    if k < len(tokens) and tokens[k].text == "and":
        return []  # "X, and the Deputy Secretary of State of the United States, Y": the next person's
    with_the = k < len(tokens) and tokens[k].text in ("the", "The")
    if with_the:
        k += 1
    while k < len(tokens) and tokens[k].text in ("newly", "recently", "new", "appointed", "elected", "designated"):
        k += 1  # "Moosa Zameer, the newly appointed Minister of Foreign Affairs of the Republic of Maldives"
    chain: list[Token] = []
    if k + 1 < len(tokens) and tokens[k].text in _WHEN_HELD and tokens[k + 1].cap:
        # "Abdulsalami Abubakar, former Head of State of Nigeria,": the office, held before
        chain.append(tokens[k])
        k += 1
    for _ in range(3):  # (an office may go on past a body the gazetteer does not know)
        while k < len(tokens):
            t = tokens[k]
            if (t.cap and (t.tags & {"title", "head", "state", "demonym", "org", "national"} or t.bare in PORTFOLIO_WORDS)) or \
                    t.text in ("of", "the", "for", "and", "to", "–", "-") or t.possessive:
                chain.append(t)
                k += 1
                continue
            # ", Deputy Prime Minister, Minister of Foreign Affairs ... of the Kingdom of Cambodia,": a
            # second office after a comma, read as one chain split where its head begins
            if t.text == "," and chain and "head" in chain[-1].tags and k + 1 < len(tokens) and \
                    "head" in tokens[k + 1].tags and tokens[k + 1].cap:
                chain.append(Token(t.start, t.end, "–"))
                k += 1
                continue
            portfolio = (_portfolio_end(tokens, k) or _expatriates_end(tokens, k)) if t.text == "," and chain and chain[-1].cap \
                else None
            if portfolio is not None:
                # ", Minister of Foreign Affairs, International Cooperation and Gambians Abroad of the
                # Republic of The Gambia": the portfolio's other words, then the state
                chain += tokens[k:portfolio]
                k = portfolio
                continue
            break
        # ", Executive Director of the Bertelsmann Foundation": a body the gazetteer does not know.
        body_end = body_name_end(tokens, k) if chain and chain[-1].text in ("of", "the", "for") else None
        if body_end is None and chain and chain[-1].text in ("the", "for") and any("head" in t.tags for t in chain):
            # ", the European Union Special Representative for the Gulf Region,": the portfolio's last words
            end = k
            while end < len(tokens) and tokens[end].cap and not tokens[end].possessive and tokens[end].text not in HONORIFICS:
                end += 1
            if end > k and (end == len(tokens) or tokens[end].text in (",", ".", ";", ")")) and end - k <= 3:
                body_end = end
        if body_end is not None:
            chain += tokens[k:body_end]
        if body_end is None or body_end >= len(tokens) or not (
                tokens[body_end].text in ("and", "of") or tokens[body_end].tags & {"title", "head"}):
            break
        # ", Member of the Political Bureau of the Communist Party of China Central Committee and
        # Minister of Foreign Affairs of ...": the office goes on after the body's name
        k = body_end
    if body_end is None and chain and chain[-1].cap and k < len(tokens) and tokens[k].text in ORG_HEADS and \
            (k + 1 == len(tokens) or tokens[k + 1].text in (",", ".", ";", ")")):
        chain.append(tokens[k])  # (", Chairman of the Presidential Court;": the body's last word, no name)
        k += 1
    joined = False  # (", Minister for Foreign Affairs of Japan and the Honorable Antony Blinken": the
    while chain and chain[-1].text in CONNECTORS:  # office ends at the "and" that joins the next person)
        joined = joined or chain[-1].text == "and" and k < len(tokens) and tokens[k].text in HONORIFICS
        chain.pop()
    if not chain or "head" not in chain[-1].tags and not any("head" in t.tags for t in chain):
        return []
    if body_end is None and not joined and k < len(tokens) and (is_name_token(tokens[k]) or tokens[k].text in HONORIFICS):
        return []  # ", German Chancellor Olaf Scholz": the next person's title
    if with_the and not any(t.text in ("of", "to", "for") or t.tags & {"state", "demonym", "org"} for t in chain):
        return []  # "With Ms. Power, the Minister discussed": another person
    return chain


def _expatriates_end(tokens: list[Token], k: int) -> int | None:
    """Where ", Emigration and Egyptian Expatriates," ends (at its comma), when the words after the
    comma at ``k`` end a foreign ministry's portfolio with its nationals abroad."""
    m = k + 1
    while m < len(tokens) and (tokens[m].cap or tokens[m].text in ("and", "&")):
        m += 1
    run = tokens[k + 1:m]
    if len(run) < 3 or m < len(tokens) and tokens[m].text not in (",", ".", ";") or not any(
            "demonym" in a.tags and b.text in ABROAD_WORDS for a, b in zip(run, run[1:])):
        return None
    return m


def _portfolio_end(tokens: list[Token], k: int) -> int | None:
    """Where ", International Cooperation and Gambians Abroad of the" ends (at its "of"), when the
    words after the comma at ``k`` are a portfolio's: capitalised words and "and", then "of" and
    a state."""
    m = k + 1
    while m < len(tokens) and (tokens[m].cap and not tokens[m].tags & {"state", "demonym"} or tokens[m].text in ("and", "&")):
        m += 1
    if m - k < 3 or m >= len(tokens) or tokens[m].text != "of" or "and" not in {t.text for t in tokens[k + 1:m]}:
        return None
    n = m + 2 if m + 1 < len(tokens) and tokens[m + 1].text in ("the", "The") else m + 1
    return m if n < len(tokens) and tokens[n].tags & {"state", "org"} else None


def its_body(tokens: list[Token], k: int) -> str | None:
    """The organisation "its" before an office at token ``k`` stands for: the last one named
    before it ("a Memorandum ... with the Indian Ocean Rim Association with its Secretary
    General, Salman Al Farisi": the Association's)."""
    if k < 1 or tokens[k - 1].text != "its":
        return None
    for t in reversed(tokens[max(0, k - 14):k - 1]):
        if t.text in (".", ";"):
            return None
        if "org" in t.tags and t.key:
            return f"org:{t.key}"
        if "state" in t.tags:
            return None  # ("the Republic of Korea and its Ambassador": a state's, left to the defaults)
    return None


# "Minister of Foreign Affairs X and Assistant to the President Y took part on the Azerbaijani side":
# the side names the state of those its clause lists.
_TOOK_PART_ON_THE_SIDE = re.compile(r"\b(?:took part|participated|were present|was present|attended)\b[^.;]{0,40}?"
                                    r"\bon the (?P<adj>[A-Z][\w\-]+) side\b")


def sides_taken(text: str, base: int, tokens: list[Token], mentions: list) -> None:
    """Give the persons a sentence lists before "took part on the <demonym> side" that state,
    where nothing else gave them one (``mentions``: the sentence's person mentions, updated)."""
    if " side" not in text:
        return
    for m in _TOOK_PART_ON_THE_SIDE.finditer(text):
        at = base + m.start("adj")
        key = next((t.key for t in tokens if t.start == at and "demonym" in t.tags and t.key), None)
        clause_start = base + max(text.rfind(";", 0, m.start()) + 1, 0)
        for pm in mentions if key else ():
            if clause_start <= pm.start and pm.end <= base + m.start() and pm.state is None:
                pm.state = f"state:{key}"


def body_name_end(tokens: list[Token], k: int) -> int | None:
    """The end of a body's name that starts at token ``k`` ("Bertelsmann Foundation", "Communist
    Party of China Central Committee"), if one does: the longest run of capitalised words, with
    "of" between them, that ends with a body's word."""
    m, end = k, None
    while m < len(tokens) and not tokens[m].possessive and (
            tokens[m].cap or tokens[m].text == "of" and m > k and m + 1 < len(tokens) and tokens[m + 1].cap):
        m += 1
        if tokens[m - 1].bare in BODY_ENDS:
            end = m
    return end
