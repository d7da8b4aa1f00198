"""The extraction model: dataclasses that mirror the record in ``shared/eval/SCHEMA.md``.

A ``Release`` is what was read; a ``Record`` is what was extracted from it. Every
extracted fact carries ``Evidence``: the sentence and its character offsets in
``Release.text`` (title line, blank line, body), so the graph can point at the words
that justify each fact.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from typing import Any

INTERACTION_TYPES = ("meeting", "call", "visit", "signing", "correspondence", "multilateral")


@dataclass(frozen=True, slots=True)
class Evidence:
    """A span of the release text: ``text[start:end] == sentence``."""

    start: int
    end: int
    sentence: str


@dataclass(slots=True)
class Release:
    """One press release as read from a file.

    ``text`` is the whole release, title line first, so that evidence offsets index it.
    ``date`` is ISO ``YYYY-MM-DD`` (dateline, publication stamp or metadata), ``place``
    the dateline city as written (normal capitalisation).
    """

    id: str
    title: str
    text: str
    date: str | None = None
    place: str | None = None
    url: str | None = None
    publisher: str | None = None
    lang: str = "en"
    source: str | None = None

    @property
    def body(self) -> str:
        return self.text[len(self.title):].lstrip("\n")

    @property
    def body_offset(self) -> int:
        # Counted, not sliced: extraction asks for it per sentence, and a slice copies the text.
        offset = len(self.title)
        while offset < len(self.text) and self.text[offset] == "\n":
            offset += 1
        return offset

    @property
    def sha256(self) -> str:
        payload = json.dumps([self.id, self.title, self.text, self.date, self.place, self.url, self.publisher])
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()


@dataclass(slots=True)
class Role:
    title: str
    of: str | None = None
    evidence: Evidence | None = None
    # ``of`` is presumed because the text names no state: the publisher's ("Foreign Minister X"
    # in a ministry's release) or the host's of a visit the release reports. True of most, false
    # of the foreign leaders and visitors named the same way, so the graph weighs it below a
    # state the text gives.
    presumed: bool = False


@dataclass(slots=True)
class Person:
    name: str
    aliases: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    state: str | None = None  # the state the person acts for, when the text tells
    evidence: Evidence | None = None


@dataclass(slots=True)
class Organization:
    name: str
    aliases: list[str] = field(default_factory=list)
    evidence: Evidence | None = None


@dataclass(slots=True)
class State:
    name: str
    aliases: list[str] = field(default_factory=list)
    code: str | None = None  # ISO 3166-1 alpha-2
    evidence: Evidence | None = None


@dataclass(slots=True)
class Interaction:
    type: str
    participants: list[str] = field(default_factory=list)
    date: str | None = None  # YYYY-MM-DD, YYYY-MM or YYYY
    place: str | None = None
    name: str | None = None  # multilateral events: the name as written
    topics: list[str] = field(default_factory=list)
    evidence: Evidence | None = None
    # a signing's participants who witnessed it ("in the presence of ..."), not signed it
    witnesses: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Initiative:
    name: str
    aliases: list[str] = field(default_factory=list)
    proposed_by: str | None = None
    evidence: Evidence | None = None


@dataclass(slots=True)
class Document:
    name: str
    aliases: list[str] = field(default_factory=list)
    signed: bool = False
    evidence: Evidence | None = None


@dataclass(slots=True)
class Record:
    """Everything extracted from one release."""

    release: str
    title: str
    date: str | None = None
    place: str | None = None
    persons: list[Person] = field(default_factory=list)
    organizations: list[Organization] = field(default_factory=list)
    states: list[State] = field(default_factory=list)
    interactions: list[Interaction] = field(default_factory=list)
    initiatives: list[Initiative] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The record as in SCHEMA.md; evidence spans ride along as extra fields."""
        return asdict(self)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=1)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Record":
        def ev(d: dict[str, Any]) -> Evidence | None:
            e = d.get("evidence")
            return Evidence(**e) if e else None

        return cls(
            release=data["release"],
            title=data.get("title") or "",
            date=data.get("date"),
            place=data.get("place"),
            persons=[
                Person(
                    name=p["name"],
                    aliases=list(p.get("aliases") or []),
                    roles=[Role(r["title"], r.get("of"), ev(r), bool(r.get("presumed")))
                           for r in p.get("roles") or []],
                    state=p.get("state"),
                    evidence=ev(p),
                )
                for p in data.get("persons") or []
            ],
            organizations=[Organization(o["name"], list(o.get("aliases") or []), ev(o))
                           for o in data.get("organizations") or []],
            states=[State(s["name"], list(s.get("aliases") or []), s.get("code"), ev(s))
                    for s in data.get("states") or []],
            interactions=[
                Interaction(i["type"], list(i.get("participants") or []), i.get("date"), i.get("place"),
                            i.get("name"), list(i.get("topics") or []), ev(i), list(i.get("witnesses") or []))
                for i in data.get("interactions") or []
            ],
            initiatives=[Initiative(i["name"], list(i.get("aliases") or []), i.get("proposed_by"), ev(i))
                         for i in data.get("initiatives") or []],
            documents=[Document(d["name"], list(d.get("aliases") or []), bool(d.get("signed")), ev(d))
                       for d in data.get("documents") or []],
            topics=list(data.get("topics") or []),
        )


