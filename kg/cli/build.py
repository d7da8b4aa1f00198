"""Commands that read releases: ``kg ingest`` (into the store), ``kg extract`` (records
only) and ``kg eval`` (extraction scored against gold records)."""
from __future__ import annotations

import json
import sys
import time

import click

from kg.cli.app import fail_nicely, main, open_for_command, store_option


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
@fail_nicely
def ingest(paths: tuple[str, ...], store_path: str | None, jobs: int, force: bool, batch_size: int,
           compact: bool | None, quiet: bool) -> None:
    """Read releases (.txt, .html, .jsonl; folders recursively) into the store.

    Unchanged releases are skipped, changed ones replaced, failures reported and left out.

    \b
    Example:
        kg ingest data/releases
        kg ingest --jobs 2 --store /data/kg archive.jsonl
    """
    from kg.ingest import ingest as run_ingest
    from kg.sources import count_releases

    store = open_for_command(store_path)
    started = time.perf_counter()
    total = count_releases(paths)
    with click.progressbar(length=total, label="ingest", file=sys.stderr,
                           show_pos=True, hidden=quiet or not sys.stderr.isatty()) as bar:
        last = [0]

        def progress(seen: int, _release_id: str) -> None:
            bar.update(seen - last[0])
            last[0] = seen

        report = run_ingest(paths, store=store, jobs=jobs, batch_size=batch_size, force=force, progress=progress,
                            compact=compact)
    elapsed = time.perf_counter() - started
    for where, message in report.failures:
        click.echo(f"failed: {message}" if message.startswith(where) else f"failed: {where}: {message}", err=True)
    click.echo(
        f"{report.seen} releases in {elapsed:.1f}s: {report.new} new, {report.updated} updated, "
        f"{report.unchanged} unchanged, {report.failed} failed; {report.quads} quads written; "
        f"store {store.location} holds {len(store)} quads"
        + (f" (compacted in {report.compact_seconds:.1f}s)" if report.compact_seconds is not None else ""),
        err=True,
    )
    if report.ambiguities:
        click.echo(f"{len(report.ambiguities)} names could be several stored persons and were kept apart; "
                   "review them with `kg entities --ambiguous`", err=True)
    if report.failed and not (report.new or report.updated or report.unchanged):
        raise click.ClickException("no release could be read; see the failures above")


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--json-dir", type=click.Path(file_okay=False), help="Write one <release>.json record per release here.")
@fail_nicely
def extract(paths: tuple[str, ...], json_dir: str | None) -> None:
    """Extract records (SCHEMA.md format) without touching the store; JSON Lines on stdout
    unless --json-dir is given.

    \b
    Example:
        kg extract data/releases --json-dir out/
        kg extract release.txt | jq .interactions
    """
    from kg.extract import extract_files

    failures: list[str] = []
    count = 0
    for record in extract_files(paths, json_dir=json_dir,
                                on_error=lambda path, exc: failures.append(f"{path}: {exc}")):
        count += 1
        if not json_dir:
            click.echo(json.dumps(record.to_dict(), ensure_ascii=False))
    for failure in failures:
        click.echo(f"failed: {failure}", err=True)
    click.echo(f"{count} releases extracted" + (f" to {json_dir}" if json_dir else "") +
               (f", {len(failures)} failed" if failures else ""), err=True)
    if failures and not count:
        raise click.ClickException("no release could be read")


@main.command(name="eval")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False))
@click.argument("releases", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--scorer", type=click.Path(exists=True, dir_okay=False),
              help="The scorer script (default: ../shared/eval/score.py beside the project).")
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
