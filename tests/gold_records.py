"""Compact constructors of gold records (``/work/shared/eval/SCHEMA.md``), shared by the blind
sets' ``tools/make_gold.py`` scripts: each script lists its releases' records with these and
writes ``gold/<stem>.json`` through ``check_and_write``, which first checks each record against
its release's text: every form and name read off the text, participants, proposers and roles'
bodies resolving with the scorer's own Resolver, no form shared, ISO dates, 150-700 words, and a
year in the text or a ``meta.json`` date."""
from __future__ import annotations

import json
import re
import sys
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


# ---------------------------------------------------------------- checks
def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).casefold()


def check_record(root: Path, r: dict, errors: list[str], score) -> None:
    """Append to ``errors`` what is wrong with record ``r`` of the set at ``root`` (``score`` is the
    scorer's module, for its name key and Resolver)."""
    stem = r["release"]
    txt_path = root / "releases" / f"{stem}.txt"
    text = txt_path.read_text(encoding="utf-8")
    low = flat(text)
    words = len(text.split())
    if not 150 <= words <= 700:
        errors.append(f"{stem}: {words} words")
    meta = txt_path.with_suffix(".meta.json")
    if meta.exists() and json.loads(meta.read_text())["date"] != r["date"]:
        errors.append(f"{stem}: meta date differs")
    iso = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
    if r["date"] and not re.match(r"^\d{4}-\d{2}-\d{2}$", r["date"]):
        errors.append(f"{stem}: bad release date")
    if r["place"] and flat(r["place"]) not in low:
        errors.append(f"{stem}: place {r['place']} not in text")
    # name forms occur in text, none shared
    seen = {}
    for kind in ("persons", "organizations", "states"):
        for e in r[kind]:
            forms = [e["name"]] + e["aliases"]
            if kind == "persons":  # every person form is read off the text
                missing = [f for f in forms if flat(f) not in low]
            else:  # organisations/states may carry standard expansions the text does not use
                missing = forms if not any(flat(f) in low for f in forms) else []
            for f in missing:
                errors.append(f"{stem}: {kind} form '{f}' not in text")
            for f in forms:
                k = score.norm(f)
                if k in seen and seen[k] != (kind, e["name"]):
                    errors.append(f"{stem}: form '{f}' shared by {seen[k]} and {e['name']}")
                seen[k] = (kind, e["name"])
    resolver = score.Resolver(r)

    def resolves(name, what):
        key = resolver.key(name)
        if not key.startswith(("persons:", "organizations:", "states:")):
            errors.append(f"{stem}: {what} '{name}' does not resolve")
    for p in r["persons"]:
        for role in p["roles"]:
            o = role["of"]
            if o and any(score.same_entity(e, o) for k in ("organizations", "states") for e in r[k]):
                resolves(o, "role of")
    for it in r["interactions"]:
        for d in (it.get("date"),):
            if d and not iso.match(d):
                errors.append(f"{stem}: bad date {d}")
        if it["type"] == "multilateral":
            if flat(it["name"]) not in low:
                errors.append(f"{stem}: multilateral '{it['name']}' not in text")
        for part in it["participants"]:
            resolves(part, "participant")
        if it["type"] == "visit" and resolver.key(it["participants"][1]).split(":")[0] != "states":
            errors.append(f"{stem}: visit destination not a state")
        if it.get("place") and flat(it["place"]) not in low:
            errors.append(f"{stem}: event place {it['place']} not in text")
    for n in r["initiatives"]:
        if n["proposed_by"]:
            resolves(n["proposed_by"], "proposer")
        if not re.match(r"^(visit|meeting|official visit) of ", n["name"]):
            if not any(flat(f) in low for f in [n["name"]] + n["aliases"]):
                errors.append(f"{stem}: initiative '{n['name']}' not in text")
    for d in r["documents"]:
        if flat(d["name"]) not in low:
            errors.append(f"{stem}: document '{d['name']}' not in text")


def shared_scorer():
    """The scorer's module (``score.py`` of ``shared/eval`` beside the project), for its name key
    and Resolver."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "shared" / "eval"))
    import score  # noqa: E402

    return score


def check_and_write(gold: GoldWriter, score=None) -> None:
    """Check every record of ``gold`` against its release text (with ``score``, the scorer's
    module, by default the shared one), then write them; exit 1 with the errors if any."""
    score = score or shared_scorer()
    root = gold.root
    errors: list[str] = []
    for r in gold.records:
        check_record(root, r, errors, score)
    stems = {r["release"] for r in gold.records}
    on_disk = {p.stem for p in (root / "releases").glob("*.txt")}
    if stems != on_disk:
        errors.append(f"stems differ: {sorted(stems ^ on_disk)}")
    dateless = {p.name[: -len(".meta.json")] for p in (root / "releases").glob("*.meta.json")}
    for r in gold.records:
        text = (root / "releases" / f"{r['release']}.txt").read_text(encoding="utf-8")
        if r["release"] not in dateless and not re.search(r"\b(19|20)\d{2}\b", text):
            errors.append(f"{r['release']}: no year in the text and no meta.json")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    gold.write()
    tot = {k: sum(len(r[k]) for r in gold.records) for k in
           ("persons", "organizations", "states", "interactions", "initiatives", "documents")}
    tot["roles"] = sum(len(p["roles"]) for r in gold.records for p in r["persons"])
    tot["proposers"] = sum(1 for r in gold.records for n in r["initiatives"] if n["proposed_by"])
    print(len(gold.records), "gold records written;", ", ".join(f"{k} {v}" for k, v in tot.items()))
