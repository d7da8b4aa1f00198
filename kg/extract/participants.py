"""Who took part in an interaction: the subject before a trigger and the objects after it, read
from the sentence's actor references (the visitor and the states visited: ``visitors``)."""
from __future__ import annotations

import re
from itertools import pairwise

from kg.extract.context import ActorRef, Context
from kg.extract.references import STANDS_FOR_STATE
from kg.extract.text import Sentence, reported_from

LIST_GAP = re.compile(r"^[\s,]*(?:and\s+)?(?:the\s+)?(?:(?:[A-Z][\w\-]+\s+){1,4}of\s+(?:the\s+)?)?$")
_COURTESY_FROM = re.compile(r"\s+an?\s+(?:courtesy|farewell|introductory)\s+(?:visit|call)\s+from\b")
# ("met in Kyiv with the heads of diplomatic missions of A, B and C": where, then with whom)
_OBJECT_LEAD = re.compile(r"^[\s,]*(?:(?:in|at)\s+[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?\s+(?=with\b))?"
                          # ("met separately on Friday with his Portuguese, Ecuadorian and Palauan counterparts")
                          r"(?:(?:separately|also|jointly|today|yesterday|on\s+[A-Z][a-z]+day|this\s+[a-z]+)\s+(?=\S+(?:\s+\S+)?\s+with\b|with\b))*"
                          # ("received in audience the new Ambassador of the Kingdom of Morocco")
                          r"(?:in\s+audience\s+)?(?:with\s+|to\s+)?(?:the\s+)?(?:[\w\-]+\s+){0,4}(?:of|from|at|in)?\s*(?:the\s+)?$")


def key_of(ref: ActorRef) -> str:
    return ref.key if ref.kind != "person" else f"person:{ref.key}"


def unique(items: list[str]) -> list[str]:
    seen: list[str] = []
    for i in items:
        if i not in seen:
            seen.append(i)
    return seen


def state_of(ctx: Context, key: str) -> str | None:
    if key.startswith("person:"):
        person = ctx.persons.get(key.split(":", 1)[1])
        return person.state if person else None
    return None


def stated_state(ctx: Context, key: str) -> str | None:
    """The state the text itself gives a person (not one presumed)."""
    person = ctx.persons.get(key.split(":", 1)[1]) if key.startswith("person:") else None
    return person.stated if person else None


def acting_state(ctx: Context, key: str) -> str | None:
    """The state an actor acts for: a state itself, a person's state, else the state of
    their first office (a presumed one included)."""
    if key.startswith("state:"):
        return key
    person = ctx.persons.get(key.split(":", 1)[1]) if key.startswith("person:") else None
    if person is None:
        return None
    return person.state or next((of for _, of, _ in person.offices if of and of.startswith("state:")), None)


def persons_of(refs: list[ActorRef]) -> list[str]:
    return [key_of(r) for r in refs if r.kind == "person"]


def only_persons(keys: list[str]) -> list[str]:
    return [k for k in keys if k.startswith("person:")]


def first_of(keys: list[str]) -> str | None:
    return keys[0] if keys else None


def after_word(sentence: Sentence, refs: list[ActorRef], m: re.Match[str], word: str) -> str | None:
    """The actor right after "from" / "to" near the trigger ("a message from X to Y")."""
    text = sentence.text
    for w in re.finditer(rf"\b{word}\b(?! (?:visit|pay|make|attend|take)\b)", text[max(0, m.start() - 10): m.end() + 120]):
        # ("a letter from X inviting Y to visit Finland": no letter to Finland)
        pos = sentence.start + max(0, m.start() - 10) + w.end()
        if word == "of" and re.match(r"\s*(?!(?:the|his|her|their)\b)[a-z]", text[pos - sentence.start:]):
            return None  # ("a message of condolence to President X": what the message says, not whose)
        nxt = [r for r in refs if r.start >= pos and r.start - pos < 60]
        if nxt and nxt[0].kind in ("person", "state", "org"):
            return key_of(nxt[0])
    return None


def subject_keys(before: list[ActorRef], last_pair: list[str], text: str = "", base: int = 0,
                  trigger_start: int = 0) -> list[str]:
    if not before:
        return []
    # "The spokesperson stated that the Minister ... was received by": who is reported on.
    told = reported_from(text, max(0, trigger_start - base)) if text else 0
    if told and any(r.start - base >= told for r in before):
        before = [r for r in before if r.start - base >= told]
    if before[-1].kind == "group":
        return list(last_pair)
    persons = [r for r in before if r.kind == "person"]
    if persons and text and _HAVING.search(text, 0, max(0, trigger_start - base)):
        # ("X spoke with A, having spoken earlier today with B", "X received A, before holding talks with B": X)
        return [key_of(persons[0])]
    if len(persons) > 1 and text and re.search(r"\band\s+(?:also\s+)?(?:then\s+)?$",
                                               text[persons[-1].end - base: trigger_start - base].split(",")[-1]
                                               if "," in text[persons[-1].end - base: trigger_start - base] else ""):
        # "the HR/VP was received by the President, and held meetings with": the sentence's subject.
        return [key_of(persons[0])]
    if persons:
        return unique([key_of(r) for r in persons])
    return unique([key_of(r) for r in _list_ending(before)])


