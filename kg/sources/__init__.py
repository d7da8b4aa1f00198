"""Sources: press-release files → ``Release`` records (``kg.records``).

- ``files``: read .txt, .html and .jsonl files and folders, streaming; every field checked
- ``text``: bytes → text (charset detection) and the normalisation all text goes through
- ``dateline``: the dateline ("ASTANA, 8 April 2019 –") and date stamps of a body
- ``dates``: dates written in prose, as ISO dates

May import: ``kg.records``, ``kg.errors`` (and ``kg.lexicon``, ``kg.namespaces``, ``kg.nquads``).
"""
from kg.sources.files import (
    MAX_RELEASE_CHARS, SUPPORTED, count_releases, find_files, iter_releases, make_release, read_file,
)
from kg.sources.text import normalise_text

__all__ = ["MAX_RELEASE_CHARS", "SUPPORTED", "count_releases", "find_files", "iter_releases", "make_release",
           "normalise_text", "read_file"]
