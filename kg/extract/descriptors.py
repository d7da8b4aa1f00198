"""Who a description stands for: "the Secretary" (the person whose office says so), "the Kazakh
diplomat" (the person of that state), "his counterpart", "the guest", "the head of state", and
the kinds of office that make two persons counterparts."""
from __future__ import annotations

import re

from kg.extract.bodies import home_body
from kg.extract.context import Context
from kg.lexicon import fold

# "as Special Envoy of the President", "the Personal Representative of the Secretary-General": the
# office served names whom its holder acts for, who is no party to what the sentence tells.
SERVING_OF = re.compile(r"\b(?:Envoy|Representative|Emissary|Adviser|Advisor|Spokesperson|Spokesman|Aide|Chief of Staff)"
                        r"\s+of\s+$")

_OFFICE_KINDS = (("foreign", re.compile(r"(?i)foreign|external affairs")),
                 ("government", re.compile(r"(?i)prime minister|premier|head of government")),
                 ("vice", re.compile(r"(?i)vice[- ]president")),
                 ("state", re.compile(r"(?i)^(?!.*vice)(?:.*\b)?(?:president|head of state)\b")),
                 ("ambassador", re.compile(r"(?i)ambassador")))


def office_kinds(ctx: Context, key: str | None) -> set[str]:
    """What kind of office a person holds, for matching counterparts: foreign minister, head
    of government, head of state, ambassador."""
    person = ctx.persons.get(key) if key else None
    if person is None:
        return set()
    return {kind for title, _, _ in person.offices for kind, pattern in _OFFICE_KINDS if pattern.search(title)}


def acts_for(ctx: Context, key: str, state: str) -> bool:
    """Whether the person ``key`` acts for ``state`` ("state:XX"): their own state or an office's."""
    person = ctx.persons.get(key)
    return person is not None and (person.state == state or any(o == state for _, o, _ in person.offices))


def names_a_body(ctx: Context, word: str) -> bool:
    """Whether a descriptor's adjective is a body's name ("the OSCE Secretary General")."""
    return word in ("OSCE", "UN", "EU") or bool(ctx.lexicon.organization(word))


