"""Signings: who signed a document with whom ("Both Ministers signed the Joint Declaration", "the
MoU, signed by A and B", "the Treaty between X and Y, signed in Trujillo"), and before whom ("the
two Presidents witnessed the signing of ..., signed by A and B": A and B signed, the Presidents
witnessed; both took part, as attendees take part in a meeting)."""
from __future__ import annotations

import re

from kg.cities import city
from kg.extract.context import ActorRef, Context
from kg.extract.participants import between_states, key_of, only_persons, state_pair, subject_keys, unique
from kg.extract.references import OFFICIALS_OF
from kg.extract.site import Site
from kg.extract.groups import two_of_a_kind
from kg.extract.text import Sentence
from kg.records import Interaction


def build_signing(ctx: Context, site: Site, subject: list[str], objects: list[str],
                  last_pair: list[str] | None = None) -> tuple[list[str], Interaction] | None:
    """The signing a trigger reports, with its signatories' keys. Signatories
    are the persons (or states) who signed, never the states a document names."""
    sentence, refs, m, before, after = site.sentence, site.refs, site.m, site.before, site.after
    base, t_start = sentence.start, site.t_start
    when, place, ev, trigger = site.when, site.place, site.ev, site.trigger
    tail = sentence.text[m.end():]
    if re.search(r"\b(?:witness(?:ed|es)?|attended|attends)\s+(?:the\s+)?signing\b", sentence.text[:m.start()]):
        return None  # ("witnessed the signing of ..., signed by A and B": the one signing, read at "signing")
    # Signatories: the persons (or states) who signed, never the states a document names.
    states_before = unique([key_of(r) for r in before if r.kind == "state"])
    if re.match(r"\s*by the two (?:countries|states|governments|sides)\b", tail) and len(states_before) == 2:
        # "ties between the UAE and Türkiye ... the CEPA signed by the two countries"
        return states_before, Interaction("signing", [ctx.label(k) or "" for k in states_before], when, place,
                                          None, [], ev)
    pair = state_pair(sentence, after) if re.match(r"\s+of\s+(?:the\s+)?[A-Z]", tail) else []
    if not pair and re.match(r",?\s+(?:in|on)\s", tail):
        pair = between_states(sentence, before, t_start)
    if pair and (trigger == "signing" or re.search(r",\s*$", sentence.text[:m.start()]) or
                 not only_persons(subject_keys(before, [], sentence.text, base, t_start))):
        # ("A and B assessed the Treaty ... between X and Y, signed in Trujillo in October 2021")
        # "since the signing of the Japan-Brazil Treaty of Friendship ... in 1895": the two states
        at = re.match(r",?\s+in\s+(?P<place>[A-Z][\w’'\-]+(?:[ \-][A-Z][\w’'\-]+)?)", tail)
        where = at["place"] if at and not ctx.lexicon.state(at["place"]) and city(at["place"]) else None
        return pair, Interaction("signing", [ctx.label(k) or "" for k in pair], when, where, None, [], ev)
    at, end = base + m.end(), sentence.end
    # ("was signed for Nigeria by the Minister ..., X, and for Morocco by the Minister ..., Y": X and Y;
    # "was signed, in the presence of the two leaders, by Minister A for the Republic of Haiti and by
    # the Cabinet Secretary ..., B, for the Republic of Kenya": A and B, not the leaders)
    for spans in ([(at + b.end(), end) for b in _BY_WORD.finditer(tail)] if _FOR_STATE_BY.match(tail) else [],
                  [(at + a, at + b) for a, b in _sides_by(ctx, tail)] if "for" in tail else []):
        signers = _first_persons(refs, spans)
        if len(signers) >= 2:
            return signers, Interaction("signing", [ctx.label(k) or "" for k in signers], when, place, None, [], ev)
    by = re.match(r"\s*(?:(?:in|at|on)\s+[^,;]{1,40}?\s+)?by\b", tail)
    if by:  # "the Declaration, signed by A and B", "The MoU was signed in Brussels by A and B"
        subject = []
    elif re.search(r"\b(?:has|have|had) been\s+$|\b(?:was|were|is|are)\s+$", sentence.text[:m.start()]):
        # "ministers X and Y welcomed that the Canada-France Treaty has been signed": the two
        # states the document is of signed it, not those who welcome it.
        pair = state_pair(sentence, before) or between_states(sentence, before, t_start)
        if pair:
            return pair, Interaction("signing", [ctx.label(k) or "" for k in pair], when, place, None, [], ev)
    if when and ctx.release.date and when[:4] < ctx.release.date[:4] and _DOCUMENT_SIGNED.search(
            sentence.text[:m.end()]):
        # (a document signed years ago, named in a sentence about something else: not its subject's persons')
        subject = [k for k in subject if not k.startswith("person:")]
    participants = unique(only_persons(subject) + only_persons(
        objects if re.search(r"\bwith\b", tail[:40]) or by or _signed_with(sentence, after, m) else []))
    bodies = _signing_bodies(sentence, before, m)
    if bodies and not only_persons(subject):
        participants = bodies  # "A (ACR) and the B of Ukraine signed": the two bodies
    participants, present = _signatories(ctx, sentence, refs, m, participants, last_pair or [])
    if by and len(participants) < 2:
        # ("the Agreement ..., signed in Baku on the margins of the conference by Azerbaijan,
        # Kazakhstan and Uzbekistan": the states after "by")
        at = base + m.end() + by.end()
        # (or "by the presidents of Costa Rica, El Salvador, ...": the states after their officials)
        after_by = tail[by.end():]
        officials = OFFICIALS_OF.match(ctx.release.text, at + len(after_by) - len(after_by.lstrip()))
        at = officials.end() if officials else at
        listed = [r for r in refs if r.start >= at]  # (past a clause break: "on the margins")
        right_after = bool(listed) and listed[0].kind == "state" and listed[0].start - at <= 5
        states = _state_list(sentence, listed) if right_after else []
        participants = states if len(states) >= 2 else participants
    if len(participants) < 2 and not only_persons(subject):
        participants = unique(subject)
    if len(participants) == 1 and participants[0].startswith("person:"):
        # ("A signed the agreement on behalf of Bangladesh, while B signed for Bhutan": both signed it)
        for w in _WHILE.finditer(sentence.text, m.end()):
            signed = _THEN_SIGNED.match(sentence.text, w.end())
            other = [r for r in refs if r.kind == "person" and base + w.end() <= r.start and r.end <= base + signed.end()] \
                if signed else []
            if other:  # (the one named last before "signed": "Minister ... Lyonpo Loknath Sharma signed")
                participants = unique(participants + [key_of(other[-1])])
    if len(participants) == 1 and participants[0].startswith("person:") and trigger.lower().startswith("signed"):
        participants += _other_side(sentence, refs, m)  # (not "the early signing of the Agreement between ...")
    witnesses = _witnesses(ctx, sentence, refs, last_pair or [])
    saw = _WE_WITNESSED.search(sentence.text) if not witnesses and len(participants) >= 2 else None
    if saw:  # ("Following the talks, we witnessed the signing by the two Ministers of ...": a joint statement's "we")
        participants = unique(participants + [key_of(r) for r in refs if r.kind == "person" and r.text.lower() == "we"
                                              and r.end <= sentence.start + saw.end()])
    if len(participants) >= 2 or len(witnesses) >= 2:
        # ("A and B signed ..., in the presence of Prime Minister C": C took part in the signing,
        # as attendees take part in a meeting; "Following the talks, and in the presence of the two
        # ministers, a Memorandum ... was signed": no signatory named, the two it was signed before)
        present = unique(present + [w for w in witnesses if w not in participants]) if len(participants) >= 2 else []
        participants = unique(participants + witnesses) if len(participants) >= 2 else witnesses
    if len(participants) < 2:
        released = ctx.release.date
        if when and released and when[:4] < released[:4] and _PASSIVE_SIGNED.search(sentence.text):
            # ("The General Agreement ..., signed in Kigali in 2010, remains the framework"): a past
            # signing whose signatories are the release's two states, known once all is read
            at = re.match(r",?\s+in\s+(?P<place>[A-Z][\w’'\-]+(?:[ \-][A-Z][\w’'\-]+)?)", tail)
            where = at["place"] if at and not ctx.lexicon.state(at["place"]) and city(at["place"]) else place
            ctx.extra_interactions.append(Interaction("signing", [], when, where, None, [], ev))
        return None
    return participants, Interaction("signing", [ctx.label(k) or "" for k in participants], when, place,
                                     None, [], ev, [ctx.label(k) or "" for k in present if k in participants])


