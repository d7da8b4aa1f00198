"""Reading releases from files: plain text, saved HTML pages and JSON Lines.

``iter_releases(paths)`` walks files and folders (recursively) and yields one
``Release`` per press release, streaming: a JSON Lines file of 100,000 releases is
read line by line. Everything read is checked here, at the boundary, and whatever is
wrong becomes one ``SourceError`` naming the file (and line) and what to do: bytes that
are not text, JSON that is not an object, a field of the wrong type, an unreadable
sidecar or folder, a release over the size limit. ``iter_releases(..., on_error=...)``
reports each of them to the caller and goes on with the next line or file; without it
the first one is raised. ``on_note`` hears what was read but deserves a word (a file
decoded from another encoding than UTF-8).

Formats
- ``.txt``: title line, blank line, body. A sidecar ``<stem>.meta.json`` may give
  ``published``/``date``, ``url`` and ``publisher`` (strings).
- ``.html``/``.htm``: the article text (not navigation) via trafilatura.
- ``.jsonl``: one release per line: ``id``, ``title``, ``text``, optional ``date``,
  ``url``, ``publisher`` (strings; ``id`` may be a number).
"""
from __future__ import annotations

import datetime
import io
import json
import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from kg.errors import SourceError
from kg.records import Release
from kg.sources.dates import find_dates
from kg.sources.dateline import read_dateline
from kg.sources.stamps import header_line, read_stamp
from kg.sources.dates import parse_date
from kg.sources.text import clean_line, decode, normalise_text

TEXT_SUFFIXES = {".txt"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
# The largest release read, in characters (about 400 pages). Press releases run to a few
# thousand; anything far larger is a concatenation or not a release, and extraction time
# grows with it (bench/extract_scaling.py). Raise it with --max-release-size.
MAX_RELEASE_CHARS = 1_000_000
_SLUG = re.compile(r"[^a-z0-9]+")

ErrorHandler = Callable[[Path, Exception], None]
NoteHandler = Callable[[str], None]


def slugify(text: str, max_length: int = 80) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return _SLUG.sub("-", ascii_text).strip("-")[:max_length].strip("-") or "release"


def _full_date(title: str) -> str | None:
    """A full date (day, month and year) the title writes, else None."""
    when = next((d for _, _, d in find_dates(title, None) if len(d) == 10), None)
    return when


# "received in audience this Thursday 13 June 2024": the lead's weekday and full date, the day of
# the release where nothing else dates it.
_LEAD_WEEKDAY_DATE = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?:the\s+)?"
                                r"(?P<date>[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z][a-z]+,?\s+(?:19|20)\d\d|"
                                r"[A-Z][a-z]+\s+[0-3]?\d(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d)\b")


def _lead_date(body: str) -> str | None:
    """The full date the first paragraph of prose gives with its weekday, else None."""
    lead = next((p for p in body.split("\n\n")[:4] if len(p) > 120), "")
    m = _LEAD_WEEKDAY_DATE.search(lead[:400])
    return parse_date(m["date"]) if m else None


_YEAR_WORD = re.compile(r"(?<![\d/\-])(?<!\d\.)(?:19|20)\d\d(?![\d/\-]|\.\d)")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])|\n+")
# A sentence that looks ahead ("proposed holding the fourth Retreat in Laos in 2025") names a
# year to come, not the year of writing.
_AHEAD = re.compile(r"\b(?:propos\w*|will|shall|plan\w*|next|upcoming|to be held|holding|host(?:ing)? the|"
                    r"until|by (?:19|20)\d\d|vision|agenda|strategy)\b", re.I)


def _latest_year(body: str) -> int | None:
    """The latest year the text names, for a dateline that leaves its year out ("Vientiane,
    October 9 (KPL) --") when nothing else dates the release. Years still to come ("Vision
    2030") are plans, not the year of writing."""
    this_year = datetime.date.today().year
    years = [int(m.group(0)) for sentence in _SENTENCE_END.split(body) if not _AHEAD.search(sentence)
             for m in _YEAR_WORD.finditer(sentence)]
    return max((y for y in years if y <= this_year), default=None)


