"""Where a trigger stands: its sentence, the actor references before and after it in its
clause, and the date and place its sentence gives. The builders of each kind of interaction
read their participants from it."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.extract.context import ActorRef
from kg.extract.text import Sentence
from kg.records import Evidence


@dataclass(slots=True)
class Site:
    sentence: Sentence
    refs: list[ActorRef]  # the sentence's references
    m: re.Match[str]  # the trigger
    before: list[ActorRef]  # in the trigger's clause, before it
    after: list[ActorRef]  # in the trigger's clause, after it
    clause_start: int  # offsets in the release
    clause_end: int
    when: str | None
    place: str | None
    ev: Evidence | None
    t_start: int = field(init=False)
    t_end: int = field(init=False)
    trigger: str = field(init=False)

    def __post_init__(self) -> None:
        self.t_start = self.sentence.start + self.m.start()
        self.t_end = self.sentence.start + self.m.end()
        self.trigger = self.m.group(0).lower()
