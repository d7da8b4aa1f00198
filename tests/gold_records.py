"""Compact constructors of gold records (``/work/shared/eval/SCHEMA.md``), shared by the blind
sets' ``tools/make_gold.py`` scripts: each script lists its releases' records with these and
writes ``gold/<stem>.json``."""
from __future__ import annotations

import json
from pathlib import Path


def P(name, aliases=(), *roles):
    """A person: name, aliases, then (title, of) pairs."""
    return {"name": name, "aliases": list(aliases),
            "roles": [{"title": t, "of": o} for t, o in roles]}


def E(name, *aliases):
    """An organisation or a state."""
    return {"name": name, "aliases": list(aliases)}


def I(kind, parts, date=None, place=None, name=None):  # noqa: E741 (the schema's letter)
    """An interaction."""
    it = {"type": kind}
    if name is not None:
        it["name"] = name
    it["participants"] = list(parts)
    if date:
        it["date"] = date
    if place:
        it["place"] = place
    return it


def N(name, proposer=None, *aliases):
    """An initiative."""
    return {"name": name, "aliases": list(aliases), "proposed_by": proposer}


def D(name, *aliases):
    """A document."""
    return {"name": name, "aliases": list(aliases)}


class GoldWriter:
    """The records of one set (``root`` holds ``releases/``), written to ``root/gold``."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.records: list[dict] = []

    def rec(self, stem, date, place, persons, orgs, states, interactions, initiatives, documents):
        title = (self.root / "releases" / f"{stem}.txt").read_text(encoding="utf-8").splitlines()[0].strip()
        self.records.append({"release": stem, "title": title, "date": date, "place": place,
                             "persons": persons, "organizations": orgs, "states": states,
                             "interactions": interactions, "initiatives": initiatives, "documents": documents})

    def write(self) -> None:
        out = self.root / "gold"
        out.mkdir(exist_ok=True)
        for r in self.records:
            (out / f"{r['release']}.json").write_text(json.dumps(r, ensure_ascii=False, indent=2) + "\n",
                                                      encoding="utf-8")
        print(len(self.records), "gold records written")
