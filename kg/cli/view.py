"""Commands that show the graph: ``kg viz`` (an offline HTML viewer) and ``kg serve`` (a
SPARQL endpoint over the store, plus the viewer)."""
from __future__ import annotations

from pathlib import Path

import click

from kg.cli.app import UsageFailure, fail_nicely, main, open_for_command, split_list, store_option


@main.command()
@click.option("-o", "--output", default="network.html", show_default=True, type=click.Path(dir_okay=False),
              help="HTML file to write.")
@click.option("--focus", help="Only the ego network of this actor (name or alternative name).")
@click.option("--depth", type=click.IntRange(1, 5), default=None, help="Steps out from --focus (default 1).")
@click.option("--since", metavar="DATE", help="Only interactions on or after this date (YYYY[-MM[-DD]]).")
@click.option("--until", metavar="DATE", help="Only interactions on or before this date.")
@click.option("--kinds", help="Comma-separated interaction kinds: meeting,call,visit,signing,correspondence,multilateral.")
@click.option("--countries", help="Comma-separated states (names or ISO codes) whose actors to keep.")
@click.option("--no-affiliations", is_flag=True, help="Leave out person–state affiliation edges.")
@click.option("--cap", type=click.IntRange(0), default=150, show_default=True,
              help="Actors the page shows at first, the most connected (0: all); the rest are a search or a click away.")
@click.option("--title", default="Diplomatic network", show_default=True, help="Page title.")
@store_option
@fail_nicely
def viz(output: str, focus: str | None, depth: int | None, since: str | None, until: str | None, kinds: str | None,
        countries: str | None, no_affiliations: bool, cap: int, title: str, store_path: str | None) -> None:
    """Write an interactive, offline HTML network of actors and their interactions.

    \b
    Example:
        kg viz -o network.html
        kg viz --focus "Lajčák" --depth 2 --since 2019-01-01 -o lajcak.html
        kg viz --cap 0 -o everyone.html      # every actor at once
    """
    from kg.analysis.network import build_network
    from kg.analysis.network_select import date_range
    from kg.viz.viewer import write_viewer

    if depth is not None and not focus:
        raise UsageFailure(f"--depth needs --focus: kg viz --focus NAME --depth {depth}")
    date_range(since, until)  # a bad date is a usage error before the store is read
    store = open_for_command(store_path, must_exist=True)
    graph = build_network(
        store, since=since, until=until, kinds=split_list(kinds), countries=split_list(countries), focus=focus,
        depth=depth or 1, affiliations=not no_affiliations,
    )
    path = write_viewer(graph, output, title=title, cap=cap)
    click.echo(f"wrote {path}: {graph.number_of_nodes()} actors, {graph.number_of_edges()} links", err=True)


@main.command()
@store_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; anything but 127.0.0.1 opens the endpoint to the network.")
@click.option("--port", type=click.IntRange(1, 65535), default=7878, show_default=True,
              help="Port of the SPARQL endpoint (/query, /update, /store; a query page at /).")
@click.option("--writable", is_flag=True,
              help="Accept SPARQL updates and Graph Store writes that carry the token (read-only without it).")
@click.option("--token", envvar="KG_SERVE_TOKEN", metavar="TOKEN",
              help="With --writable: the token writes need (env KG_SERVE_TOKEN; default: a new one, printed).")
@click.option("--query-timeout", type=click.FloatRange(1, 86400), default=10, show_default=True, metavar="SECONDS",
              help="A query running longer is stopped.")
@click.option("--allow-service", is_flag=True, help="Let SPARQL SERVICE make the server query other endpoints.")
@click.option("--allow-load", is_flag=True, help="With --writable: let SPARQL LOAD make the server fetch URLs.")
@click.option("--viewer/--no-viewer", default=True, show_default=True,
              help="Also serve the network viewer of the store (a snapshot taken at start).")
@click.option("--viewer-port", type=click.IntRange(1, 65535), help="Port of the viewer (default: --port + 1).")
@fail_nicely
def serve(store_path: str | None, host: str, port: int, writable: bool, token: str | None, query_timeout: float,
          allow_service: bool, allow_load: bool, viewer: bool, viewer_port: int | None) -> None:
    """Serve the store as a SPARQL 1.1 endpoint (Oxigraph server) and the network viewer, until
    Ctrl-C (or SIGTERM/SIGHUP).

    Read-only unless --writable, and then every write needs the token (Authorization: Bearer
    TOKEN, or the printed --store URL); SERVICE and LOAD are refused unless allowed; queries
    see the union of all releases, as with `kg query`.

    \b
    Example:
        kg serve
        kg serve --store /data/kg --port 8000 --no-viewer
        kg serve --writable      # then: kg ingest --store http://kg:TOKEN@127.0.0.1:7878 more/
    """
    import tempfile

    from kg.serve import ServerHandle, query_page_url, write_store_viewer
    from kg.serve import serve as run_serve
    from kg.store.location import default_location

    folder = store_path or default_location()

    def ready(handle: ServerHandle) -> None:
        mode = "read-write" if writable else "read-only"
        click.echo(f"SPARQL endpoint {handle.query_url} ({mode})", err=True)
        click.echo(f"query page, the project's prefixes preset: {query_page_url(handle.url)}", err=True)
        if handle.token:
            click.echo(f"writes need the token {handle.token} (Authorization: Bearer …); "
                       f"kg ingest --store {handle.store_url} …", err=True)
        if handle.viewer_url:
            click.echo(f"viewer {handle.viewer_url}", err=True)
        click.echo("Ctrl-C stops it.", err=True)

    with tempfile.TemporaryDirectory(prefix="kg-serve-") as tmp:
        page = write_store_viewer(folder, Path(tmp) / "network.html") if viewer and Path(folder).is_dir() else None
        run_serve(folder, host=host, port=port, writable=writable, viewer=page, viewer_port=viewer_port,
                  on_ready=ready, token=token, query_timeout=query_timeout, allow_service=allow_service,
                  allow_load=allow_load)