def resolve_descriptor(ctx: Context, adjective: str | None, noun: str, last: str | None, idx: int,
                        recent: list[str] | None = None, exclude: set[str] | None = None) -> str | None:
    """'the Secretary' → the person whose office says Secretary; 'the Kazakh diplomat' →
    the person of Kazakhstan; 'his counterpart' / 'the guest' → the other main person (never one
    of ``exclude``)."""
    state = None
    guests: list[str] | None = None
    if adjective == "visiting":
        # ("the visiting President", beside the host's own President): one not of the publisher's state
        guests = [p.key for p in ctx.persons.values() if ctx.home_state and not acts_for(ctx, p.key, f"state:{ctx.home_state}")]
        adjective = None
    if adjective:
        entry = ctx.lexicon.state(adjective)
        state = f"state:{entry.code}" if entry else None
        if entry is None and not names_a_body(ctx, adjective):
            if all(w.isupper() and len(w) <= 4 for w in adjective.split()):
                return _written_before_name(ctx, f"{adjective} {noun}")
            noun = f"{adjective} {noun}"
    low = noun.lower()
    candidates = [p for p in ctx.persons.values() if (guests is None or p.key in guests) and not (exclude and p.key in exclude)]
    if state:
        candidates = [p for p in candidates if acts_for(ctx, p.key, state)]
    if low == "guest":
        foreign = [p for p in candidates if ctx.home_state and p.state and p.state != f"state:{ctx.home_state}"]
        return most_prominent(ctx, foreign or [p for p in candidates if p.key != last])
    if low == "counterpart":
        return most_prominent(ctx, [p for p in candidates if p.key != last])
    if low in ("diplomat", "official") or low.startswith("head of") and "delegation" in low:
        if low.startswith("head of"):
            org_word = low.split()[-2] if len(low.split()) > 3 else ""
            pool = [p for p in candidates if any(org_word and org_word in fold(t) for t, _, _ in p.offices)]
            if not pool and org_word:
                org = ctx.lexicon.organization(org_word.upper())
                pool = [p for p in candidates if org and any(o == f"org:{org.key}" for _, o, _ in p.offices)]
            candidates = pool or candidates
        return most_prominent(ctx, candidates)
    if low in ("leader", "state leader", "monarch"):  # ("the State leader" in Vietnamese releases)
        low = "head of state"
    if low == "pontiff":
        low = "pope"  # ("received in audience by the Pontiff": Pope Francis)
    if low == "head of state":
        pool = [p for p in candidates if any(re.search(r"\b(?:President|King|Emir|Sultan|Queen)\b", t) and
                                             "Vice" not in t for t, _, _ in p.offices)]
        # ("The Head of State first received ..." in a presidency's release that named a foreign
        # president first: the publisher's own)
        own = [p for p in pool if acts_for(ctx, p.key, f"state:{ctx.home_state}")] if ctx.home_stated and not state else []
        return most_prominent(ctx, own or pool)
    words = [w for w in re.split(r"[\s\-]+", low) if w not in ("the",)]
    pool = [p for p in candidates if any(_has_words(fold(t), words) for t, _, _ in p.offices)]
    if not pool and "foreign" in words and _chancellor_is_foreign_minister(ctx):
        # ("The Costa Rican Foreign Minister arrived ...", after "Chancellor André Tinoco"; the release
        # calls its own foreign minister "Minister of Foreign Affairs" and "Chancellor" alike)
        pool = [p for p in candidates if any(re.search(r"\bChancellor\b", t) for t, _, _ in p.offices)]
    if not re.search(r"deputy|vice", low):
        # ("The Prime Minister" is not the Deputy Prime Minister, where the release names both)
        exact = [p for p in pool if any(_has_words(fold(t), words) and not re.search(r"(?i)deputy|vice", t)
                                        for t, _, _ in p.offices)]
        pool = exact or pool
        # ("the Minister's visit" is the Minister for International Development's, not the Prime
        # Minister's, where the release names both)
        # (but "the minister" is any minister's, the Foreign Minister's as much as the Minister for
        # Foreign Affairs': only a prime minister is none)
        led = [p for p in pool if any(_NOT_PRIME.search(fold(t)) for t, _, _ in p.offices)] if words == ["minister"] \
            else [p for p in pool if any(fold(t).startswith(words[0]) for t, _, _ in p.offices)] if words else []
        pool = led or pool
    if low in ("prime minister", "president") and len(pool) > 1 and ctx.home_stated and not state:
        # ("On Wednesday, the Prime Minister held a telephone conversation with ..." in a release of
        # Cabo Verde's PM's office, whose title named the visiting Prime Minister first: its own)
        pool = [p for p in pool if acts_for(ctx, p.key, f"state:{ctx.home_state}")] or pool
    if low in ("ambassador", "envoy") and len(pool) > 1 and recent:
        # "Meeting Finnish Ambassador X, ... The ambassador handed over": of several envoys, the
        # one just named
        latest = [k for k in reversed(recent[-2:]) if any(p.key == k for p in pool)]
        if latest:
            return latest[0]
    return most_prominent(ctx, pool)


_NOT_PRIME = re.compile(r"(?<!prime )\bminister")


def _written_before_name(ctx: Context, title: str) -> str | None:
    """"the NA President", with acronyms the gazetteer lacks: the person the release names right
    after those words ("the RA NA President Alen Simonyan"), else no one."""
    text = ctx.release.text
    for m in re.finditer(rf"\b{re.escape(title)},?\s+", text):
        after = text[m.end(): m.end() + 80]
        who = next((p for p in ctx.persons.values() if after.startswith(p.name)), None)
        if who is not None:
            return who.key
    return None


def _has_words(title: str, words: list[str]) -> bool:
    """Whether each of ``words`` is a word of ``title``, or starts one ("minist" of "ministers")."""
    return all(re.search(rf"\b{re.escape(w)}", title) for w in words)


def principal_body(ctx: Context, noun: str) -> str | None:
    """The organisation an unnamed "Secretary-General" or "Director-General" leads."""
    return home_body(ctx) if noun in ("Secretary-General", "Director-General", "Director General") else None


def most_prominent(ctx: Context, pool: list) -> str | None:
    if not pool:
        return None
    return min(pool, key=lambda p: p.first).key


def _chancellor_is_foreign_minister(ctx: Context) -> bool:
    """Whether the release calls a foreign minister "Chancellor" (the Spanish and Portuguese
    "Canciller"): one person holds both titles in it."""
    return any(any("Chancellor" in t for t, _, _ in p.offices) and "foreign" in office_kinds(ctx, p.key)
               for p in ctx.persons.values())
