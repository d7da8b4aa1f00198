"""Sources: press-release files → ``Release`` records (``kg.records``).

- ``files``: read .txt, .html and .jsonl files and folders, streaming
- ``dateline``: the dateline ("ASTANA, 8 April 2019 –") and date stamps of a body
- ``dates``: dates written in prose, as ISO dates

May import: ``kg.records``, ``kg.errors`` (and ``kg.lexicon``, ``kg.namespaces``, ``kg.nquads``).
"""
from kg.sources.files import (
    SUPPORTED, count_releases, find_files, iter_releases, make_release, normalise_text, read_file,
)

__all__ = ["SUPPORTED", "count_releases", "find_files", "iter_releases", "make_release", "normalise_text",
           "read_file"]
