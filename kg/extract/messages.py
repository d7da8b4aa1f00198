"""Letters and messages: who sent one to whom ("handed over a letter from X", "received a
written message from X, delivered by Y", "thanked her counterpart for his letter")."""
from __future__ import annotations

import re

from kg.extract.context import ActorRef, Context
from kg.extract.participants import acting_state, after_word, first_of, key_of, persons_of
from kg.extract.site import Site
from kg.extract.text import Sentence
from kg.records import Interaction


_ADDRESSED_TO = re.compile(r",?\s+addressed to\b")


def build_message(ctx: Context, site: Site, last_pair: list[str]) -> tuple[list[str], Interaction] | None:
    """The message a trigger reports, with its sender's and recipient's keys."""
    sentence, refs, m, before, after = site.sentence, site.refs, site.m, site.before, site.after
    base = sentence.start
    when, place, ev, trigger = site.when, site.place, site.ev, site.trigger
    if trigger.startswith("for "):
        # "thanked her counterpart for his letter": from the counterpart to the subject.
        everyone = [r for r in refs if r.kind == "person"]
        sender = persons_of(before)[-1:] if before else []
        recipient = key_of(everyone[0]) if everyone else None
        if not sender or not recipient or sender[0] == recipient:
            return None
        keys = [sender[0], recipient]
        return keys, Interaction("correspondence", [ctx.label(k) or "" for k in keys], when, place, None, [], ev)
    if trigger.startswith("exchanged"):
        # "Prime Minister A and President B exchanged letters": the two who wrote to each other
        keys = persons_of(before)[-2:]
        if len(keys) < 2:
            return None
        return keys, Interaction("correspondence", [ctx.label(k) or "" for k in keys], when, place, None, [], ev)
    if trigger.startswith("in a"):
        # "In a separate cable, X thanked Y", "In a message to Y, X congratulated him": the
        # subject after the opening wrote to the one it names
        to = after_word(sentence, refs, m, "to") if re.match(r"\s+to\b", sentence.text[m.end():]) else None
        named = [k for k in persons_of(after) if k != to]
        keys = [named[0], to or (named[1:] or [None])[0]] if named else []
        if len(keys) < 2 or keys[1] is None:
            return None
        return keys, Interaction("correspondence", [ctx.label(k) or "" for k in keys], when, place, None, [], ev)
    if re.search(r"(?i)\bthe (?:\w+ )?(?:message|letter)$", m.group(0)) and \
            not after_word(sentence, refs, m, "from"):
        return None  # "received the message during his meeting with X": the message told before, not X's
    # ("Minister X recalled that the President had sent a message to Y": the clause's own subject)
    that = re.search(r"\bthat\s+(?=[^,;]*$)", sentence.text[:m.start()])
    inner = persons_of([r for r in before if r.start - base >= that.end()]) if that else []
    written = re.match(r"(?i)signed|wrote|addressed", trigger) is not None  # ("signed a letter to X": the subject's)
    sender = (None if written else after_word(sentence, refs, m, "from") or after_word(sentence, refs, m, "of")) or \
        first_of(inner[-1:] or persons_of(before) or [key_of(r) for r in before[-1:]])
    # ("handed President X a written message from Y": X, the indirect object, receives it)
    told_to = [key_of(r) for r in refs if r.kind == "person" and base + m.start() < r.start < base + m.end()]
    # ("X received the Ambassador of Oman, who delivered a written message to him from ...": to X)
    to_them = re.match(r"\s+to\s+(?:him|her)\b", sentence.text[m.end():]) is not None and bool(persons_of(before))
    # ("handed his guest a written message from King X to Prime Minister Y": the guest carries it to Y)
    from_to = re.match(r"\s+from\s+(?:(?!\bto\b)[^,.;]){2,100}?\s+to\s+(?!(?:visit|pay|make|attend|take)\b)",
                       sentence.text[m.end():])
    recipient = (from_to and after_word(sentence, refs, m, "to")) or first_of(told_to) or \
        (persons_of(before)[0] if to_them else None) or after_word(sentence, refs, m, "to") or \
        first_of([k for k in persons_of(after) if k != sender] or persons_of(before)[-1:])
    whom = re.search(r"\bto whom\s+(?:\w+\s+){0,3}$", sentence.text[:m.start()])
    # ("to whom he handed a letter from the Prime Minister, ..., addressed to President Y": Y's letter)
    addressed = _ADDRESSED_TO.search(sentence.text, m.end(), m.end() + 240)
    named = next((key_of(r) for r in refs if r.kind == "person" and r.start >= base + addressed.end()), None) \
        if addressed else None
    if named:
        recipient = named
    elif whom:  # "received by President X, to whom he handed over a message from Y": X receives it
        recipient = first_of(persons_of([r for r in before if r.end <= base + whom.start()])[-1:]) or recipient
    if trigger.startswith("received"):
        # "X received a written message from Y": X is the recipient.
        subject = persons_of(before)
        recipient = subject[-1] if subject and subject[-1] != sender else \
            (None if recipient == sender else recipient)
    bearer = first_of(persons_of(before)) or first_of([key_of(r) for r in before[-1:]])
    if trigger.startswith("bearer") and len(persons_of(before)) >= 2:
        # ("the Head of State received ... Mr. X, bearer of a message from Y": from Y to the host, by X)
        bearer, recipient = persons_of(before)[-1], persons_of(before)[0]
    if re.search(r"\bwho\s+(?:also\s+)?$", sentence.text[:m.start()]) and persons_of(before):
        bearer = persons_of(before)[-1]  # ("X received Y, who handed the President a letter from Z": Y bore it)
        if before[-1].kind == "state" and len(persons_of(before)) == 1:
            # ("X received the Ambassador of the Sultanate of Oman, who delivered a written message to
            # him": the envoy, who stands for his state, bore it to X)
            bearer = key_of(before[-1])
        if recipient in (None, bearer) and len(persons_of(before)) >= 2 and trigger.startswith(("delivered", "handed", "conveyed")):
            # ("X received a delegation led by Y, who delivered a verbal message from Z": to X)
            recipient = persons_of(before)[0]
    if re.match(r"(?:handed|gave|delivered|conveyed) (?:him|her)\b", trigger) and len(persons_of(before)) >= 2:
        # "X received Y, who handed him a written message from Z": to X, by Y; "Y conveyed to
        # President X the greetings of ..., and handed him a written invitation": to X, by Y
        told = [key_of(r) for r in before if r.kind == "person" and re.search(r"\bto\s+(?:\w+\s+){0,2}$",
                                                                               sentence.text[:r.start - base])]
        subjects = persons_of(before)
        bearer, recipient = (subjects[0], told[0]) if told else (subjects[-1], subjects[0])
    if not after_word(sentence, refs, m, "to") and len(last_pair) == 2 and bearer and \
            (recipient is None or recipient.startswith("state:") or recipient == bearer) and \
            not trigger.startswith("received"):
        # "The ambassador handed over a letter from President X" at their meeting: to the host
        # ("called on President Y ..., where he delivered a message from X": to Y)
        here = [k for k in persons_of(before) if k not in (bearer, sender)]
        host = here[-1:] or [k for k in last_pair if bearer in last_pair and k != bearer
                             and acting_state(ctx, k) != acting_state(ctx, bearer)]
        recipient = host[0] if len(host) == 1 else recipient
    if not sender or not recipient or sender == recipient or \
            recipient == bearer and not trigger.startswith("received"):
        return None  # ("The ambassador conveyed greetings from X": to whom, the text does not say)
    messenger = re.search(r",?\s+(?:delivered|handed over|conveyed|carried|brought) by\s+", sentence.text[m.end():])
    if messenger and ("message" in trigger or "letter" in trigger):
        # "received ... a message from President X, delivered by the Minister Y": Y met the recipient
        at = m.end() + messenger.end() + base
        bringer = next((key_of(r) for r in refs if r.kind == "person" and r.start >= at), None)
        if bringer and bringer not in (sender, recipient):
            ctx.extra_interactions.append(Interaction("meeting", [ctx.label(recipient) or "", ctx.label(bringer) or ""],
                                                      when, place, None, [], ev))
    keys = [sender, recipient]
    senders = [r for r in before if r.kind == "person"]
    if re.search(r"(?:cables|messages|letters)\b", trigger) and len(senders) >= 2 and key_of(senders[0]) == sender and \
            recipient.startswith("person:"):
        # ("The Crown Prince A and the Prime Minister B sent cables of condolences to C": each sent one)
        for a, b in zip(senders, senders[1:]):
            if _CO_SENDER.fullmatch(sentence.text, a.end - base, b.start - base) and key_of(b) not in keys:
                ctx.extra_interactions.append(Interaction("correspondence", [ctx.label(key_of(b)) or "",
                                                                             ctx.label(recipient) or ""],
                                                          when, place, None, [], ev))
    # ("sent messages of condolence to the Supreme Leader ..., X, and to the First Vice President, Y")
    for also in _AND_TO.finditer(sentence.text, m.end()):
        nxt = [r for r in refs if 0 <= r.start - base - also.end() < 60 and r.kind in ("person", "state")]
        if nxt and key_of(nxt[0]) not in keys:
            labels = [ctx.label(sender) or "", ctx.label(key_of(nxt[0])) or ""]
            ctx.extra_interactions.append(Interaction("correspondence", labels, when, place, None, [], ev))
    return keys, Interaction("correspondence", [ctx.label(k) or "" for k in keys], when, place, None, [], ev)


# (", Vice President, Prime Minister and Ruler of Dubai, and His Highness": the first one's offices between)
_APPOSED_OFFICES = r"(?:,\s+[A-Z][\w\-]*(?:\s+(?:[A-Z][\w\-]*|of|the|and|for))*)*"
_CO_SENDER = re.compile(_APPOSED_OFFICES + r",?\s+and\s+(?:(?:His|Her|the|[A-Z][\w.\-]*)\s+){0,6}")
_AND_TO = re.compile(r",?\s+and\s+(?:also\s+)?to\s+")


def senders_after_bearer(after: list[ActorRef], sentence: Sentence, m: re.Match[str]) -> set[str]:
    """Who sent the message a guest carried, named after "bearer of" ("received ... Mr. X, bearer of
    a message from Prime Minister Y"): Y wrote, and met no one."""
    return {key_of(r) for r in after if _BEARER.search(sentence.text, m.end(), r.start - sentence.start)}


_BEARER = re.compile(r",\s+(?:the\s+)?bearers?\s+of\b")
