"""Commands that read releases: ``kg ingest`` (into the store), ``kg extract`` (records
only) and ``kg eval`` (extraction scored against gold records)."""
from __future__ import annotations

import json
import sys
import time

import click

from kg.cli.app import fail_nicely, main, open_for_command, store_option
from kg.ingest.run import IngestReport

max_size_option = click.option(
    "--max-release-size", "max_chars", type=click.IntRange(1, None), default=1_000_000, show_default=True,
    metavar="CHARS", help="A longer release is reported and left out (extraction time grows with size).")


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@store_option
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Worker processes for extraction (one process writes).")
@click.option("--force", is_flag=True, help="Re-extract releases even when unchanged.")
@click.option("--batch-size", type=click.IntRange(1, 100_000), default=256, show_default=True,
              help="Releases written per store transaction.")
@click.option("--compact/--no-compact", default=None,
              help="Compact the store after writing (default: when 100,000 quads or more were written).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@max_size_option
@fail_nicely
def ingest(paths: tuple[str, ...], store_path: str | None, jobs: int, force: bool, batch_size: int,
           compact: bool | None, quiet: bool, max_chars: int) -> None:
    """Read releases (.txt, .html, .jsonl; folders recursively) into the store.

    Unchanged releases are skipped, changed ones replaced; a file, line or release that
    fails is reported with its place and left out, and the rest go on. Exit code 1 when
    anything failed.

    \b
    Example:
        kg ingest data/releases
        kg ingest --jobs 2 --store /data/kg archive.jsonl
    """
    from kg.ingest import ingest as run_ingest
    from kg.ingest.rules import remember_rules, rules_changed
    from kg.sources import count_releases

    store = open_for_command(store_path)
    if not force and not store.is_empty() and rules_changed(store.location):
        # Stored records of unchanged releases were made by other rules: read them all again.
        force = True
        click.echo("note: the extraction rules changed since this store was last filled; "
                   "every release is read again", err=True)
    started = time.perf_counter()
    total = count_releases(paths)
    before = len(store)
    show = not quiet and sys.stderr.isatty()
    with click.progressbar(length=total, label="ingest", file=sys.stderr,
                           show_pos=True, hidden=not show) as bar:
        last = [0]

        def progress(seen: int, _release_id: str) -> None:
            bar.update(seen - last[0])
            last[0] = seen

        def stage(what: str) -> None:
            if show:  # beside the bar, on a terminal: the steps after its end
                click.echo(f"\ningest: {what}…", err=True)

        report = run_ingest(paths, store=store, jobs=jobs, batch_size=batch_size, force=force, progress=progress,
                            compact=compact, max_chars=max_chars, stage=stage)
    elapsed = time.perf_counter() - started
    if not report.failed or report.new or report.updated or report.unchanged:
        remember_rules(store.location)
    for note in report.notes:
        click.echo(f"note: {note}", err=True)
    for where, message in report.failures:
        click.echo(f"failed: {message}" if message.startswith(where) else f"failed: {where}: {message}", err=True)
    click.echo(summary(report, elapsed, store.location, before, len(store)), err=True)
    if report.ambiguities:
        click.echo(f"{len(report.ambiguities)} names could be several stored persons and were kept apart; "
                   "review them with `kg entities --ambiguous`", err=True)
    if report.failed:
        raise click.ClickException("no release could be read; see the failures above"
                                   if not (report.new or report.updated or report.unchanged) else
                                   f"{report.failed} failed (listed above); the others are stored")


def summary(report: IngestReport, elapsed: float, location: str, before: int, after: int) -> str:
    """The ingest's last line: what was read, and why the store grew by less than was written."""
    line = (f"{report.seen} releases in {elapsed:.1f}s: {report.new} new, {report.updated} updated, "
            f"{report.unchanged} unchanged, {report.failed} failed; {report.quads} quads written; "
            f"store {location} holds {after} quads")
    if report.compact_seconds is not None:
        line += f" (compacted in {report.compact_seconds:.1f}s)"
    grew = after - before
    again = report.quads - grew
    if report.quads and again > 0:
        why = "topic and entity descriptions that several releases repeat" + (
            "; and updated releases replaced quads of their own" if report.updated else "")
        line += f" (grew by {grew}; the other {again} quads written were there already: {why})"
    return line


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--json-dir", type=click.Path(file_okay=False), help="Write one <release>.json record per release here.")
@max_size_option
@fail_nicely
def extract(paths: tuple[str, ...], json_dir: str | None, max_chars: int) -> None:
    """Extract records (SCHEMA.md format) without touching the store; JSON Lines on stdout
    unless --json-dir is given.

    \b
    Example:
        kg extract data/releases --json-dir out/
        kg extract release.txt | jq .interactions
    """
    from pathlib import Path

    from kg.extract import extract as extract_release
    from kg.graph.ontology import release_iri
    from kg.lexicon import Lexicon
    from kg.sources import iter_releases

    failures: list[str] = []
    notes: list[str] = []
    written: dict[str, str] = {}  # file name → the release written there
    out = Path(json_dir) if json_dir else None
    if out:
        out.mkdir(parents=True, exist_ok=True)
    lexicon = Lexicon.load()
    count = 0
    for release in iter_releases(paths, max_chars=max_chars, on_note=notes.append,
                                 on_error=lambda path, exc: failures.append(
                                     str(exc) if str(exc).startswith(str(path)) else f"{path}: {exc}")):
        try:
            record = extract_release(release, lexicon=lexicon)
        except Exception as exc:  # one release must not stop the others
            failures.append(f"{release.source or release.id}: {type(exc).__name__}: {exc}")
            continue
        if out:
            name = str(release_iri(release.id)).rsplit("/", 1)[-1] + ".json"  # one file per release IRI
            if name in written:
                failures.append(f"{release.source or release.id}: release id {release.id!r} is already taken by "
                                f"{written[name]}; give each release a unique file name or id")
                continue
            written[name] = release.source or release.id
            (out / name).write_text(record.to_json(), encoding="utf-8")
        else:
            click.echo(json.dumps(record.to_dict(), ensure_ascii=False))
        count += 1
    for note in notes:
        click.echo(f"note: {note}", err=True)
    for failure in failures:
        click.echo(f"failed: {failure}", err=True)
    click.echo(f"{count} releases extracted" + (f" to {json_dir}" if json_dir else "") +
               (f", {len(failures)} failed" if failures else ""), err=True)
    if failures:
        raise click.ClickException("no release could be read" if not count else
                                   f"{len(failures)} failed (listed above)")


@main.command(name="eval")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False))
@click.argument("releases", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--scorer", type=click.Path(exists=True, dir_okay=False),
              help="The scorer script (default: eval/score.py in a folder above GOLD_DIR, e.g. "
                   "../shared/eval/score.py for ../shared/corpus/gold; else ../shared/eval/score.py).")
@click.option("--per-release", is_flag=True, help="Also print each release's F1 per category.")
@fail_nicely
def eval_command(gold_dir: str, releases: tuple[str, ...], scorer: str | None, per_release: bool) -> None:
    """Extract releases and score them against gold records (precision, recall, F1 per category).

    \b
    Example:
        kg eval tests/gold data/releases
        kg eval ../shared/corpus/gold ../shared/corpus/releases --per-release
    """
    from kg.evaluate import evaluate

    figures = evaluate(gold_dir, releases, scorer=scorer, per_release=per_release)
    if per_release and figures.get("per_release"):
        for rid, row in figures["per_release"].items():
            click.echo(rid + " " + " ".join(f"{k[:5]}={v:.2f}" for k, v in row.items()))
        click.echo()
    click.echo(f"{'category':<22}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'pred':>6}{'gold':>6}")
    for name, row in figures["categories"].items():
        click.echo(f"{name:<22}{row['precision']:>7.3f}{row['recall']:>7.3f}{row['f1']:>7.3f}"
                   f"{row['tp']:>6}{row['pred']:>6}{row['gold']:>6}")
    click.echo(f"overall F1 {figures['overall']:.3f} over {figures['releases']} releases")
