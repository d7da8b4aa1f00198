"""Who a group named by its office stands for: "the two Foreign Ministers", "the two leaders",
"the two heads of diplomacy" (the release's two holders of that kind of office), and "the three
leaders" (the three who just met), and "the leaders of A, B and C" (each state's holder of
that office)."""
from __future__ import annotations

import re

from kg.extract.context import ActorRef, Context, PersonEntity
from kg.extract.offices import held_then
from kg.extract.participants import LIST_GAP, acting_state, key_of
from kg.extract.text import Sentence
from kg.records import Interaction

# Offices of heads of state or government, and the words that make an office another's deputy.
_HEAD_OFFICE = re.compile(r"(?i)president|prime minister|premier|king|emir|sultan|chancellor")
_HEAD_OF_STATE = re.compile(r"(?i)president|king|emir|sultan|queen")
_DEPUTY = re.compile(r"(?i)deputy|vice|state for|under")


def two_of_a_kind(ctx: Context, words: str, recent: list[str] | None = None) -> list[str]:
    """The release's only two foreign ministers ("the two Foreign Ministers"), or its only two
    heads of state or government ("the two leaders"), if it names exactly two. Where it names
    heads of more than two states, the two who last met (``recent``, the caller's), else none
    when the caller has them to ask ([]), else the first two named (None)."""
    # ("the two heads of diplomacy", "the top diplomats": the foreign ministers)
    kind = re.compile(r"(?i)foreign|external affairs") if re.search(r"(?i)(?<!prime )minister|diploma", words) \
        else _HEAD_OFFICE
    holders = _holders(ctx, kind)
    if kind is _HEAD_OFFICE and re.search(r"(?i)heads of state|presidents", words):
        # ("the Shusha Declaration, signed by the two heads of state", in a release of a prime
        # minister's talks that names the two presidents): heads of state, not of government
        holders = [p for p in holders if any(_HEAD_OF_STATE.search(t) and not _DEPUTY.search(t) for t, _, _ in p.offices)] \
            or holders
    if len(holders) == 2:
        return [f"person:{p.key}" for p in holders]
    # ("the two Heads of State" of a release that also names the President of Zanzibar): the
    # first named of each state, when the holders are of exactly two states
    by_state: dict[str, str] = {}
    for person in holders:
        if person.state:
            by_state.setdefault(person.state, person.key)
    known = all(p.state for p in holders) and re.search(r"(?i)heads of|presidents|prime ministers", words) is not None
    if known and len(by_state) == 2:
        return [f"person:{k}" for k in by_state.values()]
    # ("The leaders recalled their last meeting in Kyiv" after the guest's audience with the King;
    # "The two leaders recalled ..." before a call with a third president): the first two heads
    # the release names, of two states
    if kind is not _HEAD_OFFICE and re.search(r"(?i)\btwo\b", words):
        # ("The two Foreign Ministers later held talks" in a release that also names a third,
        # called from there): the first two the release names, of two states
        # (not one who held it then: "since then-Foreign Minister Shimon Peres travelled there")
        # ("The two ministers met last in Skopje": of Slovakia's Foreign and Austria's European and
        # International Affairs, whose title says no "foreign"; not a prime minister)
        kinds = (kind,) if re.search(r"(?i)foreign", words) else (kind, _A_MINISTER)
        for office in kinds:
            first_two = [p for p in _holders(ctx, office)
                         if any(office.search(t) and not held_then(t, of, e) for t, of, e in p.offices)][:2]
            states = [acting_state(ctx, f"person:{p.key}") for p in first_two]
            if len(first_two) == 2 and all(states) and states[0] != states[1]:
                return [f"person:{p.key}" for p in first_two]
        return []
    if not re.search(r"(?i)heads of|presidents|leaders", words):
        return []
    if recent is not None and heads_of_several_states(ctx):
        # (the heads of a summit's several states: which two, the last meeting says, not the order named)
        return list(recent) if len(recent) == 2 and heads_all(ctx, recent) else []
    first_two = (holders if kind is _HEAD_OFFICE else _holders(ctx, _HEAD_OFFICE))[:2]
    states = [_head_of(p) for p in first_two]
    return [f"person:{p.key}" for p in first_two] if len(first_two) == 2 and all(states) and states[0] != states[1] else []


_A_MINISTER = re.compile(r"(?i)(?<!prime )\bminister\b")


def hold_office(ctx: Context, keys: list[str], word: str) -> bool:
    """Whether each of the persons ``keys`` holds an office with ``word`` in its title."""
    return all(key.startswith("person:") and key[7:] in ctx.persons and
               # (a prime minister is not one of "the ministers")
               any(word in title.lower().replace("prime minister", "") for title, _, _ in ctx.persons[key[7:]].offices)
               for key in keys)


def _head_of(person: PersonEntity) -> str | None:
    """The state (or body) whose head ``person`` is."""
    return next((of for t, of, _ in person.offices if of and _HEAD_OFFICE.search(t)), person.state)


