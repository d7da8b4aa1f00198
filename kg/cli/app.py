"""The ``kg`` command group and what its commands share: the store and format options,
opening the store, turning library errors into ``Error: ...``.

Exit codes: 0 success; 1 a data or runtime error (``Error: ...`` on stderr), or, for
``kg validate``, a store that does not conform; 2 a usage error (click's own).
Data goes to stdout; progress and messages go to stderr.
"""
from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

import click

from kg.cli.output import FORMATS
from kg.errors import KgError
from kg.store.protocol import GraphStore


def fail_nicely(func: Callable[..., Any]) -> Callable[..., Any]:
    """Library errors become ``Error: ...`` and exit code 1."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except KgError as exc:
            raise click.ClickException(str(exc)) from exc

    return wrapper


def store_option(func: Callable[..., Any]) -> Callable[..., Any]:
    from kg.store.location import DEFAULT_STORE

    return click.option(
        "--store", "store_path", envvar="KG_STORE", metavar="PATH|URL",
        help=f"Store folder, or a SPARQL server URL (docs/remote.md); env KG_STORE; default {DEFAULT_STORE}. "
             "':memory:' for a throwaway store.",
    )(func)


def format_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
                        help="Output format; json is the SPARQL 1.1 Query Results JSON format.")(func)


def open_for_command(store_path: str | None, *, read_only: bool = False) -> GraphStore:
    """Open the store for this command; it is closed (its lock released) when the command ends."""
    from kg.store.location import open_store

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


def split_list(value: str | None) -> list[str] | None:
    return [v.strip() for v in value.split(",") if v.strip()] if value else None


__all__ = ["fail_nicely", "format_option", "main", "open_for_command", "split_list", "store_option"]