# (", a day after meeting B in Kyiv": the subject again)
_HAVING = re.compile(r",\s+(?:after\s+)?having\s+(?:\w+\s+){0,3}$|,?\s+before\s+$"
                     r"|,\s+(?:(?:a|one|two|three)\s+(?:day|days|week|weeks)\s+|the\s+day\s+|shortly\s+|soon\s+|just\s+)?after\s+$")


def _list_ending(refs: list[ActorRef]) -> list[ActorRef]:
    """The run of states and organisations that ends the list ``refs`` ("the United
    States, Costa Rica, the Dominican Republic, and Panama")."""
    if not refs or refs[-1].kind not in ("state", "org"):
        return refs[-1:]
    run = [refs[-1]]
    return run if len(refs) < 2 else _extend_back(refs, run)


def _extend_back(refs: list[ActorRef], run: list[ActorRef]) -> list[ActorRef]:
    i = len(refs) - 2
    while i >= 0 and refs[i].kind in ("state", "org") and refs[i].end <= run[0].start and \
            run[0].start - refs[i].end <= 9:  # (", ", " and ", ", and the ")
        run.insert(0, refs[i])
        i -= 1
    return run


def object_keys(after: list[ActorRef], t_end: int, sentence: Sentence, last_pair: list[str], *,
                 allow_states: bool) -> list[str]:
    """Who the trigger reaches: the persons after it; else a named body right after it;
    else a list of states right after it ("spoke with the foreign ministers of A, B and C")."""
    if any(r.kind == "group" for r in after[:1]):
        return list(last_pair)
    text = sentence.text
    # ("received a courtesy visit from the new Ambassador of Norway": the one who paid it)
    courtesy = _COURTESY_FROM.match(text, t_end - sentence.start)
    t_end += courtesy.end() - courtesy.start() if courtesy else 0
    gap = text[t_end - sentence.start: after[0].start - sentence.start] if after else ""
    if after and (not near(gap) or _TOPIC_GAP.fullmatch(gap)):
        return []  # ("hold consultations on Sudan and Somalia": what they discussed, not with whom)
    # (not the one who sent the guest: "received X, sent by President Y and bearer of a message")
    persons = [key_of(r) for r in after if r.kind == "person" and not _SENT_BY.search(text, 0, r.start - sentence.start)]
    if persons:  # with "the Czech and Slovak foreign ministers", who stand for their states
        named = any(r.kind == "person" and r.text.lower() not in ("he", "she") for r in after)
        return unique(persons + (standing_states(after) if named else []))
    out: list[str] = []
    prev_end = t_end
    for i, r in enumerate(after):
        if r.kind == "state" and text[r.end - sentence.start: r.end - sentence.start + 2] in ("’s", "'s") \
                and i + 1 < len(after) and after[i + 1].kind == "org":
            prev_end = r.end + 2
            continue  # "Mongolia's LGBT Center": the body, not the state
        if r.kind not in ("org", "state") or (r.kind == "state" and not allow_states):
            break
        gap = text[prev_end - sentence.start: r.start - sentence.start]
        if r.kind == "org" and re.match(r"\s+(?:[A-Z][\w\-]+\s+){1,3}of\b", text[r.end - sentence.start:]) \
                and not out:
            continue  # "the G7 Foreign Ministers of Canada, ...": the acronym qualifies the list
        if not out and (len(gap) > 60 or not _OBJECT_LEAD.match(gap)):
            break
        if out and not LIST_GAP.match(gap):
            break
        out.append(key_of(r))
        prev_end = r.end
    return out


_SENT_BY = re.compile(r"\b(?:sent|dispatched|mandated) by\s+(?:(?:the|his|her)\s+)?(?:[A-Z][\w.\-]*\s+){0,4}$")
_LOWER = re.compile(r"\b[a-z][a-z\-]*\b")
_GAP_OK = {"with", "the", "a", "an", "of", "and", "for", "to", "in", "on", "at", "by", "his", "her", "their", "its",
           "today", "yesterday", "also", "separately", "jointly", "virtually", "bilateral", "separate", "official",
           "working", "state", "delegation", "delegations", "members", "staff", "representatives", "head",
           "heads", "newly", "appointed", "visiting", "foreign", "ministers", "minister", "counterparts",
           "counterpart", "colleagues", "leaders", "leadership", "officials", "from", "led", "last", "this",
           "week", "month", "year", "earlier", "later", "day", "same",
           # ("received today, at the second presidential headquarters in Ain al-Tineh, the ambassadors of ...")
           "ambassadors", "ambassador", "envoys", "presidential", "second", "al", "el",
           # ("received in audience this Tuesday 20 February 2024 at the Palais de la Marina the President ...")
           "audience",
           # (a venue on the way: "held official talks this Wednesday at the MINREX headquarters with X")
           "headquarters", "premises", "seat", "palace", "residence", "building",
           # (a venue's name in French or Spanish: "at the Cité de l'Union africaine in Kinshasa")
           "de", "du", "des", "la", "le", "l", "del", "y"}