def heads_of_several_states(ctx: Context) -> bool:
    """Whether the release names heads of state or government of more than two states (a
    summit's host receiving his peers), so that "the two leaders" are not simply the first two."""
    return len({s for p in _holders(ctx, _HEAD_OFFICE) if (s := _head_of(p)) and s.startswith("state:")}) > 2


def heads_all(ctx: Context, keys: list[str]) -> bool:
    """Whether each of the persons ``keys`` is a head of state or government (not a deputy)."""
    heads = {f"person:{p.key}" for p in _holders(ctx, _HEAD_OFFICE)}
    return bool(keys) and all(key in heads for key in keys)


def _holders(ctx: Context, kind: re.Pattern[str]) -> list[PersonEntity]:
    """The release's persons holding an office of ``kind`` (not as deputies), in the order named."""
    return sorted((p for p in ctx.persons.values() if any(kind.search(t) and not _DEPUTY.search(t) for t, _, _ in p.offices)),
                  key=lambda p: p.first)


_THE_THREE = re.compile(r"(?i)\bthe three (?:leaders|presidents|heads of state|ministers|foreign ministers)\b")


def the_three(ctx: Context, text: str, interactions: list[Interaction]) -> list[str] | None:
    """"Following the trilateral meeting, the three leaders signed a Joint Declaration": the keys
    of the three persons of the last meeting or call of three, if the sentence names such a group."""
    if "three" not in text or not _THE_THREE.search(text):
        return None
    trio = next((i for i in reversed(interactions) if i.type in ("meeting", "call") and len(i.participants) == 3), None)
    if trio is None:
        return None
    label_keys = ctx.person_keys_by_label()
    keys = [label_keys.get(label) for label in trio.participants]
    return [k for k in keys if k] if all(keys) else None


# "the leaders of Tunisia, Algeria and Libya", "the foreign ministers of A and B": the office
# each state's holder is named by.
_LEADERS = re.compile(r"(?i)leaders|presidents|heads of state|heads of government")
_FOREIGN_MINISTERS = re.compile(r"(?i)(?:foreign )?ministers|heads of (?:the )?(?:\w+ )?foreign")


def officials_of_states(ctx: Context, group: ActorRef, after: list[ActorRef], sentence: Sentence) -> list[str]:
    """The states listed right after a group's words ("the leaders of Tunisia, Algeria and
    Libya"), each stood for by the one person of the release who holds that office for it,
    else by the state itself; none when no list follows."""
    text, base = sentence.text, sentence.start
    lead = re.match(r"\s+of\s+(?:the\s+)?", text[group.end - base:])
    if lead is None:
        return []
    states: list[str] = []
    prev_end = group.end + lead.end()
    for r in after:
        if r.start < prev_end:
            continue
        gap = text[prev_end - base: r.start - base]
        if r.kind != "state" or (states and not LIST_GAP.match(gap)) or (not states and gap.strip()):
            break
        states.append(key_of(r))
        prev_end = r.end
    if len(states) < 2:
        return []
    office = _LEADERS if _LEADERS.search(group.text) else _FOREIGN_MINISTERS if _FOREIGN_MINISTERS.search(group.text) \
        else None
    out: list[str] = []
    for state in states:
        holders = [p for p in ctx.persons.values() if office is not None and acting_state(ctx, f"person:{p.key}") == state
                   and any(_holds(office, title) for title, _, _ in p.offices)]
        out.append(f"person:{holders[0].key}" if len(holders) == 1 else state)
    return out


def _holds(office: re.Pattern[str], title: str) -> bool:
    """Whether ``title`` is of the kind ``office`` (leaders: heads of state or government)."""
    if office is _LEADERS:
        return re.search(r"(?i)^(?:president|prime minister|king|emir|sultan|chancellor|head of (?:state|government))\b",
                         title) is not None and not re.search(r"(?i)vice|deputy", title)
    return re.search(r"(?i)foreign|external affairs", title) is not None and \
        not re.search(r"(?i)deputy|vice|state for|under", title)


# How a sentence names the two last met, as a group ("the two ministers", "the Presidents", "the co-chairs").
MINISTERS = re.compile(r"(?i)\b(?:the|both|the two) (?:foreign )?ministers\b|\bheads of (?:the )?(?:two |both )?foreign (?:affairs )?ministries\b")
THE_CO_CHAIRS = re.compile(r"\bthe (?:two )?co-chair(?:s|men|persons)\b")
HEADS = re.compile(r"(?i)presidents|prime ministers|heads of")
THE_TWO = re.compile(r"(?i)\b(?:the two|both) (?:(?:foreign )?(?:ministers|officials|leaders)|(?:top |chief )?diplomats|heads of diplomacy|"
                     r"presidents|prime ministers|"
                     r"heads of (?:state|government))\b"
                     # ("In addition to the Treaty, the Presidents signed": the two heads, not the two last named)
                     r"|\bthe (?:presidents|prime ministers|heads of state)\b(?! of\b)")