def make_release(
    release_id: str,
    title: str,
    body: str,
    *,
    date: str | None = None,
    url: str | None = None,
    publisher: str | None = None,
    source: str | None = None,
    max_chars: int | None = MAX_RELEASE_CHARS,
) -> Release:
    """Build a ``Release`` from its parts, reading the dateline and stamps of the body.

    The date is taken, in order, from the dateline, a given ``date`` (metadata), or a
    publication stamp in the text. Every part is normalised (``kg.sources.text``).
    """
    where = source or release_id
    title = normalise_text(title).replace("\n", " ")
    body = normalise_text(body)
    if not title and not body:
        raise SourceError(f"{where}: the release is empty")
    if max_chars is not None and len(title) + len(body) > max_chars:
        raise SourceError(f"{where}: the release is {len(title) + len(body):,} characters, over the limit of "
                          f"{max_chars:,}; split it, or raise the limit (kg ingest --max-release-size)")
    # (the body opening with the title line again; not a title that is only the body's first letters)
    if title and re.match(re.escape(title) + r"(?!\w)", body):
        body = body[len(title):].lstrip()
    meta_date = parse_date(clean_line(date)) if date else None
    stamp = read_stamp(body)
    hint = int((meta_date or stamp or "0")[:4]) or _latest_year(body)
    line = read_dateline(body, year_hint=hint)
    text = f"{title}\n\n{body}" if title else body
    return Release(
        id=clean_line(release_id),
        title=title,
        text=text,
        # ("No: 41, 13 February 2024, Press Release Regarding ...": a headline that carries its date)
        date=line.date or meta_date or stamp or _full_date(title) or _lead_date(body),
        place=line.place,
        url=clean_line(url) if url else None,
        publisher=clean_line(publisher) if publisher else None,
        source=source,
    )


def read_text_file(path: Path, *, max_chars: int | None = MAX_RELEASE_CHARS,
                   on_note: NoteHandler | None = None) -> Release:
    raw = normalise_text(_read(path, max_chars, on_note))
    title, _, body = raw.partition("\n\n")
    if not body:  # one paragraph only: the first line is the title
        title, _, body = raw.partition("\n")
    title, body = _headline_under_header(title, body)
    meta = _sidecar(path)
    return make_release(
        path.stem, title, body,
        date=meta.get("published") or meta.get("date"),
        url=meta.get("url"), publisher=meta.get("publisher"), source=str(path), max_chars=max_chars,
    )


def _headline_under_header(title: str, body: str) -> tuple[str, str]:
    """The title and body, where the first line is the publisher's name over the headline
    ("Prime Minister's Office", then "PM meets President of ..."): the headline is the title,
    the name a header line of the body (kept)."""
    first, _, rest = body.partition("\n\n")
    line = first.strip()
    if header_line(title) and 20 <= len(line) <= 250 and "\n" not in line and not line.endswith((".", ":")) \
            and not header_line(line) and re.search(r"\s[a-z]", line) and rest.strip():
        return line, f"{title}\n\n{rest}"
    return title, body


def read_html_file(path: Path, *, max_chars: int | None = MAX_RELEASE_CHARS,
                   on_note: NoteHandler | None = None) -> Release:
    import trafilatura  # imported here: only HTML input pays for it

    html = _read(path, None if max_chars is None else 10 * max_chars, on_note)  # markup outweighs text
    doc = trafilatura.bare_extraction(html, include_comments=False, include_tables=False, with_metadata=True)
    if doc is None:
        raise SourceError(f"{path}: no article text found in this HTML page; save the page with its article body")
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    body = data.get("text") or ""
    if not body.strip():
        raise SourceError(f"{path}: the HTML page has no article text")
    meta = _sidecar(path)
    return make_release(
        path.stem, data.get("title") or body.split("\n", 1)[0], body,
        date=meta.get("published") or meta.get("date") or data.get("date"),
        url=meta.get("url") or data.get("url"), publisher=meta.get("publisher") or data.get("sitename"),
        source=str(path), max_chars=max_chars,
    )


