"""The person mentions of a whole release: each sentence read for names, then read again where a
surname the release names later ("Blinken" in the title before "Antony J. Blinken"), or a
family name called by ("Espot" of "Xavier Espot Zamora"), was learnt after its first reading."""
from __future__ import annotations

from kg.extract.offices_after import sides_taken
from kg.extract.person_cues import family_name_first
from kg.extract.persons import PersonMention, find_person_mentions
from kg.extract.text import Sentence
from kg.extract.tokens import PARTICLES, Token
from kg.lexicon import Lexicon


def person_mentions(sentences: list[Sentence], tokens: list[list[Token]], lexicon: Lexicon) -> list[list[PersonMention]]:
    """The person mentions of each sentence (``tokens`` holds each sentence's tokens)."""
    found: list[list[PersonMention]] = []
    known: set[str] = set()  # the surnames of full names found so far
    titled: set[str] = set()  # the surnames found only after an office ("Minister Lahbib")
    read_for_family: set[str] = set()  # the full names read for a family name written first
    learnt: list[str] = []  # the same, in the order they were found
    learnt_then: list[int] = []  # per sentence: how many were known when it was first read
    retagged: list[bool] = []  # per sentence: whether the first reading changed its tokens' tags
    for idx, sentence in enumerate(sentences):
        learnt_then.append(len(learnt))
        tags_before = [t.tags for t in tokens[idx]]
        found.append(find_person_mentions(tokens[idx], sentence.text, sentence.start, lexicon, known, titled))
        retagged.append([t.tags for t in tokens[idx]] != tags_before)
        for pm in found[idx]:
            words = pm.name.split()
            if len(words) > 1 and words[-1] not in known:
                known.add(words[-1])
                learnt.append(words[-1])
            # ("Xavier Espot Zamora" ... "Espot invited Sánchez": the first of two family names, which
            # Spanish and Portuguese names are called by)
            middle = words[1] if len(words) == 3 and (pm.offices or pm.honorific) else ""
            if len(middle) > 2 and middle[:1].isupper() and middle.lower() not in PARTICLES and \
                    not middle.endswith(".") and middle not in known:
                known.add(middle)
                learnt.append(middle)
            elif len(words) == 1 and pm.offices and words[0] not in known and words[0] not in titled:
                # ("Minister Lahbib": a surname, which makes "..., Hadja Lahbib, is paying" a name)
                titled.add(words[0])
                learnt.append(words[0])
            unread = len(words) > 1 and pm.name not in read_for_family  # (each name is read once)
            family = family_name_first(words, sentences) if unread else None
            read_for_family.add(pm.name)
            if family and family not in known:
                known.add(family)
                learnt.append(family)
    # Second pass: surnames found later ("Blinken" in the title before "Antony J. Blinken"),
    # only where a surname was learnt after the sentence was first read. A reading depends on
    # the tokens and on which of their words are known surnames: where neither changed since
    # the first reading, a second one would find the same mentions, and is spared.
    for idx, sentence in enumerate(sentences):
        if learnt_then[idx] == len(learnt):
            continue
        later = set(learnt[learnt_then[idx]:])
        if not retagged[idx] and not any(t.bare in later for t in tokens[idx]):
            continue
        again = find_person_mentions(tokens[idx], sentence.text, sentence.start, lexicon, known, titled)
        have = {(p.start, p.end) for p in found[idx]}
        found[idx].extend(p for p in again if (p.start, p.end) not in have)
        found[idx].sort(key=lambda p: p.start)
    for idx, sentence in enumerate(sentences):
        sides_taken(sentence.text, sentence.start, tokens[idx], found[idx])
    return found
