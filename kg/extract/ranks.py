"""Military ranks written out before a name ("General Aroldo Lázaro", "Admiral Paparo",
"Lieutenant General X") are forms of address, as their abbreviations ("Gen.", "Adm.") are: not
part of the name, and no office of the person's."""
from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any

from kg.lexicon import FORMS_OF_ADDRESS as HONORIFICS

_RANKS_WRITTEN = {"General": "Gen.", "Admiral": "Adm.", "Colonel": "Col.", "Lieutenant": "Lt.", "Major": "Maj.",
                  "Captain": "Capt.", "Brigadier": "Brig."}
# What a sentence must hold for ``ranks_as_address`` to change anything: a cheap test first.
RANK_WORDS = tuple(_RANKS_WRITTEN)
# A body's word after the rank's word: "the General Assembly", "General License 17".
_AFTER_GENERAL = {"Assembly", "Debate", "Staff", "Secretariat", "Conference", "Council", "Directorate", "Motors",
                  "Electric", "Framework", "Elections", "Election", "Strike", "Manager", "Affairs", "League", "Partner",
                  "License", "Licence", "Licenses", "Counsel", "Services", "Service", "Administration", "Hospital",
                  "Cargo"}
# An office's head before it: "Attorney General", "Consulate General", not a rank.
_GENERAL_OF_AN_OFFICE = {"Consulate", "Consulates", "Secretary", "Attorney", "Director", "Governor", "Consul",
                         "Inspector", "Solicitor", "Surgeon", "Auditor", "Procurator", "Commissioner", "Registrar",
                         "Accountant", "Comptroller", "Postmaster", "Advocate", "Paymaster", "Vicar", "Prosecutor",
                         "Controller", "Adjutant", "Commissary"}


def ranks_as_address(tokens: list[Any], is_name_token: Callable[[Any], bool], org_heads: Collection[str]) -> None:
    """Put each rank that stands before a name in its abbreviated form, a form of address
    (``tokens.HONORIFICS``), in place. (The tokens are ``kg.extract.tokens.Token``s; that module
    passes its name test and bodies' words, which this one may not import: it imports this.)"""
    for k in range(len(tokens) - 2, -1, -1):  # (from the end: "Lieutenant General X", the later rank first)
        tok, nxt = tokens[k], tokens[k + 1]
        short = _RANKS_WRITTEN.get(tok.text)
        if short is None or k > 0 and tokens[k - 1].text in _GENERAL_OF_AN_OFFICE:
            continue
        if short == "Maj." and nxt.text not in HONORIFICS or nxt.text in org_heads or nxt.text in _AFTER_GENERAL:
            continue  # ("a Major Non-NATO Ally", "General License 17"; but "Major General X")
        if nxt.text in HONORIFICS or is_name_token(nxt) and (
                k + 2 < len(tokens) and is_name_token(tokens[k + 2])
                # ("Admiral Paparo said": a surname alone; not "the General Assembly adopted", nor "the
                # Ministry's General Diwan")
                or not (k + 2 < len(tokens) and tokens[k + 2].cap)
                and not (k > 0 and (tokens[k - 1].possessive or tokens[k - 1].text in ("the", "The")))):
            tokens[k] = type(tok)(tok.start, tok.end, short, frozenset({"cap", "notname"}))


def two_word_address(tokens: list[Any]) -> None:
    """Put Malaysia's two-word forms of address ("Tan Sri Dato' Johari Abdul", "Puan Sri ...") as
    forms of address in place: "Tan" and "Sri" are names elsewhere ("Sri Mulyani Indrawati")."""
    for k, tok in enumerate(tokens[:-1]):
        if tok.text in ("Tan", "Puan") and tokens[k + 1].text == "Sri":
            tokens[k] = type(tok)(tok.start, tok.end, tok.text, frozenset({"cap", "notname"}))
            tokens[k + 1] = type(tok)(tokens[k + 1].start, tokens[k + 1].end, "Seri", frozenset({"cap", "notname"}))