def read_jsonl_file(path: Path, *, max_chars: int | None = MAX_RELEASE_CHARS,
                    on_note: NoteHandler | None = None) -> Iterator[Release | SourceError]:
    """Each line's release, or the ``SourceError`` that line is (with its number): a bad
    line never stops the lines after it. A file that cannot be read at all raises."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise SourceError(f"{path}: cannot open ({exc.strerror})") from exc
    with handle:
        head = handle.read(4096)
        handle.seek(0)
        if head.startswith(b"\x1f\x8b"):
            raise SourceError(f"{path}: a gzip file, not text; decompress it first (gunzip)")
        if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with its BOM: decoded as a stream
            lines: Iterable[bytes | str] = io.TextIOWrapper(handle, encoding="utf-16", errors="replace")
        elif b"\x00" in head:
            raise SourceError(f"{path}: a binary file, not JSON Lines text")
        else:
            lines = handle
        for number, line in enumerate(lines, start=1):
            where = f"{path}:{number}"
            try:
                text = line if isinstance(line, str) else _line_text(line, where, number)
                if not text.strip():
                    continue
                yield _release_from_json(text, where, max_chars)
            except SourceError as exc:
                yield exc


def _line_text(line: bytes, where: str, number: int) -> str:
    if number == 1 and line.startswith(b"\xef\xbb\xbf"):
        line = line[3:]
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SourceError(f"{where}: not UTF-8 ({exc.reason} at byte {exc.start}); JSON Lines must be UTF-8: "
                          "convert the file with `iconv -t UTF-8`") from exc


_OPTIONAL = ("title", "date", "published", "url", "publisher")


def _release_from_json(line: str, where: str, max_chars: int | None) -> Release:
    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        raise SourceError(f"{where}: not valid JSON ({exc.msg}); each line must be one JSON object") from exc
    except RecursionError as exc:
        raise SourceError(f"{where}: JSON nested too deeply") from exc
    if not isinstance(item, dict):
        raise SourceError(f"{where}: a line must be a JSON object, not {_kind(item)}")
    text = item.get("text") if item.get("text") is not None else item.get("body")
    if not isinstance(text, str) or not text.strip():
        raise SourceError(f"{where}: a release needs a \"text\" field holding a string"
                          + ("" if text is None else f", not {_kind(text)}"))
    for name in _OPTIONAL:
        if item.get(name) is not None and not isinstance(item[name], str):
            raise SourceError(f"{where}: \"{name}\" must be a string"
                              + (" like \"2021-08-13\"" if name in ("date", "published") else "")
                              + f", not {_kind(item[name])}")
    release_id = item.get("id")
    if release_id is not None and (isinstance(release_id, bool) or not isinstance(release_id, str | int)):
        raise SourceError(f"{where}: \"id\" must be a string or a number, not {_kind(release_id)}")
    title = item.get("title") or ""
    if release_id is None or not clean_line(str(release_id)):
        release_id = slugify(f"{Path(where.rsplit(':', 1)[0]).stem}-{where.rsplit(':', 1)[1]}-{title}")
    return make_release(
        str(release_id), title, text,
        date=item.get("date") or item.get("published"), url=item.get("url"),
        publisher=item.get("publisher"), source=where, max_chars=max_chars,
    )


def _kind(value: Any) -> str:
    return {bool: "true/false", int: "a number", float: "a number", list: "a list", dict: "an object",
            str: "a string"}.get(type(value), type(value).__name__) if value is not None else "null"


def read_file(path: Path, *, on_error: ErrorHandler | None = None, on_note: NoteHandler | None = None,
              max_chars: int | None = MAX_RELEASE_CHARS) -> Iterator[Release]:
    """The releases in one file (one, or many for JSON Lines). A bad line of JSON Lines
    goes to ``on_error`` and the next line is read; without it, it is raised."""
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        for item in read_jsonl_file(path, max_chars=max_chars, on_note=on_note):
            if isinstance(item, Release):
                yield item
            elif on_error is None:
                raise item
            else:
                on_error(path, item)
    elif suffix in HTML_SUFFIXES:
        yield read_html_file(path, max_chars=max_chars, on_note=on_note)
    elif suffix in TEXT_SUFFIXES:
        yield read_text_file(path, max_chars=max_chars, on_note=on_note)
    else:
        raise SourceError(f"{path}: unsupported file type {suffix or '(none)'}; use .txt, .html or .jsonl")


def find_files(paths: Iterable[str | Path], *, on_error: ErrorHandler | None = None) -> Iterator[Path]:
    """Files to read: the files given, and supported files under the folders given. A
    folder that cannot be listed, or a path that is not there, goes to ``on_error``
    (without it, it is raised) and the walk goes on."""
    def report(path: Path, exc: SourceError) -> None:
        if on_error is None:
            raise exc
        on_error(path, exc)

    for given in paths:
        path = Path(given)
        if path.is_dir():
            def walk_error(exc: OSError) -> None:
                where = Path(exc.filename or path)
                report(where, SourceError(f"{where}: cannot read this folder ({exc.strerror}); its releases "
                                          "are left out"))

            for folder, subfolders, names in os.walk(path, onerror=walk_error):
                subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
                for name in sorted(names):
                    child = Path(folder) / name
                    if child.suffix.lower() in SUPPORTED and not name.startswith(".") and child.is_file():
                        yield child
        elif path.is_file():
            yield path
        else:
            report(path, SourceError(f"{path}: no such file or folder"))


def iter_releases(
    paths: Iterable[str | Path],
    *,
    on_error: ErrorHandler | None = None,
    on_note: NoteHandler | None = None,
    max_chars: int | None = MAX_RELEASE_CHARS,
) -> Iterator[Release]:
    """Every release under ``paths``, streamed.

    With ``on_error`` each file or line that fails is reported to it and skipped; without,
    the ``SourceError`` propagates. ``max_chars`` is the size limit of one release (None:
    none).
    """
    for path in find_files(paths, on_error=on_error):
        try:
            yield from read_file(path, on_error=on_error, on_note=on_note, max_chars=max_chars)
        except SourceError as exc:
            if on_error is None:
                raise
            on_error(path, exc)


def _read(path: Path, max_chars: int | None, on_note: NoteHandler | None) -> str:
    try:
        size = path.stat().st_size
        if max_chars is not None and size > 4 * max_chars:  # UTF-8 takes at most 4 bytes a character
            raise SourceError(f"{path}: the file is {size:,} bytes, over the limit of {max_chars:,} characters; "
                              "split it, or raise the limit (kg ingest --max-release-size)")
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(f"{path}: cannot read ({exc.strerror})") from exc
    text, note = decode(data, str(path))
    if note and on_note is not None:
        on_note(note)
    return text


def _sidecar(path: Path) -> dict[str, str]:
    meta_path = path.with_name(path.stem + ".meta.json")
    if not meta_path.exists():
        return {}
    try:
        meta = json.loads(decode(meta_path.read_bytes(), str(meta_path))[0].lstrip("\ufeff"))
    except (OSError, json.JSONDecodeError, RecursionError) as exc:
        raise SourceError(f"{meta_path}: unreadable metadata ({exc}); fix or remove the file") from exc
    if not isinstance(meta, dict):
        raise SourceError(f"{meta_path}: metadata must be a JSON object, not {_kind(meta)}; fix or remove the file")
    for name in ("published", "date", "url", "publisher"):
        if meta.get(name) is not None and not isinstance(meta[name], str):
            raise SourceError(f"{meta_path}: \"{name}\" must be a string"
                              + (" like \"2021-08-13\"" if name in ("date", "published") else "")
                              + f", not {_kind(meta[name])}; fix or remove the file")
    return meta


def count_releases(paths: Iterable[str | Path]) -> int:
    """How many releases ``paths`` hold (for a progress bar): files, plus the lines of
    JSON Lines files. Unreadable paths count as one, so the caller still gets the error."""
    total = 0
    files = list(find_files(paths, on_error=lambda _path, _exc: None))
    for path in files:
        if path.suffix.lower() in JSONL_SUFFIXES:
            try:
                with path.open("rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            except OSError:
                total += 1
        else:
            total += 1
    return total
