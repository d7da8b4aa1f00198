"""The extraction pipeline: named steps, each declaring what it requires and assigns.

``pipeline_steps()`` is the one place where the steps are registered and ordered;
``extract(release)`` runs them and returns the ``Record``.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.errors import KgError
from kg.extract import actors, documents, home, interactions, proposals, references
from kg.extract.context import Context
from kg.extract.mentions import matcher_for
from kg.extract.scene import scene_step
from kg.extract.topics import topics_step
from kg.lexicon import Lexicon
from kg.records import Record, Release


@dataclass(frozen=True, slots=True)
class Step:
    name: str
    func: Callable[[Context], None]
    requires: tuple[str, ...]
    assigns: tuple[str, ...]


def pipeline_steps() -> list[Step]:
    """The extraction steps, in the order they run."""
    return [
        Step("sentences", actors.sentences_step, ("release",), ("sentences", "tokens", "mentions")),
        Step("home_state", home.home_state_step, ("mentions",), ("home_state",)),
        Step("states", actors.states_step, ("mentions",), ("record.states",)),
        Step("persons", actors.persons_step, ("tokens", "home_state"), ("persons", "record.persons")),
        Step("organizations", actors.organizations_step, ("mentions", "tokens", "persons"),
             ("record.organizations", "mentions")),
        Step("references", references.references_step, ("persons", "mentions"), ("refs",)),
        Step("interactions", interactions.interactions_step, ("refs",), ("record.interactions",)),
        Step("scene", scene_step, ("record.interactions", "sentences"), ("interaction dates and places",)),
        Step("documents", documents.documents_step, ("sentences",), ("record.documents",)),
        Step("initiatives", proposals.initiatives_step, ("refs", "record.documents", "record.interactions"),
             ("record.initiatives",)),
        Step("topics", topics_step, ("sentences",), ("record.topics",)),
    ]


def check_order(steps: list[Step]) -> None:
    """Every step's requirements are assigned by an earlier step (``release`` is given)."""
    available = {"release"}
    for step in steps:
        missing = [r for r in step.requires if r not in available]
        if missing:
            raise KgError(f"extraction step {step.name!r} needs {missing} before it runs")
        available.update(step.assigns)


_STEPS = pipeline_steps()
check_order(_STEPS)


def extract(release: Release, *, lexicon: Lexicon | None = None) -> Record:
    """Extract the record of one release.

    >>> from kg.sources import make_release
    >>> r = extract(make_release("x", "Talks", "ASTANA, 15 May 2023 – Foreign Minister Murat Nurtleu met "
    ...                          "Ambassador of Japan to Kazakhstan Yasuhiro Yamada."))
    >>> r.interactions[0].participants
    ['Murat Nurtleu', 'Yasuhiro Yamada']
    """
    lex = lexicon or Lexicon.load()
    record = Record(release=release.id, title=release.title, date=release.date, place=release.place)
    ctx = Context(release=release, lexicon=lex, matcher=matcher_for(lex), record=record)
    for step in _STEPS:
        step.func(ctx)
    return record


def extract_files(
    paths: Iterable[str | Path],
    *,
    json_dir: str | Path | None = None,
    on_error: Callable[[Path, Exception], None] | None = None,
) -> Iterator[Record]:
    """Extract every release under ``paths``; with ``json_dir``, also write one
    ``<release>.json`` per release there (the record format of SCHEMA.md)."""
    from kg.sources import iter_releases

    out = Path(json_dir) if json_dir else None
    if out:
        out.mkdir(parents=True, exist_ok=True)
    lex = Lexicon.load()
    for release in iter_releases(paths, on_error=on_error):
        record = extract(release, lexicon=lex)
        if out:
            (out / f"{_safe(release.id)}.json").write_text(
                json.dumps(record.to_dict(), ensure_ascii=False, indent=1), encoding="utf-8")
        yield record


def _safe(name: str) -> str:
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in name)