def _other_side(sentence: Sentence, refs: list[ActorRef], m: re.Match[str]) -> list[str]:
    """The party a lone signer signed with: the second of the two a document is "between"
    ("he signed a Memorandum of Understanding between the CBSS Secretariat and the Union of the
    Baltic Cities": the first is the signer's own side, as the publisher writes it)."""
    between = _BETWEEN_BODIES.search(sentence.text, m.end(), m.end() + 160)
    joint = _AND.search(sentence.text, between.end(), between.end() + 100) if between else None
    if joint is None:
        return []
    at = sentence.start + joint.end()
    return [key_of(r) for r in refs if r.kind in ("org", "state") and 0 <= r.start - at <= 5][:1]


_AND = re.compile(r"\s+and\s+(?:the\s+)?")


def _signed_with(sentence: Sentence, after: list[ActorRef], m: re.Match[str]) -> bool:
    """Whether the first person after the trigger is who the document was signed with, "with"
    written after its name ("He also signed a Memorandum of Understanding between the BIMSTEC
    Secretariat and the Indian Ocean Rim Association with its Secretary General, Salman Al Farisi")."""
    first = next((r for r in after if r.kind == "person"), None)
    if first is None:
        return False
    between = sentence.text[m.end(): first.start - sentence.start]
    return len(between) <= 200 and ";" not in between and \
        _WITH_NAMED.search(between) is not None


