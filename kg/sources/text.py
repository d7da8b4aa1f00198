"""Text at the boundary: bytes → str (with a charset detector when not UTF-8) and the
normalisation every release's title, text and metadata go through before anything else
sees them, so extraction, mapping, resolution and every export get clean text.

Normalised text is NFC; its only line break is ``\\n`` (CR, CRLF, VT, FF, NEL U+0085,
U+2028, U+2029 and the information separators become one); it holds no other control
character (C0 but tab and newline, DEL, C1), no lone surrogate (they become U+FFFD) and
none of the noncharacters XML refuses (U+FFFE, U+FFFF): every string is valid in N-Quads,
Turtle and RDF/XML alike.
"""
from __future__ import annotations

import codecs
import re
import unicodedata

from kg.errors import SourceError

# What str.splitlines() also takes for a line break: made "\n" so offsets never disagree.
_LINE_BREAKS = re.compile("\r\n|[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f\ufffe\uffff]")
_SURROGATES = re.compile("[\ud800-\udfff]")
_BLANK_RUNS = re.compile(r"\n{3,}")
# Below this share of the bytes being undecodable as UTF-8 is not enough to tell:
# charset-normalizer's own measure of "chaos" above which a decoding is refused.
MAX_CHAOS = 0.2


def clean(text: str) -> str:
    """One field's text made safe: NFC, line breaks as ``\\n``, no control characters."""
    if _SURROGATES.search(text):
        text = _SURROGATES.sub("\ufffd", text)
    text = _LINE_BREAKS.sub("\n", text.lstrip("\ufeff"))
    text = _CONTROLS.sub("", text).replace("\ufeff", "")
    return unicodedata.normalize("NFC", text)


def clean_line(text: str) -> str:
    """A one-line field (title, URL, publisher): ``clean`` with whitespace runs as one space."""
    return " ".join(clean(text).split())


def normalise_text(text: str) -> str:
    """``clean``, then no non-breaking spaces, no trailing spaces, no runs of blank lines."""
    text = clean(text).replace("\u00a0", " ")
    lines = [line.rstrip() for line in text.split("\n")]
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip()


def decode(data: bytes, where: str) -> tuple[str, str | None]:
    """The text of a file's bytes, and a note when it was not UTF-8 (the encoding used).

    UTF-8 (with or without BOM) and UTF-16/32 with a BOM are read as they are; anything
    else goes to charset-normalizer, and is refused (``SourceError``) when it is gzip,
    binary, or no encoding reads it cleanly.
    """
    if data.startswith(b"\x1f\x8b"):
        raise SourceError(f"{where}: a gzip file, not text; decompress it first (gunzip)")
    for bom, encoding in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                          (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(encoding), None
            except UnicodeDecodeError as exc:
                raise SourceError(f"{where}: starts as {encoding} text but is not ({exc.reason} at byte "
                                  f"{exc.start}); convert it with `iconv -t UTF-8`") from exc
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:65536]:
        raise SourceError(f"{where}: a binary file, not text")
    encoding = detect_encoding(data)
    if encoding is None:
        raise SourceError(f"{where}: not UTF-8, and no other encoding reads it cleanly; "
                          "convert it with `iconv -f <encoding> -t UTF-8`")
    return data.decode(encoding), f"{where}: not UTF-8; read as {encoding}"


def detect_encoding(data: bytes) -> str | None:
    """The encoding charset-normalizer finds for ``data``, or None if none reads it cleanly."""
    from charset_normalizer import from_bytes  # imported here: UTF-8 input never pays for it

    best = from_bytes(data[:200_000]).best()
    if best is None or best.chaos > MAX_CHAOS:
        return None
    try:
        data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    return str(best.encoding)


__all__ = ["clean", "clean_line", "decode", "detect_encoding", "normalise_text"]
