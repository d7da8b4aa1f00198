""""The delegation" as the person who leads it, and "during which he" as the visitor of the visit told
before it: "A Parliamentary Delegation from Malaysia led by
X called on the Chairman ... Earlier in the day, the delegation called on the Speaker ... The
delegation arrived in New Delhi on Monday": X called on the Speaker and arrived; "He recalled the State Visit of X to India, during which he
held talks with Y": X held them."""
from __future__ import annotations

import re

from kg.extract.context import ActorRef

# "a delegation ... led by", "the delegation, headed by": the leader is named next.
_LED_BY = re.compile(r"\b[Dd]elegation\b[^.;]{0,80}?\b(?:led|headed)\s+by\s+")
# "the delegation", "the Malaysian delegation", "the visiting delegation" (not "the delegation of
# Ghana", another one named by its state).
_THE_DELEGATION = re.compile(r"\b[Tt]he (?:(?:[A-Z][\w\-]+|visiting|parliamentary) )?[Dd]elegation\b"
                             r"(?!\s+(?:of|from|led|headed)\b)(?!['’]s)")


def delegation_leader(text: str, base: int, refs: list[ActorRef]) -> str | None:
    """The person a sentence (``text`` at release offset ``base``) says leads a delegation."""
    m = _LED_BY.search(text) if "led by" in text or "headed by" in text else None
    if m is None:
        return None
    return next((r.key for r in refs if r.kind == "person" and 0 <= r.start - (base + m.end()) <= 60), None)


def delegation_refs(text: str, base: int, leader: str, covered: list[tuple[int, int]]) -> list[ActorRef]:
    """References of "the delegation" in a sentence to its ``leader``, where nothing else stands."""
    return [ActorRef(base + m.start(), base + m.end(), "person", leader, m.group(0))
            for m in _THE_DELEGATION.finditer(text) if not any(a <= base + m.start() < b for a, b in covered)]


# A visit told before ", during which he ...": "the visit of X to ...", "X's visit to ...".
_VISIT_DURING = re.compile(r"\b(?P<of>[Vv]isit\s+of\s+)|(?P<own>[’']s\s+(?:[\w\-]+\s+){0,2}visit\b)")
_CLAUSE_OPENS = re.compile(r",\s+(?:while|whereas|and)\s+")
_DURING_WHICH = re.compile(r",\s+during\s+which\s+$")


def visitor_before(text: str, at: int, earlier: list[ActorRef], base: int) -> str | None:
    """The visitor of the visit a "during which he" at ``at`` refers back to, if the sentence
    tells that visit right before."""
    during = _DURING_WHICH.search(text, 0, at) if "during which" in text else None
    visit = list(_VISIT_DURING.finditer(text, 0, during.start())) if during else []
    if not visit:
        # ("A had visited Damascus and met B, while C paid a visit to Doha, during which he was
        # received by D": the subject of the clause the visit is told in)
        clause = list(_CLAUSE_OPENS.finditer(text, 0, during.start())) if during else []
        after = [r for r in earlier if clause and r.start >= base + clause[-1].end()]
        return after[0].key if after else None
    last = visit[-1]
    if last["of"]:
        after = [r for r in earlier if r.start >= base + last.end()]
        return after[0].key if after else None
    before = [r for r in earlier if r.end <= base + last.start()]
    return before[-1].key if before else None
