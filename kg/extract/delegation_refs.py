""""The delegation" as the person who leads it: "A Parliamentary Delegation from Malaysia led by
X called on the Chairman ... Earlier in the day, the delegation called on the Speaker ... The
delegation arrived in New Delhi on Monday": X called on the Speaker and arrived."""
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
