"""The ``kg`` command: thin click wrappers over the library.

Exit codes: 0 success; 1 a data or runtime error (``Error: ...`` on stderr), or, for
``kg validate``, a store that does not conform; 2 a usage error (click's own).
Data goes to stdout; progress and messages go to stderr.
"""
from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any

import click

from kg.errors import KgError
from kg.output import FORMATS, render


def _fail_nicely(func: Callable[..., Any]) -> Callable[..., Any]:
    """Library errors become ``Error: ...`` and exit code 1."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except KgError as exc:
            raise click.ClickException(str(exc)) from exc

    return wrapper


def store_option(func: Callable[..., Any]) -> Callable[..., Any]:
    from kg.store import DEFAULT_STORE

    return click.option(
        "--store", "store_path", envvar="KG_STORE", metavar="PATH|URL",
        help=f"Store folder, or a SPARQL server URL (docs/remote.md); env KG_STORE; default {DEFAULT_STORE}. "
             "':memory:' for a throwaway store.",
    )(func)


def format_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
                        help="Output format; json is the SPARQL 1.1 Query Results JSON format.")(func)


def _open(store_path: str | None, *, read_only: bool = False) -> Any:
    """Open the store for this command; it is closed (its lock released) when the command ends."""
    from kg.store import open_store

    store = open_store(store_path, read_only=read_only)
    context = click.get_current_context(silent=True)
    if context is not None:
        context.call_on_close(store.close)
    return store


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="diplomacy-kg")
def main() -> None:
    """diplomacy-kg: foreign-ministry press releases → a knowledge graph of diplomatic interactions.

    \b
    Example:
        kg ingest data/releases
        kg query --name meetings-of --param actor="Lajčák"
        kg viz -o network.html
    """


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
@_fail_nicely
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

    store = _open(store_path)
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
@click.argument("sparql", required=False)
@click.option("-f", "--file", "query_file", type=click.Path(exists=True, dir_okay=False),
              help="Read the query from a file.")
@click.option("--name", "-n", help="Run a named query (see --list).")
@click.option("--param", "-p", "params", multiple=True, metavar="NAME=VALUE",
              help="A parameter of the named query; repeat for several.")
@click.option("--list", "list_queries", is_flag=True, help="List the named queries and their parameters.")
@store_option
@format_option
@_fail_nicely
def query(sparql: str | None, query_file: str | None, name: str | None, params: tuple[str, ...],
          list_queries: bool, store_path: str | None, fmt: str) -> None:
    """Run a SPARQL query over all releases (prefixes dip:, rdfs:, skos:, dcterms:, sem:, org:, ... bound).

    \b
    Example:
        kg query "SELECT ?name WHERE { ?p a dip:Person ; rdfs:label ?name }"
        kg query -f my-query.rq --format csv
        kg query --name meetings-of --param actor="Lajčák"
        kg query --list
    """
    from kg import queries

    if list_queries:
        for q in queries.list_queries():
            args = " ".join(f"--param {p}=…" for p in q.params)
            click.echo(f"{q.name} {args}".rstrip())
            click.echo(f"    {q.description}")
            for p, (kind, help_text) in q.params.items():
                click.echo(f"    {p} ({kind}): {help_text}")
        return
    given = [x for x in (sparql, query_file, name) if x]
    if len(given) != 1:
        raise click.UsageError("give exactly one of: a SPARQL string, -f FILE, or --name NAME")
    values: dict[str, str] = {}
    for item in params:
        key, sep, value = item.partition("=")
        if not sep:
            raise click.UsageError(f"--param {item!r}: write it as NAME=VALUE")
        values[key.strip()] = value
    if name:
        text = queries.bind(queries.load_query(name), values)
    elif query_file:
        text = Path(query_file).read_text(encoding="utf-8")
    else:
        text = sparql or ""
    if values and not name:
        raise click.UsageError("--param works with --name only")
    result = _open(store_path).query(text)
    if result.kind == "ask":
        click.echo(json.dumps({"head": {}, "boolean": result.boolean}) if fmt == "json" else str(result.boolean).lower())
    elif result.kind == "graph":
        from rdflib import Graph

        graph = Graph()
        for triple in result.triples:
            graph.add(triple)
        click.echo(graph.serialize(format="turtle"))
    else:
        click.echo(render(result.variables, result.rows, fmt))


@main.command()
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="File to write.")
@click.option("--format", "fmt", type=click.Choice(["turtle", "trig", "nt", "nquads", "jsonld", "xml",
                                                     "graphml", "gexf"]),
              help="Format (default: from the file suffix: .ttl .trig .nt .nq .jsonld .rdf .graphml .gexf).")
@store_option
@_fail_nicely
def export(output: str, fmt: str | None, store_path: str | None) -> None:
    """Export the graph to an RDF file (or the actor network to GraphML/GEXF).

    \b
    Example:
        kg export -o graph.ttl
        kg export --format trig -o graph.trig
    """
    from kg.export import export as run_export

    store = _open(store_path)
    path = run_export(store, output, fmt=fmt)
    click.echo(f"wrote {path} ({path.stat().st_size:,} bytes)", err=True)


@main.command()
@click.option("-o", "--output", default="network.html", show_default=True, type=click.Path(dir_okay=False),
              help="HTML file to write.")
@click.option("--focus", help="Only the ego network of this actor (name or alternative name).")
@click.option("--depth", type=click.IntRange(1, 5), default=1, show_default=True, help="Steps out from --focus.")
@click.option("--since", metavar="DATE", help="Only interactions on or after this date (YYYY[-MM[-DD]]).")
@click.option("--until", metavar="DATE", help="Only interactions on or before this date.")
@click.option("--kinds", help="Comma-separated interaction kinds: meeting,call,visit,signing,correspondence,multilateral.")
@click.option("--countries", help="Comma-separated states (names or ISO codes) whose actors to keep.")
@click.option("--no-affiliations", is_flag=True, help="Leave out person–state affiliation edges.")
@click.option("--title", default="Diplomatic network", show_default=True, help="Page title.")
@store_option
@_fail_nicely
def viz(output: str, focus: str | None, depth: int, since: str | None, until: str | None, kinds: str | None,
        countries: str | None, no_affiliations: bool, title: str, store_path: str | None) -> None:
    """Write an interactive, offline HTML network of actors and their interactions.

    \b
    Example:
        kg viz -o network.html
        kg viz --focus "Lajčák" --depth 2 --since 2019-01-01 -o lajcak.html
    """
    from kg.network import build_network
    from kg.viz import write_viewer

    store = _open(store_path)
    graph = build_network(
        store, since=since, until=until, kinds=_split(kinds), countries=_split(countries), focus=focus,
        depth=depth, affiliations=not no_affiliations,
    )
    path = write_viewer(graph, output, title=title)
    click.echo(f"wrote {path}: {graph.number_of_nodes()} actors, {graph.number_of_edges()} links", err=True)


@main.command()
@click.option("--top", type=click.IntRange(1, 1000), default=10, show_default=True, help="Rows per ranking.")
@store_option
@format_option
@_fail_nicely
def stats(top: int, store_path: str | None, fmt: str) -> None:
    """Counts by kind, top actors by degree and betweenness, busiest pairs, interactions per year.

    \b
    Example:
        kg stats
        kg stats --format json --top 20
    """
    from kg.stats import compute_stats

    tables = compute_stats(_open(store_path), top=top)
    if fmt == "json":
        out = {name: json.loads(render(cols, rows, "json")) for name, (cols, rows) in tables.items()}
        click.echo(json.dumps(out, ensure_ascii=False, indent=1))
        return
    for name, (cols, rows) in tables.items():
        click.echo(f"# {name}")
        click.echo(render(cols, rows, fmt))
        click.echo()


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--json-dir", type=click.Path(file_okay=False), help="Write one <release>.json record per release here.")
@_fail_nicely
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


@main.command()
@click.argument("name")
@store_option
@format_option
@_fail_nicely
def actor(name: str, store_path: str | None, fmt: str) -> None:
    """A person's (or state's, organisation's) offices over time, counterparts and initiatives.

    \b
    Example:
        kg actor "Lajčák"
        kg actor Tileuberdi --format csv
    """
    from kg.profile import actor_profile

    profile = actor_profile(_open(store_path), name)
    click.echo(f"{profile.name}  ({', '.join(profile.kinds)})  {profile.iri}")
    if profile.other_names:
        click.echo(f"also: {'; '.join(profile.other_names)}")
    for title, table in (("Offices", profile.offices), ("Counterparts", profile.counterparts),
                         ("Initiatives proposed", profile.initiatives)):
        click.echo(f"\n# {title}")
        click.echo(render(table.columns, table.rows, fmt) if table else "")


@main.command()
@click.option("--ambiguous", "only_ambiguous", is_flag=True,
              help="List uncertain merges and near-misses for review (default).")
@store_option
@format_option
@_fail_nicely
def entities(only_ambiguous: bool, store_path: str | None, fmt: str) -> None:
    """Entity decisions a user can check: surnames that could be several people, near-miss names.

    Correct them in data/aliases.csv (kind,form,canonical); the next ingest honours it.

    \b
    Example:
        kg entities --ambiguous
    """
    from kg.entities import ambiguous

    rows = ambiguous(_open(store_path))
    click.echo(render(["kind", "names", "why"], rows, fmt))


@main.command()
@store_option
@click.option("--shapes", type=click.Path(exists=True, dir_okay=False), default=None,
              help="SHACL shapes file (default ontology/shapes.ttl).")
@_fail_nicely
def validate(store_path: str | None, shapes: str | None) -> None:
    """Check the store against the SHACL shapes; exit 0 if it conforms, 1 if not.

    \b
    Example:
        kg validate
        kg validate --store /data/kg --shapes my-shapes.ttl
    """
    from kg.validate import format_report
    from kg.validate import validate as run_validate

    report = run_validate(_open(store_path), shapes=shapes)
    click.echo(format_report(report))
    sys.exit(0 if report.conforms else 1)


@main.command()
@store_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; anything but 127.0.0.1 opens the endpoint to the network.")
@click.option("--port", type=click.IntRange(1, 65535), default=7878, show_default=True,
              help="Port of the SPARQL endpoint (/query, /update, /store; a query page at /).")
@click.option("--writable", is_flag=True, help="Accept SPARQL updates and Graph Store writes (read-only without it).")
@click.option("--viewer/--no-viewer", default=True, show_default=True,
              help="Also serve the network viewer of the store (a snapshot taken at start).")
@click.option("--viewer-port", type=click.IntRange(1, 65535), help="Port of the viewer (default: --port + 1).")
@_fail_nicely
def serve(store_path: str | None, host: str, port: int, writable: bool, viewer: bool,
          viewer_port: int | None) -> None:
    """Serve the store as a SPARQL 1.1 endpoint (Oxigraph server) and the network viewer, until Ctrl-C.

    Read-only unless --writable; queries see the union of all releases, as with `kg query`.

    \b
    Example:
        kg serve
        kg serve --store /data/kg --port 8000 --no-viewer
        kg serve --writable      # then: kg ingest --store http://127.0.0.1:7878 more/
    """
    import tempfile

    from kg.serve import ServerHandle, write_store_viewer
    from kg.serve import serve as run_serve
    from kg.store import default_location

    folder = store_path or default_location()

    def ready(handle: ServerHandle) -> None:
        mode = "read-write" if writable else "read-only"
        click.echo(f"SPARQL endpoint {handle.query_url} ({mode}); query page {handle.url}/", err=True)
        if handle.viewer_url:
            click.echo(f"viewer {handle.viewer_url}", err=True)
        click.echo("Ctrl-C stops it.", err=True)

    with tempfile.TemporaryDirectory(prefix="kg-serve-") as tmp:
        page = write_store_viewer(folder, Path(tmp) / "network.html") if viewer and Path(folder).is_dir() else None
        run_serve(folder, host=host, port=port, writable=writable, viewer=page, viewer_port=viewer_port,
                  on_ready=ready)


@main.command(name="eval")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False))
@click.argument("releases", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--scorer", type=click.Path(exists=True, dir_okay=False),
              help="The scorer script (default: ../shared/eval/score.py beside the project).")
@click.option("--per-release", is_flag=True, help="Also print each release's F1 per category.")
@_fail_nicely
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


def _split(value: str | None) -> list[str] | None:
    return [v.strip() for v in value.split(",") if v.strip()] if value else None


if __name__ == "__main__":  # pragma: no cover
    main()