def standing_states(refs: list[ActorRef]) -> list[str]:
    """The states of unnamed officials among ``refs`` ("his Latvian counterpart")."""
    return [key_of(r) for r in refs if r.kind == "state" and STANDS_FOR_STATE.search(r.text)]


_TOPIC_GAP = re.compile(r"\s+(?:on|about|concerning|regarding)\s+(?:the\s+)?(?:situation\s+in\s+)?")


def near(gap: str) -> bool:
    """Whether the words between a trigger and its first object leave the object its
    object: titles and connectors pass, "received a new impetus after" does not."""
    if len(gap) > 260:
        return False
    words = [w for w in _LOWER.findall(gap) if w not in _GAP_OK]
    # (a long gap only of titles and connectors: "received on Thursday at the Presidential Palace in
    # Nouakchott the Minister of Foreign Affairs, International Cooperation and Gambians Abroad of ...")
    return len(words) <= 2 if len(gap) <= 160 else not words


def own_state(ctx: Context, a: str, b: str) -> bool:
    """"... a visit to Austria, and it was his fifth meeting with Minister X": a person and the
    state they act for are one side, not two parties."""
    return (a.startswith("state:") and acting_state(ctx, b) == a) or (b.startswith("state:") and acting_state(ctx, a) == b)

def state_pair(sentence: Sentence, refs: list[ActorRef]) -> list[str]:
    """The two states a hyphenated pair names ("the Canada-France ... Treaty"), else none."""
    states = [r for r in refs if r.kind == "state"]
    for a, b in pairwise(states):
        if re.fullmatch(r"\s*[-–—]\s*", sentence.text[a.end - sentence.start: b.start - sentence.start]) and a.key != b.key:
            return [a.key, b.key]
    return []

def between_states(sentence: Sentence, before: list[ActorRef], t_start: int) -> list[str]:
    """"the Joint Declaration ... between New Zealand and the Cook Islands, signed in 2001": the
    states the document is between, two or a list ("between the Governments of Azerbaijan,
    Georgia, Romania and Hungary was signed")."""
    at = sentence.text.rfind("between ", 0, t_start - sentence.start)
    states = [r for r in before if r.kind == "state" and at >= 0 and r.start >= sentence.start + at]
    listed = states[:1]
    for a, b in pairwise(states):
        gap = sentence.text[a.end - sentence.start: b.start - sentence.start]
        if not _LIST_GAP.fullmatch(gap):
            break
        listed.append(b)
        if "and" in gap.split():
            break  # (the list's last)
    keys = unique([r.key for r in listed])
    if len(keys) >= 2 and (len(keys) == 2 or " and " in sentence.text[listed[-2].end - sentence.start: listed[-1].start - sentence.start]):
        return keys
    return []


_LIST_GAP = re.compile(r"\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?")


def without_venues(keys: list[str], after: list[ActorRef], sentence: Sentence) -> list[str]:
    """``keys`` without the bodies named as where the event took place ("held talks at the
    Ministry of Foreign Affairs": no party to them)."""
    return [k for k in keys if not (k.startswith("org:") and any(
        key_of(r) == k and re.search(r"\b(?:at|in)\s+(?:the\s+)?$",
                                     sentence.text[max(0, r.start - sentence.start - 8): r.start - sentence.start])
        for r in after))]


# The words an office may hold between a trigger and its holder ("called on the President of the
# seventy-eighth session of the General Assembly, His Excellency X"), besides capitalised ones.
_OFFICE_GAP_WORDS = frozenset({"the", "of", "for", "and", "on", "session", "his", "her"})
_ORDINAL_WORD = re.compile(r"(?:\w+-)?\w+(?:st|nd|rd|th)")


def office_then_person(sentence: Sentence, after: list[ActorRef], trigger_end: int) -> bool:
    """Whether the first person after a trigger (ending at release offset ``trigger_end``) follows
    it through an office only: the references before that person are the office's body ("the
    General Assembly"), not a guest of their own."""
    first = next((r for r in after if r.kind == "person"), None)
    if first is None or first is after[0]:
        return False
    gap = sentence.text[trigger_end - sentence.start: first.start - sentence.start]
    return len(gap) <= 160 and all(w in _OFFICE_GAP_WORDS or _ORDINAL_WORD.fullmatch(w)
                                   for w in re.findall(r"(?<![\w’'\-])[a-z][\w’'\-]*", gap))
