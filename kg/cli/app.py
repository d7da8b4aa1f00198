"""The ``kg`` command group and what its commands share: the store and format options,
opening the store, turning library errors into ``Error: ...``.

Exit codes: 0 success; 1 a data or runtime error (``Error: ...`` on stderr), or, for
``kg validate``, a store that does not conform; 2 a usage error (click's own, or the
library's ``UsageError``: one line saying what to type instead). No traceback reaches a
user: an unexpected exception is one ``Error:`` line too (``KG_DEBUG=1`` shows it whole).
Data goes to stdout; progress and messages go to stderr.
"""
from __future__ import annotations

import os
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any

import click

from kg.cli.output import FORMATS
from kg.errors import KgError, UsageError
from kg.store.protocol import GraphStore


class UsageFailure(click.ClickException):
    """A usage error of ours: ``Error: ...`` on one line, exit code 2."""

    exit_code = 2


def fail_nicely(func: Callable[..., Any]) -> Callable[..., Any]:
    """Library errors become ``Error: ...``: exit code 2 for a ``UsageError``, else 1."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except UsageError as exc:
            raise UsageFailure(str(exc)) from exc
        except KgError as exc:
            raise click.ClickException(str(exc)) from exc

    return wrapper


class KgGroup(click.Group):
    """The ``kg`` group: whatever a command did not expect becomes one ``Error:`` line and
    exit code 1, never a traceback (``KG_DEBUG=1`` lets it through); a closed pipe
    (``kg query ... | head``) ends the command quietly."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.exceptions.Abort,
                SystemExit, KeyboardInterrupt):
            raise
        except BrokenPipeError:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 1)  # Python flushes stdout at exit: into nothing now
            raise SystemExit(1) from None
        except Exception as exc:
            if os.environ.get("KG_DEBUG"):
                raise
            raise click.ClickException(f"unexpected {type(exc).__name__}: {exc} (a bug in kg: please report "
                                       "it; KG_DEBUG=1 shows where it happened)") from exc


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


def require_store(store_path: str | None) -> None:
    """A read command's store must be there: a mistyped ``--store`` is not a new, empty store."""
    from kg.store.location import default_location
    from kg.store.remote import is_remote

    where = store_path or default_location()
    if where == ":memory:" or is_remote(where):
        return
    folder = Path(where)
    if not folder.is_dir() or not any(folder.iterdir()):
        raise click.ClickException(f"no store at {where}; run kg ingest first "
                                   f"(kg ingest --store {where} data/releases), or pass the right --store")


def open_for_command(store_path: str | None, *, read_only: bool = False, must_exist: bool = False) -> GraphStore:
    """Open the store for this command; it is closed (its lock released) when the command ends.
    ``must_exist``: a read command, which refuses a store that is not there."""
    from kg.store.location import open_store

    if must_exist:
        require_store(store_path)
    store = open_store(store_path, read_only=read_only)
    context = click.get_current_context(silent=True)
    if context is not None:
        context.call_on_close(store.close)
    return store


@click.group(cls=KgGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
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


__all__ = ["KgGroup", "UsageFailure", "fail_nicely", "format_option", "main", "open_for_command", "require_store",
           "split_list", "store_option"]