_WITH_NAMED = re.compile(r"\bwith\s+(?:(?:its|his|her|their|the)\s+)?(?:[A-Z][\w\-’']*\s+){0,5}?"
                         r"(?:[A-Z][\w\-’']*,\s*(?:[A-Z][\w.]*\s+){0,3}|\s*)$")  # (", H.E. Dr. X": words of address)


# "The two Presidents witnessed the signing of ..., signed by A and B": A and B signed it, the
# Presidents witnessed it.
_FOR_STATE_BY = re.compile(r"\s+for\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*\s+by\s+")
_BY_WORD = re.compile(r"\bby\s+")
_FOR_STATE = re.compile(r",?\s+for\s+(?:the\s+)?(?:(?:Republic|Kingdom|State|Government|Federal Republic|Sultanate|"
                        r"Principality|Grand Duchy|Commonwealth)\s+of\s+(?:the\s+)?)?(?P<state>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)")


def _first_persons(refs: list[ActorRef], spans: list[tuple[int, int]]) -> list[str]:
    """The first person named in each span (release offsets), each once."""
    found = [next((key_of(r) for r in refs if r.kind == "person" and a <= r.start < b), "") for a, b in spans]
    return [k for k in unique(found) if k]


def _sides_by(ctx: Context, tail: str) -> list[tuple[int, int]]:
    """The spans of "by <signer> for <state>" in ``tail`` (from "by" to "for"), each up to the next "by"."""
    starts = [b.end() for b in _BY.finditer(tail) if ";" not in tail[: b.start()] and "." not in tail[: b.start()]]
    spans = []
    for at, nxt in zip(starts, starts[1:] + [len(tail)]):
        side = next((f for f in _FOR_STATE.finditer(tail, at, nxt) if ctx.lexicon.state(f["state"])), None)
        if side is not None:
            spans.append((at, side.start()))
    return spans
_WHILE = re.compile(r",?\s+(?:while|whereas)\s+")
_THEN_SIGNED = re.compile(r"[^.;]{0,120}?\ssigned\b")
_WITNESSED = re.compile(r"\b(?:witness(?:ed|es)?|attended|attends)\s+(?:the\s+)?$")  # ("the two leaders attended the signing")
_SIGNED_BY = re.compile(r"\bsigned\s+by\s+")
_BY = re.compile(r"\s+by\s+(?:the\s+)?(?=[A-Z])")
_BETWEEN_BODIES = re.compile(r"\bbetween\s+(?:the\s+)?(?=[A-Z])")


