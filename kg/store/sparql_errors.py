"""A SPARQL syntax error as a person reads it: where (line and column), what was expected
in a few words, and the line with a caret under the spot.

Oxigraph's parser lists every character class it would have taken ("'\\u{00C0}'..=
'\\u{00D6}' | ..."): those lists are dropped, and an unknown prefix is named with the
prefixes that are bound.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

_AT = re.compile(r"error at (\d+):(\d+):\s*(.*)", re.S)
_PREFIXED = re.compile(r"([A-Za-z][\w.-]*)?:[\w.-]*$")
_ITEM = re.compile(r'"(?:[^"\\]|\\.)*"|\[[^\]]*\]|[^,\s][^,]*')
EXCERPT = 70  # characters of the line shown around the error


def _expected(text: str) -> str:
    """'expected one of A, B, ['\\u{...}'..], C' → 'expected one of A, B, C' (at most 8)."""
    m = re.match(r"expected one of (.*)", text, re.S)
    if not m:
        return " ".join(text.split())[:200]
    items = _ITEM.findall(m.group(1))
    words = [i for i in items if i and "\\u{" not in i and not i.startswith("[") and i != "Prefix not found"]
    if not words:
        return "unexpected text here"
    more = f" (or {len(words) - 8} more)" if len(words) > 8 else ""
    return "expected one of " + ", ".join(words[:8]) + more


def describe_syntax_error(query: str, message: str, prefixes: Iterable[str] = ()) -> str:
    """``message`` (Oxigraph's) rewritten: 'line L, column C: what was expected', then the
    line of ``query`` with a caret. A message without a position is returned tidied."""
    m = _AT.search(message)
    if not m:
        return " ".join(message.split())[:300]
    # Oxigraph counts lines from 1 and characters in the line from 0.
    line_no, at, rest = int(m.group(1)), int(m.group(2)), m.group(3)
    lines = query.splitlines() or [""]
    line = lines[line_no - 1] if 0 < line_no <= len(lines) else ""
    at = min(max(at, 0), len(line))
    column = at + 1
    if "Prefix not found" in rest:
        prefixed = _PREFIXED.search(line[:at].rstrip())
        name = (prefixed.group(1) or "") if prefixed else ""
        bound = ", ".join(sorted(prefixes))
        what = (f"unknown prefix {name}: (bound without PREFIX lines: {bound}); declare it with "
                f"PREFIX {name}: <...>")
    else:
        what = _expected(rest)
    start = max(0, at - EXCERPT // 2)
    shown = line[start:start + EXCERPT]
    lead = "…" if start else ""
    tail = "…" if start + EXCERPT < len(line) else ""
    caret = " " * (len(lead) + at - start) + "^"
    return f"line {line_no}, column {column}: {what}\n  {lead}{shown}{tail}\n  {caret}"


__all__ = ["describe_syntax_error"]
