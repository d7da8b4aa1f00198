"""The ``kg`` command: thin click wrappers over the library.

Exit codes: 0 success; 1 a data or runtime error (``Error: ...`` on stderr), or, for
``kg validate``, a store that does not conform; 2 a usage error (click's own).
Data goes to stdout; progress and messages go to stderr.

- ``app``: the ``kg`` group and the options its commands share
- ``build``: ``ingest``, ``extract``, ``eval``;  ``read``: ``query``, ``export``, ``stats``,
  ``actor``, ``entities``, ``validate``;  ``view``: ``viz``, ``serve``
- ``output``: result rows → table, CSV, TSV or SPARQL JSON text

The top layer: may import any module of ``kg``.
"""
from kg.cli import build, read, view  # noqa: F401  (each registers its commands on ``main``)
from kg.cli.app import main

__all__ = ["main"]