def _signatories(ctx: Context, sentence: Sentence, refs: list[ActorRef], m: re.Match[str],
                 participants: list[str], last_pair: list[str]) -> tuple[list[str], list[str]]:
    """Who took part in a witnessed signing, and which of them witnessed it: its signatories
    ("the two Presidents witnessed the signing of ..., signed by A and B"; "... of the Exchange of
    Notes ... by Minister A and Minister B"; "... of an Agreement between the Central Bank and
    the Reserve Bank"), then its witnesses, as an attendee takes part in a meeting."""
    base, text = sentence.start, sentence.text
    if not _WITNESSED.search(text, max(0, m.start() - 20), m.start()):
        return participants, []
    stop = text.find(";", m.end())
    until = base + (stop if stop >= 0 else len(text))
    by = _SIGNED_BY.search(text, m.end()) or _BY.search(text, m.end())
    signers = [key_of(r) for r in refs if by and r.kind == "person" and base + by.end() <= r.start < until][:2]
    if len(signers) < 2:
        # ("... of an Agreement between the Central Bank and the Reserve Bank", "... of the Memorandum
        # ... between Minister Ahn and Prime Cabinet Secretary Mudavadi": the two it is between)
        between = _BETWEEN_BODIES.search(text, m.end())
        kinds = ("org", "person") if participants else ("person",)
        bodies = [key_of(r) for r in refs if between and r.kind in kinds and 0 <= r.start - base - between.end() <= 80]
        signers = bodies[:2] if len({key.split(":")[0] for key in bodies[:2]}) == 1 else []  # (two of one kind)
    if len(signers) < 2:
        return participants, []
    witnesses = [p for p in participants if p not in signers]
    if not witnesses and re.match(r"(?i)the two\b", text[:m.start()].strip()):
        # ("The two Heads of State witnessed the signing of ... by Minister A and Minister B")
        witnesses = _the_two(ctx, text[:m.start()], last_pair)
    return unique(signers + witnesses), witnesses


_PRESENCE = re.compile(r"\b[Ii]n the presence of\s+|\b[Ii]n their presence\b")


_WE_WITNESSED = re.compile(r"\b[Ww]e (?:also )?witness(?:ed)?\s+(?:the\s+)?signing\b")


def _witnesses(ctx: Context, sentence: Sentence, refs: list[ActorRef], last_pair: list[str]) -> list[str]:
    """Those a signing's sentence says it was done in the presence of: the persons named right
    after, or the last two who met for "the two ministers"."""
    present = _PRESENCE.search(sentence.text)
    if present is None:
        return []
    if present.group(0).lower().startswith("in their"):
        # ("At the close of the talks the two leaders adopted ... In their presence, A and B signed"):
        # the two who last met
        return list(last_pair) if last_pair and all(k.startswith("person:") for k in last_pair) else []
    at = sentence.start + present.end()
    stop = sentence.text.find(";", present.end())
    until = sentence.start + stop if stop >= 0 else sentence.end
    following = [r for r in refs if at <= r.start < until]
    if not following or following[0].start - at > 40:
        return []
    if following[0].kind == "group":
        # ("in the presence of the two foreign ministers": the release's two, else the last two who met)
        return _the_two(ctx, following[0].text, last_pair)
    return unique([key_of(r) for r in following if r.kind == "person" and r.start - at <= 150])


def _the_two(ctx: Context, words: str, last_pair: list[str]) -> list[str]:
    """The two persons "the two ministers" or "the two Heads of State" stand for: the release's
    only two of that office, else the last two persons who met."""
    persons_met = all(k.startswith("person:") for k in last_pair)
    return two_of_a_kind(ctx, words, list(last_pair) if persons_met else []) or (list(last_pair) if persons_met else [])


