"""Audit a store as an analyst would read it (issue 11): figures that should be small.

    python bench/audit.py --store /tmp/store [--panel bench/panel.txt] [--json]

Reports: persons; one-word persons; persons whose name holds a non-name word (a word the
corpus writes in lower case as often as a quarter of its capitalised uses, or a word of an
office title); events with more than one date; events whose participants come from another
sentence's event (a person participant whose name is not in the event's evidence sentences
but is in another event's sentence of the same release); office holdings whose state differs
from the person's affiliation; and, with ``--panel``, for each person of the panel: how many
person nodes carry the name, and the state of the node ``kg actor`` picks.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

from kg.analysis.profile import find_actor
from kg.graph.identity import name_key
from kg.graph.names import common_words, name_words
from kg.lexicon import Lexicon, fold
from kg.store import open_store

E = "<https://w3id.org/diplomacy-kg/graph/entities>"


def audit(store, panel: list[tuple[str, str]] | None = None) -> dict[str, object]:
    lexicon = Lexicon.load()
    stop = common_words(t for (t,) in store.rows("SELECT ?t WHERE { GRAPH ?g { ?g dip:text ?t } }") if t)
    stop |= frozenset(w for title in lexicon.offices for w in fold(title).replace("-", " ").split() if len(w) > 2)
    persons = dict(store.rows("SELECT ?p (MIN(?l) AS ?label) WHERE { ?p a dip:Person ; rdfs:label ?l } GROUP BY ?p"))
    one_word = sorted(label for label in persons.values() if len(label.split()) == 1)
    junk = sorted(label for label in persons.values() if not all(ok for _, ok in name_words(label, stop)))
    two_dates = store.rows("SELECT ?i (COUNT(DISTINCT ?d) AS ?n) WHERE { ?i dip:date ?d } GROUP BY ?i HAVING (COUNT(DISTINCT ?d) > 1)")
    # Participants named in another event's sentence of the release, not in their own.
    rows = store.rows("SELECT ?g ?i ?x ?p WHERE { GRAPH ?g { ?i dip:kind ?k ; dip:evidence/<http://www.w3.org/ns/oa#exact> ?x ; "
                      "dip:participant ?p } ?p a dip:Person }")
    names: dict[str, set[str]] = defaultdict(set)
    for p, n in store.rows("SELECT ?p ?n WHERE { ?p a dip:Person ; rdfs:label|skos:altLabel|dip:nameInRelease ?n }"):
        key = name_key(n or "")
        if key:
            names[p].add(key.split()[-1])
    sentences: dict[tuple[str, str], set[str]] = defaultdict(set)
    parts: dict[tuple[str, str], set[str]] = defaultdict(set)
    for g, i, x, p in rows:
        sentences[(g, i)].add(name_key(x or ""))
        parts[(g, i)].add(p)
    leaked = set()
    for (g, i), ps in parts.items():
        text = " ".join(sentences[(g, i)])
        for p in ps:
            if any(f" {s} " in f" {text} " for s in names[p]):
                continue
            others = [t for (g2, i2), ts in sentences.items() if g2 == g and i2 != i for t in ts]
            if any(f" {s} " in f" {t} " for t in others for s in names[p]):
                leaked.add(i)
    offices = store.rows("SELECT DISTINCT ?h WHERE { ?h dip:holder ?p ; dip:officeOf ?o . ?o a dip:State . "
                         "FILTER EXISTS { ?p dip:affiliatedWith ?s } FILTER NOT EXISTS { ?p dip:affiliatedWith ?o } }")
    report: dict[str, object] = {
        "persons": len(persons),
        "one_word_persons": len(one_word),
        "persons_with_non_name_word": len(junk),
        "events_with_more_than_one_date": len(two_dates),
        "events_with_participants_from_another_sentence": len(leaked),
        "offices_state_differs_from_affiliation": len(offices),
        "examples": {"one_word": one_word[:15], "non_name_word": junk[:15]},
    }
    if panel:
        report["panel"] = [_panel_row(store, persons, name, code) for name, code in panel]
        report["panel_ok"] = sum(1 for r in report["panel"] if r["ok"])  # type: ignore[index]
    return report


def _panel_row(store, persons: dict[str, str], name: str, code: str) -> dict[str, object]:
    wanted = set(name_key(name).split())
    surname = name_key(name.split()[-1])
    nodes = []
    for label in persons.values():
        key = f" {name_key(label)} "
        # (the surname last, or first as a family name is written: "Kishida Fumio"; "Abbas Araghchi"
        # is no node of Mahmoud Abbas)
        last = key.endswith(f" {surname} ") and set(key[: -len(f" {surname} ")].split()) <= wanted
        first = key.startswith(f" {surname} ") and set(key[len(f" {surname} "):].split()) <= wanted
        if last or first:
            nodes.append(label)
    try:
        iri, label, _kinds, _others = find_actor(store, name)
    except Exception:  # noqa: BLE001 - a missing person is a finding
        return {"name": name, "expected": code, "nodes": sorted(nodes), "state": None, "ok": False}
    states = [s.rsplit("/", 1)[-1] for (s,) in store.rows(f"SELECT DISTINCT ?s WHERE {{ <{iri}> dip:affiliatedWith ?s }}")]
    wrong = store.rows(f"SELECT DISTINCT ?o WHERE {{ ?h dip:holder <{iri}> ; dip:officeOf ?o . ?o a dip:State }}")
    wrong_states = sorted({o.rsplit('/', 1)[-1] for (o,) in wrong} - {code})
    ok = len(nodes) == 1 and states == [code]
    return {"name": name, "expected": code, "node": label, "nodes": sorted(nodes), "state": states,
            "offices_of_other_states": wrong_states, "ok": ok}


def read_panel(path: Path) -> list[tuple[str, str]]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, code = line.split("\t")
            out.append((name.strip(), code.strip()))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", required=True)
    parser.add_argument("--panel", type=Path)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    store = open_store(args.store)
    report = audit(store, read_panel(args.panel) if args.panel else None)
    if args.json:
        json.dump(report, sys.stdout, indent=1, ensure_ascii=False)
        print()
        return 0
    for key, value in report.items():
        if key == "panel":
            for row in value:  # type: ignore[union-attr]
                mark = "ok " if row["ok"] else "BAD"
                print(f"  {mark} {row['name']:<28} expected {row['expected']}  state {row.get('state')}  "
                      f"nodes {len(row['nodes'])}: {'; '.join(row['nodes'][:6])}"
                      + (f"  offices of {row['offices_of_other_states']}" if row.get("offices_of_other_states") else ""))
        elif key != "examples":
            print(f"{key}: {value}")
    print("examples:", json.dumps(report["examples"], ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
