"""Commands that read the store: ``kg query``, ``kg export``, ``kg stats``, ``kg actor``,
``kg entities`` and ``kg validate``."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from kg.cli.app import UsageFailure, fail_nicely, format_option, main, open_for_command, store_option
from kg.cli.output import render
from kg.namespaces import PREFIXES
from kg.store.protocol import GraphStore


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
@fail_nicely
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
    from kg.analysis import queries

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
        raise UsageFailure("give exactly one of: a SPARQL string, -f FILE, or --name NAME (kg query --list)")
    values: dict[str, str] = {}
    for item in params:
        key, sep, value = item.partition("=")
        if not sep:
            raise UsageFailure(f"--param {item!r}: write it as NAME=VALUE, e.g. --param actor=Lajčák")
        values[key.strip()] = value
    if values and not name:
        raise UsageFailure("--param works with --name only: kg query --name meetings-of --param actor=Lajčák")
    opened: list[GraphStore] = []

    def store() -> GraphStore:
        if not opened:
            opened.append(open_for_command(store_path, must_exist=True))
        return opened[0]

    if name:
        named = queries.load_query(name)
        text = queries.bind(named, values, names=lambda: (row[0] for row in store().rows(queries.NAMES_QUERY)
                                                          if row[0] is not None))
    elif query_file:
        text = Path(query_file).read_text(encoding="utf-8")
    else:
        text = sparql or ""
    result = store().query(text)
    if result.kind == "ask":
        click.echo(json.dumps({"head": {}, "boolean": result.boolean}) if fmt == "json" else str(result.boolean).lower())
    elif result.kind == "graph":
        from rdflib import Graph

        graph = Graph(bind_namespaces="core")
        for prefix, namespace in PREFIXES.items():
            graph.bind(prefix, namespace)
        for triple in result.triples:
            graph.add(triple)
        click.echo(graph.serialize(format="turtle"))
    else:
        click.echo(render(result.variables, result.rows, fmt))


@main.command()
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, allow_dash=True),
              help="File to write; - writes to stdout (Turtle unless --format says otherwise).")
@click.option("--format", "fmt", type=click.Choice(["turtle", "trig", "nt", "nquads", "jsonld", "xml",
                                                     "graphml", "gexf"]),
              help="Format (default: from the file suffix: .ttl .trig .nt .nq .jsonld .rdf .graphml .gexf).")
@store_option
@fail_nicely
def export(output: str, fmt: str | None, store_path: str | None) -> None:
    """Export the graph to an RDF file (or the actor network to GraphML/GEXF).

    \b
    Example:
        kg export -o graph.ttl
        kg export --format trig -o graph.trig
        kg export -o - | head
    """
    from kg.export import export as run_export
    from kg.export import export_format

    exporter = export_format(output, fmt)  # an unknown suffix is a usage error before the store is opened
    store = open_for_command(store_path, must_exist=True)
    click.echo(f"export: {exporter.description}, from {len(store):,} quads, to {'stdout' if output == '-' else output}…",
               err=True)
    path = run_export(store, output, fmt=fmt)
    if path is not None:
        click.echo(f"wrote {path} ({path.stat().st_size:,} bytes)", err=True)


@main.command()
@click.option("--top", type=click.IntRange(1, 1000), default=10, show_default=True, help="Rows per ranking.")
@click.option("--chart", type=click.Path(dir_okay=False), metavar="FILE.svg",
              help="Also draw interactions per year by kind and the busiest pairs as an SVG picture.")
@store_option
@format_option
@fail_nicely
def stats(top: int, chart: str | None, store_path: str | None, fmt: str) -> None:
    """Counts by kind, top actors by degree and betweenness, busiest pairs, interactions per year.

    \b
    Example:
        kg stats
        kg stats --format json --top 20
        kg stats --chart stats.svg
    """
    from kg.analysis.stats import compute_stats

    tables = compute_stats(open_for_command(store_path, must_exist=True), top=top)
    if chart:
        from kg.analysis.stats_chart import write_chart

        click.echo(f"wrote {write_chart(tables, chart)}", err=True)
    if fmt == "json":
        out = {name: json.loads(render(cols, rows, "json")) for name, (cols, rows) in tables.items()}
        click.echo(json.dumps(out, ensure_ascii=False, indent=1))
        return
    for name, (cols, rows) in tables.items():
        click.echo(f"# {name}")
        click.echo(render(cols, rows, fmt))
        click.echo()


@main.command()
@click.argument("name")
@store_option
@format_option
@fail_nicely
def actor(name: str, store_path: str | None, fmt: str) -> None:
    """A person's (or state's, organisation's) offices over time, counterparts and initiatives.

    \b
    Example:
        kg actor "Lajčák"
        kg actor Tileuberdi --format csv
    """
    from kg.analysis.profile import actor_profile

    profile = actor_profile(open_for_command(store_path, must_exist=True), name)
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
@fail_nicely
def entities(only_ambiguous: bool, store_path: str | None, fmt: str) -> None:
    """Entity decisions a user can check: surnames that could be several people, near-miss names.

    Correct them in data/aliases.csv (kind,form,canonical); the next ingest honours it.

    \b
    Example:
        kg entities --ambiguous
    """
    from kg.analysis.ambiguities import ambiguous

    rows = ambiguous(open_for_command(store_path, must_exist=True))
    click.echo(render(["kind", "names", "why"], rows, fmt))


@main.command()
@store_option
@click.option("--shapes", type=click.Path(exists=True, dir_okay=False), default=None,
              help="SHACL shapes file (default ontology/shapes.ttl).")
@fail_nicely
def validate(store_path: str | None, shapes: str | None) -> None:
    """Check the store against the SHACL shapes; exit 0 if it conforms, 1 if not.

    \b
    Example:
        kg validate
        kg validate --store /data/kg --shapes my-shapes.ttl
    """
    from kg.analysis.validate import format_report
    from kg.analysis.validate import validate as run_validate

    report = run_validate(open_for_command(store_path, must_exist=True), shapes=shapes,
                          progress=lambda what: click.echo(f"validate: {what}…", err=True))
    click.echo(format_report(report))
    sys.exit(0 if report.conforms else 1)
