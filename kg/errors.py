"""The errors the library raises.

Every error the library raises on purpose is a ``KgError``; callers who want to
handle "anything that went wrong with my data" catch that. The tree:

    KgError
    ├── SourceError      a release file could not be read or makes no sense
    ├── StoreError       the store could not be opened, read or written
    ├── QueryError       a SPARQL query is malformed or a named query is unknown
    ├── ExportError      an export format is unknown or the export failed
    └── UsageError       the caller asked for what cannot be: an unknown named query,
        │                parameter or format, a malformed date, options that contradict
        ├── ParameterError   (also a QueryError) a named query's parameter
        └── FormatError      (also an ExportError) an export format or file suffix

Messages say what to do about it; the CLI prints them after ``Error:`` and exits 1, or 2
for a ``UsageError`` (what to type instead).
"""
from __future__ import annotations


class KgError(Exception):
    """Base class of every error raised on purpose by ``kg``."""


class SourceError(KgError):
    """A release file could not be read or parsed."""


class StoreError(KgError):
    """The store could not be opened, read or written."""


class QueryError(KgError):
    """A SPARQL query is malformed, or a named query or parameter is unknown."""


class ExportError(KgError):
    """An export format is unknown, or writing the export failed."""


class UsageError(KgError):
    """The caller asked for something that cannot be: an unknown named query, parameter or
    export format, a malformed date, options that contradict each other."""


class ParameterError(QueryError, UsageError):
    """A named query is unknown, or one of its parameters is missing, unknown or malformed."""


class FormatError(ExportError, UsageError):
    """An export format is unknown, or cannot be told from the file's suffix."""
