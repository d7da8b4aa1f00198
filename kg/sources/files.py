"""Reading releases from files: plain text, saved HTML pages and JSON Lines.

``iter_releases(paths)`` walks files and folders (recursively) and yields one
``Release`` per press release, streaming: a JSON Lines file of 100,000 releases is
read line by line. A file that cannot be read raises ``SourceError`` naming the file
and what to do; ``iter_releases(..., on_error=...)`` lets a caller record the failure
and go on with the rest.

Formats
- ``.txt``: title line, blank line, body. A sidecar ``<stem>.meta.json`` may give
  ``published``/``date``, ``url`` and ``publisher``.
- ``.html``/``.htm``: the article text (not navigation) via trafilatura.
- ``.jsonl``: one release per line: ``id``, ``title``, ``text``, optional ``date``,
  ``url``, ``publisher``.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from kg.sources.dateline import read_dateline, read_stamp
from kg.sources.dates import parse_date
from kg.errors import SourceError
from kg.records import Release

TEXT_SUFFIXES = {".txt"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
_SLUG = re.compile(r"[^a-z0-9]+")


def normalise_text(text: str) -> str:
    """NFC, Unix newlines, no trailing spaces, no runs of blank lines, no BOM."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n")).lstrip("\ufeff")
    text = text.replace("\u00a0", " ")
    lines = [line.rstrip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def slugify(text: str, max_length: int = 80) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return _SLUG.sub("-", ascii_text).strip("-")[:max_length].strip("-") or "release"


def make_release(
    release_id: str,
    title: str,
    body: str,
    *,
    date: str | None = None,
    url: str | None = None,
    publisher: str | None = None,
    source: str | None = None,
) -> Release:
    """Build a ``Release`` from its parts, reading the dateline and stamps of the body.

    The date is taken, in order, from the dateline, a given ``date`` (metadata), or a
    publication stamp in the text.
    """
    title = normalise_text(title).replace("\n", " ")
    body = normalise_text(body)
    if not title and not body:
        raise SourceError(f"{source or release_id}: the release is empty")
    if body.startswith(title) and title:
        body = body[len(title):].lstrip()
    meta_date = parse_date(date) if date else None
    stamp = read_stamp(body)
    hint = int((meta_date or stamp or "0")[:4]) or None
    line = read_dateline(body, year_hint=hint)
    text = f"{title}\n\n{body}" if title else body
    return Release(
        id=release_id,
        title=title,
        text=text,
        date=line.date or meta_date or stamp,
        place=line.place,
        url=url,
        publisher=publisher,
        source=source,
    )


def read_text_file(path: Path) -> Release:
    raw = _read(path)
    raw = normalise_text(raw)
    title, _, body = raw.partition("\n\n")
    if not body:  # one paragraph only: the first line is the title
        title, _, body = raw.partition("\n")
    meta = _sidecar(path)
    return make_release(
        path.stem, title, body,
        date=meta.get("published") or meta.get("date"),
        url=meta.get("url"), publisher=meta.get("publisher"), source=str(path),
    )


def read_html_file(path: Path) -> Release:
    import trafilatura  # imported here: only HTML input pays for it

    html = _read(path)
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
        source=str(path),
    )


def read_jsonl_file(path: Path) -> Iterator[Release]:
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        raise SourceError(f"{path}: cannot open ({exc.strerror})") from exc
    with handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError as exc:
                raise SourceError(f"{path}:{number}: not valid JSON ({exc.msg}); each line must be one JSON object") from exc
            if not isinstance(item, dict) or not (item.get("text") or item.get("body")):
                raise SourceError(f"{path}:{number}: a release needs at least a \"text\" field")
            title = item.get("title") or ""
            release_id = str(item.get("id") or slugify(f"{path.stem}-{number}-{title}"))
            yield make_release(
                release_id, title, item.get("text") or item.get("body"),
                date=item.get("date") or item.get("published"), url=item.get("url"),
                publisher=item.get("publisher"), source=f"{path}:{number}",
            )


def read_file(path: Path) -> Iterator[Release]:
    """The releases in one file (one, or many for JSON Lines)."""
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl_file(path)
    elif suffix in HTML_SUFFIXES:
        yield read_html_file(path)
    elif suffix in TEXT_SUFFIXES:
        yield read_text_file(path)
    else:
        raise SourceError(f"{path}: unsupported file type {suffix or '(none)'}; use .txt, .html or .jsonl")


def find_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files to read: the files given, and supported files under the folders given."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in SUPPORTED and not child.name.startswith("."):
                    yield child
        elif path.is_file():
            yield path
        else:
            raise SourceError(f"{path}: no such file or folder")


def iter_releases(
    paths: Iterable[str | Path],
    *,
    on_error: Callable[[Path, Exception], None] | None = None,
) -> Iterator[Release]:
    """Every release under ``paths``, streamed.

    With ``on_error`` a file that fails is reported to it and skipped; without, the
    ``SourceError`` propagates.
    """
    for path in find_files(paths):
        try:
            yield from read_file(path)
        except SourceError as exc:
            if on_error is None:
                raise
            on_error(path, exc)


def _read(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(f"{path}: cannot read ({exc.strerror})") from exc
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings: tuple[str, ...] = ("utf-16",)  # saved as "Unicode" on Windows
    else:
        encodings = ("utf-8-sig", "cp1252")
    for encoding in encodings:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if not _CONTROL.search(text):
            return text
    raise SourceError(f"{path}: not UTF-8 text; convert it with `iconv -t UTF-8`")


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _sidecar(path: Path) -> dict[str, str]:
    meta_path = path.with_name(path.stem + ".meta.json")
    if not meta_path.exists():
        return {}
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise SourceError(f"{meta_path}: unreadable metadata ({exc}); fix or remove the file") from exc
    return meta if isinstance(meta, dict) else {}


def count_releases(paths: Iterable[str | Path]) -> int:
    """How many releases ``paths`` hold (for a progress bar): files, plus the lines of
    JSON Lines files. Unreadable paths count as one, so the caller still gets the error."""
    total = 0
    try:
        files = list(find_files(paths))
    except SourceError:
        return 0
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