def _state_list(sentence: Sentence, refs: list[ActorRef]) -> list[str]:
    """The states listed one after another at the start of ``refs`` ("A, B and C"), and a body
    that ends the list ("by Türkiye, Russia, Ukraine and the UN")."""
    out = [refs[0]]
    for r in refs[1:]:
        gap = sentence.text[out[-1].end - sentence.start: r.start - sentence.start]
        if r.kind == "org" and re.fullmatch(r",?\s*and\s+(?:the\s+)?", gap):
            out.append(r)
            break
        if r.kind != "state" or not re.fullmatch(r",?\s*(?:and\s+)?(?:the\s+)?", gap):
            break
        out.append(r)
    return unique([key_of(r) for r in out])


def _signing_bodies(sentence: Sentence, before: list[ActorRef], m: re.Match[str]) -> list[str]:
    """The two bodies named together right before "signed" ("the Croatian Centre for Testing ...
    (HCR-CTRO) and the State Emergency Service of Ukraine signed"), if any."""
    base, text = sentence.start, sentence.text
    orgs = [r for r in before if r.kind == "org"]
    if len(orgs) < 2 or not re.fullmatch(r"\s*", text[orgs[-1].end - base: m.start()]):
        return []
    if not re.fullmatch(r"\s*(?:\([^()]{1,20}\)\s*)?,?\s*and\s+(?:the\s+)?", text[orgs[-2].end - base: orgs[-1].start - base]):
        return []
    return [key_of(orgs[-2]), key_of(orgs[-1])]


def past_signings_of_the_pair(ctx: Context, interactions: list[Interaction], pair: list[str | None]) -> list[Interaction]:
    """A document signed in an earlier year whose sentence names no signatory ("noting that the
    Memorandum ... was signed in Kathmandu on 12 May 2017"): the release's two states signed it
    (``pair``, the states of its first two-party talks), not the two who met today. Signings
    left without signatories (see ``build_signing``) take them, or are dropped."""
    released = ctx.release.date
    # (a readout's two states; not a briefing's first pair for "the deal that was signed in
    # February 2020 in Doha?", asked about another)
    known = len(pair) == 2 and None not in pair and pair[0] != pair[1] and bool(released) and \
        len(ctx.sentences) <= _READOUT_SENTENCES
    states = [ctx.label(k) or "" for k in pair if k] if known else []
    for it in interactions:
        if it.type == "signing" and not it.participants:
            it.participants = list(states)
    interactions = [it for it in interactions if it.type != "signing" or it.participants]
    if not known or not released:
        return interactions
    for it in interactions:
        if it.type != "signing" or not it.date or it.date[:4] >= released[:4] or it.evidence is None:
            continue
        sentence = it.evidence.sentence
        named = [p for p in it.participants if p and p.split()[-1] in sentence]
        # ("X noted that relations rest on the Joint Declaration on Strategic Partnership signed in
        # 2013": the document's name, then its signing; those the sentence names did not sign it)
        if (not named or _NAMED_DOCUMENT_SIGNED.search(sentence)) and _PASSIVE_SIGNED.search(sentence):
            it.participants = states
    return interactions


_READOUT_SENTENCES = 30
# "was signed", "were signed in", "signed in 2012" after a comma: a document's signing told without who signed
# ("Since the signing by the two foreign ministries in 2007 of a memorandum")
_DOCUMENT = r"\b(?:Agreement|Treaty|Convention|Accord|Protocol|Memorandum|Declaration)"  # (a document's head word)
_NAMED_DOCUMENT_SIGNED = re.compile(rf"{_DOCUMENT}(?:\s+(?:on|of|for|between|and|the|[A-Z][\w\-]*))*\s+signed\s+"
                                    r"(?:in|on)\s+(?:[A-Z][a-z]+\s+)?\d{4}\b")
_DOCUMENT_SIGNED = re.compile(rf"{_DOCUMENT}\s+signed$")
_PASSIVE_SIGNED = re.compile(r"\b(?:was|were|been)\s+signed\b(?!\s+by\b)|,\s+signed\s+(?:in|on)\b|"
                             # ("under the Special Agreement signed in Marrakesh in November 2016")
                             rf"{_DOCUMENT}\s+signed\s+(?:in|on)\b|{_NAMED_DOCUMENT_SIGNED.pattern}|"
                             r"\bsigning by (?:the two|both) (?:foreign ministries|ministries|countries|governments|states|sides)\b")

